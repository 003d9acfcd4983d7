//! The stored form of [`Progress`]: what an instance writes to browser storage, versioned.
//!
//! Every stored value carries `version`. Decoding never panics: a value that is not ours, is
//! damaged, or was written by a newer widget is reported as such, so the storage edge can keep it
//! aside instead of overwriting it. Values with invalid parts (unknown questions, levels out of
//! range, an impossible screen) are repaired rather than rejected.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::locale::Currency;
use super::progress::{Progress, Screen};
use super::roi::RoiInputs;
use crate::content::Lang;

pub const PROGRESS_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct SavedProgressV1 {
    version: u32,
    screen: StoredScreen,
    /// The question's index, with `"screen": "question"` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
    answers: BTreeMap<String, u8>,
    #[serde(default, with = "super::timestamp::optional")]
    started_at: Option<DateTime<Utc>>,
    #[serde(default, with = "super::timestamp::optional")]
    completed_at: Option<DateTime<Utc>>,
    /// Absent in records written before the ROI estimate existed.
    #[serde(default)]
    roi: RoiInputs,
    #[serde(default)]
    currency: Currency,
    /// The language the person chose in the widget; absent when they never chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

/// The screen's name as stored; with `index` it makes a `Screen`. Two plain fields rather than
/// a flattened tagged enum: those need serde's buffering machinery, a few KiB of WebAssembly
/// before the first question.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum StoredScreen {
    Intro,
    Question,
    Result,
    Roi,
    History,
    Team,
}

fn stored_screen(screen: Screen) -> (StoredScreen, Option<usize>) {
    match screen {
        Screen::Intro => (StoredScreen::Intro, None),
        Screen::Question(index) => (StoredScreen::Question, Some(index)),
        Screen::Result => (StoredScreen::Result, None),
        Screen::Roi => (StoredScreen::Roi, None),
        Screen::History => (StoredScreen::History, None),
        Screen::Team => (StoredScreen::Team, None),
    }
}

/// `None` for a question without its index.
fn restored_screen(name: StoredScreen, index: Option<usize>) -> Option<Screen> {
    Some(match name {
        StoredScreen::Intro => Screen::Intro,
        StoredScreen::Question => Screen::Question(index?),
        StoredScreen::Result => Screen::Result,
        StoredScreen::Roi => Screen::Roi,
        StoredScreen::History => Screen::History,
        StoredScreen::Team => Screen::Team,
    })
}

/// The `version` of a stored value (progress or history), read before choosing how to decode
/// the rest.
pub fn stored_version(raw: &str) -> Result<u32, DecodeError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    serde_json::from_str::<VersionOnly>(raw)
        .map(|stored| stored.version)
        .map_err(|_| DecodeError::Unreadable)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not a progress record this widget understands.
    Unreadable,
    /// Written by a newer widget; must not be overwritten by this one.
    NewerVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Unreadable => write!(f, "the stored progress is not readable"),
            DecodeError::NewerVersion(version) => {
                write!(
                    f,
                    "the stored progress has version {version}, newer than {PROGRESS_VERSION}"
                )
            }
        }
    }
}

pub fn encode(progress: &Progress) -> String {
    let (screen, index) = stored_screen(progress.screen);
    let saved = SavedProgressV1 {
        version: PROGRESS_VERSION,
        screen,
        index,
        answers: progress
            .answers
            .iter()
            .map(|(id, level)| (id.to_owned(), level))
            .collect(),
        started_at: progress.started_at,
        completed_at: progress.completed_at,
        roi: progress.roi.clone(),
        currency: progress.currency,
        language: progress.language.map(|lang| lang.code().to_owned()),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

pub fn decode(raw: &str) -> Result<Progress, DecodeError> {
    match stored_version(raw)? {
        1 => {
            let saved: SavedProgressV1 =
                serde_json::from_str(raw).map_err(|_| DecodeError::Unreadable)?;
            let screen =
                restored_screen(saved.screen, saved.index).ok_or(DecodeError::Unreadable)?;
            let (answers, _dropped) = Answers::from_untrusted(saved.answers);
            Ok(Progress {
                screen,
                answers,
                started_at: saved.started_at,
                completed_at: saved.completed_at,
                roi: saved.roi.sanitised(),
                currency: saved.currency,
                // A language this widget does not ship is forgotten, not an error.
                language: saved.language.as_deref().and_then(Lang::from_tag),
            }
            .normalised())
        }
        newer if newer > PROGRESS_VERSION => Err(DecodeError::NewerVersion(newer)),
        _ => Err(DecodeError::Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::QUESTIONS;

    #[test]
    fn round_trip_keeps_everything() {
        let mut progress = Progress {
            screen: Screen::Question(4),
            started_at: DateTime::from_timestamp(1_795_000_000, 0),
            ..Progress::default()
        };
        progress.answers.set("tool_usage", 3);
        progress.answers.set("kpis", 0);
        assert_eq!(decode(&encode(&progress)), Ok(progress));
    }

    #[test]
    fn the_stored_shape_is_stable() {
        let raw = r#"{"version":1,"screen":"question","index":2,"answers":{"tool_usage":1},"started_at":null,"completed_at":null,"roi":{"entered":{"employees":40.0},"use_cases":null,"horizon":"24"},"currency":"NOK"}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.screen, Screen::Question(2));
        assert_eq!(progress.answers.get("tool_usage"), Some(1));
        assert_eq!(progress.currency, Currency::NOK);
        assert_eq!(encode(&progress), raw);
    }

    #[test]
    fn a_chosen_language_is_kept_and_an_unknown_one_forgotten() {
        let progress = Progress {
            language: Lang::from_tag("sv"),
            ..Progress::default()
        };
        assert!(encode(&progress).contains(r#""language":"sv""#));
        assert_eq!(decode(&encode(&progress)), Ok(progress));
        let raw = r#"{"version":1,"screen":"intro","answers":{},"started_at":null,"completed_at":null,"language":"tlh"}"#;
        assert_eq!(decode(raw).map(|progress| progress.language), Ok(None));
    }

    #[test]
    fn records_from_before_the_roi_estimate_still_load() {
        let raw = r#"{"version":1,"screen":"question","index":2,"answers":{"tool_usage":1},"started_at":null,"completed_at":null}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.roi, RoiInputs::default());
        assert_eq!(progress.currency, Currency::EUR);
    }

    #[test]
    fn stored_roi_values_out_of_range_are_dropped() {
        let raw = r#"{"version":1,"screen":"roi","answers":{},"started_at":null,"completed_at":null,"roi":{"entered":{"employees":-5.0,"hourly_cost":80.0},"use_cases":null,"horizon":"12"}}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.screen, Screen::Roi);
        assert_eq!(
            progress
                .roi
                .entered
                .get(&crate::core::roi::RoiField::Employees),
            None
        );
        assert_eq!(
            progress
                .roi
                .entered
                .get(&crate::core::roi::RoiField::HourlyCost),
            Some(&80.0)
        );
    }

    #[test]
    fn junk_is_unreadable() {
        for raw in [
            "",
            "not json",
            "[]",
            "{}",
            r#"{"version":"1"}"#,
            r#"{"version":1}"#,
            r#"{"version":0,"answers":{}}"#,
            r#"{"version":1,"screen":"question","answers":{},"started_at":null,"completed_at":null}"#,
            r#"{"version":1,"screen":"elsewhere","answers":{},"started_at":null,"completed_at":null}"#,
        ] {
            assert_eq!(decode(raw), Err(DecodeError::Unreadable), "{raw}");
        }
    }

    #[test]
    fn a_newer_version_is_reported_not_misread() {
        assert_eq!(
            decode(r#"{"version":7,"whatever":true}"#),
            Err(DecodeError::NewerVersion(7))
        );
    }

    #[test]
    fn invalid_parts_are_repaired() {
        let raw = r#"{"version":1,"screen":"result","answers":{"tool_usage":9,"bogus":1,"kpis":2},"started_at":null,"completed_at":"2026-11-22T10:00:00Z"}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.answers.get("tool_usage"), None);
        assert_eq!(progress.answers.get("kpis"), Some(2));
        assert_eq!(
            progress.screen,
            Screen::Question(0),
            "incomplete answers cannot show a result"
        );
        assert_eq!(progress.completed_at, None);
        assert!(QUESTIONS.len() > 1);
    }
}
