//! The widget's entry point: exports what `embed.js` (scripts/embed-runtime.js) calls as the
//! page's mount points and `<ai-maturity-check>` elements come, go and change. `embed.js` finds
//! them; starting the WebAssembly mounts nothing by itself.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod exports {
    use ai_maturity_check::view::mount;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The custom element's `connectedCallback` and `mount()`.
    #[wasm_bindgen]
    pub fn mount_shadow(host: web_sys::HtmlElement, stylesheet: &str) {
        mount::mount_shadow(host, stylesheet);
    }

    /// A mount point added after load, and `mount()`.
    #[wasm_bindgen]
    pub fn mount_point(element: web_sys::HtmlElement) {
        mount::mount_point(element);
    }

    /// `unmount()`, and the custom element removed from the document.
    #[wasm_bindgen]
    pub fn unmount(host: web_sys::HtmlElement) {
        mount::unmount(&host);
    }

    /// An option attribute of a mounted element changed.
    #[wasm_bindgen]
    pub fn reconfigure(host: web_sys::HtmlElement) {
        mount::reconfigure(&host);
    }

    /// The custom element's `observedAttributes`: every option, space-separated (one string is
    /// less glue than an array).
    #[wasm_bindgen]
    pub fn observed_attributes() -> String {
        ai_maturity_check::core::instance_config::OPTIONS.join(" ")
    }
}
