//! "Download JSON": the report of the whole state, saved as a file and announced.

use leptos::prelude::*;

use super::Instance;
use crate::browser::{clock, download};
use crate::core::report::ReportV1;

pub fn download_report(instance: Instance) {
    let texts = instance.texts;
    let report = instance
        .progress
        .with_untracked(|progress| ReportV1::build(progress, texts.lang().code(), clock::now()));
    let outcome = download::save_json(&report.file_name(), &report.to_json());
    let message = if outcome.is_ok() {
        "ui.result.downloaded"
    } else {
        "ui.result.download_failed"
    };
    instance.announcement.set(texts.get(message).to_owned());
}
