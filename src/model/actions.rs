//! Follow-through: every commitment the tools capture, in one list of who does what by when.
//! Check-in action items, resource commitments, retrospectives' "we will", the communication
//! plan and the answers promised to the community each stay where they were made; this reads
//! them into [`Action`]s, filters and sorts them, marks one done where it lives, and writes
//! them as CSV. The Actions page and the overview's overdue count stand on it.
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::community::ResponseStatus;
use super::record::{find_mut, Record};
use super::resources::CommitmentStatus;
use super::Partnership;
use crate::i18n::{tr, Key, Words};

/// The tool an action was made in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    CheckIn,
    Commitment,
    Retrospective,
    Plan,
    Community,
}

impl Source {
    pub const ALL: [Source; 5] = [Source::CheckIn, Source::Commitment, Source::Retrospective, Source::Plan, Source::Community];

    /// What the filter and the CSV say.
    pub fn label_key(self) -> Key {
        match self {
            Source::CheckIn => tr::actions::SOURCE_CHECK_IN,
            Source::Commitment => tr::actions::SOURCE_COMMITMENT,
            Source::Retrospective => tr::actions::SOURCE_RETRO,
            Source::Plan => tr::actions::SOURCE_PLAN,
            Source::Community => tr::actions::SOURCE_COMMUNITY,
        }
    }

    /// The stored form, for the filter's `<select>`.
    pub fn key(self) -> &'static str {
        match self {
            Source::CheckIn => "check_in",
            Source::Commitment => "commitment",
            Source::Retrospective => "retrospective",
            Source::Plan => "plan",
            Source::Community => "community",
        }
    }

    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One status for every kind of action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl Status {
    pub fn label_key(self) -> Key {
        match self {
            Status::Open => tr::actions::STATUS_OPEN,
            Status::InProgress => tr::actions::STATUS_IN_PROGRESS,
            Status::Done => tr::actions::STATUS_DONE,
            Status::Dropped => tr::actions::STATUS_DROPPED,
        }
    }

    /// Still owed: open or under way.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Open | Status::InProgress)
    }
}

/// A commitment, wherever it was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    /// The record's own id (an action item, a commitment, a plan line, a response…).
    pub id: Uuid,
    /// The meeting or retrospective that holds it, for those kept inside one.
    pub parent: Option<Uuid>,
    pub source: Source,
    /// What is to be done, in the words it was written in.
    pub what: String,
    /// The partner who does it.
    pub owner: Option<Uuid>,
    /// Who it is for: the partner a resource commitment goes to.
    pub for_partner: Option<Uuid>,
    pub due: Option<NaiveDate>,
    pub status: Status,
    /// When the record last changed (redraws a row only when it did).
    pub updated_at: DateTime<Utc>,
}

impl Action {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|d| d < today)
    }
}

/// Every action of the partnership, by due date (undated last), then by source and text.
pub fn all(p: &Partnership) -> Vec<Action> {
    let mut out = Vec::new();
    for m in &p.check_ins.meetings {
        for a in &m.actions {
            out.push(Action {
                id: a.id,
                parent: Some(m.id),
                source: Source::CheckIn,
                what: a.text.clone(),
                owner: a.owner,
                for_partner: None,
                due: a.due,
                status: if a.done { Status::Done } else { Status::Open },
                updated_at: a.updated_at,
            });
        }
    }
    for c in &p.resources.commitments {
        let what = p.resources.entry(c.offer_id).map(|e| e.description.clone()).unwrap_or_default();
        out.push(Action {
            id: c.id,
            parent: None,
            source: Source::Commitment,
            what: if what.is_empty() { c.note.clone() } else { what },
            owner: Some(c.from_partner),
            for_partner: Some(c.to_partner),
            due: c.due,
            status: match c.status {
                CommitmentStatus::Agreed => Status::Open,
                CommitmentStatus::InProgress => Status::InProgress,
                CommitmentStatus::Delivered => Status::Done,
                CommitmentStatus::Dropped => Status::Dropped,
            },
            updated_at: c.updated_at,
        });
    }
    for r in &p.learning.retrospectives {
        for a in &r.actions {
            out.push(Action {
                id: a.id,
                parent: Some(r.id),
                source: Source::Retrospective,
                what: a.what.clone(),
                owner: a.owner,
                for_partner: None,
                due: a.due,
                status: if a.done { Status::Done } else { Status::Open },
                updated_at: r.updated_at,
            });
        }
    }
    for m in &p.communication.plan {
        out.push(Action {
            id: m.id,
            parent: None,
            source: Source::Plan,
            what: m.message.clone(),
            owner: m.owner,
            for_partner: None,
            due: m.next_due,
            status: if m.done { Status::Done } else { Status::Open },
            updated_at: m.updated_at,
        });
    }
    for r in &p.community.responses {
        out.push(Action {
            id: r.id,
            parent: None,
            source: Source::Community,
            what: r.did.clone(),
            owner: None,
            for_partner: None,
            due: None,
            status: match r.status {
                ResponseStatus::Open => Status::Open,
                ResponseStatus::InProgress => Status::InProgress,
                ResponseStatus::Done => Status::Done,
                ResponseStatus::WontDo => Status::Dropped,
            },
            updated_at: r.updated_at,
        });
    }
    let rank = |s: Source| Source::ALL.iter().position(|x| *x == s);
    crate::model::order::sort_by(&mut out, |a, b| {
        (a.due.is_none(), a.due, rank(a.source), &a.what, a.id).cmp(&(b.due.is_none(), b.due, rank(b.source), &b.what, b.id))
    });
    out
}

/// Which actions the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this partner's (as the one who does it).
    pub partner: Option<Uuid>,
    /// Only these: open (open and under way), done (done and dropped), or all (`None`).
    pub open: Option<bool>,
    pub overdue_only: bool,
    pub source: Option<Source>,
}

impl Filter {
    /// What the page shows first: everything still owed.
    pub fn owed() -> Filter {
        Filter { open: Some(true), ..Filter::default() }
    }

    pub fn keeps(&self, a: &Action, today: NaiveDate) -> bool {
        self.partner.is_none_or(|p| a.owner == Some(p))
            && self.open.is_none_or(|open| a.status.is_open() == open)
            && (!self.overdue_only || a.is_overdue(today))
            && self.source.is_none_or(|s| a.source == s)
    }
}

/// How many actions are past their due date and not done.
pub fn overdue_count(p: &Partnership, today: NaiveDate) -> usize {
    all(p).iter().filter(|a| a.is_overdue(today)).count()
}

/// How many actions each partner has done, by partner id. Resource commitments are left
/// out: the report counts those as deliveries, on their own.
pub fn done_by_partner(p: &Partnership) -> crate::model::record::IdMap<usize> {
    let mut out = crate::model::record::IdMap::default();
    for a in all(p) {
        if let (Status::Done, Some(owner), false) = (a.status, a.owner, a.source == Source::Commitment) {
            *out.entry(owner).or_insert(0) += 1;
        }
    }
    out
}

/// Marks an action done where it was made (a plan line that repeats moves on to its next
/// date). False when it is no longer there.
pub fn mark_done(p: &mut Partnership, source: Source, parent: Option<Uuid>, id: Uuid, today: NaiveDate, now: DateTime<Utc>) -> bool {
    let done = match source {
        Source::CheckIn => {
            let Some(meeting) = parent else { return false };
            let found = p.check_ins.meeting_mut(meeting).is_some_and(|m| m.actions.iter().any(|a| a.id == id));
            if found {
                p.set_action_done(meeting, id, true, now);
            }
            found
        }
        Source::Commitment => find_mut(&mut p.resources.commitments, id)
            .map(|c| {
                c.status = CommitmentStatus::Delivered;
                c.touch(now);
            })
            .is_some(),
        Source::Retrospective => {
            let retro = parent.and_then(|r| find_mut(&mut p.learning.retrospectives, r));
            retro
                .and_then(|r| {
                    let a = r.actions.iter_mut().find(|a| a.id == id)?;
                    a.done = true;
                    r.touch(now);
                    Some(())
                })
                .is_some()
        }
        Source::Plan => find_mut(&mut p.communication.plan, id).map(|m| m.mark_sent(today, now)).is_some(),
        Source::Community => find_mut(&mut p.community.responses, id)
            .map(|r| {
                r.status = ResponseStatus::Done;
                r.touch(now);
            })
            .is_some(),
    };
    if done {
        p.touch(now);
    }
    done
}

/// Where each kind of action is made and edited: the address of its tool.
pub fn source_href(source: Source) -> &'static str {
    match source {
        Source::CheckIn => "#/check-ins",
        Source::Commitment => "#/resources",
        Source::Retrospective => "#/milestones",
        Source::Plan => "#/stories",
        Source::Community => "#/community",
    }
}

/// The list as an HTML table in `w`'s language (the Actions page shows it; one markup for
/// every row keeps the page small). Each *Mark done* button carries its row's place in
/// `actions` as `data-row`, for the page's one click handler. Every text from the
/// partnership is escaped.
pub fn table_html(p: &Partnership, actions: &[Action], w: &Words, today: NaiveDate) -> String {
    use super::text::escape_xml as esc;
    use std::fmt::Write as _;
    // A focusable region, so the table can be scrolled sideways from the keyboard on a phone.
    let mut s = format!(
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"followup-table\"><thead><tr>",
        esc(w.get(tr::route::ACTIONS))
    );
    for k in [tr::actions::WHAT, tr::actions::OWNER, tr::actions::DUE, tr::actions::STATUS, tr::actions::FROM] {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(w.get(k)));
    }
    let _ = write!(s, "<th scope=\"col\" class=\"no-print\"><span class=\"visually-hidden\">{}</span></th></tr></thead><tbody>", esc(w.get(tr::actions::MARK_DONE)));
    for (i, a) in actions.iter().enumerate() {
        let late = a.is_overdue(today);
        let _ = write!(s, "<tr{}><th scope=\"row\">{}", if late { " class=\"late\"" } else { "" }, esc(&a.what));
        if let Some(to) = a.for_partner {
            let _ = write!(s, " <span class=\"for-partner\">{}</span>", esc(&tr::actions::for_partner(w, &p.partner_name(to))));
        }
        let owner = a.owner.map_or_else(|| w.get(tr::actions::NO_OWNER).to_string(), |o| p.partner_name(o));
        let due = a.due.map_or_else(|| w.get(tr::actions::NO_DATE).to_string(), |d| w.date(d));
        let _ = write!(s, "</th><td>{}</td><td class=\"nowrap\">{}", esc(&owner), esc(&due));
        if late {
            let _ = write!(s, " <span class=\"flag flag-late\">{}</span>", esc(w.get(tr::actions::OVERDUE)));
        }
        let _ = write!(
            s,
            "</td><td>{}</td><td><a href=\"{}\">{}</a></td><td class=\"no-print\">",
            esc(w.get(a.status.label_key())),
            source_href(a.source),
            esc(w.get(a.source.label_key()))
        );
        if a.status.is_open() {
            let _ = write!(
                s,
                "<button type=\"button\" data-row=\"{i}\" aria-label=\"{}\">{}</button>",
                esc(&tr::actions::mark_done_label(w, &a.what)),
                esc(w.get(tr::actions::MARK_DONE))
            );
        }
        s.push_str("</td></tr>");
    }
    s.push_str("</tbody></table></div>");
    s
}

/// The actions as a spreadsheet, with headers and words in `w`'s language; dates as
/// `YYYY-MM-DD` so that any spreadsheet reads them.
pub fn csv(p: &Partnership, actions: &[Action], w: &Words) -> String {
    let header = [
        tr::actions::CSV_WHAT,
        tr::actions::CSV_OWNER,
        tr::actions::CSV_FOR,
        tr::actions::CSV_DUE,
        tr::actions::CSV_STATUS,
        tr::actions::CSV_SOURCE,
    ]
    .map(|k| w.get(k));
    let name = |id: Option<Uuid>| id.map(|id| p.partner_name(id)).unwrap_or_default();
    let rows: Vec<Vec<String>> = actions
        .iter()
        .map(|a| {
            vec![
                a.what.clone(),
                name(a.owner),
                name(a.for_partner),
                a.due.map(|d| d.to_string()).unwrap_or_default(),
                w.get(a.status.label_key()).to_string(),
                w.get(a.source.label_key()).to_string(),
            ]
        })
        .collect();
    super::csv::table(&header, &rows)
}

#[cfg(test)]
mod tests;
