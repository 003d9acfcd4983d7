//! Where a person is in the widget: the screen, the answers, the timestamps and the ROI
//! inputs, and the wizard's step rules (an answer is required before next; the result needs
//! every answer).
//!
//! This is the whole state an instance saves and restores; the view keeps it in one signal.

use chrono::{DateTime, Utc};

use super::answers::Answers;
use super::instance_config::Parts;
use super::locale::Currency;
use super::questionnaire::QUESTIONS;
use super::roi::RoiInputs;
use super::scoring::{score, MaturityLevel};
use crate::lang::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Intro,
    /// The question at this index of `QUESTIONS`.
    Question(usize),
    Result,
    /// The ROI estimate, reachable from the intro and the result.
    Roi,
    /// Earlier results: list, compare, trend, import and export.
    History,
    /// The team roll-up of many people's exported results.
    Team,
}

impl Screen {
    /// The screen's name in stored progress and host events: `intro`, `question`, `result`,
    /// `roi`, `history` or `team` (a question's index is not part of it).
    pub fn name(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Result => "result",
            Screen::Roi => "roi",
            Screen::History => "history",
            Screen::Team => "team",
        }
    }

    /// The screen [`Screen::name`] names, on a question the one at `index`; `None` for an
    /// unknown name or a question without its index.
    pub fn from_name(name: &str, index: Option<usize>) -> Option<Screen> {
        Some(match name {
            "intro" => Screen::Intro,
            "question" => Screen::Question(index?),
            "result" => Screen::Result,
            "roi" => Screen::Roi,
            "history" => Screen::History,
            "team" => Screen::Team,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepError {
    /// "Next" was pressed on a question without an answer.
    AnswerRequired,
}

impl std::fmt::Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StepError::AnswerRequired => f.write_str("the question needs an answer first"),
        }
    }
}

impl std::error::Error for StepError {}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub screen: Screen,
    pub answers: Answers,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub roi: RoiInputs,
    pub currency: Currency,
    /// The language the person picked in the widget, which wins over the page's; None until
    /// they pick one.
    pub language: Option<Lang>,
}

impl Progress {
    /// Leaves the intro: at the first unanswered question, or the result when all are answered.
    pub fn start(&mut self, now: DateTime<Utc>) {
        self.started_at.get_or_insert(now);
        self.screen = match self.answers.first_unanswered() {
            Some(index) => Screen::Question(index),
            None => Screen::Result,
        };
    }

    /// Records the answer to the current question. A changed answer invalidates the completion
    /// time until the person finishes again.
    pub fn answer(&mut self, level: u8) {
        if let Screen::Question(index) = self.screen {
            if let Some(question) = QUESTIONS.get(index) {
                if self.answers.get(question.id) != Some(level) {
                    self.answers.set(question.id, level);
                    self.completed_at = None;
                }
            }
        }
    }

    /// Moves on from the current question; the last one leads to the result.
    pub fn next(&mut self, now: DateTime<Utc>) -> Result<(), StepError> {
        let Screen::Question(index) = self.screen else {
            return Ok(());
        };
        let answered = QUESTIONS
            .get(index)
            .is_some_and(|question| self.answers.get(question.id).is_some());
        if !answered {
            return Err(StepError::AnswerRequired);
        }
        self.screen = if index + 1 < QUESTIONS.len() {
            Screen::Question(index + 1)
        } else {
            match self.answers.first_unanswered() {
                Some(missing) => Screen::Question(missing),
                None => {
                    self.completed_at.get_or_insert(now);
                    Screen::Result
                }
            }
        };
        Ok(())
    }

    pub fn back(&mut self) {
        self.screen = match self.screen {
            Screen::Intro | Screen::Question(0) => Screen::Intro,
            Screen::Question(index) => Screen::Question(index - 1),
            Screen::Result => Screen::Question(QUESTIONS.len() - 1),
            Screen::Roi => self.roi_return_screen(),
            Screen::History | Screen::Team => Screen::Intro,
        };
    }

    /// Opens a screen reached from the intro's links (history, team roll-up).
    pub fn open(&mut self, screen: Screen) {
        self.screen = screen;
    }

    pub fn open_roi(&mut self) {
        self.screen = Screen::Roi;
    }

    /// Whether there is a result: the assessment was completed and every question is answered.
    pub fn is_complete(&self) -> bool {
        self.completed_at.is_some() && self.answers.is_complete()
    }

    /// Where "back" leads from the ROI estimate: the result once there is one, else the intro.
    pub fn roi_return_screen(&self) -> Screen {
        if self.is_complete() {
            Screen::Result
        } else {
            Screen::Intro
        }
    }

    /// The person picks a language in the widget (`from` is the one shown until now). An
    /// estimate without entered amounts that is still in `from`'s currency moves to the new
    /// language's (`Currency::of_language`), as a new estimate would start there; a currency the
    /// page chose, or one the person picked, or entered amounts are kept.
    pub fn choose_language(&mut self, chosen: Lang, from: Lang, page_currency: Option<Currency>) {
        let follows_language = page_currency.is_none()
            && !self.roi.has_entered_amounts()
            && self.currency == Currency::of_language(from);
        if follows_language {
            self.currency = Currency::of_language(chosen);
        }
        self.language = Some(chosen);
    }

    /// The page changed its language option to `to` (`from` is the one shown until now): it is
    /// shown at once, in place of any language the person picked, which is forgotten, so the
    /// page's language applies on the next visit too. The currency follows as in
    /// `choose_language`.
    pub fn follow_page_language(&mut self, to: Lang, from: Lang, page_currency: Option<Currency>) {
        self.choose_language(to, from, page_currency);
        self.language = None;
    }

    /// The page changed which parts it shows: the ROI part alone shows the ROI estimate; without
    /// the ROI part, the estimate gives way to where "back" leads from it.
    pub fn fit_parts(&mut self, parts: Parts) {
        if !parts.has_assessment() {
            self.screen = Screen::Roi;
        } else if !parts.has_roi() && self.screen == Screen::Roi {
            self.screen = self.roi_return_screen();
        }
    }

    /// Clears the assessment and the ROI inputs, keeping the chosen currency.
    pub fn start_over(&mut self) {
        *self = Progress {
            currency: self.currency,
            ..Progress::default()
        };
    }

    /// "Take the check again": a new assessment from the first question. The finished one is
    /// kept in the history (the caller records it first); the ROI inputs, the currency and the
    /// chosen language carry over, since they describe the team rather than one assessment.
    pub fn take_again(&mut self, now: DateTime<Utc>) {
        *self = Progress {
            roi: std::mem::take(&mut self.roi),
            currency: self.currency,
            language: self.language,
            ..Progress::default()
        };
        self.start(now);
    }

    /// "Change my answers": back to the first question with every answer kept.
    pub fn revise(&mut self) {
        self.screen = Screen::Question(0);
    }

    /// Repairs a restored state so it is always showable: a question index in range, and the
    /// result only when every question is answered.
    pub fn normalised(mut self) -> Progress {
        self.screen = match self.screen {
            Screen::Question(index) if index >= QUESTIONS.len() => {
                Screen::Question(QUESTIONS.len() - 1)
            }
            Screen::Result if !self.answers.is_complete() => {
                Screen::Question(self.answers.first_unanswered().unwrap_or(0))
            }
            screen => screen,
        };
        if !self.answers.is_complete() {
            self.completed_at = None;
        }
        self
    }

    /// The assessment's overall level, once every question is answered.
    pub fn level(&self) -> Option<MaturityLevel> {
        if self.answers.is_complete() {
            score(&self.answers).level
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).unwrap()
    }

    #[test]
    fn every_screen_is_read_back_from_its_name() {
        for screen in [
            Screen::Intro,
            Screen::Question(0),
            Screen::Question(7),
            Screen::Result,
            Screen::Roi,
            Screen::History,
            Screen::Team,
        ] {
            let index = match screen {
                Screen::Question(index) => Some(index),
                _ => None,
            };
            assert_eq!(Screen::from_name(screen.name(), index), Some(screen));
        }
        assert_eq!(Screen::from_name("question", None), None);
        assert_eq!(Screen::from_name("Intro", None), None);
        assert_eq!(Screen::from_name("", None), None);
        // An index beside another screen is ignored.
        assert_eq!(Screen::from_name("roi", Some(3)), Some(Screen::Roi));
    }

    #[test]
    fn taking_the_check_again_starts_afresh_keeping_the_team_figures() {
        let mut progress = crate::test_support::completed(|_| 2, 1_795_000_000);
        progress
            .roi
            .entered
            .insert(crate::roi::RoiField::Employees, 40.0);
        progress.currency = Currency::NOK;
        progress.language = Lang::from_tag("nb");
        progress.take_again(now());
        assert_eq!(progress.screen, Screen::Question(0));
        assert!(progress.answers.is_empty());
        assert_eq!(progress.completed_at, None);
        assert_eq!(progress.started_at, Some(now()));
        assert_eq!(progress.roi.entered.len(), 1);
        assert_eq!(progress.currency, Currency::NOK);
        assert_eq!(progress.language, Lang::from_tag("nb"));
    }

    #[test]
    fn next_requires_an_answer() {
        let mut progress = Progress::default();
        progress.start(now());
        assert_eq!(progress.screen, Screen::Question(0));
        assert_eq!(progress.next(now()), Err(StepError::AnswerRequired));
        assert_eq!(progress.screen, Screen::Question(0));
        progress.answer(2);
        assert_eq!(progress.next(now()), Ok(()));
        assert_eq!(progress.screen, Screen::Question(1));
    }

    #[test]
    fn walking_through_every_question_completes() {
        let mut progress = Progress::default();
        progress.start(now());
        for _ in QUESTIONS {
            progress.answer(1);
            progress.next(now()).unwrap();
        }
        assert_eq!(progress.screen, Screen::Result);
        assert_eq!(progress.completed_at, Some(now()));
        assert_eq!(progress.started_at, Some(now()));
    }

    #[test]
    fn back_walks_to_the_intro_and_from_the_result_to_the_last_question() {
        let mut progress = Progress {
            screen: Screen::Question(1),
            ..Progress::default()
        };
        progress.back();
        assert_eq!(progress.screen, Screen::Question(0));
        progress.back();
        assert_eq!(progress.screen, Screen::Intro);
        progress.screen = Screen::Result;
        progress.back();
        assert_eq!(progress.screen, Screen::Question(QUESTIONS.len() - 1));
    }

    #[test]
    fn changing_an_answer_clears_completion_but_the_same_answer_does_not() {
        let mut progress = Progress::default();
        progress.start(now());
        for _ in QUESTIONS {
            progress.answer(2);
            progress.next(now()).unwrap();
        }
        progress.revise();
        progress.answer(2);
        assert!(progress.completed_at.is_some());
        progress.answer(3);
        assert_eq!(progress.completed_at, None);
    }

    #[test]
    fn start_resumes_at_the_first_unanswered_question() {
        let mut progress = Progress::default();
        progress.answers.set(QUESTIONS[0].id, 1);
        progress.answers.set(QUESTIONS[1].id, 1);
        progress.start(now());
        assert_eq!(progress.screen, Screen::Question(2));
    }

    #[test]
    fn the_roi_returns_to_the_result_once_there_is_one() {
        let mut progress = Progress::default();
        progress.open_roi();
        progress.back();
        assert_eq!(progress.screen, Screen::Intro);
        progress.start(now());
        for _ in QUESTIONS {
            progress.answer(1);
            progress.next(now()).unwrap();
        }
        progress.open_roi();
        progress.back();
        assert_eq!(progress.screen, Screen::Result);
    }

    #[test]
    fn start_over_keeps_only_the_currency() {
        let mut progress = Progress {
            currency: Currency::NOK,
            screen: Screen::Roi,
            ..Progress::default()
        };
        progress.answers.set("kpis", 2);
        progress
            .roi
            .entered
            .insert(crate::roi::RoiField::Employees, 40.0);
        progress.start_over();
        assert_eq!(
            progress,
            Progress {
                currency: Currency::NOK,
                ..Progress::default()
            }
        );
    }

    #[test]
    fn an_untouched_estimate_follows_the_language_and_nothing_else_does() {
        let lang = |tag| Lang::from_tag(tag).unwrap();
        let mut progress = Progress::default();
        progress.choose_language(lang("nb"), lang("en"), None);
        assert_eq!(progress.currency, Currency::NOK);
        assert_eq!(progress.language, Some(lang("nb")));
        progress.choose_language(lang("sv"), lang("nb"), None);
        assert_eq!(progress.currency, Currency::SEK);

        let mut page_chose = Progress::default();
        page_chose.choose_language(lang("da"), lang("en"), Some(Currency::EUR));
        assert_eq!(
            page_chose.currency,
            Currency::EUR,
            "the page's currency wins"
        );

        let mut picked = Progress {
            currency: Currency::USD,
            ..Progress::default()
        };
        picked.choose_language(lang("nb"), lang("en"), None);
        assert_eq!(picked.currency, Currency::USD, "the person's pick stays");

        let mut entered = Progress::default();
        entered
            .roi
            .entered
            .insert(crate::roi::RoiField::HourlyCost, 60.0);
        entered.choose_language(lang("nb"), lang("en"), None);
        assert_eq!(
            entered.currency,
            Currency::EUR,
            "entered amounts are never reinterpreted"
        );
        // People are no amount: an estimate with only a head count still follows.
        let mut head_count = Progress::default();
        head_count
            .roi
            .entered
            .insert(crate::roi::RoiField::Employees, 40.0);
        head_count.choose_language(lang("da"), lang("de"), None);
        assert_eq!(head_count.currency, Currency::DKK);
    }

    #[test]
    fn the_pages_language_change_replaces_the_persons_pick() {
        let lang = |tag| Lang::from_tag(tag).unwrap();
        let mut progress = Progress::default();
        progress.choose_language(lang("nb"), lang("en"), None);
        progress.follow_page_language(lang("sv"), lang("nb"), None);
        assert_eq!(progress.language, None, "the pick is forgotten");
        assert_eq!(
            progress.currency,
            Currency::SEK,
            "an untouched estimate follows"
        );
        progress.follow_page_language(lang("de"), lang("sv"), Some(Currency::CHF));
        assert_eq!(progress.currency, Currency::SEK, "the page's currency wins");
    }

    #[test]
    fn a_change_of_parts_leaves_no_screen_of_a_part_not_shown() {
        let at = |screen| Progress {
            screen,
            ..Progress::default()
        };
        let mut question = at(Screen::Question(3));
        question.fit_parts(Parts::Roi);
        assert_eq!(question.screen, Screen::Roi);
        let mut roi = at(Screen::Roi);
        roi.fit_parts(Parts::Assessment);
        assert_eq!(
            roi.screen,
            Screen::Intro,
            "no result yet: back to the intro"
        );
        for parts in [Parts::Both, Parts::Assessment] {
            let mut question = at(Screen::Question(3));
            question.fit_parts(parts);
            assert_eq!(question.screen, Screen::Question(3));
        }
        let mut roi = at(Screen::Roi);
        roi.fit_parts(Parts::Both);
        assert_eq!(roi.screen, Screen::Roi);
    }

    #[test]
    fn normalising_repairs_impossible_states() {
        let out_of_range = Progress {
            screen: Screen::Question(999),
            ..Progress::default()
        }
        .normalised();
        assert_eq!(out_of_range.screen, Screen::Question(QUESTIONS.len() - 1));

        let early_result = Progress {
            screen: Screen::Result,
            completed_at: Some(now()),
            ..Progress::default()
        }
        .normalised();
        assert_eq!(early_result.screen, Screen::Question(0));
        assert_eq!(early_result.completed_at, None);
    }
}
