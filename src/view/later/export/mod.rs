//! The report's download, a chunk of its own (`split_export.wasm` in the release build): building
//! the report and serialising it (the JSON writer, Rust's shortest float formatting) is fetched
//! when the person's pointer or focus reaches "Download result (JSON)", or at its click, so the ROI estimate's and the
//! result's chunks do not carry it (`common::export::DownloadReport` draws the button).

pub(crate) mod report;
