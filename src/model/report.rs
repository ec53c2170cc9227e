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

use super::learning::{self, LibraryLesson};
use super::stories::{self, Audience};
use super::money::{format_amount, format_money};
use super::sustainability as sus;
use super::text::{escape_xml, grouped};
use super::time::human_date;
use super::Partnership;
use super::order::sort_by_key;

/// Who the report is for: it decides what goes in (funding only for funders and partners).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportAudience {
    Funders,
    Community,
    Partners,
}

impl ReportAudience {
    pub const ALL: [ReportAudience; 3] = [ReportAudience::Funders, ReportAudience::Community, ReportAudience::Partners];

    pub fn label(self) -> &'static str {
        match self {
            ReportAudience::Funders => "Funders",
            ReportAudience::Community => "Community",
            ReportAudience::Partners => "Partners",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ReportAudience::Funders => "funders",
            ReportAudience::Community => "community",
            ReportAudience::Partners => "partners",
        }
    }

    pub fn from_key(key: &str) -> Option<ReportAudience> {
        ReportAudience::ALL.into_iter().find(|a| a.key() == key)
    }

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

    /// "1 Dec 2025 – 27 Nov 2026"
    pub fn label(&self) -> String {
        format!("{} – {}", human_date(self.from), human_date(self.to))
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
    pub sections: Vec<Section>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    pub period: Period,
    pub audience: ReportAudience,
}

/// Assembles the report. `other_lessons` are lessons other tools provide (see
/// [`learning::from_other_tools`]).
pub fn build(p: &Partnership, opts: ReportOptions, today: NaiveDate, other_lessons: Vec<LibraryLesson>) -> Report {
    let mut sections = vec![summary(p, opts, other_lessons.clone())];
    sections.push(super::report_progress::goals_section(p, opts.period, today));
    sections.extend(super::report_progress::metric_sections(p, opts.period, today));
    sections.push(milestones(p, opts.period));
    sections.push(stories_section(p, opts.period));
    sections.push(super::report_progress::community_section(p, opts.period));
    sections.push(lessons(p, opts.period, other_lessons));
    if opts.audience.sees_funding() {
        sections.push(funding(p, today));
    }
    sections.push(sustainability(p));
    sections.push(communication_plan(p, opts.audience));
    sections.push(next_steps(p, today));
    Report {
        title: format!("{}: progress report", p.name.trim()),
        subtitle: format!("For {} · {}", opts.audience.label().to_lowercase(), opts.period.label()),
        sections,
    }
}

fn summary(p: &Partnership, opts: ReportOptions, other_lessons: Vec<LibraryLesson>) -> Section {
    let period = opts.period;
    let reached = p.learning.milestones.iter().filter(|m| m.reached && period.contains(m.date));
    let (reached, celebrated) = reached.fold((0, 0), |(r, c), m| (r + 1, c + usize::from(m.celebrated)));
    let stories = stories::reportable(&p.communication.stories).into_iter().filter(|s| period.contains(s.day())).count();
    let lessons = learning::library(p, other_lessons).into_iter().filter(|l| period.contains(l.date)).count();
    let mut s = Section::new("summary", "Summary");
    let names: Vec<String> = p.partners.iter().map(|x| x.name.clone()).collect();
    if !names.is_empty() {
        s.push(Block::Paragraph(format!(
            "{} brings together {} partner organisations: {}.",
            p.name.trim(),
            names.len(),
            names.join(", ")
        )));
    }
    s.push(Block::Paragraph(format!(
        "From {} to {}: {} milestone{} reached ({} celebrated), {} {} shared with consent, {} lesson{} recorded.",
        human_date(period.from),
        human_date(period.to),
        reached,
        plural(reached),
        celebrated,
        stories,
        if stories == 1 { "story" } else { "stories" },
        lessons,
        plural(lessons),
    )));
    s.clone()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn milestones(p: &Partnership, period: Period) -> Section {
    let mut s = Section::new("milestones", "Milestones reached");
    let reached: Vec<_> =
        learning::timeline(&p.learning.milestones).into_iter().filter(|m| m.reached && period.contains(m.date)).collect();
    if reached.is_empty() {
        s.push(Block::Paragraph("No milestones were reached in this period.".into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: "Milestones reached in this period".into(),
        headers: vec!["Date".into(), "Milestone".into(), "Celebrated".into()],
        rows: reached
            .into_iter()
            .map(|m| {
                let celebrated = match (m.celebrated, m.how_celebrated.trim()) {
                    (false, _) => "Not yet".to_string(),
                    (true, "") => "Yes".to_string(),
                    (true, how) => format!("Yes: {how}"),
                };
                vec![human_date(m.date), m.what.clone(), celebrated]
            })
            .collect(),
    }));
    s
}

fn stories_section(p: &Partnership, period: Period) -> Section {
    let mut s = Section::new("stories", "Stories");
    // Consent is checked here and only here: `reportable` drops every story without it.
    let mut shared: Vec<_> =
        stories::reportable(&p.communication.stories).into_iter().filter(|x| period.contains(x.day())).collect();
    sort_by_key(&mut shared, |x| x.day());
    if shared.is_empty() {
        s.push(Block::Paragraph("No stories with consent to share were recorded in this period.".into()));
    }
    for story in shared {
        s.push(Block::Subheading(story.title.clone()));
        if !story.what_changed.trim().is_empty() {
            s.push(Block::Paragraph(format!("{} ({}): {}", story.who_label(), human_date(story.day()), story.what_changed.trim())));
        }
        if !story.quote.trim().is_empty() {
            s.push(Block::Quote { text: story.quote.trim().to_string(), attribution: story.who_label() });
        }
    }
    s
}

fn lessons(p: &Partnership, period: Period, others: Vec<LibraryLesson>) -> Section {
    let mut s = Section::new("lessons", "What we learned");
    let items: Vec<String> = learning::library(p, others)
        .into_iter()
        .filter(|l| period.contains(l.date))
        .map(|l| {
            let tags = if l.tags.is_empty() { String::new() } else { format!(" ({})", l.tags.join(", ")) };
            format!("{}{} – {}", l.text.trim(), tags, l.source)
        })
        .collect();
    if items.is_empty() {
        s.push(Block::Paragraph("No lessons were recorded in this period.".into()));
    } else {
        s.push(Block::List(items));
    }
    s
}

fn funding(p: &Partnership, today: NaiveDate) -> Section {
    let mut s = Section::new("funding", "Funding position");
    let sources = &p.sustainability.funding;
    if sources.is_empty() {
        s.push(Block::Paragraph("No funding sources are recorded.".into()));
        return s;
    }
    let totals = sus::totals_by_currency(sources, today);
    if totals.len() > 1 {
        s.push(Block::Paragraph("Amounts in different currencies are shown separately and never added together.".into()));
    }
    s.push(Block::Table(Table {
        caption: "Funding not yet ended, by currency".into(),
        headers: vec!["Currency".into(), "Confirmed".into(), "Hoped for".into()],
        rows: totals
            .iter()
            .map(|t| vec![t.currency.clone(), format_money(t.confirmed, &t.currency), format_money(t.hoped_for, &t.currency)])
            .collect(),
    }));
    for c in sus::concentration(sources, today) {
        let text = format!(
            "{}: the largest funder, {}, provides {} of confirmed funding. Herfindahl index {} of 10,000: {}. {}",
            c.currency,
            c.largest_funder,
            c.largest_share_percent(),
            grouped(c.hhi.into()),
            c.reading.label().to_lowercase(),
            c.reading.explanation()
        );
        s.push(if c.reading == sus::Reading::Diversified { Block::Paragraph(text) } else { Block::Warning(text) });
    }
    let ending = sus::ending_within(sources, today, 6);
    if !ending.is_empty() {
        s.push(Block::Subheading("Ending within six months".into()));
        s.push(Block::List(
            ending
                .iter()
                .map(|f| format!("{}: {} ends {}", f.funder, f.amount, f.end.map(human_date).unwrap_or_default()))
                .collect(),
        ));
    }
    s.push(Block::Table(Table {
        caption: "Funding sources".into(),
        headers: ["Funder", "Amount", "Period", "Restricted", "Status"].map(String::from).to_vec(),
        rows: sources
            .iter()
            .map(|f| {
                let period = match (f.start, f.end) {
                    (Some(a), Some(b)) => format!("{} – {}", human_date(a), human_date(b)),
                    (Some(a), None) => format!("from {}", human_date(a)),
                    (None, Some(b)) => format!("until {}", human_date(b)),
                    (None, None) => "not dated".into(),
                };
                let restricted = if f.restricted { "Restricted" } else { "Unrestricted" };
                vec![f.funder.clone(), f.amount.to_string(), period, restricted.into(), f.status.label().into()]
            })
            .collect(),
    }));
    for t in &totals {
        let r = sus::runway(sources, &t.currency, today, 18);
        if r.months.iter().all(|m| m.confirmed == 0 && m.hoped_for == 0) {
            continue;
        }
        s.push(Block::Chart(runway_chart(&r)));
    }
    s
}

/// The runway as a chart block: the SVG, its description, and the numbers as a table.
pub fn runway_chart(r: &sus::Runway) -> Chart {
    Chart {
        svg: r.svg(),
        alt: r.describe(),
        table: Some(Table {
            caption: format!("Runway in {} by month", r.currency),
            headers: vec!["Month".into(), "Confirmed".into(), "Hoped for".into()],
            rows: r
                .months
                .iter()
                .map(|m| {
                    vec![
                        m.month.format("%b %Y").to_string(),
                        format_amount(m.confirmed, &r.currency),
                        format_amount(m.hoped_for, &r.currency),
                    ]
                })
                .collect(),
        }),
    }
}

fn sustainability(p: &Partnership) -> Section {
    let mut s = Section::new("sustainability", "Building to last");
    let sus = &p.sustainability;
    if sus.capacity.is_empty() && sus.engagement.is_empty() {
        s.push(Block::Paragraph("No local capacity or engagement mechanisms are recorded yet.".into()));
        return s;
    }
    if !sus.capacity.is_empty() {
        s.push(Block::Subheading("Local capacity".into()));
        s.push(Block::List(
            sus.capacity
                .iter()
                .map(|c| {
                    let people = c.people.map(|n| format!(" ({n} people)")).unwrap_or_default();
                    let state = if c.done { "Done" } else { "In progress" };
                    format!("{} – {}{}: {}", c.area.label(), c.what.trim(), people, state)
                })
                .collect(),
        ));
    }
    if !sus.engagement.is_empty() {
        s.push(Block::Subheading("Engagement that continues".into()));
        s.push(Block::List(
            sus.engagement
                .iter()
                .map(|e| {
                    let after = if e.continues_after_funding { "continues after funding ends" } else { "ends with the funding" };
                    let how = if e.how.trim().is_empty() { String::new() } else { format!(": {}", e.how.trim()) };
                    format!("{}{} ({})", e.name.trim(), how, after)
                })
                .collect(),
        ));
    }
    s
}

fn communication_plan(p: &Partnership, audience: ReportAudience) -> Section {
    let mut s = Section::new("communication", "How we keep you informed");
    let plan: Vec<_> = stories::plan_in_order(&p.communication.plan)
        .into_iter()
        .filter(|m| !m.done && (audience == ReportAudience::Partners || m.audience == audience.plan_audience()))
        .collect();
    if plan.is_empty() {
        s.push(Block::Paragraph("No regular communication is planned for this audience yet.".into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: "Planned communication".into(),
        headers: ["Audience", "Message", "Channel", "How often", "Next", "From"].map(String::from).to_vec(),
        rows: plan
            .into_iter()
            .map(|m| {
                vec![
                    m.audience.label().into(),
                    m.message.clone(),
                    m.channel.clone(),
                    m.frequency.label().into(),
                    m.next_due.map(human_date).unwrap_or_default(),
                    m.owner.map(|o| p.partner_name(o)).unwrap_or_default(),
                ]
            })
            .collect(),
    }));
    s
}

fn next_steps(p: &Partnership, today: NaiveDate) -> Section {
    let mut s = Section::new("next-steps", "Next steps");
    let mut items: Vec<String> = learning::next_milestones(&p.learning.milestones, today, 5)
        .into_iter()
        .map(|m| format!("{}: {}", human_date(m.date), m.what.trim()))
        .collect();
    items.extend(learning::open_actions(p).into_iter().map(|(_, a)| {
        let owner = a.owner.map(|o| format!(" ({})", p.partner_name(o))).unwrap_or_default();
        let due = a.due.map(|d| format!(", due {}", human_date(d))).unwrap_or_default();
        format!("{}{}{}", a.what.trim(), owner, due)
    }));
    if items.is_empty() {
        s.push(Block::Paragraph("No upcoming milestones or open actions are recorded.".into()));
    } else {
        s.push(Block::List(items));
    }
    s
}

/// Escapes text for Markdown: every character that could start markup is backslash-escaped
/// (CommonMark lets any ASCII punctuation be escaped), line breaks become spaces so user text
/// cannot start a heading, list or code block, and `<` is escaped so HTML is shown as text.
pub fn escape_md(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for ch in flat.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '{' | '}') {
            out.push('\\');
        }
        out.push(ch);
    }
    // At the start of a block these also begin markup: list items, setext underlines, and
    // ordered lists ("1." or "1)").
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some(pos) = out.find(|c: char| !c.is_ascii_digit()) {
        if pos > 0 && out[pos..].starts_with(['.', ')']) {
            out.insert(pos, '\\');
        }
    }
    out
}

/// The report as Markdown. Charts become their text alternative and data table.
pub fn to_markdown(r: &Report) -> String {
    let mut out = format!("# {}\n\n{}\n", escape_md(&r.title), escape_md(&r.subtitle));
    for s in &r.sections {
        out.push_str(&format!("\n## {}\n", escape_md(&s.title)));
        for b in &s.blocks {
            out.push('\n');
            match b {
                Block::Paragraph(t) => out.push_str(&format!("{}\n", escape_md(t))),
                Block::Warning(t) => out.push_str(&format!("**Warning:** {}\n", escape_md(t))),
                Block::Subheading(t) => out.push_str(&format!("### {}\n", escape_md(t))),
                Block::List(items) => {
                    for i in items {
                        out.push_str(&format!("- {}\n", escape_md(i)));
                    }
                }
                Block::Quote { text, attribution } => {
                    out.push_str(&format!("> “{}”\n>\n> — {}\n", escape_md(text), escape_md(attribution)))
                }
                Block::Table(t) => out.push_str(&md_table(t)),
                Block::Chart(c) => {
                    out.push_str(&format!("*Chart: {}*\n", escape_md(&c.alt)));
                    if let Some(t) = &c.table {
                        out.push('\n');
                        out.push_str(&md_table(t));
                    }
                }
            }
        }
    }
    out
}

fn md_table(t: &Table) -> String {
    let row = |cells: &[String]| format!("| {} |\n", cells.iter().map(|c| escape_md(c)).collect::<Vec<_>>().join(" | "));
    let mut out = format!("*{}*\n\n", escape_md(&t.caption));
    out.push_str(&row(&t.headers));
    out.push_str(&format!("|{}\n", "---|".repeat(t.headers.len())));
    for r in &t.rows {
        out.push_str(&row(r));
    }
    out
}

/// The report's own styles, used both in the standalone file and in the app's preview
/// (every rule is under `.report`), with print rules: page breaks, no split tables.
pub const REPORT_CSS: &str = r#"
.report { font-family: Georgia, "Times New Roman", serif; color: #1d2321; line-height: 1.55; max-width: 52rem; margin: 0 auto; font-size: 1.1rem; }
.report .report-title, .report .report-section-title, .report .report-subheading { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.2; color: #0b5d4b; }
.report .report-title { font-size: 2.2rem; margin: 0 0 .25rem; }
.report .report-section-title { font-size: 1.6rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #0b5d4b; padding-bottom: .25rem; }
.report .report-subheading { font-size: 1.25rem; margin: 1.25rem 0 .5rem; }
.report .report-subtitle { color: #4d5753; font-size: 1.15rem; margin: 0 0 1.5rem; }
.report table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: 1rem; }
.report caption { text-align: left; font-weight: 600; padding: .25rem 0; color: #4d5753; }
.report th, .report td { border: 1px solid #c9cfcb; padding: .4rem .6rem; text-align: left; vertical-align: top; }
.report th { background: #e6f2ee; }
.report blockquote { margin: .75rem 0 1.25rem; padding: .5rem 1rem; border-left: 5px solid #8a5a00; background: #fbf6ec; font-size: 1.2rem; }
.report blockquote p { margin: 0; }
.report blockquote footer { font-size: 1rem; color: #4d5753; margin-top: .35rem; }
.report .warning { border: 2px solid #b7791f; background: #fff4d6; padding: .6rem .9rem; border-radius: 6px; }
.report figure { margin: 1rem 0; }
.report figure svg { max-width: 100%; height: auto; display: block; }
.report figcaption { color: #4d5753; font-size: 1rem; }
.report details summary { cursor: pointer; color: #0b5d4b; }
@media print {
  .report { font-size: 11pt; max-width: none; }
  .report .report-section-title, .report .report-subheading { break-after: avoid; page-break-after: avoid; }
  .report table, .report figure, .report blockquote, .report .warning { break-inside: avoid; page-break-inside: avoid; }
  .report section.report-funding { break-before: page; page-break-before: always; }
  .report details > *:not(summary) { display: block; }
}
"#;

/// The report's body as HTML, headings starting at `<h{top}>`. Every user string is
/// escaped; chart SVG comes from the model's own generators, which escape their text.
pub fn to_html_article(r: &Report, top: u8) -> String {
    article(r, top, None)
}

/// Rows of each chart's table the app's preview shows (the most recent).
pub const PREVIEW_ROWS: usize = 12;

/// [`to_html_article`] as the app previews it: each chart's table shows its last
/// [`PREVIEW_ROWS`] rows and says how many more the exported report has. At the large size
/// the tables were 20,000 rows and most of the preview's 3.9 MB of HTML.
pub fn preview_html(r: &Report, top: u8) -> String {
    article(r, top, Some(PREVIEW_ROWS))
}

/// The article; `rows` caps each chart's table at its last rows.
fn article(r: &Report, top: u8, rows: Option<usize>) -> String {
    let (h1, h2, h3) = (top, top + 1, top + 2);
    let e = escape_xml;
    let mut out = format!(
        "<article class=\"report\"><header><h{h1} class=\"report-title\">{}</h{h1}><p class=\"report-subtitle\">{}</p></header>",
        e(&r.title),
        e(&r.subtitle)
    );
    for s in &r.sections {
        let id = format!("report-{}", e(&s.id));
        out.push_str(&format!(
            "<section class=\"{id}\" aria-labelledby=\"{id}\"><h{h2} id=\"{id}\" class=\"report-section-title\">{}</h{h2}>",
            e(&s.title)
        ));
        for b in &s.blocks {
            match b {
                Block::Paragraph(t) => out.push_str(&format!("<p>{}</p>", e(t))),
                Block::Warning(t) => out.push_str(&format!("<p class=\"warning\"><strong>Warning:</strong> {}</p>", e(t))),
                Block::Subheading(t) => out.push_str(&format!("<h{h3} class=\"report-subheading\">{}</h{h3}>", e(t))),
                Block::List(items) => {
                    out.push_str("<ul>");
                    for i in items {
                        out.push_str(&format!("<li>{}</li>", e(i)));
                    }
                    out.push_str("</ul>");
                }
                Block::Quote { text, attribution } => out.push_str(&format!(
                    "<blockquote><p>“{}”</p><footer>— {}</footer></blockquote>",
                    e(text),
                    e(attribution)
                )),
                Block::Table(t) => out.push_str(&html_table(t, None)),
                Block::Chart(c) => {
                    out.push_str(&format!("<figure>{}<figcaption>{}</figcaption>", c.svg, e(&c.alt)));
                    if let Some(t) = &c.table {
                        out.push_str(&format!("<details><summary>The numbers behind the chart</summary>{}</details>", html_table(t, rows)));
                    }
                    out.push_str("</figure>");
                }
            }
        }
        out.push_str("</section>");
    }
    out.push_str("</article>");
    out
}

/// `last`: only the last rows, with a closing row saying how many more the export has.
fn html_table(t: &Table, last: Option<usize>) -> String {
    let e = escape_xml;
    let left_out = last.map_or(0, |n| t.rows.len().saturating_sub(n));
    let mut out = format!("<table><caption>{}</caption><thead><tr>", e(&t.caption));
    for h in &t.headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", e(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows[left_out..] {
        out.push_str("<tr>");
        for c in row {
            out.push_str(&format!("<td>{}</td>", e(c)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    if left_out > 0 {
        out.push_str(&format!(
            "<tfoot><tr><td colspan=\"{}\">The {left_out} earlier rows are in the exported report.</td></tr></tfoot>",
            t.headers.len().max(1)
        ));
    }
    out.push_str("</table>");
    out
}

/// One standalone HTML file: inline styles, inline SVG, no script, no external request.
pub fn to_html(r: &Report, generated: DateTime<Utc>) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <title>{title}</title>\n<style>\nbody {{ margin: 0; padding: 2rem 1.5rem; background: #fff; }}\n\
         @page {{ size: A4; margin: 18mm; }}\n{css}</style>\n</head>\n<body>\n<main>\n{article}\n\
         <p class=\"report-generated\" style=\"color:#4d5753;font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto 0\">Made with Common Ground on {date}.</p>\n\
         </main>\n</body>\n</html>\n",
        title = escape_xml(&r.title),
        css = REPORT_CSS,
        article = to_html_article(r, 1),
        date = human_date(generated.date_naive()),
    )
}

/// "riverside-food-security-partnership-2026-11-27-report.html"
pub fn file_name(p: &Partnership, now: DateTime<Utc>, extension: &str) -> String {
    let base = super::file::file_name(p, now);
    format!("{}-report.{extension}", base.trim_end_matches(".json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::learning::{Lesson, Milestone};
    use crate::model::stories::Story;
    use crate::model::money::Money;
    use crate::model::sustainability::FundingSource;
    use crate::model::time::{at, date};

    fn now() -> DateTime<Utc> {
        at("2026-11-27T09:00:00Z")
    }

    fn opts(audience: ReportAudience) -> ReportOptions {
        ReportOptions { period: Period::last_months(date("2026-11-27"), 12), audience }
    }

    fn sample_report(audience: ReportAudience) -> Report {
        let p = crate::model::sample::sample(now());
        build(&p, opts(audience), date("2026-11-27"), vec![])
    }

    fn section<'a>(r: &'a Report, id: &str) -> Option<&'a Section> {
        r.sections.iter().find(|s| s.id == id)
    }

    #[test]
    fn the_period_includes_both_ends() {
        let p = Period::last_months(date("2026-11-27"), 12);
        assert_eq!(p.from, date("2025-11-28"));
        assert!(p.contains(date("2025-11-28")) && p.contains(date("2026-11-27")));
        assert!(!p.contains(date("2025-11-27")) && !p.contains(date("2026-11-28")));
        assert_eq!(Period::new(date("2026-02-01"), date("2026-01-01")).from, date("2026-01-01"));
    }

    #[test]
    fn only_stories_with_consent_and_in_the_period_are_reported() {
        let mut p = Partnership::new("X", now());
        for (title, consent, day) in [("Shared", true, "2026-06-01"), ("Private", false, "2026-06-01"), ("Old", true, "2024-01-01")] {
            let mut s = Story::new(title, now());
            s.consent = consent;
            s.date = Some(date(day));
            s.what_changed = "Something".into();
            p.communication.stories.push(s);
        }
        let r = build(&p, opts(ReportAudience::Community), date("2026-11-27"), vec![]);
        let md = to_markdown(&r);
        let html = to_html(&r, now());
        assert!(md.contains("Shared") && html.contains("Shared"));
        assert!(!md.contains("Private") && !html.contains("Private"), "no consent, never in a report");
        assert!(!md.contains("Old"), "outside the period");
    }

    #[test]
    fn milestones_and_lessons_are_filtered_by_period() {
        let mut p = Partnership::new("X", now());
        let mut inside = Milestone::new("Inside", date("2026-05-01"), now());
        inside.celebrate("Picnic", now());
        let mut outside = Milestone::new("Outside", date("2025-01-01"), now());
        outside.reached = true;
        let unreached = Milestone::new("Unreached", date("2026-05-02"), now());
        p.learning.milestones = vec![inside, outside, unreached];
        let mut lesson = Lesson::new("Old lesson", vec![], now());
        lesson.date = Some(date("2024-01-01"));
        p.learning.lessons.push(lesson);
        p.learning.lessons.push(Lesson::new("New lesson", vec!["risk".into()], now()));
        let r = build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![]);
        let md = to_markdown(&r);
        assert!(md.contains("| Inside | Yes: Picnic |"));
        assert!(!md.contains("Outside") && !md.contains("| Unreached"));
        assert!(md.contains("New lesson (risk)") && !md.contains("Old lesson"));
        assert!(md.contains("1 milestone reached (1 celebrated)"));
    }

    #[test]
    fn funding_is_shown_to_funders_and_partners_only() {
        assert!(section(&sample_report(ReportAudience::Funders), "funding").is_some());
        assert!(section(&sample_report(ReportAudience::Partners), "funding").is_some());
        let community = sample_report(ReportAudience::Community);
        assert!(section(&community, "funding").is_none());
        assert!(!to_markdown(&community).contains("EUR"));
    }

    #[test]
    fn the_sample_report_shows_every_section() {
        let r = sample_report(ReportAudience::Funders);
        let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["summary", "goals", "outcomes", "outputs", "milestones", "stories", "community", "lessons", "funding", "sustainability", "communication", "next-steps"]
        );
        let html = to_html(&r, now());
        assert!(html.contains("<svg") && html.contains("Runway (EUR)"));
        assert!(html.contains("Warning:"), "the sample depends on one funder");
        assert!(html.contains("Quarterly progress report"), "the funders' communication plan");
        assert!(!html.contains("What we heard and what we did"), "the community's plan is not in the funders' report");
        for s in &r.sections {
            assert!(!s.blocks.is_empty(), "{} has content", s.id);
        }
    }

    #[test]
    fn currencies_stay_apart_in_the_report() {
        let mut p = Partnership::new("X", now());
        p.sustainability.funding.push(FundingSource::new("A", Money::new(10_000, "EUR"), now()));
        p.sustainability.funding.push(FundingSource::new("B", Money::new(5_000, "USD"), now()));
        let md = to_markdown(&build(&p, opts(ReportAudience::Funders), date("2026-11-27"), vec![]));
        assert!(md.contains("never added together"));
        assert!(md.contains("| EUR | EUR 100.00 | EUR 0.00 |"));
        assert!(md.contains("| USD | USD 50.00 | USD 0.00 |"));
    }

    fn hostile_partnership() -> Partnership {
        let mut p = Partnership::new("<script>alert('p')</script> & Co", now());
        let mut s = Story::new("<script>alert(1)</script>", now());
        s.consent = true;
        s.date = Some(date("2026-06-01"));
        s.who = "# Not a heading".into();
        s.what_changed = "*bold* _it_ [link](javascript:alert(1)) `code` | pipe\n# heading\n- item".into();
        s.quote = "</blockquote><img src=x onerror=alert(2)>".into();
        p.communication.stories.push(s);
        let mut m = Milestone::new("1. Not a list | cell", date("2026-06-02"), now());
        m.reached = true;
        p.learning.milestones.push(m);
        p
    }

    #[test]
    fn html_escapes_user_text() {
        let p = hostile_partnership();
        let html = to_html(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![]), now());
        assert!(!html.contains("<script"), "no script element, ever");
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;/blockquote&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assert!(html.contains("<title>&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt; &amp; Co: progress report</title>"));
    }

    #[test]
    fn markdown_escapes_control_characters_in_user_text() {
        let p = hostile_partnership();
        let md = to_markdown(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![]));
        assert!(md.contains("### \\<script\\>alert(1)\\</script\\>"));
        let bare_angle = md.char_indices().any(|(i, c)| c == '<' && !md[..i].ends_with('\\'));
        assert!(!bare_angle, "every < in user text is escaped, so no HTML tag survives");
        assert!(md.contains("\\*bold\\* \\_it\\_ \\[link\\](javascript:alert(1)) \\`code\\` \\| pipe \\# heading - item"));
        assert!(md.contains("| 1\\. Not a list \\| cell |"), "pipes cannot break a table row");
        assert!(md.contains("— \\# Not a heading"));
        assert!(!md.lines().any(|l| l.starts_with("# heading") || l.starts_with("- item")), "user line breaks cannot start blocks");
    }

    #[test]
    fn markdown_escaping_guards_block_starts() {
        assert_eq!(escape_md("- not a list"), "\\- not a list");
        assert_eq!(escape_md("+1 vote"), "\\+1 vote");
        assert_eq!(escape_md("2024. A year"), "2024\\. A year");
        assert_eq!(escape_md("3) three"), "3\\) three");
        assert_eq!(escape_md("10 people"), "10 people");
        assert_eq!(escape_md("a\\b & c"), "a\\\\b \\& c");
        assert_eq!(escape_md("  spaced\n\n   out  "), "spaced out");
    }

    /// The preview shows each chart's last rows and says how many more the export has; the
    /// export and the article keep every row.
    #[test]
    fn the_preview_shows_the_last_rows_of_long_tables() {
        use crate::model::generate::{partnership_of, SIZES};
        let p = partnership_of(SIZES.divided(10), 2, now());
        let today = now().date_naive();
        let opts = ReportOptions { period: Period::last_months(today, 12), audience: ReportAudience::Funders };
        let r = build(&p, opts, today, Vec::new());
        let tables: Vec<&Table> = r.sections.iter().flat_map(|s| &s.blocks).filter_map(|b| match b {
            Block::Chart(c) => c.table.as_ref(),
            _ => None,
        }).collect();
        let long = tables.iter().filter(|t| t.rows.len() > PREVIEW_ROWS).count();
        // Tables of their own (not behind a chart) are shown whole.
        let other: usize = r.sections.iter().flat_map(|s| &s.blocks).map(|b| match b {
            Block::Table(t) => t.rows.len(),
            _ => 0,
        }).sum();
        assert!(long > 5, "the generated partnership has long tables ({long})");
        let rows = |html: &str| html.matches("<tr><td>").count();
        let all: usize = tables.iter().map(|t| t.rows.len()).sum();
        let shown: usize = tables.iter().map(|t| t.rows.len().min(PREVIEW_ROWS)).sum();
        let preview = preview_html(&r, 2);
        assert_eq!(rows(&preview), shown + other, "the last rows of each chart's table");
        assert_eq!(preview.matches("earlier rows are in the exported report.").count(), long);
        let t = tables.iter().find(|t| t.rows.len() > PREVIEW_ROWS).unwrap();
        let last = &t.rows[t.rows.len() - 1][0];
        let first = &t.rows[0][0];
        assert!(preview.contains(&format!("The {} earlier rows", t.rows.len() - PREVIEW_ROWS)));
        assert!(preview.contains(&format!("<td>{last}</td>")), "the latest reading is shown");
        assert!(preview.len() < to_html_article(&r, 2).len());
        assert_eq!(rows(&to_html_article(&r, 2)), all + other);
        assert_eq!(rows(&to_html(&r, now())), all + other);
        assert!(to_html(&r, now()).contains(&format!("<td>{first}</td>")));
    }

    #[test]
    fn the_standalone_html_has_no_script_and_inline_styles() {
        let html = to_html(&sample_report(ReportAudience::Funders), now());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.to_lowercase().contains("<script"));
        assert!(html.contains("<style>") && html.contains("@media print"));
        assert!(!html.contains("<link") && !html.contains("src=\"http"), "nothing to fetch");
        assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }

    #[test]
    fn the_html_article_nests_headings_under_the_page() {
        let r = sample_report(ReportAudience::Partners);
        let article = to_html_article(&r, 2);
        assert!(article.contains("<h2 class=\"report-title\">") && article.contains("<h3 id=\"report-summary\" class=\"report-section-title\">"));
        assert!(!article.contains("<h1"));
    }

    #[test]
    fn report_files_are_named_after_the_partnership() {
        let p = crate::model::sample::sample(now());
        assert_eq!(file_name(&p, now(), "md"), "riverside-food-security-partnership-2026-11-27-report.md");
    }

    #[test]
    fn lessons_from_other_tools_appear_in_the_report() {
        let p = Partnership::new("X", now());
        let other = LibraryLesson {
            text: "Stopped the SMS pilot".into(),
            tags: vec!["experiments".into()],
            date: date("2026-10-01"),
            source: "Experiment: SMS reminders (stopped)".into(),
            lesson_id: None,
        };
        let md = to_markdown(&build(&p, opts(ReportAudience::Partners), date("2026-11-27"), vec![other]));
        assert!(md.contains("Stopped the SMS pilot (experiments) – Experiment: SMS reminders (stopped)"));
    }
}
