//! The browser's side of share links: the page address and its fragment, compression with the
//! browser's own `CompressionStream("deflate-raw")` (so the WebAssembly holds no compressor), and
//! the clipboard. Every call may fail (an old browser, a refused clipboard, a sandboxed frame)
//! and says so as a value.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, Response};

#[wasm_bindgen]
extern "C" {
    // web-sys has these two only behind its unstable flag; both are transform streams that
    // `pipeThrough` takes as a readable-writable pair.
    type CompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    type DecompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The page's fragment with its `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `opened` when the page's fragment looks like a share link: now, and whenever the
/// fragment changes to one (a link pasted into the address bar of the page already open does
/// not reload it), until the returned value is dropped (when its instance unmounts). Only this
/// cheap test runs before the later screens' code reads the link.
pub fn watch_for_links(opened: impl Fn() + 'static) -> LinkWatch {
    use crate::core::share_link::looks_like_link;
    if looks_like_link(&fragment()) {
        opened();
    }
    let listener = Closure::<dyn Fn()>::new(move || {
        if looks_like_link(&fragment()) {
            opened();
        }
    });
    let listening = web_sys::window().is_some_and(|window| {
        window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
            .is_ok()
    });
    LinkWatch(listening.then_some(listener))
}

/// Listening for a share link in the fragment (see `watch_for_links`); dropping it stops.
pub struct LinkWatch(Option<Closure<dyn Fn()>>);

impl Drop for LinkWatch {
    fn drop(&mut self) {
        if let (Some(listener), Some(window)) = (self.0.take(), web_sys::window()) {
            let _ = window.remove_event_listener_with_callback(
                "hashchange",
                listener.as_ref().unchecked_ref(),
            );
        }
    }
}

/// The page's address without its fragment.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// Takes the fragment out of the address bar without reloading or adding a history step, so a
/// reload or a screenshot does not carry the link on.
pub fn remove_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// `bytes` compressed as raw DEFLATE.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    through(bytes, CompressionStream::new("deflate-raw")?.into()).await
}

/// `bytes` decompressed from raw DEFLATE; damaged data is an error.
pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    through(bytes, DecompressionStream::new("deflate-raw")?.into()).await
}

async fn through(bytes: &[u8], transform: JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob.stream().pipe_through(transform.unchecked_ref());
    let response = Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Puts `text` on the clipboard; an error when the browser refuses (no permission, an iframe
/// without `clipboard-write`, an insecure page).
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await?;
    Ok(())
}

/// Waits `milliseconds` (so every instance mounted with the page has asked for a link before
/// one is chosen to open it).
pub async fn pause(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds);
        }
    });
    let _ = JsFuture::from(promise).await;
}
