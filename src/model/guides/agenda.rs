//! A session agenda: the exercises (guides) a facilitator plans for one session, each with
//! its minutes, against the session's length. It is the facilitator's plan on this device,
//! kept as a browser preference in a short language-neutral text (`90|charter 30|dot-voting
//! 15`), so it needs no place in the partnership file and nothing to merge.
use super::{guide, Guide};

/// The session's length when nothing has been planned yet.
pub const DEFAULT_MINUTES: u32 = 90;
/// The longest session or exercise the agenda accepts, in minutes: a full day.
pub const MOST_MINUTES: u32 = 600;

#[derive(Clone, Debug, PartialEq)]
pub struct Agenda {
    /// The session's length in minutes.
    pub minutes: u32,
    pub items: Vec<Item>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub guide: &'static Guide,
    pub minutes: u32,
}

/// How the exercises fit the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    Exact,
    /// Minutes left over for arrival, breaks and closing.
    Spare(u32),
    /// Minutes the exercises take beyond the session.
    Over(u32),
}

impl Default for Agenda {
    fn default() -> Agenda {
        Agenda { minutes: DEFAULT_MINUTES, items: Vec::new() }
    }
}

impl Agenda {
    /// Reads the stored text; parts it cannot read (an exercise since removed, a damaged
    /// number) are left out rather than losing the rest.
    pub fn parse(text: &str) -> Agenda {
        let mut parts = text.split('|');
        let minutes = parts.next().and_then(minutes_of).unwrap_or(DEFAULT_MINUTES);
        let items = parts
            .filter_map(|part| {
                let (id, m) = part.split_once(' ')?;
                Some(Item { guide: guide(id)?, minutes: minutes_of(m)? })
            })
            .collect();
        Agenda { minutes, items }
    }

    pub fn to_text(&self) -> String {
        let mut s = self.minutes.to_string();
        for i in &self.items {
            s.push_str(&format!("|{} {}", i.guide.id, i.minutes));
        }
        s
    }

    pub fn total(&self) -> u32 {
        self.items.iter().map(|i| i.minutes).sum()
    }

    pub fn fit(&self) -> Fit {
        let total = self.total();
        match total.cmp(&self.minutes) {
            std::cmp::Ordering::Equal => Fit::Exact,
            std::cmp::Ordering::Less => Fit::Spare(self.minutes - total),
            std::cmp::Ordering::Greater => Fit::Over(total - self.minutes),
        }
    }

    /// Adds an exercise with its guide's own length.
    pub fn add(&mut self, id: &str) {
        if let Some(g) = guide(id) {
            self.items.push(Item { guide: g, minutes: g.total_minutes() });
        }
    }

    pub fn remove(&mut self, at: usize) {
        if at < self.items.len() {
            self.items.remove(at);
        }
    }

    /// Sets an exercise's minutes from what was typed; anything that is not a whole number
    /// of minutes from 1 to a day leaves it as it was.
    pub fn set_minutes(&mut self, at: usize, typed: &str) {
        if let (Some(item), Some(m)) = (self.items.get_mut(at), minutes_of(typed)) {
            item.minutes = m;
        }
    }

    pub fn set_length(&mut self, typed: &str) {
        if let Some(m) = minutes_of(typed) {
            self.minutes = m;
        }
    }

    /// When each exercise starts, in minutes from the start of the session.
    pub fn starts(&self) -> Vec<u32> {
        let mut at = 0;
        self.items
            .iter()
            .map(|i| {
                let start = at;
                at += i.minutes;
                start
            })
            .collect()
    }
}

fn minutes_of(typed: &str) -> Option<u32> {
    typed.trim().parse().ok().filter(|m| (1..=MOST_MINUTES).contains(m))
}

/// Minutes as `h:mm`, the same in every language, for the printed agenda's start times.
pub fn clock(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests;
