//! A round's results as markup: a summary sentence, a bar chart of the average per practice
//! (with the spread between partners, or between answers in an anonymous round, and the
//! previous round's average), and the same numbers as a table. Written here as one string,
//! escaped and tested natively, and drawn by the health screen as one piece of markup (a view
//! per row and per number would cost the bundle its own reactive code). Averages always show
//! one decimal (3.0, not 3), so that a column of them lines up and reads as the average it is.
use std::fmt::Write as _;

use super::{Comparison, MAX_SCORE};
use crate::i18n::{tr, Words};
use crate::model::text::escape_xml as esc;

// Each row stacks, top to bottom: this round's average, the previous round's (thin, grey)
// and the spread between partners (a whisker), so no mark is drawn over another.
const WIDTH: f64 = 980.0;
const LABEL_W: f64 = 290.0;
const BAR_W: f64 = 440.0;
const ROW_H: f64 = 62.0;
const TOP: f64 = 34.0;

fn x_of(score: f64) -> f64 {
    LABEL_W + score / f64::from(MAX_SCORE) * BAR_W
}

/// A change between rounds with its sign: +0.5, -1.2 (or -1,2), 0.0.
fn signed(w: &Words, change: f64) -> String {
    let n = w.fixed(change, 1);
    if change > 0.0 && n.bytes().any(|b| (b'1'..=b'9').contains(&b)) { format!("+{n}") } else { n }
}

/// An average, with its one decimal: 3.0, 2,5.
fn avg(w: &Words, a: f64) -> String {
    w.fixed(a, 1)
}

/// The results of a round in `w`'s language: the card with its summary, chart and table, or
/// a hint when nothing was rated yet.
pub fn results_html(cmp: &Comparison, w: &Words) -> String {
    let Some(overall) = cmp.overall() else {
        return format!("<p class=\"hint results-empty\">{}</p>", esc(w.get(tr::health::NO_RATINGS_IN_ROUND)));
    };
    let mut s = format!(
        "<section class=\"card health-results\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\">{}</h2>",
        esc(w.get(tr::health::RESULTS))
    );
    summary(&mut s, cmp, overall, w);
    chart(&mut s, cmp, w);
    table(&mut s, cmp, w);
    s.push_str("</section>");
    s
}

fn summary(s: &mut String, cmp: &Comparison, overall: f64, w: &Words) {
    let _ = write!(s, "<p class=\"results-summary\">{}", esc(&tr::health::overall(w, &avg(w, overall))));
    if let Some(weak) = cmp.weakest() {
        let _ = write!(
            s,
            " <span data-testid=\"weakest\">{} <strong>{}</strong>",
            esc(w.get(tr::health::WEAKEST)),
            esc(w.get(weak.practice.label_key()))
        );
        if let Some(a) = weak.average {
            let _ = write!(s, " ({})", esc(&avg(w, a)));
        }
        s.push_str(".</span>");
    }
    s.push_str("</p>");
    let flagged: Vec<_> = cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| w.get(r.now.practice.label_key())).collect();
    if !flagged.is_empty() {
        let names = flagged.join(", ");
        let text = if cmp.anonymous { tr::health::anon::differ_talk(w, &names) } else { tr::health::disagree_talk(w, &names) };
        let _ = write!(s, "<p class=\"flag flag-warn\">{}</p>", esc(&text));
    }
}

fn chart(s: &mut String, cmp: &Comparison, w: &Words) {
    let weakest = cmp.weakest().map(|r| r.practice);
    let height = TOP + ROW_H * cmp.rows.len() as f64 + 40.0;
    let description = cmp
        .rows
        .iter()
        .filter_map(|r| r.now.average.map(|a| format!("{} {}", w.get(r.now.practice.label_key()), avg(w, a))))
        .collect::<Vec<_>>()
        .join("; ");
    let mut label = tr::health::chart_label(w, &description);
    if let Some(weak) = weakest {
        label = format!("{label} {}", tr::health::chart_weakest(w, w.get(weak.label_key())));
    }
    let label = esc(&label);
    let _ = write!(
        s,
        "<svg class=\"practice-chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{label}\" preserveAspectRatio=\"xMinYMin meet\"><title>{label}</title>"
    );
    for v in 0..=MAX_SCORE {
        let x = x_of(f64::from(v));
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"></line><text class=\"axis\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{v}</text>",
            TOP - 8.0,
            height - 34.0,
            TOP - 14.0
        );
    }
    for (i, row) in cmp.rows.iter().enumerate() {
        let y = TOP + ROW_H * i as f64;
        let (mid, whisker, r) = (y + 19.0, y + 50.0, row.now);
        let _ = write!(
            s,
            "<g class=\"chart-row{}\"><text class=\"row-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            if weakest == Some(r.practice) { " weakest" } else { "" },
            LABEL_W - 12.0,
            mid + 6.0,
            esc(w.get(r.practice.label_key()))
        );
        if let Some(a) = r.average {
            let _ = write!(
                s,
                "<rect class=\"bar\" x=\"{LABEL_W}\" y=\"{}\" width=\"{}\" height=\"26\" rx=\"3\"></rect><text class=\"value\" x=\"{}\" y=\"{}\">{}",
                y + 6.0,
                x_of(a) - LABEL_W,
                x_of(f64::from(MAX_SCORE)) + 12.0,
                mid + 6.0,
                esc(&avg(w, a))
            );
            if let Some(c) = row.change {
                let _ = write!(s, " ({})", esc(&signed(w, c)));
            }
            s.push_str("</text>");
        }
        if let Some(sp) = r.spread {
            let (lo, hi) = (x_of(sp.low), x_of(sp.high));
            let _ = write!(
                s,
                "<g class=\"spread{}\"><line x1=\"{lo}\" x2=\"{hi}\" y1=\"{whisker}\" y2=\"{whisker}\"></line><line x1=\"{lo}\" x2=\"{lo}\" y1=\"{}\" y2=\"{}\"></line><line x1=\"{hi}\" x2=\"{hi}\" y1=\"{}\" y2=\"{}\"></line></g>",
                if sp.is_disagreement() { " wide" } else { "" },
                whisker - 6.0,
                whisker + 6.0,
                whisker - 6.0,
                whisker + 6.0
            );
        }
        if let Some(b) = row.before {
            let _ = write!(
                s,
                "<rect class=\"previous\" x=\"{LABEL_W}\" y=\"{}\" width=\"{}\" height=\"7\" rx=\"2\"></rect>",
                y + 35.0,
                x_of(b) - LABEL_W
            );
        }
        if r.disagreement() {
            let _ = write!(
                s,
                "<text class=\"disagree\" x=\"{}\" y=\"{}\" text-anchor=\"end\">⚠ {}</text>",
                WIDTH - 4.0,
                mid + 6.0,
                esc(w.get(tr::health::DISAGREE))
            );
        }
        s.push_str("</g>");
    }
    let _ = write!(
        s,
        "<g class=\"legend\" transform=\"translate({LABEL_W}, {})\"><rect class=\"bar\" x=\"0\" y=\"-12\" width=\"16\" height=\"14\"></rect><text x=\"22\" y=\"0\">{}</text>",
        height - 14.0,
        esc(w.get(tr::health::LEGEND_AVERAGE))
    );
    if cmp.previous.is_some() {
        let _ = write!(
            s,
            "<rect class=\"previous\" x=\"100\" y=\"-9\" width=\"24\" height=\"7\"></rect><text x=\"130\" y=\"0\">{}</text>",
            esc(w.get(tr::health::LEGEND_PREVIOUS))
        );
    }
    let spread = if cmp.anonymous { tr::health::anon::LEGEND_SPREAD } else { tr::health::LEGEND_SPREAD };
    let _ = write!(
        s,
        "<g class=\"spread\"><line x1=\"270\" x2=\"310\" y1=\"-5\" y2=\"-5\"></line><line x1=\"270\" x2=\"270\" y1=\"-11\" y2=\"1\"></line><line x1=\"310\" x2=\"310\" y1=\"-11\" y2=\"1\"></line></g><text x=\"318\" y=\"0\">{}</text></g></svg>",
        esc(w.get(spread))
    );
}

fn table(s: &mut String, cmp: &Comparison, w: &Words) {
    let caption = esc(w.get(tr::health::TABLE_CAPTION));
    // A focusable region, so the table can be scrolled sideways from the keyboard on a phone.
    let _ = write!(
        s,
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table class=\"results-table\"><caption>{caption}</caption><thead><tr>"
    );
    let (spread, count) = if cmp.anonymous {
        (tr::health::anon::SPREAD, tr::health::anon::ANSWERS)
    } else {
        (tr::health::SPREAD, tr::health::PARTNERS)
    };
    for k in [tr::health::PRACTICE, tr::health::AVERAGE, tr::health::CHANGE, spread, count] {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(w.get(k)));
    }
    s.push_str("</tr></thead><tbody>");
    let none = || "–".to_string();
    for row in &cmp.rows {
        let r = row.now;
        let _ = write!(
            s,
            "<tr{}><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}",
            if r.disagreement() { " class=\"flagged\"" } else { "" },
            esc(w.get(r.practice.label_key())),
            esc(&r.average.map_or_else(none, |a| avg(w, a))),
            esc(&row.change.map_or_else(none, |c| signed(w, c))),
            esc(&r.spread.map_or_else(none, |sp| format!("{}–{}", w.fixed(sp.low, 1), w.fixed(sp.high, 1))))
        );
        if r.disagreement() {
            let _ = write!(s, "<span class=\"flag flag-warn\"> {}</span>", esc(w.get(tr::health::DISAGREE)));
        }
        let _ = write!(s, "</td><td>{}</td></tr>", esc(&w.integer(r.partners as i128)));
    }
    s.push_str("</tbody></table></div>");
}

#[cfg(test)]
mod tests;
