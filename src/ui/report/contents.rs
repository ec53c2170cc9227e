//! What goes in the report: the partners' introduction and challenges, and a checklist of
//! the sections. Both are kept in the partnership (its report settings), so every partner's
//! copy makes the same report, and the checklist is saved as soon as a box changes.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::report::{check_texts, SECTIONS};
use crate::ui::form::{FormErrors, LongText};
use crate::ui::i18n::t;
use crate::ui::state::AppState;

#[component]
pub fn ReportContents() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = move || state.current.with(|c| c.as_ref().map(|p| (p.report.introduction.clone(), p.report.challenges.clone())).unwrap_or_default());
    let (intro, challenges) = saved();
    let (intro, challenges) = (RwSignal::new(intro), RwSignal::new(challenges));
    let changed = move || {
        let (a, b) = saved();
        intro.with(|x| x.trim() != a.trim()) || challenges.with(|x| x.trim() != b.trim())
    };
    // Ids `report-introduction` and `report-challenges`, where a too long text is said.
    let errors = FormErrors::new("report");
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let (a, b) = (intro.get_untracked().trim().to_string(), challenges.get_untracked().trim().to_string());
        if !errors.show(check_texts(&a, &b)) {
            return;
        }
        state.edit(None, move |p, _| {
            p.report.introduction = a;
            p.report.challenges = b;
        });
    };
    let included = move |id: &str| state.current.with(|c| c.as_ref().is_none_or(|p| p.report.includes(id)));
    view! {
        <form class="report-controls report-contents card" aria-label=t(tr::report_ui::CONTENTS) on:submit=save>
            <fieldset class="report-sections">
                <legend>{t(tr::report_ui::SECTIONS)}</legend>
                {SECTIONS.into_iter().map(|(id, title)| {
                    let input = format!("report-section-{id}");
                    view! {
                        <div class="check-field">
                            <input id=input.clone() type="checkbox" prop:checked=move || included(id)
                                on:change=move |e| {
                                    let yes = event_target_checked(&e);
                                    state.edit(None, move |p, _| p.report.include(id, yes));
                                }/>
                            <label for=input>{t(title)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="report-texts">
                <LongText form=errors field="introduction" label=t(tr::report::INTRODUCTION) value=intro rows=4 placeholder=t(tr::report_ui::INTRO_PLACEHOLDER)/>
                <LongText form=errors field="challenges" label=t(tr::report::CHALLENGES) value=challenges rows=4 placeholder=t(tr::report_ui::CHALLENGES_PLACEHOLDER)/>
                <p class="hint">{t(tr::report_ui::TEXTS_HINT)}</p>
                <button type="submit" class="primary edit-chrome" disabled=move || !changed()>{t(tr::report_ui::SAVE_TEXTS)}</button>
            </div>
        </form>
    }
}
