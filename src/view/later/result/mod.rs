//! The result screen: the result's body (shared with saved results), its charts, share links
//! and the reminder.

pub(crate) mod area_bars;
pub(crate) mod radar_chart;
pub(crate) mod reminder;
pub(crate) mod result_body;
pub(crate) mod result_screen;
pub(crate) mod share_link;
