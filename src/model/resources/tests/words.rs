//! The resource map's sentences in Spanish and French: the model says them as messages, and
//! each language words them (gaps, match reasons, commitments, the heat-map's cells, the CSV).
use super::*;
use crate::i18n::every_language;

#[test]
fn a_gap_is_worded_in_each_language() {
    let [en, es, fr] = every_language();
    let (mut p, [pantry, grocer, _]) = fixture();
    add(&mut p, pantry, EntryKind::Need, "Technology", "Stock system", Strength::Medium);
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Money", Strength::Large);
    let f = findings(&p);
    assert_eq!(es.get(f[0].kind.heading()), "Necesidades que ninguna oferta cubre");
    assert_eq!(
        f[0].text.say(&es),
        "Pantry necesita «Stock system», pero nadie ofrece nada en Technology. ¿Quién, fuera de la alianza, podría ayudar?"
    );
    let only = f.iter().find(|f| f.kind == FindingKind::OnlyOffers).unwrap();
    assert_eq!(en.get(only.kind.heading()), "Partners who offer but need nothing");
    assert!(only.text.say(&fr).starts_with("Grocer offre 1 chose mais n’a exprimé aucun besoin."), "{}", only.text.say(&fr));
    let single = f.iter().find(|f| f.kind == FindingKind::SinglePartner).unwrap();
    assert_eq!(
        single.text.say(&fr),
        "La catégorie Funding ne repose que sur Grocer\u{a0}: si ce partenaire se retirait, le partenariat la perdrait entièrement."
    );
}

#[test]
fn match_reasons_and_commitments_are_worded_in_each_language() {
    let [_, es, fr] = every_language();
    let (mut p, [pantry, grocer, _]) = fixture();
    let need = add(&mut p, pantry, EntryKind::Need, "Funding", "Wages", Strength::Large);
    let offer = add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Medium);
    for (id, n) in [(need, 30_000), (offer, 12_500)] {
        let mut e = p.resources.entry(id).unwrap().clone();
        e.amount = Some(Amount::new(Decimal::whole(n), "EUR"));
        p.upsert(e, t0());
    }
    let reasons: Vec<String> = matches_for(&p, need)[0].reasons.iter().map(|r| r.say(&fr)).collect();
    assert_eq!(
        reasons,
        [
            "Une offre moyenne pour un besoin important\u{a0}: elle n’y répondra peut-être qu’en partie.",
            "Propose 12\u{202f}500 EUR sur les 30\u{202f}000 EUR nécessaires.",
        ]
    );
    let said: Vec<String> = matches_for(&p, need)[0].reasons.iter().map(|r| r.say(&es)).collect();
    assert_eq!(said[0], "Una oferta mediana para una necesidad grande: quizá cubra solo una parte.");
    let id = accept_match(&mut p, offer, need, t1()).unwrap();
    let c = p.resources.commitment(id).unwrap();
    assert_eq!(describe_commitment(&p, c).say(&es), "Grocer da «Grant» a Pantry para «Wages».");
}

#[test]
fn a_heat_map_cell_is_read_out_in_each_language() {
    let [_, es, fr] = every_language();
    let (mut p, [_, grocer, _]) = fixture();
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Grant", Strength::Large);
    add(&mut p, grocer, EntryKind::Offer, "Funding", "Loan", Strength::Small);
    add(&mut p, grocer, EntryKind::Need, "Funding", "Tax advice", Strength::Medium);
    let map = heat_map(&p);
    let col = map.categories.iter().position(|(_, n)| n == "Funding").unwrap();
    let cell = &map.cells[1][col];
    assert_eq!(cell.describe("Grocer", "Funding").say(&es), "Grocer, Funding: 2 ofertas (la mayor: grande); 1 necesidad (mediana).");
    assert_eq!(
        cell.describe("Grocer", "Funding").say(&fr),
        "Grocer, Funding\u{a0}: 2 offres (la plus forte\u{a0}: importante)\u{a0}; 1 besoin (moyen)."
    );
}

#[test]
fn a_new_partnership_names_its_categories_in_the_interface_language() {
    let [en, es, _] = every_language();
    crate::i18n::set_current(&es);
    let p = Partnership::new("Alianza", t0());
    crate::i18n::set_current(&en);
    let names: Vec<&str> = p.resources.ordered_categories().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), 9);
    assert_eq!(names[0], es.get(DEFAULT_CATEGORIES[0]));
    assert_ne!(names[0], "Expertise");
}
