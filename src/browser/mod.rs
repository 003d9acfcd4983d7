//! The edges to browser APIs, one small module each. Each may fail (storage disabled, downloads
//! blocked) and reports that as a value, so the widget keeps working without it.

pub(crate) mod clock;
pub(crate) mod download;
pub(crate) mod files;
pub(crate) mod host_events;
pub(crate) mod idle;
pub(crate) mod later_styles;
pub(crate) mod print;
pub(crate) mod share;
pub mod storage;
