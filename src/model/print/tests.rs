use chrono::{TimeZone, Utc};

use super::*;
use crate::model::guides::agenda::Agenda;
use crate::model::sample::sample;

/// A sheet made from the partnership, printed on its sample day, with no agenda planned.
fn doc(k: Kind, p: &Partnership, w: &Words) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    document(k, &Sources { partnership: p, today, agenda: &Agenda::default() }, w)
}

fn p() -> Partnership {
    sample(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap())
}

#[test]
fn every_sheet_has_its_title_and_the_partnerships_name() {
    let p = p();
    let w = Words::english();
    for k in Kind::ALL {
        let html = doc(k, &p, &w);
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", esc(w.get(k.title())))), "{k:?}");
        assert!(html.contains(&esc(&p.name)), "{k:?}");
        assert_eq!(Kind::from_slug(k.slug()), Some(k));
    }
}

#[test]
fn the_charter_has_a_signature_line_per_partner_and_its_text() {
    let p = p();
    let html = doc(Kind::Charter, &p, &Words::english());
    assert_eq!(html.matches("class=\"signature keep\"").count(), p.partners.len());
    assert!(html.contains(&esc(&p.charter.mission)));
    for partner in &p.partners {
        assert!(html.contains(&esc(&partner.name)));
    }
}

#[test]
fn ballots_ask_every_statement_and_the_anonymous_one_names_no_partner() {
    let p = p();
    let named = doc(Kind::Ballot, &p, &Words::english());
    let anonymous = doc(Kind::AnonymousBallot, &p, &Words::english());
    for html in [&named, &anonymous] {
        assert_eq!(html.matches("class=\"ballot-statement keep\"").count(), crate::model::health::STATEMENTS.len());
    }
    assert!(p.partners.iter().all(|x| named.contains(&esc(&x.name))));
    assert!(p.partners.iter().all(|x| !anonymous.contains(&format!(">{}<", esc(&x.name)))));
}

#[test]
fn cards_are_one_per_category_and_one_per_partner() {
    let p = p();
    let html = doc(Kind::ResourceCards, &p, &Words::english());
    assert_eq!(html.matches("class=\"print-card keep\"").count(), p.resources.categories.len() + p.partners.len());
}

#[test]
fn text_from_the_partnership_is_escaped() {
    let mut p = p();
    p.name = "<script>alert(1)</script>".into();
    p.ideas.ideas[0].title = "a <b>bold</b> & \"quoted\" idea".into();
    let html = doc(Kind::DotVoting, &p, &Words::english());
    assert!(!html.contains("<script>") && !html.contains("<b>bold"));
    assert!(html.contains("a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; idea"));
}

#[test]
fn the_said_did_sheet_answers_every_point_in_the_rooms_language() {
    let p = p();
    let rows = crate::model::community::you_said_we_did(&p.community);
    assert!(!rows.is_empty(), "the sample has things heard");
    for w in crate::i18n::every_language() {
        let html = doc(Kind::SaidDid, &p, &w);
        assert_eq!(html.matches("<tr class=\"keep\">").count(), rows.len(), "{:?}", w.lang());
        assert!(html.contains(&esc(w.get(tr::print::YOU_SAID))) && html.contains(&esc(w.get(tr::print::WE_DID))));
        assert!(html.contains(&esc(&w.date(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()))), "dated");
        for r in &rows {
            assert!(html.contains(&esc(&r.said)), "{}", r.said);
        }
    }
    let rate = crate::model::community::response_rate(&p.community);
    let html = doc(Kind::SaidDid, &p, &Words::english());
    assert!(html.contains(&format!("{} points heard · acted on: {} · awaiting our answer: {}", rate.inputs, rate.acted_on, rate.unanswered())));
}

#[test]
fn an_open_point_says_it_is_still_being_decided_and_nothing_is_markup() {
    let mut p = p();
    p.community.responses.clear();
    p.community.inputs[0].said = "<img src=x onerror=alert(1)>".into();
    let html = doc(Kind::SaidDid, &p, &Words::english());
    assert_eq!(html.matches("We have not decided yet; we will report back.").count(), p.community.inputs.len());
    assert!(!html.contains("<img") && html.contains("&lt;img src=x"));
    p.community = Default::default();
    assert!(doc(Kind::SaidDid, &p, &Words::english()).contains("Nothing to hand back yet"));
}

#[test]
fn the_agenda_sheet_lists_each_exercise_with_its_start_and_the_fit() {
    let p = p();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let agenda = Agenda::parse("90|health-check 30|dot-voting 45|stories 25");
    let w = Words::english();
    let html = document(Kind::Agenda, &Sources { partnership: &p, today, agenda: &agenda }, &w);
    assert_eq!(html.matches("<tr class=\"keep\">").count(), 3);
    for (start, title) in [("0:00", "Health check"), ("0:30", "Dot voting"), ("1:15", "Stories of change")] {
        assert!(html.contains(&format!("<td class=\"agenda-start\">{start}</td>")), "{start}");
        assert!(html.contains(title), "{title}");
    }
    assert!(html.contains("A session of 90 minutes"));
    assert!(html.contains("<td class=\"agenda-minutes\">100</td>"));
    assert!(html.contains("The exercises take 10 minutes more than the session"));
    let empty = document(Kind::Agenda, &Sources { partnership: &p, today, agenda: &Agenda::default() }, &w);
    assert!(empty.contains("No exercises on the agenda yet."));
}
