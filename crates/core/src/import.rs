//! Reading a result file a person brings back in: one of our exported reports, checked and
//! migrated, or the precise reason it cannot be used.
//!
//! A file picked or dropped may be anything: another program's JSON, a damaged download, a
//! report edited by hand, or something built to hurt. The checks run in a fixed order (size,
//! JSON, format and version, value ranges, types, free text) and the first failure is the
//! answer, so the same file always gives the same error. What passes is rebuilt the way the
//! widget builds a report: scores, recommendations and the ROI estimate are computed anew from
//! the checked answers and inputs, so a tampered number never shows. Files from before the ROI
//! estimate existed still import, marked with a [`Migration`]; files answered on an earlier
//! questionnaire have their answers carried over by `questionnaire::migrate_answer` (an answer
//! whose meaning was split is left out, and questions added since are unanswered), and say so
//! in `ImportedReport::older_questionnaire`.
//!
//! What it deliberately does not do: read files or touch the browser (the edge hands it bytes),
//! turn errors into words (`ImportError::text_key` names the message in the content files), or
//! repair a damaged report. Stored progress is repaired because it is the person's own work in
//! progress; a report is a record of a result, and a repaired one would show a result nobody
//! had, so any value out of range rejects the whole file. Only free text is cleaned instead of
//! rejected.

use std::fmt;

use super::answers::Answers;
use super::json::Json;
use super::locale::Currency;
use super::ordered::SortedMap;
use super::progress::Progress;
use super::questionnaire::{migrate_answer, question_by_id, MAX_LEVEL, QUESTIONNAIRE_VERSION};
use super::report::{ReportV1, RoiReport, REPORT_SCHEMA, REPORT_SCHEMA_VERSION};
use super::roi::{Horizon, RoiField, RoiInputs, UseCase, FIELDS};
use super::scoring::LEVEL_THRESHOLDS;
use crate::lang::Lang;

/// Files larger than this are refused before parsing (our reports are about 10 KB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// More use cases than this are not a report anyone typed in.
pub const MAX_USE_CASES: usize = 50;

/// Use-case names are cut to this many characters (Unicode scalar values).
pub const MAX_USE_CASE_NAME_CHARS: usize = 120;

/// The widget writes its Cargo version here; anything longer is not ours.
pub const MAX_WIDGET_VERSION_CHARS: usize = 32;

/// Keys echoed in an error's path are cut to this many characters, so a hostile key cannot
/// flood the message.
const MAX_PATH_KEY_CHARS: usize = 40;

/// Why a file cannot be imported. The first failing check decides.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not parsed.
    TooLarge { bytes: usize },
    /// Not UTF-8, not JSON, truncated, nested deeper than 128 levels (serde_json's limit), or
    /// holding a number beyond what a 64-bit float can hold (such as `1e400`, refused while
    /// parsing, as serde_json did).
    NotJson,
    /// JSON, but not an object with schema `ai-maturity-check/report` and a valid
    /// `schema_version`, or with a part of the wrong type.
    NotOurFormat,
    /// Written by a newer widget (this `schema_version`, above [`REPORT_SCHEMA_VERSION`]).
    NewerVersion(u32),
    /// A value outside what the widget writes, at this JSON path (`answers.tool_usage`,
    /// `roi.inputs[3].value`).
    OutOfRange(String),
}

impl ImportError {
    /// Every key [`ImportError::text_key`] returns, for the content tests.
    pub const TEXT_KEYS: [&'static str; 5] = [
        "import.error.too_large",
        "import.error.not_json",
        "import.error.not_our_format",
        "import.error.newer_version",
        "import.error.out_of_range",
    ];

    /// The content key of the message shown to the person.
    pub fn text_key(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "import.error.too_large",
            ImportError::NotJson => "import.error.not_json",
            ImportError::NotOurFormat => "import.error.not_our_format",
            ImportError::NewerVersion(_) => "import.error.newer_version",
            ImportError::OutOfRange(_) => "import.error.out_of_range",
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes, more than the {MAX_IMPORT_BYTES} a report may have"
            ),
            ImportError::NotJson => write!(f, "the file is not readable JSON"),
            ImportError::NotOurFormat => {
                write!(
                    f,
                    "the file is not an AI-maturity report this widget can read"
                )
            }
            ImportError::NewerVersion(version) => write!(
                f,
                "the report has schema version {version}, newer than {REPORT_SCHEMA_VERSION}"
            ),
            ImportError::OutOfRange(path) => {
                write!(f, "the value at {path} is outside what the widget writes")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// How an imported report was brought up to the current form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Migration {
    /// A report exported before the widget had the ROI estimate (schema_version 1 without `roi`).
    WithoutRoi,
}

/// A report that passed every check, with its derived parts computed anew.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedReport {
    /// In the current questionnaire's terms (`questionnaire_version` is the current one).
    pub report: ReportV1,
    pub migration: Option<Migration>,
    /// The questionnaire version the file was answered on, when older than the current one:
    /// questions were added or changed since, and count as unanswered in it.
    pub older_questionnaire: Option<u32>,
}

/// What an imported report is for, which decides how much of it is computed anew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportPurpose {
    /// Kept in the history and shown: rebuilt whole, its ROI estimate (with the simulation and
    /// the sensitivity) computed anew from its inputs.
    Keep,
    /// Rolled up with a team's reports: answers, scores and recommendations. Its ROI part is
    /// checked as on any import (a bad one refuses the file) but left out of the rebuilt
    /// report, because the roll-up never reads it and estimating it is most of an import's
    /// work.
    RollUp,
}

/// Size check, then parse, then [`report_from_value`].
pub fn import_report(purpose: ImportPurpose, bytes: &[u8]) -> Result<ImportedReport, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    // Some editors save UTF-8 with a byte order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // `core::json` stops at 128 levels of nesting with an error, so deep files cannot exhaust
    // the stack, and refuses numbers beyond f64 instead of reading them as infinity.
    let value = Json::parse_as_value(text).ok_or(ImportError::NotJson)?;
    report_from_value(purpose, value)
}

/// The checks and the migration on an already parsed value, as [`Json::parse_as_value`] reads
/// one (reused when a whole history bundle is imported).
pub fn report_from_value(
    purpose: ImportPurpose,
    value: Json,
) -> Result<ImportedReport, ImportError> {
    check_schema(&value)?;
    check_integers(&value)?;
    let report = ReportV1::from_json(&value).map_err(|_| ImportError::NotOurFormat)?;
    rebuild(purpose, report)
}

/// A report this widget wrote (kept in the stored history) brought to the current
/// questionnaire: rebuilt as an import would, so its answers, scores and recommendations are in
/// today's terms. Reports of the current questionnaire come back as they are.
pub fn current_questionnaire(report: ReportV1) -> Result<ImportedReport, ImportError> {
    if report.questionnaire_version >= QUESTIONNAIRE_VERSION {
        return Ok(ImportedReport {
            report,
            migration: None,
            older_questionnaire: None,
        });
    }
    rebuild(ImportPurpose::Keep, report)
}

/// An object whose `schema` is ours and whose `schema_version` this widget reads.
fn check_schema(value: &Json) -> Result<(), ImportError> {
    value.members().ok_or(ImportError::NotOurFormat)?;
    if value.get("schema").and_then(Json::as_str) != Some(REPORT_SCHEMA) {
        return Err(ImportError::NotOurFormat);
    }
    match value.get("schema_version").and_then(Json::as_u64) {
        None | Some(0) => Err(ImportError::NotOurFormat),
        Some(version) if version > u64::from(REPORT_SCHEMA_VERSION) => Err(
            ImportError::NewerVersion(u32::try_from(version).unwrap_or(u32::MAX)),
        ),
        Some(_) => Ok(()),
    }
}

/// The whole-number fields, checked on the parsed value before types: a number that does not
/// fit (a level of 4, 300, -1, 2.5 or 1e308) is out of range at its path, not a wrong type.
/// Values that are not numbers at all are left for `ReportV1::from_json` to reject. Unknown
/// question ids are checked here too, beside their levels.
fn check_integers(value: &Json) -> Result<(), ImportError> {
    let max_version = u64::from(QUESTIONNAIRE_VERSION);
    check_integer(
        value.get("questionnaire_version"),
        || "questionnaire_version".to_owned(),
        |version| (1..=max_version).contains(&version),
    )?;
    if let Some(Json::Object(answers)) = value.get("answers") {
        for (id, level) in answers {
            let path = || format!("answers.{}", path_key(id));
            if question_by_id(id).is_none() {
                return Err(ImportError::OutOfRange(path()));
            }
            check_integer(Some(level), path, |level| level <= u64::from(MAX_LEVEL))?;
        }
    }
    if let Some(scores) = value.get("scores") {
        check_integer(
            scores.get("overall"),
            || "scores.overall".to_owned(),
            |score| score <= 100,
        )?;
        let max_level = LEVEL_THRESHOLDS.len() as u64;
        check_integer(
            scores.get("level"),
            || "scores.level".to_owned(),
            |level| level <= max_level,
        )?;
        if let Some(Json::Object(areas)) = scores.get("areas") {
            for (id, score) in areas {
                let path = || format!("scores.areas.{}", path_key(id));
                check_integer(Some(score), path, |score| score <= 100)?;
            }
        }
    }
    if let Some(roi) = value.get("roi") {
        check_integer(
            roi.get("horizon_months"),
            || "roi.horizon_months".to_owned(),
            |months| horizon(months).is_some(),
        )?;
    }
    Ok(())
}

/// Out of range, at the path `path` writes (only then: most values pass), when `value` is a
/// number that is not an unsigned integer `allowed` accepts.
fn check_integer(
    value: Option<&Json>,
    path: impl FnOnce() -> String,
    allowed: impl Fn(u64) -> bool,
) -> Result<(), ImportError> {
    match value {
        Some(number @ Json::Number(_)) if !number.as_u64().is_some_and(allowed) => {
            Err(ImportError::OutOfRange(path()))
        }
        _ => Ok(()),
    }
}

fn horizon(months: u64) -> Option<Horizon> {
    Horizon::ALL
        .into_iter()
        .find(|horizon| u64::from(horizon.months()) == months)
}

/// A key as it appears in an error's path: cleaned and shortened.
fn path_key(key: &str) -> String {
    clean_text(key, MAX_PATH_KEY_CHARS)
}

/// The typed checks, then the report rebuilt from what passed.
fn rebuild(purpose: ImportPurpose, report: ReportV1) -> Result<ImportedReport, ImportError> {
    let language = Lang::from_tag(&report.language).ok_or_else(|| out_of_range("language"))?;
    let version = &report.widget_version;
    if version.chars().count() > MAX_WIDGET_VERSION_CHARS || version.chars().any(char::is_control) {
        return Err(out_of_range("widget_version"));
    }
    let answered_on = report.questionnaire_version;
    let mut answers = Answers::default();
    for (id, level) in report.answers {
        match migrate_answer(answered_on, &id, level) {
            Some(level) => answers.set(&id, level),
            // An earlier questionnaire's answer whose meaning was split: left unanswered.
            None if answered_on < QUESTIONNAIRE_VERSION => {}
            // Unreachable after `check_integers`; kept so no path can drop an answer silently.
            None => return Err(out_of_range("answers")),
        }
    }
    let roi = report.roi.map(checked_roi).transpose()?;

    let mut progress = Progress {
        answers,
        started_at: report.started_at,
        completed_at: report.completed_at,
        ..Progress::default()
    };
    if let Some(roi) = &roi {
        progress.roi = roi.inputs.clone();
        progress.currency = roi.currency;
    }
    let mut rebuilt = ReportV1::build_without_roi(&progress, language.code(), report.exported_at);
    rebuilt.widget_version = report.widget_version;
    let migration = match roi {
        Some(roi) => {
            if purpose == ImportPurpose::Keep {
                let mut rebuilt_roi = RoiReport::build(&progress);
                for record in &mut rebuilt_roi.inputs {
                    if let Some(source) = roi.sources.get(&record.field) {
                        record.source.clone_from(source);
                    }
                }
                rebuilt.roi = Some(rebuilt_roi);
            }
            None
        }
        None => Some(Migration::WithoutRoi),
    };
    Ok(ImportedReport {
        report: rebuilt,
        migration,
        older_questionnaire: (answered_on < QUESTIONNAIRE_VERSION).then_some(answered_on),
    })
}

fn out_of_range(path: &str) -> ImportError {
    ImportError::OutOfRange(path.to_owned())
}

/// What the ROI part of a report contributes to the rebuilt report: the inputs as the widget
/// holds them, the currency, and each input's source as exported.
struct CheckedRoi {
    inputs: RoiInputs,
    currency: Currency,
    sources: SortedMap<RoiField, String>,
}

/// Checks the ROI part. Every field must be listed once, within its range, with a source the
/// widget writes. Hours saved is the exception when use cases are present: the widget derives
/// it from them (it may then exceed its field's range, which the estimate reports as an error),
/// so it is computed anew from the checked use cases rather than checked.
fn checked_roi(roi: RoiReport) -> Result<CheckedRoi, ImportError> {
    let horizon =
        horizon(u64::from(roi.horizon_months)).ok_or_else(|| out_of_range("roi.horizon_months"))?;
    let use_cases = roi.use_cases.map(checked_use_cases).transpose()?;

    let mut entered = SortedMap::new();
    let mut sources = SortedMap::new();
    for (index, record) in roi.inputs.into_iter().enumerate() {
        let path = |part: &str| ImportError::OutOfRange(format!("roi.inputs[{index}].{part}"));
        if sources.contains_key(&record.field) {
            return Err(path("field"));
        }
        let from_use_cases = record.field == RoiField::HoursSavedPerWeek && use_cases.is_some();
        if !source_is_valid(&record.source, from_use_cases) {
            return Err(path("source"));
        }
        let spec = record.field.spec();
        let in_range = record.value >= spec.min && record.value <= spec.max;
        if !record.value.is_finite() || !(in_range || from_use_cases) {
            return Err(path("value"));
        }
        if !from_use_cases {
            entered.insert(record.field, record.value);
        }
        sources.insert(record.field, record.source);
    }
    if FIELDS.iter().any(|spec| !sources.contains_key(&spec.field)) {
        return Err(out_of_range("roi.inputs"));
    }

    // Replaced below by the estimate computed anew. Neither JSON nor a parsed `Json` value can
    // hold NaN or infinity, so these only guard the rule should the reader ever accept one.
    finite(roi.sensitivity_step_pct, || {
        "roi.sensitivity_step_pct".to_owned()
    })?;
    if let Some(outcome) = &roi.outcome {
        for (name, number) in [
            ("benefit", outcome.benefit),
            ("cost", outcome.cost),
            ("net_benefit", outcome.net_benefit),
            ("roi_pct", outcome.roi_pct),
        ] {
            finite(number, || format!("roi.outcome.{name}"))?;
        }
        for (index, month) in outcome.months.iter().enumerate() {
            let path = |part: &str| format!("roi.outcome.months[{index}].{part}");
            finite(month.cumulative_cost, || path("cumulative_cost"))?;
            finite(month.cumulative_benefit, || path("cumulative_benefit"))?;
        }
    }
    for (index, row) in roi.sensitivity.iter().enumerate() {
        finite(row.roi_low, || format!("roi.sensitivity[{index}].roi_low"))?;
        finite(row.roi_high, || {
            format!("roi.sensitivity[{index}].roi_high")
        })?;
    }

    Ok(CheckedRoi {
        inputs: RoiInputs {
            entered,
            use_cases,
            horizon,
        },
        currency: roi.currency,
        sources,
    })
}

fn finite(number: f64, path: impl FnOnce() -> String) -> Result<(), ImportError> {
    if number.is_finite() {
        Ok(())
    } else {
        Err(ImportError::OutOfRange(path()))
    }
}

/// At most [`MAX_USE_CASES`], each with possible hours and people; names cleaned.
fn checked_use_cases(use_cases: Vec<UseCase>) -> Result<Vec<UseCase>, ImportError> {
    if use_cases.len() > MAX_USE_CASES {
        return Err(out_of_range("roi.use_cases"));
    }
    use_cases
        .into_iter()
        .enumerate()
        .map(|(index, case)| {
            let path =
                |part: &str| ImportError::OutOfRange(format!("roi.use_cases[{index}].{part}"));
            if !UseCase::hours_in_range(case.hours_per_week) {
                return Err(path("hours_per_week"));
            }
            if !UseCase::people_in_range(case.people) {
                return Err(path("people"));
            }
            Ok(UseCase {
                name: clean_text(&case.name, MAX_USE_CASE_NAME_CHARS),
                ..case
            })
        })
        .collect()
}

/// The sources `RoiReport::build` writes: `use_cases` exactly for hours saved built from use
/// cases; otherwise `entered`, `assumption`, `assessment_level` or `seed_<nnn>`.
fn source_is_valid(source: &str, from_use_cases: bool) -> bool {
    if from_use_cases {
        return source == "use_cases";
    }
    match source {
        "entered" | "assumption" | "assessment_level" => true,
        _ => source
            .strip_prefix("seed_")
            .is_some_and(|seed| seed.len() == 3 && seed.bytes().all(|byte| byte.is_ascii_digit())),
    }
}

/// Free text made safe to keep: line breaks and tabs become spaces, other control characters
/// and the bidirectional overrides that could make a name display as something else are
/// removed, the ends are trimmed, and the rest is cut to `max_chars` characters. Markup is left
/// as it is: the widget only ever inserts text as text.
pub fn clean_text(text: &str, max_chars: usize) -> String {
    let cleaned: String = text
        .chars()
        .filter_map(|c| {
            if c.is_control() && c.is_whitespace() {
                Some(' ')
            } else if c.is_control() || is_bidi_control(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect();
    let capped: String = cleaned.trim().chars().take(max_chars).collect();
    capped.trim_end().to_owned()
}

/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::QUESTIONS;
    use crate::test_support::{at, norwegian_report, two_use_cases, varied_progress};
    use serde_json::{json, Value};

    /// A complete assessment with entered ROI values and two use cases.
    fn progress() -> Progress {
        let mut progress = varied_progress();
        progress.roi.entered.insert(RoiField::HourlyCost, 61.5);
        progress.roi.horizon = Horizon::Months24;
        progress.roi.use_cases = Some(two_use_cases());
        progress
    }

    fn report() -> ReportV1 {
        norwegian_report(&progress())
    }

    fn value() -> Value {
        serde_json::from_str(&report().to_json()).unwrap()
    }

    /// `value` as `core::json` reads its text.
    fn as_json(value: &Value) -> Json {
        Json::parse_as_value(&value.to_string()).unwrap()
    }

    fn import_value(value: &Value) -> Result<ImportedReport, ImportError> {
        import_report(ImportPurpose::Keep, value.to_string().as_bytes())
    }

    /// The valid report with one change made to its JSON.
    fn import_changed(change: impl FnOnce(&mut Value)) -> Result<ImportedReport, ImportError> {
        let mut value = value();
        change(&mut value);
        import_value(&value)
    }

    /// The valid report with `pattern` replaced in its JSON text (for what `Value` cannot hold).
    fn import_edited(pattern: &str, replacement: &str) -> Result<ImportedReport, ImportError> {
        let json = report().to_json();
        assert!(json.contains(pattern), "{pattern} not in the report");
        import_report(
            ImportPurpose::Keep,
            json.replacen(pattern, replacement, 1).as_bytes(),
        )
    }

    #[test]
    fn a_report_for_the_roll_up_is_checked_whole_but_not_estimated() {
        let json = report().to_json();
        let kept = import_report(ImportPurpose::Keep, json.as_bytes()).unwrap();
        let rolled = import_report(ImportPurpose::RollUp, json.as_bytes()).unwrap();
        assert!(kept.report.roi.is_some());
        assert_eq!(
            rolled.report.roi, None,
            "the roll-up never reads the ROI estimate"
        );
        assert_eq!(rolled.report.answers, kept.report.answers);
        assert_eq!(rolled.report.scores, kept.report.scores);
        assert_eq!(rolled.report.recommendations, kept.report.recommendations);
        assert_eq!(rolled.migration, None, "its ROI part was there and sound");
        // A bad ROI part still refuses the file.
        let mut value = value();
        value["roi"]["horizon_months"] = json!(13);
        assert_eq!(
            import_report(ImportPurpose::RollUp, value.to_string().as_bytes()),
            refused_at("roi.horizon_months")
        );
    }

    fn refused_at(path: &str) -> Result<ImportedReport, ImportError> {
        Err(ImportError::OutOfRange(path.to_owned()))
    }

    fn input_index(field: RoiField) -> usize {
        FIELDS.iter().position(|spec| spec.field == field).unwrap()
    }

    #[test]
    fn a_valid_report_round_trips_unchanged() {
        let report = report();
        let imported = import_report(ImportPurpose::Keep, report.to_json().as_bytes()).unwrap();
        assert_eq!(imported.migration, None);
        assert_eq!(imported.report, report);
    }

    #[test]
    fn reports_without_use_cases_and_unfinished_ones_round_trip_unchanged() {
        let mut without_use_cases = progress();
        without_use_cases.roi.use_cases = None;
        let mut unfinished = Progress {
            started_at: Some(at(1_795_000_000)),
            ..Progress::default()
        };
        unfinished.answers.set("kpis", 0);
        unfinished
            .roi
            .entered
            .insert(RoiField::RampStartWeeks, 30.0);
        let nothing = Progress::default();
        for progress in [without_use_cases, unfinished, nothing] {
            let report = ReportV1::build(&progress, "en", at(1_795_000_400));
            let imported = import_report(ImportPurpose::Keep, report.to_json().as_bytes()).unwrap();
            assert_eq!(imported.report, report);
        }
    }

    #[test]
    fn use_cases_may_give_more_hours_than_the_field_allows_as_the_widget_writes_them() {
        let mut progress = progress();
        progress.roi.use_cases = Some(vec![UseCase {
            name: "Everything".into(),
            hours_per_week: 168.0,
            people: 1_000.0,
        }]);
        let report = ReportV1::build(&progress, "en", at(1_795_000_400));
        let roi = report.roi.as_ref().unwrap();
        assert!(roi.inputs[input_index(RoiField::HoursSavedPerWeek)].value > 40.0);
        assert_eq!(
            roi.error.as_deref(),
            Some("out_of_range:hours_saved_per_week")
        );
        let imported = import_report(ImportPurpose::Keep, report.to_json().as_bytes()).unwrap();
        assert_eq!(imported.report, report);
    }

    #[test]
    fn an_empty_file_is_not_json() {
        assert_eq!(
            import_report(ImportPurpose::Keep, b""),
            Err(ImportError::NotJson)
        );
        assert_eq!(
            import_report(ImportPurpose::Keep, b"   \n"),
            Err(ImportError::NotJson)
        );
    }

    #[test]
    fn a_truncated_file_is_not_json() {
        let json = report().to_json();
        assert_eq!(
            import_report(ImportPurpose::Keep, &json.as_bytes()[..json.len() / 2]),
            Err(ImportError::NotJson)
        );
        assert_eq!(
            import_report(ImportPurpose::Keep, &json.as_bytes()[..json.len() - 1]),
            Err(ImportError::NotJson)
        );
    }

    #[test]
    fn every_truncation_is_refused_without_panicking() {
        let json = report().to_json();
        for end in 0..json.len() {
            assert!(
                import_report(ImportPurpose::Keep, &json.as_bytes()[..end]).is_err(),
                "{end}"
            );
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_not_json() {
        assert_eq!(
            import_report(ImportPurpose::Keep, &[0xff, 0xfe, 0x00]),
            Err(ImportError::NotJson)
        );
        let mut json = report().to_json().into_bytes();
        let name = json
            .windows(6)
            .position(|window| window == b"Offers")
            .unwrap();
        json[name] = 0xc3; // a lone lead byte inside a string
        assert_eq!(
            import_report(ImportPurpose::Keep, &json),
            Err(ImportError::NotJson)
        );
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let report = report();
        let with_bom = format!("\u{feff}{}", report.to_json());
        assert_eq!(
            import_report(ImportPurpose::Keep, with_bom.as_bytes())
                .unwrap()
                .report,
            report
        );
    }

    #[test]
    fn json_that_is_not_an_object_is_not_our_format() {
        for json in ["[]", "[1, 2]", "null", "42", "\"report\"", "true"] {
            assert_eq!(
                import_report(ImportPurpose::Keep, json.as_bytes()),
                Err(ImportError::NotOurFormat),
                "{json}"
            );
        }
    }

    #[test]
    fn a_wrong_or_missing_schema_is_not_our_format() {
        assert_eq!(
            import_report(ImportPurpose::Keep, b"{}"),
            Err(ImportError::NotOurFormat)
        );
        for schema in [
            json!("ai-maturity-check/progress"),
            json!("AI-MATURITY-CHECK/REPORT"),
            json!(null),
            json!(1),
        ] {
            assert_eq!(
                import_changed(|value| value["schema"] = schema.clone()),
                Err(ImportError::NotOurFormat),
                "{schema}"
            );
        }
        assert_eq!(
            import_changed(|value| {
                value.as_object_mut().unwrap().remove("schema");
            }),
            Err(ImportError::NotOurFormat)
        );
    }

    #[test]
    fn a_schema_version_that_is_no_positive_integer_is_not_our_format() {
        for version in [json!("1"), json!(0), json!(-1), json!(1.5), json!(null)] {
            assert_eq!(
                import_changed(|value| value["schema_version"] = version.clone()),
                Err(ImportError::NotOurFormat),
                "{version}"
            );
        }
        assert_eq!(
            import_changed(|value| {
                value.as_object_mut().unwrap().remove("schema_version");
            }),
            Err(ImportError::NotOurFormat)
        );
    }

    #[test]
    fn a_newer_schema_version_is_named() {
        assert_eq!(
            import_changed(|value| value["schema_version"] = json!(2)),
            Err(ImportError::NewerVersion(2))
        );
        assert_eq!(
            import_changed(|value| value["schema_version"] = json!(5_000_000_000u64)),
            Err(ImportError::NewerVersion(u32::MAX))
        );
    }

    /// A named change to an exported report's JSON.
    type Change = (&'static str, Box<dyn Fn(&mut Value)>);

    #[test]
    fn wrong_types_are_not_our_format() {
        let changes: Vec<Change> = vec![
            (
                "answers as an array",
                Box::new(|value| value["answers"] = json!([["tool_usage", 1]])),
            ),
            (
                "a level as a string",
                Box::new(|value| value["answers"]["tool_usage"] = json!("2")),
            ),
            (
                "language as a number",
                Box::new(|value| value["language"] = json!(47)),
            ),
            (
                "a date that is no date",
                Box::new(|value| value["exported_at"] = json!("yesterday")),
            ),
            (
                "a missing date",
                Box::new(|value| {
                    value.as_object_mut().unwrap().remove("exported_at");
                }),
            ),
            (
                "scores as a number",
                Box::new(|value| value["scores"] = json!(80)),
            ),
            (
                "recommendations as a string",
                Box::new(|value| value["recommendations"] = json!("plan.1")),
            ),
            (
                "an unknown currency",
                Box::new(|value| value["roi"]["currency"] = json!("XBT")),
            ),
            (
                "an unknown ROI field",
                Box::new(|value| value["roi"]["inputs"][0]["field"] = json!("happiness")),
            ),
            (
                "an input value as a string",
                Box::new(|value| value["roi"]["inputs"][0]["value"] = json!("40")),
            ),
            (
                "use cases as an object",
                Box::new(|value| value["roi"]["use_cases"] = json!({"name": "Offers"})),
            ),
        ];
        for (what, change) in changes {
            assert_eq!(
                import_changed(|value| change(value)),
                Err(ImportError::NotOurFormat),
                "{what}"
            );
        }
    }

    #[test]
    fn huge_numbers_are_out_of_range_or_not_json_never_infinite() {
        assert_eq!(
            import_edited("\"tool_usage\": 0", "\"tool_usage\": 1e308"),
            refused_at("answers.tool_usage")
        );
        assert_eq!(
            import_edited("\"tool_usage\": 0", "\"tool_usage\": 1e400"),
            Err(ImportError::NotJson),
            "serde_json refuses numbers beyond f64"
        );
        assert_eq!(
            import_edited("\"value\": 40.0", "\"value\": 1e308"),
            refused_at("roi.inputs[0].value")
        );
        assert_eq!(
            import_edited("\"value\": 40.0", "\"value\": -1e308"),
            refused_at("roi.inputs[0].value")
        );
        assert_eq!(
            import_edited("\"value\": 40.0", "\"value\": 1e400"),
            Err(ImportError::NotJson)
        );
        assert_eq!(
            import_edited("\"horizon_months\": 24", "\"horizon_months\": 1e308"),
            refused_at("roi.horizon_months")
        );
        assert_eq!(
            import_edited("\"people\": 10.0", "\"people\": 1e308"),
            refused_at("roi.use_cases[0].people")
        );
    }

    #[test]
    fn an_unknown_question_is_out_of_range() {
        assert_eq!(
            import_changed(|value| value["answers"]["not_a_question"] = json!(1)),
            refused_at("answers.not_a_question")
        );
        let long_key = format!("<b>{}", "x".repeat(10_000));
        let error = import_changed(|value| value["answers"][&long_key] = json!(1)).unwrap_err();
        let ImportError::OutOfRange(path) = error else {
            panic!("{error:?}");
        };
        assert_eq!(path, format!("answers.<b>{}", "x".repeat(37)));
    }

    #[test]
    fn levels_outside_zero_to_three_are_out_of_range() {
        for level in [json!(4), json!(300), json!(-1), json!(2.5)] {
            assert_eq!(
                import_changed(|value| value["answers"]["kpis"] = level.clone()),
                refused_at("answers.kpis"),
                "{level}"
            );
        }
    }

    #[test]
    fn scores_outside_their_scale_are_out_of_range() {
        assert_eq!(
            import_changed(|value| value["scores"]["overall"] = json!(101)),
            refused_at("scores.overall")
        );
        assert_eq!(
            import_changed(|value| value["scores"]["level"] = json!(4)),
            refused_at("scores.level")
        );
        assert_eq!(
            import_changed(|value| value["scores"]["areas"]["governance"] = json!(101)),
            refused_at("scores.areas.governance")
        );
    }

    #[test]
    fn a_questionnaire_version_outside_the_known_ones_is_out_of_range() {
        for version in [0, QUESTIONNAIRE_VERSION + 1] {
            assert_eq!(
                import_changed(|value| value["questionnaire_version"] = json!(version)),
                refused_at("questionnaire_version")
            );
        }
    }

    #[test]
    fn an_unknown_language_is_out_of_range_and_a_known_tag_is_stored_as_its_code() {
        for language in ["xx", "", "<script>alert(1)</script>", "en<img src=x>"] {
            assert_eq!(
                import_changed(|value| value["language"] = json!(language)),
                refused_at("language"),
                "{language}"
            );
        }
        for (tag, code) in [("en-GB", "en"), ("NB_no", "nb"), ("nn", "nb"), ("de", "de")] {
            let imported = import_changed(|value| value["language"] = json!(tag)).unwrap();
            assert_eq!(imported.report.language, code);
        }
    }

    #[test]
    fn a_widget_version_that_is_too_long_or_holds_control_characters_is_out_of_range() {
        for version in ["9".repeat(33), "0.1.0\u{0}".to_owned()] {
            assert_eq!(
                import_changed(|value| value["widget_version"] = json!(version)),
                refused_at("widget_version")
            );
        }
        let imported = import_changed(|value| value["widget_version"] = json!("0.9.0")).unwrap();
        assert_eq!(imported.report.widget_version, "0.9.0", "kept as written");
    }

    #[test]
    fn roi_inputs_are_checked_against_their_fields() {
        let employees = input_index(RoiField::Employees);
        let adoption = input_index(RoiField::AdoptionPct);
        assert_eq!(
            import_changed(|value| value["roi"]["inputs"][employees]["value"] = json!(0.0)),
            refused_at(&format!("roi.inputs[{employees}].value"))
        );
        assert_eq!(
            import_changed(|value| value["roi"]["inputs"][adoption]["value"] = json!(100.5)),
            refused_at(&format!("roi.inputs[{adoption}].value"))
        );
        assert_eq!(
            import_changed(|value| value["roi"]["inputs"][1]["field"] = json!("employees")),
            refused_at("roi.inputs[1].field"),
            "listed twice"
        );
        assert_eq!(
            import_changed(|value| {
                value["roi"]["inputs"].as_array_mut().unwrap().pop();
            }),
            refused_at("roi.inputs"),
            "one missing"
        );
        assert_eq!(
            import_changed(|value| value["roi"]["horizon_months"] = json!(18)),
            refused_at("roi.horizon_months")
        );
    }

    #[test]
    fn roi_sources_must_be_ones_the_widget_writes() {
        let employees = input_index(RoiField::Employees);
        let hours = input_index(RoiField::HoursSavedPerWeek);
        for source in ["<b>entered</b>", "seed_", "seed_12a", "use_cases", ""] {
            assert_eq!(
                import_changed(|value| value["roi"]["inputs"][employees]["source"] = json!(source)),
                refused_at(&format!("roi.inputs[{employees}].source")),
                "{source}"
            );
        }
        assert_eq!(
            import_changed(|value| value["roi"]["inputs"][hours]["source"] = json!("entered")),
            refused_at(&format!("roi.inputs[{hours}].source")),
            "hours come from the use cases"
        );
        let imported =
            import_changed(|value| value["roi"]["inputs"][employees]["source"] = json!("seed_001"))
                .unwrap();
        assert_eq!(
            imported.report.roi.unwrap().inputs[employees].source,
            "seed_001"
        );
    }

    #[test]
    fn use_cases_are_limited_in_number_and_their_numbers_checked() {
        let case = json!({"name": "Task", "hours_per_week": 1.0, "people": 1.0});
        assert_eq!(
            import_changed(|value| value["roi"]["use_cases"] = json!(vec![case.clone(); 51])),
            refused_at("roi.use_cases")
        );
        assert!(
            import_changed(|value| value["roi"]["use_cases"] = json!(vec![case.clone(); 50]))
                .is_ok()
        );
        assert_eq!(
            import_changed(|value| value["roi"]["use_cases"][1]["hours_per_week"] = json!(-1.0)),
            refused_at("roi.use_cases[1].hours_per_week")
        );
        assert_eq!(
            import_changed(|value| value["roi"]["use_cases"][0]["hours_per_week"] = json!(169.0)),
            refused_at("roi.use_cases[0].hours_per_week")
        );
        assert_eq!(
            import_changed(|value| value["roi"]["use_cases"][0]["people"] = json!(-0.5)),
            refused_at("roi.use_cases[0].people")
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_parsing() {
        let ten_megabytes = vec![b'['; 10 * 1024 * 1024];
        assert_eq!(
            import_report(ImportPurpose::Keep, &ten_megabytes),
            Err(ImportError::TooLarge {
                bytes: 10 * 1024 * 1024
            })
        );
        let one_over = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            import_report(ImportPurpose::Keep, &one_over),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
    }

    #[test]
    fn a_report_padded_to_exactly_the_limit_is_read() {
        let report = report();
        let mut json = report.to_json();
        json.push_str(&" ".repeat(MAX_IMPORT_BYTES - json.len()));
        assert_eq!(json.len(), MAX_IMPORT_BYTES);
        assert_eq!(
            import_report(ImportPurpose::Keep, json.as_bytes())
                .unwrap()
                .report,
            report
        );
    }

    #[test]
    fn deep_nesting_is_not_json() {
        let depth = 10_000;
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(
            import_report(ImportPurpose::Keep, arrays.as_bytes()),
            Err(ImportError::NotJson)
        );
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert_eq!(
            import_report(ImportPurpose::Keep, objects.as_bytes()),
            Err(ImportError::NotJson)
        );
        let inside = report().to_json().replacen(
            "\"answers\": {",
            &format!(
                "\"deep\": {}{}, \"answers\": {{",
                "[".repeat(depth),
                "]".repeat(depth)
            ),
            1,
        );
        assert_eq!(
            import_report(ImportPurpose::Keep, inside.as_bytes()),
            Err(ImportError::NotJson)
        );
        let unclosed = "[".repeat(depth);
        assert_eq!(
            import_report(ImportPurpose::Keep, unclosed.as_bytes()),
            Err(ImportError::NotJson)
        );
    }

    #[test]
    fn unknown_extra_fields_are_accepted_and_dropped() {
        let imported = import_changed(|value| {
            value["mood"] = json!({"nested": [1, 2, {"x": null}]});
            value["scores"]["confidence"] = json!(0.9);
            value["roi"]["notes_by_consultant"] = json!("later widget");
            value["roi"]["inputs"][0]["comment"] = json!("checked");
            value["roi"]["use_cases"][0]["tags"] = json!(["sales"]);
        })
        .unwrap();
        assert_eq!(imported.report, report());
        assert_eq!(imported.migration, None);
    }

    #[test]
    fn hostile_use_case_names_are_kept_as_cleaned_text() {
        let hostile =
            "  <img src=x onerror=alert(1)>\u{0}\u{7}Offers\r\nand\tmore\u{202e}\u{1b}[31m  ";
        let imported =
            import_changed(|value| value["roi"]["use_cases"][0]["name"] = json!(hostile)).unwrap();
        let roi = imported.report.roi.unwrap();
        let names: Vec<&str> = roi
            .use_cases
            .as_ref()
            .unwrap()
            .iter()
            .map(|case| case.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "<img src=x onerror=alert(1)>Offers  and more[31m",
                "Follow-up"
            ]
        );

        let long = "æ".repeat(500);
        let imported =
            import_changed(|value| value["roi"]["use_cases"][1]["name"] = json!(long)).unwrap();
        let name = &imported.report.roi.unwrap().use_cases.unwrap()[1].name;
        assert_eq!(name.chars().count(), MAX_USE_CASE_NAME_CHARS);
        assert_eq!(*name, "æ".repeat(MAX_USE_CASE_NAME_CHARS));
    }

    #[test]
    fn clean_text_trims_removes_controls_and_caps() {
        assert_eq!(clean_text("  plain text  ", 120), "plain text");
        assert_eq!(clean_text("a\u{0}b\u{7f}c\u{85}d", 120), "abc d");
        assert_eq!(clean_text("\u{2066}x\u{2069}", 120), "x");
        assert_eq!(clean_text("abcdef ghi", 7), "abcdef", "no trailing space");
        assert_eq!(clean_text("\n\t\r", 120), "");
        assert_eq!(clean_text("non\u{a0}breaking", 120), "non\u{a0}breaking");
    }

    #[test]
    fn a_report_from_before_the_roi_estimate_is_migrated() {
        let imported = import_changed(|value| {
            value.as_object_mut().unwrap().remove("roi");
        })
        .unwrap();
        assert_eq!(imported.migration, Some(Migration::WithoutRoi));
        let expected = ReportV1 {
            roi: None,
            ..report()
        };
        assert_eq!(imported.report, expected);
        assert!(!imported.report.to_json().contains("\"roi\""));

        let null_roi = import_changed(|value| value["roi"] = Value::Null).unwrap();
        assert_eq!(null_roi.migration, Some(Migration::WithoutRoi));
    }

    /// The sample report as questionnaire version 1 wrote it: without the change-management
    /// questions, which did not exist, and with the version 1 meaning of its answers.
    fn version_1(output_quality: u8, reviews: u8) -> Value {
        let mut value = value();
        value["questionnaire_version"] = json!(1);
        let answers = value["answers"].as_object_mut().unwrap();
        answers.remove("job_concerns");
        answers.remove("enthusiasts");
        answers.insert("output_quality".into(), json!(output_quality));
        answers.insert("reviews".into(), json!(reviews));
        value
    }

    #[test]
    fn a_version_1_report_imports_after_the_questionnaire_change() {
        let imported = import_value(&version_1(2, 2)).unwrap();
        assert_eq!(imported.older_questionnaire, Some(1));
        assert_eq!(imported.migration, None, "it has its ROI estimate");
        let report = &imported.report;
        assert_eq!(report.questionnaire_version, QUESTIONNAIRE_VERSION);
        // The added questions are unanswered, a yearly review (old 2) is now level 1, and the
        // rest is as it was.
        assert_eq!(report.answers.get("job_concerns"), None);
        assert_eq!(report.answers.get("enthusiasts"), None);
        assert_eq!(report.answers.get("reviews"), Some(&1));
        assert_eq!(report.answers.get("output_quality"), Some(&2));
        assert_eq!(report.answers.len(), QUESTIONS.len() - 2);
        for (id, level) in &report.answers {
            if !["reviews", "output_quality"].contains(&id.as_str()) {
                assert_eq!(Some(level), super::tests::report().answers.get(id), "{id}");
            }
        }
        // Re-scored in today's terms: the change-management area has no score; the ROI
        // estimate keeps the inputs it was exported with.
        assert!(!report.scores.areas.contains_key("change_management"));
        assert!(report.scores.level.is_some());
        assert_eq!(report.roi, super::tests::report().roi);
        let mut progress = progress();
        progress.answers = Answers::default();
        for (id, level) in &report.answers {
            progress.answers.set(id, *level);
        }
        let expected = ReportV1::build(&progress, "nb", at(1_795_000_400));
        assert_eq!(report.scores, expected.scores);
        assert_eq!(report.recommendations, expected.recommendations);
        // Importing what it exports now is no migration, and changes nothing.
        let again = import_report(ImportPurpose::Keep, report.to_json().as_bytes()).unwrap();
        assert_eq!(again.older_questionnaire, None);
        assert_eq!(again.report, *report);
    }

    #[test]
    fn a_version_1_answer_whose_meaning_was_split_is_left_out() {
        // Old 0: "we don't use AI output, or we use it without checking".
        let imported = import_value(&version_1(0, 3)).unwrap();
        assert_eq!(imported.report.answers.get("output_quality"), None);
        assert_eq!(imported.report.answers.get("reviews"), Some(&3));
        assert_eq!(imported.report.answers.get("tool_usage"), Some(&0));
        assert!(imported.report.scores.areas.contains_key("tool_knowledge"));
    }

    #[test]
    fn a_version_1_report_from_before_the_roi_estimate_is_migrated_twice() {
        let mut old = version_1(1, 0);
        old.as_object_mut().unwrap().remove("roi");
        let imported = import_value(&old).unwrap();
        assert_eq!(imported.migration, Some(Migration::WithoutRoi));
        assert_eq!(imported.older_questionnaire, Some(1));
        assert_eq!(imported.report.roi, None);
    }

    #[test]
    fn tampered_scores_and_recommendations_are_computed_anew() {
        let imported = import_changed(|value| {
            value["scores"]["overall"] = json!(100);
            value["scores"]["level"] = json!(3);
            value["scores"]["areas"]["governance"] = json!(100);
            value["scores"]["areas"]["made_up_area"] = json!(100);
            value["recommendations"] = json!(["plan.3", "<script>"]);
        })
        .unwrap();
        assert_eq!(imported.report, report());
    }

    #[test]
    fn a_tampered_roi_estimate_is_computed_anew() {
        let imported = import_changed(|value| {
            let roi = &mut value["roi"];
            roi["outcome"]["roi_pct"] = json!(99_999.0);
            roi["outcome"]["months"] = json!([]);
            roi["error"] = json!("<b>none</b>");
            roi["uncertainty"]["roi_pct"]["p90"] = json!(1e9);
            roi["uncertainty"]["ranges"] = json!([]);
            roi["uncertainty"]["band"] = json!([]);
            roi["sensitivity"] = json!([]);
            roi["sensitivity_step_pct"] = json!(1.0);
            roi["plausibility_notes"] = json!([]);
            let hours = input_index(RoiField::HoursSavedPerWeek);
            roi["inputs"][hours]["value"] = json!(39.0);
        })
        .unwrap();
        assert_eq!(imported.report, report());
    }

    #[test]
    fn a_report_with_the_former_fixed_scenarios_still_imports_and_gets_the_simulation() {
        let imported = import_changed(|value| {
            let roi = value["roi"].as_object_mut().unwrap();
            roi.remove("uncertainty");
            roi.insert(
                "scenarios".to_owned(),
                json!([
                    { "scenario": "conservative", "roi_pct": 1.37, "payback_month": 12 },
                    { "scenario": "expected", "roi_pct": 81.02, "payback_month": 8 },
                    { "scenario": "optimistic", "roi_pct": 130.5, "payback_month": null }
                ]),
            );
        })
        .unwrap();
        assert_eq!(imported.report, report());
        assert!(imported.report.roi.unwrap().uncertainty.is_some());
    }

    #[test]
    fn report_from_value_checks_an_already_parsed_value() {
        assert_eq!(
            report_from_value(ImportPurpose::Keep, as_json(&value()))
                .unwrap()
                .report,
            report()
        );
        assert_eq!(
            report_from_value(ImportPurpose::Keep, as_json(&json!([value()]))),
            Err(ImportError::NotOurFormat)
        );
    }

    #[test]
    fn every_error_names_a_message_and_describes_itself() {
        let errors = [
            ImportError::TooLarge { bytes: 2_000_000 },
            ImportError::NotJson,
            ImportError::NotOurFormat,
            ImportError::NewerVersion(2),
            ImportError::OutOfRange("answers.kpis".to_owned()),
        ];
        let keys: Vec<&str> = errors.iter().map(ImportError::text_key).collect();
        assert_eq!(keys, ImportError::TEXT_KEYS);
        assert!(errors[0].to_string().contains("2000000"));
        assert!(errors[3].to_string().contains('2'));
        assert!(errors[4].to_string().contains("answers.kpis"));
        assert!(errors.iter().all(|error| !error.to_string().is_empty()));
    }
}

/// Property tests (proptest): whatever a file holds, importing answers without panicking, and
/// a report it accepts holds only what the widget itself writes.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    use super::*;
    use crate::history::{
        self, read_import, EntryOrigin, History, HistoryEntry, BUNDLE_SCHEMA_VERSION,
    };
    use crate::recommendations::Pitfall;
    use crate::scoring::MaturityLevel;
    use crate::test_support::arbitrary::{changed, changed_member, config, damaged};
    use crate::test_support::{at, norwegian_report, two_use_cases, varied_progress};

    /// An exported report with every part: answers, entered amounts, use cases, 24 months.
    fn valid_report() -> String {
        let mut progress = varied_progress();
        progress.roi.entered.insert(RoiField::HourlyCost, 61.5);
        progress.roi.horizon = Horizon::Months24;
        progress.roi.use_cases = Some(two_use_cases());
        norwegian_report(&progress).to_json()
    }

    /// An "export everything" file of two results, one of them named.
    fn valid_bundle() -> String {
        let mut history = History::default();
        let report = ReportV1::from_json(&Json::parse(&valid_report()).unwrap()).unwrap();
        let mut entry = HistoryEntry::new(report, EntryOrigin::Completed, at(1_795_000_500));
        entry.name = "Before".to_owned();
        history.add(entry);
        let older = ReportV1::build(
            &crate::test_support::completed(|_| 1, 1_000),
            "en",
            at(1_100),
        );
        history.add(HistoryEntry::new(older, EntryOrigin::Imported, at(1_200)));
        history::bundle_json(&history, at(1_795_000_600))
    }

    /// What an accepted report may hold: this widget's schema and questionnaire, a language it
    /// speaks, known questions at known levels, scores and ids in their ranges, and an ROI part
    /// whose every input is in its field's range (hours saved may exceed it only when built from
    /// use cases, as in the widget), at most `MAX_USE_CASES` use cases with possible numbers and
    /// clean names, and finite figures. The roll-up's reports have no ROI part.
    fn check_accepted(report: &ReportV1, purpose: ImportPurpose) -> Result<(), TestCaseError> {
        prop_assert_eq!(&report.schema, REPORT_SCHEMA);
        prop_assert_eq!(report.schema_version, REPORT_SCHEMA_VERSION);
        prop_assert_eq!(report.questionnaire_version, QUESTIONNAIRE_VERSION);
        prop_assert!(Lang::from_tag(&report.language).is_some());
        let version = &report.widget_version;
        prop_assert!(version.chars().count() <= MAX_WIDGET_VERSION_CHARS);
        prop_assert!(!version.chars().any(char::is_control));
        for (id, level) in &report.answers {
            prop_assert!(question_by_id(id).is_some() && *level <= MAX_LEVEL);
        }
        prop_assert!(report.scores.overall.is_none_or(|score| score <= 100));
        prop_assert!(report
            .scores
            .level
            .is_none_or(|level| MaturityLevel::from_number(level).is_some()));
        for (area, score) in &report.scores.areas {
            prop_assert!(crate::questionnaire::Area::from_id(area).is_some() && *score <= 100);
        }
        for id in &report.recommendations {
            let known = Pitfall::from_id(id).is_some()
                || id
                    .strip_prefix("next.")
                    .is_some_and(|area| crate::questionnaire::Area::from_id(area).is_some())
                || id
                    .strip_prefix("plan.")
                    .and_then(|level| level.parse().ok())
                    .and_then(MaturityLevel::from_number)
                    .is_some();
            prop_assert!(known, "{id}");
        }
        let Some(roi) = &report.roi else {
            return Ok(());
        };
        prop_assert_eq!(purpose, ImportPurpose::Keep);
        prop_assert!(horizon(u64::from(roi.horizon_months)).is_some());
        prop_assert_eq!(roi.inputs.len(), FIELDS.len());
        for record in &roi.inputs {
            let spec = record.field.spec();
            let derived = record.field == RoiField::HoursSavedPerWeek && roi.use_cases.is_some();
            prop_assert!(record.value.is_finite());
            prop_assert!(
                derived || (spec.min..=spec.max).contains(&record.value),
                "{}: {}",
                record.field.id(),
                record.value
            );
            prop_assert!(
                source_is_valid(&record.source, derived),
                "{}",
                record.source
            );
        }
        if let Some(cases) = &roi.use_cases {
            prop_assert!(cases.len() <= MAX_USE_CASES);
            for case in cases {
                prop_assert!(UseCase::hours_in_range(case.hours_per_week));
                prop_assert!(UseCase::people_in_range(case.people));
                prop_assert!(case.name.chars().count() <= MAX_USE_CASE_NAME_CHARS);
                prop_assert_eq!(
                    clean_text(&case.name, MAX_USE_CASE_NAME_CHARS),
                    case.name.clone()
                );
            }
        }
        if let Some(outcome) = &roi.outcome {
            prop_assert!([
                outcome.benefit,
                outcome.cost,
                outcome.net_benefit,
                outcome.roi_pct
            ]
            .iter()
            .all(|number| number.is_finite()));
        }
        Ok(())
    }

    fn check_import(bytes: &[u8], purpose: ImportPurpose) -> Result<(), TestCaseError> {
        match read_import(purpose, bytes) {
            Ok(reports) => {
                for named in &reports {
                    check_accepted(&named.imported.report, purpose)?;
                }
            }
            Err(ImportError::NewerVersion(version)) => {
                prop_assert!(version > REPORT_SCHEMA_VERSION.min(BUNDLE_SCHEMA_VERSION));
            }
            Err(_) => {}
        }
        Ok(())
    }

    #[test]
    fn the_valid_files_import() {
        assert_eq!(
            read_import(ImportPurpose::Keep, valid_report().as_bytes())
                .unwrap()
                .len(),
            1
        );
        assert_eq!(
            read_import(ImportPurpose::Keep, valid_bundle().as_bytes())
                .unwrap()
                .len(),
            2
        );
    }

    proptest! {
        #![proptest_config(config(5_000))]

        /// Bytes, arbitrary JSON, a report changed, cut or with a byte replaced.
        #[test]
        fn any_file_is_imported_within_range_or_refused(bytes in damaged(&valid_report())) {
            check_import(&bytes, ImportPurpose::RollUp)?;
        }

        /// A stored history, whatever it holds, decodes or is refused, never a panic.
        #[test]
        fn any_stored_history_decodes_or_is_refused(bytes in damaged(&valid_bundle())) {
            let _ = history::decode(&String::from_utf8_lossy(&bytes));
        }
    }

    proptest! {
        #![proptest_config(config(12_000))]

        /// A report for the roll-up with the right keys holding wrong things, members gone or
        /// written twice.
        #[test]
        fn a_changed_report_for_the_roll_up_is_within_range_or_refused(value in changed(&valid_report())) {
            check_import(value.to_text().as_bytes(), ImportPurpose::RollUp)?;
        }
    }

    proptest! {
        #![proptest_config(config(3_000))]

        /// A report to keep in the history, its ROI part changed: rebuilt and estimated, every
        /// input in range, or refused.
        #[test]
        fn a_report_to_keep_with_a_changed_roi_part_is_within_range_or_refused(value in changed_member(&valid_report(), "roi")) {
            check_import(value.to_text().as_bytes(), ImportPurpose::Keep)?;
        }

        /// An "export everything" file changed: every report in it within range, or refused.
        #[test]
        fn a_changed_bundle_is_within_range_or_refused(value in changed(&valid_bundle())) {
            check_import(value.to_text().as_bytes(), ImportPurpose::Keep)?;
        }
    }
}
