//! What the core's tests build again and again: a moment in time, and a completed assessment.

use chrono::{DateTime, Utc};

use super::progress::Progress;
use super::questionnaire::QUESTIONS;

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
