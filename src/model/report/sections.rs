//! The report's sections from the tools other than goals, metrics and community voice:
//! summary, milestones, stories, lessons, funding and runway, sustainability, the
//! communication plan and next steps. Each is a function that returns a [`Section`].
use chrono::NaiveDate;

use super::{Block, Chart, Period, ReportAudience, ReportOptions, Section, Table};
use crate::model::learning::{self, LibraryLesson};
use crate::model::money::{format_amount, format_money};
use crate::model::order::sort_by_key;
use crate::model::stories;
use crate::model::sustainability as sus;
use crate::model::text::grouped;
use crate::model::time::human_date;
use crate::model::Partnership;

pub(super) fn summary(p: &Partnership, opts: ReportOptions, other_lessons: Vec<LibraryLesson>) -> Section {
    let period = opts.period;
    let reached = p.learning.milestones.iter().filter(|m| m.reached && period.contains(m.date));
    let (reached, celebrated) = reached.fold((0, 0), |(r, c), m| (r + 1, c + usize::from(m.celebrated)));
    let stories = stories::reportable(&p.communication.stories).into_iter().filter(|s| period.contains(s.day())).count();
    let lessons = learning::library(p, other_lessons).into_iter().filter(|l| period.contains(l.date)).count();
    let mut s = Section::new("summary", "Summary");
    let names: Vec<String> = p.partners.iter().map(|x| x.name.clone()).collect();
    if !names.is_empty() {
        s.push(Block::Paragraph(format!(
            "{} brings together {} partner organisations: {}.",
            p.name.trim(),
            names.len(),
            names.join(", ")
        )));
    }
    s.push(Block::Paragraph(format!(
        "From {} to {}: {} milestone{} reached ({} celebrated), {} {} shared with consent, {} lesson{} recorded.",
        human_date(period.from),
        human_date(period.to),
        reached,
        plural(reached),
        celebrated,
        stories,
        if stories == 1 { "story" } else { "stories" },
        lessons,
        plural(lessons),
    )));
    s.clone()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub(super) fn milestones(p: &Partnership, period: Period) -> Section {
    let mut s = Section::new("milestones", "Milestones reached");
    let reached: Vec<_> =
        learning::timeline(&p.learning.milestones).into_iter().filter(|m| m.reached && period.contains(m.date)).collect();
    if reached.is_empty() {
        s.push(Block::Paragraph("No milestones were reached in this period.".into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: "Milestones reached in this period".into(),
        headers: vec!["Date".into(), "Milestone".into(), "Celebrated".into()],
        rows: reached
            .into_iter()
            .map(|m| {
                let celebrated = match (m.celebrated, m.how_celebrated.trim()) {
                    (false, _) => "Not yet".to_string(),
                    (true, "") => "Yes".to_string(),
                    (true, how) => format!("Yes: {how}"),
                };
                vec![human_date(m.date), m.what.clone(), celebrated]
            })
            .collect(),
    }));
    s
}

pub(super) fn stories_section(p: &Partnership, period: Period) -> Section {
    let mut s = Section::new("stories", "Stories");
    // Consent is checked here and only here: `reportable` drops every story without it.
    let mut shared: Vec<_> =
        stories::reportable(&p.communication.stories).into_iter().filter(|x| period.contains(x.day())).collect();
    sort_by_key(&mut shared, |x| x.day());
    if shared.is_empty() {
        s.push(Block::Paragraph("No stories with consent to share were recorded in this period.".into()));
    }
    for story in shared {
        s.push(Block::Subheading(story.title.clone()));
        if !story.what_changed.trim().is_empty() {
            s.push(Block::Paragraph(format!("{} ({}): {}", story.who_label(), human_date(story.day()), story.what_changed.trim())));
        }
        if !story.quote.trim().is_empty() {
            s.push(Block::Quote { text: story.quote.trim().to_string(), attribution: story.who_label() });
        }
    }
    s
}

pub(super) fn lessons(p: &Partnership, period: Period, others: Vec<LibraryLesson>) -> Section {
    let mut s = Section::new("lessons", "What we learned");
    let items: Vec<String> = learning::library(p, others)
        .into_iter()
        .filter(|l| period.contains(l.date))
        .map(|l| {
            let tags = if l.tags.is_empty() { String::new() } else { format!(" ({})", l.tags.join(", ")) };
            format!("{}{} – {}", l.text.trim(), tags, l.source)
        })
        .collect();
    if items.is_empty() {
        s.push(Block::Paragraph("No lessons were recorded in this period.".into()));
    } else {
        s.push(Block::List(items));
    }
    s
}

pub(super) fn funding(p: &Partnership, today: NaiveDate) -> Section {
    let mut s = Section::new("funding", "Funding position");
    let sources = &p.sustainability.funding;
    if sources.is_empty() {
        s.push(Block::Paragraph("No funding sources are recorded.".into()));
        return s;
    }
    let totals = sus::totals_by_currency(sources, today);
    if totals.len() > 1 {
        s.push(Block::Paragraph("Amounts in different currencies are shown separately and never added together.".into()));
    }
    s.push(Block::Table(Table {
        caption: "Funding not yet ended, by currency".into(),
        headers: vec!["Currency".into(), "Confirmed".into(), "Hoped for".into()],
        rows: totals
            .iter()
            .map(|t| vec![t.currency.clone(), format_money(t.confirmed, &t.currency), format_money(t.hoped_for, &t.currency)])
            .collect(),
    }));
    for c in sus::concentration(sources, today) {
        let text = format!(
            "{}: the largest funder, {}, provides {} of confirmed funding. Herfindahl index {} of 10,000: {}. {}",
            c.currency,
            c.largest_funder,
            c.largest_share_percent(),
            grouped(c.hhi.into()),
            c.reading.label().to_lowercase(),
            c.reading.explanation()
        );
        s.push(if c.reading == sus::Reading::Diversified { Block::Paragraph(text) } else { Block::Warning(text) });
    }
    let ending = sus::ending_within(sources, today, 6);
    if !ending.is_empty() {
        s.push(Block::Subheading("Ending within six months".into()));
        s.push(Block::List(
            ending
                .iter()
                .map(|f| format!("{}: {} ends {}", f.funder, f.amount, f.end.map(human_date).unwrap_or_default()))
                .collect(),
        ));
    }
    s.push(Block::Table(Table {
        caption: "Funding sources".into(),
        headers: ["Funder", "Amount", "Period", "Restricted", "Status"].map(String::from).to_vec(),
        rows: sources
            .iter()
            .map(|f| {
                let period = match (f.start, f.end) {
                    (Some(a), Some(b)) => format!("{} – {}", human_date(a), human_date(b)),
                    (Some(a), None) => format!("from {}", human_date(a)),
                    (None, Some(b)) => format!("until {}", human_date(b)),
                    (None, None) => "not dated".into(),
                };
                let restricted = if f.restricted { "Restricted" } else { "Unrestricted" };
                vec![f.funder.clone(), f.amount.to_string(), period, restricted.into(), f.status.label().into()]
            })
            .collect(),
    }));
    for t in &totals {
        let r = sus::runway(sources, &t.currency, today, 18);
        if r.months.iter().all(|m| m.confirmed == 0 && m.hoped_for == 0) {
            continue;
        }
        s.push(Block::Chart(runway_chart(&r)));
    }
    s
}

/// The runway as a chart block: the SVG, its description, and the numbers as a table.
pub fn runway_chart(r: &sus::Runway) -> Chart {
    Chart {
        svg: r.svg(),
        alt: r.describe(),
        table: Some(Table {
            caption: format!("Runway in {} by month", r.currency),
            headers: vec!["Month".into(), "Confirmed".into(), "Hoped for".into()],
            rows: r
                .months
                .iter()
                .map(|m| {
                    vec![
                        crate::model::time::month_year(m.month, false),
                        format_amount(m.confirmed, &r.currency),
                        format_amount(m.hoped_for, &r.currency),
                    ]
                })
                .collect(),
        }),
    }
}

pub(super) fn sustainability(p: &Partnership) -> Section {
    let mut s = Section::new("sustainability", "Building to last");
    let sus = &p.sustainability;
    if sus.capacity.is_empty() && sus.engagement.is_empty() {
        s.push(Block::Paragraph("No local capacity or engagement mechanisms are recorded yet.".into()));
        return s;
    }
    if !sus.capacity.is_empty() {
        s.push(Block::Subheading("Local capacity".into()));
        s.push(Block::List(
            sus.capacity
                .iter()
                .map(|c| {
                    let people = c.people.map(|n| format!(" ({n} people)")).unwrap_or_default();
                    let state = if c.done { "Done" } else { "In progress" };
                    format!("{} – {}{}: {}", c.area.label(), c.what.trim(), people, state)
                })
                .collect(),
        ));
    }
    if !sus.engagement.is_empty() {
        s.push(Block::Subheading("Engagement that continues".into()));
        s.push(Block::List(
            sus.engagement
                .iter()
                .map(|e| {
                    let after = if e.continues_after_funding { "continues after funding ends" } else { "ends with the funding" };
                    let how = if e.how.trim().is_empty() { String::new() } else { format!(": {}", e.how.trim()) };
                    format!("{}{} ({})", e.name.trim(), how, after)
                })
                .collect(),
        ));
    }
    s
}

pub(super) fn communication_plan(p: &Partnership, audience: ReportAudience) -> Section {
    let mut s = Section::new("communication", "How we keep you informed");
    let plan: Vec<_> = stories::plan_in_order(&p.communication.plan)
        .into_iter()
        .filter(|m| !m.done && (audience == ReportAudience::Partners || m.audience == audience.plan_audience()))
        .collect();
    if plan.is_empty() {
        s.push(Block::Paragraph("No regular communication is planned for this audience yet.".into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: "Planned communication".into(),
        headers: ["Audience", "Message", "Channel", "How often", "Next", "From"].map(String::from).to_vec(),
        rows: plan
            .into_iter()
            .map(|m| {
                vec![
                    m.audience.label().into(),
                    m.message.clone(),
                    m.channel.clone(),
                    m.frequency.label().into(),
                    m.next_due.map(human_date).unwrap_or_default(),
                    m.owner.map(|o| p.partner_name(o)).unwrap_or_default(),
                ]
            })
            .collect(),
    }));
    s
}

pub(super) fn next_steps(p: &Partnership, today: NaiveDate) -> Section {
    let mut s = Section::new("next-steps", "Next steps");
    let mut items: Vec<String> = learning::next_milestones(&p.learning.milestones, today, 5)
        .into_iter()
        .map(|m| format!("{}: {}", human_date(m.date), m.what.trim()))
        .collect();
    items.extend(learning::open_actions(p).into_iter().map(|(_, a)| {
        let owner = a.owner.map(|o| format!(" ({})", p.partner_name(o))).unwrap_or_default();
        let due = a.due.map(|d| format!(", due {}", human_date(d))).unwrap_or_default();
        format!("{}{}{}", a.what.trim(), owner, due)
    }));
    if items.is_empty() {
        s.push(Block::Paragraph("No upcoming milestones or open actions are recorded.".into()));
    } else {
        s.push(Block::List(items));
    }
    s
}
