//! The Leptos components, one file per thing a person sees. They render state and call the
//! core; they hold no rules of their own.

mod app;
mod area_bars;
mod intro;
pub mod mount;
mod question_step;
mod radar_chart;
mod result;
mod start_over;
mod step_heading;

pub use app::{App, Instance};
