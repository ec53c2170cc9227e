use super::*;
use crate::model::time::{at, date};

fn message(freq: Frequency, due: &str) -> PlannedMessage {
    let mut m = PlannedMessage::new(Audience::Funders, "Report", at("2026-01-01T00:00:00Z"));
    m.frequency = freq;
    m.next_due = Some(date(due));
    m
}

#[test]
fn a_story_without_consent_is_never_reportable() {
    let now = at("2026-01-01T00:00:00Z");
    let mut yes = Story::new("Yes", now);
    yes.consent = true;
    let no = Story::new("No", now);
    let stories = vec![yes, no];
    let shared: Vec<&str> = reportable(&stories).iter().map(|s| s.title.as_str()).collect();
    assert_eq!(shared, vec!["Yes"]);
}

#[test]
fn a_story_without_a_name_is_anonymous() {
    let mut s = Story::new("T", at("2026-01-01T00:00:00Z"));
    s.who = "  ".into();
    assert_eq!(s.who_label(), "Anonymous");
    s.who = "Ana".into();
    assert_eq!(s.who_label(), "Ana");
}

#[test]
fn a_message_due_before_today_and_not_sent_is_overdue() {
    let today = date("2026-03-10");
    assert!(message(Frequency::Monthly, "2026-03-09").is_overdue(today));
    assert!(!message(Frequency::Monthly, "2026-03-10").is_overdue(today), "due today is not late yet");
    let mut sent = message(Frequency::Once, "2026-03-01");
    sent.done = true;
    assert!(!sent.is_overdue(today));
    let mut undated = message(Frequency::Monthly, "2026-03-01");
    undated.next_due = None;
    assert!(!undated.is_overdue(today));
    let plan = vec![message(Frequency::Weekly, "2026-03-05"), message(Frequency::Yearly, "2026-02-01")];
    let late: Vec<_> = overdue(&plan, today).iter().map(|m| m.next_due.unwrap()).collect();
    assert_eq!(late, vec![date("2026-02-01"), date("2026-03-05")], "most overdue first");
}

#[test]
fn sending_a_recurring_message_moves_it_past_today() {
    let now = at("2026-03-10T12:00:00Z");
    let today = date("2026-03-10");
    let mut m = message(Frequency::Monthly, "2026-01-31");
    m.mark_sent(today, now);
    assert_eq!(m.next_due, Some(date("2026-03-28")), "Jan 31 → Feb 28 → Mar 28: missed rounds are skipped");
    assert!(!m.is_overdue(today));
    let mut q = message(Frequency::Quarterly, "2026-04-01");
    q.mark_sent(today, now);
    assert_eq!(q.next_due, Some(date("2026-04-01")), "sent early: the next date stays");
    let mut once = message(Frequency::Once, "2026-03-01");
    once.mark_sent(today, now);
    assert!(once.done);
    assert_eq!(once.updated_at, now);
}

#[test]
fn deleting_a_story_leaves_a_tombstone() {
    let t = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t);
    let s = Story::new("T", t);
    let id = s.id;
    p.upsert(s, t);
    assert!(p.remove::<Story>(id, t).is_some());
    assert!(p.communication.stories.is_empty());
    assert!(p.is_deleted(id));
    assert_eq!(p.tombstones[0].kind, "story");
}

#[test]
fn a_plan_item_keeps_its_owner_when_the_partner_is_deleted() {
    let t = at("2026-01-01T00:00:00Z");
    let mut p = Partnership::new("X", t);
    let partner = crate::model::Partner::new("Pantry", crate::model::Sector::NonProfit, t);
    let pid = partner.id;
    p.upsert(partner, t);
    let mut m = PlannedMessage::new(Audience::Community, "Newsletter", t);
    m.owner = Some(pid);
    p.upsert(m, t);
    p.remove::<crate::model::Partner>(pid, t);
    assert_eq!(p.communication.plan.len(), 1);
    assert_eq!(p.partner_name(p.communication.plan[0].owner.unwrap()), "(removed partner)");
    assert_eq!(crate::model::validate::validate(&p), vec![]);
}

#[test]
fn a_story_needs_a_title_and_some_content() {
    let s = Story::new(" ", at("2026-01-01T00:00:00Z"));
    let fields: Vec<_> = check_story(&s).into_iter().map(|p| p.path).collect();
    assert_eq!(fields, vec!["title", "what_changed"]);
}

#[test]
fn files_without_the_communication_field_still_load() {
    let c: Communication = serde_json::from_str("{}").unwrap();
    assert!(c.stories.is_empty() && c.plan.is_empty());
    let s: Story = serde_json::from_value(serde_json::json!({
        "id": "6f1d7c1e-2b1a-4c55-9f49-0b8f0d7f3a10", "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z", "title": "T", "mood": "hopeful"
    })).unwrap();
    assert!(!s.consent, "consent is never assumed");
    assert_eq!(s.extra["mood"], "hopeful", "unknown fields are kept");
}
