//! The metric's line chart on its page: the model draws the SVG (the same drawing as the
//! report's, in its screen frame, see `model::report::metric_svg`) and the page shows it.
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::metrics::Metric;
use crate::model::report::{metric_svg, Frame};
use crate::ui::i18n::t;

#[component]
pub fn Chart(metric: Metric, series: Vec<(NaiveDate, f64)>, today: NaiveDate) -> impl IntoView {
    let i = expect_context::<crate::ui::i18n::I18n>();
    move || match i.with(|w| metric_svg(&metric, &series, Frame::Screen { today }, w)) {
        // The model escapes every text in the SVG.
        Some(svg) => view! { <figure class="chart card" inner_html=svg></figure> }.into_any(),
        None => view! { <p class="hint chart-empty">{t(tr::metrics::CHART_EMPTY)}</p> }.into_any(),
    }
}
