//! One test per rule of the resource map.
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::*;
use crate::model::csv::parse;
use crate::model::time::{at, date};
use crate::model::validate::validate;
use crate::model::{Partner, Partnership, Sector};

fn t0() -> DateTime<Utc> {
    at("2026-03-01T09:00:00Z")
}

fn t1() -> DateTime<Utc> {
    at("2026-03-02T09:00:00Z")
}

/// Three partners (Pantry, Grocer, Council) and the default categories.
fn fixture() -> (Partnership, [Uuid; 3]) {
    let mut p = Partnership::new("Food for All", t0());
    let names = [("Pantry", Sector::NonProfit), ("Grocer", Sector::Corporate), ("Council", Sector::Government)];
    let ids = names.map(|(n, s)| {
        let partner = Partner::new(n, s, t0());
        let id = partner.id;
        p.upsert(partner, t0());
        id
    });
    (p, ids)
}

fn cat(p: &Partnership, name: &str) -> Uuid {
    p.resources.categories.iter().find(|c| c.name == name).map(|c| c.id).expect("category exists")
}

fn add(p: &mut Partnership, partner: Uuid, kind: EntryKind, category: &str, what: &str, s: Strength) -> Uuid {
    let e = Entry::new(partner, kind, cat(p, category), what, s, t0());
    let id = e.id;
    p.upsert(e, t0());
    id
}

/// Pantry needs wages (medium), Grocer offers a grant (large), both in Funding: a match.
fn wages_and_grant(p: &mut Partnership, pantry: Uuid, grocer: Uuid) -> (Uuid, Uuid) {
    let need = add(p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    let offer = add(p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    (need, offer)
}

#[test]
fn a_new_partnership_has_the_default_categories_in_order() {
    let (p, _) = fixture();
    let names: Vec<&str> = p.resources.ordered_categories().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, DEFAULT_CATEGORIES.map(crate::i18n::english).to_vec());
    assert_eq!(names[4], "Community knowledge");
}

#[test]
fn need_without_offer_is_a_gap() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Technology", "Stock system", Strength::Medium);
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Money", Strength::Large);
    assert_eq!(unmet_needs(&p), vec![UnmetNeed { need_id: need, reason: UnmetReason::NoOffer }]);
    let f = findings(&p);
    assert_eq!(f[0].kind, FindingKind::UnmetNeed);
    assert_eq!(
        f[0].text,
        "Pantry needs “Stock system”, but nobody offers anything in Technology. Who outside the partnership could help?"
    );
}

#[test]
fn a_partner_cannot_meet_its_own_need() {
    let (mut p, [pantry, _, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Volunteers", "Drivers", Strength::Small);
    add(&mut p, pantry, EntryKind::Offer, "Volunteers", "Sorters", Strength::Large);
    assert!(matches_for(&p, need).is_empty());
    assert_eq!(unmet_needs(&p)[0].reason, UnmetReason::OnlyOwnOffer);
}

#[test]
fn an_offer_not_available_when_needed_does_not_meet_the_need() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Facilities", "Winter hall", Strength::Medium);
    let offer = add(&mut p, grocer, EntryKind::Offer, "Facilities", "Summer tent", Strength::Medium);
    let set = |p: &mut Partnership, id: Uuid, from: &str, until: &str| {
        let mut e = p.resources.entry(id).unwrap().clone();
        e.available_from = Some(date(from));
        e.available_until = Some(date(until));
        p.upsert(e, t0());
    };
    set(&mut p, need, "2026-12-01", "2027-02-28");
    set(&mut p, offer, "2026-06-01", "2026-08-31");
    assert_eq!(unmet_needs(&p)[0].reason, UnmetReason::NotAvailableThen);
    set(&mut p, offer, "2026-06-01", "2026-12-01");
    assert_eq!(matches_for(&p, need).len(), 1, "a single shared day is an overlap");
    assert!(matches_for(&p, need)[0].reasons.iter().any(|r| r.to_string() == "Available when it is needed."));
}

#[test]
fn a_committed_need_is_not_a_gap() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Funding", "Driver wages", Strength::Medium);
    let offer = add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    accept_match(&mut p, offer, need, t1()).unwrap();
    assert!(unmet_needs(&p).is_empty());
    assert!(matches_for(&p, need).is_empty(), "an agreed offer is not suggested again");
}

#[test]
fn a_category_offered_by_one_partner_is_a_single_partner_risk() {
    let (mut p, [pantry, grocer, council]) = fixture();
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Loan", Strength::Small);
    add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    add(&mut p, council, EntryKind::Need, "Funding", "Printing", Strength::Small);
    add(&mut p, pantry, EntryKind::Offer, "Data", "Visits", Strength::Small);
    add(&mut p, council, EntryKind::Offer, "Data", "Benefits data", Strength::Large);
    let risks = single_partner_categories(&p);
    assert_eq!(risks, vec![SinglePartnerRisk { category_id: cat(&p, "Funding"), partner_id: grocer, needs_relying: 2 }]);
    let text = &findings(&p).into_iter().find(|f| f.kind == FindingKind::SinglePartner).unwrap().text;
    assert_eq!(
        *text,
        "Only Grocer offers Funding: if it stepped back, the partnership would lose all of it. 2 needs of other partners rely on it."
    );
}

#[test]
fn partners_who_only_give_or_only_need_are_named() {
    let (mut p, [pantry, grocer, _]) = fixture();
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    add(&mut p, grocer, EntryKind::Offer, "Expertise", "Logistics", Strength::Medium);
    add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    let kinds: Vec<(FindingKind, String)> =
        findings(&p).into_iter().filter(|f| f.kind != FindingKind::SinglePartner).map(|f| (f.kind, f.text.to_string())).collect();
    assert_eq!(kinds[0].0, FindingKind::OnlyOffers);
    assert!(kinds[0].1.starts_with("Grocer offers 2 things but has named no needs."));
    assert_eq!(kinds[1].0, FindingKind::OnlyNeeds);
    assert!(kinds[1].1.starts_with("Pantry needs 1 thing but offers nothing yet."));
    assert_eq!(kinds[2], (FindingKind::NothingYet, "Council has not added offers or needs yet.".to_string()));
}

#[test]
fn matches_come_from_the_same_category_and_other_partners() {
    let (mut p, [pantry, grocer, council]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    let good = add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Medium);
    add(&mut p, council, EntryKind::Offer, "Data", "Benefits data", Strength::Large);
    add(&mut p, council, EntryKind::Need, "Funding", "Printing", Strength::Small);
    let m = matches_for(&p, need);
    assert_eq!(m.iter().map(|m| m.offer_id).collect::<Vec<_>>(), vec![good]);
    assert!(matches_for(&p, good).is_empty(), "an offer has no matches of its own");
}

#[test]
fn matches_rank_free_then_big_enough_then_stronger_offers_first() {
    let (mut p, [pantry, grocer, council]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Volunteers", "Drivers", Strength::Medium);
    let small = add(&mut p, grocer, EntryKind::Offer, "Volunteers", "Staff day", Strength::Small);
    let large = add(&mut p, council, EntryKind::Offer, "Volunteers", "Youth scheme", Strength::Large);
    let medium = add(&mut p, grocer, EntryKind::Offer, "Volunteers", "Drivers' pool", Strength::Medium);
    let order = |p: &Partnership| matches_for(p, need).iter().map(|m| m.offer_id).collect::<Vec<_>>();
    assert_eq!(order(&p), vec![large, medium, small]);
    // Once the large offer is promised to someone else, the free ones come first.
    let other = add(&mut p, grocer, EntryKind::Need, "Volunteers", "Shelf stackers", Strength::Small);
    accept_match(&mut p, large, other, t1()).unwrap();
    assert_eq!(order(&p), vec![medium, small, large]);
    let last = matches_for(&p, need).pop().unwrap();
    assert_eq!(last.promised_elsewhere, 1);
    assert!(last.reasons.iter().any(|r| r.to_string() == "Already promised to Grocer."));
    assert!(matches_for(&p, need)[1].reasons[0].to_string().ends_with("it may meet only part of it."));
}

#[test]
fn among_equal_offers_the_one_covering_more_of_the_amount_comes_first() {
    let (mut p, [pantry, grocer, council]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    let with = |p: &mut Partnership, id: Uuid, n: i64, unit: &str| {
        let mut e = p.resources.entry(id).unwrap().clone();
        e.amount = Some(Amount::new(Decimal::whole(n), unit));
        p.upsert(e, t0());
    };
    with(&mut p, need, 30_000, "USD");
    let a = add(&mut p, council, EntryKind::Offer, "Funding", "A", Strength::Medium);
    let b = add(&mut p, grocer, EntryKind::Offer, "Funding", "B", Strength::Medium);
    with(&mut p, a, 5_000, "USD");
    with(&mut p, b, 50_000, "usd");
    let m = matches_for(&p, need);
    assert_eq!(m[0].offer_id, b);
    assert!(m[0].reasons.iter().any(|r| r.to_string() == "Offers 50,000 usd, enough for the 30,000 USD needed."));
    assert!(m[1].reasons.iter().any(|r| r.to_string() == "Offers 5,000 USD of the 30,000 USD needed."));
}

#[test]
fn accepting_a_match_records_who_gives_what_to_whom() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Facilities", "Cold room", Strength::Medium);
    let offer = add(&mut p, grocer, EntryKind::Offer, "Facilities", "Spare freezer", Strength::Medium);
    let id = accept_match(&mut p, offer, need, t1()).unwrap();
    let c = p.resources.commitment(id).unwrap();
    assert_eq!((c.offer_id, c.need_id, c.from_partner, c.to_partner), (offer, need, grocer, pantry));
    assert_eq!(describe_commitment(&p, c), "Grocer gives “Spare freezer” to Pantry for “Cold room”.");
    assert_eq!(p.resources.commitments_of_entry(offer).len(), 1);
    assert_eq!(p.resources.commitments_of_entry(need).len(), 1);
    assert_eq!(accept_match(&mut p, offer, need, t1()).unwrap_err().to_string(), "This offer is already committed to that need.");
    assert!(accept_match(&mut p, need, offer, t1()).is_err(), "offer and need the wrong way round");
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn renaming_a_category_keeps_its_entries() {
    let (mut p, [pantry, _, _]) = fixture();
    let e = add(&mut p, pantry, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    let id = cat(&p, "Funding");
    p.resources.rename_category(id, "  Money ", t1()).unwrap();
    assert_eq!(p.resources.category_name(p.resources.entry(e).unwrap().category_id), "Money");
    assert_eq!(p.resources.category(id).unwrap().updated_at, t1());
    assert_eq!(
        p.resources.rename_category(id, "data", t1()).unwrap_err().message,
        "There is already a category called “data”."
    );
    assert_eq!(p.resources.add_category(" ", t1()).unwrap_err().message, "Give the category a name.");
}

#[test]
fn removing_a_category_removes_its_entries_and_their_commitments() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let (need, offer) = wages_and_grant(&mut p, pantry, grocer);
    let kept = add(&mut p, grocer, EntryKind::Offer, "Data", "Sales data", Strength::Small);
    let c = accept_match(&mut p, offer, need, t1()).unwrap();
    let funding = cat(&p, "Funding");
    assert_eq!(p.resources.entries_in_category(funding), 2);
    let (removed, n) = remove_category(&mut p, funding, t1()).unwrap();
    assert_eq!((removed.name.as_str(), n), ("Funding", 2));
    assert_eq!(p.resources.entries.iter().map(|e| e.id).collect::<Vec<_>>(), vec![kept]);
    assert!(p.resources.commitments.is_empty());
    for id in [funding, need, offer, c] {
        assert!(p.is_deleted(id), "{id} has a tombstone");
    }
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn categories_move_up_and_down_and_keep_distinct_orders() {
    let (mut p, _) = fixture();
    let data = cat(&p, "Data");
    p.resources.move_category(data, -1, t1());
    let names: Vec<String> = p.resources.ordered_categories().iter().map(|c| c.name.clone()).collect();
    assert_eq!(names[7..], ["Data".to_string(), "Volunteers".to_string()]);
    let first = p.resources.ordered_categories()[0].id;
    p.resources.move_category(first, -1, t1());
    assert_eq!(p.resources.ordered_categories()[0].id, first, "the first cannot move up");
    let id = p.resources.add_category("Food", t1()).unwrap();
    assert_eq!(p.resources.ordered_categories().last().unwrap().id, id, "a new category goes last");
}

#[test]
fn deleting_an_entry_withdraws_its_commitments() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let (need, offer) = wages_and_grant(&mut p, pantry, grocer);
    let c = accept_match(&mut p, offer, need, t1()).unwrap();
    p.remove::<Entry>(offer, t1()).unwrap();
    assert!(p.resources.commitments.is_empty());
    assert!(p.is_deleted(offer) && p.is_deleted(c));
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn moving_an_entry_to_another_partner_withdraws_its_commitments() {
    let (mut p, [pantry, grocer, council]) = fixture();
    let (need, offer) = wages_and_grant(&mut p, pantry, grocer);
    accept_match(&mut p, offer, need, t1()).unwrap();
    let mut e = p.resources.entry(offer).unwrap().clone();
    e.description = "Bigger grant".into();
    p.upsert(e.clone(), t1());
    assert_eq!(p.resources.commitments.len(), 1, "a change of words keeps the commitment");
    e.partner_id = council;
    p.upsert(e, t1());
    assert!(p.resources.commitments.is_empty());
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn deleting_a_partner_removes_its_entries_and_commitments() {
    let (mut p, [pantry, grocer, council]) = fixture();
    let (need, offer) = wages_and_grant(&mut p, pantry, grocer);
    let other = add(&mut p, council, EntryKind::Offer, "Data", "Benefits data", Strength::Large);
    accept_match(&mut p, offer, need, t1()).unwrap();
    p.remove::<Partner>(grocer, t1()).unwrap();
    assert_eq!(p.resources.entries.iter().map(|e| e.id).collect::<Vec<_>>(), vec![need, other]);
    assert!(p.resources.commitments.is_empty());
    assert!(p.is_deleted(offer));
    assert_eq!(validate(&p), vec![], "what is left still opens");
}

#[test]
fn the_heat_map_counts_entries_and_shows_the_strongest() {
    let (mut p, [pantry, grocer, _]) = fixture();
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Loan", Strength::Small);
    add(&mut p, grocer, EntryKind::Need, "Funding", "Tax advice", Strength::Small);
    add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Medium);
    let map = heat_map(&p);
    assert_eq!(map.partners.len(), 3);
    assert_eq!(map.categories.len(), 9);
    let col = map.categories.iter().position(|(_, n)| n == "Funding").unwrap();
    let cell = &map.cells[1][col];
    assert_eq!((cell.offers, cell.needs, cell.offer_score), (2, 1, 4));
    assert_eq!((cell.strongest_offer, cell.strongest_need), (Some(Strength::Large), Some(Strength::Small)));
    assert_eq!(cell.heat(), 2);
    assert_eq!(cell.describe("Grocer", "Funding"), "Grocer, Funding: 2 offers (up to large); 1 need (small).");
    assert_eq!(map.cells[0][col].heat(), 0);
    assert_eq!(map.cells[0][col].describe("Pantry", "Funding"), "Pantry, Funding: no offers; 1 need (medium).");
}

#[test]
fn each_category_lists_who_offers_and_who_needs_with_exact_totals() {
    let (mut p, [pantry, grocer, council]) = fixture();
    for (who, kind, amount) in [
        (grocer, EntryKind::Offer, "0.10"),
        (council, EntryKind::Offer, "0.20"),
        (pantry, EntryKind::Need, "1,000.50"),
    ] {
        let mut e = Entry::new(who, kind, cat(&p, "Funding"), "Money", Strength::Medium, t0());
        e.amount = Some(Amount::new(Decimal::parse(amount).unwrap(), "USD"));
        p.upsert(e, t0());
    }
    let funding = by_category(&p).into_iter().find(|c| c.name == "Funding").unwrap();
    assert_eq!(funding.offers.iter().map(|e| e.partner_id).collect::<Vec<_>>(), vec![grocer, council]);
    assert_eq!(funding.offered.to_string(), "0.3 USD");
    assert_eq!(funding.needed.to_string(), "1,000.5 USD");
}

#[test]
fn the_csv_has_one_row_per_entry_and_quotes_commas_quotes_and_line_breaks() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let tricky = "Vans, drivers and \"cold\" boxes\nweekdays only";
    let offer = add(&mut p, grocer, EntryKind::Offer, "Facilities", tricky, Strength::Large);
    let need = add(&mut p, pantry, EntryKind::Need, "Facilities", "=Cold room", Strength::Medium);
    let mut e = p.resources.entry(need).unwrap().clone();
    e.amount = Some(Amount::new(Decimal::parse("1250.5").unwrap(), "hours"));
    e.available_from = Some(date("2026-12-01"));
    p.upsert(e, t0());
    accept_match(&mut p, offer, need, t1()).unwrap();
    let text = csv(&p);
    assert!(text.contains("\"Vans, drivers and \"\"cold\"\" boxes\nweekdays only\""));
    let rows = parse(&text).unwrap();
    assert_eq!(rows.len(), 3, "header and one row per entry");
    assert_eq!(rows[0].fields[0], "Partner");
    assert_eq!(rows[1].fields[..6], ["Pantry", "Need", "Facilities", "'=Cold room", "medium", "2"]);
    assert_eq!(rows[1].fields[6..11], ["1250.5", "hours", "2026-12-01", "", "from Grocer"]);
    assert_eq!(rows[2].fields[3], tricky);
    assert_eq!(rows[2].fields[10], "to Pantry");
    assert_eq!(csv_file_name(&p, at("2026-11-27T10:00:00Z")), "food-for-all-resources-2026-11-27.csv");
}

#[test]
fn broken_references_are_reported_with_their_place() {
    let (mut p, [pantry, grocer, _]) = fixture();
    let (need, offer) = wages_and_grant(&mut p, pantry, grocer);
    accept_match(&mut p, offer, need, t1()).unwrap();
    p.resources.entries[0].category_id = Uuid::nil();
    p.resources.entries[1].partner_id = Uuid::nil();
    p.resources.entries[1].available_from = Some(date("2026-05-01"));
    p.resources.entries[1].available_until = Some(date("2026-04-01"));
    p.resources.commitments[0].to_partner = grocer;
    p.resources.categories[2].name = "expertise".into();
    let paths: Vec<String> = validate(&p).into_iter().map(|x| x.path).collect();
    assert_eq!(
        paths,
        vec![
            "resources.categories[2].name",
            "resources.entries[0].category_id",
            "resources.entries[1].partner_id",
            "resources.entries[1].available_until",
            // The offer's partner no longer matches, and the need's never did.
            "resources.commitments[0].from_partner",
            "resources.commitments[0].to_partner",
            "resources.commitments[0].to_partner",
        ]
    );
}

#[test]
fn an_entry_form_says_what_is_missing() {
    let (p, [pantry, _, _]) = fixture();
    let mut e = Entry::new(pantry, EntryKind::Need, Uuid::nil(), " ", Strength::Small, t0());
    e.amount = Some(Amount::new(Decimal::ZERO, ""));
    let fields: Vec<String> = check_entry(&e, &p).into_iter().map(|x| x.path).collect();
    assert_eq!(fields, vec!["description", "category", "amount", "unit"]);
}

#[test]
fn files_from_before_the_resource_map_still_load() {
    let json = r#"{"id":"7d6f3f4e-8a39-4a55-9d1e-0f6f2f8b1a11","created_at":"2026-01-01T00:00:00Z",
        "updated_at":"2026-01-01T00:00:00Z","name":"Old","partners":[]}"#;
    let p: Partnership = serde_json::from_str(json).unwrap();
    assert!(p.resources.categories.is_empty() && p.resources.commitments.is_empty());
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn the_sample_has_a_gap_a_single_partner_risk_and_agreed_commitments() {
    let p = crate::model::sample::sample(at("2026-11-27T09:00:00Z"));
    assert_eq!(validate(&p), vec![]);
    let gaps = unmet_needs(&p);
    assert_eq!(gaps.len(), 1);
    assert_eq!(p.resources.entry(gaps[0].need_id).unwrap().description, "A stock system that shows what each pantry holds");
    let risky: Vec<String> =
        single_partner_categories(&p).iter().map(|r| p.resources.category_name(r.category_id)).collect();
    assert!(risky.contains(&"Funding".to_string()), "{risky:?}");
    assert_eq!(p.resources.commitments.len(), 2);
    assert!(balance(&p).iter().all(|b| b.offers > 0 && b.needs > 0));
}

#[test]
fn unmet_needs_are_the_needs_without_commitment_or_match_on_a_generated_partnership() {
    use crate::model::generate::{partnership_of, SMALL};
    let now = crate::model::time::at("2026-11-27T09:00:00Z");
    let mut p = partnership_of(SMALL, 5, now);
    // Dates, so that some offers are not available when they are needed.
    let day = |m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(2026, m, d);
    for (i, e) in p.resources.entries.iter_mut().enumerate() {
        let window = match (e.kind, i % 3) {
            (EntryKind::Offer, 0) => (day(1, 1), day(1, 10)),
            (EntryKind::Offer, _) => (day(1, 20), day(1, 28)),
            (EntryKind::Need, 0) => (day(2, 1), day(2, 5)),
            (EntryKind::Need, 1) => (day(1, 5), day(1, 6)),
            (EntryKind::Need, _) => (None, None),
        };
        (e.available_from, e.available_until) = window;
    }
    // A category nobody offers anything in.
    let (empty, other) = (p.resources.categories[1].id, p.resources.categories[2].id);
    for e in p.resources.entries.iter_mut().filter(|e| e.category_id == empty && e.kind == EntryKind::Offer) {
        e.category_id = other;
    }
    // And one category whose only offers come from one partner.
    let lonely = p.resources.categories[0].id;
    let giver = p.partners[0].id;
    for e in p.resources.entries.iter_mut().filter(|e| e.category_id == lonely && e.kind == EntryKind::Offer) {
        e.partner_id = giver;
    }
    if let Some(n) = p.resources.entries.iter_mut().find(|e| e.category_id == lonely && e.kind == EntryKind::Need) {
        n.partner_id = giver;
    }
    let expected: Vec<Uuid> = p
        .resources
        .entries
        .iter()
        .filter(|n| n.kind == EntryKind::Need)
        .filter(|n| !p.resources.commitments.iter().any(|c| c.need_id == n.id) && matches_for(&p, n.id).is_empty())
        .map(|n| n.id)
        .collect();
    let found = unmet_needs(&p);
    assert!(found.len() > 3, "the fixture has unmet needs: {}", found.len());
    assert_eq!(found.iter().map(|u| u.need_id).collect::<Vec<_>>(), expected);
    for reason in [UnmetReason::NoOffer, UnmetReason::OnlyOwnOffer, UnmetReason::NotAvailableThen] {
        assert!(found.iter().any(|u| u.reason == reason), "{reason:?}");
    }
}

/// The ranking rule read plainly, one need at a time, searching the whole map for each: what
/// `suggestions` computed before it found things once for all needs.
fn plain_suggestions(p: &Partnership) -> Vec<NeedSuggestions> {
    use std::cmp::Reverse;
    let r = &p.resources;
    let plain_matches = |need: &Entry| {
        let promised = |o: &Entry| r.commitments.iter().filter(|c| c.offer_id == o.id && c.need_id != need.id).count();
        let mut candidates: Vec<(&Entry, usize)> = r
            .entries
            .iter()
            .filter(|o| {
                o.kind == EntryKind::Offer
                    && o.category_id == need.category_id
                    && o.partner_id != need.partner_id
                    && o.overlaps(need)
                    && !r.commitments.iter().any(|c| c.offer_id == o.id && c.need_id == need.id)
            })
            .map(|o| (o, promised(o)))
            .collect();
        candidates.sort_by_key(|(o, elsewhere)| {
            let towards = match (&o.amount, &need.amount) {
                (Some(a), Some(b)) if a.unit_key() == b.unit_key() => a.value.min(b.value),
                _ => Decimal::ZERO,
            };
            (
                *elsewhere > 0,
                o.strength < need.strength,
                Reverse(o.strength),
                Reverse(towards),
                p.partner_name(o.partner_id).to_lowercase(),
                o.description.to_lowercase(),
            )
        });
        candidates
            .into_iter()
            .map(|(o, promised_elsewhere)| Match {
                offer_id: o.id,
                need_id: need.id,
                giver: p.partner_name(o.partner_id),
                offer: o.description.clone(),
                promised_elsewhere,
                reasons: Vec::new(),
            })
            .collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    for cat in r.ordered_categories() {
        for partner in &p.partners {
            for need in r.entries.iter().filter(|e| e.kind == EntryKind::Need && e.category_id == cat.id && e.partner_id == partner.id) {
                let matches = plain_matches(need);
                let commitments = r.commitments.iter().filter(|c| c.need_id == need.id).map(|c| c.id).collect();
                out.push(NeedSuggestions { need_id: need.id, commitments, matches, more: 0 });
            }
        }
    }
    out
}

/// On a generated map of 200 entries with commitments accepted here and there (some offers
/// promised several times) and a partner removed: the same needs, commitments and ranked
/// offers as the plain reading of the rule, reasons that name every other need's partner, and
/// when asked for the best three, the first three and the count of the others.
#[test]
fn suggestions_for_every_need_follow_the_plain_rule() {
    use crate::model::generate::{partnership_of, Pcg, SIZES};
    let mut p = partnership_of(SIZES.divided(10), 3, t0());
    let mut rng = Pcg::new(5);
    let before = p.resources.commitments.len();
    for _ in 0..60 {
        let all = suggestions(&p, usize::MAX);
        let with = all.iter().filter(|s| !s.matches.is_empty()).collect::<Vec<_>>();
        let s = rng.pick(&with);
        let m = rng.pick(&s.matches);
        accept_match(&mut p, m.offer_id, m.need_id, t1()).unwrap();
    }
    let gone = p.partners[4].id;
    p.partners.retain(|x| x.id != gone);
    let ours = suggestions(&p, usize::MAX);
    assert_eq!(p.resources.commitments.len(), before + 60);
    let most = ours.iter().flat_map(|s| &s.matches).map(|m| m.promised_elsewhere).max();
    assert!(most > Some(1), "an offer promised to two other needs at most {most:?}");
    let without_reasons: Vec<NeedSuggestions> = ours
        .iter()
        .map(|s| NeedSuggestions {
            matches: s.matches.iter().map(|m| Match { reasons: Vec::new(), ..m.clone() }).collect(),
            ..s.clone()
        })
        .collect();
    assert_eq!(without_reasons, plain_suggestions(&p));
    for s in &ours {
        assert_eq!(s.matches.iter().map(|m| m.offer_id).collect::<Vec<_>>(), matches_for(&p, s.need_id).iter().map(|m| m.offer_id).collect::<Vec<_>>());
        for m in s.matches.iter().filter(|m| m.promised_elsewhere > 0) {
            let said = m.reasons.iter().map(|r| r.to_string()).find(|r| r.starts_with("Already promised to ")).expect("says where else it is promised");
            for c in p.resources.commitments.iter().filter(|c| c.offer_id == m.offer_id) {
                assert!(said.contains(&p.partner_name(c.to_partner)), "{said}");
            }
        }
    }
    let best = suggestions(&p, 3);
    assert!(best.iter().any(|s| s.more > 0));
    for (b, all) in best.iter().zip(&ours) {
        assert_eq!((b.need_id, &b.commitments), (all.need_id, &all.commitments));
        assert_eq!(b.matches[..], all.matches[..all.matches.len().min(3)]);
        assert_eq!(b.matches.len() + b.more, all.matches.len());
    }
    assert_eq!(best.len(), ours.len());
}

#[test]
fn a_category_after_the_last_possible_order_is_still_added() {
    let mut map = ResourceMap::default();
    map.add_category("Last", t0()).unwrap();
    map.categories[0].order = u32::MAX;
    map.add_category("After", t0()).unwrap();
    assert_eq!(map.categories[1].order, u32::MAX);
}

mod words;
