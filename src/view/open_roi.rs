//! The button that opens the ROI estimate, shown wherever the instance offers the ROI part.

use leptos::prelude::*;

use super::later_screens::{self, Chunk};
use super::{on_click, Instance};
use crate::core::progress::Progress;

#[component]
pub fn OpenRoi(instance: Instance) -> impl IntoView {
    instance.parts.get_untracked().has_roi().then(|| {
        view! {
            <button
                type="button"
                class="aimc-button"
                part="button"
                on:pointerenter=|_| later_screens::prefetch(Chunk::Roi)
                on:focus=|_| later_screens::prefetch(Chunk::Roi)
                on:click=on_click(move |_| instance.navigate(Progress::open_roi))
            >
                {instance.texts.get("roi.open")}
            </button>
        }
    })
}
