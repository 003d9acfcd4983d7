//! The exported report: the JSON file "Download JSON" saves (documented in README.md).
//!
//! Language-neutral: answers, scores and recommendations are ids and numbers; `language` only
//! says which language the person used. A later format gets a new struct and a migration; a
//! reader checks `schema` and `schema_version` before trusting anything else. The JSON is
//! written and read here with `core::json`, as serde's derived (de)serialisers did; the stored
//! history and the bundle hold reports in the same form.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::json::{Fields, Json, WrongShape};
use super::locale::{day_stamp, Currency};
use super::progress::Progress;
use super::questionnaire::QUESTIONNAIRE_VERSION;
use super::recommendations::recommend;
use super::roi::{
    DefaultSource, MonthTotals, PlausibilityNote, RoiAnalysis, RoiError, RoiField, RoiInputs,
    RoiOutcome, Sensitivity, UseCase, FIELDS, SENSITIVITY_STEP,
};
use super::roi_uncertainty::{BandMonth, InputRange, Percentiles, UncertainInput, Uncertainty};
use super::scoring::{score, MaturityLevel};
use super::timestamp;

pub const REPORT_SCHEMA: &str = "ai-maturity-check/report";
pub const REPORT_SCHEMA_VERSION: u32 = 1;
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq)]
pub struct ReportV1 {
    pub schema: String,
    pub schema_version: u32,
    pub widget_version: String,
    pub questionnaire_version: u32,
    /// The language the assessment was taken in (`en`, `nb`, ...); labels only.
    pub language: String,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub exported_at: DateTime<Utc>,
    /// Level 0–3 per question id.
    pub answers: BTreeMap<String, u8>,
    pub scores: ReportScores,
    /// `next.<area>`, `pitfall.<n>` and `plan.<level>` ids, in the order the result shows them.
    pub recommendations: Vec<String>,
    /// The ROI estimate with the inputs it used. Always written; absent in files exported
    /// before the widget had the ROI estimate, which still import.
    pub roi: Option<RoiReport>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoiReport {
    /// ISO 4217 code of every amount below; amounts are never converted.
    pub currency: Currency,
    pub horizon_months: u32,
    pub inputs: Vec<RoiInputRecord>,
    /// The use cases hours saved were built from, if any.
    pub use_cases: Option<Vec<UseCase>>,
    /// The expected estimate, absent when `error` says why.
    pub outcome: Option<RoiOutcome>,
    pub error: Option<String>,
    /// The simulation over stated ranges: the ranges used, the percentiles of ROI, net benefit
    /// and payback, the chance of paying back and the monthly band. Absent with `error`, and
    /// in files from before the simulation (which held fixed `scenarios` instead; a reader
    /// ignores those, since everything derived is computed anew).
    pub uncertainty: Option<Uncertainty>,
    /// Each input is varied by ± this percentage.
    pub sensitivity_step_pct: f64,
    /// Largest ROI swing first.
    pub sensitivity: Vec<Sensitivity>,
    pub plausibility_notes: Vec<PlausibilityNote>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoiInputRecord {
    pub field: RoiField,
    pub value: f64,
    /// `entered`, `use_cases`, `assumption` (our default), `assessment_level`, or `seed_<nnn>`
    /// (a default taken from that source article).
    pub source: String,
}

fn error_id(error: &RoiError) -> String {
    match error {
        RoiError::OutOfRange { field, .. } => format!("out_of_range:{}", field.id()),
        RoiError::RampOrder => "ramp_order".to_owned(),
        RoiError::NoCost => "no_cost".to_owned(),
    }
}

impl RoiReport {
    pub fn build(progress: &Progress) -> RoiReport {
        let inputs = &progress.roi;
        let analysis = RoiAnalysis::of(inputs, progress.level(), progress.currency);
        let source = |field: RoiField| -> String {
            if field == RoiField::HoursSavedPerWeek && inputs.use_cases.is_some() {
                "use_cases".to_owned()
            } else if inputs.entered.contains_key(&field) {
                "entered".to_owned()
            } else {
                match field.spec().source {
                    DefaultSource::Seed(seed) => format!("seed_{seed}"),
                    DefaultSource::Assumption => "assumption".to_owned(),
                    DefaultSource::AssessmentLevel => "assessment_level".to_owned(),
                }
            }
        };
        RoiReport {
            currency: progress.currency,
            horizon_months: inputs.horizon.months(),
            inputs: FIELDS
                .iter()
                .map(|spec| RoiInputRecord {
                    field: spec.field,
                    value: analysis.inputs.get(spec.field),
                    source: source(spec.field),
                })
                .collect(),
            use_cases: inputs.use_cases.clone(),
            outcome: analysis.outcome.as_ref().ok().cloned(),
            error: analysis.outcome.as_ref().err().map(error_id),
            uncertainty: analysis.uncertainty,
            sensitivity_step_pct: SENSITIVITY_STEP * 100.0,
            sensitivity: analysis.sensitivity,
            plausibility_notes: analysis.notes,
        }
    }
}

/// The last ROI report built, with what it was built from (the estimate's inputs, the
/// assessment's level, which the default adoption and ramp-up follow, and the currency): one
/// completion needs the same report three times (the result's summary, the history entry and
/// the `Complete` event), and each build runs the simulation. The simulation has a fixed seed,
/// so the same inputs always give the same report.
#[derive(Default)]
pub struct RoiReportMemo {
    last: Option<(RoiSource, RoiReport)>,
}

type RoiSource = (RoiInputs, Option<MaturityLevel>, Currency);

impl RoiReportMemo {
    /// `RoiReport::build(progress)`, built anew only when what it is built from has changed.
    pub fn report(&mut self, progress: &Progress) -> RoiReport {
        let source = (progress.roi.clone(), progress.level(), progress.currency);
        match &self.last {
            Some((built_from, report)) if *built_from == source => report.clone(),
            _ => {
                let report = RoiReport::build(progress);
                self.last = Some((source, report.clone()));
                report
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportScores {
    /// 0–100, absent while nothing is answered.
    pub overall: Option<u8>,
    /// 0–3, absent while nothing is answered.
    pub level: Option<u8>,
    /// 0–100 per answered area id.
    pub areas: BTreeMap<String, u8>,
}

impl ReportV1 {
    /// The report of `progress`, its ROI estimate included.
    pub fn build(progress: &Progress, language: &str, exported_at: DateTime<Utc>) -> ReportV1 {
        ReportV1::build_with_roi(progress, language, exported_at, RoiReport::build(progress))
    }

    /// The report of `progress` with `roi`, its ROI estimate already built
    /// (`RoiReport::build(progress)`; the simulation is the slowest part of a report).
    pub fn build_with_roi(
        progress: &Progress,
        language: &str,
        exported_at: DateTime<Utc>,
        roi: RoiReport,
    ) -> ReportV1 {
        ReportV1 {
            roi: Some(roi),
            ..ReportV1::build_without_roi(progress, language, exported_at)
        }
    }

    /// The report of the assessment alone: answers, scores and recommendations.
    pub fn build_without_roi(
        progress: &Progress,
        language: &str,
        exported_at: DateTime<Utc>,
    ) -> ReportV1 {
        let answers = &progress.answers;
        let scores = score(answers);
        let recommendations = recommend(answers, &scores).ids();
        ReportV1 {
            schema: REPORT_SCHEMA.to_owned(),
            schema_version: REPORT_SCHEMA_VERSION,
            widget_version: WIDGET_VERSION.to_owned(),
            questionnaire_version: QUESTIONNAIRE_VERSION,
            language: language.to_owned(),
            started_at: progress.started_at,
            completed_at: progress.completed_at,
            exported_at,
            answers: crate::ordered::map_of(
                answers.iter().map(|(id, level)| (id.to_owned(), level)),
            ),
            scores: ReportScores {
                overall: scores.overall,
                level: scores.level.map(|level| level.number()),
                areas: crate::ordered::map_of(scores.areas.iter().filter_map(|entry| {
                    entry.score.map(|value| (entry.area.id().to_owned(), value))
                })),
            },
            recommendations,
            roi: None,
        }
    }

    /// The export: [`ReportV1::to_json_value`] with two spaces of indent.
    pub fn to_json(&self) -> String {
        self.to_json_value().to_pretty_text()
    }

    /// A file name that sorts by date: `ai-maturity-check-2026-11-22.json`.
    pub fn file_name(&self) -> String {
        let day = day_stamp(self.completed_at.unwrap_or(self.exported_at));
        format!("ai-maturity-check-{day}.json")
    }
}

// The export's JSON, written and read as serde's derived (de)serialisers did: members in the
// order of the structs' fields above, `roi` and `uncertainty` left out when absent, other
// absent values null, maps by name, enums by id. A reader takes a struct's fields from an
// object or, as serde did, from an array in that order (`core::json::Fields`).

const REPORT_FIELDS: &[&str] = &[
    "schema",
    "schema_version",
    "widget_version",
    "questionnaire_version",
    "language",
    "started_at",
    "completed_at",
    "exported_at",
    "answers",
    "scores",
    "recommendations",
    "roi",
];

fn optional_timestamp_json(at: Option<DateTime<Utc>>) -> Json {
    at.map_or(Json::Null, timestamp_json)
}

pub(crate) fn timestamp_json(at: DateTime<Utc>) -> Json {
    Json::String(timestamp::write(at))
}

pub(crate) fn read_timestamp(value: &Json) -> Result<DateTime<Utc>, WrongShape> {
    timestamp::read(value.read_str()?).ok_or(WrongShape)
}

fn levels_json(levels: &BTreeMap<String, u8>) -> Json {
    Json::Object(
        levels
            .iter()
            .map(|(id, level)| (id.clone(), Json::unsigned(*level)))
            .collect(),
    )
}

fn strings_json(texts: &[String]) -> Json {
    Json::list(texts, |text| Json::string(text))
}

fn optional_json<T>(value: &Option<T>, write: impl FnOnce(&T) -> Json) -> Json {
    value.as_ref().map_or(Json::Null, write)
}

impl ReportV1 {
    /// The report as a JSON value (see [`ReportV1::to_json`] for the export's text).
    pub fn to_json_value(&self) -> Json {
        let mut members = vec![
            ("schema".to_owned(), Json::string(&self.schema)),
            (
                "schema_version".to_owned(),
                Json::unsigned(self.schema_version),
            ),
            (
                "widget_version".to_owned(),
                Json::string(&self.widget_version),
            ),
            (
                "questionnaire_version".to_owned(),
                Json::unsigned(self.questionnaire_version),
            ),
            ("language".to_owned(), Json::string(&self.language)),
            (
                "started_at".to_owned(),
                optional_timestamp_json(self.started_at),
            ),
            (
                "completed_at".to_owned(),
                optional_timestamp_json(self.completed_at),
            ),
            ("exported_at".to_owned(), timestamp_json(self.exported_at)),
            ("answers".to_owned(), levels_json(&self.answers)),
            ("scores".to_owned(), self.scores.to_json_value()),
            (
                "recommendations".to_owned(),
                strings_json(&self.recommendations),
            ),
        ];
        if let Some(roi) = &self.roi {
            members.push(("roi".to_owned(), roi.to_json_value()));
        }
        Json::Object(members)
    }

    /// A report from a JSON value, as serde read one: every field of its type (a timestamp an
    /// RFC 3339 text), the times and `roi` optional; members of other names are ignored. The
    /// values are not checked (that is `core::import`'s job).
    pub fn from_json(value: &Json) -> Result<ReportV1, WrongShape> {
        let fields = Fields::of(value, REPORT_FIELDS, &["started_at", "completed_at", "roi"])?;
        Ok(ReportV1 {
            schema: fields.required("schema")?.read_string()?,
            schema_version: fields.required("schema_version")?.read_unsigned()?,
            widget_version: fields.required("widget_version")?.read_string()?,
            questionnaire_version: fields.required("questionnaire_version")?.read_unsigned()?,
            language: fields.required("language")?.read_string()?,
            started_at: fields.optional("started_at", read_timestamp)?,
            completed_at: fields.optional("completed_at", read_timestamp)?,
            exported_at: read_timestamp(fields.required("exported_at")?)?,
            answers: fields.required("answers")?.read_map(Json::read_unsigned)?,
            scores: ReportScores::from_json(fields.required("scores")?)?,
            recommendations: fields
                .required("recommendations")?
                .read_list(Json::read_string)?,
            roi: fields.optional("roi", RoiReport::from_json)?,
        })
    }
}

impl ReportScores {
    fn to_json_value(&self) -> Json {
        let score = |value: Option<u8>| value.map_or(Json::Null, Json::unsigned);
        Json::object([
            ("overall", score(self.overall)),
            ("level", score(self.level)),
            ("areas", levels_json(&self.areas)),
        ])
    }

    fn from_json(value: &Json) -> Result<ReportScores, WrongShape> {
        let fields = Fields::of(value, &["overall", "level", "areas"], &[])?;
        Ok(ReportScores {
            overall: fields.optional("overall", Json::read_unsigned)?,
            level: fields.optional("level", Json::read_unsigned)?,
            areas: fields.required("areas")?.read_map(Json::read_unsigned)?,
        })
    }
}

const ROI_REPORT_FIELDS: &[&str] = &[
    "currency",
    "horizon_months",
    "inputs",
    "use_cases",
    "outcome",
    "error",
    "uncertainty",
    "sensitivity_step_pct",
    "sensitivity",
    "plausibility_notes",
];

impl RoiReport {
    fn to_json_value(&self) -> Json {
        let mut members = vec![
            ("currency".to_owned(), Json::string(self.currency.code())),
            (
                "horizon_months".to_owned(),
                Json::unsigned(self.horizon_months),
            ),
            (
                "inputs".to_owned(),
                Json::list(&self.inputs, RoiInputRecord::to_json_value),
            ),
            (
                "use_cases".to_owned(),
                optional_json(&self.use_cases, |cases| Json::list(cases, use_case_json)),
            ),
            (
                "outcome".to_owned(),
                optional_json(&self.outcome, outcome_json),
            ),
            (
                "error".to_owned(),
                optional_json(&self.error, |error| Json::string(error)),
            ),
        ];
        if let Some(uncertainty) = &self.uncertainty {
            members.push(("uncertainty".to_owned(), uncertainty_json(uncertainty)));
        }
        members.extend([
            (
                "sensitivity_step_pct".to_owned(),
                Json::exact_float(self.sensitivity_step_pct),
            ),
            (
                "sensitivity".to_owned(),
                Json::list(&self.sensitivity, sensitivity_json),
            ),
            (
                "plausibility_notes".to_owned(),
                Json::list(&self.plausibility_notes, |note| Json::string(note.id())),
            ),
        ]);
        Json::Object(members)
    }

    fn from_json(value: &Json) -> Result<RoiReport, WrongShape> {
        let fields = Fields::of(value, ROI_REPORT_FIELDS, &["uncertainty"])?;
        Ok(RoiReport {
            currency: read_currency(fields.required("currency")?)?,
            horizon_months: fields.required("horizon_months")?.read_unsigned()?,
            inputs: fields
                .required("inputs")?
                .read_list(RoiInputRecord::from_json)?,
            use_cases: fields.optional("use_cases", |cases| cases.read_list(read_use_case))?,
            outcome: fields.optional("outcome", read_outcome)?,
            error: fields.optional("error", Json::read_string)?,
            uncertainty: fields.optional("uncertainty", read_uncertainty)?,
            sensitivity_step_pct: fields.required("sensitivity_step_pct")?.read_f64()?,
            sensitivity: fields
                .required("sensitivity")?
                .read_list(read_sensitivity)?,
            plausibility_notes: fields.required("plausibility_notes")?.read_list(|note| {
                PlausibilityNote::from_id(note.read_variant()?).ok_or(WrongShape)
            })?,
        })
    }
}

impl RoiInputRecord {
    fn to_json_value(&self) -> Json {
        Json::object([
            ("field", Json::string(self.field.id())),
            ("value", Json::exact_float(self.value)),
            ("source", Json::string(&self.source)),
        ])
    }

    fn from_json(value: &Json) -> Result<RoiInputRecord, WrongShape> {
        let fields = Fields::of(value, &["field", "value", "source"], &[])?;
        Ok(RoiInputRecord {
            field: read_field(fields.required("field")?)?,
            value: fields.required("value")?.read_f64()?,
            source: fields.required("source")?.read_string()?,
        })
    }
}

fn read_currency(value: &Json) -> Result<Currency, WrongShape> {
    Currency::from_code(value.read_variant()?).ok_or(WrongShape)
}

fn read_field(value: &Json) -> Result<RoiField, WrongShape> {
    RoiField::from_id(value.read_variant()?).ok_or(WrongShape)
}

pub(crate) fn use_case_json(case: &UseCase) -> Json {
    Json::object([
        ("name", Json::string(&case.name)),
        ("hours_per_week", Json::exact_float(case.hours_per_week)),
        ("people", Json::exact_float(case.people)),
    ])
}

fn read_use_case(value: &Json) -> Result<UseCase, WrongShape> {
    let fields = Fields::of(value, &["name", "hours_per_week", "people"], &[])?;
    Ok(UseCase {
        name: fields.required("name")?.read_string()?,
        hours_per_week: fields.required("hours_per_week")?.read_f64()?,
        people: fields.required("people")?.read_f64()?,
    })
}

fn outcome_json(outcome: &RoiOutcome) -> Json {
    Json::object([
        ("benefit", Json::exact_float(outcome.benefit)),
        ("cost", Json::exact_float(outcome.cost)),
        ("net_benefit", Json::exact_float(outcome.net_benefit)),
        ("roi_pct", Json::exact_float(outcome.roi_pct)),
        (
            "payback_month",
            outcome.payback_month.map_or(Json::Null, Json::unsigned),
        ),
        (
            "months",
            Json::list(&outcome.months, |month| {
                Json::object([
                    ("month", Json::unsigned(month.month)),
                    ("cumulative_cost", Json::exact_float(month.cumulative_cost)),
                    (
                        "cumulative_benefit",
                        Json::exact_float(month.cumulative_benefit),
                    ),
                ])
            }),
        ),
    ])
}

fn read_outcome(value: &Json) -> Result<RoiOutcome, WrongShape> {
    let names = &[
        "benefit",
        "cost",
        "net_benefit",
        "roi_pct",
        "payback_month",
        "months",
    ];
    let fields = Fields::of(value, names, &[])?;
    let number = |name: &str| fields.required(name)?.read_f64();
    Ok(RoiOutcome {
        benefit: number("benefit")?,
        cost: number("cost")?,
        net_benefit: number("net_benefit")?,
        roi_pct: number("roi_pct")?,
        payback_month: fields.optional("payback_month", Json::read_unsigned)?,
        months: fields.required("months")?.read_list(|month| {
            let names = &["month", "cumulative_cost", "cumulative_benefit"];
            let fields = Fields::of(month, names, &[])?;
            Ok(MonthTotals {
                month: fields.required("month")?.read_unsigned()?,
                cumulative_cost: fields.required("cumulative_cost")?.read_f64()?,
                cumulative_benefit: fields.required("cumulative_benefit")?.read_f64()?,
            })
        })?,
    })
}

fn sensitivity_json(row: &Sensitivity) -> Json {
    Json::object([
        ("field", Json::string(row.field.id())),
        ("roi_low", Json::exact_float(row.roi_low)),
        ("roi_high", Json::exact_float(row.roi_high)),
    ])
}

fn read_sensitivity(value: &Json) -> Result<Sensitivity, WrongShape> {
    let fields = Fields::of(value, &["field", "roi_low", "roi_high"], &[])?;
    Ok(Sensitivity {
        field: read_field(fields.required("field")?)?,
        roi_low: fields.required("roi_low")?.read_f64()?,
        roi_high: fields.required("roi_high")?.read_f64()?,
    })
}

const UNCERTAINTY_FIELDS: &[&str] = &[
    "runs",
    "seed",
    "ranges",
    "roi_pct",
    "net_benefit",
    "payback_month",
    "payback_within_horizon_pct",
    "band",
];

fn percentiles_json<T: Copy>(percentiles: &Percentiles<T>, write: impl Fn(T) -> Json) -> Json {
    Json::object([
        ("p10", write(percentiles.p10)),
        ("p50", write(percentiles.p50)),
        ("p90", write(percentiles.p90)),
    ])
}

fn read_percentiles<T>(
    value: &Json,
    read: impl Fn(Option<&Json>) -> Result<T, WrongShape>,
) -> Result<Percentiles<T>, WrongShape> {
    let fields = Fields::of(value, &["p10", "p50", "p90"], &[])?;
    Ok(Percentiles {
        p10: read(fields.get("p10")?)?,
        p50: read(fields.get("p50")?)?,
        p90: read(fields.get("p90")?)?,
    })
}

fn uncertainty_json(uncertainty: &Uncertainty) -> Json {
    Json::object([
        ("runs", Json::count(uncertainty.runs)),
        ("seed", Json::unsigned(uncertainty.seed)),
        (
            "ranges",
            Json::list(&uncertainty.ranges, |range| {
                Json::object([
                    ("input", Json::string(range.input.id())),
                    ("low", Json::exact_float(range.low)),
                    ("likely", Json::exact_float(range.likely)),
                    ("high", Json::exact_float(range.high)),
                    ("source", Json::string(&range.source)),
                ])
            }),
        ),
        (
            "roi_pct",
            percentiles_json(&uncertainty.roi_pct, Json::exact_float),
        ),
        (
            "net_benefit",
            percentiles_json(&uncertainty.net_benefit, Json::exact_float),
        ),
        (
            "payback_month",
            percentiles_json(&uncertainty.payback_month, |month| {
                month.map_or(Json::Null, Json::unsigned)
            }),
        ),
        (
            "payback_within_horizon_pct",
            Json::exact_float(uncertainty.payback_within_horizon_pct),
        ),
        (
            "band",
            Json::list(&uncertainty.band, |month| {
                Json::object([
                    ("month", Json::unsigned(month.month)),
                    ("cost_p10", Json::exact_float(month.cost_p10)),
                    ("cost_p90", Json::exact_float(month.cost_p90)),
                    ("benefit_p10", Json::exact_float(month.benefit_p10)),
                    ("benefit_p90", Json::exact_float(month.benefit_p90)),
                ])
            }),
        ),
    ])
}

fn read_uncertainty(value: &Json) -> Result<Uncertainty, WrongShape> {
    let fields = Fields::of(value, UNCERTAINTY_FIELDS, &[])?;
    let float = |value: Option<&Json>| value.ok_or(WrongShape)?.read_f64();
    Ok(Uncertainty {
        runs: fields.required("runs")?.read_unsigned()?,
        seed: fields.required("seed")?.read_unsigned()?,
        ranges: fields.required("ranges")?.read_list(read_range)?,
        roi_pct: read_percentiles(fields.required("roi_pct")?, float)?,
        net_benefit: read_percentiles(fields.required("net_benefit")?, float)?,
        // An absent `Option` is `None`, as serde reads it.
        payback_month: read_percentiles(fields.required("payback_month")?, |month| {
            month.map_or(Ok(None), |month| month.read_nullable(Json::read_unsigned))
        })?,
        payback_within_horizon_pct: fields.required("payback_within_horizon_pct")?.read_f64()?,
        band: fields.required("band")?.read_list(|month| {
            let names = &[
                "month",
                "cost_p10",
                "cost_p90",
                "benefit_p10",
                "benefit_p90",
            ];
            let fields = Fields::of(month, names, &[])?;
            let number = |name: &str| fields.required(name)?.read_f64();
            Ok(BandMonth {
                month: fields.required("month")?.read_unsigned()?,
                cost_p10: number("cost_p10")?,
                cost_p90: number("cost_p90")?,
                benefit_p10: number("benefit_p10")?,
                benefit_p90: number("benefit_p90")?,
            })
        })?,
    })
}

fn read_range(value: &Json) -> Result<InputRange, WrongShape> {
    let names = &["input", "low", "likely", "high", "source"];
    let fields = Fields::of(value, names, &[])?;
    let number = |name: &str| fields.required(name)?.read_f64();
    Ok(InputRange {
        input: UncertainInput::from_id(fields.required("input")?.read_variant()?)
            .ok_or(WrongShape)?,
        low: number("low")?,
        likely: number("likely")?,
        high: number("high")?,
        source: fields.required("source")?.read_string()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Area, QUESTIONS};
    use crate::test_support::{norwegian_report, varied_progress};

    fn sample() -> ReportV1 {
        norwegian_report(&varied_progress())
    }

    #[test]
    fn the_roi_memo_builds_once_and_anew_when_what_it_is_built_from_changes() {
        let mut memo = RoiReportMemo::default();
        let mut progress = varied_progress();
        let first = memo.report(&progress);
        assert_eq!(first, RoiReport::build(&progress));
        assert_eq!(memo.report(&progress), first);
        let changes: [fn(&mut Progress); 3] = [
            |progress| {
                progress.roi.entered.insert(RoiField::Employees, 42.0);
            },
            |progress| {
                for question in QUESTIONS {
                    progress.answers.set(question.id, 0);
                }
            },
            |progress| progress.currency = Currency::SEK,
        ];
        for change in changes {
            let before = memo.report(&progress);
            change(&mut progress);
            let after = memo.report(&progress);
            assert_eq!(after, RoiReport::build(&progress));
            assert_ne!(after, before);
        }
    }

    #[test]
    fn round_trips_through_json() {
        let report = sample();
        let parsed = ReportV1::from_json(&Json::parse(&report.to_json()).unwrap()).unwrap();
        assert_eq!(parsed, report);
    }

    #[test]
    fn json_holds_schema_versions_timestamps_answers_scores_and_ids() {
        let report = sample();
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(json["schema"], REPORT_SCHEMA);
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["widget_version"], WIDGET_VERSION);
        assert_eq!(json["questionnaire_version"], QUESTIONNAIRE_VERSION);
        assert_eq!(json["language"], "nb");
        assert_eq!(json["completed_at"], "2026-11-18T11:11:40Z");
        assert_eq!(json["answers"].as_object().unwrap().len(), QUESTIONS.len());
        assert_eq!(json["answers"]["tool_usage"], 0);
        assert_eq!(json["answers"]["output_quality"], 1);
        assert_eq!(
            json["scores"]["areas"].as_object().unwrap().len(),
            Area::ALL.len()
        );
        assert!(json["scores"]["level"].is_u64());
        assert!(json["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == "plan.1"));
    }

    #[test]
    fn json_holds_the_roi_estimate_with_flagged_sources() {
        let json: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        let roi = &json["roi"];
        assert_eq!(roi["currency"], "NOK");
        assert_eq!(roi["horizon_months"], 12);
        assert!(roi["outcome"]["roi_pct"].is_f64());
        assert_eq!(roi["outcome"]["months"].as_array().unwrap().len(), 12);
        let input = |id: &str| {
            roi["inputs"]
                .as_array()
                .unwrap()
                .iter()
                .find(|input| input["field"] == id)
                .unwrap()
                .clone()
        };
        assert_eq!(input("employees")["value"], 40.0);
        assert_eq!(input("employees")["source"], "entered");
        assert_eq!(input("hourly_cost")["source"], "assumption");
        assert_eq!(input("adoption_pct")["source"], "assessment_level");
        assert_eq!(input("external_advice")["source"], "assumption");
        // Untouched amounts take the defaults of the estimate's currency (NOK here).
        assert_eq!(input("hourly_cost")["value"], 580.0);
        assert_eq!(input("external_advice")["value"], 120_000.0);
        assert!(roi.get("scenarios").is_none(), "fixed scenarios are gone");
        let uncertainty = &roi["uncertainty"];
        assert_eq!(uncertainty["runs"], 500);
        assert_eq!(uncertainty["ranges"].as_array().unwrap().len(), 6);
        assert_eq!(uncertainty["ranges"][0]["input"], "hours_saved");
        assert_eq!(uncertainty["ranges"][0]["source"], "seed_000");
        assert_eq!(uncertainty["ranges"][1]["source"], "assumption");
        assert!(uncertainty["roi_pct"]["p10"].as_f64() < uncertainty["roi_pct"]["p90"].as_f64());
        assert_eq!(uncertainty["band"].as_array().unwrap().len(), 12);
        assert_eq!(roi["sensitivity_step_pct"], 20.0);
        assert!(!roi["sensitivity"].as_array().unwrap().is_empty());
    }

    #[test]
    fn file_name_uses_the_completion_day() {
        assert_eq!(sample().file_name(), "ai-maturity-check-2026-11-18.json");
    }
}
