//! Funding sources and how concentrated they are (the Herfindahl reading described in mod.rs).
use crate::model::text::Case;
use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingStatus {
    Confirmed,
    HopedFor,
}

impl FundingStatus {
    /// The status's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            FundingStatus::Confirmed => tr::model::funding_status::CONFIRMED,
            FundingStatus::HopedFor => tr::model::funding_status::HOPED_FOR,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
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
        /// The funder as a partner of the directory, when it is one.
        #[serde(default)]
        pub partner_id: Option<Uuid>,
    }
}

impl FundingSource {
    pub fn new(funder: impl Into<String>, amount: Money, now: DateTime<Utc>) -> FundingSource {
        crate::new_record!(now, FundingSource {
            funder: funder.into(),
            amount,
            start: None,
            end: None,
            restricted: false,
            status: FundingStatus::Confirmed,
            notes: String::new(),
            partner_id: None,
        })
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

    /// The reading's name: a message, for the screen to word in its language (`t(x.label_key())`).
    pub fn label_key(self) -> Key {
        match self {
            Reading::Diversified => tr::model::funding_reading::DIVERSIFIED,
            Reading::Concentrated => tr::model::funding_reading::CONCENTRATED,
            Reading::Dependent => tr::model::funding_reading::DEPENDENT,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(self) -> &'static str {
        crate::i18n::english(self.label_key())
    }

    pub fn key(self) -> &'static str {
        match self {
            Reading::Diversified => "diversified",
            Reading::Concentrated => "concentrated",
            Reading::Dependent => "dependent",
        }
    }

    /// What the reading means: a message, for the screen to word in its language (`t(x.explanation_key())`).
    pub fn explanation_key(self) -> Key {
        match self {
            Reading::Diversified => tr::model::funding_reading::DIVERSIFIED_WHY,
            Reading::Concentrated => tr::model::funding_reading::CONCENTRATED_WHY,
            Reading::Dependent => tr::model::funding_reading::DEPENDENT_WHY,
        }
    }

    /// In English (files, logs, tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn explanation(self) -> &'static str {
        crate::i18n::english(self.explanation_key())
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
        let e = g.1.entry(s.funder.trim().lower()).or_insert_with(|| (s.funder.trim().to_string(), 0));
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
