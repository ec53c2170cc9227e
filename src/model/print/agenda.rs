//! The session agenda on one page: each exercise with when it starts, its minutes, what it
//! is for and what to prepare, then the total against the session's length.
use super::Sheet;
use crate::i18n::{tr, Words};
use crate::model::guides::agenda::{clock, Agenda, Fit};

pub(super) fn sheet(s: &mut Sheet, a: &Agenda) {
    let w = s.w;
    s.text("p", "doc-note strong", &tr::print::agenda_session(w, a.minutes.into()));
    if a.items.is_empty() {
        return s.msg("p", "doc-note", tr::print::AGENDA_EMPTY);
    }
    s.raw("<table class=\"agenda-table\"><thead><tr>");
    for k in [tr::print::AGENDA_STARTS, tr::print::AGENDA_EXERCISE, tr::print::AGENDA_MINUTES] {
        s.msg("th", "", k);
    }
    s.raw("</tr></thead><tbody>");
    for (item, start) in a.items.iter().zip(a.starts()) {
        let g = item.guide;
        s.raw("<tr class=\"keep\">");
        s.text("td", "agenda-start", &clock(start));
        s.raw("<td>");
        s.msg("p", "strong", g.title);
        s.msg("p", "doc-note", g.purpose);
        s.text("p", "agenda-prepare", &tr::facilitation::prepare(w, w.get(g.prepare)));
        s.raw("</td>");
        s.text("td", "agenda-minutes", &w.integer(item.minutes.into()));
        s.raw("</tr>");
    }
    s.raw("</tbody><tfoot><tr><td></td>");
    s.msg("th", "", tr::print::AGENDA_TOTAL);
    s.text("td", "agenda-minutes", &w.integer(a.total().into()));
    s.raw("</tr></tfoot></table>");
    s.text("p", "doc-note", &say_fit(a.fit(), w));
}

/// How the exercises fit the session, in words: on the agenda page and on the sheet.
pub fn say_fit(fit: Fit, w: &Words) -> String {
    match fit {
        Fit::Exact => w.get(tr::agenda::FITS).to_string(),
        Fit::Spare(n) => tr::agenda::spare(w, n.into()),
        Fit::Over(n) => tr::agenda::over(w, n.into()),
    }
}
