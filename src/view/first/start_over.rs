//! "Start over", which asks in a modal dialog (`confirm_dialog`) before it discards the answers.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::core::progress::Progress;
use crate::view::shared::confirm_dialog::{confirm_dialog, open_dialog};
use crate::view::{on_click, Instance};

#[component]
pub fn StartOver(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let dialog = NodeRef::<Dialog>::new();
    view! {
        <button type="button" class="aimc-button" part="button" on:click=on_click(move |_| open_dialog(dialog))>{texts.get("ui.result.start_over")}</button>
        {confirm_dialog(
            instance,
            dialog,
            "start-over-question",
            "ui.confirm.question",
            "ui.confirm.yes",
            move || instance.navigate(Progress::start_over),
        )}
    }
}
