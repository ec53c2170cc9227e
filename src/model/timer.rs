//! The facilitator's countdown. Pure arithmetic on millisecond timestamps, so that it can be
//! saved (it survives a reload and moving between tools) and tested without a clock.
use serde::{Deserialize, Serialize};
use crate::i18n::{tr, Msg};
use crate::model::text::read_f64;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timer {
    /// How long it was set for, plus any minutes added.
    pub duration_ms: i64,
    /// When it was last started or resumed; `None` while paused.
    pub running_since_ms: Option<i64>,
    /// Time counted before the last pause.
    pub counted_ms: i64,
}

/// The preset lengths offered, in minutes.
pub const PRESETS: [i64; 4] = [2, 5, 10, 15];

impl Timer {
    pub fn start(minutes: f64, now_ms: i64) -> Timer {
        Timer { duration_ms: (minutes * 60_000.0).round() as i64, running_since_ms: Some(now_ms), counted_ms: 0 }
    }

    pub fn elapsed_ms(&self, now_ms: i64) -> i64 {
        self.counted_ms + self.running_since_ms.map_or(0, |s| (now_ms - s).max(0))
    }

    pub fn remaining_ms(&self, now_ms: i64) -> i64 {
        (self.duration_ms - self.elapsed_ms(now_ms)).max(0)
    }

    pub fn is_paused(&self) -> bool {
        self.running_since_ms.is_none()
    }

    pub fn is_done(&self, now_ms: i64) -> bool {
        self.remaining_ms(now_ms) == 0
    }

    pub fn pause(&mut self, now_ms: i64) {
        if let Some(since) = self.running_since_ms.take() {
            self.counted_ms += (now_ms - since).max(0);
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        if self.running_since_ms.is_none() {
            self.running_since_ms = Some(now_ms);
        }
    }

    /// Adds a minute; a finished timer starts counting again.
    pub fn add_minute(&mut self, now_ms: i64) {
        if self.is_done(now_ms) {
            *self = Timer { duration_ms: 60_000, running_since_ms: Some(now_ms), counted_ms: 0 };
            return;
        }
        self.duration_ms += 60_000;
    }

    /// "4:05", rounded up so that "0:00" shows only at the end.
    pub fn label(&self, now_ms: i64) -> String {
        let secs = (self.remaining_ms(now_ms) + 999) / 1000;
        format!("{}:{:02}", secs / 60, secs % 60)
    }

    /// For screen readers, in `w`'s language: "4 minutes 5 seconds left".
    pub fn spoken(&self, now_ms: i64, w: &crate::i18n::Words) -> String {
        use tr::model::timer;
        let secs = (self.remaining_ms(now_ms) + 999) / 1000;
        let time = match (secs / 60, secs % 60) {
            (0, 0) => return w.get(tr::timer::UP).to_string(),
            (0, s) => timer::seconds(w, s),
            (m, 0) => timer::minutes(w, m),
            (m, s) => timer::both(w, &timer::minutes(w, m), &timer::seconds(w, s)),
        };
        timer::left(w, &time)
    }
}

/// Reads a custom length typed by the facilitator: minutes, "m:ss", or decimals.
pub fn parse_minutes(text: &str) -> Result<f64, Msg> {
    let t = text.trim();
    let minutes = if let Some((m, s)) = t.split_once(':') {
        let not_a_time = || Msg::new(tr::problem::timer::NOT_A_TIME).text("text", t);
        let m = read_f64(m.trim()).ok_or_else(not_a_time)?;
        let s = read_f64(s.trim()).ok_or_else(not_a_time)?;
        if !(0.0..60.0).contains(&s) {
            return Err(tr::problem::timer::SECONDS.into());
        }
        m + s / 60.0
    } else {
        read_f64(&t.replace(',', ".")).ok_or_else(|| Msg::new(tr::problem::timer::NOT_MINUTES).text("text", t))?
    };
    if !(minutes > 0.0 && minutes <= 180.0) {
        return Err(Msg::new(tr::problem::timer::RANGE).int("most", 180));
    }
    Ok(minutes)
}

#[cfg(test)]
mod tests;
