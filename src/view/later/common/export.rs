//! Every download the widget offers: the current result (also told to the host page), everything
//! in the history as one file that "import" in another browser reads back, and any other file a
//! screen makes. Each is announced in the live region, as done or as failed.
//!
//! The current result's file is written by the result's code (`LaterTask::DownloadReport`),
//! which the ROI estimate alone does not have: its button (`DownloadReport`) fetches it when the
//! pointer or the focus reaches it, or at the click, so the estimate's chunk carries no JSON
//! writer. While it is fetched the click is announced; when it cannot be fetched, a notice says
//! so beside the button, with a retry, and nothing on the screen changes.

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::core::history::bundle_json;
use crate::core::host_messages::HostEvent;
use crate::core::locale::day_stamp;
use crate::view::first::later_screens::{self, LaterTask, LoadFailed};
use crate::view::{on_click, Instance};

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

/// "Download result (JSON)", as a primary button or not (see the module's comment).
#[component]
pub fn DownloadReport(instance: Instance, primary: bool) -> impl IntoView {
    let texts = instance.texts;
    let failed = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let download = move || {
        if later_screens::run_if_here(instance, LaterTask::DownloadReport) {
            return;
        }
        instance
            .announcement
            .set(texts.get("ui.export.preparing").to_owned());
        leptos::task::spawn_local(async move {
            let done = later_screens::run_fetching_code(instance, LaterTask::DownloadReport).await;
            // The instance, or only this screen, may be gone by now.
            if !instance.is_alive() || failed.try_get_untracked().is_none() {
                return;
            }
            match done {
                Ok(()) => {
                    if failed.get_untracked() {
                        // The retry button goes with the notice: focus returns to the download's.
                        if let Some(button) = button.get_untracked() {
                            let _ = button.focus();
                        }
                        failed.set(false);
                    }
                }
                Err(LoadFailed) => {
                    instance.announcement.set(String::new());
                    failed.set(true);
                }
            }
        });
    };
    // Fetched as the pointer or the focus reaches the button, so it is usually here at the click.
    let prefetch = move || {
        later_screens::prefetch_code(LaterTask::DownloadReport);
    };
    let (class, part) = if primary {
        ("aimc-button aimc-primary", "button primary-button")
    } else {
        ("aimc-button", "button")
    };
    view! {
        <button type="button" class=class part=part node_ref=button
            on:pointerenter=move |_| prefetch() on:focus=move |_| prefetch() on:click=on_click(move |_| download())>
            {texts.get("ui.result.download")}
        </button>
        <Show when=move || failed.get()>
            <div class="aimc-export-failed" role="alert">
                <p>{texts.get("ui.export.failed")}</p>
                <button type="button" class="aimc-button" part="button" on:click=on_click(move |_| download())>
                    {texts.get("ui.load_failed.retry")}
                </button>
            </div>
        </Show>
    }
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
