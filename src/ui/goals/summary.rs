//! The overview's card for goal setting: goals and how SMART they are, metrics on and off
//! track, causes no goal works on.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::goals::{is_smart, SmartContext};
use crate::model::metrics::{ByMetric, Track};
use crate::ui::routes::Route;
use crate::ui::i18n::{t, tw};
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
            <h2><a href=Route::Goals.href()>{t(tr::goals::CARD_TITLE)}</a></h2>
            {move || summary.get().map(|s| if s.goals == 0 && s.metrics == 0 {
                view! {
                    <p>{t(tr::goals::NO_GOALS_YET)} " " <a href=Route::Causes.href()>{t(tr::goals::START_FROM_CAUSES)}</a>
                       {t(tr::goals::THEN)} <a href=Route::Goals.href()>{t(tr::goals::WRITE_SMART)}</a>"."</p>
                }.into_any()
            } else {
                view! {
                    <p class="big-number">{tw(move |w| w.integer(s.goals as i128))}</p>
                    <p>{tw(move |w| tr::goals::open_smart(w, &w.integer(s.smart as i128)))}</p>
                    <ul class="track-summary">
                        {s.tracks.into_iter().map(|(t, n)| view! {
                            <li><span class=format!("track track-{}", t.key())>{crate::ui::i18n::t(t.label_key())}</span>
                                " " {tw(move |w| tr::goals::metric_count(w, n as i64))}</li>
                        }).collect_view()}
                    </ul>
                    <p><a href=Route::Metrics.href()>{t(tr::goals::SEE_METRICS)}</a></p>
                    {(s.causes > 0).then(|| view! {
                        <p><a href=Route::Causes.href()>
                            {tw(move |w| tr::goals::causes_without_goal(w, s.unaddressed as i64, &w.integer(s.causes as i128)))}
                        </a></p>
                    })}
                }.into_any()
            })}
        </article>
    }
}
