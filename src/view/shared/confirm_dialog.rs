//! A question asked in a modal `<dialog>` before something is deleted: Cancel, focused when it
//! opens, and the danger button that goes ahead. "Start over" on the intro and "Delete all
//! results" on the history screen ask with it; each keeps its own button that opens it
//! (`open_dialog`). The intro's use puts it in the main part of the release WebAssembly, and the
//! history's chunk calls it there: it is kept to what both need, so the main part stays small.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::view::{on_click, Instance};

/// Opens `dialog` as a modal (the rest of the page is inert until it closes).
pub fn open_dialog(dialog: NodeRef<Dialog>) {
    if let Some(dialog) = dialog.get() {
        let _ = dialog.show_modal();
    }
}

fn close_dialog(dialog: NodeRef<Dialog>) {
    if let Some(dialog) = dialog.get() {
        dialog.close();
    }
}

/// The dialog, closed. `name`: the question's element id, which names the dialog. `question`
/// and `yes`: text keys of the question and of the button that goes ahead. `on_yes`: what going
/// ahead does, once the dialog is closed. A function generic over `on_yes` rather than a
/// component taking a boxed closure: the history's copy is then made in its own chunk, and the
/// main part holds only the intro's (a boxed closure and a props builder shared with the chunk
/// made the main part about 250 bytes larger; this about 25).
pub fn confirm_dialog(
    instance: Instance,
    dialog: NodeRef<Dialog>,
    name: &'static str,
    question: &'static str,
    yes: &'static str,
    on_yes: impl Fn() + 'static,
) -> impl IntoView {
    let texts = instance.texts;
    let question_id = instance.element_id(name);
    let labelled_by = question_id.clone();
    let confirm = move |_| {
        close_dialog(dialog);
        on_yes();
    };
    view! {
        <dialog class="aimc-dialog" node_ref=dialog aria-labelledby=labelled_by>
            <p id=question_id>{texts.get(question)}</p>
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" autofocus on:click=on_click(move |_| close_dialog(dialog))>{texts.get("ui.confirm.no")}</button>
                <button type="button" class="aimc-button aimc-danger" part="button danger-button" on:click=on_click(confirm)>{texts.get(yes)}</button>
            </div>
        </dialog>
    }
}
