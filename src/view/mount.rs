//! Finds the page's mount points and starts one independent instance in each.
//!
//! A mount point is any element with `data-ai-maturity-check`. Its options come from `data-*`
//! attributes and an optional JSON block inside it (see `core::instance_config` and README.md);
//! without a language option the page's `lang` and then the browser's languages are tried.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::App;
use crate::core::instance_config::{options_from_json, ConfigWarning, InstanceConfig};

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

/// The element's options: its JSON block first, then its `data-*` attributes (which win).
fn element_options(element: &web_sys::HtmlElement) -> (Vec<(String, String)>, Vec<ConfigWarning>) {
    let mut options = Vec::new();
    let mut warnings = Vec::new();
    if let Ok(Some(block)) = element.query_selector("script[type='application/json']") {
        match options_from_json(&block.text_content().unwrap_or_default()) {
            Ok(from_json) => options.extend(from_json),
            Err(warning) => warnings.push(warning),
        }
    }
    for name in element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
    {
        let Some(option) = name.strip_prefix("data-") else {
            continue;
        };
        if option == "ai-maturity-check" || name == MOUNTED_MARK {
            continue;
        }
        options.push((
            option.to_owned(),
            element.get_attribute(&name).unwrap_or_default(),
        ));
    }
    (options, warnings)
}

/// Starts one instance in `element`, replacing its placeholder content.
pub fn mount_into(element: web_sys::HtmlElement, fallback_langs: &[String]) {
    let (options, mut warnings) = element_options(&element);
    let (config, config_warnings) = InstanceConfig::parse(&options, fallback_langs);
    warnings.extend(config_warnings);
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
