//! Measurements, by far the longest list, stored as rows without field names (about 40%
//! smaller), each chunk listing its metric ids once.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{typed, StoredList};
use crate::model::metrics::Measurement;
use crate::model::record::Extra;
use crate::model::Partnership;

/// Measurements as rows: `[id, metric (index into the chunk's metric ids), date, value, note,
/// created_at, updated_at or null when equal, extra or null when empty]`.
pub(super) struct Measurements;

#[derive(Serialize, Deserialize)]
struct MeasurementChunk {
    metrics: Vec<Uuid>,
    rows: Vec<Row>,
}

/// A row is a JSON array, like a tuple; its times are read by the model's quick readers.
#[derive(Serialize, Deserialize)]
struct Row(
    Uuid,
    usize,
    #[serde(with = "crate::model::time::day")] NaiveDate,
    f64,
    String,
    #[serde(with = "crate::model::time::stamp")] DateTime<Utc>,
    #[serde(with = "crate::model::time::opt_stamp")] Option<DateTime<Utc>>,
    Option<Rest>,
);

/// A row's last column: the measurement's stamps and the fields a newer version wrote, in one
/// object, as when the stamps were kept among those fields.
#[derive(Serialize, Deserialize)]
struct Rest {
    #[serde(default, skip_serializing_if = "crate::model::stamp::Stamps::is_empty")]
    at: crate::model::stamp::Stamps,
    #[serde(flatten)]
    extra: Extra,
}

impl StoredList for Measurements {
    const NAME: &'static str = "measurements";
    type Item = Measurement;
    fn of(p: &mut Partnership) -> &mut Vec<Measurement> {
        &mut p.measurements
    }
    fn of_ref(p: &Partnership) -> &Vec<Measurement> {
        &p.measurements
    }
    fn encode(items: &[Measurement]) -> String {
        let mut metrics: Vec<Uuid> = Vec::new();
        let rows = items
            .iter()
            .map(|m| {
                let index = match metrics.iter().position(|id| *id == m.metric_id) {
                    Some(i) => i,
                    None => {
                        metrics.push(m.metric_id);
                        metrics.len() - 1
                    }
                };
                Row(
                    m.id,
                    index,
                    m.date,
                    m.value,
                    m.note.clone(),
                    m.created_at,
                    (m.updated_at != m.created_at).then_some(m.updated_at),
                    (!m.at.is_empty() || !m.extra.is_empty()).then(|| Rest { at: m.at.clone(), extra: m.extra.clone() }),
                )
            })
            .collect();
        serde_json::to_string(&MeasurementChunk { metrics, rows })
            .unwrap_or_else(|e| panic!("serialising measurements failed: {e}"))
    }
    fn decode(text: &str) -> Result<Vec<Measurement>, String> {
        let chunk: MeasurementChunk = typed(text)?;
        chunk
            .rows
            .into_iter()
            .enumerate()
            .map(|(i, Row(id, metric, date, value, note, created_at, updated_at, rest))| {
                let metric_id = *chunk
                    .metrics
                    .get(metric)
                    .ok_or_else(|| format!("rows[{i}]: metric number {metric} is not in the chunk's list"))?;
                let (at, extra) = rest.map(|r| (r.at, r.extra)).unwrap_or_default();
                Ok(Measurement {
                    id,
                    created_at,
                    updated_at: updated_at.unwrap_or(created_at),
                    metric_id,
                    date,
                    value,
                    note,
                    at,
                    extra,
                })
            })
            .collect()
    }
}
