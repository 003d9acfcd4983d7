//! The Leptos components, one file per thing a person sees. They render state and call the
//! core; they hold no rules of their own.

mod app;
mod area_bars;
mod bar_row;
mod comparison;
mod confirm_dialog;
mod data_table;
mod export;
mod file_drop;
mod history_screen;
mod intro;
mod key_figures;
mod language_switcher;
mod later_screens;
mod line_chart;
pub mod mount;
mod number_input;
mod open_roi;
mod question_step;
mod radar_chart;
mod reminder;
mod result;
mod result_body;
mod roi_chart;
mod roi_number_field;
mod roi_screen;
mod roi_sensitivity;
mod roi_summary;
mod roi_uncertainty;
mod roi_use_cases;
mod share_link;
mod start_over;
mod step_heading;
mod storage_notice;
mod team_screen;
mod trend_chart;

pub(crate) use app::{start_instance, Instance};

/// A click handler as one type, so the first screens' buttons (in the main part of the release
/// WebAssembly) share the code that attaches a handler: each closure type would bring its own
/// copy. The later screens' buttons, in their own chunk, take their closures as they are.
pub(crate) fn on_click(
    handler: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> Box<dyn FnMut(leptos::ev::MouseEvent)> {
    Box::new(handler)
}
