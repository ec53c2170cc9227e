//! The progress report: pick a period and an audience, preview it, print it, or download it
//! as one standalone HTML file or as Markdown. The preview is the very HTML the download
//! holds, so what the facilitator checks is what the funder gets. The report is written in
//! the interface's language unless another is chosen for it (a funder's, a community's).
//! What goes in it (the partners' introduction and challenges, the sections) is chosen
//! below the settings and kept in the partnership.
use chrono::NaiveDate;
use leptos::prelude::*;

mod cards;
mod contents;

pub use cards::OverviewCards;
use contents::ReportContents;

use crate::i18n::{tr, Lang, Words};
use crate::model::learning::from_other_tools;
use crate::model::report::{build, file_name, preview_html, to_html, to_markdown, Period, Report, ReportAudience, ReportOptions, REPORT_CSS};
use crate::model::time::{iso_date, parse_input_date};
use crate::ui::form::{DateField, SelectField};
use crate::ui::state::AppState;
use crate::ui::helpers::{read, today};
use crate::ui::i18n::{say, t, tw, I18n};

/// The report's language: the interface's unless one is chosen, and the words of a chosen
/// language once downloaded.
#[derive(Clone, Copy)]
struct ReportLang {
    chosen: RwSignal<Option<Lang>>,
    loaded: RwSignal<Option<Words>>,
}

impl ReportLang {
    /// Runs `f` with the report's words (tracked): the chosen language's once read, else the
    /// interface's.
    fn with<T>(&self, i: I18n, f: impl FnOnce(&Words) -> T) -> T {
        match self.chosen.get().filter(|l| *l != i.lang()) {
            Some(l) => self.loaded.with(|w| match w {
                Some(w) if w.lang() == l => f(w),
                _ => i.with(f),
            }),
            None => i.with(f),
        }
    }

    fn choose(&self, state: AppState, lang: Lang) {
        self.chosen.set(Some(lang));
        if self.loaded.with_untracked(|w| w.as_ref().is_some_and(|w| w.lang() == lang)) {
            return;
        }
        let me = *self;
        leptos::task::spawn_local(async move {
            match crate::ui::i18n::load(lang).await {
                Ok(words) => me.loaded.set(Some(words)),
                Err(why) => {
                    me.chosen.set(None);
                    state.fail(format!("{} could not be loaded: {why}", lang.own_name()));
                }
            }
        });
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i = expect_context::<I18n>();
    let lang = ReportLang { chosen: RwSignal::new(None), loaded: RwSignal::new(None) };
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
        lang.with(i, |w| read(state, |p| Some(build(p, opts, today(state), from_other_tools(p), w))))
    });
    let download = move |ext: &'static str| {
        let Some(r) = report.get_untracked() else { return };
        let (text, mime) = lang.with(i, |w| match ext {
            "html" => (to_html(&r, state.now(), w), "text/html"),
            _ => (to_markdown(&r, w), "text/markdown"),
        });
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
                <div class="field">
                    <label for="report-lang">{t(tr::report::LANGUAGE)}</label>
                    <select id="report-lang" on:change=move |e| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&e)) {
                            lang.choose(state, l);
                        }
                    }>
                        {Lang::ALL.into_iter().map(|l| view! {
                            <option value=l.code() lang=l.code() selected=move || lang.chosen.get().unwrap_or_else(|| i.lang()) == l>{l.own_name()}</option>
                        }).collect_view()}
                    </select>
                </div>
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
            <ReportContents/>
            // The report's own stylesheet, shared with the standalone file; all rules are
            // scoped under `.report`.
            <style>{REPORT_CSS}</style>
            {move || report.get().map(|r: Report| view! {
                // Built by the model's HTML renderer, which escapes every user text; see
                // `model::report` tests for `<script>` in stories.
                <div class="report-preview" lang=r.lang.code() inner_html=lang.with(i, |w| preview_html(&r, 2, w))></div>
            })}
        </section>
    }
}
