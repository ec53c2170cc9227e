//! Opening a file while a partnership is open: choose new or merge (this file, or every file
//! picked with it); then review the merge field by field before anything is written.
use std::sync::Arc;

use leptos::prelude::*;
use serde_json::Value;

use super::state::{merge_summary, AppState};
use crate::model::merge::{slot_words, Change, ChangeKind, Side};
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
                    <h2 id="import-choice-title">{format!("Open {file_name}")}</h2>
                    <p>{format!(
                        "The file holds “{name}” with {partners} partners. Open it as a partnership of its own, \
                         or merge its records into “{current}” (you will see every change first).",
                    )}</p>
                    <div class="form-actions">
                        {(others > 0).then(|| view! {
                            <button type="button" class="primary" on:click=move |_| state.start_merge_all()>
                                {format!("Merge all {} files into “{current}”…", others + 1)}
                            </button>
                        })}
                        <button type="button" class:primary=move || others == 0 on:click=move |_| state.start_merge()>
                            {if others == 0 { format!("Merge into “{current}”…") } else { format!("Merge only {file_name}…") }}
                        </button>
                        <button type="button" on:click=move |_| state.open_pending_as_new()>"Open as a new partnership"</button>
                        <button type="button" on:click=move |_| state.cancel_pending()>"Cancel"</button>
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
            <h1 tabindex="-1">{move || format!("Review the merge of {}", file_name())}</h1>
            <p>"Nothing is written until you confirm. Records are matched by their id and merged \
                field by field: edits to different fields all stay. Only where both sides changed \
                the same field to different values do you choose which value to keep."</p>
            // Read in place: the merge holds the whole merged partnership, and a copy of it on
            // each run cost more than drawing the review (two copies at the large size).
            {move || preview.with(|p| match p {
                None => view! { <p>"Open a partnership first."</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="banner banner-error">{format!("These files cannot be merged: {e}")}</p>
                }.into_any(),
                Some(Ok(m)) if m.is_empty() => view! {
                    <p class="empty-state">"This file has nothing that this partnership does not already have."</p>
                }.into_any(),
                Some(Ok(m)) => {
                    let conflicts = m.count(ChangeKind::Conflict);
                    view! {
                        <p class="merge-summary" data-testid="merge-summary">{merge_summary(m)}</p>
                        {(conflicts > 0).then(|| view! {
                            <div class="form-actions">
                                <button type="button" on:click=move |_| all(Side::Mine)>"Keep all of mine"</button>
                                <button type="button" on:click=move |_| all(Side::Theirs)>"Take all of theirs"</button>
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
                    "Merge these changes"
                </button>
                <button type="button" class="big" on:click=move |_| state.cancel_review()>"Cancel"</button>
            </div>
        </section>
    }
}

fn kind_title(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Conflict => "Conflicts: both sides changed these fields",
        ChangeKind::Added => "Added: only in the file",
        ChangeKind::Updated => "Updated: the file has newer values",
        ChangeKind::Deleted => "Deleted in the file",
    }
}

/// "partners" → "Partners", "resources.entries" → "Resources › entries".
fn list_label(list: &str) -> String {
    let mut out = String::new();
    for (i, part) in list.split('.').enumerate() {
        if i > 0 {
            out.push_str(" › ");
        }
        let words = part.replace('_', " ");
        if i == 0 {
            let mut c = words.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push_str(&words);
        }
    }
    out
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
            <section class=format!("change-group change-{kind:?}").to_lowercase()>
                <h2>{format!("{} ({total})", kind_title(kind))}</h2>
                <ul>
                    {changes.into_iter().map(|c| view! { <ChangeRow change=c/> }).collect_view()}
                    {move || show_rest.get().then(|| {
                        rest.get_value().into_iter().map(|c| view! { <ChangeRow change=c/> }).collect_view()
                    })}
                </ul>
                {move || (hidden > 0 && !show_rest.get()).then(|| view! {
                    <button type="button" class="show-rest" on:click=move |_| show_rest.set(true)>
                        {format!("Show the other {hidden}")}
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
    let origin = from.then(|| format!(" (from {})", change.from));
    // A conflict on one field names it; the whole record is in question when one side deleted it.
    let field = match (change.kind, change.fields.as_slice()) {
        (ChangeKind::Conflict, [slot]) => Some(state.current.with_untracked(|c| c.as_ref().map(|p| slot_words(p, slot)).unwrap_or_default())),
        _ => None,
    };
    let name = format!("choice-{key}");
    let question = match &field {
        Some(f) => format!("Which {f} of “{}” to keep?", change.label),
        None => format!("Which version of “{}” to keep?", change.label),
    };
    let words = |slots: &[String]| state.current.with_untracked(|c| {
        c.as_ref().map(|p| slots.iter().map(|s| slot_words(p, s)).collect::<Vec<_>>()).unwrap_or_default()
    });
    let fields_taken = (change.kind == ChangeKind::Updated).then(|| words(&change.fields));
    view! {
        <li class="change">
            <p class="change-title">
                <span class="tag">{list_label(&change.list)}</span>" "
                <strong>{change.label.clone()}</strong>{origin}
                {field.clone().map(|f| view! { " — "<span class="change-field">{f}</span> })}
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
                (ChangeKind::Updated, _) => fields_taken.map(|f| view! { <p class="hint">{format!("Taken from the file: {}.", f.join(", "))}</p> }.into_any()),
                _ => None,
            }}
            {(change.kind == ChangeKind::Conflict).then(|| view! {
                <fieldset class="choice">
                    <legend>{question}</legend>
                    <label>
                        <input type="radio" name=name.clone() prop:checked=move || chosen() == Side::Mine
                            on:change={let key = key.clone(); move |_| state.choose(key.clone(), Side::Mine)}/>
                        {if change.mine.is_some() { "Keep mine" } else { "Keep it deleted" }}
                    </label>
                    <label>
                        <input type="radio" name=name.clone() prop:checked=move || chosen() == Side::Theirs
                            on:change={let key = key.clone(); move |_| state.choose(key.clone(), Side::Theirs)}/>
                        {if change.theirs.is_some() { "Take theirs" } else { "Take their deletion" }}
                    </label>
                </fieldset>
            })}
        </li>
    }
}

/// One field's two values, side by side.
#[component]
fn FieldValues(field: String, mine: Option<Value>, theirs: Option<Value>) -> impl IntoView {
    view! {
        <table class="diff">
            <thead><tr><th scope="col">"Field"</th><th scope="col">"Mine"</th><th scope="col">"Theirs"</th></tr></thead>
            <tbody>
                <tr><th scope="row">{field}</th><td>{show(mine.as_ref())}</td><td>{show(theirs.as_ref())}</td></tr>
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
    let rows: Vec<(String, String, String)> = match only {
        // An update: the fields taken from the file, each in words with its two values.
        Some(slots) => {
            let (mv, tv) = (mine.clone().unwrap_or_default(), theirs.clone().unwrap_or_default());
            let state = expect_context::<AppState>();
            slots
                .iter()
                .map(|slot| {
                    let words = state.current.with_untracked(|c| c.as_ref().map(|p| slot_words(p, slot)).unwrap_or_default());
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
                .map(|k| (k.replace('_', " "), show(m.get(k)), show(t.get(k))))
                .collect()
        }
    };
    let edited = |v: Option<&serde_json::Map<String, Value>>| {
        v.and_then(|o| o.get("updated_at"))
            .and_then(Value::as_str)
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|t| crate::model::time::human_time(t.with_timezone(&chrono::Utc)))
            .unwrap_or_else(|| "—".into())
    };
    let (edited_m, edited_t) = (edited(mine.as_ref().and_then(Value::as_object)), edited(theirs.as_ref().and_then(Value::as_object)));
    view! {
        <table class="diff">
            <thead><tr><th scope="col">"Field"</th><th scope="col">"Mine"</th><th scope="col">"Theirs"</th></tr></thead>
            <tbody>
                <tr class="edited"><th scope="row">"last edited"</th><td>{edited_m}</td><td>{edited_t}</td></tr>
                {rows.into_iter().map(|(k, a, b)| view! { <tr><th scope="row">{k}</th><td>{a}</td><td>{b}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None => "(deleted)".into(),
        Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.is_empty() => "—".into(),
        Some(Value::String(s)) => s.clone(),
        // A sign-off, a ballot: its fields in words, not JSON.
        Some(Value::Object(o)) => o
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "partner" | "voter" | "id"))
            .map(|(k, v)| format!("{}: {}", k.replace('_', " "), show(Some(v))))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Array(items)) => items.iter().map(|v| show(Some(v))).collect::<Vec<_>>().join("; "),
        Some(other) => other.to_string(),
    }
}
