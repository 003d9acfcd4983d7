//! The history of results: the list, the comparison of two, the trend chart and importing
//! files (which the team roll-up uses too).

pub(crate) mod comparison;
pub(crate) mod file_drop;
pub(crate) mod history_screen;
pub(crate) mod trend_chart;
