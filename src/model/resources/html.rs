//! The resource map's read-only views written as HTML in one language, for the screen to draw
//! as one piece of markup (`inner_html`): the gap analysis, one card per category, and the
//! need cards of the matches. One string-building function is far smaller in the wasm than a
//! view per element, and is tested natively. Every text from the partnership is escaped; the
//! matches' buttons carry `data-` attributes for the screen's one click handler.
use std::fmt::Write as _;

use uuid::Uuid;

use super::{by_category, describe_commitment, findings, matches_for, single_partner_categories, suggestions};
use super::{Amount, Commitment, Entry, FindingKind, Totals};
use crate::model::record::IdMap;
use crate::i18n::{tr, Key, Words};
use crate::model::text::{escape_xml as esc, Case};
use crate::model::Partnership;

/// Offers shown for each need at first; its *Show more* button shows the rest.
pub const BEST_SHOWN: usize = 3;

/// "Funding · large · 30,000 USD · 1 Dec 2026 – 28 Feb 2027"
pub fn entry_meta(w: &Words, p: &Partnership, e: &Entry) -> String {
    let mut parts = vec![p.resources.category_name(e.category_id), w.get(e.strength.label_key()).lower()];
    if let Some(a) = &e.amount {
        parts.push(amount_text(w, a));
    }
    match (e.available_from, e.available_until) {
        (Some(f), Some(u)) => parts.push(tr::resources::entries::between(w, &w.date(f), &w.date(u))),
        (Some(f), None) => parts.push(tr::resources::entries::from(w, &w.date(f))),
        (None, Some(u)) => parts.push(tr::resources::entries::until(w, &w.date(u))),
        (None, None) => {}
    }
    parts.join(" · ")
}

/// "30,000 USD", "7.5 hours": the number as the language writes it, then the unit as typed.
pub fn amount_text(w: &Words, a: &Amount) -> String {
    let value = crate::model::text::read_f64(&a.value.plain()).unwrap_or_default();
    format!("{} {}", w.decimal(value, 2), a.unit.trim())
}

/// "30,000 USD + 40 hours": sums per unit.
pub fn totals_text(w: &Words, t: &Totals) -> String {
    t.0.iter().map(|a| amount_text(w, a)).collect::<Vec<_>>().join(" + ")
}

/// What the views that read the map show while it is still empty (the app's empty state).
fn nothing_mapped(w: &Words) -> String {
    format!(
        "<div class=\"empty-state\"><p class=\"empty-title\">{}</p><p>{}</p></div>",
        esc(w.get(tr::resources::NOTHING_MAPPED)),
        esc(w.get(tr::resources::NOTHING_MAPPED_PROMPT))
    )
}

/// The gap analysis in plain sentences, grouped by kind, ready to read out to the room; a
/// line saying there is no gap when there is none.
pub fn gaps_html(w: &Words, p: &Partnership) -> String {
    if p.resources.entries.is_empty() {
        return nothing_mapped(w);
    }
    let found = findings(p);
    if found.is_empty() {
        return format!("<p class=\"all-clear\">{}</p>", esc(w.get(tr::resources::NO_GAPS)));
    }
    let mut s = String::from("<div class=\"gaps\">");
    for kind in FindingKind::ALL {
        let mut texts = found.iter().filter(|f| f.kind == kind).peekable();
        if texts.peek().is_none() {
            continue;
        }
        let _ = write!(s, "<section class=\"card finding finding-{}\"><h2>{}</h2><ul>", kind as u8, esc(w.get(kind.heading())));
        for f in texts {
            let _ = write!(s, "<li>{}</li>", esc(&f.text.say(w)));
        }
        s.push_str("</ul></section>");
    }
    s.push_str("</div>");
    s
}

/// One card per category: who offers, who needs, and the amounts on each side; which
/// category only one partner offers.
pub fn by_category_html(w: &Words, p: &Partnership) -> String {
    if p.resources.entries.is_empty() {
        return nothing_mapped(w);
    }
    let risks = single_partner_categories(p);
    let mut s = String::from("<div class=\"category-cards\">");
    for c in by_category(p) {
        let _ = write!(s, "<article class=\"card category-card\"><h2>{}</h2>", esc(&c.name));
        if let Some(r) = risks.iter().find(|r| r.category_id == c.id) {
            let _ = write!(s, "<p class=\"risk\">{}</p>", esc(&tr::resources::by_category::only(w, &p.partner_name(r.partner_id))));
        }
        side(&mut s, w, p, tr::resources::by_category::OFFERED_BY, &c.offers, &c.offered, tr::resources::by_category::NOBODY_OFFERS);
        side(&mut s, w, p, tr::resources::by_category::NEEDED_BY, &c.needs, &c.needed, tr::resources::by_category::NOBODY_NEEDS);
        s.push_str("</article>");
    }
    s.push_str("</div>");
    s
}

/// One side of a category's card: its title, who brings what (or that nobody does), in all.
fn side(s: &mut String, w: &Words, p: &Partnership, title: Key, list: &[Entry], totals: &Totals, none: Key) {
    let _ = write!(s, "<h3>{}</h3>", esc(w.get(title)));
    if list.is_empty() {
        let _ = write!(s, "<p class=\"hint\">{}</p>", esc(w.get(none)));
    } else {
        s.push_str("<ul>");
        for e in list {
            let _ = write!(s, "<li><strong>{}</strong>: {}</li>", esc(&p.partner_name(e.partner_id)), esc(&line(w, e)));
        }
        s.push_str("</ul>");
    }
    if !totals.is_empty() {
        let _ = write!(s, "<p class=\"totals\">{}</p>", esc(&tr::resources::by_category::in_all(w, &totals_text(w, totals))));
    }
}

/// "Two pantry sites (medium, 30,000 USD)"
fn line(w: &Words, e: &Entry) -> String {
    let mut how = vec![w.get(e.strength.label_key()).lower()];
    if let Some(a) = &e.amount {
        how.push(amount_text(w, a));
    }
    format!("{} ({})", e.description, how.join(", "))
}

/// The matches: a card per need (in category then partner order) with what was agreed for it,
/// each with *Withdraw* (`data-withdraw`: the commitment's id), and the offers that could meet
/// it, best first, each with *Accept* (`data-offer`, `data-need`). A need shows its
/// [`BEST_SHOWN`] best offers and *Show more* (`data-more`: the need's id) unless it is in
/// `all_shown`. The empty state while no need is mapped.
///
/// Not drawn by the screen today: it redraws every card on each Accept (125 ms at the large
/// size, against 61 ms for the keyed list that redraws only the changed cards; bench). Kept,
/// tested, for printing the matches or for drawing one card at a time.
pub fn matches_html(w: &Words, p: &Partnership, all_shown: &[Uuid]) -> String {
    use tr::resources::matches;
    let found = suggestions(p, BEST_SHOWN);
    if found.is_empty() {
        return nothing_mapped(w);
    }
    let r = &p.resources;
    // Looked up once: a large map has a thousand needs.
    let entries: IdMap<&Entry> = r.entries.iter().map(|e| (e.id, e)).collect();
    let commitments: IdMap<&Commitment> = r.commitments.iter().map(|c| (c.id, c)).collect();
    let mut s = format!("<p class=\"hint\">{}</p><ul class=\"need-list\">", esc(w.get(matches::HINT)));
    for n in found {
        let Some(need) = entries.get(&n.need_id) else { continue };
        let who = p.partner_name(need.partner_id);
        let what = &need.description;
        let _ = write!(
            s,
            "<li class=\"card need-card\"><h2><span class=\"need-who\">{} </span>{}</h2><p class=\"entry-meta\">{}</p>",
            esc(&matches::who_needs(w, &who)),
            esc(&matches::quoted(w, what)),
            esc(&entry_meta(w, p, need))
        );
        let agreed: Vec<&&Commitment> = n.commitments.iter().filter_map(|id| commitments.get(id)).collect();
        for c in &agreed {
            let said = describe_commitment(p, c).say(w);
            let _ = write!(
                s,
                "<p class=\"agreed\">✓ {} {}<button type=\"button\" data-withdraw=\"{}\" aria-label=\"{}\">{}</button></p>",
                esc(w.get(matches::AGREED)),
                esc(&said),
                c.id,
                esc(&matches::withdraw_named(w, &said)),
                esc(w.get(matches::WITHDRAW))
            );
        }
        if agreed.is_empty() && n.matches.is_empty() {
            let _ = write!(s, "<p class=\"risk\">{}</p>", esc(w.get(matches::NONE_YET)));
        }
        let need_name = format!("{who}: {what}");
        let all = all_shown.contains(&n.need_id);
        if !n.matches.is_empty() {
            let _ = write!(s, "<ol class=\"match-list\" aria-label=\"{}\">", esc(&matches::could_meet(w, &need_name)));
            let shown = if all { matches_for(p, n.need_id) } else { n.matches };
            for m in shown {
                let reasons: Vec<String> = m.reasons.iter().map(|r| r.say(w)).collect();
                let _ = write!(
                    s,
                    "<li class=\"match\"><div><p><strong>{}</strong>: {}</p><p class=\"reasons\">{}</p></div>\
                     <button type=\"button\" class=\"primary\" data-offer=\"{}\" data-need=\"{}\" aria-label=\"{}\">{}</button></li>",
                    esc(&m.giver),
                    esc(&m.offer),
                    esc(&reasons.join(" ")),
                    m.offer_id,
                    m.need_id,
                    esc(&matches::accept_named(w, &m.giver, &m.offer, &who)),
                    esc(w.get(matches::ACCEPT))
                );
            }
            s.push_str("</ol>");
        }
        if n.more > 0 && !all {
            let more = matches::show_more(w, n.more as i64);
            let _ = write!(
                s,
                "<button type=\"button\" class=\"show-rest\" data-more=\"{}\" aria-label=\"{}\">{}</button>",
                n.need_id,
                esc(&matches::show_more_for(w, &need_name, &more)),
                esc(&more)
            );
        }
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    s
}

/// The notice once `offer_id` is accepted for `need_id`: "Agreed: Dockside Tech gives “…” to
/// Harbour School." (`None` if either is gone).
pub fn agreed_notice(w: &Words, p: &Partnership, offer_id: Uuid, need_id: Uuid) -> Option<String> {
    let (offer, need) = (p.resources.entry(offer_id)?, p.resources.entry(need_id)?);
    Some(tr::resources::matches::agreed_msg(w, &p.partner_name(offer.partner_id), &offer.description, &p.partner_name(need.partner_id)))
}

#[cfg(test)]
mod tests;
