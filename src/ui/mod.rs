//! Everything the user sees. Thin over the model: components ask the model for every rule
//! and go through [`state::AppState`] for every change, which saves it.
mod actions;
mod app;
mod causes;
mod charter;
mod checkins;
pub mod clock;
mod community;
pub mod crash;
mod drafts;
mod form;
mod facilitation;
mod goals;
mod health;
mod helpers;
pub mod i18n;
mod keyed;
mod ideas;
mod learning;
mod merge;
mod metrics;
mod offline;
mod overview;
mod pages;
pub mod print;
mod partners;
mod partnerships;
mod report;
mod resources;
pub mod routes;
pub mod state;
mod stories;
mod sustainability;
mod welcome;
mod widgets;

pub use app::App;
