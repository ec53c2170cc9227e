//! A retrospective's form, for a new one and for correcting its name or date in place (its
//! columns are edited on the board itself).
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::learning::Retrospective;
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{open_record, save_record, CheckField, DateField, Found, RecordForm, TextField};
use crate::ui::helpers::today;
use crate::ui::i18n::{t, I18n};
use crate::ui::state::AppState;

#[component]
pub fn RetroForm(retro: Option<Retrospective>, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let is_new = retro.is_none();
    let original = retro.unwrap_or_else(|| Retrospective::new("", today(state), state.now()));
    let title = RwSignal::new(original.title.clone());
    let date = RwSignal::new(iso_date(original.date));
    let hidden = RwSignal::new(original.gather_hidden);
    let (original, errors, guard) = open_record(original, is_new, "retro", crate::i18n::tr::form::record::OTHER);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut draft = original.get_value();
        let mut found = Found::default();
        draft.title = found.required("title", &title.get_untracked(), &i.now(|w| w.get(tr::learning::RETRO_NAME_NEEDED).to_string()));
        // An empty date keeps the one it had (today, for a new one).
        if let Some(Some(d)) = found.read("date", parse_input_date(&date.get_untracked())) {
            draft.date = d;
        }
        draft.gather_hidden = hidden.get_untracked();
        if save_record(state, errors, found, guard, draft) {
            on_done();
        }
    };
    view! {
        <RecordForm class="card tool-form" heading=t(if is_new { tr::learning::NEW_RETRO } else { tr::learning::EDIT_RETRO_HEADING }) in_section=true
            on_submit=submit guard is_new save_new=t(tr::learning::START_RETRO) on_cancel=on_done>
            <TextField form=errors field="title" label=t(tr::learning::NAME) value=title/>
            <DateField form=errors field="date" label=t(tr::learning::DATE) value=date/>
            <CheckField form=errors field="gather_hidden" label=t(tr::learning::GATHER_HIDDEN) value=hidden/>
        </RecordForm>
    }
}
