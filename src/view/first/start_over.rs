//! "Start over", which asks in a modal dialog before it discards the answers.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::core::progress::Progress;
use crate::view::{on_click, Instance};

#[component]
pub fn StartOver(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let dialog = NodeRef::<Dialog>::new();
    let question_id = instance.element_id("start-over-question");
    let labelled_by = question_id.clone();
    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let confirm = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
        instance.navigate(Progress::start_over);
    };
    view! {
        <button type="button" class="aimc-button" part="button" on:click=on_click(open)>{texts.get("ui.result.start_over")}</button>
        <dialog class="aimc-dialog" node_ref=dialog aria-labelledby=labelled_by>
            <p id=question_id>{texts.get("ui.confirm.question")}</p>
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" autofocus on:click=on_click(close)>{texts.get("ui.confirm.no")}</button>
                <button type="button" class="aimc-button aimc-danger" part="button danger-button" on:click=on_click(confirm)>{texts.get("ui.confirm.yes")}</button>
            </div>
        </dialog>
    }
}
