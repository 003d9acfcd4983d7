//! The button that opens the ROI estimate, shown wherever the instance offers the ROI part.

use leptos::prelude::*;

use super::Instance;
use crate::core::progress::Progress;

#[component]
pub fn OpenRoi(instance: Instance) -> impl IntoView {
    instance.parts.has_roi().then(|| {
        view! {
            <button type="button" class="aimc-button" on:click=move |_| instance.navigate(Progress::open_roi)>
                {instance.texts.get("roi.open")}
            </button>
        }
    })
}
