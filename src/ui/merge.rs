//! Opening a file while a partnership is open: choose new or merge (this file, or every file
//! picked with it); then review the merge field by field before anything is written.
use crate::model::text::Case;
use std::sync::Arc;

use leptos::prelude::*;
use serde_json::Value;

use super::i18n::{t, tw, I18n};
use super::state::{merge_summary, AppState};
use crate::i18n::{tr, Key, Msg, Words};
use crate::model::merge::{field_words, slot_msg, Change, ChangeKind, Side};
use crate::model::stamp::shape::value_of_slot;
use crate::model::order::sort;

/// Asks what to do with a file when a partnership is already open.
#[component]
pub fn ImportChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        // Only what is shown is copied out of the waiting file (it holds a whole partnership).
        let waiting = state.pending.with(|p| {
            p.as_ref().map(|p| (p.file_name.clone(), p.partnership.name.clone(), p.partnership.partners.len()))
        });
        waiting.map(|(file_name, name, partners)| {
            let current = state.current.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
            let others = state.queued_files();
            view! {
                <section class="card import-choice" aria-labelledby="import-choice-title">
                    <h2 id="import-choice-title">{tw({ let f = file_name.clone(); move |w| tr::merge::open_file(w, &f) })}</h2>
                    <p>{tw({
                        let (name, current) = (name.clone(), current.clone());
                        move |w| tr::merge::file_holds(w, partners as i64, &current, &name)
                    })}</p>
                    <div class="form-actions">
                        {(others > 0).then(|| {
                            let current = current.clone();
                            view! {
                                <button type="button" class="primary" on:click=move |_| state.start_merge_all()>
                                    {tw(move |w| tr::merge::merge_all(w, others as i64 + 1, &current))}
                                </button>
                            }
                        })}
                        <button type="button" class:primary=move || others == 0 on:click=move |_| state.start_merge()>
                            {tw(move |w| if others == 0 { tr::merge::merge_into(w, &current) } else { tr::merge::merge_only(w, &file_name) })}
                        </button>
                        <button type="button" on:click=move |_| state.open_pending_as_new()>{t(tr::merge::OPEN_AS_NEW)}</button>
                        <button type="button" on:click=move |_| state.cancel_pending()>{t(tr::merge::CANCEL)}</button>
                    </div>
                </section>
            }
        })
    }
}

/// Every change a merge would make, grouped by kind, with a choice per conflict.
#[component]
pub fn MergeReview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    // Shared, so that applying it can take the merged partnership without a copy (see
    // `AppState::apply_merge`).
    let preview = Memo::new(move |_| {
        state.review.with(|r| r.as_ref().and_then(|r| state.preview(r))).map(|m| m.map(Arc::new))
    });
    let file_name = move || state.review.with(|r| r.as_ref().map(|r| r.title()).unwrap_or_default());
    let all = move |side: Side| {
        let conflicts: Vec<String> = preview.with_untracked(|p| match p {
            Some(Ok(m)) => m.changes.iter().filter(|c| c.kind == ChangeKind::Conflict).map(Change::key).collect(),
            _ => Vec::new(),
        });
        for id in conflicts {
            state.choose(id, side);
        }
    };
    view! {
        <section class="merge-review">
            <h1 tabindex="-1">{tw(move |w| tr::merge::review_of(w, &file_name()))}</h1>
            <p>{t(tr::merge::HOW)}</p>
            // Read in place: the merge holds the whole merged partnership, and a copy of it on
            // each run cost more than drawing the review (two copies at the large size).
            {move || preview.with(|p| match p {
                None => view! { <p>{t(tr::merge::OPEN_FIRST)}</p> }.into_any(),
                Some(Err(e)) => {
                    let e = e.clone();
                    view! { <p class="banner banner-error">{tw(move |w| tr::merge::cannot(w, &e))}</p> }.into_any()
                }
                Some(Ok(m)) if m.is_empty() => view! {
                    <p class="empty-state">{t(tr::merge::NOTHING_NEW)}</p>
                }.into_any(),
                Some(Ok(m)) => {
                    let conflicts = m.count(ChangeKind::Conflict);
                    view! {
                        <p class="merge-summary" data-testid="merge-summary">{i.with(|w| merge_summary(w, m))}</p>
                        {(conflicts > 0).then(|| view! {
                            <div class="form-actions">
                                <button type="button" on:click=move |_| all(Side::Mine)>{t(tr::merge::KEEP_ALL_MINE)}</button>
                                <button type="button" on:click=move |_| all(Side::Theirs)>{t(tr::merge::TAKE_ALL_THEIRS)}</button>
                            </div>
                        })}
                        {[ChangeKind::Conflict, ChangeKind::Added, ChangeKind::Updated, ChangeKind::Deleted]
                            .into_iter()
                            .map(|kind| {
                                let changes: Vec<Change> = m.changes.iter().filter(|c| c.kind == kind).cloned().collect();
                                view! { <ChangeGroup kind changes/> }
                            })
                            .collect_view()}
                    }.into_any()
                }
            })}
            <div class="form-actions sticky-actions">
                <button type="button" class="primary big" on:click=move |_| {
                    // The button is disabled unless the review worked out a merge.
                    let Some(m) = preview.with_untracked(|p| p.as_ref().and_then(|p| p.as_ref().ok().cloned())) else { return };
                    // Once the review is closed, reading the memo again lets go of its share.
                    state.apply_merge(m, move || preview.with_untracked(|_| ()));
                }
                    disabled=move || preview.with(|p| !matches!(p, Some(Ok(m)) if !m.is_empty()))>
                    {t(tr::merge::APPLY)}
                </button>
                <button type="button" class="big" on:click=move |_| state.cancel_review()>{t(tr::merge::CANCEL)}</button>
            </div>
        </section>
    }
}

fn kind_title(w: &Words, kind: ChangeKind, n: usize) -> String {
    let n = w.integer(n as i128);
    match kind {
        ChangeKind::Conflict => tr::merge::conflicts(w, &n),
        ChangeKind::Added => tr::merge::added(w, &n),
        ChangeKind::Updated => tr::merge::updated(w, &n),
        ChangeKind::Deleted => tr::merge::deleted(w, &n),
    }
}

/// A list's name in a file, as the review shows it: "check_ins.meetings" → "Check-ins ›
/// meetings".
fn list_label(w: &Words, list: &str) -> String {
    let mut out = String::new();
    for (i, part) in list.split('.').enumerate() {
        if i > 0 {
            out.push_str(" › ");
        }
        let words = list_word(part).map_or_else(|| part.replace('_', " "), |k| w.get(k).to_string());
        if i == 0 {
            out.push_str(&crate::model::text::capitalise(&words));
        } else {
            out.push_str(&words);
        }
    }
    out
}

/// The words for the lists and tools a file holds; a list this table does not know is shown
/// by its name in the file.
fn list_word(part: &str) -> Option<Key> {
    use tr::merge::list;
    Some(match part {
        "partners" => list::PARTNERS,
        "goals" => list::GOALS,
        "metrics" => list::METRICS,
        "measurements" => list::MEASUREMENTS,
        "charter" => list::CHARTER,
        "check_ins" => list::CHECK_INS,
        "meetings" => list::MEETINGS,
        "actions" => list::ACTIONS,
        "health" => list::HEALTH,
        "rounds" => list::ROUNDS,
        "resources" => list::RESOURCES,
        "categories" => list::CATEGORIES,
        "entries" => list::ENTRIES,
        "commitments" => list::COMMITMENTS,
        "problem_tree" => list::PROBLEM_TREE,
        "causes" => list::CAUSES,
        "community" => list::COMMUNITY,
        "activities" => list::ACTIVITIES,
        "inputs" => list::INPUTS,
        "responses" => list::RESPONSES,
        "ideas" => list::IDEAS,
        "experiments" => list::EXPERIMENTS,
        "pivots" => list::PIVOTS,
        "communication" => list::COMMUNICATION,
        "stories" => list::STORIES,
        "plan" => list::PLAN,
        "learning" => list::LEARNING,
        "milestones" => list::MILESTONES,
        "retrospectives" => list::RETROSPECTIVES,
        "lessons" => list::LESSONS,
        "sustainability" => list::SUSTAINABILITY,
        "funding" => list::FUNDING,
        "capacity" => list::CAPACITY,
        "engagement" => list::ENGAGEMENT,
        _ => return None,
    })
}

/// Changes of one kind shown at first; conflicts are always shown whole (each needs a choice).
const FIRST_SHOWN: usize = 100;

/// The changes of one kind (`changes` are all of that kind). A long list of additions,
/// updates or deletions shows its first hundred and a button for the rest: nobody reads six
/// hundred rows at once, and drawing them was a quarter of the time to open a large review.
#[component]
fn ChangeGroup(kind: ChangeKind, mut changes: Vec<Change>) -> impl IntoView {
    (!changes.is_empty()).then(|| {
        let total = changes.len();
        let rest = if kind == ChangeKind::Conflict || total <= FIRST_SHOWN { Vec::new() } else { changes.split_off(FIRST_SHOWN) };
        let hidden = rest.len();
        let rest = StoredValue::new(rest);
        let show_rest = RwSignal::new(false);
        view! {
            <section class=format!("change-group change-{kind:?}").lower()>
                <h2>{tw(move |w| kind_title(w, kind, total))}</h2>
                <ul>
                    {changes.into_iter().map(|c| view! { <ChangeRow change=c/> }).collect_view()}
                    {move || show_rest.get().then(|| {
                        rest.get_value().into_iter().map(|c| view! { <ChangeRow change=c/> }).collect_view()
                    })}
                </ul>
                {move || (hidden > 0 && !show_rest.get()).then(|| view! {
                    <button type="button" class="show-rest" on:click=move |_| show_rest.set(true)>
                        {tw(move |w| tr::merge::show_rest(w, hidden as i64))}
                    </button>
                })}
            </section>
        }
    })
}

#[component]
fn ChangeRow(change: Change) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = change.key();
    let chosen = {
        let key = StoredValue::new(key.clone());
        let default = change.default;
        move || state.review.with(|r| r.as_ref().and_then(|r| key.with_value(|k| r.choices.get(k).copied()))).unwrap_or(default)
    };
    let several = state.review.with_untracked(|r| r.as_ref().is_some_and(|r| r.files.len() > 1));
    let from = (change.kind == ChangeKind::Added || several) && !change.from.is_empty();
    let origin = from.then(|| tw({ let f = change.from.clone(); move |w| tr::merge::from(w, &f) }));
    // A conflict on one field names it; the whole record is in question when one side deleted it.
    let field = match (change.kind, change.fields.as_slice()) {
        (ChangeKind::Conflict, [slot]) => state.current.with_untracked(|c| c.as_ref().map(|p| slot_msg(p, slot))),
        _ => None,
    };
    let name = format!("choice-{key}");
    let question = {
        let (f, label) = (field.clone(), change.label.clone());
        tw(move |w| match &f {
            Some(f) => tr::merge::which_field(w, &f.say(w), &label.say(w)),
            None => tr::merge::which_version(w, &label.say(w)),
        })
    };
    let words = |slots: &[String]| state.current.with_untracked(|c| {
        c.as_ref().map(|p| slots.iter().map(|s| slot_msg(p, s)).collect::<Vec<_>>()).unwrap_or_default()
    });
    let fields_taken = (change.kind == ChangeKind::Updated).then(|| words(&change.fields));
    view! {
        <li class="change">
            <p class="change-title">
                <span class="tag">{tw({ let l = change.list.clone(); move |w| list_label(w, &l) })}</span>" "
                <strong>{said(change.label.clone())}</strong>{origin}
                {field.clone().map(|f| view! { " — "<span class="change-field">{said(f)}</span> })}
            </p>
            {match (change.kind, field.clone()) {
                (ChangeKind::Conflict, Some(f)) => Some(view! {
                    <FieldValues field=f mine=change.mine.clone() theirs=change.theirs.clone()/>
                }.into_any()),
                (ChangeKind::Conflict, None) => Some(view! {
                    <Differences mine=change.mine.clone() theirs=change.theirs.clone() only=None/>
                }.into_any()),
                (ChangeKind::Updated, _) if change.mine.is_some() => Some(view! {
                    <Differences mine=change.mine.clone() theirs=change.theirs.clone() only=Some(change.fields.clone())/>
                }.into_any()),
                (ChangeKind::Updated, _) => fields_taken.map(|f| {
                    let each = move |w: &Words| f.iter().map(|m| m.say(w)).collect::<Vec<_>>().join(", ");
                    view! { <p class="hint">{tw(move |w| tr::merge::taken(w, &each(w)))}</p> }.into_any()
                }),
                _ => None,
            }}
            {(change.kind == ChangeKind::Conflict).then(|| view! {
                <fieldset class="choice">
                    <legend>{question}</legend>
                    <label>
                        <input type="radio" name=name.clone() prop:checked=move || chosen() == Side::Mine
                            on:change={let key = key.clone(); move |_| state.choose(key.clone(), Side::Mine)}/>
                        {t(if change.mine.is_some() { tr::merge::KEEP_MINE } else { tr::merge::KEEP_DELETED })}
                    </label>
                    <label>
                        <input type="radio" name=name.clone() prop:checked=move || chosen() == Side::Theirs
                            on:change={let key = key.clone(); move |_| state.choose(key.clone(), Side::Theirs)}/>
                        {t(if change.theirs.is_some() { tr::merge::TAKE_THEIRS } else { tr::merge::TAKE_DELETION })}
                    </label>
                </fieldset>
            })}
        </li>
    }
}

/// The head of a table of two versions.
#[component]
fn DiffHead() -> impl IntoView {
    view! {
        <thead><tr><th scope="col">{t(tr::merge::FIELD)}</th><th scope="col">{t(tr::merge::MINE)}</th><th scope="col">{t(tr::merge::THEIRS)}</th></tr></thead>
    }
}

/// A message worded in the current language, following it.
fn said(m: Msg) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    tw(move |w| m.say(w))
}

/// One field's two values, side by side.
#[component]
fn FieldValues(field: Msg, mine: Option<Value>, theirs: Option<Value>) -> impl IntoView {
    view! {
        <table class="diff">
            <DiffHead/>
            <tbody>
                <tr><th scope="row">{said(field)}</th><td>{show(mine.as_ref())}</td><td>{show(theirs.as_ref())}</td></tr>
            </tbody>
        </table>
    }
}

/// The fields that differ, side by side.
#[component]
fn Differences(mine: Option<Value>, theirs: Option<Value>, only: Option<Vec<String>>) -> impl IntoView {
    let empty = serde_json::Map::new();
    let m = mine.as_ref().and_then(Value::as_object).unwrap_or(&empty);
    let t = theirs.as_ref().and_then(Value::as_object).unwrap_or(&empty);
    let skip = ["id", "created_at", "updated_at", "history", "origin", "kept_over_deletion"];
    let rows: Vec<(Msg, String, String)> = match only {
        // An update: the fields taken from the file, each in words with its two values.
        Some(slots) => {
            let (mv, tv) = (mine.clone().unwrap_or_default(), theirs.clone().unwrap_or_default());
            let state = expect_context::<AppState>();
            slots
                .iter()
                .map(|slot| {
                    let words = state.current.with_untracked(|c| c.as_ref().map(|p| slot_msg(p, slot))).unwrap_or_else(|| field_words(slot));
                    let value = |v: &Value| value_of_slot(v, slot).map(|x| show(Some(&x))).unwrap_or_else(|| "—".into());
                    (words, value(&mv), value(&tv))
                })
                .collect()
        }
        None => {
            let mut keys: Vec<&String> = m.keys().chain(t.keys()).filter(|k| !skip.contains(&k.as_str())).collect();
            sort(&mut keys);
            keys.dedup();
            keys.into_iter()
                .filter(|k| m.get(*k) != t.get(*k))
                .map(|k| (field_words(k), show(m.get(k)), show(t.get(k))))
                .collect()
        }
    };
    let edited = |v: Option<&serde_json::Map<String, Value>>| {
        v.and_then(|o| o.get("updated_at"))
            .and_then(Value::as_str)
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|t| {
                let t = t.with_timezone(&chrono::Utc);
                let time = { use chrono::Timelike; format!("{:02}:{:02}", t.hour(), t.minute()) };
                tw(move |w| tr::merge::edited_at(w, &w.date(t.date_naive()), &time)).into_any()
            })
            .unwrap_or_else(|| "—".into_any())
    };
    let (edited_m, edited_t) = (edited(mine.as_ref().and_then(Value::as_object)), edited(theirs.as_ref().and_then(Value::as_object)));
    view! {
        <table class="diff">
            <DiffHead/>
            <tbody>
                <tr class="edited"><th scope="row">{super::i18n::t(tr::merge::LAST_EDITED)}</th><td>{edited_m}</td><td>{edited_t}</td></tr>
                {rows.into_iter().map(|(k, a, b)| view! { <tr><th scope="row">{said(k)}</th><td>{a}</td><td>{b}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None => crate::ui::i18n::say(|w| w.get(tr::merge::GONE).to_string()),
        Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.is_empty() => "—".into(),
        Some(Value::String(s)) => s.clone(),
        // A sign-off, a ballot: its fields in words, not JSON.
        Some(Value::Object(o)) => o
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "partner" | "voter" | "id"))
            .map(|(k, v)| format!("{}: {}", crate::ui::i18n::say(|w| field_words(k).say(w)), show(Some(v))))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Array(items)) => items.iter().map(|v| show(Some(v))).collect::<Vec<_>>().join("; "),
        Some(other) => other.to_string(),
    }
}
