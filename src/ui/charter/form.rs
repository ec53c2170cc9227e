//! Writing or editing the charter's shared text.
use leptos::prelude::*;

use crate::model::charter::{lines, CharterText};
use crate::ui::form::{HintedText, SubmitCancel, TextField};
use crate::i18n::tr;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::state::AppState;
use crate::ui::widgets::When;

#[component]
pub fn CharterForm(on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let start = state.current.with_untracked(|c| c.as_ref().map(|p| p.charter.text()).unwrap_or_default());
    let name = RwSignal::new(start.name.clone());
    let mission = RwSignal::new(start.mission.clone());
    let vision = RwSignal::new(start.vision.clone());
    let values = RwSignal::new(start.values.join("\n"));
    let rules = RwSignal::new(start.ground_rules.join("\n"));
    let decisions = RwSignal::new(start.decision_making.clone());
    let signers = move || {
        state.current.with(|c| c.as_ref().map_or(0, |p| p.charter.signers(&p.partners)))
    };
    let partnership_name = state.current.with_untracked(|c| c.as_ref().map(|p| p.name.clone()).unwrap_or_default());

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let draft = CharterText {
            name: name.get_untracked(),
            mission: mission.get_untracked(),
            vision: vision.get_untracked(),
            values: lines(&values.get_untracked()),
            ground_rules: lines(&rules.get_untracked()),
            decision_making: decisions.get_untracked(),
        };
        let (changed, asked) = state.current.with_untracked(|c| {
            c.as_ref().map_or((false, 0), |p| (p.charter.would_change(&draft), p.charter.signers(&p.partners)))
        });
        if changed {
            state.edit(None, move |p, now| {
                p.charter.revise(&draft, now);
            });
            let text = i.now(|w| if asked > 0 {
                tr::charter::saved_reconfirm(w, asked as i64)
            } else {
                w.get(tr::charter::SAVED).to_string()
            });
            state.notify_with_undo(text);
        }
        on_done();
    };

    view! {
        <form class="card charter-form" on:submit=submit aria-label=t(tr::route::CHARTER)>
            <h2>{t(tr::charter::FORM_HEADING)}</h2>
            <When when=move || { signers() > 0 }>
                <p class="banner banner-warning reconfirm-warning">
                    {tw(move |w| tr::charter::signed_before_edit(w, signers() as i64))}
                </p>
            </When>
            <TextField id="charter-name" label=t(tr::charter::TITLE) value=name placeholder=partnership_name wide=true/>
            <HintedText id="charter-mission" label=t(tr::charter::MISSION_LABEL) hint=t(tr::charter::MISSION_HINT) value=mission/>
            <HintedText id="charter-vision" label=t(tr::charter::VISION) hint=t(tr::charter::VISION_HINT) value=vision/>
            <HintedText id="charter-values" label=t(tr::charter::VALUES) hint=t(tr::charter::VALUES_HINT) value=values rows=4/>
            <HintedText id="charter-rules" label=t(tr::charter::GROUND_RULES) hint=t(tr::charter::RULES_HINT) value=rules rows=4/>
            <HintedText id="charter-decisions" label=t(tr::charter::DECISIONS) hint=t(tr::charter::DECISIONS_HINT) value=decisions/>
            <SubmitCancel submit=t(tr::charter::SAVE) on_cancel=on_done/>
        </form>
    }
}
