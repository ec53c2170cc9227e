//! Per partner: what it expects from the partnership and what it commits to it.
use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::tr;
use crate::model::charter::PartnerTerms;
use crate::ui::i18n::{t, tw, I18n};
use crate::ui::form::{FormErrors, LongText, SubmitCancel};
use crate::ui::routes::Route;
use crate::ui::state::AppState;
use crate::ui::keyed::keyed;
use crate::ui::widgets::When;

#[derive(Clone, PartialEq)]
struct Row {
    partner: Uuid,
    name: String,
    terms: Option<PartnerTerms>,
}

#[component]
pub fn PartnerTermsList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        state.current.with(|c| {
            let Some(p) = c.as_ref() else { return Vec::new() };
            let mut rows: Vec<Row> = p
                .partners
                .iter()
                .map(|x| Row { partner: x.id, name: x.name.clone(), terms: p.charter.terms_of(x.id).cloned() })
                .collect();
            // Terms of partners who have left stay in the file; show them, marked, so nothing is hidden.
            rows.extend(p.charter.partner_terms.iter().filter(|t| p.partner(t.partner).is_none()).map(|t| Row {
                partner: t.partner,
                name: p.partner_name(t.partner),
                terms: Some(t.clone()),
            }));
            rows
        })
    });
    let editing = RwSignal::new(None::<Uuid>);
    view! {
        <section class="charter-terms" aria-labelledby="terms-heading">
            <h2 id="terms-heading">{t(tr::charter::TERMS_HEADING)}</h2>
            <When when=move || rows.with(|r| r.is_empty())>
                <p class="hint">{t(tr::charter::TERMS_NO_PARTNERS)}" "<a href=Route::Partners.href()>{t(tr::charter::TERMS_ADD_PARTNERS)}</a>" "{t(tr::charter::TERMS_THEN)}</p>
            </When>
            <ul class="terms-list">
                {keyed(move || rows.get(), |r| (r.partner, r.terms.clone().map(|t| (t.expects, t.commits))), move |row| {
                    let id = row.partner;
                    move || if editing.get() == Some(id) {
                        view! { <TermsForm row=row.clone() on_done=move || editing.set(None)/> }.into_any()
                    } else {
                        view! { <TermsCard row=row.clone() on_edit=move || editing.set(Some(id))/> }.into_any()
                    }
                })}
            </ul>
        </section>
    }
}

#[component]
fn TermsCard(row: Row, on_edit: impl Fn() + 'static + Send + Sync) -> impl IntoView {
    let (expects, commits) = row.terms.map(|t| (t.expects, t.commits)).unwrap_or_default();
    let or_dash = |s: String| if s.is_empty() { t(tr::charter::NOT_WRITTEN).into_any() } else { s.into_any() };
    let name = row.name.clone();
    view! {
        <li class="card terms-card">
            <div class="terms-head">
                <h3>{row.name.clone()}</h3>
                <button type="button" class="edit-chrome" aria-label=tw(move |w| tr::charter::edit_terms(w, &name)) on:click=move |_| on_edit()>{t(tr::charter::EDIT_TERMS_BUTTON)}</button>
            </div>
            <dl>
                <dt>{t(tr::charter::EXPECTS)}</dt><dd>{or_dash(expects)}</dd>
                <dt>{t(tr::charter::COMMITS)}</dt><dd>{or_dash(commits)}</dd>
            </dl>
        </li>
    }
}

#[component]
fn TermsForm(row: Row, on_done: impl Fn() + 'static + Send + Sync + Copy) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let (e0, c0) = row.terms.map(|t| (t.expects, t.commits)).unwrap_or_default();
    let expects = RwSignal::new(e0);
    let commits = RwSignal::new(c0);
    let partner = row.partner;
    let errors = FormErrors::new(format!("terms-{partner}"));
    let name = row.name.clone();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let (ex, co) = (expects.get_untracked(), commits.get_untracked());
        let asked = state.current.with_untracked(|c| c.as_ref().map_or(0, |p| p.charter.signers(&p.partners)));
        let mut changed = false;
        state.edit(None, |p, now| changed = p.charter.set_terms(partner, &ex, &co, now));
        if changed && asked > 0 {
            state.notify_with_undo(i.now(|w| tr::charter::terms_saved_reconfirm(w, asked as i64)));
        }
        on_done();
    };
    view! {
        <li class="card terms-card">
            <form on:submit=submit aria-label=tw(move |w| tr::charter::terms_form(w, &name))>
                <h3>{row.name.clone()}</h3>
                <LongText form=errors field="expects" label=t(tr::charter::EXPECTS_LABEL) value=expects/>
                <LongText form=errors field="commits" label=t(tr::charter::COMMITS_LABEL) value=commits/>
                <SubmitCancel submit=t(tr::charter::SAVE_TERMS) on_cancel=on_done/>
            </form>
        </li>
    }
}
