//! The core used the way the widget uses it: walk the wizard, score, recommend, export and
//! restore, with texts in both shipped languages. Runs natively (`cargo test`).
#![cfg(not(target_arch = "wasm32"))]

use ai_maturity_check::content::{Lang, LangTexts};
use ai_maturity_check::core::json::Json;
use ai_maturity_check::core::progress::{Progress, Screen, StepError};
use ai_maturity_check::core::questionnaire::{Area, QUESTIONS};
use ai_maturity_check::core::recommendations::recommend;
use ai_maturity_check::core::report::ReportV1;
use ai_maturity_check::core::saved_progress;
use ai_maturity_check::core::scoring::score;
use chrono::{DateTime, Utc};

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap()
}

/// A team that uses AI well but measures nothing and has no rules for data.
fn team_without_measurement_or_rules(question_id: &str) -> u8 {
    match question_id {
        "kpis" | "reviews" | "data_rules" => 0,
        "tools" => 1,
        _ => 2,
    }
}

#[test]
fn a_whole_assessment_from_intro_to_exported_report() {
    let mut progress = Progress::default();
    progress.start(at(1_800_000_000));
    assert_eq!(
        progress.next(at(1_800_000_001)),
        Err(StepError::AnswerRequired)
    );

    for question in QUESTIONS {
        assert_eq!(
            progress.screen,
            Screen::Question(QUESTIONS.iter().position(|q| q == question).unwrap())
        );
        progress.answer(team_without_measurement_or_rules(question.id));
        progress.next(at(1_800_000_300)).unwrap();
    }
    assert_eq!(progress.screen, Screen::Result);

    let scores = score(&progress.answers);
    assert_eq!(scores.of(Area::Measurement), Some(0));
    assert_eq!(scores.of(Area::Governance), Some(17));
    assert_eq!(scores.level.map(|level| level.number()), Some(2));

    let recommendations = recommend(&progress.answers, &scores);
    assert_eq!(
        recommendations.gaps[..2],
        [Area::Measurement, Area::Governance]
    );
    let pitfalls: Vec<u8> = recommendations
        .pitfalls
        .iter()
        .map(|pitfall| pitfall.number())
        .collect();
    assert_eq!(
        pitfalls,
        [4, 6, 7],
        "tool sprawl, privacy ignored, no measurement"
    );

    for lang in Lang::all() {
        let texts = lang.texts();
        assert!(!texts.level_name(scores.level.unwrap()).is_empty());
        for step in texts.next_steps(Area::Measurement) {
            assert!(!step.is_empty());
        }
    }

    let report = ReportV1::build(&progress, "nb", at(1_800_000_400));
    let parsed = ReportV1::from_json(&Json::parse(&report.to_json()).unwrap()).unwrap();
    assert_eq!(parsed.recommendations[0], "next.measurement");
    assert_eq!(parsed.completed_at, Some(at(1_800_000_300)));
    assert!(parsed
        .roi
        .and_then(|roi| roi.outcome)
        .is_some_and(|outcome| outcome.roi_pct.is_finite()));
}

#[test]
fn progress_survives_storage_and_a_reload() {
    let mut progress = Progress::default();
    progress.start(at(1_800_000_000));
    for level in [3, 1, 2] {
        progress.answer(level);
        progress.next(at(1_800_000_010)).unwrap();
    }
    let restored = saved_progress::decode(&saved_progress::encode(&progress)).unwrap();
    assert_eq!(restored.screen, Screen::Question(3));
    assert_eq!(restored.answers.get("use_case_count"), Some(2));
    assert_eq!(restored, progress);
}
