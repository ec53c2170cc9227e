//! The report rendered: one Markdown and one HTML renderer for any [`Report`], escaping every
//! user-written string (chart SVG comes from the model's own generators, which escape theirs).
//! The renderers' own words (Warning, Chart…) come from the same `Words` the report was built
//! with, so a report is in one language from title to footer.
use chrono::{DateTime, Utc};

use super::{Block, Report, Table};
use crate::i18n::{tr, Words};
use crate::model::text::escape_xml;

/// Escapes text for Markdown: every character that could start markup is backslash-escaped
/// (CommonMark lets any ASCII punctuation be escaped), line breaks become spaces so user text
/// cannot start a heading, list or code block, and `<` is escaped so HTML is shown as text.
pub fn escape_md(text: &str) -> String {
    // No-break spaces stay: French and Spanish put them before `:` and between a number and
    // its currency.
    let breaking = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    let flat = text.split(breaking).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
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
pub fn to_markdown(r: &Report, w: &Words) -> String {
    let mut out = format!("# {}\n\n{}\n", escape_md(&r.title), escape_md(&r.subtitle));
    for s in &r.sections {
        out.push_str(&format!("\n## {}\n", escape_md(&s.title)));
        for b in &s.blocks {
            out.push('\n');
            match b {
                Block::Paragraph(t) => out.push_str(&format!("{}\n", escape_md(t))),
                Block::Warning(t) => out.push_str(&format!("**{}** {}\n", escape_md(w.get(tr::report::WARNING)), escape_md(t))),
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
                    out.push_str(&format!("*{}*\n", escape_md(&tr::report::chart(w, &c.alt))));
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
pub fn to_html_article(r: &Report, top: u8, w: &Words) -> String {
    article(r, top, None, w)
}

/// Rows of each chart's table the app's preview shows (the most recent).
pub const PREVIEW_ROWS: usize = 12;

/// [`to_html_article`] as the app previews it: each chart's table shows its last
/// [`PREVIEW_ROWS`] rows and says how many more the exported report has: at the large size
/// the full tables were most of the preview's HTML.
pub fn preview_html(r: &Report, top: u8, w: &Words) -> String {
    article(r, top, Some(PREVIEW_ROWS), w)
}

/// The article; `rows` caps each chart's table at its last rows.
fn article(r: &Report, top: u8, rows: Option<usize>, w: &Words) -> String {
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
                Block::Warning(t) => {
                    out.push_str(&format!("<p class=\"warning\"><strong>{}</strong> {}</p>", e(w.get(tr::report::WARNING)), e(t)))
                }
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
                Block::Table(t) => out.push_str(&html_table(t, None, w)),
                Block::Chart(c) => {
                    out.push_str(&format!("<figure>{}<figcaption>{}</figcaption>", c.svg, e(&c.alt)));
                    if let Some(t) = &c.table {
                        out.push_str(&format!(
                            "<details><summary>{}</summary>{}</details>",
                            e(w.get(tr::report::BEHIND_CHART)),
                            html_table(t, rows, w)
                        ));
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
fn html_table(t: &Table, last: Option<usize>, w: &Words) -> String {
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
            "<tfoot><tr><td colspan=\"{}\">{}</td></tr></tfoot>",
            t.headers.len().max(1),
            e(&tr::report::earlier_rows(w, left_out as i64))
        ));
    }
    out.push_str("</table>");
    out
}

/// One standalone HTML file: inline styles, inline SVG, no script, no external request.
pub fn to_html(r: &Report, generated: DateTime<Utc>, w: &Words) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <title>{title}</title>\n<style>\nbody {{ margin: 0; padding: 2rem 1.5rem; background: #fff; }}\n\
         @page {{ size: A4; margin: 18mm; }}\n{css}</style>\n</head>\n<body>\n<main>\n{article}\n\
         <p class=\"report-generated\" style=\"color:#4d5753;font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto 0\">{made}</p>\n\
         </main>\n</body>\n</html>\n",
        title = escape_xml(&r.title),
        css = REPORT_CSS,
        article = to_html_article(r, 1, w),
        made = escape_xml(&tr::report::made_with(w, &w.date(generated.date_naive()))),
        lang = r.lang.code(),
    )
}
