//! Tells the host page what the widget does: `CustomEvent`s on the mount element that bubble and
//! are composed (they leave a shadow root), and, in an iframe, the same messages posted to the
//! parent page at the one origin the page's author configured.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use crate::core::host_messages::{HostEvent, MESSAGE_SOURCE};

/// Fires `event` on `target`. A host page that throws in its listener cannot break the widget:
/// dispatching reports listener errors to the console, not to the caller.
pub fn dispatch(target: &EventTarget, event: HostEvent, detail_json: &str) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&parse(detail_json));
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}

/// Posts `{ source: "ai-maturity-check", type, detail }` to the parent window, and only to
/// `target_origin`: the browser drops the message when the parent is anywhere else. Does
/// nothing outside an iframe.
pub fn post_to_parent(event: HostEvent, detail_json: &str, target_origin: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    for (key, value) in [
        ("source", JsValue::from_str(MESSAGE_SOURCE)),
        ("type", JsValue::from_str(event.name())),
        ("detail", parse(detail_json)),
    ] {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
    }
    let _ = parent.post_message(&message, target_origin);
}

fn parse(detail_json: &str) -> JsValue {
    js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL)
}

/// Calls `changed` with the document's height whenever `element` changes size, for the
/// iframe to tell its parent how tall to make the frame, until the returned value is dropped.
pub fn on_resize(element: &web_sys::Element, changed: impl Fn(u32) + 'static) -> Option<Resizes> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn Fn()>::new(move || {
        let height = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
            // The root element's own height: unlike `scrollHeight` it is not stretched to the
            // frame's current height, so the frame can shrink again too.
            .map(|root| root.get_bounding_client_rect().height().ceil().max(0.0) as u32);
        if let Some(height) = height {
            changed(height);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(Resizes {
        observer,
        _callback: callback,
    })
}

/// Observing an element's size (see `on_resize`); dropping it stops.
pub struct Resizes {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for Resizes {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
