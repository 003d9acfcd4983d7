//! Picking files: a labelled native file input, and a zone to drop files on. Both read the files
//! in the page and hand them over; nothing is uploaded.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::files::{read_all, take, PickedFile};
use crate::view::Instance;

/// The file input `name` (for its element id) with the label `label_key`, taking any number of
/// JSON files; `on_files` gets every file picked or dropped, read up to `max_bytes` each.
pub fn file_drop(
    instance: Instance,
    name: &str,
    label_key: &'static str,
    max_bytes: usize,
    on_files: impl Fn(Vec<PickedFile>) + Clone + 'static,
) -> impl IntoView {
    let texts = instance.texts;
    let input_id = instance.element_id(name);
    let hint_id = format!("{input_id}-hint");
    let over = RwSignal::new(false);
    let handle = move |files: Vec<web_sys::File>| {
        let on_files = on_files.clone();
        leptos::task::spawn_local(async move {
            let files = read_all(files, max_bytes).await;
            // The instance may have been unmounted while the files were read.
            if instance.is_alive() {
                on_files(files);
            }
        });
    };
    let on_change = {
        let handle = handle.clone();
        move |event: web_sys::Event| {
            let Some(input) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(files) = input.files() {
                handle(take(&files));
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        over.set(false);
        if let Some(files) = event.data_transfer().and_then(|data| data.files()) {
            handle(take(&files));
        }
    };
    let on_dragover = move |event: web_sys::DragEvent| {
        event.prevent_default();
        over.set(true);
    };
    view! {
        <div
            class="aimc-drop"
            class:aimc-drop-over=move || over.get()
            on:dragover=on_dragover
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <label for=input_id.clone()>{texts.get(label_key)}</label>
            <input
                id=input_id
                part="input"
                type="file"
                accept=".json,application/json"
                multiple=true
                aria-describedby=hint_id.clone()
                on:change=on_change
            />
            <p class="aimc-hint" id=hint_id>{texts.get("ui.files.drop_hint")}</p>
        </div>
    }
}
