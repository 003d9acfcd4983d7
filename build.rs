//! Embeds the content files (`src/content/<lang>.toml`) as static tables at build time, so the
//! widget parses no text at run time and adding a language is adding a file.
//!
//! Output, each table holding one text per key ("" for keys it does not hold), joined by U+001F
//! (the unit separator; one string compresses far better than a table of pointers to many):
//! - `TEXT_KEYS_JOINED`, every flattened key of every file, sorted;
//! - `LANGUAGES`, one table per file (English first): English's early texts (see `EARLY`), and
//!   every language's own name, for the language picker;
//! - `EARLY_TEXTS_<CODE>`, the other early texts of each language but English, with
//!   `early_table(lang)`, which in the release build fetches the table's own WebAssembly chunk
//!   (`texts_<code>`), so a visitor downloads the first screens' texts of one language only;
//! - `LATE_TEXTS_ESTIMATE`, `LATE_TEXTS_RESULT` and `LATE_TEXTS_HISTORY`, every language's other
//!   texts in three groups (see `LATE_GROUPS`), so each of the later screens' chunks carries the
//!   groups it draws and a path downloads the texts of its screens only.
//!
//! The content tests fail on any missing text, so a gap is caught by `cargo test`, not by a
//! visitor. The late texts (the result, ROI, history and team screens) are referenced only from
//! the later screens' WebAssembly chunks (`src/view/first/later_screens.rs`), so in the release
//! build they travel with those chunks instead of before the first question.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>, file: &str) {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::String(text) => {
                out.insert(full, text.clone());
            }
            toml::Value::Table(inner) => flatten(&full, inner, out, file),
            other => panic!(
                "{file}: `{full}` must be a string, found {}",
                other.type_str()
            ),
        }
    }
}

/// The keys the first screens use (intro, questions, language switch, storage notices, start
/// over, the load-failure notice): a prefix ending in `.`, or a whole key. The content tests
/// check that every key the main part's components name is here.
const EARLY: [&str; 16] = [
    "area.",
    "currency.",
    "format.",
    "q.",
    "roi.open",
    "ui.app_title",
    "ui.confirm.",
    "ui.history.export_all",
    "ui.intro.",
    "ui.language.",
    "ui.load_failed.",
    "ui.result.download_failed",
    "ui.result.start_over",
    "ui.section.",
    "ui.step.",
    "ui.storage.",
];

/// Whether `key` is `pattern`'s: under it when it is a prefix ending in `.`, else that key.
fn is_under(key: &str, pattern: &str) -> bool {
    if pattern.ends_with('.') {
        key.starts_with(pattern)
    } else {
        key == pattern
    }
}

fn is_early(key: &str) -> bool {
    EARLY.iter().any(|early| is_under(key, early))
}

/// The late texts' groups, by key prefix (a prefix ending in `.`, or a whole key); a late key in
/// none of them is the result's. The ROI estimate's chunk attaches `Estimate` only, the result's
/// `Estimate` and `Result` (it shows the estimate's figures), the history's all three (its saved
/// results show both); see `content::LateTexts`. The export's announcements are the estimate's:
/// every later screen downloads a file.
const LATE_GROUPS: [(&str, Late); 9] = [
    ("roi.", Late::Estimate),
    ("ui.report.", Late::Estimate),
    ("ui.result.download", Late::Estimate),
    ("ui.result.downloaded", Late::Estimate),
    ("ui.history.exported", Late::Estimate),
    ("ui.history.", Late::History),
    ("ui.team.", Late::History),
    ("ui.files.", Late::History),
    ("import.", Late::History),
];

#[derive(Clone, Copy, PartialEq)]
enum Late {
    Estimate,
    Result,
    History,
}

fn late_group(key: &str) -> Late {
    LATE_GROUPS
        .iter()
        .find(|(prefix, _)| is_under(key, prefix))
        .map_or(Late::Result, |(_, group)| *group)
}

/// `texts` joined by U+001F, the separator `LanguageTable` splits them at.
fn join(texts: &[&str]) -> String {
    assert!(
        texts.iter().all(|text| !text.contains('\u{1f}')),
        "a text or key contains U+001F"
    );
    texts.join("\u{1f}")
}

/// Where a text goes: `LANGUAGES` (shipped before the first question), a language's own early
/// chunk, or one of the late groups.
#[derive(Clone, Copy, PartialEq)]
enum Table {
    First,
    OwnChunk,
    Late(Late),
}

fn table_of(code: &str, key: &str) -> Table {
    match (is_early(key), code) {
        // The picker names every language in that language.
        _ if key == "ui.language.name" => Table::First,
        (true, "en") => Table::First,
        (true, _) => Table::OwnChunk,
        (false, _) => Table::Late(late_group(key)),
    }
}

/// One `LanguageTable` of `code`'s texts that go to `table`, "" for the others.
fn write_table(
    out: &mut String,
    (code, texts): &(String, BTreeMap<String, String>),
    keys: &BTreeSet<&String>,
    table: Table,
) {
    let joined: Vec<&str> = keys
        .iter()
        .map(|key| match texts.get(*key) {
            Some(text) if table_of(code, key) == table => text.as_str(),
            _ => "",
        })
        .collect();
    writeln!(out, "    LanguageTable::new({code:?}, {:?})", join(&joined)).unwrap();
}

/// Writes `item`, one table per language of the texts that go to `table`.
fn write_tables(
    out: &mut String,
    item: &str,
    doc: &str,
    languages: &[(String, BTreeMap<String, String>)],
    keys: &BTreeSet<&String>,
    table: Table,
) {
    writeln!(out, "/// {doc}.").unwrap();
    writeln!(out, "{item}: [LanguageTable; {}] = [", languages.len()).unwrap();
    for language in languages {
        write_table(out, language, keys, table);
        out.push_str(",\n");
    }
    writeln!(out, "];\n").unwrap();
}

/// Each language's own early table, and `early_table`, which gets one (see the module's
/// comment): a split point per language in the release build, a plain lookup elsewhere.
fn write_early_chunks(
    out: &mut String,
    languages: &[(String, BTreeMap<String, String>)],
    keys: &BTreeSet<&String>,
) {
    let mut arms = String::new();
    let mut split_arms = String::new();
    for (index, language) in languages.iter().enumerate().skip(1) {
        let code = &language.0;
        let upper = code.to_uppercase();
        writeln!(out, "static EARLY_TEXTS_{upper}: LanguageTable =").unwrap();
        write_table(out, language, keys, Table::OwnChunk);
        out.push_str(";\n");
        writeln!(
            out,
            "#[cfg(feature = \"split\")]\n\
             #[leptos::wasm_split::wasm_split(texts_{code}, wasm_split_path = ::leptos::wasm_split, fallible)]\n\
             fn early_texts_{code}() -> Result<&'static LanguageTable, leptos::wasm_split::SplitLoaderError> {{\n    \
                 Ok(&EARLY_TEXTS_{upper})\n}}\n"
        )
        .unwrap();
        writeln!(arms, "        {index} => Some(&EARLY_TEXTS_{upper}),").unwrap();
        writeln!(
            split_arms,
            "        {index} => early_texts_{code}().await.ok(),"
        )
        .unwrap();
    }
    writeln!(
        out,
        "/// Language number `lang`'s own early texts, fetched with their chunk; `None` for \
         English\n/// (whose are in `LANGUAGES`) or when the chunk cannot be fetched.\n\
         #[cfg(feature = \"split\")]\n\
         async fn early_table(lang: usize) -> Option<&'static LanguageTable> {{\n    \
             match lang {{\n{split_arms}        _ => None,\n    }}\n}}\n\n\
         /// Language number `lang`'s own early texts; `None` for English.\n\
         #[cfg(not(feature = \"split\"))]\n\
         fn early_table(lang: usize) -> Option<&'static LanguageTable> {{\n    \
             match lang {{\n{arms}        _ => None,\n    }}\n}}\n"
    )
    .unwrap();
}

fn main() {
    let dir = Path::new("src/content");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut languages: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/content exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("utf-8 file name")
            .to_owned();
        let source = fs::read_to_string(&path).expect("readable content file");
        let table: toml::Table = source
            .parse()
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let mut texts = BTreeMap::new();
        flatten("", &table, &mut texts, &path.display().to_string());
        languages.push((code, texts));
    }
    // English first: it is the fallback and the reference for completeness.
    languages.sort_by_key(|(code, _)| (code != "en", code.clone()));
    assert!(
        languages.first().is_some_and(|(code, _)| code == "en"),
        "src/content/en.toml is required"
    );

    let keys: BTreeSet<&String> = languages
        .iter()
        .flat_map(|(_, texts)| texts.keys())
        .collect();
    let mut out = String::new();
    writeln!(
        out,
        "/// Every text key of every language, sorted (generated by build.rs)."
    )
    .unwrap();
    let key_list: Vec<&str> = keys.iter().map(|key| key.as_str()).collect();
    writeln!(
        out,
        "const TEXT_KEYS_JOINED: &str = {:?};\n",
        join(&key_list)
    )
    .unwrap();
    write_tables(
        &mut out,
        "pub static LANGUAGES",
        "One table per content file, English first: English's early texts and each language's name",
        &languages,
        &keys,
        Table::First,
    );
    write_early_chunks(&mut out, &languages, &keys);
    for (item, doc, group) in [
        (
            "pub static LATE_TEXTS_ESTIMATE",
            "The ROI estimate's texts and the export's",
            Late::Estimate,
        ),
        (
            "pub static LATE_TEXTS_RESULT",
            "The result's texts",
            Late::Result,
        ),
        (
            "pub static LATE_TEXTS_HISTORY",
            "The history's, the team roll-up's and the imports' texts",
            Late::History,
        ),
    ] {
        let doc = format!("{doc}, in the same order as `LANGUAGES`");
        write_tables(&mut out, item, &doc, &languages, &keys, Table::Late(group));
    }

    let out_dir = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    fs::write(Path::new(&out_dir).join("texts.rs"), out).expect("OUT_DIR is writable");
}
