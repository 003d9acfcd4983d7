//! The current time and the person's time-zone offset, from the browser's `Date`.

use chrono::{DateTime, Utc};

/// Now, to the second (exported timestamps do not need more).
pub fn now() -> DateTime<Utc> {
    let seconds = (js_sys::Date::now() / 1000.0).floor() as i64;
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

/// Minutes east of UTC at `at` in the browser's time zone (daylight saving included).
pub fn local_offset_minutes(at: DateTime<Utc>) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    -(date.get_timezone_offset() as i32)
}
