//! Measurements in and out of spreadsheets: the CSV import with a message per bad row, and the
//! CSV exports of one metric's readings and of every metric's standing.
use crate::model::text::Case;
use super::*;

/// A bad row of an import: the line (1-based, as a spreadsheet numbers it) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub message: Msg,
}

impl RowError {
    /// "Line 3: the date is missing", in `w`'s language.
    pub fn say(&self, w: &crate::i18n::Words) -> String {
        if self.line == 0 {
            self.message.say(w)
        } else {
            tr::problem::csv::line(w, &w.integer(self.line as i128), &self.message.say(w))
        }
    }
}

/// In the interface's language (English natively), for logs and tests.
impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::with_current(|w| self.say(w)))
    }
}

/// The names a measurements file's columns may have, in any of the languages (lower case):
/// a file exported in Spanish opens on an English screen. Each language's own header
/// (`model.csv.measurements`) is among them; a test holds them to it.
pub const DATE_HEADERS: [&str; 2] = ["date", "fecha"];
pub const VALUE_HEADERS: [&str; 9] = ["value", "amount", "number", "valor", "cantidad", "número", "valeur", "montant", "nombre"];
pub const NOTE_HEADERS: [&str; 9] = ["note", "notes", "source", "source note", "nota", "notas", "fuente", "remarque", "remarques"];

/// The names a metric column may have, in any of the languages (lower case).
pub const METRIC_HEADERS: [&str; 5] = ["metric", "indicator", "indicador", "métrica", "indicateur"];

/// Reads pasted or imported CSV rows `date,value,note` into measurements. A first row naming
/// the columns is recognised (in any order) and skipped; with a `metric` column each row names
/// its metric among `metrics` (in any case), and a row that names none goes to `default` (the
/// metric whose page it is), if any. Dates are `YYYY-MM-DD` or `DD/MM/YYYY`. Every bad row is
/// reported; on any error nothing is returned, so nothing partial is saved.
/// A row identical (metric, date and value) to a reading already recorded is an error, so
/// that importing the same file twice does not double a running total.
pub fn import_measurements(
    text: &str,
    metrics: &[Metric],
    default: Option<Uuid>,
    existing: &[Measurement],
    now: DateTime<Utc>,
) -> Result<Vec<Measurement>, Vec<RowError>> {
    let lines = crate::model::csv::parse(text).map_err(|e| vec![RowError { line: e.line, message: tr::problem::csv::UNCLOSED.into() }])?;
    let mut rows = lines.as_slice();
    let (mut date_col, mut value_col, mut note_col, mut metric_col) = (0, 1, Some(2), None);
    if let Some(first) = rows.first() {
        let names: Vec<String> = first.fields.iter().map(|f| f.trim().lower()).collect();
        if names.iter().any(|n| DATE_HEADERS.contains(&n.as_str())) {
            let pos = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
            date_col = pos(&DATE_HEADERS).unwrap_or(0);
            let Some(v) = pos(&VALUE_HEADERS) else {
                return Err(vec![RowError { line: first.line, message: tr::problem::csv::NO_VALUE_COLUMN.into() }]);
            };
            value_col = v;
            note_col = pos(&NOTE_HEADERS);
            metric_col = pos(&METRIC_HEADERS);
            rows = &rows[1..];
        }
    }
    if metric_col.is_none() && default.is_none() {
        return Err(vec![RowError { line: 0, message: tr::problem::csv::NO_METRIC_COLUMN.into() }]);
    }
    if rows.is_empty() {
        return Err(vec![RowError {
            line: 0,
            message: tr::problem::csv::NOTHING.into(),
        }]);
    }
    let mut errors = Vec::new();
    let mut out = Vec::new();
    // A set, not a search of every reading per row: an import into a metric with many
    // readings must not take their product. `-0.0` is recorded as `0.0`, which it equals.
    let recorded: std::collections::HashSet<(Uuid, NaiveDate, u64)> =
        existing.iter().map(|m| (m.metric_id, m.date, (m.value + 0.0).to_bits())).collect();
    for row in rows {
        let cell = |i: usize| row.fields.get(i).map(|s| s.trim()).unwrap_or("");
        let mut bad = |message: Msg| errors.push(RowError { line: row.line, message });
        let named = metric_col.map(cell).unwrap_or("");
        let metric = match named {
            "" => default.and_then(|id| metrics.iter().find(|m| m.id == id)),
            name => metrics.iter().find(|m| m.name.trim().lower() == name.lower()),
        };
        if metric.is_none() {
            bad(match named {
                "" => tr::problem::csv::NO_METRIC.into(),
                name => Msg::new(tr::problem::csv::UNKNOWN_METRIC).text("name", name),
            });
        }
        let date = match parse_csv_date(cell(date_col)) {
            Some(d) => match crate::model::limits::date_problem(d) {
                None => Some(d),
                Some(why) => {
                    bad(Msg::new(tr::problem::csv::DATE_OUT_OF_RANGE).text("text", cell(date_col)).said("why", why));
                    None
                }
            },
            None if cell(date_col).is_empty() => {
                bad(tr::problem::csv::NO_DATE.into());
                None
            }
            None => {
                bad(Msg::new(tr::problem::csv::NOT_A_DATE).text("text", cell(date_col)));
                None
            }
        };
        let value = match parse_number(cell(value_col)) {
            Ok(v) => Some(v),
            Err(why) => {
                bad(if cell(value_col).is_empty() { tr::problem::csv::NO_VALUE.into() } else { why });
                None
            }
        };
        let (Some(metric), Some(date), Some(value)) = (metric, date, value) else { continue };
        if recorded.contains(&(metric.id, date, (value + 0.0).to_bits())) {
            bad(match metric.unit.trim() {
                "" => Msg::new(tr::problem::csv::ALREADY_RECORDED),
                unit => Msg::new(tr::problem::csv::ALREADY_RECORDED_UNIT).text("unit", unit),
            }
            .number("value", value)
            .date("date", date));
            continue;
        }
        let mut m = Measurement::new(metric.id, date, value, now);
        m.note = note_col.map(|c| cell(c).to_string()).unwrap_or_default();
        out.push(m);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A date as spreadsheets write it: `YYYY-MM-DD`, or `DD/MM/YYYY` (day first, as in most of
/// the world; a month-first date whose day is over 12 is refused rather than guessed).
pub fn parse_csv_date(text: &str) -> Option<NaiveDate> {
    if let Some(date) = crate::model::time::parse_ymd(text) {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A metric's measurements as CSV (date,value,note, the headers in the interface's
/// language): what the import reads back.
pub fn measurements_csv(metric: &Metric, measurements: &[Measurement]) -> String {
    use tr::model::csv::measurements;
    let rows: Vec<Vec<String>> = readings(measurements, metric.id)
        .into_iter()
        .map(|m| vec![crate::model::time::iso_date(m.date), m.value.to_string(), m.note.clone()])
        .collect();
    let header = crate::i18n::with_current(|w| [measurements::DATE, measurements::VALUE, measurements::NOTE].map(|k| w.get(k).to_string()));
    crate::model::csv::table(&header.each_ref().map(String::as_str), &rows)
}

/// Every metric with its targets and standing, one row each, for a spreadsheet (the headers
/// in the interface's language).
pub fn metrics_csv(metrics: &[Metric], measurements: &[Measurement], today: NaiveDate) -> String {
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let date = |d: Option<NaiveDate>| d.map(crate::model::time::iso_date).unwrap_or_default();
    let by = ByMetric::new(measurements);
    let rows: Vec<Vec<String>> = metrics
        .iter()
        .map(|m| {
            let a = by.assess(m, today);
            vec![
                m.name.clone(),
                m.kind.key().into(),
                m.unit.clone(),
                m.direction.key().into(),
                m.counting.key().into(),
                opt(m.baseline_value),
                date(m.baseline_date),
                opt(m.target_value),
                date(m.target_date),
                by.of(m.id).len().to_string(),
                opt(a.current),
                a.progress.map(|p| format!("{:.1}", p * 100.0)).unwrap_or_default(),
                crate::i18n::text(a.track.label_key()),
            ]
        })
        .collect();
    use tr::model::csv::metrics;
    let header = crate::i18n::with_current(|w| {
        [
            metrics::METRIC, metrics::KIND, metrics::UNIT, metrics::DIRECTION, metrics::COUNTING, metrics::BASELINE,
            metrics::BASELINE_DATE, metrics::TARGET, metrics::TARGET_DATE, metrics::MEASUREMENTS, metrics::CURRENT,
            metrics::PROGRESS, metrics::STATUS,
        ]
        .map(|k| w.get(k).to_string())
    });
    crate::model::csv::table(&header.each_ref().map(String::as_str), &rows)
}
