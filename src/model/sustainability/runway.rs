//! The runway: each source's money spread exactly over its months, and what is left month by month.
use super::*;
use crate::i18n::{tr, Words};
use crate::model::money::currency_value;

/// The first day of `d`'s month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn month_index(d: NaiveDate) -> i64 {
    d.year() as i64 * 12 + d.month0() as i64
}

/// How a source's amount falls on its months: `n` months from the month `first` (a
/// [`month_index`]), `per` each and one minor unit more in the first `rem`.
struct Spread {
    first: i64,
    n: i64,
    per: i64,
    rem: i64,
}

impl Spread {
    fn of(s: &FundingSource) -> Option<Spread> {
        let (start, end) = (s.start?, s.end?);
        if end < start {
            return None;
        }
        let n = month_index(end) - month_index(start) + 1;
        Some(Spread { first: month_index(start), n, per: s.amount.minor / n, rem: s.amount.minor % n })
    }

    /// The amount in the month `index` (a [`month_index`]); `None` outside the source's months.
    fn in_month(&self, index: i64) -> Option<i64> {
        let k = index - self.first;
        (0..self.n).contains(&k).then(|| self.per + i64::from(k < self.rem))
    }
}

/// A source's amount spread evenly over the calendar months from its start to its end
/// month, exactly: the remainder goes one minor unit at a time to the first months, so the
/// months add up to the amount. `None` without both dates. As many months as the dates span,
/// which the years a date may have ([`crate::model::limits`]) keep to a few thousand.
pub fn monthly_spread(s: &FundingSource) -> Option<Vec<(NaiveDate, i64)>> {
    let spread = Spread::of(s)?;
    let first = month_start(s.start?);
    Some(
        (0..spread.n)
            .map(|k| {
                let month = first.checked_add_months(Months::new(k as u32)).unwrap_or(first);
                (month, spread.in_month(spread.first + k).unwrap_or(0))
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
    // Only the months shown are looked at: a source spread over centuries costs no more than
    // one over a year. Sums stop at the largest amount rather than overflow.
    for s in sources.iter().filter(|s| s.amount.currency == currency) {
        let Some(spread) = Spread::of(s) else {
            undated += 1;
            continue;
        };
        for (slot, index) in out.iter_mut().zip(month_index(first)..) {
            if let Some(amount) = spread.in_month(index) {
                match s.status {
                    FundingStatus::Confirmed => slot.confirmed = slot.confirmed.saturating_add(amount),
                    FundingStatus::HopedFor => slot.hoped_for = slot.hoped_for.saturating_add(amount),
                }
            }
        }
    }
    let months_covered = out.iter().take_while(|m| m.confirmed > 0).count();
    Runway { currency: currency.to_string(), months: out, months_covered, undated }
}

impl Runway {
    /// "Jan 2027" (`short`: "Jan 27") in `w`'s language.
    fn month(w: &Words, d: NaiveDate, short: bool) -> String {
        let year = if short { format!("{:02}", d.year().rem_euclid(100)) } else { d.year().to_string() };
        tr::report::month_year(w, w.month(d), &year)
    }

    /// One sentence saying what the chart shows, for screen readers and the report.
    pub fn describe(&self, w: &Words) -> String {
        use tr::model::runway;
        let Some(first) = self.months.first() else { return String::new() };
        let covered = match self.months_covered {
            0 => w.get(runway::NONE_COVERED).to_string(),
            n if n == self.months.len() => runway::all_covered(w, n as i64),
            n => runway::covered(w, n as i64, &Self::month(w, first.month, false), &Self::month(w, self.months[n - 1].month, false)),
        };
        runway::describe(w, &covered, &self.currency)
    }

    /// A bar chart, confirmed (solid) under hoped-for (light), as inline SVG with a title
    /// and description in `w`'s language; every text is escaped, and nothing needs a script.
    pub fn svg(&self, w: &Words) -> String {
        let words = w;
        let (w, h, left, bottom, top) = (760.0_f64, 300.0_f64, 120.0_f64, 40.0_f64, 20.0_f64);
        let max = self.months.iter().map(|m| m.confirmed.saturating_add(m.hoped_for)).max().unwrap_or(0).max(1);
        let n = self.months.len().max(1) as f64;
        let slot = (w - left - 10.0) / n;
        let bar = slot * 0.7;
        let scale = (h - bottom - top) / max as f64;
        let amount = |minor| words.amount(currency_value(minor, &self.currency));
        let mut s = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="runway-title-{c} runway-desc-{c}" class="chart runway-chart"><title id="runway-title-{c}">{title}</title><desc id="runway-desc-{c}">{desc}</desc>"##,
            c = escape_xml(&self.currency),
            title = escape_xml(&tr::model::runway::title(words, &self.currency)),
            desc = escape_xml(&self.describe(words)),
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
            max = escape_xml(&words.money(max, &self.currency)),
        ));
        for (i, m) in self.months.iter().enumerate() {
            let x = left + slot * i as f64 + (slot - bar) / 2.0;
            let hc = m.confirmed as f64 * scale;
            let hh = m.hoped_for as f64 * scale;
            let label = tr::model::runway::bar(words, &amount(m.confirmed), &amount(m.hoped_for), &Self::month(words, m.month, false));
            s.push_str(&format!(
                r##"<g><title>{label}</title><rect x="{x:.1}" y="{yc:.1}" width="{bar:.1}" height="{hc:.1}" fill="#0b5d4b"/><rect x="{x:.1}" y="{yh:.1}" width="{bar:.1}" height="{hh:.1}" fill="#a8d5c5" stroke="#0b5d4b" stroke-dasharray="3 2"/></g>"##,
                label = escape_xml(&label),
                yc = base - hc,
                yh = base - hc - hh,
            ));
            // Every label on short runways; every third on long ones, so they stay readable.
            if self.months.len() <= 12 || i % 3 == 0 {
                s.push_str(&format!(
                    r##"<text x="{tx:.1}" y="{ty}" text-anchor="middle" font-size="13" fill="#1d2321">{}</text>"##,
                    escape_xml(&Self::month(words, m.month, true)),
                    tx = x + bar / 2.0,
                    ty = base + 20.0,
                ));
            }
        }
        s.push_str(&format!(
            r##"<g font-size="13" fill="#1d2321"><rect x="{l}" y="{ly}" width="14" height="14" fill="#0b5d4b"/><text x="{t1}" y="{ty}">{confirmed}</text><rect x="{l2}" y="{ly}" width="14" height="14" fill="#a8d5c5" stroke="#0b5d4b" stroke-dasharray="3 2"/><text x="{t2}" y="{ty}">{hoped}</text></g></svg>"##,
            confirmed = escape_xml(words.get(tr::report::CONFIRMED)),
            hoped = escape_xml(words.get(tr::report::HOPED_FOR)),
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
