//! The questionnaire's structure: the areas that are scored and the questions that feed them.
//!
//! Language-neutral: a question is an id and the area it scores. Its wording, hint and the four
//! answer texts live in the content files under the keys `q.<id>.prompt`, `q.<id>.hint` and
//! `q.<id>.o0` to `q.<id>.o3` (see `crate::content`). Every answer is a level from 0 (not
//! started) to 3 (the top of the seed's matrix), so all questions share one scale.

/// Bump when questions are added, removed or change meaning; exported reports carry it.
pub const QUESTIONNAIRE_VERSION: u32 = 1;

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

/// One scored area. The order of `Area::ALL` is also the tie-break order for gaps: the team
/// dimensions first, then the organisation's enablers in the order the seeds build them up.
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
    Governance,
}

impl Area {
    pub const ALL: [Area; 12] = [
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
        Area::Governance,
    ];

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
/// benchmark's scale case only) it is asked ten times over, as 250 questions.
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
    // Organisation: the four pillars (seed 000), measurement, leadership, governance (seed 003).
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
    fn five_team_dimensions() {
        let team = Area::ALL
            .iter()
            .filter(|area| area.group() == AreaGroup::Team)
            .count();
        assert_eq!(team, 5);
    }
}
