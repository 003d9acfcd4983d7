//! Keeps an instance's progress in localStorage or sessionStorage (through gloo-storage, as the
//! instance's storage mode says) under one versioned key, `aimc.v1.<instance>.progress`, and
//! survives every way storage can fail.
//!
//! - Unavailable (disabled, throwing on access, no window): the widget works in memory and says
//!   so once.
//! - Unreadable or damaged value: copied aside to `…progress.unreadable.<millis>` before the key
//!   is reused; if it cannot be copied, the key is left alone and the widget works in memory.
//! - Written by a newer widget: left untouched; this instance works in memory.
//! - Full (quota): the write fails, the old value stays, and the person is told once.

use gloo_storage::{LocalStorage, SessionStorage, Storage};

use crate::core::instance_config::StorageMode;
use crate::core::progress::Progress;
use crate::core::saved_progress::{self, DecodeError};

const KEY_PREFIX: &str = "aimc.v1";

/// What the person should be told about storage, once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Corrupt,
    Full,
}

impl StorageNotice {
    /// The content key of the message.
    pub fn text_key(self) -> &'static str {
        match self {
            StorageNotice::Unavailable => "ui.storage.unavailable",
            StorageNotice::Corrupt => "ui.storage.corrupt",
            StorageNotice::Full => "ui.storage.full",
        }
    }
}

/// An instance's handle on its stored progress. Holds no browser object, so it can live in a
/// signal-free `StoredValue`; localStorage is looked up again on each write.
#[derive(Debug)]
pub struct ProgressStore {
    mode: StorageMode,
    key: String,
    /// False when writes must not happen (storage unavailable, or the key holds data this
    /// widget must not overwrite).
    writable: bool,
    last_written: Option<String>,
}

/// Whether the mode's storage can be read and written at all. gloo-storage throws when it is
/// missing, so this check with web-sys comes first.
fn storage_works(mode: StorageMode) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let storage = match mode {
        StorageMode::Local => window.local_storage(),
        StorageMode::Session => window.session_storage(),
        StorageMode::None => return false,
    };
    let Ok(Some(storage)) = storage else {
        return false;
    };
    let probe = format!("{KEY_PREFIX}.probe");
    storage.set_item(&probe, "1").is_ok() && storage.remove_item(&probe).is_ok()
}

fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}

impl ProgressStore {
    pub fn key_for(instance_id: &str) -> String {
        format!("{KEY_PREFIX}.{instance_id}.progress")
    }

    /// The mode's storage; only called after `storage_works` said yes.
    fn raw(&self) -> web_sys::Storage {
        match self.mode {
            StorageMode::Session => SessionStorage::raw(),
            StorageMode::Local | StorageMode::None => LocalStorage::raw(),
        }
    }

    /// Opens the instance's store and restores what it holds. Never fails: the worst case is an
    /// in-memory store, an empty progress and a notice. `StorageMode::None` stores nothing and
    /// says nothing: the page's author chose it.
    pub fn open(
        instance_id: &str,
        mode: StorageMode,
    ) -> (ProgressStore, Progress, Option<StorageNotice>) {
        let mut store = ProgressStore {
            mode,
            key: Self::key_for(instance_id),
            writable: false,
            last_written: None,
        };
        if mode == StorageMode::None {
            return (store, Progress::default(), None);
        }
        if !storage_works(mode) {
            return (store, Progress::default(), Some(StorageNotice::Unavailable));
        }
        let raw = match store.raw().get_item(&store.key) {
            Ok(raw) => raw,
            Err(_) => return (store, Progress::default(), Some(StorageNotice::Unavailable)),
        };
        let Some(raw) = raw else {
            store.writable = true;
            return (store, Progress::default(), None);
        };
        match saved_progress::decode(&raw) {
            Ok(progress) => {
                store.writable = true;
                store.last_written = Some(raw);
                (store, progress, None)
            }
            Err(DecodeError::NewerVersion(_)) => {
                (store, Progress::default(), Some(StorageNotice::Corrupt))
            }
            Err(DecodeError::Unreadable) => {
                let aside = format!("{}.unreadable.{}", store.key, js_sys::Date::now() as u64);
                store.writable = store.raw().set_item(&aside, &raw).is_ok();
                (store, Progress::default(), Some(StorageNotice::Corrupt))
            }
        }
    }

    /// Writes `progress` unless it is what was last written. Reports a failure as the notice to
    /// show; the previously stored value stays as it was.
    pub fn save(&mut self, progress: &Progress) -> Result<(), StorageNotice> {
        if !self.writable {
            return Ok(());
        }
        let encoded = saved_progress::encode(progress);
        if self.last_written.as_deref() == Some(encoded.as_str()) {
            return Ok(());
        }
        match self.raw().set_item(&self.key, &encoded) {
            Ok(()) => {
                self.last_written = Some(encoded);
                Ok(())
            }
            Err(error) if is_quota_error(&error) => Err(StorageNotice::Full),
            Err(_) => Err(StorageNotice::Unavailable),
        }
    }
}
