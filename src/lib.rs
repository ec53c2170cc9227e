//! Common Ground: facilitation tools for collaborative social-impact partnerships.
//!
//! `model` is pure data and rules (no browser); `storage` is the only code that knows the
//! localStorage keys; `files` turns browser files into model imports and back; `ui` draws.
pub mod files;
pub mod i18n;
pub mod model;
pub mod storage;
pub mod ui;
