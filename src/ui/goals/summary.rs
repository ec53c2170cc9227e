//! The overview's card for goal setting: goals and how SMART they are, metrics on and off
//! track, causes no goal works on.
use leptos::prelude::*;

use crate::model::goals::{is_smart, SmartContext};
use crate::model::metrics::{ByMetric, Track};
use crate::ui::routes::Route;
use crate::ui::state::AppState;

#[derive(Clone, PartialEq)]
struct Summary {
    goals: usize,
    smart: usize,
    tracks: Vec<(Track, usize)>,
    metrics: usize,
    unaddressed: usize,
    causes: usize,
}

#[component]
pub fn GoalsCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = Memo::new(move |_| {
        let today = state.now().date_naive();
        state.current.with(|c| {
            c.as_ref().map(|p| {
                let cx = SmartContext::of(p, today);
                let live: Vec<_> = p.goals.iter().filter(|g| g.is_open()).collect();
                let by = ByMetric::new(&p.measurements);
                let tracks: Vec<Track> = p.metrics.iter().map(|m| by.assess(m, today).track).collect();
                let order = [Track::OffTrack, Track::AtRisk, Track::OnTrack, Track::Reached, Track::NoData, Track::NeedsTarget];
                Summary {
                    goals: live.len(),
                    smart: live.iter().filter(|g| is_smart(g, &cx)).count(),
                    tracks: order.into_iter().map(|t| (t, tracks.iter().filter(|x| **x == t).count())).filter(|(_, n)| *n > 0).collect(),
                    metrics: p.metrics.len(),
                    unaddressed: p.problem_tree.unaddressed(&p.goals).len(),
                    causes: p.problem_tree.causes.len(),
                }
            })
        })
    });
    view! {
        <article class="card goals-card">
            <h2><a href=Route::Goals.href()>"Goals and metrics"</a></h2>
            {move || summary.get().map(|s| if s.goals == 0 && s.metrics == 0 {
                view! {
                    <p>"No goals yet. " <a href=Route::Causes.href()>"Start from the root causes"</a>
                       ", then " <a href=Route::Goals.href()>"write SMART goals"</a>"."</p>
                }.into_any()
            } else {
                view! {
                    <p class="big-number">{s.goals}</p>
                    <p>{format!("open goals, {} of them SMART", s.smart)}</p>
                    <ul class="track-summary">
                        {s.tracks.into_iter().map(|(t, n)| view! {
                            <li><span class=format!("track track-{}", t.key())>{t.label()}</span>
                                {format!(" {n} metric{}", if n == 1 { "" } else { "s" })}</li>
                        }).collect_view()}
                    </ul>
                    <p><a href=Route::Metrics.href()>"See the metrics"</a></p>
                    {(s.causes > 0).then(|| view! {
                        <p><a href=Route::Causes.href()>
                            {format!("{} of {} causes have no goal", s.unaddressed, s.causes)}
                        </a></p>
                    })}
                }.into_any()
            })}
        </article>
    }
}
