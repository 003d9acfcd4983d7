//! Writing and reading values the way a language does, from patterns in the content files.
//!
//! The patterns are data (`format.datetime`, `format.number`, `format.money`, `format.percent`
//! and `currency.<CODE>` in each language file), so a language brings its own order and
//! separators without code; this module fills them in and parses what people type.

use std::fmt;
use std::fmt::Write as _;

use crate::decimal;
use crate::lang::Lang;
use chrono::{DateTime, Datelike, FixedOffset, Offset, Timelike, Utc};

/// Formats `at` in the person's time zone (`offset_minutes` east of UTC) with a pattern using
/// `{year}`, `{month}`, `{day}`, `{hour}` and `{minute}` (month, day, hour and minute two-digit).
pub fn format_datetime(pattern: &str, at: DateTime<Utc>, offset_minutes: i32) -> String {
    // An offset beyond a day (no real zone has one) is taken as UTC.
    let offset = FixedOffset::east_opt(offset_minutes.saturating_mul(60)).unwrap_or(Utc.fix());
    let local = at.with_timezone(&offset);
    // One pass over the pattern into one string, not `fill`'s string per placeholder: the
    // history's trend writes a date for each of hundreds of results while its screen opens.
    let mut written = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some((before, after)) = rest.split_once('{') {
        written.push_str(before);
        let field = after.split_once('}').and_then(|(name, after)| {
            let value = match name {
                "year" => local.year(),
                "month" => local.month() as i32,
                "day" => local.day() as i32,
                "hour" => local.hour() as i32,
                "minute" => local.minute() as i32,
                _ => return None,
            };
            Some((name, value, after))
        });
        match field {
            Some((name, value, after)) => {
                let _ = if name == "year" {
                    write!(written, "{value}")
                } else {
                    write!(written, "{value:02}")
                };
                rest = after;
            }
            None => {
                written.push('{');
                rest = after;
            }
        }
    }
    written.push_str(rest);
    written
}

/// `2026-11-23`: the UTC day, for file names that sort by date. Written by hand, because
/// chrono's `format` brings its whole format-string machinery into the WebAssembly.
pub fn day_stamp(at: DateTime<Utc>) -> String {
    format!("{:04}-{:02}-{:02}", at.year(), at.month(), at.day())
}

/// A language's decimal and grouping separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

/// Why typed text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseNumberError {
    Empty,
    /// Letters, stray symbols, two decimal separators, or a separator this language does not use.
    NotANumber,
    /// Group separators not followed by groups of three digits (e.g. "1,5" in English).
    Grouping,
}

impl fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseNumberError::Empty => "nothing entered",
            ParseNumberError::NotANumber => "not a number",
            ParseNumberError::Grouping => "digit groups must have three digits",
        })
    }
}

impl std::error::Error for ParseNumberError {}

/// Spaces people type as a group separator when the language groups with a space.
fn is_space(character: char) -> bool {
    matches!(character, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

impl NumberStyle {
    /// Reads the separators from how a language writes 1234567.89 (`format.number`).
    pub fn from_example(example: &str) -> Option<NumberStyle> {
        let characters: Vec<char> = example.chars().collect();
        let digits_around = |left: char, right: char| {
            characters.windows(3).find_map(|window| match *window {
                [before, between, after] if before == left && after == right => Some(between),
                _ => None,
            })
        };
        let style = NumberStyle {
            group: digits_around('1', '2')?,
            decimal: digits_around('7', '8')?,
        };
        (style.group != style.decimal
            && !style.decimal.is_ascii_digit()
            && !style.group.is_ascii_digit())
        .then_some(style)
    }

    fn is_group(self, character: char) -> bool {
        character == self.group || (is_space(self.group) && is_space(character))
    }

    /// Parses what a person of this language types: "1 250,50" (nb), "1.250,50" (de),
    /// "1,250.50" (en), with or without group separators, an optional minus, surrounding spaces.
    pub fn parse(self, text: &str) -> Result<f64, ParseNumberError> {
        let text = text.trim_matches(is_space).trim();
        if text.is_empty() {
            return Err(ParseNumberError::Empty);
        }
        let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
            Some(rest) => (true, rest.trim_start_matches(is_space)),
            None => (false, text),
        };
        let (integer, fraction) = match text.split_once(self.decimal) {
            Some((integer, fraction)) => (integer, Some(fraction)),
            None => (text, None),
        };
        if fraction.is_some_and(|fraction| {
            fraction.is_empty() || !fraction.chars().all(|c| c.is_ascii_digit())
        }) {
            return Err(ParseNumberError::NotANumber);
        }
        let groups: Vec<&str> = integer.split(|c| self.is_group(c)).collect();
        if groups
            .iter()
            .any(|group| !group.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(ParseNumberError::NotANumber);
        }
        if integer.is_empty() && fraction.is_none() {
            return Err(ParseNumberError::NotANumber);
        }
        // `split` yields at least one group, so `split_first` always finds the first.
        let grouped_well = match groups.split_first() {
            Some((_, [])) => true,
            Some((first, rest)) => {
                !first.is_empty() && first.len() <= 3 && rest.iter().all(|group| group.len() == 3)
            }
            None => false,
        };
        if !grouped_well {
            return Err(ParseNumberError::Grouping);
        }
        let fraction = fraction.unwrap_or("");
        let exponent = -i64::try_from(fraction.len()).map_err(|_| ParseNumberError::NotANumber)?;
        let value = decimal::parse(&format!("{}{fraction}", groups.concat()), exponent)
            .ok_or(ParseNumberError::NotANumber)?;
        if !value.is_finite() {
            return Err(ParseNumberError::NotANumber);
        }
        Ok(if negative { -value } else { value })
    }

    /// Writes `value` with `decimals` decimals and grouped thousands; "-0" is written "0".
    pub fn format(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".to_owned();
        }
        let fixed = decimal::fixed(value.abs(), decimals);
        let (integer, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let mut grouped = String::new();
        for (index, digit) in integer.chars().enumerate() {
            if index > 0 && (integer.len() - index) % 3 == 0 {
                grouped.push(self.group);
            }
            grouped.push(digit);
        }
        let is_zero = fixed.chars().all(|c| c == '0' || c == '.');
        let sign = if value < 0.0 && !is_zero { "-" } else { "" };
        if fraction.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}{}{fraction}", self.decimal)
        }
    }
}

/// The currencies amounts can be entered in. Amounts are never converted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Currency {
    #[default]
    EUR,
    NOK,
    SEK,
    DKK,
    CHF,
    GBP,
    USD,
}

impl Currency {
    pub const ALL: [Currency; 7] = [
        Currency::EUR,
        Currency::NOK,
        Currency::SEK,
        Currency::DKK,
        Currency::CHF,
        Currency::GBP,
        Currency::USD,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::EUR => "EUR",
            Currency::NOK => "NOK",
            Currency::SEK => "SEK",
            Currency::DKK => "DKK",
            Currency::CHF => "CHF",
            Currency::GBP => "GBP",
            Currency::USD => "USD",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|currency| currency.code() == code)
    }

    /// The currency a new estimate starts in when the page names none: that of the language's
    /// home market (Norwegian kroner, Swedish kronor, Danish kroner), the euro for German and
    /// English (the source articles' currency).
    pub fn of_language(lang: Lang) -> Currency {
        match lang.code() {
            "nb" => Currency::NOK,
            "sv" => Currency::SEK,
            "da" => Currency::DKK,
            _ => Currency::EUR,
        }
    }
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let (head, rest) = text.split_at_checked(prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| rest.trim_start_matches(is_space))
}

fn strip_suffix_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(suffix.len())?;
    let (rest, tail) = text.split_at_checked(start)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| rest.trim_end_matches(is_space))
}

/// Where a locale's patterns come from: one language's texts. The core names the patterns by
/// key (`format.number`, `format.money`, `format.percent`, `currency.<CODE>`); the content gives
/// the words.
pub trait LocalePatterns {
    fn lang(&self) -> Lang;
    /// The pattern for `key`; "" for a key the language does not hold.
    fn pattern(&self, key: &str) -> &'static str;
}

/// Numbers, money and percentages written the way one language writes them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    pub lang: Lang,
    pub numbers: NumberStyle,
    /// `format.money`, with `{amount}` and `{symbol}`.
    money: &'static str,
    /// `format.percent`, with `{value}`.
    percent: &'static str,
    /// `currency.<CODE>` of each of `Currency::ALL`, in that order.
    symbols: [&'static str; Currency::ALL.len()],
}

impl Locale {
    /// The language's style; a broken `format.number` falls back to English's, which the
    /// content tests rule out.
    pub fn new(patterns: impl LocalePatterns) -> Locale {
        let numbers =
            NumberStyle::from_example(patterns.pattern("format.number")).unwrap_or(NumberStyle {
                decimal: '.',
                group: ',',
            });
        Locale {
            lang: patterns.lang(),
            numbers,
            money: patterns.pattern("format.money"),
            percent: patterns.pattern("format.percent"),
            symbols: Currency::ALL
                .map(|currency| patterns.pattern(&format!("currency.{}", currency.code()))),
        }
    }

    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.numbers.format(value, decimals)
    }

    fn symbol(&self, currency: Currency) -> &'static str {
        let position = Currency::ALL.iter().position(|each| *each == currency);
        position
            .and_then(|position| self.symbols.get(position).copied())
            .unwrap_or("")
    }

    /// An amount in whole units, the sign before the symbol: "-€1,250", "-1.250 €".
    pub fn money(&self, value: f64, currency: Currency) -> String {
        let amount = self.number(value.abs(), 0);
        let written = fill(
            self.money,
            &[("amount", &amount), ("symbol", self.symbol(currency))],
        );
        let is_zero = amount.chars().all(|c| c == '0' || c == self.numbers.group);
        if value < 0.0 && !is_zero {
            format!("-{written}")
        } else {
            written
        }
    }

    /// Reads an amount as people type it: the number alone, or with this language's symbol or
    /// the currency code before or after it ("1.250 €", "€1,250", "1 250 kr", "NOK 1 250").
    pub fn parse_money(&self, text: &str, currency: Currency) -> Result<f64, ParseNumberError> {
        let text = text.trim_matches(is_space).trim();
        let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
            Some(rest) => (true, rest.trim_start_matches(is_space)),
            None => (false, text),
        };
        let symbol = self.symbol(currency).trim_matches(is_space);
        let mut number = text;
        for marker in [symbol, currency.code()] {
            if marker.is_empty() {
                continue;
            }
            if let Some(rest) = strip_prefix_ignoring_case(number, marker) {
                number = rest;
                break;
            }
            if let Some(rest) = strip_suffix_ignoring_case(number, marker) {
                number = rest;
                break;
            }
        }
        let value = self.numbers.parse(number)?;
        Ok(if negative { -value } else { value })
    }

    pub fn percent(&self, value: f64, decimals: usize) -> String {
        fill(self.percent, &[("value", &self.number(value, decimals))])
    }
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
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
    fn leaves_what_is_not_a_placeholder_as_fill_does() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:00Z")
            .unwrap()
            .with_timezone(&Utc);
        for pattern in [
            "{{year}",
            "{week} {day}",
            "{day",
            "}{month}{",
            "{}",
            "plain",
        ] {
            let fields = [
                ("year", "2026"),
                ("month", "01"),
                ("day", "02"),
                ("hour", "03"),
                ("minute", "04"),
            ];
            assert_eq!(
                format_datetime(pattern, at, 0),
                fill(pattern, &fields),
                "{pattern}"
            );
        }
    }

    #[test]
    fn day_stamps_sort_by_date() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T23:59:59Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(day_stamp(at), "2026-01-02");
    }

    #[test]
    fn an_impossible_offset_falls_back_to_utc() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(format_datetime("{hour}:{minute}", at, i32::MAX), "03:04");
    }

    const EN: NumberStyle = NumberStyle {
        decimal: '.',
        group: ',',
    };
    const NB: NumberStyle = NumberStyle {
        decimal: ',',
        group: '\u{202f}',
    };
    const DE: NumberStyle = NumberStyle {
        decimal: ',',
        group: '.',
    };

    #[test]
    fn styles_come_from_each_languages_example() {
        assert_eq!(NumberStyle::from_example("1,234,567.89"), Some(EN));
        assert_eq!(
            NumberStyle::from_example("1\u{202f}234\u{202f}567,89"),
            Some(NB)
        );
        assert_eq!(NumberStyle::from_example("1.234.567,89"), Some(DE));
        assert_eq!(NumberStyle::from_example("1234567.89"), None);
    }

    #[test]
    fn parses_what_people_of_each_language_type() {
        assert_eq!(EN.parse("1,250.50"), Ok(1250.5));
        assert_eq!(EN.parse(" 1250.5 "), Ok(1250.5));
        assert_eq!(EN.parse("-3"), Ok(-3.0));
        assert_eq!(EN.parse(".5"), Ok(0.5));
        assert_eq!(NB.parse("1 250,50"), Ok(1250.5), "a plain space groups too");
        assert_eq!(NB.parse("1\u{a0}250,50"), Ok(1250.5));
        assert_eq!(NB.parse("1\u{202f}250"), Ok(1250.0));
        assert_eq!(NB.parse("0,25"), Ok(0.25));
        assert_eq!(NB.parse("\u{2212}4"), Ok(-4.0));
        assert_eq!(DE.parse("1.250,50"), Ok(1250.5));
        assert_eq!(DE.parse("1.234.567"), Ok(1_234_567.0));
        assert_eq!(EN.parse("0"), Ok(0.0));
        assert_eq!(EN.parse("12345678901234567890"), Ok(1.2345678901234567e19));
    }

    #[test]
    fn rejects_junk_and_wrong_separators() {
        assert_eq!(EN.parse(""), Err(ParseNumberError::Empty));
        assert_eq!(NB.parse("  "), Err(ParseNumberError::Empty));
        for junk in [
            "abc", "12a", "1.2.3", "1..2", "1e5", "--1", "€5", "5%", "1.", "-", "NaN", "inf",
        ] {
            assert!(EN.parse(junk).is_err(), "{junk}");
        }
        assert_eq!(
            EN.parse("1,5"),
            Err(ParseNumberError::Grouping),
            "a comma is no decimal in English"
        );
        assert_eq!(
            DE.parse("1.5"),
            Err(ParseNumberError::Grouping),
            "a point is no decimal in German"
        );
        assert_eq!(NB.parse("1.5"), Err(ParseNumberError::NotANumber));
        assert_eq!(NB.parse("1 25"), Err(ParseNumberError::Grouping));
        assert_eq!(EN.parse(",250"), Err(ParseNumberError::Grouping));
    }

    #[test]
    fn formats_and_parses_back() {
        for style in [EN, NB, DE] {
            for value in [0.0, 1.5, 999.0, 1000.0, 1250.5, -1250.5, 1_234_567.89, 1e12] {
                let written = style.format(value, 2);
                assert_eq!(style.parse(&written), Ok(value), "{written}");
            }
        }
        assert_eq!(EN.format(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(NB.format(1250.0, 0), "1\u{202f}250");
        assert_eq!(DE.format(-0.001, 1), "0,0");
        assert_eq!(EN.format(f64::NAN, 0), "–");
    }

    #[test]
    fn each_language_starts_in_its_home_currency() {
        let of = |tag| Currency::of_language(Lang::from_tag(tag).unwrap());
        assert_eq!(of("nb"), Currency::NOK);
        assert_eq!(of("no"), Currency::NOK);
        assert_eq!(of("sv"), Currency::SEK);
        assert_eq!(of("da"), Currency::DKK);
        assert_eq!(of("de"), Currency::EUR);
        assert_eq!(of("en"), Currency::EUR);
    }
}
