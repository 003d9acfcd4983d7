//! Owns every key the widget stores, in localStorage or sessionStorage (as the instance's
//! storage mode says): `aimc.v1.<instance>.progress` (where the person is) and
//! `aimc.v1.<instance>.history` (their completed and imported results), each a versioned value
//! written whole in one `setItem`, so no write leaves half a value. It survives every way
//! storage can fail.
//!
//! - Unavailable (disabled, throwing on access, no window): the widget works in memory and says
//!   so once.
//! - Unreadable or damaged value: copied aside to `…progress.unreadable.<millis>` before the key
//!   is reused; if it cannot be copied, the key is left alone and the widget works in memory.
//! - Written by a newer widget: left untouched; this instance works in memory.
//! - Full (quota): the write fails, the old value stays, and the person is told once.
//!
//! Storage is reached through web-sys alone, whose every step returns a `Result`, so a blocked
//! or missing storage is an error value here and never a panic.

use wasm_bindgen::JsValue;

use crate::core::history::{self, History};
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

/// Whether the mode's storage can be read and written at all: a write probe, since some browsers
/// hand out a storage that refuses every write.
fn storage_works(mode: StorageMode) -> bool {
    let Ok(storage) = storage(mode) else {
        return false;
    };
    let probe = format!("{KEY_PREFIX}.probe");
    storage.set_item(&probe, "1").is_ok() && storage.remove_item(&probe).is_ok()
}

/// The mode's storage, or an error when the page may not use it: no window, storage disabled
/// or throwing on access, or `StorageMode::None`. It may still refuse writes.
fn storage(mode: StorageMode) -> Result<web_sys::Storage, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let storage = match mode {
        StorageMode::Local => window.local_storage()?,
        StorageMode::Session => window.session_storage()?,
        StorageMode::None => None,
    };
    storage.ok_or(JsValue::NULL)
}

fn is_quota_error(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}

fn write_error(error: &JsValue) -> StorageNotice {
    if is_quota_error(error) {
        StorageNotice::Full
    } else {
        StorageNotice::Unavailable
    }
}

/// What a key held when its store opened.
struct Opened<T> {
    key: String,
    /// What was stored, or the default when nothing usable was.
    value: T,
    /// The stored text of `value`, when there was one.
    raw: Option<String>,
    /// False when the key must not be written: storage unusable, or it holds data this
    /// widget must not overwrite.
    writable: bool,
    notice: Option<StorageNotice>,
}

/// Reads and decodes `key`, the one way every stored value is opened. Never fails: missing
/// storage gives the default and a notice (none with `StorageMode::None`, the page's choice);
/// an unreadable value is copied aside to `<key>.unreadable.<millis>` before the key is reused;
/// a newer version is left untouched and the key is not written.
fn open_key<T: Default>(
    mode: StorageMode,
    key: String,
    decode: impl Fn(&str) -> Result<T, DecodeError>,
) -> Opened<T> {
    let mut opened = Opened {
        key,
        value: T::default(),
        raw: None,
        writable: false,
        notice: None,
    };
    if mode == StorageMode::None {
        return opened;
    }
    let stored = if storage_works(mode) {
        storage(mode).and_then(|storage| storage.get_item(&opened.key))
    } else {
        Err(JsValue::NULL)
    };
    match stored {
        Err(_) => opened.notice = Some(StorageNotice::Unavailable),
        Ok(None) => opened.writable = true,
        Ok(Some(text)) => match decode(&text) {
            Ok(value) => {
                opened.value = value;
                opened.raw = Some(text);
                opened.writable = true;
            }
            Err(DecodeError::NewerVersion(_)) => opened.notice = Some(StorageNotice::Corrupt),
            Err(DecodeError::Unreadable) => {
                let aside = format!("{}.unreadable.{}", opened.key, js_sys::Date::now() as u64);
                opened.writable = raw_set(mode, &aside, &text).is_ok();
                opened.notice = Some(StorageNotice::Corrupt);
            }
        },
    }
    opened
}

impl ProgressStore {
    pub fn key_for(instance_id: &str) -> String {
        format!("{KEY_PREFIX}.{instance_id}.progress")
    }

    /// Opens the instance's store and restores what it holds. Never fails: the worst case is an
    /// in-memory store, an empty progress and a notice. `StorageMode::None` stores nothing and
    /// says nothing: the page's author chose it.
    pub fn open(
        instance_id: &str,
        mode: StorageMode,
    ) -> (ProgressStore, Progress, Option<StorageNotice>) {
        let opened = open_key(mode, Self::key_for(instance_id), saved_progress::decode);
        let store = ProgressStore {
            mode,
            key: opened.key,
            writable: opened.writable,
            last_written: opened.raw,
        };
        (store, opened.value, opened.notice)
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
        match raw_set(self.mode, &self.key, &encoded) {
            Ok(()) => {
                self.last_written = Some(encoded);
                Ok(())
            }
            Err(error) => Err(write_error(&error)),
        }
    }
}

/// An instance's stored history. Every change is applied to the value as it is in storage at
/// that moment, not to this tab's copy, so two tabs that each add a result keep both; the
/// `storage` event tells the other tab to read it again. Without usable storage the history
/// lives in memory for the visit.
///
/// Made without reading anything (`new`); the first screens need only `stored_count`. `open`
/// reads and decodes the history, which only the later screens need (in the release build
/// that code is their chunk's).
#[derive(Debug)]
pub struct HistoryStore {
    mode: StorageMode,
    key: String,
    /// Whether `open` has run; until then nothing is read or written.
    opened: bool,
    /// False when the stored value must not be overwritten or storage cannot be used.
    writable: bool,
    /// The history as this tab last knew it; what changes apply to when storage cannot be read.
    memory: History,
}

impl HistoryStore {
    pub fn key_for(instance_id: &str) -> String {
        format!("{KEY_PREFIX}.{instance_id}.history")
    }

    pub fn new(instance_id: &str, mode: StorageMode) -> HistoryStore {
        HistoryStore {
            mode,
            key: Self::key_for(instance_id),
            opened: false,
            writable: false,
            memory: History::default(),
        }
    }

    /// The number of results stored, read lightly (see `history::count_entries`); `None` when
    /// nothing is stored or storage cannot be read.
    pub fn stored_count(&self) -> Option<usize> {
        // Only reads: no write probe (`storage_works`) in the start-up task.
        let stored = storage(self.mode)
            .ok()?
            .get_item(&self.key)
            .ok()
            .flatten()?;
        Some(history::count_entries(&stored))
    }

    pub fn is_open(&self) -> bool {
        self.opened
    }

    /// Reads the history, the first time only: `None` on later calls. Never fails, like
    /// `ProgressStore::open`: an unreadable value is copied aside first; a newer one is left
    /// alone and this visit keeps its history in memory.
    pub fn open(&mut self) -> Option<(History, Option<StorageNotice>)> {
        if self.opened {
            return None;
        }
        let opened = open_key(self.mode, self.key.clone(), history::decode);
        self.opened = true;
        self.writable = opened.writable;
        self.memory = opened.value.clone();
        Some((opened.value, opened.notice))
    }

    /// The history as stored now (after another tab wrote it), or this tab's copy.
    pub fn current(&self) -> History {
        if !self.writable {
            return self.memory.clone();
        }
        storage(self.mode)
            .and_then(|storage| storage.get_item(&self.key))
            .ok()
            .flatten()
            .and_then(|raw| history::decode(&raw).ok())
            .unwrap_or_else(|| self.memory.clone())
    }

    /// Applies `change` to the current history and stores the result. Returns the new history
    /// either way: when the write fails (quota) the change still holds for this visit, and the
    /// notice says so; the stored value stays as it was.
    /// `change` returns whether it changed anything; when not, nothing is written.
    pub fn apply(
        &mut self,
        change: impl FnOnce(&mut History) -> bool,
    ) -> (History, Result<(), StorageNotice>) {
        let mut history = self.current();
        let changed = change(&mut history);
        self.memory = history.clone();
        if !self.writable || !changed {
            return (history, Ok(()));
        }
        let written = raw_set(self.mode, &self.key, &history::encode(&history))
            .map_err(|error| write_error(&error));
        (history, written)
    }

    /// The key another tab's `storage` event names when it changed this history.
    pub fn key(&self) -> &str {
        &self.key
    }
}

fn raw_set(mode: StorageMode, key: &str, value: &str) -> Result<(), JsValue> {
    storage(mode)?.set_item(key, value)
}

/// Calls `changed` whenever another tab writes `key` (the `storage` event fires in every other
/// tab of the origin, never in the writing one), until the returned value is dropped (when its
/// instance unmounts). Starts listening in the task after this one: adding the listener is slow
/// enough to matter in the start-up task.
pub fn on_change_elsewhere(key: String, changed: impl Fn() + 'static) -> ChangesElsewhere {
    let listener = std::rc::Rc::new(std::cell::RefCell::new(None));
    let pending = std::rc::Rc::clone(&listener);
    let start = leptos::prelude::set_timeout_with_handle(
        move || *pending.borrow_mut() = listen_for_changes(key, changed),
        std::time::Duration::ZERO,
    );
    ChangesElsewhere {
        start: start.ok(),
        listener,
    }
}

type StorageListener = wasm_bindgen::closure::Closure<dyn Fn(web_sys::StorageEvent)>;

/// Listening for other tabs' writes (see `on_change_elsewhere`); dropping it stops, and cancels
/// a start still pending.
pub struct ChangesElsewhere {
    start: Option<leptos::prelude::TimeoutHandle>,
    listener: std::rc::Rc<std::cell::RefCell<Option<StorageListener>>>,
}

impl Drop for ChangesElsewhere {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(start) = self.start.take() {
            start.clear();
        }
        if let (Some(listener), Some(window)) =
            (self.listener.borrow_mut().take(), web_sys::window())
        {
            let _ = window
                .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
    }
}

fn listen_for_changes(key: String, changed: impl Fn() + 'static) -> Option<StorageListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let listener = StorageListener::new(move |event: web_sys::StorageEvent| {
        // A `clear()` elsewhere has no key; it concerns this key too.
        if event.key().is_none_or(|changed_key| changed_key == key) {
            changed();
        }
    });
    window
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
        .ok()
        .map(|()| listener)
}
