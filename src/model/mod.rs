//! The partnership and its rules. Pure Rust: serde, chrono and uuid, nothing from the browser,
//! so every rule here is tested with plain `cargo test`.
//!
//! Each tool adds its own module and one field on [`Partnership`]; the record conventions
//! (stable id, `created_at`/`updated_at`, tombstone on delete, unknown fields kept) live in
//! [`record`].
pub mod csv;
pub mod file;
pub mod learning;
pub mod migrate;
pub mod partners;
pub mod partnership;
pub mod record;
pub mod report;
pub mod sample;
pub mod stories;
pub mod sustainability;
pub mod time;
pub mod validate;

pub use partners::{Partner, Sector};
pub use partnership::Partnership;
pub use record::{Extra, Record, Tombstone};
pub use validate::Problem;
