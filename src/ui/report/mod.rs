//! The progress report: pick a period and an audience, preview it, print it, or download it
//! as one standalone HTML file or as Markdown. The preview is the very HTML the download
//! holds, so what the facilitator checks is what the funder gets.
use chrono::NaiveDate;
use leptos::prelude::*;

mod cards;

pub use cards::OverviewCards;

use crate::i18n::tr;
use crate::model::learning::from_other_tools;
use crate::model::report::{build, file_name, preview_html, to_html, to_markdown, Period, Report, ReportAudience, ReportOptions, REPORT_CSS};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{DateField, SelectField};
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
use crate::ui::i18n::{say, t, tw};

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let audience = RwSignal::new(ReportAudience::Funders);
    let initial = Period::last_months(today(state), 12);
    let from = RwSignal::new(iso_date(initial.from));
    let to = RwSignal::new(iso_date(initial.to));
    let period = move || {
        let day = |s: RwSignal<String>, fallback: NaiveDate| parse_input_date(&s.get()).ok().flatten().unwrap_or(fallback);
        Period::new(day(from, initial.from), day(to, initial.to))
    };
    let report = Memo::new(move |_| {
        let opts = ReportOptions { period: period(), audience: audience.get() };
        read(state, |p| Some(build(p, opts, today(state), from_other_tools(p))))
    });
    let download = move |ext: &'static str| {
        let Some(r) = report.get_untracked() else { return };
        let (text, mime) = match ext {
            "html" => (to_html(&r, state.now()), "text/html"),
            _ => (to_markdown(&r), "text/markdown"),
        };
        let name = read(state, |p| Some(file_name(p, state.now(), ext))).unwrap_or_default();
        if let Err(e) = crate::files::download(&name, mime, &text) {
            state.fail(say(|w| tr::report_ui::download_failed(w, &e.to_string())));
        }
    };
    view! {
        <section class="tool-page report-page">
            <h1 tabindex="-1">{t(tr::route::REPORT)}</h1>
            <form class="report-controls card" aria-label=t(tr::report_ui::SETTINGS) on:submit=|e| e.prevent_default()>
                <SelectField id="report-audience" label=t(tr::report_ui::AUDIENCE) value=audience/>
                <DateField id="report-from" label=t(tr::report_ui::FROM) value=from/>
                <DateField id="report-to" label=t(tr::report_ui::TO) value=to/>
                <div class="period-presets" role="group" aria-label=t(tr::report_ui::PERIOD)>
                    {[3, 6, 12].into_iter().map(|n| view! {
                        <button type="button" on:click=move |_| {
                            let p = Period::last_months(today(state), n);
                            from.set(iso_date(p.from));
                            to.set(iso_date(p.to));
                        }>{tw(move |w| tr::report_ui::last_months(w, n.into()))}</button>
                    }).collect_view()}
                </div>
                <div class="report-actions">
                    <button type="button" class="primary edit-chrome" on:click=move |_| { let _ = window().print(); }>{t(tr::report_ui::PRINT)}</button>
                    <button type="button" class="edit-chrome" on:click=move |_| download("html")>{t(tr::report_ui::DOWNLOAD_HTML)}</button>
                    <button type="button" class="edit-chrome" on:click=move |_| download("md")>{t(tr::report_ui::DOWNLOAD_MARKDOWN)}</button>
                </div>
                <p class="hint">{move || t(if audience.get().sees_funding() { tr::report_ui::FUNDING_IN } else { tr::report_ui::FUNDING_OUT })()}</p>
            </form>
            // The report's own stylesheet, shared with the standalone file; all rules are
            // scoped under `.report`.
            <style>{REPORT_CSS}</style>
            {move || report.get().map(|r: Report| view! {
                // Built by the model's HTML renderer, which escapes every user text; see
                // `model::report` tests for `<script>` in stories.
                <div class="report-preview" inner_html=preview_html(&r, 2)></div>
            })}
        </section>
    }
}
