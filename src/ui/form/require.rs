//! Fields that must not be left empty. Many small forms (a lesson, a round, a milestone)
//! have no model check of their own for this, so the "say it was left empty" step lives
//! here once instead of in each of them.
use chrono::NaiveDate;

use super::errors::Found;
use crate::model::time::parse_input_date;

impl Found {
    /// `text` trimmed; notes `message` under `field` when nothing was typed.
    pub fn required(&mut self, field: &str, text: &str, message: &str) -> String {
        let text = text.trim();
        if text.is_empty() {
            self.push(field, message);
        }
        text.to_string()
    }

    /// The date typed in `field`; notes `message` when it is empty, or why it is not a date.
    pub fn required_date(&mut self, field: &str, text: &str, message: &str) -> Option<NaiveDate> {
        let date = self.read(field, parse_input_date(text))?;
        if date.is_none() {
            self.push(field, message);
        }
        date
    }
}
