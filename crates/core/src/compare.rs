//! Two results side by side: how each area, the overall score and the level moved, and which
//! pitfalls appeared or went away. Works on reports, so a stored, imported or current result
//! compare alike.

use super::questionnaire::Area;
use super::report::ReportV1;

/// One area's score before and after (absent where that result did not answer the area).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaChange {
    pub area: Area,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl AreaChange {
    /// After minus before, where both exist.
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.after?) - i16::from(self.before?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub overall: (Option<u8>, Option<u8>),
    pub level: (Option<u8>, Option<u8>),
    /// Every area, in `Area::ALL` order.
    pub areas: Vec<AreaChange>,
    /// `pitfall.<n>` ids the later result shows and the earlier did not.
    pub new_pitfalls: Vec<String>,
    /// `pitfall.<n>` ids the earlier result showed and the later does not.
    pub resolved_pitfalls: Vec<String>,
}

fn pitfalls(report: &ReportV1) -> Vec<&str> {
    report
        .recommendations
        .iter()
        .map(String::as_str)
        .filter(|id| id.starts_with("pitfall."))
        .collect()
}

/// Compares `before` with `after` (the caller decides which is which, usually by date).
pub fn compare(before: &ReportV1, after: &ReportV1) -> Comparison {
    let score = |report: &ReportV1, area: Area| report.scores.areas.get(area.id()).copied();
    let (old, new) = (pitfalls(before), pitfalls(after));
    Comparison {
        overall: (before.scores.overall, after.scores.overall),
        level: (before.scores.level, after.scores.level),
        areas: Area::ALL
            .iter()
            .map(|&area| AreaChange {
                area,
                before: score(before, area),
                after: score(after, area),
            })
            .collect(),
        new_pitfalls: new
            .iter()
            .filter(|id| !old.contains(id))
            .map(|id| id.to_string())
            .collect(),
        resolved_pitfalls: old
            .iter()
            .filter(|id| !new.contains(id))
            .map(|id| id.to_string())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, completed};

    fn report(level_of: impl Fn(usize) -> u8) -> ReportV1 {
        ReportV1::build(&completed(level_of, 1_000), "en", at(1_010))
    }

    #[test]
    fn shows_area_moves_level_change_and_pitfalls_won_and_lost() {
        let before = report(|_| 0);
        let after = report(|_| 3);
        let comparison = compare(&before, &after);
        assert_eq!(comparison.overall, (Some(0), Some(100)));
        assert_eq!(comparison.level, (Some(0), Some(3)));
        assert_eq!(comparison.areas.len(), Area::ALL.len());
        assert!(comparison
            .areas
            .iter()
            .all(|change| change.delta() == Some(100)));
        assert!(comparison.new_pitfalls.is_empty());
        assert!(!comparison.resolved_pitfalls.is_empty());
        assert!(comparison
            .resolved_pitfalls
            .iter()
            .all(|id| id.starts_with("pitfall.")));

        let back = compare(&after, &before);
        assert_eq!(back.new_pitfalls, comparison.resolved_pitfalls);
        assert!(back.areas.iter().all(|change| change.delta() == Some(-100)));
    }

    #[test]
    fn an_unanswered_area_has_no_delta() {
        let empty = report(|_| 0);
        let mut partial = empty.clone();
        partial.scores.areas.remove("governance");
        let comparison = compare(&partial, &empty);
        let governance = comparison
            .areas
            .iter()
            .find(|change| change.area == Area::from_id("governance").unwrap())
            .unwrap();
        assert_eq!((governance.before, governance.delta()), (None, None));
    }
}
