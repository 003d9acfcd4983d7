//! Every text the widget shows, per language, looked up by key.
//!
//! The texts are data: one TOML file per language beside this module (`en.toml`, `da.toml`,
//! `de.toml`, `nb.toml`, `sv.toml`), embedded at build time by `build.rs`. A new language is a
//! new file. Lookups never fail: a missing text falls back to English, and the tests below fail
//! whenever any language misses a text or leaves one in English, so the fallback never reaches
//! a visitor.
//!
//! In the release build the texts travel in three parts (see build.rs): English's texts for the
//! first screens are in the main part; another language's are its own small chunk, which
//! `load` fetches before an instance draws in that language (`embed.js` starts fetching the
//! likely one beside the main part), and until it is here, or when it cannot be fetched, its
//! texts fall back to English. The later screens' texts are in three groups (`LateTexts`), each
//! group in each language a chunk of its own, which the later screens' loader fetches beside the
//! screen's code (`load_late`): a path downloads the texts of its screens in one language.

pub mod roi_texts;

use std::sync::OnceLock;

pub use crate::core::locale::fill;
use crate::core::locale::LocalePatterns;
use crate::core::questionnaire::{Area, Question};
use crate::core::recommendations::Pitfall;
use crate::core::roi::RoiField;
use crate::core::roi_uncertainty::UncertainInput;
use crate::core::scoring::MaturityLevel;

/// A language's early texts, in `early_keys()` order, as build.rs writes them: joined by U+001F (one
/// string compresses far better than a table of pointers), split on first use.
pub struct LanguageTable {
    pub code: &'static str,
    joined: &'static str,
    split: OnceLock<Vec<&'static str>>,
}

impl LanguageTable {
    const fn new(code: &'static str, joined: &'static str) -> LanguageTable {
        LanguageTable {
            code,
            joined,
            split: OnceLock::new(),
        }
    }

    fn texts(&'static self) -> &'static [&'static str] {
        self.split
            .get_or_init(|| self.joined.split('\u{1f}').collect())
    }
}

/// A late group's texts in one language with their keys, as build.rs writes them: the keys
/// (sorted), U+001E, then the texts in the keys' order, each list joined by U+001F. The keys
/// travel with the texts, so the main part carries the early texts' keys only.
pub struct KeyedTable {
    joined: &'static str,
    split: OnceLock<(Vec<&'static str>, Vec<&'static str>)>,
}

impl KeyedTable {
    const fn new(joined: &'static str) -> KeyedTable {
        KeyedTable {
            joined,
            split: OnceLock::new(),
        }
    }

    /// The text of `key`, when this table holds it.
    fn get(&'static self, key: &str) -> Option<&'static str> {
        let (keys, texts) = self.split.get_or_init(|| {
            let (keys, texts) = self.joined.split_once('\u{1e}').unwrap_or_default();
            (
                keys.split('\u{1f}').collect(),
                texts.split('\u{1f}').collect(),
            )
        });
        let index = keys.binary_search(&key).ok()?;
        texts.get(index).copied()
    }
}

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The early texts' keys, sorted.
fn early_keys() -> &'static [&'static str] {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| EARLY_KEYS_JOINED.split('\u{1f}').collect())
}

/// Every text key, sorted.
#[cfg(test)]
fn text_keys() -> &'static [&'static str] {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| TEXT_KEYS_JOINED.split('\u{1f}').collect())
}

/// The late texts' groups (see build.rs's `LATE_GROUPS`), each in each language a table of its
/// own (a chunk in the release build).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LateTexts {
    /// The ROI estimate's texts and the export's: every later screen draws them.
    Estimate,
    /// The result's: its screen, share links, reminders, levels, pitfalls and the plan.
    Result,
    /// The history's, the team roll-up's and the imports'.
    History,
}

impl LateTexts {
    const COUNT: usize = 3;

    fn index(self) -> usize {
        match self {
            LateTexts::Estimate => 0,
            LateTexts::Result => 1,
            LateTexts::History => 2,
        }
    }
}

/// Each late group's table in each language, once its chunk is here.
#[cfg(feature = "split")]
static LATE: [[OnceLock<&'static KeyedTable>; LANGUAGES.len()]; LateTexts::COUNT] =
    [const { [const { OnceLock::new() }; LANGUAGES.len()] }; LateTexts::COUNT];

/// Each language's own early table, once its chunk is here.
#[cfg(feature = "split")]
static EARLY: [OnceLock<&'static LanguageTable>; LANGUAGES.len()] =
    [const { OnceLock::new() }; LANGUAGES.len()];

/// Whether `lang`'s texts for the first screens are here (see `load`).
pub fn is_loaded(lang: Lang) -> bool {
    #[cfg(feature = "split")]
    return lang == Lang::ENGLISH
        || EARLY
            .get(lang.index())
            .is_some_and(|early| early.get().is_some());
    #[cfg(not(feature = "split"))]
    {
        let _ = lang;
        true
    }
}

/// Fetches `lang`'s texts for the first screens, once. When they cannot be fetched, its texts
/// fall back to English (and `is_loaded` stays false).
pub async fn load(lang: Lang) {
    #[cfg(feature = "split")]
    if !is_loaded(lang) {
        if let Some(table) = early_table(lang.index()).await {
            if let Some(early) = EARLY.get(lang.index()) {
                let _ = early.set(table);
            }
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = lang;
}

fn early_texts(lang: usize) -> &'static [&'static str] {
    #[cfg(feature = "split")]
    return EARLY
        .get(lang)
        .and_then(OnceLock::get)
        .map_or(&[], |table| table.texts());
    #[cfg(not(feature = "split"))]
    return early_table(lang).map_or(&[], |table| table.texts());
}

/// Language number `lang`'s table of the late group number `group`, once it is here.
fn late_here(group: usize, lang: usize) -> Option<&'static KeyedTable> {
    #[cfg(feature = "split")]
    return LATE
        .get(group)
        .and_then(|tables| tables.get(lang))
        .and_then(|table| table.get().copied());
    #[cfg(not(feature = "split"))]
    return late_table(group, lang);
}

/// Whether `lang`'s texts of each of `groups` are here.
pub fn late_loaded(groups: &[LateTexts], lang: Lang) -> bool {
    (groups.iter()).all(|group| late_here(group.index(), lang.index()).is_some())
}

/// Starts fetching `lang`'s texts of `groups` that are not here, side by side (a fetch under
/// way is joined, a failed one is tried again); `load_late` waits for them.
pub fn start_loading_late(groups: &'static [LateTexts], lang: Lang) {
    #[cfg(feature = "split")]
    for group in groups {
        if late_here(group.index(), lang.index()).is_none() {
            leptos::task::spawn_local(load_late_table(group.index(), lang.index()));
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = (groups, lang);
}

/// Waits for `lang`'s texts of `groups` (fetching any not started, as `start_loading_late`
/// does). Whether they are all here.
pub async fn load_late(groups: &'static [LateTexts], lang: Lang) -> bool {
    #[cfg(feature = "split")]
    for group in groups {
        load_late_table(group.index(), lang.index()).await;
    }
    late_loaded(groups, lang)
}

#[cfg(feature = "split")]
async fn load_late_table(group: usize, lang: usize) {
    if late_here(group, lang).is_some() {
        return;
    }
    if let Some(table) = late_table(group, lang).await {
        if let Some(slot) = LATE.get(group).and_then(|tables| tables.get(lang)) {
            let _ = slot.set(table);
        }
    }
}

/// The text of `key` in language number `lang`, from whichever of its tables here holds it;
/// `None` when missing or empty.
fn text_of(lang: usize, key: &str) -> Option<&'static str> {
    let text = match early_keys().binary_search(&key) {
        Ok(index) => [
            LANGUAGES.get(lang).map_or(&[][..], |table| table.texts()),
            early_texts(lang),
        ]
        .into_iter()
        .find_map(|table| table.get(index).copied().filter(|text| !text.is_empty())),
        Err(_) => (0..LateTexts::COUNT).find_map(|group| late_here(group, lang)?.get(key)),
    };
    text.filter(|text| !text.is_empty())
}

/// Language number `lang`'s text of `key`, "" when missing.
#[cfg(test)]
fn text_at(lang: usize, key: &str) -> &'static str {
    text_of(lang, key).unwrap_or("")
}

pub use crate::core::lang::Lang;

/// A language's texts: `lang.texts()`.
pub trait LangTexts {
    fn texts(self) -> Texts;
}

impl LangTexts for Lang {
    fn texts(self) -> Texts {
        Texts(self)
    }
}

/// Text lookups for one language; cheap to copy into every component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts(Lang);

impl Texts {
    pub fn lang(self) -> Lang {
        self.0
    }

    /// The text for `key`, falling back to English; an unknown key gives "". The tests rule
    /// out both, so neither reaches a visitor.
    pub fn get(self, key: &str) -> &'static str {
        text_of(self.0.index(), key)
            .or_else(|| text_of(0, key))
            .unwrap_or("")
    }

    /// `get` with `{name}` placeholders filled in. Values are inserted as text, never markup.
    pub fn fill(self, key: &str, values: &[(&str, &str)]) -> String {
        fill(self.get(key), values)
    }

    /// The plural form, `"one"` or `"other"`, of a count written with `decimals` decimals, by
    /// the language's CLDR rule named in `format.plural`: English, German and Swedish say "1
    /// hour" but "1.0 hours"; Norwegian counts 1,0 as one; Danish also 0,5 and 1,5.
    pub fn plural_form(self, count: f64, decimals: usize) -> &'static str {
        let written = crate::core::decimal::fixed(count.abs(), decimals);
        let (integer, fraction) = written.split_once('.').unwrap_or((&written, ""));
        let is_one = integer == "1" && fraction.chars().all(|digit| digit == '0');
        let fraction_shown = fraction.chars().any(|digit| digit != '0');
        let one = match self.get("format.plural") {
            "one-if-1" => is_one,
            "danish" => is_one || (fraction_shown && (integer == "0" || integer == "1")),
            _ => is_one && fraction.is_empty(),
        };
        if one {
            "one"
        } else {
            "other"
        }
    }

    /// `fill` of `{key}.one` or `{key}.other`, the form `count` takes (see `plural_form`).
    pub fn fill_plural(
        self,
        key: &str,
        count: f64,
        decimals: usize,
        values: &[(&str, &str)],
    ) -> String {
        self.fill(
            &format!("{key}.{}", self.plural_form(count, decimals)),
            values,
        )
    }

    pub fn question_prompt(self, question: &Question) -> &'static str {
        self.get(&format!("q.{}.prompt", question.text_id()))
    }

    pub fn question_hint(self, question: &Question) -> &'static str {
        self.get(&format!("q.{}.hint", question.text_id()))
    }

    pub fn answer_option(self, question: &Question, level: u8) -> &'static str {
        self.get(&format!("q.{}.o{level}", question.text_id()))
    }

    pub fn area_name(self, area: Area) -> &'static str {
        self.get(&format!("area.{}.name", area.id()))
    }

    pub fn area_about(self, area: Area) -> &'static str {
        self.get(&format!("area.{}.about", area.id()))
    }

    pub fn level_name(self, level: MaturityLevel) -> &'static str {
        self.get(&format!("level.{}.name", level.number()))
    }

    pub fn level_meaning(self, level: MaturityLevel) -> &'static str {
        self.get(&format!("level.{}.meaning", level.number()))
    }

    pub fn next_steps(self, area: Area) -> [&'static str; 3] {
        ["step1", "step2", "step3"].map(|step| self.get(&format!("next.{}.{step}", area.id())))
    }

    pub fn pitfall_name(self, pitfall: Pitfall) -> &'static str {
        self.get(&format!("pitfall.{}.name", pitfall.number()))
    }

    pub fn pitfall_remedy(self, pitfall: Pitfall) -> &'static str {
        self.get(&format!("pitfall.{}.remedy", pitfall.number()))
    }

    pub fn plan(self, level: MaturityLevel) -> &'static str {
        self.get(&format!("plan.{}", level.number()))
    }

    pub fn roi_field_label(self, field: RoiField) -> &'static str {
        self.get(&format!("roi.field.{}.label", field.id()))
    }

    /// The name of an input the simulation varies.
    pub fn uncertain_input(self, input: UncertainInput) -> &'static str {
        self.get(&format!("roi.uncertainty.input.{}", input.id()))
    }

    /// Where an input's range comes from and how it is built.
    pub fn uncertain_basis(self, input: UncertainInput) -> &'static str {
        self.get(&format!("roi.uncertainty.basis.{}", input.id()))
    }
}

/// The locale's patterns (`format.*`, `currency.*`) are texts like any other.
impl LocalePatterns for Texts {
    fn lang(&self) -> Lang {
        self.0
    }

    fn pattern(&self, key: &str) -> &'static str {
        self.get(key)
    }
}

#[cfg(test)]
mod glossary;
#[cfg(test)]
mod locale_tests;

/// Native tests of the tables as built without the `split` feature, where every table is there.
#[cfg(all(test, not(feature = "split")))]
mod tests {
    use super::*;
    use crate::core::questionnaire::{MAX_LEVEL, QUESTIONS};
    use crate::core::roi::PlausibilityNote;

    /// Every key the core derives from its model (questions, areas, levels, pitfalls, plans).
    fn model_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for question in QUESTIONS {
            keys.push(format!("q.{}.prompt", question.id));
            keys.push(format!("q.{}.hint", question.id));
            for level in 0..=MAX_LEVEL {
                keys.push(format!("q.{}.o{level}", question.id));
            }
        }
        for area in Area::ALL {
            keys.push(format!("area.{}.name", area.id()));
            keys.push(format!("area.{}.about", area.id()));
            for step in 1..=3 {
                keys.push(format!("next.{}.step{step}", area.id()));
            }
        }
        for level in 0..=MAX_LEVEL {
            keys.push(format!("level.{level}.name"));
            keys.push(format!("level.{level}.meaning"));
            keys.push(format!("plan.{level}"));
        }
        for pitfall in 1..=crate::core::recommendations::Pitfall::COUNT {
            keys.push(format!("pitfall.{pitfall}.name"));
            keys.push(format!("pitfall.{pitfall}.remedy"));
        }
        for spec in crate::core::roi::FIELDS {
            keys.push(format!("roi.field.{}.label", spec.field.id()));
            keys.push(format!("roi.field.{}.help", spec.field.id()));
        }
        for input in UncertainInput::ALL {
            keys.push(format!("roi.uncertainty.input.{}", input.id()));
            keys.push(format!("roi.uncertainty.basis.{}", input.id()));
        }
        for note in PlausibilityNote::ALL {
            keys.push(format!("roi.note.{}", note.id()));
        }
        for currency in crate::core::locale::Currency::ALL {
            keys.push(format!("currency.{}", currency.code()));
        }
        for (key, _) in crate::core::roi::SEED_USE_CASES {
            keys.push(key.to_owned());
        }
        keys.extend(crate::core::import::ImportError::TEXT_KEYS.map(str::to_owned));
        keys.extend(crate::core::share_link::ShareError::TEXT_KEYS.map(str::to_owned));
        keys.extend(
            [
                "format.number",
                "format.money",
                "format.percent",
                "format.plural",
            ]
            .map(str::to_owned),
        );
        keys
    }

    /// Every `"ui.…"` / `"format.…"` key literal the view and browser code use, read from
    /// their sources.
    fn view_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let root = env!("CARGO_MANIFEST_DIR");
        let files = ["src/view", "src/browser"]
            .iter()
            .flat_map(|dir| rust_files(&std::path::Path::new(root).join(dir)));
        for file in files {
            let source = std::fs::read_to_string(file).unwrap();
            keys.extend(keys_in(&source));
        }
        assert!(keys.len() > 20, "the view should use its texts by key");
        keys
    }

    /// The `"ui.…"`, `"format.…"` and `"roi.…"` key literals in `source`.
    fn keys_in(source: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for prefix in ["\"ui.", "\"format.", "\"roi."] {
            for (start, _) in source.match_indices(prefix) {
                let rest = &source[start + 1..];
                let end = rest.find('"').unwrap();
                keys.push(rest[..end].to_owned());
            }
        }
        keys
    }

    /// Where a file's texts come from, by where it lives: the main part of the release build
    /// (`src/view/first/`, `src/view/shared/`, the view's own files, and `src/browser/`, which
    /// either part may call) has the early texts only; a later screen's folder has the early
    /// texts and the late groups its chunk attaches (see `view::first::later_screens`).
    fn groups_for(file: &std::path::Path) -> &'static [LateTexts] {
        let path = file.to_string_lossy().replace('\\', "/");
        let folder = |name: &str| path.contains(&format!("/src/view/later/{name}/"));
        if folder("roi") || folder("common") {
            &[LateTexts::Estimate]
        } else if folder("result") {
            &[LateTexts::Estimate, LateTexts::Result]
        } else if folder("history") || folder("team") {
            &[LateTexts::Estimate, LateTexts::Result, LateTexts::History]
        } else {
            &[]
        }
    }

    /// Every `.rs` file under `dir`, recursively.
    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
        files
    }

    /// `key`, or its plural forms (`key.one`, `key.other`).
    fn forms_of(key: &str) -> Vec<&'static str> {
        let forms = format!("{key}.");
        let found: Vec<&'static str> = (text_keys().iter().copied())
            .filter(|candidate| *candidate == key || candidate.starts_with(&forms))
            .collect();
        assert!(!found.is_empty(), "`{key}` is no text");
        found
    }

    /// Whether `key` is an early text in every language (drawn before any later chunk).
    fn is_early(key: &str) -> bool {
        forms_of(key).into_iter().all(|form| {
            let Ok(index) = early_keys().binary_search(&form) else {
                return false;
            };
            !LANGUAGES[0].texts()[index].is_empty()
                && Lang::all().skip(1).all(|lang| {
                    !early_texts(lang.index())[index].is_empty() || key == "ui.language.name"
                })
        })
    }

    /// Whether `key`'s English text is in the late group `group`.
    fn is_in(group: LateTexts, key: &str) -> bool {
        let english = late_table(group.index(), 0).unwrap();
        (forms_of(key).into_iter())
            .all(|form| english.get(form).is_some_and(|text| !text.is_empty()))
    }

    /// The keys that `source`, a file in `file`'s place, uses but its part of the release build
    /// does not have.
    fn missing_in_its_part(file: &std::path::Path, source: &str) -> Vec<String> {
        let groups = groups_for(file);
        keys_in(source)
            .into_iter()
            .filter(|key| !is_early(key) && !groups.iter().any(|group| is_in(*group, key)))
            .collect()
    }

    #[test]
    fn each_file_uses_only_the_texts_of_its_part() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files: Vec<_> = ["src/view", "src/browser"]
            .iter()
            .flat_map(|dir| rust_files(&root.join(dir)))
            .collect();
        assert!(files.len() > 30, "the view's files are found");
        let mut checked = 0;
        for file in &files {
            let source = std::fs::read_to_string(file).unwrap();
            checked += keys_in(&source).len();
            let missing = missing_in_its_part(file, &source);
            assert!(
                missing.is_empty(),
                "{} uses {missing:?}, which its part of the release build does not have: move \
                 the file, or the texts (build.rs's EARLY and LATE_GROUPS)",
                file.display()
            );
        }
        assert!(checked > 200, "the files' keys are read");
        // What the question step draws from the model.
        let mut keys: Vec<String> = QUESTIONS
            .iter()
            .flat_map(|question| {
                [
                    format!("q.{}.prompt", question.id),
                    format!("q.{}.o0", question.id),
                ]
            })
            .collect();
        keys.extend(
            Area::ALL
                .iter()
                .map(|area| format!("area.{}.name", area.id())),
        );
        keys.extend(["ui.storage.full".to_owned(), "format.plural".to_owned()]);
        for key in keys {
            assert!(
                is_early(&key),
                "`{key}` is drawn by the first screens, so it must be early (build.rs)"
            );
        }
    }

    #[test]
    fn a_main_part_file_with_a_late_text_is_caught() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let intro = root.join("src/view/first/intro.rs");
        let late = r#"texts.get("ui.result.heading")"#;
        assert_eq!(missing_in_its_part(&intro, late), ["ui.result.heading"]);
        // The same text is the result's own; the ROI estimate's chunk does not have it.
        let result = root.join("src/view/later/result/result_screen.rs");
        assert!(missing_in_its_part(&result, late).is_empty());
        let roi = root.join("src/view/later/roi/roi_screen.rs");
        assert_eq!(missing_in_its_part(&roi, late), ["ui.result.heading"]);
        let history = r#"texts.get("ui.history.heading")"#;
        assert_eq!(
            missing_in_its_part(&result, history),
            ["ui.history.heading"]
        );
    }

    /// Texts that really are the same word in another language as in English, and the plural
    /// rule, which is a name.
    const SAME_AS_ENGLISH: [&str; 8] = [
        "area.innovation.name",
        "currency.EUR",
        "format.date",
        "format.plural",
        "roi.result.roi",
        "roi.uncertainty.column.p50",
        "ui.section.org",
        // Only placeholders: a file or link's name and why it was not used.
        "ui.team.failed",
    ];

    #[test]
    fn all_five_languages_are_shipped_english_first() {
        let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
        assert_eq!(codes, ["en", "da", "de", "nb", "sv"]);
    }

    #[test]
    fn no_language_leaves_a_text_in_english() {
        for lang in Lang::all().skip(1) {
            for key in text_keys() {
                let text = text_at(lang.index(), key);
                assert!(
                    text != text_at(0, key) || SAME_AS_ENGLISH.contains(key),
                    "{}: `{key}` is still the English {text:?}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_text() {
        for lang in Lang::all() {
            for key in text_keys() {
                assert!(
                    !text_at(lang.index(), key).trim().is_empty(),
                    "{}: `{key}` is missing or empty",
                    lang.code()
                );
            }
        }
    }

    /// Whether `key` is a text, or a plural (`key.one` and `key.other`).
    fn has_text(key: &str) -> bool {
        let exists = |key: &str| text_keys().binary_search(&key).is_ok();
        exists(key) || (exists(&format!("{key}.one")) && exists(&format!("{key}.other")))
    }

    #[test]
    fn every_key_the_model_and_the_view_use_exists() {
        for key in model_keys().into_iter().chain(view_keys()) {
            assert!(has_text(&key), "no text for `{key}`");
        }
    }

    #[test]
    fn no_text_is_left_unused() {
        let used: Vec<String> = model_keys().into_iter().chain(view_keys()).collect();
        for key in text_keys() {
            let plural_of = key
                .strip_suffix(".one")
                .or_else(|| key.strip_suffix(".other"));
            assert!(
                used.iter()
                    .any(|used| used == key || Some(used.as_str()) == plural_of),
                "`{key}` is in the content but never used"
            );
        }
    }

    #[test]
    fn plurals_follow_each_languages_rule() {
        let form = |code: &str, count: f64, decimals: usize| {
            Lang::from_tag(code)
                .unwrap()
                .texts()
                .plural_form(count, decimals)
        };
        assert_eq!(form("en", 1.0, 0), "one");
        assert_eq!(form("en", 1.0, 1), "other", "1.0 hours");
        assert_eq!(form("en", 2.0, 0), "other");
        assert_eq!(form("en", 0.0, 0), "other");
        assert_eq!(form("de", 1.0, 0), "one");
        assert_eq!(form("sv", 1.5, 1), "other");
        assert_eq!(form("nb", 1.0, 1), "one", "1,0 time");
        assert_eq!(form("da", 0.5, 1), "one", "0,5 time");
        assert_eq!(form("da", 2.5, 1), "other");
        for lang in Lang::all() {
            let rule = lang.texts().get("format.plural");
            assert!(
                ["one-if-integer-1", "one-if-1", "danish"].contains(&rule),
                "{}: unknown plural rule {rule:?}",
                lang.code()
            );
        }
        let english = Lang::ENGLISH.texts();
        assert_eq!(
            english.fill_plural("roi.use_cases.total_hours", 1.0, 0, &[("hours", "1")]),
            "1 hour per participant per week"
        );
    }

    #[test]
    fn placeholders_match_english_in_every_language() {
        let placeholders = |text: &str| -> Vec<String> {
            let mut found: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}'))
                .map(|(name, _)| name.to_owned())
                .collect();
            found.sort();
            found
        };
        for lang in Lang::all() {
            for key in text_keys() {
                assert_eq!(
                    placeholders(text_at(lang.index(), key)),
                    placeholders(text_at(0, key)),
                    "{}: `{key}` has other placeholders than English",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn no_text_contains_markup() {
        for lang in Lang::all() {
            for key in text_keys() {
                let text = text_at(lang.index(), key);
                assert!(!text.contains('<'), "{}: markup in {text:?}", lang.code());
            }
        }
    }

    #[test]
    fn language_tags_resolve() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::ENGLISH));
        assert_eq!(Lang::from_tag("nn").map(Lang::code), Some("nb"));
        assert_eq!(Lang::from_tag("no-NO").map(Lang::code), Some("nb"));
        assert_eq!(Lang::from_tag("NB_no").map(Lang::code), Some("nb"));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn lookups_fall_back_and_fill_placeholders() {
        let english = Lang::ENGLISH.texts();
        assert_eq!(english.get("no.such.key"), "");
        assert_eq!(
            fill(
                "Question {current} of {total}",
                &[("current", "3"), ("total", "25")]
            ),
            "Question 3 of 25"
        );
        assert_eq!(fill("{a} {b}", &[("a", "<b>")]), "<b> {b}");
    }
}
