//! The sample partnership's funding, capacity and engagement; data, not rules.
use super::*;

/// The sample's four funding sources, capacity checklist and engagement mechanisms.
pub fn add_sample(p: &mut Partnership, now: DateTime<Utc>) {
    let today = now.date_naive();
    let month = |offset: i32| {
        let first = month_start(today);
        if offset >= 0 {
            first.checked_add_months(Months::new(offset as u32))
        } else {
            first.checked_sub_months(Months::new(offset.unsigned_abs()))
        }
        .unwrap_or(first)
    };
    let last_day = |offset: i32| month(offset + 1) - Duration::days(1);
    let funding = [
        ("Harvest Foundation", 36_000_000, -14, 21, true, FundingStatus::Confirmed, "Three-year core grant"),
        ("Riverside City Council", 9_000_000, -6, 4, true, FundingStatus::Confirmed, "Holiday meals and the market permit"),
        ("FreshMart Groceries", 4_800_000, -10, 13, false, FundingStatus::Confirmed, "Cash match alongside food donations"),
        ("Community Lottery Fund", 6_000_000, 3, 14, false, FundingStatus::HopedFor, "Application for the second market site"),
    ];
    for (funder, minor, from, to, restricted, status, notes) in funding {
        let mut s = FundingSource::new(funder, Money::new(minor, "EUR"), now);
        s.start = Some(month(from));
        s.end = Some(last_day(to));
        s.restricted = restricted;
        s.status = status;
        s.notes = notes.into();
        p.sustainability.funding.push(s);
    }
    let partner = |name: &str| p.partners.iter().find(|x| x.name.starts_with(name)).map(|x| x.id);
    let capacity = [
        (CapacityArea::SkillsTransferred, "Food-safety certification run by tenants, not the food bank", true, None),
        (CapacityArea::PeopleTrained, "Market volunteers trained in cash handling and stock", true, Some(24)),
        (CapacityArea::PeopleTrained, "Residents trained to run the household survey", false, Some(8)),
        (CapacityArea::LocalLeadership, "A tenant co-chairs the steering group", true, None),
        (CapacityArea::LocalLeadership, "Market committee registered as its own association", false, None),
    ];
    for (area, what, done, people) in capacity {
        let mut c = CapacityItem::new(area, what, now);
        c.done = done;
        c.people = people;
        p.sustainability.capacity.push(c);
    }
    let engagement = [
        ("Monthly tenants' food forum", "Open meeting after the Saturday market", "Eastside", true),
        ("Community advisory board", "Six residents review plans each quarter", "Riverside Food Bank", true),
        ("Paid community researchers", "Residents paid to run the survey", "Riverside University", false),
    ];
    for (name, how, owner, continues) in engagement {
        let mut e = EngagementMechanism::new(name, now);
        e.how = how.into();
        e.owner = partner(owner);
        e.continues_after_funding = continues;
        p.sustainability.engagement.push(e);
    }
}
