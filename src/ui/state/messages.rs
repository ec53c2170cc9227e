//! What the user is told: a passing notice (role="status", possibly with Undo) or an alert
//! (role="alert"). Components say what happened through these methods rather than building
//! the values by hand.
use leptos::prelude::*;

use super::AppState;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    /// Offer an Undo button next to the message (after deletions).
    pub undo: bool,
}

impl AppState {
    /// Shows a passing message.
    pub fn notify(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { text: text.into(), undo: false }));
    }

    /// Shows a passing message with an Undo button (after a change worth taking back).
    pub fn notify_with_undo(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { text: text.into(), undo: true }));
    }

    /// Shows an error the user must see now.
    pub fn fail(&self, text: impl Into<String>) {
        self.alert.set(Some(text.into()));
    }
}
