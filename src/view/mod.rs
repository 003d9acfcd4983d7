//! The Leptos components, one file per thing a person sees. They render state and call the
//! core; they hold no rules of their own.

mod app;
mod area_bars;
mod export;
mod intro;
mod language_switcher;
pub mod mount;
mod open_roi;
mod question_step;
mod radar_chart;
mod result;
mod roi_chart;
mod roi_number_field;
mod roi_screen;
mod roi_sensitivity;
mod roi_use_cases;
mod start_over;
mod step_heading;

pub use app::{App, Instance};
