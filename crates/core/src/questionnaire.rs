//! The questionnaire's structure: the areas that are scored and the questions that feed them.
//!
//! Language-neutral: a question is an id and the area it scores. Its wording, hint and the four
//! answer texts live in the content files under the keys `q.<id>.prompt`, `q.<id>.hint` and
//! `q.<id>.o0` to `q.<id>.o3` (see the app's `content`). Every answer is a level from 0 (not
//! started) to 3 (the top of the seed's matrix), so all questions share one scale.
//!
//! It also says how answers given to an earlier version of the questionnaire read in this one
//! ([`migrate_answer`]), so stored progress, the stored history and imported files from before
//! a change keep working.

/// Bump when questions are added, removed or change meaning; exported reports carry it.
/// Version 2 added the change-management area (`job_concerns`, `enthusiasts`), split "we do not
/// use AI" from "we use it unchecked" in `output_quality`, and gave `reviews` a quarterly rung.
pub const QUESTIONNAIRE_VERSION: u32 = 2;

/// The highest answer level. Levels run 0..=MAX_LEVEL; level 0 is "not started" (domain.md 2.1).
pub const MAX_LEVEL: u8 = 3;

/// Whether an area describes the team's practice or the organisation around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaGroup {
    /// The five dimensions of the team maturity matrix (seed 000, domain.md 2.1).
    Team,
    /// The enablers that decide whether competence lasts (domain.md 2.2).
    Organisation,
}

/// One scored area. `Area::ALL` is the order areas are shown in: the team dimensions first,
/// then the organisation's enablers. Advice follows `Area::ADVICE_ORDER` instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    ToolKnowledge,
    BreadthOfUse,
    Independence,
    Innovation,
    KnowledgeSharing,
    LearningPaths,
    UseCases,
    Mentoring,
    ContinuousLearning,
    Measurement,
    Leadership,
    ChangeManagement,
    Governance,
}

impl Area {
    pub const ALL: [Area; 13] = [
        Area::ToolKnowledge,
        Area::BreadthOfUse,
        Area::Independence,
        Area::Innovation,
        Area::KnowledgeSharing,
        Area::LearningPaths,
        Area::UseCases,
        Area::Mentoring,
        Area::ContinuousLearning,
        Area::Measurement,
        Area::Leadership,
        Area::ChangeManagement,
        Area::Governance,
    ];

    /// The order the seeds start a programme in, which breaks ties between equally weak areas:
    /// first an honest stock-take and 2–3 pilot use cases (seed 000, days 1–30 and 31–60; seed
    /// 003, step 1; seed 004, step 1), with managers on board and an AI vision (000, days 1–30;
    /// 003, pitfall 3), openness about jobs and the enthusiasts found (000, days 1–30 "who are
    /// your internal AI enthusiasts"; 004, change management), data rules and approved tools
    /// (003, pitfalls 4 and 6: "from the first training day") and KPIs defined before starting
    /// (004; 003, pitfall 7). Only then training and tool skills (003, steps 2–3), coaching and
    /// mentoring (003, step 4; 000, pillar 3), and what keeps it going (000, pillar 4).
    pub const ADVICE_ORDER: [Area; 13] = [
        Area::UseCases,
        Area::Leadership,
        Area::ChangeManagement,
        Area::Governance,
        Area::Measurement,
        Area::LearningPaths,
        Area::BreadthOfUse,
        Area::ToolKnowledge,
        Area::Independence,
        Area::Mentoring,
        Area::KnowledgeSharing,
        Area::ContinuousLearning,
        Area::Innovation,
    ];

    /// The area's place in `ADVICE_ORDER` (0 comes first).
    pub fn advice_rank(self) -> usize {
        Area::ADVICE_ORDER
            .iter()
            .position(|area| *area == self)
            .unwrap_or(Area::ADVICE_ORDER.len())
    }

    /// The stable id used in content keys, storage and exported reports.
    pub fn id(self) -> &'static str {
        match self {
            Area::ToolKnowledge => "tool_knowledge",
            Area::BreadthOfUse => "breadth_of_use",
            Area::Independence => "independence",
            Area::Innovation => "innovation",
            Area::KnowledgeSharing => "knowledge_sharing",
            Area::LearningPaths => "learning_paths",
            Area::UseCases => "use_cases",
            Area::Mentoring => "mentoring",
            Area::ContinuousLearning => "continuous_learning",
            Area::Measurement => "measurement",
            Area::Leadership => "leadership",
            Area::ChangeManagement => "change_management",
            Area::Governance => "governance",
        }
    }

    pub fn from_id(id: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.id() == id)
    }

    pub fn group(self) -> AreaGroup {
        match self {
            Area::ToolKnowledge
            | Area::BreadthOfUse
            | Area::Independence
            | Area::Innovation
            | Area::KnowledgeSharing => AreaGroup::Team,
            _ => AreaGroup::Organisation,
        }
    }
}

/// One question: an id (content key and answer key) and the area its answer scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub area: Area,
}

const fn q(id: &'static str, area: Area) -> Question {
    Question { id, area }
}

/// The assessment, in the order it is asked (see `ASKED`). With the `bench-10x` feature (for the
/// benchmark's scale case only) it is asked ten times over, as 270 questions.
#[cfg(not(feature = "bench-10x"))]
pub const QUESTIONS: &[Question] = ASKED;
#[cfg(feature = "bench-10x")]
pub const QUESTIONS: &[Question] = &bench_10x::QUESTIONS;

/// The assessment, in the order it is asked: team practice first, then the organisation.
const ASKED: &[Question] = &[
    // Team practice: the five dimensions of seed 000's matrix, two questions each.
    q("tool_usage", Area::ToolKnowledge),
    q("output_quality", Area::ToolKnowledge),
    q("use_case_count", Area::BreadthOfUse),
    q("who_uses", Area::BreadthOfUse),
    q("work_mode", Area::Independence),
    q("new_task", Area::Independence),
    q("ai_impact", Area::Innovation),
    q("process_change", Area::Innovation),
    q("sharing_role", Area::KnowledgeSharing),
    q("prompt_library", Area::KnowledgeSharing),
    // Organisation: the four pillars (seed 000), measurement, leadership, change management
    // (seed 004), governance (seed 003).
    q("role_paths", Area::LearningPaths),
    q("rollout", Area::LearningPaths),
    q("practice", Area::LearningPaths),
    q("task_inventory", Area::UseCases),
    q("pilots", Area::UseCases),
    q("buddy", Area::Mentoring),
    q("community", Area::Mentoring),
    q("updates", Area::ContinuousLearning),
    q("anchoring", Area::ContinuousLearning),
    q("kpis", Area::Measurement),
    q("reviews", Area::Measurement),
    q("support", Area::Leadership),
    q("expectations", Area::Leadership),
    // Change management (seed 004: "70 % of AI integration is psychology"; 003 and 000 FAQ).
    q("job_concerns", Area::ChangeManagement),
    q("enthusiasts", Area::ChangeManagement),
    q("tools", Area::Governance),
    q("data_rules", Area::Governance),
];

/// The 10× questionnaire of the benchmark: every question again under `<id>__2` … `<id>__10`,
/// whose texts are the original's (see `Question::text_id`).
#[cfg(feature = "bench-10x")]
mod bench_10x {
    use super::{Question, ASKED};

    include!(concat!(env!("OUT_DIR"), "/bench_10x_ids.rs"));

    const fn repeated() -> [Question; IDS.len()] {
        let mut questions = [ASKED[0]; IDS.len()];
        let mut index = 0;
        while index < IDS.len() {
            questions[index] = Question {
                id: IDS[index],
                area: ASKED[index % ASKED.len()].area,
            };
            index += 1;
        }
        questions
    }

    pub const QUESTIONS: [Question; IDS.len()] = repeated();
}

impl Question {
    /// The id its texts are filed under: its own, or the original's for a benchmark copy.
    pub fn text_id(&self) -> &'static str {
        match self.id.split_once("__") {
            Some((original, _)) => original,
            None => self.id,
        }
    }
}

pub fn question_by_id(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// How the answers of questionnaire version 1 read in this one, question by question: the
/// level each old level becomes, or `None` where the old answer no longer says which new one
/// is meant (the question then counts as unanswered). Questions not listed kept their ladder
/// (reworded, never reordered), so their levels stay as they were; `job_concerns` and
/// `enthusiasts` did not exist and are unanswered.
///
/// - `output_quality`: old 0 was "we don't use AI output, or we use it without checking",
///   which version 2 splits into 0 (not used yet) and 1 (used with little or no checking);
///   old 1–3 keep their level.
/// - `reviews`: old 2 was "about once a year"; version 2 puts yearly beside ad hoc at 1 and
///   adds "every quarter" as 2.
const FROM_VERSION_1: &[(&str, [Option<u8>; 4])] = &[
    ("output_quality", [None, Some(1), Some(2), Some(3)]),
    ("reviews", [Some(0), Some(1), Some(1), Some(3)]),
];

/// The level an answer given to questionnaire `version` has in this one, or `None` when it
/// cannot be carried over (an unknown version, question or level, or an answer whose meaning
/// was split). Answers of the current version pass through unchanged when valid.
pub fn migrate_answer(version: u32, question_id: &str, level: u8) -> Option<u8> {
    question_by_id(question_id)?;
    if level > MAX_LEVEL {
        return None;
    }
    match version {
        QUESTIONNAIRE_VERSION => Some(level),
        1 => match FROM_VERSION_1.iter().find(|(id, _)| *id == question_id) {
            Some((_, levels)) => levels.get(usize::from(level)).copied().flatten(),
            None => Some(level),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn question_ids_are_unique() {
        let ids: HashSet<_> = QUESTIONS.iter().map(|question| question.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
    }

    #[test]
    #[cfg(not(feature = "bench-10x"))]
    fn every_area_has_a_question_and_the_count_is_in_range() {
        for area in Area::ALL {
            assert!(
                QUESTIONS.iter().any(|question| question.area == area),
                "{area:?}"
            );
        }
        assert!((20..=30).contains(&QUESTIONS.len()));
    }

    #[test]
    fn area_ids_round_trip() {
        for area in Area::ALL {
            assert_eq!(Area::from_id(area.id()), Some(area));
        }
        assert_eq!(Area::from_id("nope"), None);
    }

    #[test]
    fn the_advice_order_holds_every_area_once_and_starts_with_the_stock_take() {
        let mut sorted = Area::ADVICE_ORDER.to_vec();
        sorted.sort();
        let mut all = Area::ALL.to_vec();
        all.sort();
        assert_eq!(sorted, all);
        assert_eq!(Area::ADVICE_ORDER[0], Area::UseCases);
        // Tool skills and mentoring come after leadership, governance and measurement.
        for late in [Area::ToolKnowledge, Area::Mentoring] {
            for early in [Area::Leadership, Area::Governance, Area::Measurement] {
                assert!(
                    early.advice_rank() < late.advice_rank(),
                    "{early:?} {late:?}"
                );
            }
        }
    }

    #[test]
    fn version_1_answers_are_carried_over_or_dropped_where_their_meaning_split() {
        // Unchanged ladders keep their level.
        for level in 0..=MAX_LEVEL {
            assert_eq!(migrate_answer(1, "kpis", level), Some(level));
            assert_eq!(migrate_answer(2, "output_quality", level), Some(level));
        }
        // "We don't use AI output, or we use it without checking" says neither new answer.
        assert_eq!(migrate_answer(1, "output_quality", 0), None);
        assert_eq!(migrate_answer(1, "output_quality", 1), Some(1));
        assert_eq!(migrate_answer(1, "output_quality", 3), Some(3));
        // Yearly reviews were level 2 before the quarterly rung; now they sit at 1.
        let reviews: Vec<Option<u8>> = (0..=MAX_LEVEL)
            .map(|level| migrate_answer(1, "reviews", level))
            .collect();
        assert_eq!(reviews, [Some(0), Some(1), Some(1), Some(3)]);
        // Nothing else gets through.
        assert_eq!(migrate_answer(1, "not_a_question", 1), None);
        assert_eq!(migrate_answer(1, "kpis", 4), None);
        assert_eq!(migrate_answer(0, "kpis", 1), None);
        assert_eq!(migrate_answer(QUESTIONNAIRE_VERSION + 1, "kpis", 1), None);
        for (id, _) in FROM_VERSION_1 {
            assert!(question_by_id(id).is_some(), "{id}");
        }
    }

    #[test]
    fn five_team_dimensions() {
        let team = Area::ALL
            .iter()
            .filter(|area| area.group() == AreaGroup::Team)
            .count();
        assert_eq!(team, 5);
    }
}
