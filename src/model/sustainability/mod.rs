//! Sustaining the work after the first grant: funding sources and how concentrated they are,
//! the runway month by month, capacity built locally, and the engagement that continues when
//! the funding ends.
//!
//! Money is exact: integer minor units (cents) with an ISO 4217 code, summed in `i64`/`i128`,
//! never in floating point. Amounts in different currencies are never added together: every
//! total, share and index is per currency.
//!
//! **Concentration** is measured per currency over *confirmed* sources that have not ended by
//! today, with grants from the same funder (same name, ignoring case) counted together. The
//! Herfindahl–Hirschman index (HHI) is the sum of the squared percentage shares, from near 0
//! (many small funders) to 10,000 (one funder). Its reading uses the thresholds of the US
//! merger guidelines (2010): below 1,500 *diversified*, 1,500 to 2,500 *concentrated*, above
//! 2,500 *dependent*. Four equal funders give exactly 2,500 (concentrated); one funder with
//! more than half of the money always reads dependent. The headline is the currency group with
//! the most confirmed sources (ties: the larger total in minor units, then the code).
use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::record::{new_id, Extra};
use super::check::Checker;
use super::money::{format_amount, format_money, valid_currency, Money};
use super::text::escape_xml;
use super::Partnership;
use crate::model::check::Item;
use super::order::sort_by_key;

/// Funding, capacity and engagement (`partnership.sustainability`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sustainability {
    #[serde(default)]
    pub funding: Vec<FundingSource>,
    #[serde(default)]
    pub capacity: Vec<CapacityItem>,
    #[serde(default)]
    pub engagement: Vec<EngagementMechanism>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingStatus {
    Confirmed,
    HopedFor,
}

impl FundingStatus {
    pub fn label(self) -> &'static str {
        match self {
            FundingStatus::Confirmed => "Confirmed",
            FundingStatus::HopedFor => "Hoped for",
        }
    }
}

crate::record! {
    pub struct FundingSource("funding_source") {
        pub funder: String,
        /// The whole amount over the period.
        pub amount: Money,
        #[serde(default)]
        pub start: Option<NaiveDate>,
        #[serde(default)]
        pub end: Option<NaiveDate>,
        /// Restricted to a purpose the funder chose.
        #[serde(default)]
        pub restricted: bool,
        pub status: FundingStatus,
        #[serde(default)]
        pub notes: String,
    }
}

impl FundingSource {
    pub fn new(funder: impl Into<String>, amount: Money, now: DateTime<Utc>) -> FundingSource {
        FundingSource {
            id: new_id(),
            created_at: now,
            updated_at: now,
            funder: funder.into(),
            amount,
            start: None,
            end: None,
            restricted: false,
            status: FundingStatus::Confirmed,
            notes: String::new(),
            extra: Extra::new(),
        }
    }

    /// Confirmed and not ended by `today`.
    pub fn is_current(&self, today: NaiveDate) -> bool {
        self.status == FundingStatus::Confirmed && self.end.is_none_or(|e| e >= today)
    }
}

/// Confirmed and hoped-for totals of one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyTotal {
    pub currency: String,
    pub confirmed: i64,
    pub hoped_for: i64,
}

/// Totals per currency (never across currencies) of sources not ended by `today`.
pub fn totals_by_currency(sources: &[FundingSource], today: NaiveDate) -> Vec<CurrencyTotal> {
    let mut map: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for s in sources.iter().filter(|s| s.end.is_none_or(|e| e >= today)) {
        let e = map.entry(s.amount.currency.as_str()).or_default();
        match s.status {
            FundingStatus::Confirmed => e.0 = e.0.saturating_add(s.amount.minor),
            FundingStatus::HopedFor => e.1 = e.1.saturating_add(s.amount.minor),
        }
    }
    map.into_iter()
        .map(|(c, (confirmed, hoped_for))| CurrencyTotal { currency: c.to_string(), confirmed, hoped_for })
        .collect()
}

/// What the Herfindahl index says, in words a partnership uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Diversified,
    Concentrated,
    Dependent,
}

impl Reading {
    /// Thresholds on the 0–10,000 scale; see the module documentation.
    pub fn from_hhi(hhi: u32) -> Reading {
        match hhi {
            0..1500 => Reading::Diversified,
            1500..=2500 => Reading::Concentrated,
            _ => Reading::Dependent,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Reading::Diversified => "Diversified",
            Reading::Concentrated => "Concentrated",
            Reading::Dependent => "Dependent",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Reading::Diversified => "diversified",
            Reading::Concentrated => "concentrated",
            Reading::Dependent => "dependent",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            Reading::Diversified => "No single funder dominates: losing one would hurt but not stop the work.",
            Reading::Concentrated => "A few funders carry most of the work: start building the next source now.",
            Reading::Dependent => "The work depends on one funder: if it stops, most of the money stops with it.",
        }
    }
}

/// How concentrated one currency's confirmed funding is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concentration {
    pub currency: String,
    pub total: i64,
    pub sources: usize,
    pub funders: usize,
    pub largest_funder: String,
    /// The largest funder's share in basis points (1/100 of a percent), rounded.
    pub largest_share_bp: u32,
    /// Herfindahl–Hirschman index, 0–10,000, rounded.
    pub hhi: u32,
    pub reading: Reading,
}

impl Concentration {
    /// "62.5%"
    pub fn largest_share_percent(&self) -> String {
        percent(self.largest_share_bp)
    }
}

/// Basis points as a percentage with one decimal where needed: 6250 → "62.5%".
pub fn percent(bp: u32) -> String {
    let tenths = (bp + 5) / 10;
    if tenths.is_multiple_of(10) { format!("{}%", tenths / 10) } else { format!("{}.{}%", tenths / 10, tenths % 10) }
}

fn round_div(n: i128, d: i128) -> i128 {
    if d == 0 { 0 } else { (2 * n + d) / (2 * d) }
}

/// Concentration per currency of confirmed funding not ended by `today`, by currency code.
pub fn concentration(sources: &[FundingSource], today: NaiveDate) -> Vec<Concentration> {
    // currency -> (sources, funder key -> (display name, amount)); BTreeMaps keep it stable.
    type Funders = BTreeMap<String, (String, i128)>;
    let mut groups: BTreeMap<&str, (usize, Funders)> = BTreeMap::new();
    for s in sources.iter().filter(|s| s.is_current(today) && s.amount.minor > 0) {
        let g = groups.entry(s.amount.currency.as_str()).or_default();
        g.0 += 1;
        let e = g.1.entry(s.funder.trim().to_lowercase()).or_insert_with(|| (s.funder.trim().to_string(), 0));
        e.1 += s.amount.minor as i128;
    }
    groups
        .into_iter()
        .map(|(currency, (count, funders))| {
            let total: i128 = funders.values().map(|(_, a)| a).sum();
            // HHI = 10,000 × Σa² / (Σa)², in integers, rounded once. Totals above 10^15 minor
            // units (ten trillion cents) are scaled down first so the products fit in i128;
            // below that, which is every real partnership, the index is exact.
            let scale = (total / 1_000_000_000_000_000).max(1);
            let scaled_total: i128 = funders.values().map(|(_, a)| a / scale).sum();
            let sum_sq: i128 = funders.values().map(|(_, a)| (a / scale) * (a / scale)).sum();
            let hhi = round_div(10_000 * sum_sq, scaled_total * scaled_total).min(10_000) as u32;
            let (name, largest) = funders
                .values()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .cloned()
                .unwrap_or_default();
            Concentration {
                currency: currency.to_string(),
                total: total as i64,
                sources: count,
                funders: funders.len(),
                largest_funder: name,
                largest_share_bp: round_div(largest * 10_000, total) as u32,
                hhi,
                reading: Reading::from_hhi(hhi),
            }
        })
        .collect()
}

/// The currency group to headline: the most confirmed sources, then the larger total.
pub fn headline(concentrations: &[Concentration]) -> Option<&Concentration> {
    concentrations
        .iter()
        .max_by(|a, b| a.sources.cmp(&b.sources).then(a.total.cmp(&b.total)).then(b.currency.cmp(&a.currency)))
}

/// Confirmed sources ending between today and `months` months from now, soonest first.
pub fn ending_within(sources: &[FundingSource], today: NaiveDate, months: u32) -> Vec<&FundingSource> {
    let limit = today.checked_add_months(Months::new(months)).unwrap_or(today);
    let mut out: Vec<&FundingSource> = sources
        .iter()
        .filter(|s| s.status == FundingStatus::Confirmed && s.end.is_some_and(|e| e >= today && e <= limit))
        .collect();
    sort_by_key(&mut out, |s| s.end);
    out
}

/// The first day of `d`'s month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn month_index(d: NaiveDate) -> i64 {
    d.year() as i64 * 12 + d.month0() as i64
}

/// A source's amount spread evenly over the calendar months from its start to its end
/// month, exactly: the remainder goes one minor unit at a time to the first months, so the
/// months add up to the amount. `None` without both dates.
pub fn monthly_spread(s: &FundingSource) -> Option<Vec<(NaiveDate, i64)>> {
    let (start, end) = (s.start?, s.end?);
    if end < start {
        return None;
    }
    let n = month_index(end) - month_index(start) + 1;
    let (per, rem) = (s.amount.minor / n, s.amount.minor % n);
    let first = month_start(start);
    Some(
        (0..n)
            .map(|k| {
                let month = first.checked_add_months(Months::new(k as u32)).unwrap_or(first);
                (month, per + i64::from(k < rem))
            })
            .collect(),
    )
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunwayMonth {
    /// The first day of the month.
    pub month: NaiveDate,
    pub confirmed: i64,
    pub hoped_for: i64,
}

/// Money per month for one currency, from this month on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Runway {
    pub currency: String,
    pub months: Vec<RunwayMonth>,
    /// Months in a row from this one with confirmed money.
    pub months_covered: usize,
    /// Sources of this currency left out because they lack a start or end date.
    pub undated: usize,
}

/// The runway of `currency` for `months` months from `today`'s month.
pub fn runway(sources: &[FundingSource], currency: &str, today: NaiveDate, months: u32) -> Runway {
    let first = month_start(today);
    let mut out: Vec<RunwayMonth> = (0..months)
        .map(|k| RunwayMonth {
            month: first.checked_add_months(Months::new(k)).unwrap_or(first),
            confirmed: 0,
            hoped_for: 0,
        })
        .collect();
    let mut undated = 0;
    for s in sources.iter().filter(|s| s.amount.currency == currency) {
        let Some(spread) = monthly_spread(s) else {
            undated += 1;
            continue;
        };
        for (month, amount) in spread {
            let k = month_index(month) - month_index(first);
            if let Some(slot) = usize::try_from(k).ok().and_then(|k| out.get_mut(k)) {
                match s.status {
                    FundingStatus::Confirmed => slot.confirmed += amount,
                    FundingStatus::HopedFor => slot.hoped_for += amount,
                }
            }
        }
    }
    let months_covered = out.iter().take_while(|m| m.confirmed > 0).count();
    Runway { currency: currency.to_string(), months: out, months_covered, undated }
}

impl Runway {
    /// One sentence saying what the chart shows, for screen readers and the report.
    pub fn describe(&self) -> String {
        let Some(first) = self.months.first() else { return String::new() };
        let covered = match self.months_covered {
            0 => "No confirmed money is spread over this month.".to_string(),
            n if n == self.months.len() => format!("Confirmed funding covers all {n} months shown."),
            n => format!(
                "Confirmed funding covers {n} month{} from {} (until the end of {}).",
                if n == 1 { "" } else { "s" },
                first.month.format("%b %Y"),
                self.months[n - 1].month.format("%b %Y")
            ),
        };
        format!("Runway in {}, month by month: {covered}", self.currency)
    }

    /// A bar chart, confirmed (solid) under hoped-for (light), as inline SVG with a title
    /// and description; every text is escaped, and nothing needs a script.
    pub fn svg(&self) -> String {
        let (w, h, left, bottom, top) = (760.0_f64, 300.0_f64, 120.0_f64, 40.0_f64, 20.0_f64);
        let max = self.months.iter().map(|m| m.confirmed + m.hoped_for).max().unwrap_or(0).max(1);
        let n = self.months.len().max(1) as f64;
        let slot = (w - left - 10.0) / n;
        let bar = slot * 0.7;
        let scale = (h - bottom - top) / max as f64;
        let mut s = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="runway-title-{c} runway-desc-{c}" class="chart runway-chart"><title id="runway-title-{c}">Runway ({c})</title><desc id="runway-desc-{c}">{desc}</desc>"##,
            c = escape_xml(&self.currency),
            desc = escape_xml(&self.describe()),
        );
        let base = h - bottom;
        s.push_str(&format!(
            r##"<line x1="{left}" y1="{base}" x2="{x2}" y2="{base}" stroke="#4d5753" stroke-width="1"/><line x1="{left}" y1="{top}" x2="{x2}" y2="{top}" stroke="#c9cfcb" stroke-dasharray="4 4"/>"##,
            x2 = w - 10.0
        ));
        s.push_str(&format!(
            r##"<text x="{x}" y="{y}" text-anchor="end" font-size="14" fill="#1d2321">{max}</text><text x="{x}" y="{base}" text-anchor="end" font-size="14" fill="#1d2321">0</text>"##,
            x = left - 8.0,
            y = top + 5.0,
            max = escape_xml(&format_money(max, &self.currency)),
        ));
        for (i, m) in self.months.iter().enumerate() {
            let x = left + slot * i as f64 + (slot - bar) / 2.0;
            let hc = m.confirmed as f64 * scale;
            let hh = m.hoped_for as f64 * scale;
            let label = m.month.format("%b %Y").to_string();
            s.push_str(&format!(
                r##"<g><title>{label}: confirmed {c}, hoped for {h}</title><rect x="{x:.1}" y="{yc:.1}" width="{bar:.1}" height="{hc:.1}" fill="#0b5d4b"/><rect x="{x:.1}" y="{yh:.1}" width="{bar:.1}" height="{hh:.1}" fill="#a8d5c5" stroke="#0b5d4b" stroke-dasharray="3 2"/></g>"##,
                c = escape_xml(&format_amount(m.confirmed, &self.currency)),
                h = escape_xml(&format_amount(m.hoped_for, &self.currency)),
                yc = base - hc,
                yh = base - hc - hh,
            ));
            // Every label on short runways; every third on long ones, so they stay readable.
            if self.months.len() <= 12 || i % 3 == 0 {
                s.push_str(&format!(
                    r##"<text x="{tx:.1}" y="{ty}" text-anchor="middle" font-size="13" fill="#1d2321">{}</text>"##,
                    m.month.format("%b %y"),
                    tx = x + bar / 2.0,
                    ty = base + 20.0,
                ));
            }
        }
        s.push_str(&format!(
            r##"<g font-size="13" fill="#1d2321"><rect x="{l}" y="{ly}" width="14" height="14" fill="#0b5d4b"/><text x="{t1}" y="{ty}">Confirmed</text><rect x="{l2}" y="{ly}" width="14" height="14" fill="#a8d5c5" stroke="#0b5d4b" stroke-dasharray="3 2"/><text x="{t2}" y="{ty}">Hoped for</text></g></svg>"##,
            l = left,
            ly = h - 16.0,
            t1 = left + 20.0,
            ty = h - 4.0,
            l2 = left + 120.0,
            t2 = left + 140.0,
        ));
        s
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityArea {
    SkillsTransferred,
    PeopleTrained,
    LocalLeadership,
}

impl CapacityArea {
    pub const ALL: [CapacityArea; 3] =
        [CapacityArea::SkillsTransferred, CapacityArea::PeopleTrained, CapacityArea::LocalLeadership];

    pub fn label(self) -> &'static str {
        match self {
            CapacityArea::SkillsTransferred => "Skills transferred",
            CapacityArea::PeopleTrained => "People trained",
            CapacityArea::LocalLeadership => "Local leadership",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CapacityArea::SkillsTransferred => "skills_transferred",
            CapacityArea::PeopleTrained => "people_trained",
            CapacityArea::LocalLeadership => "local_leadership",
        }
    }

    pub fn from_key(key: &str) -> Option<CapacityArea> {
        CapacityArea::ALL.into_iter().find(|a| a.key() == key)
    }
}

crate::record! {
    /// One line of the local-capacity checklist.
    pub struct CapacityItem("capacity_item") {
        pub area: CapacityArea,
        pub what: String,
        #[serde(default)]
        pub done: bool,
        /// How many people, where it counts people.
        #[serde(default)]
        pub people: Option<u32>,
    }
}

impl CapacityItem {
    pub fn new(area: CapacityArea, what: impl Into<String>, now: DateTime<Utc>) -> CapacityItem {
        CapacityItem {
            id: new_id(),
            created_at: now,
            updated_at: now,
            area,
            what: what.into(),
            done: false,
            people: None,
            extra: Extra::new(),
        }
    }
}

/// Done and total items per area, in [`CapacityArea::ALL`] order.
pub fn capacity_progress(items: &[CapacityItem]) -> Vec<(CapacityArea, usize, usize)> {
    CapacityArea::ALL
        .into_iter()
        .map(|a| {
            let of_area = items.iter().filter(|i| i.area == a);
            (a, of_area.clone().filter(|i| i.done).count(), of_area.count())
        })
        .collect()
}

crate::record! {
    /// A way the community stays engaged, and whether it continues when the funding ends.
    pub struct EngagementMechanism("engagement_mechanism") {
        pub name: String,
        #[serde(default)]
        pub how: String,
        #[serde(default)]
        pub owner: Option<Uuid>,
        #[serde(default)]
        pub continues_after_funding: bool,
    }
}

impl EngagementMechanism {
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> EngagementMechanism {
        EngagementMechanism {
            id: new_id(),
            created_at: now,
            updated_at: now,
            name: name.into(),
            how: String::new(),
            owner: None,
            continues_after_funding: false,
            extra: Extra::new(),
        }
    }
}

crate::listed!(FundingSource => sustainability.funding);
crate::listed!(CapacityItem => sustainability.capacity);
crate::listed!(EngagementMechanism => sustainability.engagement);

/// What stops a funding source from being saved, by form field.
pub fn check_funding(s: &FundingSource) -> Vec<super::Problem> {
    let mut out = Vec::new();
    if s.funder.trim().is_empty() {
        out.push(super::Problem::new("funder", "Name the funder."));
    }
    if !valid_currency(&s.amount.currency) {
        out.push(super::Problem::new("currency", "Use a three-letter currency code, e.g. EUR."));
    }
    if s.amount.minor < 0 {
        out.push(super::Problem::new("amount", "An amount cannot be negative."));
    }
    if let (Some(a), Some(b)) = (s.start, s.end) {
        if b < a {
            out.push(super::Problem::new("end", "The end date is before the start date."));
        }
    }
    out
}

/// Validation of `partnership.sustainability` for files.
pub fn check(p: &Partnership, c: &mut Checker) {
    for (i, s) in p.sustainability.funding.iter().enumerate() {
        let path = Item("sustainability.funding", i);
        c.unique_id(path, s.id);
        c.times(path, s.created_at, s.updated_at);
        for problem in check_funding(s) {
            let field = match problem.path.as_str() {
                "currency" => "amount.currency",
                "amount" => "amount.minor",
                other => other,
            };
            c.problem(format!("{path}.{field}"), problem.message);
        }
    }
    for (i, item) in p.sustainability.capacity.iter().enumerate() {
        let path = Item("sustainability.capacity", i);
        c.unique_id(path, item.id);
        c.times(path, item.created_at, item.updated_at);
        c.not_blank(format!("{path}.what"), &item.what, "the checklist item");
    }
    for (i, e) in p.sustainability.engagement.iter().enumerate() {
        let path = Item("sustainability.engagement", i);
        c.unique_id(path, e.id);
        c.times(path, e.created_at, e.updated_at);
        c.not_blank(format!("{path}.name"), &e.name, "the mechanism's name");
    }
}

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

#[cfg(test)]
mod tests;
