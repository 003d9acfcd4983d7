//! What the widget tells its host page: the event names and the details they carry.
//!
//! Pure data, serialised to JSON; `browser::host_events` turns them into `CustomEvent`s on the
//! mount element and, in an iframe, into messages to the parent page. Documented in README.md.
//!
//! The details are written with `core::json`; the report's (as exported, but compact) only by
//! the later screens' chunk, which sends it.

use super::json::Json;
use super::locale::Currency;
use super::progress::{Progress, Screen};
use super::questionnaire::QUESTIONS;
use super::report::{ReportV1, WIDGET_VERSION};
use super::roi::RoiAnalysis;

/// The `source` of every message posted to a parent page, so it can tell ours from others.
pub const MESSAGE_SOURCE: &str = "ai-maturity-check";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The instance is mounted and usable.
    Ready,
    /// The person moved to another screen or question.
    StepChange,
    /// The assessment was completed; the detail is the report, as exported.
    Complete,
    /// The ROI estimate changed.
    RoiChange,
    /// The person downloaded the report; the detail is the report.
    Export,
    /// In an iframe with a target origin: the page's height changed, so the parent can size
    /// the frame.
    Resize,
    /// The person copied a link to their result or answers; the detail says which kind and how
    /// long, never what it holds.
    Share,
}

impl HostEvent {
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::Ready => "aimc:ready",
            HostEvent::StepChange => "aimc:step-change",
            HostEvent::Complete => "aimc:complete",
            HostEvent::RoiChange => "aimc:roi-change",
            HostEvent::Export => "aimc:export",
            HostEvent::Resize => "aimc:resize",
            HostEvent::Share => "aimc:share",
        }
    }
}

pub struct ReadyDetail<'a> {
    pub instance: &'a str,
    pub language: &'a str,
    pub widget_version: &'a str,
}

impl<'a> ReadyDetail<'a> {
    pub fn new(instance: &'a str, language: &'a str) -> Self {
        ReadyDetail {
            instance,
            language,
            widget_version: WIDGET_VERSION,
        }
    }
}

pub struct ResizeDetail<'a> {
    pub instance: &'a str,
    /// The frame page's full height in CSS pixels.
    pub height: u32,
}

pub struct ShareDetail<'a> {
    pub instance: &'a str,
    /// `result` or `progress` (answers to continue on another device).
    pub kind: &'static str,
    /// The link's length in characters.
    pub length: usize,
}

pub struct StepDetail<'a> {
    pub instance: &'a str,
    /// `intro`, `question`, `result`, `roi`, `history` or `team`.
    pub screen: &'static str,
    /// On a question: its id, its number (1-based) and the total.
    pub question: Option<QuestionStep>,
}

pub struct QuestionStep {
    pub id: &'static str,
    pub number: usize,
    pub total: usize,
}

impl<'a> StepDetail<'a> {
    pub fn of(instance: &'a str, screen: Screen) -> Self {
        let question = match screen {
            Screen::Question(index) => QUESTIONS.get(index).map(|question| QuestionStep {
                id: question.id,
                number: index + 1,
                total: QUESTIONS.len(),
            }),
            _ => None,
        };
        StepDetail {
            instance,
            screen: screen.name(),
            question,
        }
    }
}

pub struct RoiChangeDetail<'a> {
    pub instance: &'a str,
    pub currency: Currency,
    pub horizon_months: u32,
    /// Absent when the estimate cannot be computed (e.g. every cost is zero).
    pub roi_pct: Option<f64>,
    pub net_benefit: Option<f64>,
    pub payback_month: Option<u32>,
    /// The simulation's 10th and 90th percentile of ROI and the share of its cases (0–100) that
    /// pay back within the horizon; absent with the figures above.
    pub roi_pct_p10: Option<f64>,
    pub roi_pct_p90: Option<f64>,
    pub payback_chance_pct: Option<f64>,
}

impl<'a> RoiChangeDetail<'a> {
    pub fn of(instance: &'a str, progress: &Progress, analysis: &RoiAnalysis) -> Self {
        let outcome = analysis.outcome.as_ref().ok();
        let uncertainty = analysis.uncertainty.as_ref();
        RoiChangeDetail {
            instance,
            currency: progress.currency,
            horizon_months: progress.roi.horizon.months(),
            roi_pct: outcome.map(|outcome| outcome.roi_pct),
            net_benefit: outcome.map(|outcome| outcome.net_benefit),
            payback_month: outcome.and_then(|outcome| outcome.payback_month),
            roi_pct_p10: uncertainty.map(|uncertainty| uncertainty.roi_pct.p10),
            roi_pct_p90: uncertainty.map(|uncertainty| uncertainty.roi_pct.p90),
            payback_chance_pct: uncertainty
                .map(|uncertainty| uncertainty.payback_within_horizon_pct),
        }
    }
}

/// What an event carries, as the JSON text of its `detail`.
pub trait Detail {
    fn to_json(&self) -> String;
}

impl Detail for ReadyDetail<'_> {
    fn to_json(&self) -> String {
        Json::object([
            ("instance", Json::string(self.instance)),
            ("language", Json::string(self.language)),
            ("widget_version", Json::string(self.widget_version)),
        ])
        .to_text()
    }
}

impl Detail for ResizeDetail<'_> {
    fn to_json(&self) -> String {
        Json::object([
            ("instance", Json::string(self.instance)),
            ("height", Json::integer(self.height)),
        ])
        .to_text()
    }
}

impl Detail for ShareDetail<'_> {
    fn to_json(&self) -> String {
        Json::object([
            ("instance", Json::string(self.instance)),
            ("kind", Json::string(self.kind)),
            ("length", Json::integer(self.length as i64)),
        ])
        .to_text()
    }
}

impl Detail for StepDetail<'_> {
    fn to_json(&self) -> String {
        let question = self.question.as_ref().map_or(Json::Null, |question| {
            Json::object([
                ("id", Json::string(question.id)),
                ("number", Json::integer(question.number as i64)),
                ("total", Json::integer(question.total as i64)),
            ])
        });
        Json::object([
            ("instance", Json::string(self.instance)),
            ("screen", Json::string(self.screen)),
            ("question", question),
        ])
        .to_text()
    }
}

impl Detail for RoiChangeDetail<'_> {
    fn to_json(&self) -> String {
        Json::object([
            ("instance", Json::string(self.instance)),
            ("currency", Json::string(self.currency.code())),
            ("horizon_months", Json::integer(self.horizon_months)),
            ("roi_pct", self.roi_pct.into()),
            ("net_benefit", self.net_benefit.into()),
            (
                "payback_month",
                self.payback_month.map_or(Json::Null, Json::integer),
            ),
            ("roi_pct_p10", self.roi_pct_p10.into()),
            ("roi_pct_p90", self.roi_pct_p90.into()),
            ("payback_chance_pct", self.payback_chance_pct.into()),
        ])
        .to_text()
    }
}

/// The report, as exported but compact.
impl Detail for ReportV1 {
    fn to_json(&self) -> String {
        self.to_json_value().to_text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names_are_namespaced_and_distinct() {
        let names = [
            HostEvent::Ready,
            HostEvent::StepChange,
            HostEvent::Complete,
            HostEvent::RoiChange,
            HostEvent::Export,
            HostEvent::Resize,
            HostEvent::Share,
        ]
        .map(HostEvent::name);
        assert!(names.iter().all(|name| name.starts_with("aimc:")));
        let mut unique = names.to_vec();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn step_details_name_the_screen_and_question() {
        assert_eq!(
            StepDetail::of("team-a", Screen::Question(2)).to_json(),
            r#"{"instance":"team-a","screen":"question","question":{"id":"use_case_count","number":3,"total":27}}"#
        );
        assert_eq!(
            StepDetail::of("x", Screen::Roi).to_json(),
            r#"{"instance":"x","screen":"roi","question":null}"#
        );
    }

    #[test]
    fn roi_change_details_carry_the_headline_figures() {
        let progress = Progress::default();
        let analysis = RoiAnalysis::of(&progress.roi, None, progress.currency);
        let json: serde_json::Value =
            serde_json::from_str(&RoiChangeDetail::of("x", &progress, &analysis).to_json())
                .unwrap();
        assert_eq!(json["currency"], "EUR");
        assert_eq!(json["horizon_months"], 12);
        assert!(json["roi_pct"].is_f64());
        let (low, high) = (
            json["roi_pct_p10"].as_f64().unwrap(),
            json["roi_pct_p90"].as_f64().unwrap(),
        );
        assert!(low < high, "{low} {high}");
        assert!(json["payback_chance_pct"].is_number());
    }
}
