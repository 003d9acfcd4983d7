//! The exported report: the JSON file "Download JSON" saves (documented in README.md).
//!
//! Language-neutral: answers, scores and recommendations are ids and numbers; `language` only
//! says which language the person used. A later format gets a new struct and a migration; a
//! reader checks `schema` and `schema_version` before trusting anything else.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::locale::{day_stamp, Currency};
use super::progress::Progress;
use super::questionnaire::QUESTIONNAIRE_VERSION;
use super::recommendations::recommend;
use super::roi::{
    DefaultSource, PlausibilityNote, RoiAnalysis, RoiError, RoiField, RoiOutcome, Sensitivity,
    UseCase, FIELDS, SENSITIVITY_STEP,
};
use super::roi_uncertainty::Uncertainty;
use super::scoring::score;

pub const REPORT_SCHEMA: &str = "ai-maturity-check/report";
pub const REPORT_SCHEMA_VERSION: u32 = 1;
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportV1 {
    pub schema: String,
    pub schema_version: u32,
    pub widget_version: String,
    pub questionnaire_version: u32,
    /// The language the assessment was taken in (`en`, `nb`, ...); labels only.
    pub language: String,
    #[serde(default, with = "super::timestamp::optional")]
    pub started_at: Option<DateTime<Utc>>,
    #[serde(default, with = "super::timestamp::optional")]
    pub completed_at: Option<DateTime<Utc>>,
    #[serde(with = "super::timestamp")]
    pub exported_at: DateTime<Utc>,
    /// Level 0–3 per question id.
    pub answers: BTreeMap<String, u8>,
    pub scores: ReportScores,
    /// `next.<area>`, `pitfall.<n>` and `plan.<level>` ids, in the order the result shows them.
    pub recommendations: Vec<String>,
    /// The ROI estimate with the inputs it used. Always written; absent in files exported
    /// before the widget had the ROI estimate, which still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roi: Option<RoiReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
    /// Each input is varied by ± this percentage.
    pub sensitivity_step_pct: f64,
    /// Largest ROI swing first.
    pub sensitivity: Vec<Sensitivity>,
    pub plausibility_notes: Vec<PlausibilityNote>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        ReportV1 {
            roi: Some(RoiReport::build(progress)),
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
            answers: answers
                .iter()
                .map(|(id, level)| (id.to_owned(), level))
                .collect(),
            scores: ReportScores {
                overall: scores.overall,
                level: scores.level.map(|level| level.number()),
                areas: scores
                    .areas
                    .iter()
                    .filter_map(|entry| {
                        entry.score.map(|value| (entry.area.id().to_owned(), value))
                    })
                    .collect(),
            },
            recommendations,
            roi: None,
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings, numbers and maps with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A file name that sorts by date: `ai-maturity-check-2026-11-22.json`.
    pub fn file_name(&self) -> String {
        let day = day_stamp(self.completed_at.unwrap_or(self.exported_at));
        format!("ai-maturity-check-{day}.json")
    }
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
    fn round_trips_through_json() {
        let report = sample();
        let parsed: ReportV1 = serde_json::from_str(&report.to_json()).unwrap();
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
