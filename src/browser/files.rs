//! Reading the files a person picks or drops, in the page: nothing is uploaded anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// One file as picked: its name, and its bytes unless it was larger than the limit given (such
/// files are not read at all) or could not be read.
pub struct PickedFile {
    pub name: String,
    pub size: usize,
    pub bytes: Option<Vec<u8>>,
}

/// Reads every file of `files` up to `max_bytes` each, in order.
pub async fn read_all(files: web_sys::FileList, max_bytes: usize) -> Vec<PickedFile> {
    let mut picked = Vec::new();
    for index in 0..files.length() {
        let Some(file) = files.item(index) else {
            continue;
        };
        let size = file.size() as usize;
        let bytes = if size > max_bytes {
            None
        } else {
            JsFuture::from(file.array_buffer())
                .await
                .ok()
                .and_then(|buffer| buffer.dyn_into::<js_sys::ArrayBuffer>().ok())
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        };
        picked.push(PickedFile {
            name: file.name(),
            size,
            bytes,
        });
    }
    picked
}
