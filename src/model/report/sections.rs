//! The report's sections from the tools other than goals, metrics and community voice:
//! summary, milestones, stories, lessons, funding and runway, sustainability and the
//! communication plan (the partners' credits and the next steps are in `credits`). Each is
//! a function that returns a [`Section`], worded by the report's `Words`.
use crate::model::text::Case;
use chrono::NaiveDate;

use super::{Block, Chart, Period, ReportAudience, ReportOptions, Section, Table};
use crate::i18n::{tr, Words};
use crate::model::learning::{self, LibraryLesson};
use crate::model::order::sort_by_key;
use crate::model::stories;
use crate::model::sustainability as sus;
use crate::model::Partnership;

pub(super) fn summary(p: &Partnership, opts: ReportOptions, other_lessons: Vec<LibraryLesson>, w: &Words) -> Section {
    let period = opts.period;
    let reached = p.learning.milestones.iter().filter(|m| m.reached && period.contains(m.date));
    let (reached, celebrated) = reached.fold((0, 0), |(r, c), m| (r + 1, c + i64::from(m.celebrated)));
    let stories = stories::reportable(&p.communication.stories).into_iter().filter(|s| period.contains(s.day())).count();
    let lessons = learning::library(p, other_lessons).into_iter().filter(|l| period.contains(l.date)).count();
    let mut s = Section::new("summary", w.get(tr::report::SUMMARY));
    let names: Vec<String> = p.partners.iter().map(|x| x.name.clone()).collect();
    if !names.is_empty() {
        s.push(Block::Paragraph(tr::report::brings_together(w, names.len() as i64, p.name.trim(), &names.join(", "))));
    }
    s.push(Block::Paragraph(tr::report::summary_line(
        w,
        &tr::report::celebrated(w, celebrated),
        &w.date(period.from),
        &tr::report::lessons_recorded(w, lessons as i64),
        &tr::report::milestones_reached(w, reached),
        &tr::report::stories_shared(w, stories as i64),
        &w.date(period.to),
    )));
    s
}

pub(super) fn milestones(p: &Partnership, period: Period, w: &Words) -> Section {
    let mut s = Section::new("milestones", w.get(tr::report::MILESTONES));
    let reached: Vec<_> =
        learning::timeline(&p.learning.milestones).into_iter().filter(|m| m.reached && period.contains(m.date)).collect();
    if reached.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_MILESTONES).into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: w.get(tr::report::MILESTONES_CAPTION).into(),
        headers: headers(w, &[tr::report::DATE, tr::report::MILESTONE, tr::report::CELEBRATED_HEADER]),
        rows: reached
            .into_iter()
            .map(|m| {
                let celebrated = match (m.celebrated, m.how_celebrated.trim()) {
                    (false, _) => w.get(tr::report::NOT_YET).to_string(),
                    (true, "") => w.get(tr::report::YES).to_string(),
                    (true, how) => tr::report::yes_how(w, how),
                };
                vec![w.date(m.date), m.what.clone(), celebrated]
            })
            .collect(),
    }));
    s
}

/// A table's column headings in the report's language.
pub(super) fn headers(w: &Words, keys: &[crate::i18n::Key]) -> Vec<String> {
    keys.iter().map(|k| w.get(*k).to_string()).collect()
}

pub(super) fn stories_section(p: &Partnership, period: Period, w: &Words) -> Section {
    let mut s = Section::new("stories", w.get(tr::report::STORIES));
    // Consent is checked here and only here: `reportable` drops every story without it.
    let mut shared: Vec<_> =
        stories::reportable(&p.communication.stories).into_iter().filter(|x| period.contains(x.day())).collect();
    sort_by_key(&mut shared, |x| x.day());
    if shared.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_STORIES).into()));
    }
    for story in shared {
        s.push(Block::Subheading(story.title.clone()));
        if !story.what_changed.trim().is_empty() {
            s.push(Block::Paragraph(format!("{} ({}): {}", story.who_label(), w.date(story.day()), story.what_changed.trim())));
        }
        if !story.quote.trim().is_empty() {
            s.push(Block::Quote { text: story.quote.trim().to_string(), attribution: story.who_label() });
        }
    }
    s
}

pub(super) fn lessons(p: &Partnership, period: Period, others: Vec<LibraryLesson>, w: &Words) -> Section {
    let mut s = Section::new("lessons", w.get(tr::report::LESSONS));
    let items: Vec<String> = learning::library(p, others)
        .into_iter()
        .filter(|l| period.contains(l.date))
        .map(|l| {
            let tags = if l.tags.is_empty() { String::new() } else { format!(" ({})", l.tags.join(", ")) };
            format!("{}{} – {}", l.text.trim(), tags, l.source.say(w))
        })
        .collect();
    if items.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_LESSONS).into()));
    } else {
        s.push(Block::List(items));
    }
    s
}

pub(super) fn funding(p: &Partnership, today: NaiveDate, w: &Words) -> Section {
    let mut s = Section::new("funding", w.get(tr::report::FUNDING));
    let sources = &p.sustainability.funding;
    if sources.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_FUNDING).into()));
        return s;
    }
    let totals = sus::totals_by_currency(sources, today);
    if totals.len() > 1 {
        s.push(Block::Paragraph(w.get(tr::report::CURRENCIES_APART).into()));
    }
    s.push(Block::Table(Table {
        caption: w.get(tr::report::FUNDING_CAPTION).into(),
        headers: headers(w, &[tr::report::CURRENCY, tr::report::CONFIRMED, tr::report::HOPED_FOR]),
        rows: totals.iter().map(|t| vec![t.currency.clone(), w.money(t.confirmed, &t.currency), w.money(t.hoped_for, &t.currency)]).collect(),
    }));
    for c in sus::concentration(sources, today) {
        let text = tr::report::concentration(
            w,
            &c.currency,
            w.get(c.reading.explanation_key()),
            &c.largest_funder,
            &w.integer(c.hhi.into()),
            &w.integer(10_000),
            &w.get(c.reading.label_key()).lower(),
            // The language's own percentage: 12.5% / 12,5 % / 12,5 %.
            &tr::metrics::percent(w, &w.decimal(f64::from(c.largest_share_bp) / 100.0, 1)),
        );
        s.push(if c.reading == sus::Reading::Diversified { Block::Paragraph(text) } else { Block::Warning(text) });
    }
    let ending = sus::ending_within(sources, today, 6);
    if !ending.is_empty() {
        s.push(Block::Subheading(w.get(tr::report::ENDING_SOON).into()));
        s.push(Block::List(
            ending
                .iter()
                .map(|f| {
                    let end = f.end.map(|d| w.date(d)).unwrap_or_default();
                    tr::report::ends_on(w, &w.money(f.amount.minor, &f.amount.currency), &end, &f.funder)
                })
                .collect(),
        ));
    }
    s.push(Block::Table(Table {
        caption: w.get(tr::report::SOURCES_CAPTION).into(),
        headers: headers(
            w,
            &[tr::report::FUNDER, tr::report::AMOUNT, tr::report::PERIOD, tr::report::RESTRICTED_HEADER, tr::report::STATUS],
        ),
        rows: sources
            .iter()
            .map(|f| {
                let period = match (f.start, f.end) {
                    (Some(a), Some(b)) => format!("{} – {}", w.date(a), w.date(b)),
                    (Some(a), None) => tr::report::from_date(w, &w.date(a)),
                    (None, Some(b)) => tr::report::until_date(w, &w.date(b)),
                    (None, None) => w.get(tr::report::NOT_DATED).into(),
                };
                let restricted = w.get(if f.restricted { tr::report::RESTRICTED } else { tr::report::UNRESTRICTED });
                let amount = w.money(f.amount.minor, &f.amount.currency);
                vec![f.funder.clone(), amount, period, restricted.into(), w.get(f.status.label_key()).into()]
            })
            .collect(),
    }));
    for t in &totals {
        let r = sus::runway(sources, &t.currency, today, 18);
        if r.months.iter().all(|m| m.confirmed == 0 && m.hoped_for == 0) {
            continue;
        }
        s.push(Block::Chart(runway_chart(&r, w)));
    }
    s
}

/// The runway as a chart block: the SVG, its description, and the numbers as a table.
pub fn runway_chart(r: &sus::Runway, w: &Words) -> Chart {
    use chrono::Datelike;
    Chart {
        svg: r.svg(w),
        alt: r.describe(w),
        table: Some(Table {
            caption: tr::report::runway_caption(w, &r.currency),
            headers: headers(w, &[tr::report::MONTH, tr::report::CONFIRMED, tr::report::HOPED_FOR]),
            rows: r
                .months
                .iter()
                .map(|m| {
                    let amount = |minor| w.amount(crate::model::money::currency_value(minor, &r.currency));
                    let month = tr::report::month_year(w, w.month(m.month), &m.month.year().to_string());
                    vec![month, amount(m.confirmed), amount(m.hoped_for)]
                })
                .collect(),
        }),
    }
}

pub(super) fn sustainability(p: &Partnership, w: &Words) -> Section {
    let mut s = Section::new("sustainability", w.get(tr::report::SUSTAINABILITY));
    let sus = &p.sustainability;
    if sus.capacity.is_empty() && sus.engagement.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_SUSTAINABILITY).into()));
        return s;
    }
    if !sus.capacity.is_empty() {
        s.push(Block::Subheading(w.get(tr::report::CAPACITY).into()));
        s.push(Block::List(
            sus.capacity
                .iter()
                .map(|c| {
                    let people = c.people.map(|n| format!(" ({})", tr::report::people(w, n.into()))).unwrap_or_default();
                    let state = w.get(if c.done { tr::report::DONE } else { tr::report::IN_PROGRESS });
                    format!("{} – {}{}: {}", w.get(c.area.label_key()), c.what.trim(), people, state)
                })
                .collect(),
        ));
    }
    if !sus.engagement.is_empty() {
        s.push(Block::Subheading(w.get(tr::report::ENGAGEMENT).into()));
        s.push(Block::List(
            sus.engagement
                .iter()
                .map(|e| {
                    let after = w.get(if e.continues_after_funding { tr::report::CONTINUES } else { tr::report::ENDS_WITH_FUNDING });
                    let how = if e.how.trim().is_empty() { String::new() } else { format!(": {}", e.how.trim()) };
                    format!("{}{} ({})", e.name.trim(), how, after)
                })
                .collect(),
        ));
    }
    s
}

pub(super) fn communication_plan(p: &Partnership, audience: ReportAudience, w: &Words) -> Section {
    let mut s = Section::new("communication", w.get(tr::report::COMMUNICATION));
    let plan: Vec<_> = stories::plan_in_order(&p.communication.plan)
        .into_iter()
        .filter(|m| !m.done && (audience == ReportAudience::Partners || m.audience == audience.plan_audience()))
        .collect();
    if plan.is_empty() {
        s.push(Block::Paragraph(w.get(tr::report::NO_COMMUNICATION).into()));
        return s;
    }
    s.push(Block::Table(Table {
        caption: w.get(tr::report::COMMUNICATION_CAPTION).into(),
        headers: headers(
            w,
            &[tr::report::AUDIENCE, tr::report::MESSAGE, tr::report::CHANNEL, tr::report::HOW_OFTEN, tr::report::NEXT, tr::report::FROM],
        ),
        rows: plan
            .into_iter()
            .map(|m| {
                vec![
                    w.get(m.audience.label_key()).into(),
                    m.message.clone(),
                    m.channel.clone(),
                    w.get(m.frequency.label_key()).into(),
                    m.next_due.map(|d| w.date(d)).unwrap_or_default(),
                    m.owner.map(|o| p.partner_name(o)).unwrap_or_default(),
                ]
            })
            .collect(),
    }));
    s
}
