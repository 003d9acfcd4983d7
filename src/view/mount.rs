//! Finds the page's mount points and starts one independent instance in each.
//!
//! A mount point is any element with `data-ai-maturity-check`. Its options come from `data-*`
//! attributes and an optional JSON block inside it (see `core::instance_config` and README.md);
//! without a language option the page's `lang` and then the browser's languages are tried.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::App;
use crate::core::instance_config::{
    options_from_json, options_from_query, ConfigWarning, InstanceConfig, OPTIONS,
};

const MOUNT_SELECTOR: &str = "[data-ai-maturity-check]";
const MOUNTED_MARK: &str = "data-aimc-mounted";
/// On the iframe page's mount point: the page URL's query parameters are options too, and win.
const URL_OPTIONS_MARK: &str = "data-url-options";

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

/// The element's options: its JSON block first, then its `data-*` attributes (which win). On
/// the custom element, the plain attributes named like an option (`lang`, `currency`, ...)
/// count too; its other plain attributes (`class`, `id`, ...) are the page's business. On the
/// iframe page's mount point (`data-url-options`) the page URL's query comes last and wins.
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
        let option = match name.strip_prefix("data-") {
            Some(option) => option,
            None if OPTIONS.contains(&name.as_str()) => name.as_str(),
            None => continue,
        };
        if option == "ai-maturity-check" || name == MOUNTED_MARK || name == URL_OPTIONS_MARK {
            continue;
        }
        options.push((
            option.to_owned(),
            element.get_attribute(&name).unwrap_or_default(),
        ));
    }
    if element.has_attribute(URL_OPTIONS_MARK) {
        let query = web_sys::window()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default();
        options.extend(options_from_query(&query));
    }
    (options, warnings)
}

/// Starts an instance inside the Shadow DOM of `host` (the `<ai-maturity-check>` element), so
/// host-page CSS cannot reach it and its CSS cannot leak out. `stylesheet` is the URL of the
/// widget's CSS, linked inside the shadow root (allowed by `style-src 'self'`).
pub fn mount_shadow(host: web_sys::HtmlElement, stylesheet: &str) {
    if host.has_attribute(MOUNTED_MARK) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = match host.shadow_root() {
        Some(root) => root,
        None => match host.attach_shadow(&init) {
            Ok(root) => root,
            Err(_) => return,
        },
    };
    let (Ok(link), Ok(container)) = (
        document.create_element("link"),
        document.create_element("div"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", stylesheet);
    let _ = root.append_child(&link);
    let _ = root.append_child(&container);
    let _ = host.set_attribute(MOUNTED_MARK, "");
    let fallbacks = fallback_languages(&document);
    start(
        &host,
        container.unchecked_into(),
        element_options(&host),
        &fallbacks,
    );
}

/// Starts one instance in `element`, replacing its placeholder content.
pub fn mount_into(element: web_sys::HtmlElement, fallback_langs: &[String]) {
    // Read first: the JSON block is inside the element and goes with its placeholder content.
    let options = element_options(&element);
    let _ = element.set_attribute(MOUNTED_MARK, "");
    element.set_text_content(None);
    start(&element, element.clone(), options, fallback_langs);
}

/// Mounts the widget into `container` with the options read from `host`, its event target.
fn start(
    host: &web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    (options, mut warnings): (Vec<(String, String)>, Vec<ConfigWarning>),
    fallback_langs: &[String],
) {
    let (config, config_warnings) = InstanceConfig::parse(&options, fallback_langs);
    warnings.extend(config_warnings);
    if host.has_attribute(URL_OPTIONS_MARK) {
        // The iframe page is the widget's own document, so its language is the widget's.
        if let Some(root) = host
            .owner_document()
            .and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("lang", config.lang.code());
        }
    }
    for warning in warnings {
        leptos::logging::warn!("ai-maturity-check: {warning}");
    }
    let host = host.clone();
    leptos::mount::mount_to(
        container,
        move || view! { <App config=config host=host.clone() /> },
    )
    .forget();
}
