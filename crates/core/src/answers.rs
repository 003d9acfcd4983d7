//! The answers a person gave: a level per question id.
//!
//! `Answers` only ever holds known question ids with levels in range, so everything downstream
//! (scoring, storage, export) can trust it. Values read from storage or files go through
//! [`Answers::from_untrusted`], which drops what does not fit instead of failing.

use super::ordered::SortedMap;
use super::questionnaire::{question_by_id, MAX_LEVEL, QUESTIONS};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(SortedMap<String, u8>);

impl Answers {
    /// Keeps only known questions with a level in 0..=MAX_LEVEL; returns how many were dropped.
    pub fn from_untrusted(raw: impl IntoIterator<Item = (String, u8)>) -> (Answers, usize) {
        let mut kept = Answers::default();
        let mut total = 0;
        for (id, level) in raw {
            total += 1;
            kept.set(&id, level);
        }
        let dropped = total - kept.len();
        (kept, dropped)
    }

    pub fn get(&self, question_id: &str) -> Option<u8> {
        self.0.get(question_id).copied()
    }

    /// Records an answer; ignores unknown questions and out-of-range levels.
    pub fn set(&mut self, question_id: &str, level: u8) {
        if question_by_id(question_id).is_some() && level <= MAX_LEVEL {
            self.0.insert(question_id.to_owned(), level);
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_complete(&self) -> bool {
        QUESTIONS
            .iter()
            .all(|question| self.0.contains_key(question.id))
    }

    /// Index of the first question without an answer, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        QUESTIONS
            .iter()
            .position(|question| !self.0.contains_key(question.id))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.0.iter().map(|(id, level)| (id.as_str(), *level))
    }
}

#[cfg(test)]
impl Answers {
    /// Every question answered at `level`; for tests.
    pub fn all_at(level: u8) -> Answers {
        let mut answers = Answers::default();
        for question in QUESTIONS {
            answers.set(question.id, level);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_values_are_filtered() {
        let raw = std::collections::BTreeMap::from([
            ("tool_usage".to_owned(), 2),
            ("kpis".to_owned(), 9),
            ("not_a_question".to_owned(), 1),
        ]);
        let (answers, dropped) = Answers::from_untrusted(raw);
        assert_eq!(answers.get("tool_usage"), Some(2));
        assert_eq!(answers.get("kpis"), None);
        assert_eq!(dropped, 2);
    }

    #[test]
    fn set_ignores_invalid_input() {
        let mut answers = Answers::default();
        answers.set("unknown", 1);
        answers.set("kpis", 4);
        assert!(answers.is_empty());
        answers.set("kpis", 3);
        assert_eq!(answers.get("kpis"), Some(3));
    }

    #[test]
    fn completeness_and_first_unanswered() {
        let mut answers = Answers::default();
        assert_eq!(answers.first_unanswered(), Some(0));
        for question in QUESTIONS {
            answers.set(question.id, 0);
        }
        assert!(answers.is_complete());
        assert_eq!(answers.first_unanswered(), None);
    }
}
