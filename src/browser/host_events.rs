//! Dispatches the widget's events on its mount element as `CustomEvent`s that bubble and are
//! composed (they leave a shadow root), with the detail parsed from the core's JSON.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use crate::core::host_messages::HostEvent;

/// Fires `event` on `target`. A host page that throws in its listener cannot break the widget:
/// dispatching reports listener errors to the console, not to the caller.
pub fn dispatch(target: &EventTarget, event: HostEvent, detail_json: &str) {
    let detail = js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}
