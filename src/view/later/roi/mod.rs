//! The ROI estimate: its screen, fields, chart, simulation and sensitivity, its download, and the
//! summary of its figures that the result and saved results show too.

pub(crate) mod roi_chart;
pub(crate) mod roi_download;
pub(crate) mod roi_number_field;
pub(crate) mod roi_screen;
pub(crate) mod roi_sensitivity;
pub(crate) mod roi_summary;
pub(crate) mod roi_uncertainty;
pub(crate) mod roi_use_cases;
