//! The resource map's read-only views as markup: the same elements, classes and labels the
//! screen drew before, every text from the partnership escaped, every word in the language.
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::*;
use crate::i18n::every_language;
use crate::model::resources::{accept_match, Decimal, EntryKind, Strength};
use crate::model::time::at;
use crate::model::{Partner, Sector};

fn t0() -> DateTime<Utc> {
    at("2026-03-01T09:00:00Z")
}

/// A partnership of the partners named, with the default categories.
fn with(names: &[&str]) -> (Partnership, Vec<Uuid>) {
    let mut p = Partnership::new("Food for All", t0());
    let ids = names
        .iter()
        .map(|n| {
            let partner = Partner::new(*n, Sector::NonProfit, t0());
            let id = partner.id;
            p.upsert(partner, t0());
            id
        })
        .collect();
    (p, ids)
}

fn add(p: &mut Partnership, partner: Uuid, kind: EntryKind, category: &str, what: &str, s: Strength) -> Uuid {
    let cat = p.resources.categories.iter().find(|c| c.name == category).map(|c| c.id).expect("category exists");
    let e = Entry::new(partner, kind, cat, what, s, t0());
    let id = e.id;
    p.upsert(e, t0());
    id
}

fn with_amount(p: &mut Partnership, id: Uuid, n: i64, unit: &str) {
    let mut e = p.resources.entry(id).unwrap().clone();
    e.amount = Some(Amount::new(Decimal::whole(n), unit));
    p.upsert(e, t0());
}

const EMPTY: &str = "<div class=\"empty-state\"><p class=\"empty-title\">Nothing on the map yet</p><p>";

#[test]
fn an_empty_map_shows_the_empty_state_in_every_view() {
    let (p, _) = with(&["Pantry"]);
    let w = Words::english();
    for html in [gaps_html(&w, &p), by_category_html(&w, &p), matches_html(&w, &p, &[])] {
        assert!(html.starts_with(EMPTY), "{html}");
        assert!(html.ends_with("</p></div>"), "{html}");
    }
    // Offers but no need: nothing to match yet.
    let (mut p, ids) = with(&["Pantry"]);
    add(&mut p, ids[0], EntryKind::Offer, "Funding", "Money", Strength::Large);
    assert!(matches_html(&w, &p, &[]).starts_with(EMPTY));
    assert!(!gaps_html(&w, &p).starts_with(EMPTY));
}

#[test]
fn gaps_are_grouped_by_kind_under_their_headings() {
    let (mut p, ids) = with(&["Pantry", "Grocer"]);
    add(&mut p, ids[0], EntryKind::Need, "Technology", "Stock system", Strength::Medium);
    let w = Words::english();
    let html = gaps_html(&w, &p);
    let found = findings(&p);
    assert!(html.starts_with("<div class=\"gaps\"><section class=\"card finding finding-0\"><h2>"), "{html}");
    assert!(html.ends_with("</ul></section></div>"));
    // One section per kind found, one item per finding, each said in the language.
    let kinds: std::collections::BTreeSet<u8> = found.iter().map(|f| f.kind as u8).collect();
    assert_eq!(html.matches("<section class=\"card finding finding-").count(), kinds.len());
    for k in kinds {
        assert!(html.contains(&format!("finding-{k}\">")));
    }
    assert_eq!(html.matches("<li>").count(), found.len());
    for f in &found {
        assert!(html.contains(&format!("<li>{}</li>", esc(&f.text.say(&w)))), "{}", f.text.say(&w));
        assert!(html.contains(&format!("<h2>{}</h2>", esc(w.get(f.kind.heading())))));
    }
}

#[test]
fn no_gap_is_said_in_a_line() {
    let (mut p, ids) = with(&["Pantry", "Grocer"]);
    for id in &ids {
        add(&mut p, *id, EntryKind::Offer, "Technology", "Laptops", Strength::Medium);
        add(&mut p, *id, EntryKind::Need, "Technology", "Tablets", Strength::Medium);
    }
    assert!(findings(&p).is_empty());
    let [en, es, _] = every_language();
    assert_eq!(gaps_html(&en, &p), format!("<p class=\"all-clear\">{}</p>", esc(en.get(tr::resources::NO_GAPS))));
    assert_eq!(gaps_html(&es, &p), format!("<p class=\"all-clear\">{}</p>", esc(es.get(tr::resources::NO_GAPS))));
}

#[test]
fn a_category_card_lists_both_sides_with_amounts_and_its_single_partner() {
    let (mut p, ids) = with(&["Pantry", "Grocer"]);
    let money = add(&mut p, ids[1], EntryKind::Offer, "Funding", "Grant", Strength::Medium);
    with_amount(&mut p, money, 12_500, "EUR");
    add(&mut p, ids[0], EntryKind::Need, "Funding", "Wages", Strength::Large);
    let w = Words::english();
    let html = by_category_html(&w, &p);
    assert!(html.starts_with("<div class=\"category-cards\"><article class=\"card category-card\"><h2>"), "{html}");
    assert!(html.ends_with("</article></div>"));
    assert_eq!(html.matches("<article class=\"card category-card\">").count(), p.resources.categories.len());
    assert!(html.contains(
        "<article class=\"card category-card\"><h2>Funding</h2><p class=\"risk\">Only Grocer offers this.</p>\
         <h3>Offered by</h3><ul><li><strong>Grocer</strong>: Grant (medium, 12,500 EUR)</li></ul><p class=\"totals\">In all: 12,500 EUR</p>\
         <h3>Needed by</h3><ul><li><strong>Pantry</strong>: Wages (large)</li></ul></article>"
    ), "{html}");
    // A category nobody uses says so on both sides.
    assert!(html.contains(
        "<h2>Data</h2><h3>Offered by</h3><p class=\"hint\">Nobody offers this yet.</p><h3>Needed by</h3><p class=\"hint\">Nobody has asked for this.</p></article>"
    ));
}

#[test]
fn a_need_card_shows_the_best_offers_then_the_rest_on_request() {
    let (mut p, ids) = with(&["School", "Bank", "Dock", "Library", "Port"]);
    let need = add(&mut p, ids[0], EntryKind::Need, "Technology", "Laptops", Strength::Medium);
    let offers: Vec<Uuid> = ids[1..]
        .iter()
        .map(|id| add(&mut p, *id, EntryKind::Offer, "Technology", "Computers", Strength::Medium))
        .collect();
    let w = Words::english();
    let html = matches_html(&w, &p, &[]);
    assert!(html.starts_with(&format!("<p class=\"hint\">{}</p><ul class=\"need-list\"><li class=\"card need-card\">", esc(w.get(tr::resources::matches::HINT)))));
    assert!(html.contains("<h2><span class=\"need-who\">School needs </span>“Laptops”</h2><p class=\"entry-meta\">Technology · medium</p>"), "{html}");
    assert!(html.contains("<ol class=\"match-list\" aria-label=\"Offers that could meet School: Laptops\"><li class=\"match\"><div><p><strong>Bank</strong>: Computers</p><p class=\"reasons\">"));
    assert_eq!(html.matches("<li class=\"match\">").count(), BEST_SHOWN);
    let accept = format!("data-offer=\"{}\" data-need=\"{need}\" aria-label=\"Accept: Bank gives “Computers” to School\">Accept</button></li>", offers[0]);
    assert!(html.contains(&accept), "{html}");
    assert!(html.contains(&format!(
        "</ol><button type=\"button\" class=\"show-rest\" data-more=\"{need}\" aria-label=\"Show 1 more offer for School: Laptops\">Show 1 more offer</button></li></ul>"
    )));
    // Shown all: four offers, and no button.
    let all = matches_html(&w, &p, &[need]);
    assert_eq!(all.matches("<li class=\"match\">").count(), 4);
    assert!(!all.contains("show-rest"));
    assert!(all.contains("<strong>Port</strong>"));
}

#[test]
fn an_agreed_match_shows_with_withdraw_and_a_need_nothing_meets_says_so() {
    let (mut p, ids) = with(&["School", "Dock"]);
    let need = add(&mut p, ids[0], EntryKind::Need, "Technology", "Laptops", Strength::Medium);
    let offer = add(&mut p, ids[1], EntryKind::Offer, "Technology", "Computers", Strength::Large);
    add(&mut p, ids[1], EntryKind::Need, "Funding", "Money", Strength::Small);
    let w = Words::english();
    assert_eq!(agreed_notice(&w, &p, offer, need).as_deref(), Some("Agreed: Dock gives “Computers” to School."));
    assert_eq!(agreed_notice(&w, &p, offer, Uuid::nil()), None);
    let c = accept_match(&mut p, offer, need, t0()).unwrap();
    let html = matches_html(&w, &p, &[]);
    assert!(html.contains(&format!(
        "<p class=\"agreed\">✓ Agreed: Dock gives “Computers” to School for “Laptops”.<button type=\"button\" data-withdraw=\"{c}\" \
         aria-label=\"Withdraw: Dock gives “Computers” to School for “Laptops”.\">Withdraw</button></p>"
    )), "{html}");
    assert!(html.contains("<p class=\"risk\">No offer meets this yet: see Gaps.</p></li>"));
    assert_eq!(html.matches("<p class=\"risk\">").count(), 1, "the need with an agreement has no such line");
}

#[test]
fn text_from_the_partnership_is_escaped() {
    let bad = "<b>\"Tom\" & 'Jerry'</b>";
    let (mut p, ids) = with(&[bad, "Dock"]);
    let need = add(&mut p, ids[0], EntryKind::Need, "Technology", bad, Strength::Medium);
    let offer = add(&mut p, ids[1], EntryKind::Offer, "Technology", bad, Strength::Large);
    add(&mut p, ids[1], EntryKind::Offer, "Funding", "Grant", Strength::Large);
    with_amount(&mut p, offer, 3, bad);
    p.resources.categories[0].name = bad.to_string();
    let w = Words::english();
    let before = matches_html(&w, &p, &[]);
    accept_match(&mut p, offer, need, t0()).unwrap();
    let after = matches_html(&w, &p, &[]);
    for html in [gaps_html(&w, &p), by_category_html(&w, &p), before, after] {
        assert!(!html.contains("<b>") && !html.contains("\"Tom\"") && !html.contains("'Jerry'"), "{html}");
        assert!(html.contains("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"), "{html}");
    }
}

#[test]
fn every_view_is_worded_in_each_language() {
    let (mut p, ids) = with(&["Pantry", "Grocer"]);
    let need = add(&mut p, ids[0], EntryKind::Need, "Funding", "Wages", Strength::Large);
    let offer = add(&mut p, ids[1], EntryKind::Offer, "Funding", "Grant", Strength::Medium);
    with_amount(&mut p, need, 30_000, "EUR");
    with_amount(&mut p, offer, 12_500, "EUR");
    let [en, es, fr] = every_language();
    let fr_cards = by_category_html(&fr, &p);
    // Amounts as each language writes them.
    assert!(fr_cards.contains("Grant (moyenne, 12\u{202f}500 EUR)"), "{fr_cards}");
    assert!(by_category_html(&en, &p).contains("Grant (medium, 12,500 EUR)"));
    assert!(by_category_html(&es, &p).contains(&format!("<h3>{}</h3>", es.get(tr::resources::by_category::OFFERED_BY))));
    let es_matches = matches_html(&es, &p, &[]);
    assert!(es_matches.contains(&esc(&tr::resources::matches::accept_named(&es, "Grocer", "Grant", "Pantry"))));
    assert!(es_matches.contains(&format!(">{}</button>", esc(es.get(tr::resources::matches::ACCEPT)))));
    for w in [&es, &fr] {
        // No English left: every fixed word of the three views comes from the language.
        for html in [gaps_html(w, &p), by_category_html(w, &p), matches_html(w, &p, &[])] {
            for english in ["Offered by", "Needed by", "Nobody", "In all", ">Accept<", "Offers that could meet", "needs </span>", "medium"] {
                assert!(!html.contains(english), "{english} in {html}");
            }
        }
    }
}
