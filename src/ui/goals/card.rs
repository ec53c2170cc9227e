//! One goal in the list: its statement, SMART letters with what is missing, owners, dates,
//! the causes it works on and how its metrics stand.
use leptos::prelude::*;

use super::builder::SmartItem;
use crate::model::goals::{self, metric_mix, smart, Goal, SmartContext};
use crate::model::metrics::assess;
use crate::model::time::human_date;
use crate::ui::state::AppState;
use crate::ui::form::EditDelete;

/// What the card shows besides the goal itself, worked out from the partnership.
struct Facts {
    checks: [goals::Check; 5],
    owners: Vec<String>,
    causes: Vec<String>,
    symptoms: Vec<String>,
    metrics: Vec<(String, String, &'static str, &'static str)>,
    mix_advice: Option<&'static str>,
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
                    (m.name.clone(), format!("#/metrics/{}", m.id), m.kind.label(), a.track.key())
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
    let dates = match (goal.start, goal.end) {
        (Some(s), Some(e)) => format!("{} – {}", human_date(s), human_date(e)),
        (None, Some(e)) => format!("by {}", human_date(e)),
        (Some(s), None) => format!("from {}, no end date", human_date(s)),
        (None, None) => "No dates".into(),
    };
    view! {
        <li class="goal-card card">
            <div class="goal-head">
                <h2>{goal.statement.clone()}</h2>
                <span class=format!("badge status-{}", goal.status.key())>{goal.status.label()}</span>
            </div>
            {move || info().map(|f| {
                let met = f.checks.iter().filter(|c| c.met).count();
                let missing: Vec<_> = f.checks.iter().filter(|c| !c.met).cloned().collect();
                view! {
                    <p class="smart-strip" aria-label=format!("SMART: {met} of 5 met")>
                        {f.checks.iter().map(|c| view! {
                            <span class="smart-chip" class:met=c.met class:missing=!c.met
                                title=c.letter.name()>{c.letter.initial()}</span>
                        }).collect_view()}
                        <span class="smart-count">{format!("{met} of 5 SMART")}</span>
                    </p>
                    {(!missing.is_empty()).then(|| view! {
                        <ul class="smart-list compact" aria-label="What is missing">
                            {missing.into_iter().map(|c| view! { <SmartItem check=c/> }).collect_view()}
                        </ul>
                    })}
                    <dl class="goal-facts">
                        <dt>"Owners"</dt>
                        <dd>{if f.owners.is_empty() { "None yet".to_string() } else { f.owners.join(", ") }}</dd>
                        <dt>"When"</dt><dd>{dates.clone()}</dd>
                        <dt>"Works on"</dt>
                        <dd>{if f.causes.is_empty() { "No cause".to_string() } else { f.causes.join("; ") }}</dd>
                        {(!f.symptoms.is_empty()).then(|| view! { <dt>"Relieves"</dt><dd>{f.symptoms.join("; ")}</dd> })}
                        <dt>"Metrics"</dt>
                        <dd>
                            {if f.metrics.is_empty() { view! { <span>"None linked"</span> }.into_any() } else {
                                view! { <ul class="goal-metrics">
                                    {f.metrics.into_iter().map(|(name, href, kind, track)| view! {
                                        <li><a href=href>{name}</a>" "<span class="badge">{kind}</span>" "
                                            <span class=format!("track track-{track}")>{track_label(track)}</span></li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                        </dd>
                    </dl>
                    {f.mix_advice.map(|a| view! { <p class="mix-advice">{a}</p> })}
                }
            })}
            <div class="row-actions">
                <EditDelete edit_label=format!("Edit goal: {statement}") delete_label=format!("Delete goal: {statement}")
                    question=format!("Delete the goal “{statement}”?") deleted=format!("Deleted the goal “{statement}”.") on_edit
                    delete=move |p, now| {
                        p.remove::<crate::model::goals::Goal>(id, now);
                    }/>
            </div>
        </li>
    }
}

/// The label of a [`crate::model::metrics::Track`] from its key.
pub fn track_label(key: &str) -> &'static str {
    use crate::model::metrics::Track::*;
    [NoData, NeedsTarget, Reached, OnTrack, AtRisk, OffTrack]
        .into_iter()
        .find(|t| t.key() == key)
        .map_or("", |t| t.label())
}
