use super::*;
use crate::model::time::at;
use crate::model::validate::validate;
use crate::model::{Partner, Sector};

fn t0() -> DateTime<Utc> {
    at("2026-03-01T10:00:00Z")
}

/// A focus group with three inputs: themes "Access" twice (once as "access"), "dignity".
fn heard() -> (Partnership, Vec<Uuid>) {
    let mut p = Partnership::new("X", t0());
    let a = Activity::new(ActivityKind::FocusGroup, "Parents", t0());
    let aid = a.id;
    p.upsert(a, t0());
    let mut ids = Vec::new();
    for (said, tags) in [("closes early", "Access, hours"), ("far away", "access"), ("shame", "dignity")] {
        let mut i = Input::new(aid, said, t0());
        i.themes = parse_tags(tags);
        ids.push(i.id);
        p.upsert(i, t0());
    }
    (p, ids)
}

#[test]
fn themes_are_counted_by_frequency_ignoring_case() {
    let (p, _) = heard();
    assert_eq!(
        theme_counts(&p.community),
        vec![("Access".to_string(), 2), ("dignity".to_string(), 1), ("hours".to_string(), 1)]
    );
}

#[test]
fn a_theme_repeated_in_one_input_counts_once() {
    let (mut p, ids) = heard();
    p.community.inputs[2].themes = vec!["dignity".into(), "Dignity".into()];
    assert!(theme_counts(&p.community).contains(&("dignity".to_string(), 1)));
    assert_eq!(ids.len(), 3);
}

#[test]
fn tags_are_split_trimmed_and_deduplicated() {
    assert_eq!(parse_tags(" access, Opening hours ,, ACCESS;food"), vec!["access", "Opening hours", "food"]);
    assert!(parse_tags("  ").is_empty());
}

#[test]
fn response_rate_counts_only_in_progress_and_done_as_acted_on() {
    let (mut p, ids) = heard();
    assert_eq!(response_rate(&p.community).acted_on_percent(), Some(0));
    p.upsert(Response::new(ids[0], "Evening opening", ResponseStatus::Done, t0()), t0());
    let mut no = Response::new(ids[1], "No", ResponseStatus::WontDo, t0());
    no.reason = "No van".into();
    p.upsert(no, t0());
    let rate = response_rate(&p.community);
    assert_eq!(rate, ResponseRate { inputs: 3, answered: 2, acted_on: 1, done: 1 });
    assert_eq!(rate.acted_on_percent(), Some(33));
    assert_eq!(rate.unanswered(), 1);
}

#[test]
fn response_rate_of_nothing_heard_is_none() {
    assert_eq!(response_rate(&Community::default()).acted_on_percent(), None);
}

#[test]
fn input_with_open_response_is_still_without_response() {
    let (mut p, ids) = heard();
    p.upsert(Response::new(ids[0], "", ResponseStatus::Open, t0()), t0());
    p.upsert(Response::new(ids[1], "Did it", ResponseStatus::Done, t0()), t0());
    let waiting: Vec<Uuid> = inputs_without_response(&p.community).iter().map(|i| i.id).collect();
    assert_eq!(waiting, vec![ids[0], ids[2]]);
}

#[test]
fn an_input_has_at_most_one_response() {
    let (mut p, ids) = heard();
    let first = Response::new(ids[0], "Plan", ResponseStatus::InProgress, t0());
    let first_id = first.id;
    p.upsert(first, t0());
    p.upsert(Response::new(ids[0], "Done it", ResponseStatus::Done, at("2026-03-02T10:00:00Z")), t0());
    assert_eq!(p.community.responses.len(), 1);
    assert_eq!(p.community.responses[0].id, first_id, "the second takes the first's place");
    assert_eq!(p.community.responses[0].did, "Done it");
}

#[test]
fn wont_do_needs_a_reason() {
    let r = Response::new(Uuid::nil(), "No", ResponseStatus::WontDo, t0());
    assert_eq!(check_response(&r)[0].path, "reason");
    let open = Response::new(Uuid::nil(), "", ResponseStatus::Open, t0());
    assert!(check_response(&open).is_empty(), "an open response may say nothing yet");
    let done = Response::new(Uuid::nil(), " ", ResponseStatus::Done, t0());
    assert_eq!(check_response(&done)[0].path, "did");
}

#[test]
fn deleting_an_activity_deletes_its_inputs_and_responses_with_tombstones() {
    let (mut p, ids) = heard();
    p.upsert(Response::new(ids[0], "Did it", ResponseStatus::Done, t0()), t0());
    let rid = p.community.responses[0].id;
    let aid = p.community.activities[0].id;
    p.remove::<Activity>(aid, at("2026-03-05T00:00:00Z"));
    assert!(p.community.inputs.is_empty() && p.community.responses.is_empty());
    for id in [aid, ids[0], ids[1], ids[2], rid] {
        assert!(p.is_deleted(id));
    }
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn deleting_a_partner_keeps_the_activities_it_ran() {
    let mut p = Partnership::new("X", t0());
    let partner = Partner::new("Tenants", Sector::CommunityGroup, t0());
    let pid = partner.id;
    p.upsert(partner, t0());
    let mut a = Activity::new(ActivityKind::TownHall, "Hall", t0());
    a.partner_ids = vec![pid];
    p.upsert(a, t0());
    p.remove::<Partner>(pid, t0());
    assert_eq!(p.community.activities[0].partner_ids, vec![pid]);
    assert_eq!(p.partner_name(pid), "(removed partner)");
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn the_sheet_lists_unanswered_inputs_as_open() {
    let (mut p, ids) = heard();
    p.upsert(Response::new(ids[1], "Bus passes", ResponseStatus::Done, t0()), t0());
    let sheet = you_said_we_did(&p.community);
    assert_eq!(sheet.len(), 3);
    assert_eq!(sheet[0].status, ResponseStatus::Open);
    assert_eq!(sheet[1].did, "Bus passes");
    assert_eq!(sheet[1].activity, "Parents (Focus group)");
}

#[test]
fn orphan_inputs_and_second_responses_are_reported_with_paths() {
    let (mut p, ids) = heard();
    p.community.inputs[1].activity_id = Uuid::nil();
    p.community.responses.push(Response::new(ids[0], "A", ResponseStatus::Done, t0()));
    p.community.responses.push(Response::new(ids[0], "B", ResponseStatus::Done, t0()));
    let paths: Vec<String> = validate(&p).into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["community.inputs[1].activity_id", "community.responses[1].input_id"]);
}

#[test]
fn older_files_without_community_still_load() {
    let p = Partnership::new("X", t0());
    let mut json = serde_json::to_value(&p).unwrap();
    json.as_object_mut().unwrap().remove("community");
    let back: Partnership = serde_json::from_value(json).unwrap();
    assert_eq!(back.community, Community::default());
}

#[test]
fn many_inputs_and_responses_are_summed_and_listed_in_linear_time() {
    const N: usize = 20_000;
    let t = at("2026-01-01T00:00:00Z");
    let mut c = Community::default();
    let activity = Activity::new(ActivityKind::Survey, "Spring survey", t);
    for i in 0..N {
        let input = Input::new(activity.id, format!("Said {i}"), t);
        if i % 2 == 0 {
            c.responses.push(Response::new(input.id, "Done", ResponseStatus::Done, t));
        }
        c.inputs.push(input);
    }
    c.activities.push(activity);
    let rate = response_rate(&c);
    assert_eq!((rate.inputs, rate.answered, rate.done), (N, N / 2, N / 2));
    assert_eq!(inputs_without_response(&c).len(), N / 2);
    let sheet = you_said_we_did(&c);
    assert_eq!(sheet.len(), N);
    assert_eq!(sheet.iter().filter(|r| r.status == ResponseStatus::Done).count(), N / 2);
}

#[test]
fn tags_written_before_are_offered_once_each_after_those_already_typed() {
    let lists = [vec!["Opening hours".to_string(), " access".into()], vec!["opening hours".into(), "Transport".into()]];
    let known = known_tags(lists.iter());
    assert_eq!(known, vec!["access", "Opening hours", "Transport"]);
    assert_eq!(tag_suggestions("", &known), known);
    assert_eq!(tag_suggestions("tra", &known), known, "the tag being typed is not yet taken");
    assert_eq!(tag_suggestions("Access, opening hours; tr", &known), vec!["Access, opening hours; Transport"]);
    assert_eq!(tag_suggestions("access,", &known), vec!["access, Opening hours", "access, Transport"]);
    assert_eq!(tag_suggestions("x", &[]), Vec::<String>::new());
}

#[test]
fn themes_and_reached_are_suggested_from_the_partnership() {
    let (p, _) = heard();
    assert_eq!(known_themes(&p), vec!["Access", "dignity", "hours"]);
    let mut a = Activity::new(ActivityKind::FocusGroup, "Parents' evening", t0());
    a.reached = vec!["Parents".into(), "seniors".into()];
    let mut q = p.clone();
    q.community.activities = vec![a.clone(), a];
    assert_eq!(known_reached(&q), vec!["Parents", "seniors"]);
}
