//! The button that opens the ROI estimate, shown wherever the instance offers the ROI part.

use leptos::prelude::*;

use crate::core::progress::Progress;
use crate::view::first::later_screens::{self, Chunk};
use crate::view::{on_click, Instance};

#[component]
pub fn OpenRoi(instance: Instance) -> impl IntoView {
    instance.parts.get_untracked().has_roi().then(|| {
        view! {
            <button
                type="button"
                class="aimc-button"
                part="button"
                on:pointerenter=move |_| later_screens::prefetch(Chunk::Roi, instance.texts.lang())
                on:focus=move |_| later_screens::prefetch(Chunk::Roi, instance.texts.lang())
                on:click=on_click(move |_| instance.navigate(Progress::open_roi))
            >
                {instance.texts.get("roi.open")}
            </button>
        }
    })
}
