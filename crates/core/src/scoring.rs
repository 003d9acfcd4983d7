//! Scores: each area from 0 to 100, an overall score, and the overall maturity level.
//!
//! An area's score is the mean of its answered levels scaled to 0–100. The overall score is the
//! mean of the answered areas, each area weighing the same however many questions it has. The
//! overall level is the level (0–3) nearest to that mean, so a level means "your answers sit
//! closest to this column of the matrix" (seed 000's three levels plus "not started").

use super::answers::Answers;
use super::questionnaire::{Area, MAX_LEVEL, QUESTIONS};

/// The lowest rounded overall score of each level 1..=3; below the first is level 0.
/// They are the midpoints between levels on the 0–100 scale (16.7, 50, 83.3), rounded up.
pub const LEVEL_THRESHOLDS: [u8; 3] = [17, 50, 84];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MaturityLevel(u8);

impl MaturityLevel {
    pub fn from_overall_score(score: u8) -> MaturityLevel {
        let level = LEVEL_THRESHOLDS
            .iter()
            .filter(|threshold| score >= **threshold)
            .count();
        MaturityLevel(level as u8)
    }

    /// 0 (not started) to 3.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The level numbered `number`, if there is one.
    pub fn from_number(number: u8) -> Option<MaturityLevel> {
        (number <= MAX_LEVEL).then_some(MaturityLevel(number))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaScore {
    pub area: Area,
    /// 0–100, or `None` while no question of the area is answered.
    pub score: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// One entry per area, in `Area::ALL` order.
    pub areas: Vec<AreaScore>,
    /// 0–100 over the answered areas, or `None` when nothing is answered.
    pub overall: Option<u8>,
    pub level: Option<MaturityLevel>,
}

impl Scores {
    pub fn of(&self, area: Area) -> Option<u8> {
        self.areas
            .iter()
            .find(|entry| entry.area == area)
            .and_then(|entry| entry.score)
    }
}

/// The mean level of an area's answered questions as a fraction of MAX_LEVEL (0.0–1.0).
fn area_fraction(answers: &Answers, area: Area) -> Option<f64> {
    let levels: Vec<u8> = QUESTIONS
        .iter()
        .filter(|question| question.area == area)
        .filter_map(|question| answers.get(question.id))
        .collect();
    if levels.is_empty() {
        return None;
    }
    let sum: u32 = levels.iter().map(|level| u32::from(*level)).sum();
    Some(f64::from(sum) / (levels.len() as f64 * f64::from(MAX_LEVEL)))
}

fn to_percent(fraction: f64) -> u8 {
    (fraction * 100.0).round().clamp(0.0, 100.0) as u8
}

pub fn score(answers: &Answers) -> Scores {
    let fractions: Vec<(Area, Option<f64>)> = Area::ALL
        .iter()
        .map(|area| (*area, area_fraction(answers, *area)))
        .collect();
    let answered: Vec<f64> = fractions
        .iter()
        .filter_map(|(_, fraction)| *fraction)
        .collect();
    let overall = if answered.is_empty() {
        None
    } else {
        Some(to_percent(
            answered.iter().sum::<f64>() / answered.len() as f64,
        ))
    };
    Scores {
        areas: fractions
            .into_iter()
            .map(|(area, fraction)| AreaScore {
                area,
                score: fraction.map(to_percent),
            })
            .collect(),
        overall,
        level: overall.map(MaturityLevel::from_overall_score),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lowest_scores_zero_and_level_zero() {
        let scores = score(&Answers::all_at(0));
        assert!(scores.areas.iter().all(|entry| entry.score == Some(0)));
        assert_eq!(scores.overall, Some(0));
        assert_eq!(scores.level, Some(MaturityLevel(0)));
    }

    #[test]
    fn all_highest_scores_hundred_and_level_three() {
        let scores = score(&Answers::all_at(3));
        assert!(scores.areas.iter().all(|entry| entry.score == Some(100)));
        assert_eq!(scores.overall, Some(100));
        assert_eq!(scores.level, Some(MaturityLevel(3)));
    }

    #[test]
    fn mixed_answers_score_per_area_and_weigh_areas_equally() {
        let mut answers = Answers::all_at(1);
        // Tool knowledge: levels 3 and 2 -> 5/6 -> 83.
        answers.set("tool_usage", 3);
        answers.set("output_quality", 2);
        // Learning paths (three questions): 0, 0, 3 -> 3/9 -> 33.
        answers.set("role_paths", 0);
        answers.set("rollout", 0);
        answers.set("practice", 3);
        // Governance: 2 and 2 -> 67.
        answers.set("tools", 2);
        answers.set("data_rules", 2);
        let scores = score(&answers);
        assert_eq!(scores.of(Area::ToolKnowledge), Some(83));
        assert_eq!(scores.of(Area::LearningPaths), Some(33));
        assert_eq!(scores.of(Area::Governance), Some(67));
        assert_eq!(scores.of(Area::Measurement), Some(33));
        // (5/6 + 2/3 + 11 * 1/3) / 13 = 0.3974 -> 40.
        assert_eq!(scores.overall, Some(40));
        assert_eq!(scores.level, Some(MaturityLevel(1)));
    }

    #[test]
    fn unanswered_areas_have_no_score_and_nothing_answered_has_no_level() {
        let empty = score(&Answers::default());
        assert!(empty.areas.iter().all(|entry| entry.score.is_none()));
        assert_eq!(empty.overall, None);
        assert_eq!(empty.level, None);

        let mut partial = Answers::default();
        partial.set("kpis", 3);
        let scores = score(&partial);
        assert_eq!(scores.of(Area::Measurement), Some(100));
        assert_eq!(scores.of(Area::Governance), None);
        assert_eq!(scores.overall, Some(100), "only answered areas count");
    }

    #[test]
    fn level_boundaries() {
        let level = |score| MaturityLevel::from_overall_score(score).number();
        assert_eq!(level(0), 0);
        assert_eq!(level(16), 0);
        assert_eq!(level(17), 1);
        assert_eq!(level(49), 1);
        assert_eq!(level(50), 2);
        assert_eq!(level(83), 2);
        assert_eq!(level(84), 3);
        assert_eq!(level(100), 3);
    }

    #[test]
    fn uniform_answers_land_on_their_own_level() {
        for level in 0..=MAX_LEVEL {
            assert_eq!(
                score(&Answers::all_at(level)).level,
                Some(MaturityLevel(level))
            );
        }
    }
}
