//! "Download JSON": the report of the whole state, saved as a file, announced, and told to the
//! host page.

use leptos::prelude::*;

use super::Instance;
use crate::browser::download;
use crate::core::host_messages::HostEvent;

pub fn download_report(instance: Instance) {
    let texts = instance.texts;
    let report = instance.report();
    let outcome = download::save_json(&report.file_name(), &report.to_json());
    let message = if outcome.is_ok() {
        "ui.result.downloaded"
    } else {
        "ui.result.download_failed"
    };
    instance.announcement.set(texts.get(message).to_owned());
    if outcome.is_ok() {
        instance.emit(HostEvent::Export, &report);
    }
}
