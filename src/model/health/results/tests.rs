use std::collections::BTreeMap;

use super::results_html;
use crate::i18n::{every_language, tr, Lang, Words};
use crate::model::health::{Comparison, HealthCheck, HealthRound, Practice, STATEMENTS};
use crate::model::record::new_id;
use crate::model::text::escape_xml;
use crate::model::time::{at, date};

/// Every statement scored by its practice.
fn scores(by: impl Fn(Practice) -> u8) -> BTreeMap<String, u8> {
    STATEMENTS.iter().map(|s| (s.key.to_string(), by(s.practice))).collect()
}

/// Two partners, two rounds. Before: 3 everywhere. Now: 3 and 4 (3.5) on most practices, 2
/// and 3 on community engagement (2.5, the weakest, down 0.5), 1 and 5 on sustainability
/// (3.0, four points apart: a disagreement, unchanged); 3.3 overall.
fn two_rounds(anonymous: bool) -> (HealthCheck, Comparison) {
    let now = at("2026-05-01T09:00:00Z");
    let (a, b) = (new_id(), new_id());
    let mut before = HealthRound::new("Spring", date("2026-04-01"), now);
    let mut round = HealthRound::new("Autumn", date("2026-10-01"), now);
    before.anonymous = anonymous;
    round.anonymous = anonymous;
    for p in [a, b] {
        before.set_ratings(p, scores(|_| 3), now).unwrap();
    }
    let low = |p| match p {
        Practice::Community => 2,
        Practice::Sustainability => 1,
        _ => 3,
    };
    let high = |p| match p {
        Practice::Community => 3,
        Practice::Sustainability => 5,
        _ => 4,
    };
    round.set_ratings(a, scores(low), now).unwrap();
    round.set_ratings(b, scores(high), now).unwrap();
    let id = round.id;
    let mut h = HealthCheck::default();
    h.rounds.push(before);
    h.rounds.push(round);
    let cmp = h.compare(id).unwrap();
    (h, cmp)
}

/// Every element opened is closed, in order (the markup writes no void elements).
fn assert_balanced(html: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("a tag left open") + start;
        let tag = &rest[start + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name), "</{name}> closes another element in {html}");
        } else {
            open.push(tag.split(' ').next().unwrap());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

#[test]
fn one_row_per_practice_with_the_weakest_marked_and_the_disagreement_flagged() {
    let (_, cmp) = two_rounds(false);
    let html = results_html(&cmp, &Words::english());
    assert_balanced(&html);
    assert!(html.starts_with(
        "<section class=\"card health-results\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\">Results</h2>"
    ));
    assert!(html.ends_with("</tbody></table></div></section>"));
    assert_eq!(html.matches("<g class=\"chart-row").count(), 8);
    assert_eq!(html.matches("<th scope=\"row\">").count(), 8);
    // The summary: overall, the weakest practice and the disagreement to talk about.
    assert!(html.contains(
        "<p class=\"results-summary\">Overall 3.3 of 5. <span data-testid=\"weakest\">Weakest practice: <strong>Community engagement</strong> (2.5).</span></p>"
    ));
    assert!(html.contains("<p class=\"flag flag-warn\">Partners disagree (2 points or more apart) on: Sustainability. Talk about why.</p>"));
    // The chart: the weakest row (the fourth) marked, the wide spread and its warning.
    assert_eq!(html.matches("chart-row weakest").count(), 1);
    assert!(html.contains("<g class=\"chart-row weakest\"><text class=\"row-label\" x=\"278\" y=\"245\" text-anchor=\"end\">Community engagement</text>"));
    assert!(html.contains("<text class=\"value\" x=\"742\" y=\"245\">2.5 (-0.5)</text>"));
    assert_eq!(html.matches("<g class=\"spread wide\">").count(), 1);
    assert!(html.contains("<text class=\"disagree\" x=\"976\" y=\"493\" text-anchor=\"end\">⚠ disagree</text></g>"));
    let label = "Average rating per practice, out of 5. Trust and respect 3.5; Clear goals and metrics 3.5; Leveraging strengths 3.5; \
                 Community engagement 2.5; Innovation and flexibility 3.5; Communication 3.5; Celebrating and learning 3.5; \
                 Sustainability 3.0. Weakest: Community engagement.";
    assert!(html.contains(&format!(
        "<svg class=\"practice-chart\" viewBox=\"0 0 980 570\" role=\"img\" aria-label=\"{label}\" preserveAspectRatio=\"xMinYMin meet\"><title>{label}</title>"
    )));
    // Bars and the previous round's marks are drawn to scale: 3.5 of 5 on 440 units.
    assert!(html.contains("<rect class=\"bar\" x=\"290\" y=\"40\" width=\"308\" height=\"26\" rx=\"3\"></rect>"));
    assert!(html.contains("<rect class=\"previous\" x=\"290\" y=\"69\" width=\"264\" height=\"7\" rx=\"2\"></rect>"));
    assert!(html.contains("<text x=\"130\" y=\"0\">previous round</text>"));
    assert!(html.contains("<text x=\"318\" y=\"0\">lowest to highest partner</text>"));
    // The table: a focusable region, the flagged row, a rise with its sign.
    assert!(html.contains(
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Results per practice\"><table class=\"results-table\"><caption>Results per practice</caption>"
    ));
    assert!(html.contains("<th scope=\"col\">Spread (lowest–highest partner)</th><th scope=\"col\">Partners</th>"));
    assert!(html.contains("<tr><th scope=\"row\">Trust and respect</th><td>3.5</td><td>+0.5</td><td>3.0–4.0</td><td>2</td></tr>"));
    assert_eq!(html.matches("<tr class=\"flagged\">").count(), 1);
    assert!(html.contains(
        "<tr class=\"flagged\"><th scope=\"row\">Sustainability</th><td>3.0</td><td>0.0</td><td>1.0–5.0<span class=\"flag flag-warn\"> disagree</span></td><td>2</td></tr>"
    ));
}

#[test]
fn a_first_round_has_no_previous_marks_and_no_change() {
    let (h, _) = two_rounds(false);
    let first = h.rounds_in_order()[0].id;
    let html = results_html(&h.compare(first).unwrap(), &Words::english());
    assert_balanced(&html);
    assert!(!html.contains("class=\"previous\""));
    assert!(!html.contains("previous round"));
    assert!(html.contains("<tr><th scope=\"row\">Trust and respect</th><td>3.0</td><td>–</td><td>3.0–3.0</td><td>2</td></tr>"));
    assert!(!html.contains("flagged") && !html.contains("flag-warn") && !html.contains("spread wide"));
    // A tie: the first practice in the seed's order is the weakest.
    assert!(html.contains("<strong>Trust and respect</strong> (3.0)"));
}

#[test]
fn a_round_without_ratings_is_a_hint() {
    let mut h = HealthCheck::default();
    let round = HealthRound::new("Empty", date("2026-04-01"), at("2026-05-01T09:00:00Z"));
    let id = round.id;
    h.rounds.push(round);
    assert_eq!(
        results_html(&h.compare(id).unwrap(), &Words::english()),
        "<p class=\"hint results-empty\">No ratings in this round yet: enter them below, one partner after another.</p>"
    );
}

#[test]
fn an_anonymous_round_speaks_of_answers_not_partners() {
    let (_, cmp) = two_rounds(true);
    let html = results_html(&cmp, &Words::english());
    assert_balanced(&html);
    assert!(html.contains("Answers differ widely (2 points or more apart) on: Sustainability. Talk about why."));
    assert!(html.contains("<th scope=\"col\">Spread (lowest–highest answer)</th><th scope=\"col\">Answers</th>"));
    assert!(html.contains("<text x=\"318\" y=\"0\">lowest to highest answer</text>"));
    assert!(!html.to_lowercase().contains("partner"), "{html}");
}

#[test]
fn words_are_escaped() {
    let mut value: serde_json::Value = serde_json::from_str(include_str!("../../../../locales/en.json")).unwrap();
    value["model"]["practice"]["community"] = "Community <b>\"&'".into();
    value["health"]["results"] = "Results & <i>".into();
    let w = Words::from_json(Lang::En, &value.to_string()).unwrap();
    let (_, cmp) = two_rounds(false);
    let html = results_html(&cmp, &w);
    assert_balanced(&html);
    assert!(!html.contains("<b>") && !html.contains("<i>"));
    assert!(html.contains("<h2 id=\"results-heading\">Results &amp; &lt;i&gt;</h2>"));
    let name = "Community &lt;b&gt;&quot;&amp;&#39;";
    assert!(html.contains(&format!("<strong>{name}</strong>")));
    assert!(html.contains(&format!("text-anchor=\"end\">{name}</text>")));
    assert!(html.contains(&format!("<th scope=\"row\">{name}</th>")));
    assert!(html.contains(&format!("; {name} 2.5; ")), "in the chart's label");
    assert!(html.contains(&format!("Weakest: {name}.\" preserveAspectRatio")));
}

#[test]
fn numbers_and_words_in_every_language() {
    let (_, cmp) = two_rounds(false);
    for w in every_language() {
        let html = results_html(&cmp, &w);
        assert_balanced(&html);
        let (three, rise, spread) = match w.lang() {
            Lang::En => ("3.0", "+0.5", "1.0–5.0"),
            Lang::Es | Lang::Fr => ("3,0", "+0,5", "1,0–5,0"),
        };
        let lang = w.lang().code();
        assert!(html.contains(&format!("<td>{three}</td>")), "{lang}: the average keeps its decimal");
        assert!(html.contains(&format!("<td>{rise}</td>")), "{lang}");
        assert!(html.contains(&format!("<td>{spread}<span class=\"flag flag-warn\"> ")), "{lang}");
        assert!(html.contains(&format!("({}).</span>", w.fixed(2.5, 1))), "{lang}: the weakest's average");
        let overall = escape_xml(&tr::health::overall(&w, &w.fixed(cmp.overall().unwrap(), 1)));
        assert!(html.contains(&format!("<p class=\"results-summary\">{overall} ")), "{lang}");
        for k in [tr::health::RESULTS, tr::health::TABLE_CAPTION, tr::health::PARTNERS, tr::health::LEGEND_PREVIOUS, tr::health::DISAGREE] {
            assert!(html.contains(&escape_xml(w.get(k))), "{lang}: {}", w.get(k));
        }
        for p in Practice::ALL {
            assert!(html.contains(&format!("<th scope=\"row\">{}</th>", escape_xml(w.get(p.label_key())))), "{lang}");
        }
    }
}
