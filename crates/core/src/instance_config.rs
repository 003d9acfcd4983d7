//! An instance's configuration, from its mount element's `data-*` attributes and an optional
//! JSON block (`<script type="application/json">` inside the element); attributes win.
//!
//! Pure: the view layer hands over the option names and values; this decides what they mean
//! and reports what it had to ignore, with the fix, so a wrong option never stops the widget.

use std::fmt;

use crate::json::Json;
use crate::lang::Lang;
use crate::locale::Currency;

pub const DEFAULT_INSTANCE_ID: &str = "default";
const MAX_ID_LENGTH: usize = 64;

/// Where an instance keeps its progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageMode {
    /// localStorage: kept until the person starts over.
    #[default]
    Local,
    /// sessionStorage: kept while the tab is open.
    Session,
    /// Nothing is stored.
    None,
}

/// Which parts of the widget an instance offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parts {
    #[default]
    Both,
    Assessment,
    Roi,
}

impl Parts {
    pub fn has_assessment(self) -> bool {
        self != Parts::Roi
    }

    pub fn has_roi(self) -> bool {
        self != Parts::Assessment
    }
}

/// The palette: the reader's preference (`prefers-color-scheme`), or always light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The value of the widget root's `data-theme`, which the stylesheet reads.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The screen a new instance opens on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StartScreen {
    #[default]
    Intro,
    Roi,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceConfig {
    /// Namespaces storage keys and element ids; `[A-Za-z0-9_-]{1,64}`.
    pub id: String,
    pub lang: Lang,
    /// The currency a new estimate starts in; the person can change it.
    pub currency: Option<Currency>,
    pub storage: StorageMode,
    pub parts: Parts,
    pub start: StartScreen,
    pub theme: Theme,
    /// In an iframe: the parent page's origin (`https://portal.example`), the only one its
    /// messages are posted to. None: nothing is posted.
    pub target_origin: Option<String>,
}

/// Something in the configuration that was ignored, with the fix to log for the page's author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigWarning {
    /// An option with a value it cannot take: name, value, the values it takes.
    InvalidValue {
        option: &'static str,
        value: String,
        expected: String,
    },
    UnknownOption(String),
    /// The JSON block is not an object of strings.
    UnreadableJson,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigWarning::InvalidValue { option, value, expected } => {
                // Quoted as written, not `{:?}`: str's Debug would bring its escaping and Unicode
                // tables into the main part for one console message.
                write!(f, "option \"{option}\" cannot be \"{value}\": use {expected}; using the default")
            }
            ConfigWarning::UnknownOption(name) => write!(
                f,
                "unknown option \"{name}\": the options are {}; it is ignored",
                OPTIONS.map(|option| format!("data-{option}")).join(", ")
            ),
            ConfigWarning::UnreadableJson => write!(
                f,
                "the JSON configuration block is not an object of strings (e.g. {{\"lang\": \"nb\"}}); it is ignored"
            ),
        }
    }
}

impl std::error::Error for ConfigWarning {}

/// Every option, as a `data-` attribute name without the prefix and as a JSON key.
pub const OPTIONS: [&str; 8] = [
    "instance",
    "lang",
    "currency",
    "storage",
    "parts",
    "start",
    "theme",
    "target-origin",
];

/// An origin as `postMessage` takes it: `http` or `https`, a host, an optional port, nothing
/// after. `*` is refused: the messages carry the person's answers.
fn valid_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    // An IPv6 host is bracketed and holds colons itself: the port follows the `]`.
    let (host_ok, port) = match rest.strip_prefix('[') {
        Some(bracketed) => {
            let Some((address, after)) = bracketed.split_once(']') else {
                return false;
            };
            let address_ok = !address.is_empty()
                && address
                    .bytes()
                    .all(|byte| byte.is_ascii_hexdigit() || byte == b':');
            if !after.is_empty() && !after.starts_with(':') {
                return false;
            }
            (address_ok, after.strip_prefix(':'))
        }
        None => {
            let (host, port) = match rest.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (rest, None),
            };
            let host_ok = !host.is_empty()
                && host
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.');
            (host_ok, port)
        }
    };
    host_ok
        && port.is_none_or(|port| {
            (1..=5).contains(&port.len()) && port.bytes().all(|byte| byte.is_ascii_digit())
        })
}

fn valid_id(id: &str) -> bool {
    (1..=MAX_ID_LENGTH).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Reads a JSON configuration block: an object whose values are strings.
pub fn options_from_json(json: &str) -> Result<Vec<(String, String)>, ConfigWarning> {
    let parsed = Json::parse(json).ok_or(ConfigWarning::UnreadableJson)?;
    parsed
        .members()
        .ok_or(ConfigWarning::UnreadableJson)?
        .iter()
        .map(|(name, value)| Some((name.clone(), value.as_str()?.to_owned())))
        .collect::<Option<_>>()
        .ok_or(ConfigWarning::UnreadableJson)
}

/// Reads options from a URL query (`?lang=nb&target-origin=https%3A%2F%2Fportal.example`), as
/// the iframe page takes them. Percent escapes and `+` are decoded; a pair without `=` is an
/// option with an empty value.
pub fn options_from_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let escaped = (byte == b'%')
            .then(|| text.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (byte, escaped) {
            (_, Some(byte)) => {
                decoded.push(byte);
                index += 3;
            }
            (b'+', None) => {
                decoded.push(b' ');
                index += 1;
            }
            (byte, None) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

impl InstanceConfig {
    /// `options` are (name, value) pairs, later ones winning (JSON block first, then
    /// attributes); `fallback_langs` are the page's `lang` and then the browser's languages.
    pub fn parse(
        options: &[(String, String)],
        fallback_langs: &[String],
    ) -> (InstanceConfig, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let value = |name: &str| {
            options
                .iter()
                .rev()
                .find(|(option, _)| option == name)
                .map(|(_, value)| value.trim())
        };
        for (name, _) in options {
            if !OPTIONS.contains(&name.as_str())
                && !warnings.contains(&ConfigWarning::UnknownOption(name.clone()))
            {
                warnings.push(ConfigWarning::UnknownOption(name.clone()));
            }
        }
        let mut invalid = |option: &'static str, value: &str, expected: &str| {
            warnings.push(ConfigWarning::InvalidValue {
                option,
                value: value.to_owned(),
                expected: expected.to_owned(),
            })
        };

        let id = match value("instance") {
            None | Some("") => DEFAULT_INSTANCE_ID.to_owned(),
            Some(id) if valid_id(id) => id.to_owned(),
            Some(id) => {
                invalid(
                    "instance",
                    id,
                    &format!("1-{MAX_ID_LENGTH} letters, digits, '-' or '_'"),
                );
                DEFAULT_INSTANCE_ID.to_owned()
            }
        };
        let explicit_lang = value("lang").filter(|tag| !tag.is_empty()).and_then(|tag| {
            let lang = Lang::from_tag(tag);
            if lang.is_none() {
                let known: Vec<&str> = Lang::all().map(Lang::code).collect();
                invalid("lang", tag, &known.join(", "));
            }
            lang
        });
        let lang = explicit_lang
            .or_else(|| fallback_langs.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or(Lang::ENGLISH);
        let currency = value("currency").and_then(|code| {
            let currency = Currency::from_code(&code.to_ascii_uppercase());
            if currency.is_none() {
                let known: Vec<&str> = Currency::ALL
                    .iter()
                    .map(|currency| currency.code())
                    .collect();
                invalid("currency", code, &known.join(", "));
            }
            currency
        });
        let storage = match value("storage") {
            None | Some("local") => StorageMode::Local,
            Some("session") => StorageMode::Session,
            Some("none") => StorageMode::None,
            Some(other) => {
                invalid("storage", other, "local, session or none");
                StorageMode::Local
            }
        };
        let parts = match value("parts") {
            None | Some("both") => Parts::Both,
            Some("assessment") => Parts::Assessment,
            Some("roi") => Parts::Roi,
            Some(other) => {
                invalid("parts", other, "assessment, roi or both");
                Parts::Both
            }
        };
        let start = match (value("start"), parts) {
            (_, Parts::Roi) | (Some("roi"), Parts::Both) => StartScreen::Roi,
            (None | Some("intro"), _) => StartScreen::Intro,
            (Some(other), _) => {
                invalid("start", other, "intro, or roi when the ROI part is shown");
                StartScreen::Intro
            }
        };
        let theme = match value("theme") {
            None | Some("" | "auto") => Theme::Auto,
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            Some(other) => {
                invalid("theme", other, "light, dark or auto");
                Theme::Auto
            }
        };
        let target_origin = value("target-origin")
            .filter(|origin| !origin.is_empty())
            .and_then(|origin| {
                let origin = origin.trim_end_matches('/');
                if valid_origin(origin) {
                    Some(origin.to_owned())
                } else {
                    invalid(
                        "target-origin",
                        origin,
                        "the parent page's origin, e.g. https://portal.example (not *)",
                    );
                    None
                }
            });
        (
            InstanceConfig {
                id,
                lang,
                currency,
                storage,
                parts,
                start,
                theme,
                target_origin,
            },
            warnings,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn defaults_without_options() {
        let (config, warnings) = InstanceConfig::parse(&[], &[]);
        assert_eq!(config.id, DEFAULT_INSTANCE_ID);
        assert_eq!(config.lang, Lang::ENGLISH);
        assert_eq!(
            (config.currency, config.storage, config.parts, config.start),
            (None, StorageMode::Local, Parts::Both, StartScreen::Intro)
        );
        assert_eq!(config.theme, Theme::Auto);
        assert!(warnings.is_empty());
    }

    #[test]
    fn every_option_is_read() {
        let (config, warnings) = InstanceConfig::parse(
            &options(&[
                ("instance", "team-a"),
                ("lang", "nb"),
                ("currency", "nok"),
                ("storage", "session"),
                ("parts", "both"),
                ("start", "roi"),
                ("theme", "dark"),
            ]),
            &["en".to_owned()],
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.id, "team-a");
        assert_eq!(config.lang.code(), "nb");
        assert_eq!(config.currency, Some(Currency::NOK));
        assert_eq!(config.storage, StorageMode::Session);
        assert_eq!(config.start, StartScreen::Roi);
        assert_eq!(config.theme.code(), "dark");
    }

    #[test]
    fn themes_are_light_dark_or_auto() {
        let theme = |value: &str| {
            let (config, warnings) = InstanceConfig::parse(&options(&[("theme", value)]), &[]);
            (config.theme.code(), warnings.len())
        };
        assert_eq!(theme("light"), ("light", 0));
        assert_eq!(theme(" dark "), ("dark", 0));
        assert_eq!(theme("auto"), ("auto", 0));
        assert_eq!(theme(""), ("auto", 0));
        let (config, warnings) = InstanceConfig::parse(&options(&[("theme", "Dark-ish")]), &[]);
        assert_eq!(config.theme, Theme::Auto);
        assert_eq!(
            warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["option \"theme\" cannot be \"Dark-ish\": use light, dark or auto; using the default"]
        );
    }

    #[test]
    fn later_options_win_so_attributes_beat_the_json_block() {
        let (config, _) = InstanceConfig::parse(&options(&[("lang", "en"), ("lang", "nb")]), &[]);
        assert_eq!(config.lang.code(), "nb");
    }

    #[test]
    fn page_then_browser_languages_are_used_in_order() {
        let fallbacks = ["fr".to_owned(), "nn-NO".to_owned(), "en".to_owned()];
        assert_eq!(InstanceConfig::parse(&[], &fallbacks).0.lang.code(), "nb");
    }

    #[test]
    fn the_roi_part_alone_starts_on_the_roi() {
        let (config, _) = InstanceConfig::parse(&options(&[("parts", "roi")]), &[]);
        assert_eq!(
            (config.parts.has_assessment(), config.start),
            (false, StartScreen::Roi)
        );
        let (config, warnings) =
            InstanceConfig::parse(&options(&[("parts", "assessment"), ("start", "roi")]), &[]);
        assert_eq!(config.start, StartScreen::Intro);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn invalid_and_unknown_options_are_reported_with_the_fix() {
        let (config, warnings) = InstanceConfig::parse(
            &options(&[
                ("instance", "a b<script>"),
                ("lang", "klingon"),
                ("currency", "XYZ"),
                ("storage", "cloud"),
                ("colour", "red"),
            ]),
            &[],
        );
        assert_eq!(config.id, DEFAULT_INSTANCE_ID);
        assert_eq!(config.lang, Lang::ENGLISH);
        assert_eq!(config.currency, None);
        assert_eq!(config.storage, StorageMode::Local);
        let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 5, "{messages:?}");
        assert!(messages
            .iter()
            .any(|message| message.contains("letters, digits")));
        assert!(messages
            .iter()
            .any(|message| message.contains("local, session or none")));
        assert!(messages
            .iter()
            .any(|message| message.contains("\"colour\"") && message.contains("data-currency")));
        assert!(!valid_id(&"x".repeat(65)));
    }

    #[test]
    fn target_origins_are_plain_origins_never_a_wildcard() {
        let origin = |value: &str| {
            let (config, warnings) =
                InstanceConfig::parse(&options(&[("target-origin", value)]), &[]);
            (config.target_origin, warnings.len())
        };
        assert_eq!(
            origin("https://portal.example"),
            (Some("https://portal.example".into()), 0)
        );
        assert_eq!(
            origin("http://127.0.0.1:8080/"),
            (Some("http://127.0.0.1:8080".into()), 0)
        );
        assert_eq!(
            origin("http://[::1]:8080"),
            (Some("http://[::1]:8080".into()), 0)
        );
        for wrong in [
            "*",
            "portal.example",
            "https://",
            "https://a.example/path",
            "javascript:alert(1)",
            "https://a.example:99999x",
        ] {
            assert_eq!(origin(wrong), (None, 1), "{wrong}");
        }
        assert_eq!(InstanceConfig::parse(&[], &[]).0.target_origin, None);
    }

    #[test]
    fn url_queries_are_decoded_into_options() {
        assert_eq!(
            options_from_query(
                "?lang=nb&target-origin=https%3A%2F%2Fportal.example&instance=a+b&start"
            ),
            options(&[
                ("lang", "nb"),
                ("target-origin", "https://portal.example"),
                ("instance", "a b"),
                ("start", ""),
            ])
        );
        assert_eq!(options_from_query(""), Vec::new());
        // Broken escapes stay as typed; invalid UTF-8 cannot panic.
        assert_eq!(options_from_query("x=%zz%4"), options(&[("x", "%zz%4")]));
        assert_eq!(
            options_from_query("x=%ff%C3%A6"),
            options(&[("x", "\u{fffd}æ")])
        );
    }

    #[test]
    fn json_blocks_are_objects_of_strings() {
        assert_eq!(
            options_from_json(r#"{"lang":"nb","currency":"SEK"}"#).unwrap(),
            options(&[("lang", "nb"), ("currency", "SEK")])
        );
        assert_eq!(options_from_json("[1]"), Err(ConfigWarning::UnreadableJson));
        assert_eq!(
            options_from_json(r#"{"lang":5}"#),
            Err(ConfigWarning::UnreadableJson)
        );
        assert_eq!(
            options_from_json("not json"),
            Err(ConfigWarning::UnreadableJson)
        );
    }
}
