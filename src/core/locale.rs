//! Formatting values the way a language writes them, from patterns held in the content files.
//!
//! The patterns are data (`format.datetime` in each language file), so a language brings its
//! own order and separators without code; this module only fills them in.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use crate::content::fill;

/// Formats `at` in the person's time zone (`offset_minutes` east of UTC) with a pattern using
/// `{year}`, `{month}`, `{day}`, `{hour}` and `{minute}` (month, day, hour and minute two-digit).
pub fn format_datetime(pattern: &str, at: DateTime<Utc>, offset_minutes: i32) -> String {
    let offset = FixedOffset::east_opt(offset_minutes.saturating_mul(60))
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset is valid"));
    let local = at.with_timezone(&offset);
    fill(
        pattern,
        &[
            ("year", &local.year().to_string()),
            ("month", &format!("{:02}", local.month())),
            ("day", &format!("{:02}", local.day())),
            ("hour", &format!("{:02}", local.hour())),
            ("minute", &format!("{:02}", local.minute())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_the_local_zone() {
        let at = DateTime::parse_from_rfc3339("2026-11-22T23:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            format_datetime("{day}.{month}.{year} kl. {hour}:{minute}", at, 60),
            "23.11.2026 kl. 00:30"
        );
        assert_eq!(
            format_datetime("{year}-{month}-{day} {hour}:{minute}", at, -300),
            "2026-11-22 18:30"
        );
    }

    #[test]
    fn an_impossible_offset_falls_back_to_utc() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(format_datetime("{hour}:{minute}", at, i32::MAX), "03:04");
    }
}
