//! The stored form of [`Progress`]: what an instance writes to browser storage, versioned.
//!
//! Every stored value carries `version`. Decoding never panics: a value that is not ours, is
//! damaged, or was written by a newer widget is reported as such, so the storage edge can keep it
//! aside instead of overwriting it. Values with invalid parts (unknown questions, levels out of
//! range, an impossible screen) are repaired rather than rejected. Answers given to an earlier
//! questionnaire are carried over by `questionnaire::migrate_answer`, and the person goes on at
//! the first question they have not answered in today's questionnaire.

use std::fmt;

use chrono::{DateTime, Utc};

use super::answers::Answers;
use super::json::Json;
use super::locale::Currency;
use super::ordered::SortedMap;
use super::progress::{Progress, Screen};
use super::questionnaire::{migrate_answer, QUESTIONNAIRE_VERSION};
use super::roi::{Horizon, RoiField, RoiInputs, UseCase};
use super::timestamp;
use crate::lang::Lang;

pub const PROGRESS_VERSION: u32 = 1;

// Version 1, in this order (written by `core::json`, byte for byte as serde_json wrote it):
//   version      1
//   questionnaire the questionnaire version the answers were given to (absent: 1, written
//                before version 2 of the questionnaire)
//   screen       "intro", "question", "result", "roi", "history" or "team"
//   index        the question's index, with "screen": "question" only
//   answers      {question id: level}
//   started_at   RFC 3339 timestamp or null (absent: null)
//   completed_at RFC 3339 timestamp or null (absent: null)
//   roi          {"entered": {field id: number}, "use_cases": null or
//                [{"name", "hours_per_week", "people"}], "horizon": "12", "24" or "36"};
//                absent in records written before the ROI estimate existed
//   currency     "EUR", "NOK", ... (absent: EUR)
//   language     the language the person chose in the widget; absent when they never chose one
// The ROI inputs keep the shape serde gave `RoiInputs` when it wrote them; a test holds it.

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

impl std::error::Error for DecodeError {}

fn timestamp_json(at: Option<DateTime<Utc>>) -> Json {
    at.map_or(Json::Null, |at| Json::String(timestamp::write(at)))
}

/// Absent or null is `None`; anything but a timestamp is unreadable.
fn read_timestamp(value: Option<&Json>) -> Result<Option<DateTime<Utc>>, DecodeError> {
    match value {
        None | Some(Json::Null) => Ok(None),
        Some(value) => value
            .as_str()
            .and_then(timestamp::read)
            .map(Some)
            .ok_or(DecodeError::Unreadable),
    }
}

pub fn encode(progress: &Progress) -> String {
    let mut members = vec![
        ("version".to_owned(), Json::integer(PROGRESS_VERSION)),
        (
            "questionnaire".to_owned(),
            Json::integer(QUESTIONNAIRE_VERSION),
        ),
        ("screen".to_owned(), Json::string(progress.screen.name())),
    ];
    if let Screen::Question(index) = progress.screen {
        members.push(("index".to_owned(), Json::integer(index as i64)));
    }
    let answers = progress
        .answers
        .iter()
        .map(|(id, level)| (id.to_owned(), Json::integer(level)))
        .collect();
    members.extend([
        ("answers".to_owned(), Json::Object(answers)),
        ("started_at".to_owned(), timestamp_json(progress.started_at)),
        (
            "completed_at".to_owned(),
            timestamp_json(progress.completed_at),
        ),
        ("roi".to_owned(), roi_json(&progress.roi)),
        (
            "currency".to_owned(),
            Json::string(progress.currency.code()),
        ),
    ]);
    if let Some(lang) = progress.language {
        members.push(("language".to_owned(), Json::string(lang.code())));
    }
    Json::Object(members).to_text()
}

fn roi_json(roi: &RoiInputs) -> Json {
    let entered = roi
        .entered
        .iter()
        .map(|(field, value)| (field.id().to_owned(), Json::float(*value)))
        .collect();
    let use_cases = roi.use_cases.as_ref().map_or(Json::Null, |cases| {
        Json::Array(
            cases
                .iter()
                .map(|case| {
                    Json::object([
                        ("name", Json::string(&case.name)),
                        ("hours_per_week", Json::float(case.hours_per_week)),
                        ("people", Json::float(case.people)),
                    ])
                })
                .collect(),
        )
    });
    let horizon = roi.horizon.months().to_string();
    Json::object([
        ("entered", Json::Object(entered)),
        ("use_cases", use_cases),
        ("horizon", Json::String(horizon)),
    ])
}

/// The stored ROI inputs. Parts that are not what this widget writes (an unknown field, a
/// use case without its numbers) are left out rather than costing the answers beside them;
/// values out of range are dropped by `sanitised`.
fn read_roi(value: Option<&Json>) -> RoiInputs {
    let Some(value) = value else {
        return RoiInputs::default();
    };
    let mut entered = SortedMap::new();
    for (id, number) in value
        .get("entered")
        .and_then(Json::members)
        .unwrap_or_default()
    {
        if let (Some(field), Some(number)) = (RoiField::from_id(id), number.as_f64()) {
            entered.insert(field, number);
        }
    }
    let use_cases = value.get("use_cases").and_then(Json::items).map(|cases| {
        cases
            .iter()
            .filter_map(|case| {
                Some(UseCase {
                    name: case.get("name")?.as_str()?.to_owned(),
                    hours_per_week: case.get("hours_per_week")?.as_f64()?,
                    people: case.get("people")?.as_f64()?,
                })
            })
            .collect()
    });
    let horizon = value
        .get("horizon")
        .and_then(Json::as_str)
        .and_then(|months| {
            Horizon::ALL
                .into_iter()
                .find(|horizon| horizon.months().to_string() == months)
        })
        .unwrap_or(Horizon::Months12);
    RoiInputs {
        entered,
        use_cases,
        horizon,
    }
    .sanitised()
}

pub fn decode(raw: &str) -> Result<Progress, DecodeError> {
    let saved = Json::parse(raw).ok_or(DecodeError::Unreadable)?;
    let version = saved
        .get("version")
        .and_then(Json::as_integer::<u32>)
        .ok_or(DecodeError::Unreadable)?;
    match version {
        1 => {
            let questionnaire = match saved.get("questionnaire") {
                None => 1,
                Some(value) => value
                    .as_integer::<u32>()
                    .filter(|version| *version >= 1)
                    .ok_or(DecodeError::Unreadable)?,
            };
            if questionnaire > QUESTIONNAIRE_VERSION {
                // Answers to questions this widget does not know: a newer widget's, kept.
                return Err(DecodeError::NewerVersion(questionnaire));
            }
            let index = saved.get("index").and_then(Json::as_integer::<usize>);
            let mut screen = saved
                .get("screen")
                .and_then(Json::as_str)
                .and_then(|name| Screen::from_name(name, index))
                .ok_or(DecodeError::Unreadable)?;
            let answers = saved
                .get("answers")
                .and_then(Json::members)
                .ok_or(DecodeError::Unreadable)?
                .iter()
                .filter_map(|(id, level)| {
                    let level = migrate_answer(questionnaire, id, level.as_integer()?)?;
                    Some((id.clone(), level))
                });
            let (answers, _dropped) = Answers::from_untrusted(answers);
            if questionnaire < QUESTIONNAIRE_VERSION {
                // The questions moved: go on where an answer is missing now.
                if let Screen::Question(_) = screen {
                    screen = Screen::Question(answers.first_unanswered().unwrap_or(0));
                }
            }
            Ok(Progress {
                screen,
                answers,
                started_at: read_timestamp(saved.get("started_at"))?,
                completed_at: read_timestamp(saved.get("completed_at"))?,
                roi: read_roi(saved.get("roi")),
                currency: saved
                    .get("currency")
                    .and_then(Json::as_str)
                    .and_then(Currency::from_code)
                    .unwrap_or_default(),
                // A language this widget does not ship is forgotten, not an error.
                language: saved
                    .get("language")
                    .and_then(Json::as_str)
                    .and_then(Lang::from_tag),
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
    use crate::questionnaire::QUESTIONS;

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
        let raw = r#"{"version":1,"questionnaire":2,"screen":"question","index":2,"answers":{"tool_usage":1},"started_at":null,"completed_at":null,"roi":{"entered":{"employees":40.0},"use_cases":null,"horizon":"24"},"currency":"NOK"}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.screen, Screen::Question(2));
        assert_eq!(progress.answers.get("tool_usage"), Some(1));
        assert_eq!(progress.currency, Currency::NOK);
        assert_eq!(encode(&progress), raw);
    }

    #[test]
    fn roi_inputs_are_stored_in_the_shape_serde_gave_them() {
        let mut roi = RoiInputs {
            use_cases: Some(vec![UseCase {
                name: "Offers \"B2B\" \\ æ".to_owned(),
                hours_per_week: 1.5,
                people: 3.0,
            }]),
            horizon: Horizon::Months36,
            ..RoiInputs::default()
        };
        for spec in crate::roi::FIELDS {
            roi.entered.insert(spec.field, spec.default);
            assert_eq!(RoiField::from_id(spec.field.id()), Some(spec.field));
        }
        roi.entered.insert(RoiField::HourlyCost, 62.35);
        let progress = Progress {
            roi: roi.clone(),
            ..Progress::default()
        };
        let stored: serde_json::Value = serde_json::from_str(&encode(&progress)).unwrap();
        let entered: serde_json::Map<String, serde_json::Value> = roi
            .entered
            .iter()
            .map(|(field, value)| (field.id().to_owned(), serde_json::json!(value)))
            .collect();
        let serde_shape = serde_json::json!({
            "entered": entered,
            "use_cases": [{"name": "Offers \"B2B\" \\ æ", "hours_per_week": 1.5, "people": 3.0}],
            "horizon": "36",
        });
        assert_eq!(stored["roi"], serde_shape);
        assert_eq!(decode(&encode(&progress)).unwrap().roi, roi);
    }

    #[test]
    fn broken_roi_parts_are_left_out_and_the_answers_kept() {
        let raw = r#"{"version":1,"screen":"roi","answers":{"tool_usage":2},"roi":{"entered":{"employees":"many","hourly_cost":80,"warp":1.0},"use_cases":[{"name":"x"},{"name":"y","hours_per_week":2,"people":1}],"horizon":"99"}}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.answers.get("tool_usage"), Some(2));
        let entered: Vec<_> = progress.roi.entered.into_iter().collect();
        assert_eq!(entered, [(RoiField::HourlyCost, 80.0)]);
        let cases = progress.roi.use_cases.unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].name, "y");
        assert_eq!(progress.roi.horizon, Horizon::Months12);
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
    fn an_assessment_in_progress_on_questionnaire_1_goes_on_in_todays_terms() {
        // Written before the questionnaire had a version in storage: the 23 questions before
        // the added ones answered, "reviews" at "about once a year", on question 24 ("tools").
        let answered: Vec<String> = QUESTIONS
            .iter()
            .take_while(|question| question.id != "job_concerns")
            .map(|question| {
                let level = if question.id == "reviews" { 2 } else { 1 };
                format!(r#""{}":{level}"#, question.id)
            })
            .collect();
        assert_eq!(answered.len(), 23);
        let raw = format!(
            r#"{{"version":1,"screen":"question","index":23,"answers":{{{}}},"started_at":"2026-11-22T10:00:00Z","completed_at":null}}"#,
            answered.join(",")
        );
        let progress = decode(&raw).unwrap();
        assert_eq!(progress.answers.len(), 23);
        assert_eq!(progress.answers.get("reviews"), Some(1), "yearly is now 1");
        assert_eq!(progress.answers.get("tool_usage"), Some(1));
        let next = QUESTIONS
            .iter()
            .position(|question| question.id == "job_concerns")
            .unwrap();
        assert_eq!(
            progress.screen,
            Screen::Question(next),
            "the first added question"
        );
        assert!(encode(&progress).contains(r#""questionnaire":2"#));

        // A finished one goes to the added questions; its old answer of 0 to the split
        // question is asked again.
        let finished = raw
            .replace(r#""screen":"question","index":23"#, r#""screen":"result""#)
            .replace(r#""output_quality":1"#, r#""output_quality":0"#);
        let progress = decode(&finished).unwrap();
        assert_eq!(progress.answers.get("output_quality"), None);
        assert_eq!(progress.screen, Screen::Question(1));
        assert_eq!(progress.completed_at, None);
    }

    #[test]
    fn a_newer_or_broken_questionnaire_version_is_not_misread() {
        let newer = r#"{"version":1,"questionnaire":3,"screen":"intro","answers":{}}"#;
        assert_eq!(decode(newer), Err(DecodeError::NewerVersion(3)));
        for broken in [r#""x""#, "0", "1.5", "-1"] {
            let raw = format!(
                r#"{{"version":1,"questionnaire":{broken},"screen":"intro","answers":{{}}}}"#
            );
            assert_eq!(decode(&raw), Err(DecodeError::Unreadable), "{broken}");
        }
    }

    #[test]
    fn stored_roi_values_out_of_range_are_dropped() {
        let raw = r#"{"version":1,"screen":"roi","answers":{},"started_at":null,"completed_at":null,"roi":{"entered":{"employees":-5.0,"hourly_cost":80.0},"use_cases":null,"horizon":"12"}}"#;
        let progress = decode(raw).unwrap();
        assert_eq!(progress.screen, Screen::Roi);
        assert_eq!(
            progress.roi.entered.get(&crate::roi::RoiField::Employees),
            None
        );
        assert_eq!(
            progress.roi.entered.get(&crate::roi::RoiField::HourlyCost),
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
            r#"{"version":1,"screen":"intro","answers":[]}"#,
            r#"{"version":1,"screen":"intro","answers":{},"started_at":"yesterday"}"#,
            r#"{"version":1.0,"screen":"intro","answers":{}}"#,
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

/// Property tests (proptest): whatever storage holds, decoding answers without panicking, and a
/// progress it gives back is one the widget can show and store again.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    use super::*;
    use crate::questionnaire::{question_by_id, MAX_LEVEL, QUESTIONS};
    use crate::test_support::arbitrary::{changed, config, damaged};
    use crate::test_support::{at, two_use_cases, varied_progress};

    /// A stored progress with every part: on a question, answers, both timestamps, entered
    /// amounts, use cases, a currency and a chosen language.
    fn valid() -> String {
        let mut progress = varied_progress();
        progress.screen = Screen::Question(3);
        progress.started_at = Some(at(1_795_000_000));
        progress.roi.entered.insert(RoiField::HourlyCost, 61.5);
        progress.roi.use_cases = Some(two_use_cases());
        progress.roi.horizon = Horizon::Months36;
        progress.language = Lang::from_tag("sv");
        encode(&progress)
    }

    /// What decoding promises: the screen exists and may show, the answers are known questions
    /// at known levels, a completion has every answer, the ROI inputs are in their ranges, and
    /// what is stored again reads back.
    fn check_showable(progress: &Progress) -> Result<(), TestCaseError> {
        match progress.screen {
            Screen::Question(index) => prop_assert!(index < QUESTIONS.len()),
            Screen::Result => prop_assert!(progress.answers.is_complete()),
            _ => {}
        }
        if progress.completed_at.is_some() {
            prop_assert!(progress.answers.is_complete());
        }
        for (id, level) in progress.answers.iter() {
            prop_assert!(
                question_by_id(id).is_some() && level <= MAX_LEVEL,
                "{id}: {level}"
            );
        }
        for (field, value) in &progress.roi.entered {
            let spec = field.spec();
            prop_assert!(
                value.is_finite() && (spec.min..=spec.max).contains(value),
                "{}: {value}",
                field.id()
            );
        }
        for case in progress.roi.use_cases.iter().flatten() {
            prop_assert!(UseCase::hours_in_range(case.hours_per_week));
            prop_assert!(UseCase::people_in_range(case.people));
        }
        // Stored again, it reads back: the same place, answers, times and choices. (Amounts
        // with 16 significant digits may move in the last one; see `Json::float`.)
        let again = decode(&encode(progress));
        prop_assert!(again.is_ok(), "{:?}", again);
        if let Ok(again) = again {
            prop_assert_eq!(again.screen, progress.screen);
            prop_assert_eq!(&again.answers, &progress.answers);
            prop_assert_eq!(again.started_at, progress.started_at);
            prop_assert_eq!(again.completed_at, progress.completed_at);
            prop_assert_eq!(again.currency, progress.currency);
            prop_assert_eq!(again.language, progress.language);
            prop_assert_eq!(again.roi.horizon, progress.roi.horizon);
        }
        Ok(())
    }

    fn check_decoded(text: &str) -> Result<(), TestCaseError> {
        match decode(text) {
            Ok(progress) => check_showable(&progress)?,
            Err(DecodeError::NewerVersion(version)) => {
                prop_assert!(version > PROGRESS_VERSION.min(QUESTIONNAIRE_VERSION));
            }
            Err(DecodeError::Unreadable) => {}
        }
        Ok(())
    }

    #[test]
    fn the_valid_record_decodes() {
        assert!(decode(&valid()).is_ok());
    }

    proptest! {
        #![proptest_config(config(10_000))]

        /// Bytes, arbitrary JSON, and the valid record changed, cut or with a byte replaced.
        #[test]
        fn any_stored_text_decodes_to_something_showable_or_an_error(bytes in damaged(&valid())) {
            check_decoded(&String::from_utf8_lossy(&bytes))?;
        }
    }

    proptest! {
        #![proptest_config(config(15_000))]

        /// The valid record with the right keys holding wrong things, members gone or twice.
        #[test]
        fn a_changed_record_decodes_to_something_showable_or_an_error(value in changed(&valid())) {
            check_decoded(&value.to_text())?;
        }
    }
}
