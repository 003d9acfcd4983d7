//! Timestamps in stored and exported JSON: RFC 3339, written in UTC with `Z` exactly as chrono's
//! serde support wrote them, and read from any RFC 3339 offset. Done by hand, so the WebAssembly
//! carries none of chrono's general parsing and formatting machinery (about 4 KiB brotli of the
//! download before the first question).

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Timelike, Utc};

/// `2026-11-23T21:27:00Z`, with `.123`, `.123456` or `.123456789` when there are fractions of
/// a second (chrono's `SecondsFormat::AutoSi`).
pub fn write(at: DateTime<Utc>) -> String {
    let year = at.year();
    let mut out = if (0..=9999).contains(&year) {
        format!("{year:04}")
    } else {
        format!("{year:+05}")
    };
    out.push_str(&format!(
        "-{:02}-{:02}T{:02}:{:02}:{:02}",
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    ));
    let nanos = at.nanosecond() % 1_000_000_000;
    let leap = at.nanosecond() >= 1_000_000_000;
    if leap {
        // chrono keeps a leap second as the 59th with over a second of nanoseconds.
        out.truncate(out.len() - 2);
        out.push_str("60");
    }
    if nanos % 1_000_000 == 0 && nanos > 0 {
        out.push_str(&format!(".{:03}", nanos / 1_000_000));
    } else if nanos % 1_000 == 0 && nanos > 0 {
        out.push_str(&format!(".{:06}", nanos / 1_000));
    } else if nanos > 0 {
        out.push_str(&format!(".{nanos:09}"));
    }
    out.push('Z');
    out
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM)`; `T` may also be `t` or a space, `Z`
/// may be `z`. `None` for anything else, or a date or time that does not exist.
pub fn read(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    let number = |from: usize, len: usize| -> Option<u32> {
        let digits = bytes.get(from..from + len)?;
        digits.iter().try_fold(0_u32, |value, digit| {
            digit
                .is_ascii_digit()
                .then(|| value * 10 + u32::from(digit - b'0'))
        })
    };
    let at = |index: usize, allowed: &[u8]| bytes.get(index).is_some_and(|b| allowed.contains(b));
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt ") && at(13, b":") && at(16, b":")) {
        return None;
    }
    let year = i32::try_from(number(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(5, 2)?, number(8, 2)?)?;
    let (hour, minute, mut second) = (number(11, 2)?, number(14, 2)?, number(17, 2)?);
    let mut rest = text.get(19..)?;
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        // Beyond nanoseconds, digits are dropped, as chrono does.
        for (place, digit) in fraction.bytes().take(digits.min(9)).enumerate() {
            nanos += u32::from(digit - b'0') * 10_u32.pow(8 - place as u32);
        }
        rest = fraction.get(digits..)?;
    }
    if second == 60 {
        second = 59;
        nanos += 1_000_000_000;
    }
    let local = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    let offset_minutes = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (hours, minutes) = match rest.len() {
                6 if rest.as_bytes().get(3) == Some(&b':') => (rest.get(1..3)?, rest.get(4..6)?),
                5 => (rest.get(1..3)?, rest.get(3..5)?),
                _ => return None,
            };
            let two_digits = |part: &str| match *part.as_bytes() {
                [tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
                    Some(i64::from(tens - b'0') * 10 + i64::from(ones - b'0'))
                }
                _ => None,
            };
            let (hours, minutes) = (two_digits(hours)?, two_digits(minutes)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            sign * (hours * 60 + minutes)
        }
    };
    let utc = local.checked_sub_signed(TimeDelta::minutes(offset_minutes))?;
    Some(DateTime::from_naive_utc_and_offset(utc, Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::SecondsFormat;

    #[test]
    fn writes_what_chronos_serde_wrote() {
        let base = DateTime::parse_from_rfc3339("2026-11-23T21:27:00Z")
            .unwrap()
            .to_utc();
        for nanos in [0, 5_000_000, 120_000_000, 123_456_000, 123_456_789, 1_000] {
            let at = base + TimeDelta::nanoseconds(nanos);
            assert_eq!(write(at), at.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        }
        let early = DateTime::parse_from_rfc3339("0009-01-02T03:04:05Z")
            .unwrap()
            .to_utc();
        assert_eq!(write(early), "0009-01-02T03:04:05Z");
        let leap = NaiveDate::from_ymd_opt(2016, 12, 31)
            .and_then(|date| date.and_hms_milli_opt(23, 59, 59, 1_500))
            .unwrap()
            .and_utc();
        assert_eq!(
            write(leap),
            leap.to_rfc3339_opts(SecondsFormat::AutoSi, true)
        );
    }

    #[test]
    fn reads_what_chrono_reads() {
        for text in [
            "2026-11-23T21:27:00Z",
            "2026-11-23t21:27:00z",
            "2026-11-23 21:27:00Z",
            "2026-11-23T21:27:00.5Z",
            "2026-11-23T21:27:00.123456789Z",
            "2026-11-23T21:27:00.1234567891Z",
            "2026-11-23T23:27:00+02:00",
            "2026-11-23T18:57:00-02:30",
            "2026-11-24T00:27:00+0300",
            "2026-01-01T00:30:00+01:00",
            "2016-12-31T23:59:60Z",
            "2024-02-29T12:00:00Z",
        ] {
            let chrono = text
                .parse::<DateTime<chrono::FixedOffset>>()
                .unwrap()
                .to_utc();
            assert_eq!(read(text), Some(chrono), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_timestamp() {
        for text in [
            "",
            "2026-11-23",
            "2026-11-23T21:27:00",
            "2026-11-23T21:27Z",
            "2026-02-30T21:27:00Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T21:27:00.Z",
            "2026-11-23T21:27:00+2:00",
            "2026-11-23T21:27:00+24:00",
            "2026-11-23T21:27:00+-1:00",
            "2026-11-23T21:27:00Zjunk",
            "２０２６-11-23T21:27:00Z",
            "yesterday",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        for text in [
            "2026-11-23T21:27:00Z",
            "2026-11-23T21:27:00.123Z",
            "2026-11-23T21:27:00.123456789Z",
            "2016-12-31T23:59:60.500Z",
        ] {
            let at = read(text).unwrap();
            assert_eq!(write(at), text);
            assert_eq!(read(&write(at)), Some(at));
        }
    }
}
