//! An instance's configuration, read from its mount element's attributes.
//!
//! Pure: the view layer hands over the attribute values; this decides what they mean and
//! reports what it had to ignore, so a wrong attribute never stops the widget.

use crate::content::Lang;

pub const DEFAULT_INSTANCE_ID: &str = "default";
const MAX_ID_LENGTH: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceConfig {
    /// Namespaces storage keys and element ids; `[A-Za-z0-9_-]{1,64}`.
    pub id: String,
    pub lang: Lang,
}

/// Something in the configuration that was ignored, with the fix to log for the page's author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigWarning {
    InvalidInstanceId(String),
    UnsupportedLanguage(String),
}

impl std::fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigWarning::InvalidInstanceId(id) => write!(
                f,
                "data-instance={id:?} is not a valid id (use 1-{MAX_ID_LENGTH} letters, digits, '-' or '_'); using {DEFAULT_INSTANCE_ID:?}"
            ),
            ConfigWarning::UnsupportedLanguage(tag) => {
                let known: Vec<&str> = Lang::all().map(Lang::code).collect();
                write!(f, "data-lang={tag:?} is not supported (use one of {}); using the page or browser language", known.join(", "))
            }
        }
    }
}

fn valid_id(id: &str) -> bool {
    (1..=MAX_ID_LENGTH).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

impl InstanceConfig {
    /// `instance` is the `data-instance` attribute; `explicit_lang` the `data-lang` attribute;
    /// `fallback_langs` the page's `lang` and then the browser's languages, in order.
    pub fn parse(
        instance: Option<&str>,
        explicit_lang: Option<&str>,
        fallback_langs: &[String],
    ) -> (InstanceConfig, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let id = match instance.map(str::trim) {
            None | Some("") => DEFAULT_INSTANCE_ID.to_owned(),
            Some(id) if valid_id(id) => id.to_owned(),
            Some(id) => {
                warnings.push(ConfigWarning::InvalidInstanceId(id.to_owned()));
                DEFAULT_INSTANCE_ID.to_owned()
            }
        };
        let explicit = explicit_lang
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .and_then(|tag| {
                let lang = Lang::from_tag(tag);
                if lang.is_none() {
                    warnings.push(ConfigWarning::UnsupportedLanguage(tag.to_owned()));
                }
                lang
            });
        let lang = explicit
            .or_else(|| fallback_langs.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or(Lang::ENGLISH);
        (InstanceConfig { id, lang }, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_without_attributes() {
        let (config, warnings) = InstanceConfig::parse(None, None, &[]);
        assert_eq!(config.id, DEFAULT_INSTANCE_ID);
        assert_eq!(config.lang, Lang::ENGLISH);
        assert!(warnings.is_empty());
    }

    #[test]
    fn explicit_language_beats_page_and_browser() {
        let fallbacks = ["en".to_owned()];
        let (config, _) = InstanceConfig::parse(Some("team-a"), Some("nb"), &fallbacks);
        assert_eq!(config.lang.code(), "nb");
        assert_eq!(config.id, "team-a");
    }

    #[test]
    fn page_then_browser_languages_are_used_in_order() {
        let fallbacks = ["fr".to_owned(), "nn-NO".to_owned(), "en".to_owned()];
        assert_eq!(
            InstanceConfig::parse(None, None, &fallbacks).0.lang.code(),
            "nb"
        );
    }

    #[test]
    fn invalid_values_are_reported_and_replaced() {
        let (config, warnings) = InstanceConfig::parse(Some("a b<script>"), Some("klingon"), &[]);
        assert_eq!(config.id, DEFAULT_INSTANCE_ID);
        assert_eq!(config.lang, Lang::ENGLISH);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].to_string().contains("letters, digits"));
        assert!(warnings[1].to_string().contains("en"));
        assert!(!valid_id(&"x".repeat(65)));
    }
}
