//! Embeds the content files (`src/content/<lang>.toml`) as static tables at build time, so the
//! widget parses no text at run time and adding a language is adding a file.
//!
//! Output, each table holding one text per key ("" for keys it does not hold), joined by U+001F
//! (the unit separator; one string compresses far better than a table of pointers to many):
//! - `EARLY_KEYS_JOINED`, the early texts' keys (see `EARLY`), sorted, which the early tables
//!   follow (and, for the tests only, `TEXT_KEYS_JOINED`, every key);
//! - `LANGUAGES`, one table per file (English first): English's early texts, and every
//!   language's own name, for the language picker;
//! - `EARLY_TEXTS_<CODE>`, the other early texts of each language but English, with
//!   `early_table(lang)`, which in the release build fetches the table's own WebAssembly chunk
//!   (`texts_<code>`), so a visitor downloads the first screens' texts of one language only;
//! - `LATE_<GROUP>_<CODE>`, each language's other texts in three groups (see `LATE_GROUPS`),
//!   each table with its own keys (`KeyedTable`), with `late_table(group, lang)`, which in the
//!   release build fetches the table's own chunk (`texts_<group>_<code>`): a path downloads the
//!   texts of its screens, and their keys, in one language only.
//!
//! The content tests fail on any missing text, so a gap is caught by `cargo test`, not by a
//! visitor.

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

/// A content file: its language's code and its texts by flattened key.
type Language = (String, BTreeMap<String, String>);

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
const LATE_GROUPS: [(&str, Late); 10] = [
    ("roi.", Late::Estimate),
    ("ui.export.", Late::Estimate),
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

impl Late {
    /// In the order of `content::LateTexts`.
    const ALL: [Late; 3] = [Late::Estimate, Late::Result, Late::History];

    fn name(self) -> &'static str {
        match self {
            Late::Estimate => "estimate",
            Late::Result => "result",
            Late::History => "history",
        }
    }
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
        texts
            .iter()
            .all(|text| !text.contains(['\u{1e}', '\u{1f}'])),
        "a text or key contains U+001E or U+001F"
    );
    texts.join("\u{1f}")
}

/// Where a text goes: `LANGUAGES` (shipped before the first question), a language's own early
/// chunk, or a language's own chunk of one of the late groups.
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

/// One `LanguageTable` of `code`'s texts that go to `table`, "" for the others; for a late
/// group, a `KeyedTable` of its keys (`keys`) and their texts.
fn write_table(out: &mut String, (code, texts): &Language, keys: &BTreeSet<&String>, table: Table) {
    let joined: Vec<&str> = keys
        .iter()
        .map(|key| match texts.get(*key) {
            Some(text) if table_of(code, key) == table => text.as_str(),
            _ => "",
        })
        .collect();
    match table {
        Table::Late(_) => {
            let names: Vec<&str> = keys.iter().map(|key| key.as_str()).collect();
            let keyed = format!("{}\u{1e}{}", join(&names), join(&joined));
            writeln!(out, "    KeyedTable::new({keyed:?})").unwrap();
        }
        Table::First | Table::OwnChunk => {
            writeln!(out, "    LanguageTable::new({code:?}, {:?})", join(&joined)).unwrap()
        }
    }
}

/// Writes `item`, one table per language of the texts that go to `table`.
fn write_tables(
    out: &mut String,
    item: &str,
    doc: &str,
    languages: &[Language],
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

/// One table of its own per language in `languages` (`static {prefix}_<CODE>`, of the texts that go
/// to `table`), and `{lookup}`, which gets language `lang`'s: a split point per table in the
/// release build (chunk `{chunk}_<code>`), a plain lookup elsewhere. With `group`, the lookup
/// takes the group's number first and answers for that group only.
fn write_own_tables(
    out: &mut String,
    languages: &[(usize, &Language)],
    keys: &BTreeSet<&String>,
    table: Table,
    (prefix, chunk): (&str, &str),
    group: Option<usize>,
    lookup: &mut Lookup,
) {
    let pattern = |index: usize| match group {
        Some(group) => format!("({group}, {index})"),
        None => index.to_string(),
    };
    for (index, language) in languages {
        let code = &language.0;
        let item = format!("{prefix}_{}", code.to_uppercase());
        let function = format!("{}_{code}", chunk);
        let kind = table_kind(table);
        writeln!(out, "static {item}: {kind} =").unwrap();
        write_table(out, language, keys, table);
        out.push_str(";\n");
        writeln!(
            out,
            "#[cfg(feature = \"split\")]\n\
             #[leptos::wasm_split::wasm_split({function}, wasm_split_path = ::leptos::wasm_split, fallible)]\n\
             fn {function}() -> Result<&'static {kind}, leptos::wasm_split::SplitLoaderError> {{\n    \
                 Ok(&{item})\n}}\n"
        )
        .unwrap();
        let pattern = pattern(*index);
        writeln!(lookup.arms, "        {pattern} => Some(&{item}),").unwrap();
        writeln!(
            lookup.split_arms,
            "        {pattern} => Box::pin({function}()),"
        )
        .unwrap();
    }
}

/// The type of a table: a late group's holds its keys too.
fn table_kind(table: Table) -> &'static str {
    match table {
        Table::Late(_) => "KeyedTable",
        Table::First | Table::OwnChunk => "LanguageTable",
    }
}

/// The arms of a lookup of `write_own_tables`'s tables: without and with the `split` feature.
#[derive(Default)]
struct Lookup {
    arms: String,
    split_arms: String,
}

/// `name`, the lookup of `write_own_tables`'s tables: `async` with the `split` feature.
fn write_lookup(out: &mut String, doc: &str, signature: (&str, &str, &str), lookup: &Lookup) {
    let (name, params, kind) = signature;
    let Lookup { arms, split_arms } = lookup;
    let args: Vec<&str> = params
        .split(", ")
        .map(|param| param.split(':').next().unwrap_or(""))
        .collect();
    let scrutinee = match args.as_slice() {
        [one] => one.to_string(),
        more => format!("({})", more.join(", ")),
    };
    writeln!(
        out,
        "/// {doc}; `None` when there is none, or (in the release build) when its chunk cannot be \
         fetched.\n\
         #[cfg(feature = \"split\")]\n\
         async fn {name}({params}) -> Option<&'static {kind}> {{\n    \
             // One boxed future for every arm: awaiting each arm's own in the `match` built one\n    \
             // state machine as large as all of them, in the main part.\n    \
             let loading: std::pin::Pin<Box<dyn std::future::Future<Output = Result<&'static {kind}, \
             leptos::wasm_split::SplitLoaderError>>>> = match {scrutinee} {{\n{split_arms}        \
             _ => return None,\n    }};\n    \
             loading.await.ok()\n}}\n\n\
         /// {doc}; `None` when there is none.\n\
         #[cfg(not(feature = \"split\"))]\n\
         fn {name}({params}) -> Option<&'static {kind}> {{\n    \
             match {scrutinee} {{\n{arms}        _ => None,\n    }}\n}}\n",
    )
    .unwrap();
}

/// Each language's own early table but English's (which is in `LANGUAGES`), and
/// `early_table(lang)`.
fn write_early_chunks(out: &mut String, languages: &[Language], keys: &BTreeSet<&String>) {
    let mut lookup = Lookup::default();
    let others: Vec<_> = languages.iter().enumerate().skip(1).collect();
    let names = ("EARLY_TEXTS", "texts");
    write_own_tables(
        out,
        &others,
        keys,
        Table::OwnChunk,
        names,
        None,
        &mut lookup,
    );
    write_lookup(
        out,
        "Language number `lang`'s own early texts (English's are in `LANGUAGES`)",
        ("early_table", "lang: usize", "LanguageTable"),
        &lookup,
    );
}

/// Each language's own table of each late group, and `late_table(group, lang)`.
fn write_late_chunks(out: &mut String, languages: &[Language], keys: &BTreeSet<&String>) {
    let mut lookup = Lookup::default();
    let all: Vec<_> = languages.iter().enumerate().collect();
    for (number, group) in Late::ALL.into_iter().enumerate() {
        let keys: BTreeSet<&String> = (keys.iter().copied())
            .filter(|key| table_of("en", key) == Table::Late(group))
            .collect();
        let keys = &keys;
        let prefix = format!("LATE_{}", group.name().to_uppercase());
        let chunk = format!("texts_{}", group.name());
        let names = (prefix.as_str(), chunk.as_str());
        let table = Table::Late(group);
        write_own_tables(out, &all, keys, table, names, Some(number), &mut lookup);
    }
    write_lookup(
        out,
        "Language number `lang`'s texts of the late group number `group` (`content::LateTexts`)",
        ("late_table", "group: usize, lang: usize", "KeyedTable"),
        &lookup,
    );
}

fn main() {
    let dir = Path::new("src/content");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut languages: Vec<Language> = Vec::new();
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
    let early_keys: BTreeSet<&String> = (keys.iter().copied())
        .filter(|key| table_of("en", key) == Table::First)
        .collect();
    let mut out = String::new();
    let joined_keys =
        |keys: &BTreeSet<&String>| join(&keys.iter().map(|key| key.as_str()).collect::<Vec<_>>());
    writeln!(
        out,
        "/// The early texts' keys, sorted: the order of `LANGUAGES` and `EARLY_TEXTS_<CODE>`.\n\
         const EARLY_KEYS_JOINED: &str = {:?};\n",
        joined_keys(&early_keys)
    )
    .unwrap();
    writeln!(
        out,
        "/// Every text key of every language, sorted.\n\
         #[cfg(test)]\n\
         const TEXT_KEYS_JOINED: &str = {:?};\n",
        joined_keys(&keys)
    )
    .unwrap();
    write_tables(
        &mut out,
        "pub static LANGUAGES",
        "One table per content file, English first: English's early texts and each language's name",
        &languages,
        &early_keys,
        Table::First,
    );
    write_early_chunks(&mut out, &languages, &early_keys);
    write_late_chunks(&mut out, &languages, &keys);

    let out_dir = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    fs::write(Path::new(&out_dir).join("texts.rs"), out).expect("OUT_DIR is writable");
}
