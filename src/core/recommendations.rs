//! What a result recommends: next steps for the weakest areas, the pitfalls the answers reveal,
//! and a 90-day plan for the overall level.
//!
//! Everything here is an id; the texts behind the ids live in the content files
//! (`next.<area>.step1..3`, `pitfall.<n>.name/remedy`, `plan.<level>`). The ids are also what the
//! JSON export lists, so a report stays language-neutral.

use super::answers::Answers;
use super::questionnaire::Area;
use super::scoring::{MaturityLevel, Scores};

/// How many of the weakest areas get next steps.
pub const MAX_GAPS: usize = 3;

/// The eight pitfalls of seed 003 ("Fallgruver og hvordan unngå dem"), numbered as there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pitfall(u8);

impl Pitfall {
    /// 1..=8, as numbered in seed 003.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The pitfall numbered `number` in seed 003, if there is one.
    pub fn from_number(number: u8) -> Option<Pitfall> {
        (1..=8).contains(&number).then_some(Pitfall(number))
    }
}

/// A pitfall shows when a question's answer is one of the listed levels.
struct PitfallRule {
    pitfall: Pitfall,
    question: &'static str,
    levels: &'static [u8],
}

const fn rule(pitfall: u8, question: &'static str, levels: &'static [u8]) -> PitfallRule {
    PitfallRule {
        pitfall: Pitfall(pitfall),
        question,
        levels,
    }
}

/// Which answers reveal which pitfall (seed 003). Level 0 of a training question means "no
/// training yet", which is a gap, not pitfall 1 or 2; level 0 of support, tools, data rules,
/// KPIs and anchoring is the pitfall itself.
const PITFALL_RULES: &[PitfallRule] = &[
    rule(1, "rollout", &[1]),       // everyone at once: "Big Bang"
    rule(2, "practice", &[1]),      // theory and generic examples only
    rule(3, "support", &[0, 1]),    // managers not engaged
    rule(4, "tools", &[0, 1]),      // no overview / everyone uses whatever they find
    rule(5, "expectations", &[1]),  // big savings fast, a magic wand
    rule(6, "data_rules", &[0, 1]), // no or unclear rules on data in AI tools
    rule(7, "kpis", &[0, 1]),       // no measurement, or vanity metrics only
    rule(8, "anchoring", &[0, 1]),  // knowledge depends on individuals
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendations {
    /// Up to three areas below 100, weakest first (ties in `Area::ALL` order).
    pub gaps: Vec<Area>,
    /// Revealed pitfalls, in seed order, each once.
    pub pitfalls: Vec<Pitfall>,
    /// The 90-day plan to show, chosen by the overall level.
    pub plan: Option<MaturityLevel>,
}

impl Recommendations {
    /// The language-neutral ids the export lists: `next.<area>`, `pitfall.<n>`, `plan.<level>`.
    pub fn ids(&self) -> Vec<String> {
        let gaps = self.gaps.iter().map(|area| format!("next.{}", area.id()));
        let pitfalls = self
            .pitfalls
            .iter()
            .map(|pitfall| format!("pitfall.{}", pitfall.0));
        let plan = self
            .plan
            .iter()
            .map(|level| format!("plan.{}", level.number()));
        gaps.chain(pitfalls).chain(plan).collect()
    }
}

pub fn recommend(answers: &Answers, scores: &Scores) -> Recommendations {
    let mut gaps: Vec<(Area, u8)> = scores
        .areas
        .iter()
        .filter_map(|entry| entry.score.map(|score| (entry.area, score)))
        .filter(|(_, score)| *score < 100)
        .collect();
    // Stable sort: equal scores keep `Area::ALL` order.
    gaps.sort_by_key(|(_, score)| *score);
    gaps.truncate(MAX_GAPS);

    let mut pitfalls: Vec<Pitfall> = PITFALL_RULES
        .iter()
        .filter(|rule| {
            answers
                .get(rule.question)
                .is_some_and(|level| rule.levels.contains(&level))
        })
        .map(|rule| rule.pitfall)
        .collect();
    pitfalls.dedup();

    Recommendations {
        gaps: gaps.into_iter().map(|(area, _)| area).collect(),
        pitfalls,
        plan: scores.level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::question_by_id;
    use crate::core::scoring::score;

    fn recommend_for(answers: &Answers) -> Recommendations {
        recommend(answers, &score(answers))
    }

    #[test]
    fn rules_name_real_questions_and_all_eight_pitfalls() {
        for rule in PITFALL_RULES {
            assert!(question_by_id(rule.question).is_some(), "{}", rule.question);
        }
        let numbers: Vec<u8> = PITFALL_RULES.iter().map(|rule| rule.pitfall.0).collect();
        assert_eq!(numbers, (1..=8).collect::<Vec<_>>());
    }

    #[test]
    fn weakest_three_areas_are_the_gaps_weakest_first() {
        let mut answers = Answers::all_at(2);
        answers.set("kpis", 0);
        answers.set("reviews", 0); // measurement 0
        answers.set("tools", 1);
        answers.set("data_rules", 0); // governance 17
        answers.set("buddy", 1); // mentoring 50
        let recommendations = recommend_for(&answers);
        assert_eq!(
            recommendations.gaps,
            vec![Area::Measurement, Area::Governance, Area::Mentoring]
        );
    }

    #[test]
    fn ties_keep_questionnaire_order_and_full_areas_are_no_gap() {
        let recommendations = recommend_for(&Answers::all_at(1));
        assert_eq!(
            recommendations.gaps,
            vec![Area::ToolKnowledge, Area::BreadthOfUse, Area::Independence]
        );
        assert!(recommend_for(&Answers::all_at(3)).gaps.is_empty());

        let mut almost = Answers::all_at(3);
        almost.set("community", 2);
        assert_eq!(recommend_for(&almost).gaps, vec![Area::Mentoring]);
    }

    #[test]
    fn no_success_measurement_reveals_pitfall_seven() {
        let mut answers = Answers::all_at(3);
        answers.set("kpis", 0);
        assert_eq!(recommend_for(&answers).pitfalls, vec![Pitfall(7)]);
    }

    #[test]
    fn no_training_yet_is_not_big_bang_but_everyone_at_once_is() {
        let none = Answers::all_at(0);
        let pitfalls = recommend_for(&none).pitfalls;
        assert!(!pitfalls.contains(&Pitfall(1)));
        assert!(!pitfalls.contains(&Pitfall(2)));
        assert!(!pitfalls.contains(&Pitfall(5)));
        assert_eq!(
            pitfalls,
            vec![Pitfall(3), Pitfall(4), Pitfall(6), Pitfall(7), Pitfall(8)]
        );

        let mut big_bang = Answers::all_at(3);
        big_bang.set("rollout", 1);
        assert_eq!(recommend_for(&big_bang).pitfalls, vec![Pitfall(1)]);
    }

    #[test]
    fn mature_answers_reveal_no_pitfall() {
        assert!(recommend_for(&Answers::all_at(2)).pitfalls.is_empty());
        assert!(recommend_for(&Answers::all_at(3)).pitfalls.is_empty());
    }

    #[test]
    fn ids_list_gaps_pitfalls_and_plan() {
        let mut answers = Answers::all_at(3);
        answers.set("kpis", 0);
        answers.set("reviews", 1);
        let ids = recommend_for(&answers).ids();
        assert_eq!(ids, vec!["next.measurement", "pitfall.7", "plan.3"]);
    }

    #[test]
    fn unanswered_gives_nothing() {
        let recommendations = recommend_for(&Answers::default());
        assert!(recommendations.gaps.is_empty());
        assert!(recommendations.pitfalls.is_empty());
        assert_eq!(recommendations.plan, None);
    }
}
