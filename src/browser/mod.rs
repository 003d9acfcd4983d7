//! The edges to browser APIs, one small module each. Each may fail (storage disabled, downloads
//! blocked) and reports that as a value, so the widget keeps working without it.

pub mod clock;
pub mod download;
pub mod files;
pub mod host_events;
pub mod print;
pub mod share;
pub mod storage;
