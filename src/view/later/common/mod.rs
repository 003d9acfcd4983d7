//! What several later screens use: drawing below the fold after the first paint, the SVG bar
//! row, the line chart's frame and y axis, the ROI's key figures, the number input with its
//! error, tables of figures and every download.

pub(crate) mod after_paint;
pub(crate) mod bar_row;
pub(crate) mod data_table;
pub(crate) mod export;
pub(crate) mod key_figures;
pub(crate) mod line_chart;
pub(crate) mod number_input;
