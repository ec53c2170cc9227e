//! The "you said, we did" sheet: each thing the community said, activity by activity, with
//! what the partnership did about it, dated, to print and hand back to the people who spoke.
//! Whatever is still open says so: the sheet must not hide what is unanswered.
use chrono::NaiveDate;

use super::Sheet;
use crate::i18n::tr;
use crate::model::community::{response_rate, you_said_we_did, ResponseStatus, SaidDid};
use crate::model::Partnership;

pub(super) fn sheet(s: &mut Sheet, p: &Partnership, today: NaiveDate) {
    let w = s.w;
    s.text("p", "doc-note", &w.date(today));
    s.msg("p", "doc-lead", tr::print::SAID_LEAD);
    let rate = response_rate(&p.community);
    let counts = tr::print::said_counts(w, rate.inputs as i64, &w.integer(rate.acted_on as i128), &w.integer(rate.unanswered() as i128));
    s.text("p", "doc-note strong", &counts);
    let rows = you_said_we_did(&p.community);
    if rows.is_empty() {
        return s.msg("p", "doc-note", tr::print::SAID_EMPTY);
    }
    let mut open: Option<(&str, Option<NaiveDate>)> = None;
    for r in &rows {
        if open != Some((&r.activity, r.date)) {
            if open.is_some() {
                s.raw("</tbody></table></section>");
            }
            open = Some((&r.activity, r.date));
            s.raw("<section class=\"doc-block said-group\">");
            let heading = match r.date {
                Some(d) => tr::print::activity_on(w, &r.activity, &w.date(d)),
                None => r.activity.clone(),
            };
            s.text("h2", "", &heading);
            s.raw("<table class=\"said-table\"><thead><tr>");
            s.msg("th", "", tr::print::YOU_SAID);
            s.msg("th", "", tr::print::WE_DID);
            s.raw("</tr></thead><tbody>");
        }
        row(s, r);
    }
    s.raw("</tbody></table></section>");
}

fn row(s: &mut Sheet, r: &SaidDid) {
    let w = s.w;
    s.raw("<tr class=\"keep\"><td>");
    s.text("p", "", &r.said);
    if !r.quote.trim().is_empty() {
        s.text("blockquote", "", &tr::print::quote(w, &r.quote));
    }
    s.raw("</td><td><p>");
    s.msg("span", &format!("status status-{}", r.status.key()), r.status.label_key());
    s.raw(" ");
    if r.status == ResponseStatus::Open && r.did.trim().is_empty() {
        s.msg("span", "", tr::print::NOT_DECIDED);
    } else {
        s.text("span", "", &r.did);
    }
    s.raw("</p>");
    if !r.reason.trim().is_empty() {
        s.text("p", "reason", &tr::print::why_not(w, &r.reason));
    }
    s.raw("</td></tr>");
}
