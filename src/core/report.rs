//! The exported report: the JSON file "Download JSON" saves (documented in README.md).
//!
//! Language-neutral: answers, scores and recommendations are ids and numbers; `language` only
//! says which language the person used. A later format gets a new struct and a migration; a
//! reader checks `schema` and `schema_version` before trusting anything else.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::questionnaire::QUESTIONNAIRE_VERSION;
use super::recommendations::recommend;
use super::scoring::score;

pub const REPORT_SCHEMA: &str = "ai-maturity-check/report";
pub const REPORT_SCHEMA_VERSION: u32 = 1;
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// When an assessment was started, completed and exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportTimes {
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub exported_at: DateTime<Utc>,
}

impl ReportV1 {
    pub fn build(answers: &Answers, language: &str, times: ReportTimes) -> ReportV1 {
        let scores = score(answers);
        let recommendations = recommend(answers, &scores).ids();
        ReportV1 {
            schema: REPORT_SCHEMA.to_owned(),
            schema_version: REPORT_SCHEMA_VERSION,
            widget_version: WIDGET_VERSION.to_owned(),
            questionnaire_version: QUESTIONNAIRE_VERSION,
            language: language.to_owned(),
            started_at: times.started_at,
            completed_at: times.completed_at,
            exported_at: times.exported_at,
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
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings, numbers and maps with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A file name that sorts by date: `ai-maturity-check-2026-11-22.json`.
    pub fn file_name(&self) -> String {
        let day = self
            .completed_at
            .unwrap_or(self.exported_at)
            .format("%Y-%m-%d");
        format!("ai-maturity-check-{day}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::QUESTIONS;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).unwrap()
    }

    fn sample() -> ReportV1 {
        let mut answers = Answers::default();
        for (index, question) in QUESTIONS.iter().enumerate() {
            answers.set(question.id, (index % 4) as u8);
        }
        let times = ReportTimes {
            started_at: Some(at(1_795_000_000)),
            completed_at: Some(at(1_795_000_300)),
            exported_at: at(1_795_000_400),
        };
        ReportV1::build(&answers, "nb", times)
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
        assert_eq!(json["scores"]["areas"].as_object().unwrap().len(), 12);
        assert!(json["scores"]["level"].is_u64());
        assert!(json["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == "plan.1"));
    }

    #[test]
    fn file_name_uses_the_completion_day() {
        assert_eq!(sample().file_name(), "ai-maturity-check-2026-11-18.json");
    }
}
