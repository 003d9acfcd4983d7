//! Finds the page's mount points and starts one independent instance in each, and keeps every
//! running instance so the page can change its options, and remove or unmount it.
//!
//! A mount point is any element with `data-ai-maturity-check`. Its options come from `data-*`
//! attributes and an optional JSON block inside it (see `core::instance_config` and README.md);
//! without a language option the page's `lang` and then the browser's languages are tried.
//! `embed.js` (scripts/embed-runtime.js) calls in here when elements come, go and change.

use std::any::Any;
use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::core::instance_config::{
    options_from_json, options_from_query, InstanceConfig, OPTIONS,
};
use crate::view::{start_instance, Instance};

const MOUNTED_MARK: &str = "data-aimc-mounted";
/// On the iframe page's mount point: the page URL's query parameters are options too, and win.
const URL_OPTIONS_MARK: &str = "data-url-options";

/// A running instance.
struct Running {
    /// The mount point or the custom element: where its options and events are.
    host: web_sys::HtmlElement,
    /// Where it is drawn: the mount point itself, or a `div` in the custom element's shadow root.
    container: web_sys::HtmlElement,
    /// A mount point's content before mounting (placeholder, JSON block), put back when it is
    /// unmounted. None for the custom element, whose own content the shadow root leaves alone.
    placeholder: Option<web_sys::DocumentFragment>,
    /// The JSON block's options, read once at mount.
    block_options: Vec<(String, String)>,
    /// The options it runs with now.
    config: InstanceConfig,
    instance: Instance,
    /// The `UnmountHandle`: dropping it removes the view and disposes everything the instance
    /// registered (its `on_cleanup`s free listeners and observers).
    _view: Box<dyn Any>,
}

thread_local! {
    /// Every running instance on the page; a handful, so a list.
    static RUNNING: RefCell<Vec<Running>> = const { RefCell::new(Vec::new()) };
}

/// Takes `host`'s running instance out of the list (it is still mounted until dropped).
fn take_running(host: &web_sys::HtmlElement) -> Option<Running> {
    RUNNING.with_borrow_mut(|running| {
        let index = running.iter().position(|entry| &entry.host == host)?;
        Some(running.swap_remove(index))
    })
}

fn is_running(host: &web_sys::HtmlElement) -> bool {
    RUNNING.with_borrow(|running| running.iter().any(|entry| &entry.host == host))
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|window| window.document())
}

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

/// The options of the element's JSON block (`<script type="application/json">` inside it).
fn block_options(element: &web_sys::HtmlElement) -> Vec<(String, String)> {
    let Ok(Some(block)) = element.query_selector("script[type='application/json']") else {
        return Vec::new();
    };
    options_from_json(&block.text_content().unwrap_or_default()).unwrap_or_else(|warning| {
        leptos::logging::warn!("ai-maturity-check: {warning}");
        Vec::new()
    })
}

/// The element's options: its JSON block's (`block`) first, then its `data-*` attributes
/// (which win). On the custom element, the plain attributes named like an option (`lang`,
/// `currency`, ...) count too; its other plain attributes (`class`, `id`, ...) are the page's
/// business. On the iframe page's mount point (`data-url-options`) the page URL's query comes
/// last and wins. Warnings are logged.
fn read_config(element: &web_sys::HtmlElement, block: &[(String, String)]) -> InstanceConfig {
    let mut options = block.to_vec();
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
    let fallbacks = document()
        .map(|document| fallback_languages(&document))
        .unwrap_or_default();
    let (config, warnings) = InstanceConfig::parse(&options, &fallbacks);
    for warning in warnings {
        leptos::logging::warn!("ai-maturity-check: {warning}");
    }
    config
}

/// Starts an instance inside the Shadow DOM of `host` (the `<ai-maturity-check>` element), so
/// host-page CSS cannot reach it and its CSS cannot leak out. `stylesheet` is the URL of the
/// widget's CSS, linked inside the shadow root (allowed by `style-src 'self'`). Does nothing
/// when `host` runs an instance already.
pub fn mount_shadow(host: web_sys::HtmlElement, stylesheet: &str) {
    if is_running(&host) {
        return;
    }
    let Some(document) = document() else {
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
    let block = block_options(&host);
    let config = read_config(&host, &block);
    start(host, container.unchecked_into(), None, block, config);
}

/// Starts one instance in the mount point `element`, setting its content (placeholder, JSON
/// block) aside until it is unmounted. Does nothing when it runs an instance already.
pub fn mount_point(element: web_sys::HtmlElement) {
    if is_running(&element) {
        return;
    }
    let Some(document) = document() else {
        return;
    };
    // Read first: the JSON block goes aside with the placeholder content.
    let block = block_options(&element);
    let placeholder = document.create_document_fragment();
    while let Some(child) = element.first_child() {
        let _ = placeholder.append_child(&child);
    }
    let config = read_config(&element, &block);
    start(element.clone(), element, Some(placeholder), block, config);
}

/// Mounts the widget into `container` with `config` (read from `host`, its event target), and
/// keeps it in `RUNNING`.
fn start(
    host: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    placeholder: Option<web_sys::DocumentFragment>,
    block_options: Vec<(String, String)>,
    config: InstanceConfig,
) {
    if host.has_attribute(URL_OPTIONS_MARK) {
        // The iframe page is the widget's own document, so its language is the widget's.
        if let Some(root) = host
            .owner_document()
            .and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("lang", config.lang.code());
        }
    }
    let _ = host.set_attribute(MOUNTED_MARK, "");
    let started = std::rc::Rc::new(std::cell::Cell::new(None));
    let view = {
        let (config, host, started) = (config.clone(), host.clone(), started.clone());
        leptos::mount::mount_to(container.clone(), move || {
            let (instance, view) = start_instance(config, host);
            started.set(Some(instance));
            view
        })
    };
    // Built synchronously by `mount_to`, so it is there.
    let Some(instance) = started.take() else {
        return;
    };
    RUNNING.with_borrow_mut(|running| {
        running.push(Running {
            host,
            container,
            placeholder,
            block_options,
            config,
            instance,
            _view: Box::new(view),
        })
    });
}

/// Unmounts `host`'s instance: its view goes, and everything it registered is freed; what it
/// stored stays. A mount point gets its earlier content back. Does nothing when `host` runs no
/// instance.
pub fn unmount(host: &web_sys::HtmlElement) {
    let Some(running) = take_running(host) else {
        return;
    };
    let Running {
        host,
        placeholder,
        _view: view,
        ..
    } = running;
    drop(view);
    let _ = host.remove_attribute(MOUNTED_MARK);
    match placeholder {
        Some(placeholder) => {
            let _ = host.append_child(&placeholder);
        }
        // The custom element: its shadow root is emptied (it cannot be removed), ready for the
        // next mount.
        None => {
            if let Some(root) = host.shadow_root() {
                root.set_text_content(None);
            }
        }
    }
}

/// The page changed `host`'s attributes: reads its options again and applies the change to the
/// running instance (see `Instance::follow_page`, which says what each option's change does).
pub fn reconfigure(host: &web_sys::HtmlElement) {
    // Applied while the list is borrowed: nothing here calls back into this module (signals
    // notify their effects later, and the observer hears of attribute changes later).
    RUNNING.with_borrow_mut(|running| {
        let Some(entry) = running.iter_mut().find(|entry| &entry.host == host) else {
            return;
        };
        let after = read_config(&entry.host, &entry.block_options);
        if after == entry.config {
            return;
        }
        if after.theme != entry.config.theme {
            // The view writes the root's `data-theme` once, when it starts; this writes it again.
            if let Some(root) = entry.container.first_element_child() {
                let _ = root.set_attribute("data-theme", after.theme.code());
            }
        }
        entry.instance.follow_page(&entry.config, &after);
        entry.config = after;
    });
}
