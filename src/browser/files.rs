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

/// The files of a `FileList`, taken out of it at once: the list is live, and clearing the
/// input (so the same file can be picked again) empties it.
pub fn take(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length())
        .filter_map(|index| files.item(index))
        .collect()
}

/// Reads every file up to `max_bytes` each, in order.
pub async fn read_all(files: Vec<web_sys::File>, max_bytes: usize) -> Vec<PickedFile> {
    let mut picked = Vec::with_capacity(files.len());
    for file in files {
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
