use chrono::{TimeZone, Utc};

use super::*;
use crate::model::sample::sample;

fn p() -> Partnership {
    sample(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap())
}

#[test]
fn every_sheet_has_its_title_and_the_partnerships_name() {
    let p = p();
    let w = Words::english();
    for k in Kind::ALL {
        let html = document(k, &p, &w);
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", esc(w.get(k.title())))), "{k:?}");
        assert!(html.contains(&esc(&p.name)), "{k:?}");
        assert_eq!(Kind::from_slug(k.slug()), Some(k));
    }
}

#[test]
fn the_charter_has_a_signature_line_per_partner_and_its_text() {
    let p = p();
    let html = document(Kind::Charter, &p, &Words::english());
    assert_eq!(html.matches("class=\"signature keep\"").count(), p.partners.len());
    assert!(html.contains(&esc(&p.charter.mission)));
    for partner in &p.partners {
        assert!(html.contains(&esc(&partner.name)));
    }
}

#[test]
fn ballots_ask_every_statement_and_the_anonymous_one_names_no_partner() {
    let p = p();
    let named = document(Kind::Ballot, &p, &Words::english());
    let anonymous = document(Kind::AnonymousBallot, &p, &Words::english());
    for html in [&named, &anonymous] {
        assert_eq!(html.matches("class=\"ballot-statement keep\"").count(), crate::model::health::STATEMENTS.len());
    }
    assert!(p.partners.iter().all(|x| named.contains(&esc(&x.name))));
    assert!(p.partners.iter().all(|x| !anonymous.contains(&format!(">{}<", esc(&x.name)))));
}

#[test]
fn cards_are_one_per_category_and_one_per_partner() {
    let p = p();
    let html = document(Kind::ResourceCards, &p, &Words::english());
    assert_eq!(html.matches("class=\"print-card keep\"").count(), p.resources.categories.len() + p.partners.len());
}

#[test]
fn text_from_the_partnership_is_escaped() {
    let mut p = p();
    p.name = "<script>alert(1)</script>".into();
    p.ideas.ideas[0].title = "a <b>bold</b> & \"quoted\" idea".into();
    let html = document(Kind::DotVoting, &p, &Words::english());
    assert!(!html.contains("<script>") && !html.contains("<b>bold"));
    assert!(html.contains("a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; idea"));
}
