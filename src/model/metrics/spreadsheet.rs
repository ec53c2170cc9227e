//! Measurements in and out of spreadsheets: the CSV import with a message per bad row, and the
//! CSV exports of one metric's readings and of every metric's standing.
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

/// Reads pasted or imported CSV rows `date,value,note` into measurements of `metric`.
/// A first row naming the columns is recognised (in any order) and skipped. Every bad row
/// is reported; on any error nothing is returned, so nothing partial is saved.
/// A row identical (date and value) to a reading already recorded is an error, so that
/// importing the same file twice does not double a running total.
pub fn import_measurements(
    text: &str,
    metric: &Metric,
    existing: &[Measurement],
    now: DateTime<Utc>,
) -> Result<Vec<Measurement>, Vec<RowError>> {
    let lines = crate::model::csv::parse(text).map_err(|e| vec![RowError { line: e.line, message: tr::problem::csv::UNCLOSED.into() }])?;
    let mut rows = lines.as_slice();
    let (mut date_col, mut value_col, mut note_col) = (0, 1, Some(2));
    if let Some(first) = rows.first() {
        let names: Vec<String> = first.fields.iter().map(|f| f.trim().to_lowercase()).collect();
        if names.iter().any(|n| n == "date") {
            let pos = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
            date_col = pos(&["date"]).unwrap_or(0);
            let Some(v) = pos(&["value", "amount", "number"]) else {
                return Err(vec![RowError { line: first.line, message: tr::problem::csv::NO_VALUE_COLUMN.into() }]);
            };
            value_col = v;
            note_col = pos(&["note", "notes", "source", "source note"]);
            rows = &rows[1..];
        }
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
    let recorded: std::collections::HashSet<(NaiveDate, u64)> =
        existing.iter().filter(|m| m.metric_id == metric.id).map(|m| (m.date, (m.value + 0.0).to_bits())).collect();
    for row in rows {
        let cell = |i: usize| row.fields.get(i).map(|s| s.trim()).unwrap_or("");
        let date = match crate::model::time::parse_ymd(cell(date_col)) {
            Some(d) => match crate::model::limits::date_problem(d) {
                None => Some(d),
                Some(why) => {
                    let message = Msg::new(tr::problem::csv::DATE_OUT_OF_RANGE).text("text", cell(date_col)).said("why", why);
                    errors.push(RowError { line: row.line, message });
                    None
                }
            },
            None if cell(date_col).is_empty() => {
                errors.push(RowError { line: row.line, message: tr::problem::csv::NO_DATE.into() });
                None
            }
            None => {
                errors.push(RowError {
                    line: row.line,
                    message: Msg::new(tr::problem::csv::NOT_A_DATE).text("text", cell(date_col)),
                });
                None
            }
        };
        let value = match parse_number(cell(value_col)) {
            Ok(v) => Some(v),
            Err(why) => {
                let why = if cell(value_col).is_empty() { tr::problem::csv::NO_VALUE.into() } else { why };
                errors.push(RowError { line: row.line, message: why });
                None
            }
        };
        if let (Some(date), Some(value)) = (date, value) {
            if recorded.contains(&(date, (value + 0.0).to_bits())) {
                errors.push(RowError {
                    line: row.line,
                    message: match metric.unit.trim() {
                        "" => Msg::new(tr::problem::csv::ALREADY_RECORDED),
                        unit => Msg::new(tr::problem::csv::ALREADY_RECORDED_UNIT).text("unit", unit),
                    }
                    .number("value", value)
                    .date("date", date),
                });
                continue;
            }
            let mut m = Measurement::new(metric.id, date, value, now);
            m.note = note_col.map(|c| cell(c).to_string()).unwrap_or_default();
            out.push(m);
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A metric's measurements as CSV (date,value,note): what the import reads back.
pub fn measurements_csv(metric: &Metric, measurements: &[Measurement]) -> String {
    let rows: Vec<Vec<String>> = readings(measurements, metric.id)
        .into_iter()
        .map(|m| vec![crate::model::time::iso_date(m.date), m.value.to_string(), m.note.clone()])
        .collect();
    crate::model::csv::table(&["date", "value", "note"], &rows)
}

/// Every metric with its targets and standing, one row each, for a spreadsheet.
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
                a.track.label().into(),
            ]
        })
        .collect();
    crate::model::csv::table(
        &[
            "metric", "type", "unit", "direction", "counting", "baseline", "baseline_date", "target",
            "target_date", "measurements", "current", "progress_percent", "status",
        ],
        &rows,
    )
}
