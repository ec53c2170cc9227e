//! The progress report for funders, the community and partners.
//!
//! A report is data: a title and a list of [`Section`]s, each a title and [`Block`]s
//! (paragraph, list, quote, table, chart with a text alternative). One Markdown renderer and
//! one HTML renderer turn any report into text, escaping every user-written string, so a new
//! section (goals, metrics, community voice) is only a function that returns a `Section`,
//! added to the list in [`build`].
//!
//! The standalone HTML needs no script: styles are inline and charts are inline SVG, so it
//! opens with scripts disabled, prints with page breaks, and can be mailed as one file.
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

mod chart;
mod credits;
mod progress;
mod render;
mod sections;
mod settings;

pub use chart::{metric_chart, metric_svg, nice_step, Frame};
pub use progress::{community_section, goals_section, metric_sections, smart_line};
pub use render::{escape_md, preview_html, to_html, to_html_article, to_markdown, PREVIEW_ROWS, REPORT_CSS};
pub use credits::NEXT_ACTIONS;
pub use sections::runway_chart;
pub use settings::{check_texts, ReportSettings, MAX_TEXT_CHARS, SECTIONS};
pub(crate) use settings::check;

use sections::{communication_plan, funding, lessons, milestones, stories_section, summary, sustainability};
use super::learning::LibraryLesson;
use super::stories::Audience;
use super::Partnership;
use crate::i18n::{tr, Words};

crate::choice_enum! {
    /// Who the report is for: it decides what goes in (funding only for funders and partners).
    pub enum ReportAudience {
        Funders = ("funders", "Funders"), Community = ("community", "Community"),
        Partners = ("partners", "Partners"),
    }
}

impl ReportAudience {
    /// Whether the funding position is shared with this audience.
    pub fn sees_funding(self) -> bool {
        self != ReportAudience::Community
    }

    fn plan_audience(self) -> Audience {
        match self {
            ReportAudience::Funders => Audience::Funders,
            ReportAudience::Community => Audience::Community,
            ReportAudience::Partners => Audience::Partners,
        }
    }
}

/// A period of whole days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// Puts the ends in order, whichever way round they were picked.
    pub fn new(a: NaiveDate, b: NaiveDate) -> Period {
        Period { from: a.min(b), to: a.max(b) }
    }

    /// The `months` months up to and including `today`.
    pub fn last_months(today: NaiveDate, months: u32) -> Period {
        let from = today.checked_sub_months(Months::new(months)).map_or(today, |d| d + Duration::days(1));
        Period { from, to: today }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// "1 Dec 2025 – 27 Nov 2026", in the report's language.
    pub fn label(&self, w: &Words) -> String {
        format!("{} – {}", w.date(self.from), w.date(self.to))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A chart: complete `<svg>` markup made by the model (whose producer escapes every text in
/// it, see [`escape_xml`]), its text alternative, and optionally its data as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub svg: String,
    pub alt: String,
    pub table: Option<Table>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// Something the reader must not miss (e.g. funding depends on one funder).
    Warning(String),
    Subheading(String),
    List(Vec<String>),
    Quote { text: String, attribution: String },
    Table(Table),
    Chart(Chart),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// An anchor, e.g. `milestones`.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Section {
    fn new(id: &str, title: &str) -> Section {
        Section { id: id.to_string(), title: title.to_string(), blocks: Vec::new() }
    }

    fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    /// "For funders · 1 Dec 2025 – 27 Nov 2026"
    pub subtitle: String,
    /// The language it is written in: `<html lang>` of the standalone file.
    pub lang: crate::i18n::Lang,
    pub sections: Vec<Section>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    pub period: Period,
    pub audience: ReportAudience,
}

/// Assembles the report in the language of `w`: every heading, label, number, date and
/// amount (the partnership's own words stay as written). `other_lessons` are lessons other
/// tools provide (see [`learning::from_other_tools`]). The sections the partnership's
/// [`ReportSettings`] leave out are not built at all.
pub fn build(p: &Partnership, opts: ReportOptions, today: NaiveDate, other_lessons: Vec<LibraryLesson>, w: &Words) -> Report {
    let settings = &p.report;
    let wanted = |id: &str| settings.includes(id);
    let mut sections = Vec::new();
    let mut add = |section: Option<Section>| sections.extend(section.filter(|s| wanted(&s.id)));
    add(wanted("introduction").then(|| credits::written("introduction", tr::report::INTRODUCTION, &settings.introduction, w)).flatten());
    add(wanted("summary").then(|| summary(p, opts, other_lessons.clone(), w)));
    add(wanted("goals").then(|| progress::goals_section(p, opts.period, today, w)));
    if wanted("outcomes") || wanted("outputs") {
        progress::metric_sections(p, opts.period, today, w).into_iter().for_each(|s| add(Some(s)));
    }
    add(wanted("contributions").then(|| credits::contributions(p, w)));
    add(wanted("milestones").then(|| milestones(p, opts.period, w)));
    add(wanted("stories").then(|| stories_section(p, opts.period, w)));
    add(wanted("community").then(|| progress::community_section(p, opts.period, w)));
    add(wanted("health").then(|| credits::health(p, w)));
    add(wanted("lessons").then(|| lessons(p, opts.period, other_lessons, w)));
    add(wanted("challenges").then(|| credits::written("challenges", tr::report::CHALLENGES, &settings.challenges, w)).flatten());
    add((opts.audience.sees_funding() && wanted("funding")).then(|| funding(p, today, w)));
    add(wanted("sustainability").then(|| sustainability(p, w)));
    add(wanted("communication").then(|| communication_plan(p, opts.audience, w)));
    add(wanted("next-steps").then(|| credits::next_steps(p, today, w)));
    let period = opts.period.label(w);
    let subtitle = match opts.audience {
        ReportAudience::Funders => tr::report::for_funders(w, &period),
        ReportAudience::Community => tr::report::for_community(w, &period),
        ReportAudience::Partners => tr::report::for_partners(w, &period),
    };
    Report { title: tr::report::title(w, p.name.trim()), subtitle, lang: w.lang(), sections }
}

/// "riverside-food-security-partnership-2026-11-27-report.html"
pub fn file_name(p: &Partnership, now: DateTime<Utc>, extension: &str) -> String {
    let base = crate::model::file::file_name(p, now);
    format!("{}-report.{extension}", base.trim_end_matches(".json"))
}

#[cfg(test)]
mod tests;
