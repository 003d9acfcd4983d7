//! Writing and reading values the way a language does, from patterns in the content files.
//!
//! The patterns are data (`format.datetime`, `format.number`, `format.money`, `format.percent`
//! and `currency.<CODE>` in each language file), so a language brings its own order and
//! separators without code; this module fills them in and parses what people type.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, Offset, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::content::{fill, Lang, Texts};

/// Formats `at` in the person's time zone (`offset_minutes` east of UTC) with a pattern using
/// `{year}`, `{month}`, `{day}`, `{hour}` and `{minute}` (month, day, hour and minute two-digit).
pub fn format_datetime(pattern: &str, at: DateTime<Utc>, offset_minutes: i32) -> String {
    // An offset beyond a day (no real zone has one) is taken as UTC.
    let offset = FixedOffset::east_opt(offset_minutes.saturating_mul(60)).unwrap_or(Utc.fix());
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
        let plain = format!("{}.{}", groups.concat(), fraction.unwrap_or("0"));
        let value: f64 = plain.parse().map_err(|_| ParseNumberError::NotANumber)?;
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
        let fixed = format!("{:.*}", decimals, value.abs());
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Numbers, money and percentages written the way one language writes them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    pub texts: Texts,
    pub numbers: NumberStyle,
}

impl Locale {
    /// The language's style; a broken `format.number` falls back to English's, which the
    /// content tests rule out.
    pub fn new(texts: Texts) -> Locale {
        let numbers =
            NumberStyle::from_example(texts.get("format.number")).unwrap_or(NumberStyle {
                decimal: '.',
                group: ',',
            });
        Locale { texts, numbers }
    }

    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.numbers.format(value, decimals)
    }

    fn symbol(&self, currency: Currency) -> &'static str {
        self.texts.get(&format!("currency.{}", currency.code()))
    }

    /// An amount in whole units, the sign before the symbol: "-€1,250", "-1.250 €".
    pub fn money(&self, value: f64, currency: Currency) -> String {
        let amount = self.number(value.abs(), 0);
        let written = self.texts.fill(
            "format.money",
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
        self.texts.fill(
            "format.percent",
            &[("value", &self.number(value, decimals))],
        )
    }
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
        for lang in crate::content::Lang::all() {
            assert!(
                NumberStyle::from_example(lang.texts().get("format.number")).is_some(),
                "{}",
                lang.code()
            );
        }
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
    fn money_and_percent_follow_the_language() {
        let english = Locale::new(crate::content::Lang::ENGLISH.texts());
        assert_eq!(english.money(1250.0, Currency::EUR), "€1,250");
        assert_eq!(english.money(1250.0, Currency::NOK), "NOK\u{a0}1,250");
        assert_eq!(english.percent(544.44, 1), "544.4%");
        assert_eq!(Currency::from_code("SEK"), Some(Currency::SEK));
        assert_eq!(Currency::from_code("XYZ"), None);
    }

    #[test]
    fn each_language_starts_in_its_home_currency() {
        let of = |tag| Currency::of_language(crate::content::Lang::from_tag(tag).unwrap());
        assert_eq!(of("nb"), Currency::NOK);
        assert_eq!(of("no"), Currency::NOK);
        assert_eq!(of("sv"), Currency::SEK);
        assert_eq!(of("da"), Currency::DKK);
        assert_eq!(of("de"), Currency::EUR);
        assert_eq!(of("en"), Currency::EUR);
    }

    fn locale(code: &str) -> Locale {
        Locale::new(crate::content::Lang::from_tag(code).unwrap().texts())
    }

    #[test]
    fn every_language_writes_money_its_own_way() {
        let cases = [
            ("en", Currency::EUR, "€1,250"),
            ("en", Currency::NOK, "NOK\u{a0}1,250"),
            ("nb", Currency::NOK, "1\u{202f}250\u{a0}kr"),
            ("nb", Currency::EUR, "1\u{202f}250\u{a0}€"),
            ("de", Currency::EUR, "1.250\u{a0}€"),
            ("de", Currency::CHF, "1.250\u{a0}CHF"),
            ("sv", Currency::SEK, "1\u{202f}250\u{a0}kr"),
            ("da", Currency::DKK, "1.250\u{a0}kr."),
        ];
        for (code, currency, expected) in cases {
            assert_eq!(locale(code).money(1250.4, currency), expected, "{code}");
        }
        assert_eq!(locale("en").money(-1250.0, Currency::EUR), "-€1,250");
        assert_eq!(locale("de").money(-1250.0, Currency::EUR), "-1.250\u{a0}€");
        assert_eq!(locale("de").money(-0.2, Currency::EUR), "0\u{a0}€");
        assert_eq!(locale("en").percent(544.44, 1), "544.4%");
        assert_eq!(locale("de").percent(544.44, 1), "544,4\u{a0}%");
        assert_eq!(locale("sv").percent(-20.0, 0), "-20\u{a0}%");
    }

    #[test]
    fn every_language_reads_back_what_it_writes() {
        let values = [0.0, 0.5, -1250.5, 999.0, 1000.0, 1_234_567.89, 1e12, 0.125];
        for lang in crate::content::Lang::all() {
            let locale = Locale::new(lang.texts());
            for value in values {
                for decimals in [0, 2, 3] {
                    let written = locale.number(value, decimals);
                    let rounded: f64 = format!("{value:.decimals$}").parse().unwrap();
                    assert_eq!(
                        locale.numbers.parse(&written),
                        Ok(rounded),
                        "{}: {written}",
                        lang.code()
                    );
                }
            }
            // Money is written in whole units.
            for value in [0.0, -1250.0, 999.0, 1000.0, 1_234_567.0, 1e12] {
                for currency in Currency::ALL {
                    let written = locale.money(value, currency);
                    assert_eq!(
                        locale.parse_money(&written, currency),
                        Ok(value),
                        "{}: {written}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn money_is_read_with_or_without_symbol_and_with_stray_spaces() {
        let nb = locale("nb");
        for typed in [
            "1 250",
            " 1 250 kr ",
            "kr 1 250",
            "NOK 1 250",
            "1250 nok",
            "1\u{a0}250,00",
        ] {
            assert_eq!(
                nb.parse_money(typed, Currency::NOK),
                Ok(1250.0),
                "{typed:?}"
            );
        }
        let en = locale("en");
        assert_eq!(en.parse_money("€1,250.50", Currency::EUR), Ok(1250.5));
        assert_eq!(en.parse_money("-€5", Currency::EUR), Ok(-5.0));
        assert_eq!(
            locale("de").parse_money("1.250,50 €", Currency::EUR),
            Ok(1250.5)
        );
        assert_eq!(
            locale("da").parse_money("1.250 kr.", Currency::DKK),
            Ok(1250.0)
        );
        assert_eq!(
            locale("sv").parse_money("1 250 kr", Currency::SEK),
            Ok(1250.0)
        );
        for (code, junk) in [
            ("en", "€"),
            ("en", "1,250 $"),
            ("de", "1,250.50"),
            ("nb", "kr kr 5"),
            ("sv", "12 kr 5"),
        ] {
            assert!(
                locale(code).parse_money(junk, Currency::EUR).is_err(),
                "{code}: {junk:?}"
            );
        }
    }

    #[test]
    fn every_language_rejects_the_other_notation() {
        for (code, wrong) in [
            ("en", "1,5"),
            ("de", "1.5"),
            ("da", "1.5"),
            ("nb", "1.5"),
            ("sv", "1.5"),
            ("sv", "1 25"),
            ("de", "1.2.3,4,5"),
        ] {
            assert!(
                locale(code).numbers.parse(wrong).is_err(),
                "{code}: {wrong:?}"
            );
        }
        for code in ["en", "de", "nb", "sv", "da"] {
            for junk in ["", "  ", "abc", "12a", "1e5", "--1", "NaN", "∞"] {
                assert!(
                    locale(code).numbers.parse(junk).is_err(),
                    "{code}: {junk:?}"
                );
            }
        }
    }
}
