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

/// A pitfall: 1–8 are the eight of seed 003 ("Fallgruver og hvordan unngå dem"), numbered as
/// there; 9 is "no quality control" from seed 003's table of uncontrolled use ("Ingen
/// kvalitetskontroll: feilaktige output tas i bruk", regularly); 10 is fear about jobs left
/// unspoken, from seed 004's change management ("Ta frykt på alvor og kommuniser åpent").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pitfall(u8);

impl Pitfall {
    /// How many pitfalls there are; they are numbered 1..=COUNT.
    pub const COUNT: u8 = 10;

    /// 1..=COUNT (see the type).
    pub fn number(self) -> u8 {
        self.0
    }

    /// The pitfall numbered `number`, if there is one.
    pub fn from_number(number: u8) -> Option<Pitfall> {
        (1..=Pitfall::COUNT)
            .contains(&number)
            .then_some(Pitfall(number))
    }

    /// Its id in recommendations and reports: `pitfall.7`.
    pub fn id(self) -> String {
        format!("pitfall.{}", self.0)
    }

    /// The pitfall of an id as [`Pitfall::id`] writes it; `None` for anything else: other ids,
    /// a number that is not one (`pitfall.07`, `pitfall.+7`, `pitfall.11`).
    pub fn from_id(id: &str) -> Option<Pitfall> {
        let digits = id.strip_prefix("pitfall.")?;
        if digits.starts_with('0') || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        Pitfall::from_number(digits.parse().ok()?)
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

/// Which answers reveal which pitfall (seeds 003 and 004), in pitfall order. Level 0 of a
/// training question means "no training yet", which is a gap, not pitfall 1 or 2; level 0 of
/// support, tools, data rules, KPIs, anchoring and job concerns is the pitfall itself. AI
/// output used with little or no checking is the uncontrolled use of seed 003's table: it
/// shows the compliance pitfall (6) and the quality one (9); not using AI output yet shows
/// neither.
const PITFALL_RULES: &[PitfallRule] = &[
    rule(1, "rollout", &[1]),          // everyone at once: "Big Bang"
    rule(1, "enthusiasts", &[1]),      // ordered from above for everyone, not volunteers first
    rule(2, "practice", &[1]),         // theory and generic examples only
    rule(3, "support", &[0, 1]),       // managers not engaged
    rule(4, "tools", &[0, 1]),         // no overview / everyone uses whatever they find
    rule(5, "expectations", &[1]),     // big savings fast, a magic wand
    rule(6, "data_rules", &[0, 1]),    // no or unclear rules on data in AI tools
    rule(6, "output_quality", &[1]),   // used unchecked: privacy and licences overlooked
    rule(7, "kpis", &[0, 1]),          // no measurement, or vanity metrics only
    rule(8, "anchoring", &[0, 1]),     // knowledge depends on individuals
    rule(9, "output_quality", &[1]),   // flawed output ends up in use
    rule(10, "job_concerns", &[0, 1]), // fear of losing one's job not taken up
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendations {
    /// Up to three areas below 100, weakest first (ties in `Area::ADVICE_ORDER`).
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
        let pitfalls = self.pitfalls.iter().map(|pitfall| pitfall.id());
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
    // Equal scores follow the order the seeds start a programme in.
    crate::ordered::sort_small_by(&mut gaps, |(a, a_score), (b, b_score)| {
        (a_score, a.advice_rank()) < (b_score, b.advice_rank())
    });
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
    use crate::questionnaire::question_by_id;
    use crate::scoring::score;

    fn recommend_for(answers: &Answers) -> Recommendations {
        recommend(answers, &score(answers))
    }

    #[test]
    fn rules_name_real_questions_and_every_pitfall_in_order() {
        for rule in PITFALL_RULES {
            assert!(question_by_id(rule.question).is_some(), "{}", rule.question);
        }
        let mut numbers: Vec<u8> = PITFALL_RULES.iter().map(|rule| rule.pitfall.0).collect();
        assert!(numbers.windows(2).all(|pair| pair[0] <= pair[1]));
        numbers.dedup();
        assert_eq!(numbers, (1..=Pitfall::COUNT).collect::<Vec<_>>());
        assert_eq!(Pitfall::from_number(0), None);
        assert_eq!(Pitfall::from_number(Pitfall::COUNT + 1), None);
    }

    #[test]
    fn a_pitfall_is_read_back_from_its_id_and_nothing_else() {
        for number in 1..=Pitfall::COUNT {
            let pitfall = Pitfall::from_number(number).unwrap();
            assert_eq!(Pitfall::from_id(&pitfall.id()), Some(pitfall));
        }
        for id in [
            "pitfall.0",
            "pitfall.07",
            "pitfall.+7",
            "pitfall.-1",
            "pitfall. 7",
            "pitfall.",
            "pitfall.11",
            "pitfall.256",
            "pitfall.99999999999999999999",
            "pitfall.7.name",
            "next.tools",
            "plan.2",
            "Pitfall.7",
        ] {
            assert_eq!(Pitfall::from_id(id), None, "{id}");
        }
    }

    #[test]
    fn beginner_recommendations_start_with_stock_take_and_use_cases() {
        // A company that answers 0 everywhere: take stock and pick pilots first, then leaders,
        // openness about jobs; not prompt training (seed 000, days 1–30; 003 and 004, step 1).
        let beginner = recommend_for(&Answers::all_at(0));
        assert_eq!(beginner.gaps.first(), Some(&Area::UseCases));
        assert_eq!(
            beginner.gaps,
            vec![Area::UseCases, Area::Leadership, Area::ChangeManagement]
        );
        assert!(!beginner.gaps.contains(&Area::ToolKnowledge));
        assert!(!beginner.gaps.contains(&Area::Mentoring));
        assert_eq!(beginner.ids()[0], "next.use_cases");
        // The same order whatever level everything ties at.
        assert_eq!(recommend_for(&Answers::all_at(1)).gaps, beginner.gaps);
        assert_eq!(recommend_for(&Answers::all_at(2)).gaps, beginner.gaps);
    }

    #[test]
    fn ties_follow_the_advice_order_not_the_display_order() {
        // Tool knowledge, mentoring and governance all at 0, the rest higher: governance first.
        let mut answers = Answers::all_at(2);
        for id in [
            "tool_usage",
            "output_quality",
            "buddy",
            "community",
            "tools",
            "data_rules",
        ] {
            answers.set(id, 0);
        }
        assert_eq!(
            recommend_for(&answers).gaps,
            vec![Area::Governance, Area::ToolKnowledge, Area::Mentoring]
        );
    }

    #[test]
    fn output_used_unchecked_is_not_the_same_as_not_using_ai() {
        let mut unchecked = Answers::all_at(3);
        unchecked.set("output_quality", 1);
        assert_eq!(
            recommend_for(&unchecked).pitfalls,
            vec![Pitfall(6), Pitfall(9)],
            "compliance and quality (seed 003, uncontrolled use)"
        );
        let mut not_yet = Answers::all_at(3);
        not_yet.set("output_quality", 0);
        assert!(recommend_for(&not_yet).pitfalls.is_empty());
    }

    #[test]
    fn change_management_answers_reveal_their_pitfalls() {
        let mut silent = Answers::all_at(3);
        silent.set("job_concerns", 0);
        assert_eq!(recommend_for(&silent).pitfalls, vec![Pitfall(10)]);
        silent.set("job_concerns", 1);
        assert_eq!(recommend_for(&silent).pitfalls, vec![Pitfall(10)]);
        let mut ordered = Answers::all_at(3);
        ordered.set("enthusiasts", 1);
        ordered.set("rollout", 1);
        assert_eq!(
            recommend_for(&ordered).pitfalls,
            vec![Pitfall(1)],
            "listed once"
        );
        let mut volunteers = Answers::all_at(3);
        volunteers.set("enthusiasts", 2);
        volunteers.set("job_concerns", 2);
        assert!(recommend_for(&volunteers).pitfalls.is_empty());
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
    fn full_areas_are_no_gap() {
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
            vec![
                Pitfall(3),
                Pitfall(4),
                Pitfall(6),
                Pitfall(7),
                Pitfall(8),
                Pitfall(10)
            ]
        );
        assert!(!pitfalls.contains(&Pitfall(9)), "no AI output to check yet");

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
