//! Every download the widget offers: the current result (also told to the host page), everything
//! in the history as one file that "import" in another browser reads back, and any other file a
//! screen makes. Each is announced in the live region, as done or as failed.
//! The current result's file is written by the result's code (`LaterTask::DownloadReport`); the
//! ROI estimate alone fetches that code for it (`roi::roi_download`).

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::core::history::bundle_json;
use crate::core::host_messages::HostEvent;
use crate::core::locale::day_stamp;
use crate::view::Instance;

/// Saves `contents` as `file_name` and announces `done_key`, or the failure; true when saved.
pub fn save_and_announce(
    instance: Instance,
    file_name: &str,
    contents: &str,
    mime: &str,
    done_key: &str,
) -> bool {
    let saved = download::save_file(file_name, contents, mime).is_ok();
    let message = if saved {
        done_key
    } else {
        "ui.result.download_failed"
    };
    instance
        .announcement
        .set(instance.texts.get(message).to_owned());
    saved
}

/// "Download JSON": the report of the whole state, as exported and as told to the host page.
pub fn download_report(instance: Instance) {
    let report = instance.report();
    let json = report.to_json();
    if save_and_announce(
        instance,
        &report.file_name(),
        &json,
        "application/json",
        "ui.result.downloaded",
    ) {
        instance.emit(HostEvent::Export, &report);
    }
}

/// "Download everything": the whole history, names included.
pub fn download_everything(instance: Instance) {
    let now = clock::now();
    let json = instance
        .history
        .with_untracked(|history| bundle_json(history, now));
    let name = format!("ai-maturity-check-history-{}.json", day_stamp(now));
    save_and_announce(
        instance,
        &name,
        &json,
        "application/json",
        "ui.history.exported",
    );
}
