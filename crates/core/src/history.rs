//! The results an instance keeps over time: every completed assessment (with its ROI estimate)
//! and every imported report, its stored form, and the "export everything" bundle that moves
//! the whole history between browsers.
//!
//! An entry's id is a fingerprint of what it records (completion time and answers), so the same
//! result saved by two tabs, or imported twice, is one entry. Changes are small operations
//! (`add`, `rename`, `remove`, `clear`) that the storage edge applies to the value it has just
//! read, so two tabs that each add a result keep both.
//!
//! What it does not do: touch storage (the browser edge does), turn anything into words, or
//! trust an imported file (that is `import`'s job, reused here for bundles).

use chrono::{DateTime, Utc};

use super::import::MAX_IMPORT_BYTES;
use super::import::{
    clean_text, current_questionnaire, report_from_value, ImportError, ImportPurpose,
    ImportedReport,
};
use super::json::{Fields, Json, WrongShape};
use super::report::{read_timestamp, timestamp_json, ReportV1, WIDGET_VERSION};
use super::saved_progress::DecodeError;

/// The version of the stored history value; a later one gets a migration in `decode`.
pub const HISTORY_VERSION: u32 = 1;
/// The "export everything" file.
pub const BUNDLE_SCHEMA: &str = "ai-maturity-check/history";
pub const BUNDLE_SCHEMA_VERSION: u32 = 1;
/// A bundle may hold many reports; larger files are refused before parsing.
pub const MAX_BUNDLE_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_NAME_CHARS: usize = 80;

/// How an entry came into the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryOrigin {
    Completed,
    Imported,
}

impl EntryOrigin {
    /// The origin's id in the stored history.
    pub fn id(self) -> &'static str {
        match self {
            EntryOrigin::Completed => "completed",
            EntryOrigin::Imported => "imported",
        }
    }

    fn from_id(id: &str) -> Option<EntryOrigin> {
        [EntryOrigin::Completed, EntryOrigin::Imported]
            .into_iter()
            .find(|origin| origin.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    /// A fingerprint of the result (see `fingerprint`).
    pub id: String,
    /// The person's own label; empty until they give one (absent in the stored form: empty).
    pub name: String,
    pub saved_at: DateTime<Utc>,
    pub origin: EntryOrigin,
    pub report: ReportV1,
}

/// FNV-1a over the completion time and the answers: equal results, equal ids.
pub fn fingerprint(report: &ReportV1) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let when = report.completed_at.unwrap_or(report.exported_at);
    feed(&when.timestamp().to_le_bytes());
    for (question, level) in &report.answers {
        feed(question.as_bytes());
        feed(&[b'=', *level, b';']);
    }
    format!("r{hash:016x}")
}

impl HistoryEntry {
    pub fn new(report: ReportV1, origin: EntryOrigin, saved_at: DateTime<Utc>) -> HistoryEntry {
        HistoryEntry {
            id: fingerprint(&report),
            name: String::new(),
            saved_at,
            origin,
            report,
        }
    }

    /// The moment the result stands for: its completion, else its export.
    pub fn taken_at(&self) -> DateTime<Utc> {
        self.report.completed_at.unwrap_or(self.report.exported_at)
    }
}

/// The entries, oldest result first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    entries: Vec<HistoryEntry>,
}

impl History {
    pub fn entries(&self) -> &[HistoryEntry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&HistoryEntry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// Adds `entry` in date order; false when the same result is already there (it is kept
    /// as it was, name included).
    pub fn add(&mut self, entry: HistoryEntry) -> bool {
        if self.get(&entry.id).is_some() {
            return false;
        }
        let at = self
            .entries
            .partition_point(|existing| existing.taken_at() <= entry.taken_at());
        self.entries.insert(at, entry);
        true
    }

    /// Keeps the person's current result: adds it, or updates the entry of the same result
    /// (its ROI estimate may have changed since), keeping the entry's name. False when nothing
    /// changed, so the caller can skip a write.
    pub fn record(&mut self, entry: HistoryEntry) -> bool {
        if self.holds(&entry) {
            return false;
        }
        match self
            .entries
            .iter_mut()
            .find(|existing| existing.id == entry.id)
        {
            None => self.add(entry),
            Some(existing) => {
                existing.report = entry.report;
                true
            }
        }
    }

    /// Whether `entry`'s result is here as it is now, so `record` would change nothing. The
    /// export time changes with every build of a report; it is no change.
    pub fn holds(&self, entry: &HistoryEntry) -> bool {
        self.get(&entry.id).is_some_and(|existing| {
            ReportV1 {
                exported_at: existing.report.exported_at,
                ..entry.report.clone()
            } == existing.report
        })
    }

    /// Sets an entry's label, cleaned of control characters and cut to `MAX_NAME_CHARS`.
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        match self.entries.iter_mut().find(|entry| entry.id == id) {
            Some(entry) => {
                entry.name = clean_text(name, MAX_NAME_CHARS);
                true
            }
            None => false,
        }
    }

    /// Takes an entry out, for an undo that puts it back with `add`.
    pub fn remove(&mut self, id: &str) -> Option<HistoryEntry> {
        let index = self.entries.iter().position(|entry| entry.id == id)?;
        Some(self.entries.remove(index))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Adds every imported report not already there; nothing is overwritten.
    pub fn import(&mut self, reports: Vec<NamedReport>, now: DateTime<Utc>) -> ImportSummary {
        let mut summary = ImportSummary::default();
        for named in reports {
            let migrated = named.imported.migration.is_some();
            let older = named.imported.older_questionnaire.is_some();
            let mut entry = HistoryEntry::new(named.imported.report, EntryOrigin::Imported, now);
            entry.name = clean_text(&named.name, MAX_NAME_CHARS);
            if self.add(entry) {
                summary.added += 1;
                summary.migrated += usize::from(migrated);
                summary.older_questionnaire += usize::from(older);
            } else {
                summary.duplicates += 1;
            }
        }
        summary
    }
}

/// What an import did, for the message to the person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    /// Already in the history, so left as they were.
    pub duplicates: usize,
    /// Of the added, how many came from an earlier version of the format.
    pub migrated: usize,
    /// Of the added, how many were answered on an earlier questionnaire (questions were added
    /// or changed since; they count as unanswered).
    pub older_questionnaire: usize,
}

impl HistoryEntry {
    pub(crate) fn to_json_value(&self) -> Json {
        Json::object([
            ("id", Json::string(&self.id)),
            ("name", Json::string(&self.name)),
            ("saved_at", timestamp_json(self.saved_at)),
            ("origin", Json::string(self.origin.id())),
            ("report", self.report.to_json_value()),
        ])
    }

    fn from_json(value: &Json) -> Result<HistoryEntry, WrongShape> {
        let names = &["id", "name", "saved_at", "origin", "report"];
        let fields = Fields::of(value, names, &["name"])?;
        Ok(HistoryEntry {
            id: fields.required("id")?.read_string()?,
            name: fields
                .get("name")?
                .map_or(Ok(String::new()), Json::read_string)?,
            saved_at: read_timestamp(fields.required("saved_at")?)?,
            origin: EntryOrigin::from_id(fields.required("origin")?.read_variant()?)
                .ok_or(WrongShape)?,
            report: ReportV1::from_json(fields.required("report")?)?,
        })
    }
}

/// The stored text of `history` (version 1): `{"version":1,"entries":[…]}`, compact, each entry
/// `id`, `name`, `saved_at`, `origin` (`completed` or `imported`) and `report` (as exported).
pub fn encode(history: &History) -> String {
    Json::object([
        ("version", Json::unsigned(HISTORY_VERSION)),
        (
            "entries",
            Json::list(&history.entries, HistoryEntry::to_json_value),
        ),
    ])
    .to_text()
}

/// How many results a stored history value holds, read without decoding them: what the intro
/// shows before the history itself is opened. 0 for a value it cannot read.
pub fn count_entries(raw: &str) -> usize {
    // Counted by `core::json` without building the entries: the intro shows it before the
    // later screens' chunk, which reads the history, has arrived.
    Json::count_items(raw, "entries").unwrap_or(0)
}

/// The `version` of a stored history, read before choosing how to decode the rest.
fn stored_version(stored: &Json) -> Result<u32, DecodeError> {
    Fields::of(stored, &["version"], &[])
        .and_then(|fields| fields.required("version")?.read_unsigned())
        .map_err(|_| DecodeError::Unreadable)
}

/// Reads the stored history. Our own writes are trusted for shape (no re-validation, so 500
/// entries open fast); anything else is unreadable and must be kept aside, never overwritten.
/// Results answered on an earlier questionnaire are brought to the current one (see
/// [`migrated_entry`]); the stored value itself changes only with the next history change.
pub fn decode(raw: &str) -> Result<History, DecodeError> {
    let mut history = History::default();
    for entry in stored_entries(raw)? {
        history.add(migrated_entry(entry));
    }
    Ok(history)
}

/// The entries of a stored history as they are stored, read as serde's derived readers read
/// them (see `core::json`'s module comment for where this reading differs).
pub(crate) fn stored_entries(raw: &str) -> Result<Vec<HistoryEntry>, DecodeError> {
    let stored = Json::parse(raw).ok_or(DecodeError::Unreadable)?;
    match stored_version(&stored)? {
        1 => Fields::of(&stored, &["version", "entries"], &[])
            .and_then(|fields| {
                fields
                    .required("entries")?
                    .read_list(HistoryEntry::from_json)
            })
            .map_err(|_| DecodeError::Unreadable),
        newer if newer > HISTORY_VERSION => Err(DecodeError::NewerVersion(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

/// An entry in the current questionnaire's terms: its report rebuilt from the migrated answers
/// (see `import::current_questionnaire`) and its id, a fingerprint of the answers, taken anew,
/// so importing the original file again finds it. Its name, origin and date stay. An entry that
/// cannot be rebuilt (which this widget never writes) is kept as it is rather than lost.
fn migrated_entry(entry: HistoryEntry) -> HistoryEntry {
    if entry.report.questionnaire_version >= super::questionnaire::QUESTIONNAIRE_VERSION {
        return entry;
    }
    match current_questionnaire(entry.report.clone()) {
        Ok(imported) => HistoryEntry {
            id: fingerprint(&imported.report),
            report: imported.report,
            ..entry
        },
        Err(_) => entry,
    }
}

/// "Export everything": every entry's name and report, oldest first.
pub fn bundle_json(history: &History, exported_at: DateTime<Utc>) -> String {
    let entries = Json::list(&history.entries, |entry| {
        Json::object([
            ("name", Json::string(&entry.name)),
            ("report", entry.report.to_json_value()),
        ])
    });
    Json::object([
        ("schema", Json::string(BUNDLE_SCHEMA)),
        ("schema_version", Json::unsigned(BUNDLE_SCHEMA_VERSION)),
        ("widget_version", Json::string(WIDGET_VERSION)),
        ("exported_at", timestamp_json(exported_at)),
        ("entries", entries),
    ])
    .to_pretty_text()
}

/// One report ready to go into the history, with the label it came with.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedReport {
    pub name: String,
    pub imported: ImportedReport,
}

/// Reads a file brought in: a single exported report or an "export everything" bundle. A
/// bundle is taken whole or not at all: one bad report rejects the file. `purpose` says how much
/// of each report is computed anew (see [`ImportPurpose`]).
pub fn read_import(purpose: ImportPurpose, bytes: &[u8]) -> Result<Vec<NamedReport>, ImportError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    let value =
        Json::parse_as_value(text.trim_start_matches('\u{feff}')).ok_or(ImportError::NotJson)?;
    if value.get("schema").and_then(Json::as_str) != Some(BUNDLE_SCHEMA) {
        // A single report, with its own, smaller size limit, read as `import_report` reads one
        // (which takes one byte order mark, not several), from the value already parsed: a
        // roll-up of a thousand files would otherwise parse each twice.
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: bytes.len() });
        }
        if text.starts_with("\u{feff}\u{feff}") {
            return Err(ImportError::NotJson);
        }
        return report_from_value(purpose, value).map(|imported| {
            vec![NamedReport {
                name: String::new(),
                imported,
            }]
        });
    }
    match value.get("schema_version").and_then(Json::as_u64) {
        Some(1) => {}
        Some(newer) if newer > u64::from(BUNDLE_SCHEMA_VERSION) => {
            return Err(ImportError::NewerVersion(
                u32::try_from(newer).unwrap_or(u32::MAX),
            ))
        }
        _ => return Err(ImportError::NotOurFormat),
    }
    let Some(Json::Array(entries)) = value.get("entries") else {
        return Err(ImportError::NotOurFormat);
    };
    entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let name = match entry.get("name") {
                None | Some(Json::Null) => String::new(),
                Some(Json::String(name)) => name.clone(),
                Some(_) => return Err(ImportError::NotOurFormat),
            };
            let report = entry
                .get("report")
                .cloned()
                .ok_or(ImportError::NotOurFormat)?;
            let imported = report_from_value(purpose, report).map_err(|error| match error {
                ImportError::OutOfRange(path) => {
                    ImportError::OutOfRange(format!("entries[{index}].report.{path}"))
                }
                other => other,
            })?;
            Ok(NamedReport { name, imported })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{import_report, Migration};
    use crate::test_support::{at, completed};
    use serde_json::Value;

    fn report(level: u8, completed_at: i64) -> ReportV1 {
        ReportV1::build(
            &completed(|_| level, completed_at),
            "en",
            at(completed_at + 10),
        )
    }

    fn entry(level: u8, completed: i64) -> HistoryEntry {
        HistoryEntry::new(
            report(level, completed),
            EntryOrigin::Completed,
            at(completed),
        )
    }

    #[test]
    fn entries_stay_in_date_order_and_the_same_result_is_kept_once() {
        let mut history = History::default();
        assert!(history.add(entry(2, 3_000)));
        assert!(history.add(entry(1, 1_000)));
        assert!(history.add(entry(3, 2_000)));
        assert!(!history.add(entry(1, 1_000)), "the same result twice");
        let levels: Vec<Option<u8>> = history
            .entries()
            .iter()
            .map(|entry| entry.report.scores.level)
            .collect();
        assert_eq!(levels, [Some(1), Some(3), Some(2)]);
        assert_ne!(entry(1, 1_000).id, entry(1, 1_001).id);
        assert_ne!(entry(1, 1_000).id, entry(2, 1_000).id);
    }

    #[test]
    fn recording_the_current_result_adds_it_once_and_updates_its_roi() {
        let mut history = History::default();
        assert!(history.record(entry(2, 1_000)));
        history.rename(&entry(2, 1_000).id, "Pilot");
        let mut later = entry(2, 1_000);
        later.report.exported_at = at(9_999);
        assert!(
            !history.record(later.clone()),
            "only the export time differs"
        );
        later.report.roi.as_mut().unwrap().horizon_months = 24;
        assert!(history.record(later));
        assert_eq!(history.entries().len(), 1);
        let kept = &history.entries()[0];
        assert_eq!(
            (
                kept.name.as_str(),
                kept.report.roi.as_ref().unwrap().horizon_months
            ),
            ("Pilot", 24)
        );
    }

    #[test]
    fn rename_remove_undo_and_clear() {
        let mut history = History::default();
        let first = entry(1, 1_000);
        let id = first.id.clone();
        history.add(first);
        history.add(entry(2, 2_000));
        assert!(history.rename(&id, "  Team A\u{0007}, <b>Q1</b>  "));
        assert_eq!(history.get(&id).unwrap().name, "Team A, <b>Q1</b>");
        assert!(history.rename(&id, &"x".repeat(500)));
        assert_eq!(
            history.get(&id).unwrap().name.chars().count(),
            MAX_NAME_CHARS
        );
        assert!(!history.rename("nope", "x"));
        let removed = history.remove(&id).unwrap();
        assert_eq!(history.entries().len(), 1);
        history.add(removed.clone());
        assert_eq!(
            history.get(&id),
            Some(&removed),
            "undo puts it back as it was"
        );
        history.clear();
        assert!(history.is_empty());
    }

    #[test]
    fn stored_results_are_counted_without_decoding_them() {
        let mut history = History::default();
        history.add(entry(1, 1_000));
        history.add(entry(3, 2_000));
        assert_eq!(count_entries(&encode(&history)), 2);
        assert_eq!(count_entries(r#"{"version":1,"entries":[]}"#), 0);
        for unreadable in [
            "",
            "[]",
            r#"{"version":1,"entries":[{"#,
            r#"{"entries":"x"}"#,
        ] {
            assert_eq!(count_entries(unreadable), 0, "{unreadable}");
        }
    }

    #[test]
    fn the_stored_history_round_trips_and_guards_newer_and_broken_values() {
        let mut history = History::default();
        history.add(entry(1, 1_000));
        history.add(entry(3, 2_000));
        history.rename(&entry(3, 2_000).id, "After the pilot");
        assert_eq!(decode(&encode(&history)), Ok(history));
        assert_eq!(
            decode(r#"{"version":2,"entries":[]}"#),
            Err(DecodeError::NewerVersion(2))
        );
        for broken in [
            "",
            "[]",
            r#"{"version":1}"#,
            r#"{"version":1,"entries":[{"id":5}]}"#,
            r#"{"version":0,"entries":[]}"#,
        ] {
            assert_eq!(decode(broken), Err(DecodeError::Unreadable), "{broken}");
        }
    }

    #[test]
    fn a_bundle_moves_the_whole_history_with_its_names() {
        let mut history = History::default();
        history.add(entry(1, 1_000));
        history.add(entry(2, 2_000));
        history.rename(&entry(2, 2_000).id, "Q2");
        let bundle = bundle_json(&history, at(5_000));
        let reports = read_import(ImportPurpose::Keep, bundle.as_bytes()).unwrap();
        assert_eq!(reports.len(), 2);
        let mut elsewhere = History::default();
        let summary = elsewhere.import(reports.clone(), at(6_000));
        assert_eq!(
            (summary.added, summary.duplicates, summary.migrated),
            (2, 0, 0)
        );
        assert_eq!(elsewhere.entries()[1].name, "Q2");
        assert_eq!(elsewhere.entries()[1].report, history.entries()[1].report);
        let again = elsewhere.import(reports, at(7_000));
        assert_eq!(
            (again.added, again.duplicates),
            (0, 2),
            "nothing is overwritten"
        );
    }

    #[test]
    fn a_single_report_imports_and_an_old_one_is_migrated() {
        let single = report(2, 1_000).to_json();
        let reports = read_import(ImportPurpose::Keep, single.as_bytes()).unwrap();
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0].imported.migration, None);
        let mut old: Value = serde_json::from_str(&single).unwrap();
        old.as_object_mut().unwrap().remove("roi");
        let reports = read_import(ImportPurpose::Keep, old.to_string().as_bytes()).unwrap();
        assert_eq!(reports[0].imported.migration, Some(Migration::WithoutRoi));
        let mut history = History::default();
        assert_eq!(history.import(reports, at(2_000)).migrated, 1);
    }

    #[test]
    fn a_single_report_reads_as_import_report_reads_it() {
        // One byte order mark is taken; a second is not JSON, for a report as for
        // `import_report`, while a bundle takes any number.
        let single = report(2, 1_000).to_json();
        let texts = [
            single.clone(),
            format!("\u{feff}{single}"),
            format!("\u{feff}\u{feff}{single}"),
            format!(" \u{feff}{single}"),
            single.replace("\"schema_version\": 1", "\"schema_version\": 9"),
            single.replace("\"level\": ", "\"level\": 99, \"level\": "),
        ];
        assert!(texts.iter().skip(1).all(|text| *text != single));
        for text in texts {
            let read = read_import(ImportPurpose::RollUp, text.as_bytes());
            let imported = import_report(ImportPurpose::RollUp, text.as_bytes());
            assert_eq!(
                read.map(|mut reports| reports.remove(0).imported),
                imported,
                "{text}"
            );
        }
    }

    /// `report`'s JSON as questionnaire version 1 wrote it: no change-management answers.
    fn as_version_1(report: &ReportV1) -> Value {
        let mut value: Value = serde_json::from_str(&report.to_json()).unwrap();
        value["questionnaire_version"] = Value::from(1);
        let answers = value["answers"].as_object_mut().unwrap();
        answers.remove("job_concerns");
        answers.remove("enthusiasts");
        value
    }

    #[test]
    fn a_stored_version_1_history_opens_in_todays_terms_and_keeps_its_names() {
        let old = report(2, 1_000);
        let mut stored_entry: Value =
            serde_json::from_str(&entry(2, 1_000).to_json_value().to_text()).unwrap();
        stored_entry["report"] = as_version_1(&old);
        stored_entry["report"]["answers"]["reviews"] = Value::from(2); // "about once a year"
        stored_entry["name"] = Value::from("Before the pilot");
        let stored = serde_json::json!({"version": 1, "entries": [stored_entry]}).to_string();
        let history = decode(&stored).unwrap();
        let [kept] = history.entries() else {
            panic!("{:?}", history.entries());
        };
        assert_eq!(kept.name, "Before the pilot");
        assert_eq!(kept.report.questionnaire_version, 2);
        assert_eq!(kept.report.answers.get("reviews"), Some(&1));
        assert_eq!(kept.report.answers.get("job_concerns"), None);
        assert_eq!(kept.id, fingerprint(&kept.report));
        assert!(kept.report.scores.level.is_some());
        // The original file imported again is the same result, not a second one.
        let mut again = history.clone();
        let file = stored_entry["report"].to_string();
        let reports = read_import(ImportPurpose::Keep, file.as_bytes()).unwrap();
        assert_eq!(reports[0].imported.older_questionnaire, Some(1));
        let summary = again.import(reports, at(9_000));
        assert_eq!((summary.added, summary.duplicates), (0, 1));
        // Today's entries are left alone.
        let current = entry(3, 2_000);
        assert_eq!(migrated_entry(current.clone()), current);
    }

    #[test]
    fn an_import_counts_the_results_answered_on_an_earlier_questionnaire() {
        let mut history = History::default();
        let old = as_version_1(&report(1, 1_000)).to_string();
        let new = report(2, 2_000).to_json();
        let mut reports = read_import(ImportPurpose::Keep, old.as_bytes()).unwrap();
        reports.extend(read_import(ImportPurpose::Keep, new.as_bytes()).unwrap());
        let summary = history.import(reports, at(3_000));
        assert_eq!(
            (summary.added, summary.older_questionnaire, summary.migrated),
            (2, 1, 0)
        );
    }

    #[test]
    fn a_bundle_with_one_bad_report_is_refused_whole() {
        let mut history = History::default();
        history.add(entry(1, 1_000));
        history.add(entry(2, 2_000));
        let mut bundle: Value = serde_json::from_str(&bundle_json(&history, at(3_000))).unwrap();
        bundle["entries"][1]["report"]["answers"]["tool_usage"] = Value::from(9);
        assert_eq!(
            read_import(ImportPurpose::Keep, bundle.to_string().as_bytes()),
            Err(ImportError::OutOfRange(
                "entries[1].report.answers.tool_usage".into()
            ))
        );
        bundle["schema_version"] = Value::from(2);
        assert_eq!(
            read_import(ImportPurpose::Keep, bundle.to_string().as_bytes()),
            Err(ImportError::NewerVersion(2))
        );
        bundle["schema_version"] = Value::from(1);
        bundle["entries"] = Value::from("not a list");
        assert_eq!(
            read_import(ImportPurpose::Keep, bundle.to_string().as_bytes()),
            Err(ImportError::NotOurFormat)
        );
        assert_eq!(
            read_import(ImportPurpose::Keep, b"{\"schema\":"),
            Err(ImportError::NotJson)
        );
        let huge = vec![b' '; MAX_BUNDLE_BYTES + 1];
        assert!(matches!(
            read_import(ImportPurpose::Keep, &huge),
            Err(ImportError::TooLarge { .. })
        ));
        let large_single = format!("{}{}", " ".repeat(MAX_IMPORT_BYTES), report(1, 1).to_json());
        assert!(matches!(
            read_import(ImportPurpose::Keep, large_single.as_bytes()),
            Err(ImportError::TooLarge { .. })
        ));
    }
}
