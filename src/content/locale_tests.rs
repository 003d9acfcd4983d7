//! The locale's patterns in each language's texts: that every language's number example gives
//! a style, and that each language writes and reads back money, numbers and percentages its own
//! way (`core::locale` fills the patterns in; these tests check the words).

use super::{Lang, LangTexts};
use crate::core::locale::{Currency, Locale, NumberStyle};

#[test]
fn every_languages_number_example_gives_a_style() {
    for lang in Lang::all() {
        assert!(
            NumberStyle::from_example(lang.texts().get("format.number")).is_some(),
            "{}",
            lang.code()
        );
    }
}

#[test]
fn money_and_percent_follow_the_language() {
    let english = Locale::new(Lang::ENGLISH.texts());
    assert_eq!(english.money(1250.0, Currency::EUR), "€1,250");
    assert_eq!(english.money(1250.0, Currency::NOK), "NOK\u{a0}1,250");
    assert_eq!(english.percent(544.44, 1), "544.4%");
    assert_eq!(Currency::from_code("SEK"), Some(Currency::SEK));
    assert_eq!(Currency::from_code("XYZ"), None);
}

fn locale(code: &str) -> Locale {
    Locale::new(Lang::from_tag(code).unwrap().texts())
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
    for lang in Lang::all() {
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

#[test]
fn the_cores_languages_are_the_content_files() {
    let files: Vec<&str> = super::LANGUAGES.iter().map(|table| table.code).collect();
    let core: Vec<&str> = Lang::all().map(Lang::code).collect();
    assert_eq!(
        files, core,
        "crates/core/src/lang.rs's CODES must list every content file"
    );
}
