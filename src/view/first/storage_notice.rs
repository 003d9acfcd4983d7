//! The one message about storage (unavailable, unreadable data kept aside, full). When storage
//! is full it offers the whole history, and the current result, as one download, so nothing is
//! lost for want of space.

use leptos::prelude::*;

use crate::browser::storage::StorageNotice;
use crate::content::LangTexts;
use crate::view::first::later_screens::{self, LaterTask};
use crate::view::{on_click, Instance};

#[component]
pub fn StorageNoticeBar(instance: Instance) -> impl IntoView {
    move || {
        instance.notice.get().map(|problem| {
            let texts = instance.lang.get().texts();
            let full = problem == StorageNotice::Full;
            view! {
                <div class="aimc-notice" part="notice" role="status">
                    <p>{texts.get(problem.text_key())}</p>
                    {full.then(|| view! {
                        <button type="button" class="aimc-button aimc-small" part="button" on:click=on_click(move |_| later_screens::run(instance, LaterTask::DownloadEverything))>
                            {texts.get("ui.history.export_all")}
                        </button>
                    })}
                </div>
            }
        })
    }
}
