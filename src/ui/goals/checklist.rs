//! A group of checkboxes that edits a list of ids (owners, metrics, causes).
use leptos::prelude::*;
use uuid::Uuid;

/// One choice: its id, its label, and how far to indent it (causes nest).
#[derive(Clone)]
pub struct Choice {
    pub id: Uuid,
    /// Follows the language where it holds words of ours (a metric's kind and target).
    pub label: TextProp,
    pub depth: usize,
}

#[component]
pub fn CheckList(
    /// The visible name of the group.
    #[prop(into)]
    legend: TextProp,
    choices: Vec<Choice>,
    selected: RwSignal<Vec<Uuid>>,
    /// Shown instead of the boxes when there is nothing to choose.
    #[prop(into)]
    empty: ViewFn,
) -> impl IntoView {
    let is_empty = choices.is_empty();
    view! {
        <fieldset class="check-list">
            <legend>{move || legend.get()}</legend>
            {if is_empty {
                empty.run()
            } else {
                choices.into_iter().map(|c| {
                    let id = c.id;
                    view! {
                        <label class="check" style=format!("margin-left: {}rem", c.depth as f32 * 1.5)>
                            <input type="checkbox"
                                prop:checked=move || selected.with(|s| s.contains(&id))
                                on:change=move |e| {
                                    let on = event_target_checked(&e);
                                    selected.update(|s| {
                                        s.retain(|x| *x != id);
                                        if on { s.push(id); }
                                    });
                                }/>
                            <span>{move || c.label.get()}</span>
                        </label>
                    }
                }).collect_view().into_any()
            }}
        </fieldset>
    }
}
