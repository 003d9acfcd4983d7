//! The widget's entry point: mounts an instance into every `[data-ai-maturity-check]` element,
//! and exports `mount_shadow` for the `<ai-maturity-check>` custom element that `embed.js`
//! defines.

fn main() {
    // In the next task, not the one that started the WebAssembly: two shorter tasks keep the
    // page responsive on a slow phone, where one long one would block it.
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::set_timeout(ai_maturity_check::mount_all, std::time::Duration::ZERO);
}

/// Called by the custom element's `connectedCallback` (see scripts/embed-runtime.js).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_shadow(host: web_sys::HtmlElement, stylesheet: &str) {
    ai_maturity_check::view::mount::mount_shadow(host, stylesheet);
}
