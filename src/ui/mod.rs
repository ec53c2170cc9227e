//! Everything the user sees. Thin over the model: components ask the model for every rule
//! and go through [`state::AppState`] for every change, which saves it.
mod app;
pub mod clock;
mod learning;
mod overview;
mod pages;
mod partners;
mod partnerships;
mod report;
pub mod routes;
pub mod state;
mod stories;
mod sustainability;
mod welcome;
mod widgets;

pub use app::App;
