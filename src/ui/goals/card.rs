//! One goal in the list: its statement, SMART letters with what is missing, owners, dates,
//! the causes it works on and how its metrics stand.
use leptos::prelude::*;

use super::builder::SmartItem;
use crate::model::goals::{self, metric_mix, smart, Goal, SmartContext};
use crate::i18n::{tr, Key};
use crate::model::metrics::assess;
use crate::ui::i18n::{t, tw};
use crate::ui::state::AppState;
use crate::ui::form::EditDelete;

/// What the card shows besides the goal itself, worked out from the partnership.
struct Facts {
    checks: [goals::Check; 5],
    owners: Vec<String>,
    causes: Vec<String>,
    symptoms: Vec<String>,
    metrics: Vec<(String, String, Key, crate::model::metrics::Track)>,
    mix_advice: Option<Key>,
}

fn facts(state: AppState, goal: &Goal) -> Option<Facts> {
    let today = state.now().date_naive();
    state.current.with(|c| {
        let p = c.as_ref()?;
        let cx = SmartContext::of(p, today);
        Some(Facts {
            checks: smart(goal, &cx),
            owners: goal.owner_ids.iter().map(|id| p.partner_name(*id)).collect(),
            causes: goal.cause_ids.iter().filter_map(|id| p.problem_tree.cause(*id)).map(|c| c.text.clone()).collect(),
            symptoms: goal.symptom_ids.iter().filter_map(|id| p.problem_tree.symptom(*id)).map(|s| s.text.clone()).collect(),
            metrics: p
                .metrics
                .iter()
                .filter(|m| goal.metric_ids.contains(&m.id))
                .map(|m| {
                    let a = assess(m, &p.measurements, today);
                    (m.name.clone(), format!("#/metrics/{}", m.id), m.kind.label_key(), a.track)
                })
                .collect(),
            mix_advice: metric_mix(goal, &p.metrics).advice(),
        })
    })
}

#[component]
pub fn GoalCard(goal: Goal, on_edit: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = goal.id;
    let statement = goal.statement.clone();
    let g = goal.clone();
    let info = move || facts(state, &g);
    let (start, end) = (goal.start, goal.end);
    let dates = tw(move |w| match (start, end) {
        (Some(s), Some(e)) => tr::goals::dates_range(w, &w.date(e), &w.date(s)),
        (None, Some(e)) => tr::goals::by_date(w, &w.date(e)),
        (Some(s), None) => tr::goals::from_date(w, &w.date(s)),
        (None, None) => w.get(tr::goals::NO_DATES).to_string(),
    });
    view! {
        <li class="goal-card card">
            <div class="goal-head">
                <h2>{goal.statement.clone()}</h2>
                <span class=format!("badge status-{}", goal.status.key())>{t(goal.status.label_key())}</span>
            </div>
            {move || info().map(|f| {
                let met = f.checks.iter().filter(|c| c.met).count();
                let missing: Vec<_> = f.checks.iter().filter(|c| !c.met).cloned().collect();
                view! {
                    <p class="smart-strip" aria-label=tw(move |w| tr::goals::smart_strip(w, met as i64))>
                        {f.checks.iter().map(|c| view! {
                            <span class="smart-chip" class:met=c.met class:missing=!c.met
                                title=t(c.letter.name_key())>{t(c.letter.initial_key())}</span>
                        }).collect_view()}
                        <span class="smart-count">{tw(move |w| tr::goals::smart_count(w, &w.integer(met as i128)))}</span>
                    </p>
                    {(!missing.is_empty()).then(|| view! {
                        <ul class="smart-list compact" aria-label=t(tr::goals::WHAT_IS_MISSING)>
                            {missing.into_iter().map(|c| view! { <SmartItem check=c/> }).collect_view()}
                        </ul>
                    })}
                    <dl class="goal-facts">
                        <dt>{t(tr::goals::OWNERS)}</dt>
                        <dd>{if f.owners.is_empty() { t(tr::goals::NONE_YET).into_any() } else { f.owners.join(", ").into_any() }}</dd>
                        <dt>{t(tr::goals::WHEN)}</dt><dd>{dates.clone()}</dd>
                        <dt>{t(tr::goals::WORKS_ON)}</dt>
                        <dd>{if f.causes.is_empty() { t(tr::goals::NO_CAUSE).into_any() } else { f.causes.join("; ").into_any() }}</dd>
                        {(!f.symptoms.is_empty()).then(|| view! { <dt>{t(tr::goals::RELIEVES)}</dt><dd>{f.symptoms.join("; ")}</dd> })}
                        <dt>{t(tr::goals::METRICS)}</dt>
                        <dd>
                            {if f.metrics.is_empty() { view! { <span>{t(tr::goals::NONE_LINKED)}</span> }.into_any() } else {
                                view! { <ul class="goal-metrics">
                                    {f.metrics.into_iter().map(|(name, href, kind, track)| view! {
                                        <li><a href=href>{name}</a>" "<span class="badge">{t(kind)}</span>" "
                                            <span class=format!("track track-{}", track.key())>{t(track.label_key())}</span></li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                        </dd>
                    </dl>
                    {f.mix_advice.map(|a| view! { <p class="mix-advice">{t(a)}</p> })}
                }
            })}
            <div class="row-actions">
                <EditDelete edit_label={ let s = statement.clone(); tw(move |w| tr::goals::edit_label(w, &s)) }
                    delete_label={ let s = statement.clone(); tw(move |w| tr::goals::delete_label(w, &s)) }
                    question={ let s = statement.clone(); tw(move |w| tr::goals::delete_question(w, &s)) }
                    deleted=tw(move |w| tr::goals::deleted(w, &statement)) on_edit
                    delete=move |p, now| {
                        p.remove::<crate::model::goals::Goal>(id, now);
                    }/>
            </div>
        </li>
    }
}
