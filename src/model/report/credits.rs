//! The sections that credit the partners and inform the reader: the partners' own
//! introduction and challenges, each partner's contribution, the latest health check in
//! brief, and the next steps drawn from every open action.
use chrono::NaiveDate;
use uuid::Uuid;

use super::sections::headers;
use super::{Block, Section, Table};
use crate::i18n::{tr, Key, Words};
use crate::model::actions;
use crate::model::learning;
use crate::model::resources::{Commitment, CommitmentStatus, EntryKind};
use crate::model::Partnership;

/// Open actions the next steps list; the rest are counted in one line.
pub const NEXT_ACTIONS: usize = 10;

/// A section of the partners' own text, one paragraph per block of lines; `None` while the
/// text is empty, so an unwritten introduction leaves no empty heading.
pub(super) fn written(id: &str, title: Key, text: &str, w: &Words) -> Option<Section> {
    let paragraphs: Vec<Block> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| Block::Paragraph(t.to_string()))
        .collect();
    (!paragraphs.is_empty()).then(|| Section { id: id.to_string(), title: w.get(title).to_string(), blocks: paragraphs })
}

/// Each partner's contribution to date: resource commitments delivered (of those made),
/// offers made and put to use (an offer is used once a commitment from it is delivered),
/// and the other actions done. Deliveries are listed by name below the table.
pub(super) fn contributions(p: &Partnership, w: &Words) -> Section {
    let mut s = Section::new("contributions", w.get(tr::report::CONTRIBUTIONS));
    if p.partners.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_CONTRIBUTIONS).into()));
        return s;
    }
    let map = &p.resources;
    let delivered = |c: &Commitment| c.status == CommitmentStatus::Delivered;
    let done = actions::done_by_partner(p);
    let of = |done: usize, all: usize| tr::report::n_of_m(w, &w.integer(all as i128), &w.integer(done as i128));
    let rows = p
        .partners
        .iter()
        .map(|partner| {
            let made = map.commitments.iter().filter(|c| c.from_partner == partner.id);
            let given: Vec<Uuid> = made.clone().filter(|c| delivered(c)).map(|c| c.offer_id).collect();
            let offers: Vec<Uuid> =
                map.entries.iter().filter(|e| e.partner_id == partner.id && e.kind == EntryKind::Offer).map(|e| e.id).collect();
            let used = offers.iter().filter(|o| given.contains(o)).count();
            vec![
                partner.name.clone(),
                of(given.len(), made.count()),
                of(used, offers.len()),
                w.integer(done.get(&partner.id).copied().unwrap_or(0) as i128),
            ]
        })
        .collect();
    s.push(Block::Paragraph(w.get(tr::report::CONTRIBUTIONS_INTRO).into()));
    s.push(Block::Table(Table {
        caption: w.get(tr::report::CONTRIBUTIONS_CAPTION).into(),
        headers: headers(w, &[tr::report::PARTNER, tr::report::DELIVERED, tr::report::OFFERS_USED, tr::report::ACTIONS_DONE]),
        rows,
    }));
    let deliveries: Vec<String> = map
        .commitments
        .iter()
        .filter(|c| delivered(c))
        .map(|c| {
            let what = map.entry(c.offer_id).map(|e| e.description.trim().to_string()).unwrap_or_else(|| c.note.trim().to_string());
            tr::report::delivery(w, &p.partner_name(c.from_partner), &p.partner_name(c.to_partner), &what)
        })
        .collect();
    if !deliveries.is_empty() {
        s.push(Block::Subheading(w.get(tr::report::DELIVERIES).into()));
        s.push(Block::List(deliveries));
    }
    s
}

/// The latest rated health check in a few sentences: overall score and its change, the
/// strongest and weakest practice, and where partners see things differently.
pub(super) fn health(p: &Partnership, w: &Words) -> Section {
    let mut s = Section::new("health", w.get(tr::report::HEALTH));
    let Some((round, cmp)) = p.health.latest_result() else {
        s.push(Block::Paragraph(w.get(tr::report::NO_HEALTH).into()));
        return s;
    };
    let score = |x: f64| w.fixed(x, 1);
    let rated = tr::report::partners_rated(w, round.ratings.len() as i64);
    let overall = score(cmp.overall().unwrap_or_default());
    s.push(Block::Paragraph(tr::report::health_latest(w, &w.date(round.held_on), &overall, &rated, round.name.trim())));
    let old = cmp.previous.and_then(|id| p.health.compare(id)).and_then(|c| c.overall());
    if let (Some(before), Some(now)) = (old, cmp.overall()) {
        let change = now - before;
        s.push(Block::Paragraph(match change {
            c if c >= 0.05 => tr::report::health_up(w, &score(c)),
            c if c <= -0.05 => tr::report::health_down(w, &score(-c)),
            _ => w.get(tr::report::HEALTH_SAME).into(),
        }));
    }
    let rated: Vec<_> = cmp.rows.iter().filter_map(|r| Some((r.now.average?, r.now.practice))).collect();
    let strongest = rated.iter().fold(None, |best: Option<(f64, _)>, &(a, x)| match best {
        Some((b, _)) if b >= a => best,
        _ => Some((a, x)),
    });
    if let (Some((high, strong)), Some(weak)) = (strongest, cmp.weakest()) {
        s.push(Block::Paragraph(tr::report::health_range(
            w,
            &score(high),
            &score(weak.average.unwrap_or_default()),
            w.get(strong.label_key()),
            w.get(weak.practice.label_key()),
        )));
    }
    let apart: Vec<&str> = cmp.rows.iter().filter(|r| r.now.disagreement()).map(|r| w.get(r.now.practice.label_key())).collect();
    if !apart.is_empty() {
        s.push(Block::Paragraph(tr::report::health_apart(w, &apart.join(", "))));
    }
    s
}

/// The next milestones, then every open action (soonest due first, up to [`NEXT_ACTIONS`],
/// the rest counted) but the communication plan's, which has its own section, kept to the
/// report's audience.
pub(super) fn next_steps(p: &Partnership, today: NaiveDate, w: &Words) -> Section {
    let mut s = Section::new("next-steps", w.get(tr::report::NEXT_STEPS));
    let mut items: Vec<String> = learning::next_milestones(&p.learning.milestones, today, 5)
        .into_iter()
        .map(|m| format!("{}: {}", w.date(m.date), m.what.trim()))
        .collect();
    let open: Vec<actions::Action> = actions::all(p).into_iter().filter(|a| a.status.is_open() && a.source != actions::Source::Plan && !a.what.trim().is_empty()).collect();
    items.extend(open.iter().take(NEXT_ACTIONS).map(|a| {
        let owner = a.owner.map(|o| format!(" ({})", p.partner_name(o))).unwrap_or_default();
        let due = a.due.map(|d| format!(", {}", tr::report::due(w, &w.date(d)))).unwrap_or_default();
        format!("{}{}{}", a.what.trim(), owner, due)
    }));
    if items.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_NEXT_STEPS).into()));
        return s;
    }
    s.push(Block::List(items));
    if open.len() > NEXT_ACTIONS {
        s.push(Block::Paragraph(tr::report::more_actions(w, (open.len() - NEXT_ACTIONS) as i64)));
    }
    s
}

#[cfg(test)]
mod tests;
