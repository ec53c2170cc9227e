//! The partnership and its rules. Pure Rust: serde, chrono and uuid, nothing from the browser,
//! so every rule here is tested with plain `cargo test`.
//!
//! Each tool adds its own module and one field on [`Partnership`]; the record conventions
//! (stable id, `created_at`/`updated_at`, tombstone on delete, unknown fields kept) live in
//! [`record`].
pub mod actions;
pub mod causes;
pub mod charter;
pub mod check;
pub mod checkins;
pub mod choice;
pub mod community;
pub mod csv;
pub mod file;
pub mod generate;
pub mod goals;
pub mod guides;
pub mod health;
pub mod json_path;
pub mod ideas;
pub mod learning;
pub mod limits;
pub mod links;
pub mod merge;
pub mod metrics;
pub mod migrate;
pub mod money;
pub mod order;
pub mod partners;
pub mod partnership;
pub mod print;
pub mod record;
pub mod repair;
pub mod report;
pub mod resources;
pub mod sample;
pub mod stamp;
pub mod stories;
pub mod sustainability;
pub mod text;
pub mod time;
pub mod timer;
pub mod undo;
pub mod validate;

pub use partners::{Partner, Sector};
pub use partnership::Partnership;
pub use record::{Extra, Record, Tombstone};
pub use check::Problem;
