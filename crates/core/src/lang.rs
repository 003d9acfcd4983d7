//! The languages the widget speaks, as ids: which one a person, a page or a saved record
//! asks for. Their words are in `src/content/<code>.toml`; the app's content module turns a
//! `Lang` into texts.

/// Every language's code, English first, then by code: the order build.rs writes the content
/// files' tables in (the content tests fail when the two differ).
pub const CODES: [&str; 5] = ["en", "da", "de", "nb", "sv"];

/// A language the widget has texts for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// English is always the first table (see build.rs).
    pub const ENGLISH: Lang = Lang(0);

    /// Matches a BCP 47 tag by its primary subtag (`nb-NO` → nb, `en-GB` → en); Norwegian
    /// Nynorsk and plain "no" get bokmål, the Norwegian the widget is written in.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        let primary = match primary.as_str() {
            "no" | "nn" => "nb",
            other => other,
        };
        CODES.iter().position(|code| *code == primary).map(Lang)
    }

    pub fn code(self) -> &'static str {
        // `Lang` holds positions in CODES only; English's code is the fallback all the same.
        CODES.get(self.0).copied().unwrap_or("en")
    }

    /// The language's position in `CODES`, where its table is among the content's.
    pub fn index(self) -> usize {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CODES.len()).map(Lang)
    }
}
