//! The ROI estimate's "Download result (JSON)". The file is written by the result's code
//! (`LaterTask::DownloadReport`), which the ROI estimate alone (a pricing page's `data-parts="roi"`)
//! does not have: the button fetches it when the pointer or the focus reaches it, or at the
//! click, so the estimate's own code carries no JSON writer. While it is fetched the click is
//! announced; when it cannot be fetched, a notice says so beside the button, with a retry, and
//! nothing on the screen changes.

use leptos::prelude::*;

use crate::view::first::later_screens::{self, LaterTask, LoadFailed};
use crate::view::{on_click, Instance};

/// "Download result (JSON)" on the ROI estimate.
#[component]
pub fn RoiDownload(instance: Instance) -> impl IntoView {
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
    view! {
        <button type="button" class="aimc-button aimc-primary" part="button primary-button" node_ref=button
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
