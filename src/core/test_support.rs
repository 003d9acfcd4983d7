//! What the core's tests build again and again: a moment in time, a completed assessment, a
//! report with an ROI estimate, and use cases.

use chrono::{DateTime, Utc};

use super::locale::Currency;
use super::progress::Progress;
use super::questionnaire::QUESTIONS;
use super::report::ReportV1;
use super::roi::{RoiField, UseCase};

/// `seconds` after the Unix epoch.
pub fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("a representable moment")
}

/// An assessment completed at `completed` (started five minutes before), question `index`
/// answered `level_of(index)`.
pub fn completed(level_of: impl Fn(usize) -> u8, completed: i64) -> Progress {
    let mut progress = Progress {
        started_at: Some(at(completed - 300)),
        completed_at: Some(at(completed)),
        ..Progress::default()
    };
    for (index, question) in QUESTIONS.iter().enumerate() {
        progress.answers.set(question.id, level_of(index));
    }
    progress
}

/// Every level in use (question `index` answered `index % 4`), completed at 1 795 000 300, the
/// estimate in kroner with 40 employees entered.
pub fn varied_progress() -> Progress {
    let mut progress = completed(|index| (index % 4) as u8, 1_795_000_300);
    progress.currency = Currency::NOK;
    progress.roi.entered.insert(RoiField::Employees, 40.0);
    progress
}

/// The report of `progress`, exported in Norwegian 100 seconds after `varied_progress` was
/// completed.
pub fn norwegian_report(progress: &Progress) -> ReportV1 {
    ReportV1::build(progress, "nb", at(1_795_000_400))
}

/// Offers, 6 hours a week for 10 people, and follow-up, 4 hours for 5: 80 hours in all.
pub fn two_use_cases() -> Vec<UseCase> {
    vec![
        UseCase {
            name: "Offers".into(),
            hours_per_week: 6.0,
            people: 10.0,
        },
        UseCase {
            name: "Follow-up".into(),
            hours_per_week: 4.0,
            people: 5.0,
        },
    ]
}
