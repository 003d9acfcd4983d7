//! Finds the page's mount points and starts one independent instance in each.
//!
//! A mount point is any element with `data-ai-maturity-check`. Its `data-instance` names the
//! instance (storage and element ids are namespaced by it) and `data-lang` picks the language;
//! without it the page's `lang` and then the browser's languages are tried.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::App;
use crate::core::instance_config::InstanceConfig;

const MOUNT_SELECTOR: &str = "[data-ai-maturity-check]";
const MOUNTED_MARK: &str = "data-aimc-mounted";

fn fallback_languages(document: &web_sys::Document) -> Vec<String> {
    let page = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"));
    let browser = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    page.into_iter().chain(browser).collect()
}

/// Mounts every not yet mounted `[data-ai-maturity-check]` element. Safe to call again.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(mount_points) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    let fallbacks = fallback_languages(&document);
    for index in 0..mount_points.length() {
        let Some(element) = mount_points
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if element.has_attribute(MOUNTED_MARK) {
            continue;
        }
        mount_into(element, &fallbacks);
    }
}

/// Starts one instance in `element`, replacing its placeholder content.
pub fn mount_into(element: web_sys::HtmlElement, fallback_langs: &[String]) {
    let (config, warnings) = InstanceConfig::parse(
        element.get_attribute("data-instance").as_deref(),
        element.get_attribute("data-lang").as_deref(),
        fallback_langs,
    );
    for warning in warnings {
        leptos::logging::warn!("ai-maturity-check: {warning}");
    }
    let _ = element.set_attribute(MOUNTED_MARK, "");
    element.set_text_content(None);
    let host = element.clone();
    leptos::mount::mount_to(
        element,
        move || view! { <App config=config host=host.clone() /> },
    )
    .forget();
}
