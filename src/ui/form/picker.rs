//! Boxes to tick, one per thing of the partnership (its goals, its metrics, its partners):
//! links are picked, never retyped. The one multi-select every form shares.
use std::sync::Arc;

use leptos::prelude::*;
use uuid::Uuid;

use super::errors::FormErrors;
use super::fields::Place;
use crate::i18n::{tr, Key, Words};
use crate::model::links::{goal_choices, linked, metric_choices, toggle};
use crate::model::Partnership;
use crate::ui::helpers::read;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;

/// Links to any number of the partnership's goals or metrics (`options` lists them, e.g.
/// `model::links::goal_choices`). A link to one that was removed keeps a ticked box that says
/// so (`removed`) until it is unticked: saving the form never drops it unseen.
#[component]
pub fn LinkPicker(
    #[prop(into)] legend: TextProp,
    value: RwSignal<Vec<Uuid>>,
    options: Lister,
    /// The name of a link whose goal or metric was removed, e.g. "(removed goal)".
    removed: Key,
    /// Said instead of boxes when there is nothing to pick yet.
    empty: Key,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let boxes = move || {
        let choices = state.current.with(|c| c.as_ref().map(options).unwrap_or_default());
        // The links that name nothing any more come first, where they are seen.
        let ids = value.get_untracked();
        let mut boxes: Vec<(Uuid, Option<String>)> =
            ids.iter().zip(linked(&ids, &choices)).filter(|(_, name)| name.is_none()).map(|(id, _)| (*id, None)).collect();
        boxes.extend(choices.into_iter().map(|(id, name)| (id, Some(name))));
        boxes
    };
    checks(legend, value, "checks picker", Place::new(form, field, None).id, Arc::new(boxes), Some((removed, empty)))
}

/// What a record's card says of its links: "Goals: …", then "Metrics: …", a removed one named
/// as such; nothing for a record with none.
pub fn linked_lines(goals: Vec<Uuid>, metrics: Vec<Uuid>) -> AnyView {
    let state = expect_context::<AppState>();
    let lines: [(Vec<Uuid>, Lister, Key, Say); 2] = [
        (goals, goal_choices, tr::form::REMOVED_GOAL, |w, x| tr::form::serves(w, x)),
        (metrics, metric_choices, tr::form::REMOVED_METRIC, |w, x| tr::form::bears_on(w, x)),
    ];
    lines
        .into_iter()
        .filter(|(ids, ..)| !ids.is_empty())
        .map(|(ids, options, removed, say)| {
            let text = tw(move |w| {
                let choices = read(state, options);
                let names: Vec<&str> = linked(&ids, &choices).into_iter().map(|n| n.unwrap_or_else(|| w.get(removed))).collect();
                say(w, &names.join(", "))
            });
            view! { <p class="hint links">{text}</p> }
        })
        .collect_view()
        .into_any()
}

type Lister = fn(&Partnership) -> Vec<(Uuid, String)>;
type Say = fn(&Words, &str) -> String;

/// Any number of the partners, a checkbox each (who ran an activity, who came to a meeting).
/// A partner that was deleted is kept in `value` without a box, so saving does not drop it.
#[component]
pub fn PartnerChecks(
    #[prop(into)] legend: TextProp,
    value: RwSignal<Vec<Uuid>>,
    /// The fieldset's own class beside `field wide`, e.g. `checks`.
    class: &'static str,
    #[prop(optional)] form: Option<FormErrors>,
    #[prop(optional)] field: &'static str,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let partners = move || {
        state.current.with(|c| {
            c.as_ref().map(|p| p.partners.iter().map(|x| (x.id, Some(x.name.clone()))).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    checks(legend, value, class, Place::new(form, field, id).id, Arc::new(partners), None)
}

/// A box per option, its name or `None` for one removed (then named by the first key); the
/// second key is said when there are no options.
type Boxes = Arc<dyn Fn() -> Vec<(Uuid, Option<String>)> + Send + Sync>;

fn checks(legend: TextProp, value: RwSignal<Vec<Uuid>>, class: &'static str, base: String, boxes: Boxes, words: Option<(Key, Key)>) -> AnyView {
    let draw = move || {
        let list = boxes();
        if list.is_empty() {
            return words.map(|(_, empty)| view! { <p class="hint">{t(empty)}</p> }).into_any();
        }
        list.into_iter()
            .map(|(pid, name)| {
                let cid = format!("{base}-{pid}");
                let name = match (name, words) {
                    (Some(name), _) => name.into_any(),
                    (None, Some((removed, _))) => view! { <em>{t(removed)}</em> }.into_any(),
                    (None, None) => ().into_any(),
                };
                view! {
                    <span class="check">
                        <input type="checkbox" id=cid.clone() prop:checked=move || value.with(|v| v.contains(&pid))
                            on:change=move |e| value.update(|v| toggle(v, pid, event_target_checked(&e)))/>
                        <label for=cid>{name}</label>
                    </span>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <fieldset class=format!("field wide {class}")>
            <legend>{move || legend.get()}</legend>
            {draw}
        </fieldset>
    }
    .into_any()
}
