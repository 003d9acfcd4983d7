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

/// Reads every file up to `max_bytes` each, all at once (a thousand files one after another
/// take twice as long), and gives them back in order.
pub async fn read_all(files: Vec<web_sys::File>, max_bytes: usize) -> Vec<PickedFile> {
    // Asked once per file: a picked file's size is a synchronous question to the browser's
    // file system, a third of a millisecond each (a third of a second for a thousand files).
    let sizes: Vec<usize> = files.iter().map(|file| file.size() as usize).collect();
    let reads = js_sys::Array::new();
    for (file, size) in files.iter().zip(&sizes) {
        let read = if *size <= max_bytes {
            file.array_buffer()
        } else {
            js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)
        };
        reads.push(&read);
    }
    // One unreadable file fails `Promise.all`; then every file is reported unreadable rather
    // than half of them read.
    let buffers = JsFuture::from(js_sys::Promise::all(&reads))
        .await
        .ok()
        .and_then(|buffers| buffers.dyn_into::<js_sys::Array>().ok());
    files
        .into_iter()
        .zip(sizes)
        .enumerate()
        .map(|(index, (file, size))| {
            let bytes = buffers
                .as_ref()
                .and_then(|buffers| {
                    buffers
                        .get(index as u32)
                        .dyn_into::<js_sys::ArrayBuffer>()
                        .ok()
                })
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
            PickedFile {
                name: file.name(),
                size,
                bytes,
            }
        })
        .collect()
}
