//! Tests only: the report and stored-history types as serde's derived readers and writers read
//! and wrote them before `core::json` did (the same fields, attributes and timestamp handling),
//! the oracle the property tests hold the widget's own readers and writers to. Whatever a
//! changed or damaged document holds, the widget reads what serde read, refuses what serde
//! refused, and writes what it reads as serde wrote it.
//!
//! What it does not cover, on purpose: the differences `core::json`'s module comment documents
//! (a stored history's members the widget does not read are checked as strictly as the rest).

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::{Deserialize, Serialize};

use super::history::{self, EntryOrigin, History, HistoryEntry};
use super::json::Json;
use super::report::ReportV1;
use super::roi::{Horizon, RoiField};
use super::saved_progress::DecodeError;
use super::test_support::arbitrary::{changed, changed_member, config, damaged};
use super::test_support::{at, completed, norwegian_report, two_use_cases, varied_progress};
use super::timestamp;

/// The former `#[serde(with = "timestamp")]`.
mod stamp {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&timestamp::write(*at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<Utc>, D::Error> {
        let text = <Cow<'de, str>>::deserialize(deserializer)?;
        timestamp::read(&text).ok_or_else(|| serde::de::Error::custom("not a timestamp"))
    }

    /// The former `#[serde(with = "timestamp::optional")]`.
    pub mod optional {
        use super::*;

        pub fn serialize<S: Serializer>(
            at: &Option<DateTime<Utc>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match at {
                Some(at) => super::serialize(at, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            match <Option<Cow<'de, str>>>::deserialize(deserializer)? {
                None => Ok(None),
                Some(text) => timestamp::read(&text)
                    .map(Some)
                    .ok_or_else(|| serde::de::Error::custom("not a timestamp")),
            }
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Report {
    schema: String,
    schema_version: u32,
    widget_version: String,
    questionnaire_version: u32,
    language: String,
    #[serde(default, with = "stamp::optional")]
    started_at: Option<DateTime<Utc>>,
    #[serde(default, with = "stamp::optional")]
    completed_at: Option<DateTime<Utc>>,
    #[serde(with = "stamp")]
    exported_at: DateTime<Utc>,
    answers: BTreeMap<String, u8>,
    scores: Scores,
    recommendations: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    roi: Option<Roi>,
}

#[derive(Serialize, Deserialize)]
struct Scores {
    overall: Option<u8>,
    level: Option<u8>,
    areas: BTreeMap<String, u8>,
}

#[derive(Serialize, Deserialize)]
struct Roi {
    currency: Currency,
    horizon_months: u32,
    inputs: Vec<Input>,
    use_cases: Option<Vec<UseCase>>,
    outcome: Option<Outcome>,
    error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    uncertainty: Option<Uncertainty>,
    sensitivity_step_pct: f64,
    sensitivity: Vec<Sensitivity>,
    plausibility_notes: Vec<Note>,
}

#[derive(Serialize, Deserialize)]
#[allow(clippy::upper_case_acronyms)]
enum Currency {
    EUR,
    NOK,
    SEK,
    DKK,
    CHF,
    GBP,
    USD,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Field {
    Employees,
    ParticipationPct,
    HourlyCost,
    HoursSavedPerWeek,
    AdoptionPct,
    WorkingWeeks,
    ProgrammeCostPerParticipant,
    LicencePerUserMonth,
    ExternalAdvice,
    TrainingHoursPerParticipant,
    CoordinationCost,
    RampStartWeeks,
    RampFullWeeks,
}

#[derive(Serialize, Deserialize)]
struct Input {
    field: Field,
    value: f64,
    source: String,
}

#[derive(Serialize, Deserialize)]
struct UseCase {
    name: String,
    hours_per_week: f64,
    people: f64,
}

#[derive(Serialize, Deserialize)]
struct Outcome {
    benefit: f64,
    cost: f64,
    net_benefit: f64,
    roi_pct: f64,
    payback_month: Option<u32>,
    months: Vec<Month>,
}

#[derive(Serialize, Deserialize)]
struct Month {
    month: u32,
    cumulative_cost: f64,
    cumulative_benefit: f64,
}

#[derive(Serialize, Deserialize)]
struct Uncertainty {
    runs: usize,
    seed: u64,
    ranges: Vec<Range>,
    roi_pct: Percentiles<f64>,
    net_benefit: Percentiles<f64>,
    payback_month: Percentiles<Option<u32>>,
    payback_within_horizon_pct: f64,
    band: Vec<Band>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum UncertainInput {
    HoursSaved,
    Adoption,
    RampStart,
    RampFull,
    OneOffCosts,
    TrainingHours,
}

#[derive(Serialize, Deserialize)]
struct Range {
    input: UncertainInput,
    low: f64,
    likely: f64,
    high: f64,
    source: String,
}

#[derive(Serialize, Deserialize)]
struct Percentiles<T> {
    p10: T,
    p50: T,
    p90: T,
}

#[derive(Serialize, Deserialize)]
struct Band {
    month: u32,
    cost_p10: f64,
    cost_p90: f64,
    benefit_p10: f64,
    benefit_p90: f64,
}

#[derive(Serialize, Deserialize)]
struct Sensitivity {
    field: Field,
    roi_low: f64,
    roi_high: f64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Note {
    RoiAboveSeedRange,
    PaybackFasterThanSeeds,
    HoursSavedHigh,
    ProgrammeCostOutsideSeedRange,
    AdoptionVeryHigh,
}

#[derive(Serialize, Deserialize)]
struct StoredHistory {
    version: u32,
    entries: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(with = "stamp")]
    saved_at: DateTime<Utc>,
    origin: Origin,
    report: Report,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Origin {
    Completed,
    Imported,
}

/// The former `history::decode` up to its entries: the version read first, then the rest.
fn serde_stored_entries(raw: &str) -> Result<Vec<Entry>, DecodeError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let version = serde_json::from_str::<VersionOnly>(raw)
        .map(|stored| stored.version)
        .map_err(|_| DecodeError::Unreadable)?;
    match version {
        1 => serde_json::from_str::<StoredHistory>(raw)
            .map(|stored| stored.entries)
            .map_err(|_| DecodeError::Unreadable),
        newer if newer > 1 => Err(DecodeError::NewerVersion(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

/// A report with every part: answers, entered amounts, use cases, the simulation.
fn valid_report() -> String {
    let mut progress = varied_progress();
    progress.roi.entered.insert(RoiField::HourlyCost, 61.5);
    progress.roi.horizon = Horizon::Months24;
    progress.roi.use_cases = Some(two_use_cases());
    norwegian_report(&progress).to_json()
}

fn valid_stored_history() -> String {
    let mut history = History::default();
    let report = ReportV1::from_json(&Json::parse(&valid_report()).unwrap()).unwrap();
    let mut entry = HistoryEntry::new(report, EntryOrigin::Completed, at(1_795_000_500));
    entry.name = "Before".to_owned();
    history.add(entry);
    let older = ReportV1::build(&completed(|_| 1, 1_000), "en", at(1_100));
    history.add(HistoryEntry::new(older, EntryOrigin::Imported, at(1_200)));
    history::encode(&history)
}

/// `text` read as an imported report is: as a `Value`, then as a report. Ours and serde's
/// both read it or both refuse it, and what both read is written alike, pretty and compact.
fn check_report(text: &str) -> Result<(), TestCaseError> {
    let ours = Json::parse_as_value(text).map(|value| ReportV1::from_json(&value));
    let theirs = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .map(serde_json::from_value::<Report>);
    match (ours, theirs) {
        (None, None) | (Some(Err(_)), Some(Err(_))) => {}
        (Some(Ok(ours)), Some(Ok(theirs))) => {
            prop_assert_eq!(
                ours.to_json(),
                serde_json::to_string_pretty(&theirs).unwrap()
            );
            prop_assert_eq!(
                ours.to_json_value().to_text(),
                serde_json::to_string(&theirs).unwrap()
            );
        }
        (ours, theirs) => prop_assert!(
            false,
            "ours {:?}, serde's {:?}",
            ours.map(|read| read.is_ok()),
            theirs.map(|read| read.map(drop).map_err(|error| error.to_string()))
        ),
    }
    Ok(())
}

/// `text` read as a stored history is: ours and serde's give the same error, or the same
/// entries (written alike).
fn check_stored_history(text: &str) -> Result<(), TestCaseError> {
    match (history::stored_entries(text), serde_stored_entries(text)) {
        (Ok(ours), Ok(theirs)) => {
            prop_assert_eq!(ours.len(), theirs.len());
            for (ours, theirs) in ours.iter().zip(&theirs) {
                prop_assert_eq!(
                    ours.to_json_value().to_text(),
                    serde_json::to_string(theirs).unwrap()
                );
            }
        }
        (Err(ours), Err(theirs)) => prop_assert_eq!(ours, theirs),
        (ours, theirs) => prop_assert!(
            false,
            "ours {:?}, serde's {:?}",
            ours.map(|entries| entries.len()),
            theirs.map(|entries| entries.len())
        ),
    }
    Ok(())
}

#[test]
fn the_valid_documents_read_alike() {
    check_report(&valid_report()).unwrap();
    check_stored_history(&valid_stored_history()).unwrap();
    assert_eq!(
        serde_stored_entries(&valid_stored_history()).map(|entries| entries.len()),
        Ok(2)
    );
}

#[test]
fn the_forms_serde_also_took_read_alike() {
    let valid: serde_json::Value = serde_json::from_str(&valid_report()).unwrap();
    let as_array = |value: &serde_json::Value, names: &[&str]| {
        serde_json::Value::Array(names.iter().map(|name| value[*name].clone()).collect())
    };
    let mut changed = valid.clone();
    // A struct as an array of its fields, an enum variant as an object of one null member.
    changed["scores"] = as_array(&valid["scores"], &["overall", "level", "areas"]);
    changed["roi"]["currency"] = serde_json::json!({"NOK": null});
    changed["roi"]["inputs"][0] =
        as_array(&valid["roi"]["inputs"][0], &["field", "value", "source"]);
    check_report(&changed.to_string()).unwrap();
    let text = changed.to_string();
    let read = ReportV1::from_json(&Json::parse_as_value(&text).unwrap()).unwrap();
    let original = ReportV1::from_json(&Json::parse(&valid_report()).unwrap()).unwrap();
    assert_eq!(read, original);
    // Too short or too long, and a variant object with a value: refused by both.
    for broken in [
        serde_json::json!([null, 1]),
        serde_json::json!([null, 1, {}, 4]),
        serde_json::json!({"level": 1}),
    ] {
        let mut report = valid.clone();
        report["scores"] = broken;
        check_report(&report.to_string()).unwrap();
    }
    let mut report = valid.clone();
    report["roi"]["currency"] = serde_json::json!({"NOK": 1});
    check_report(&report.to_string()).unwrap();
    // Fields written twice: a parsed `Value` keeps the last; a stored history is refused.
    let twice = valid_report().replacen(
        "\"language\": \"nb\"",
        "\"language\": \"xx\", \"language\": \"nb\"",
        1,
    );
    check_report(&twice).unwrap();
    let stored =
        valid_stored_history().replacen("\"name\":\"Before\"", "\"name\":\"a\",\"name\":\"b\"", 1);
    assert_eq!(
        history::stored_entries(&stored).map(|entries| entries.len()),
        Err(DecodeError::Unreadable)
    );
    check_stored_history(&stored).unwrap();
}

proptest! {
    #![proptest_config(config(4_000))]

    /// A report with the right keys holding wrong things, members gone or written twice.
    #[test]
    fn a_changed_report_reads_as_serde_read_it(value in changed(&valid_report())) {
        check_report(&value.to_text())?;
    }

    /// The same, every change inside the ROI part.
    #[test]
    fn a_changed_roi_part_reads_as_serde_read_it(value in changed_member(&valid_report(), "roi")) {
        check_report(&value.to_text())?;
    }

    /// A stored history changed, cut or with a byte replaced.
    #[test]
    fn a_damaged_stored_history_reads_as_serde_read_it(bytes in damaged(&valid_stored_history())) {
        check_stored_history(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn a_changed_stored_history_reads_as_serde_read_it(value in changed(&valid_stored_history())) {
        check_stored_history(&value.to_text())?;
    }
}
