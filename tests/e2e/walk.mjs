// Walking the widget the way a person does, for the specs that need a finished assessment and
// do not test the walk itself: start on the intro, answer every question, see the result.
import { expect } from "@playwright/test";

/** The questionnaire's length (crates/core/src/questionnaire.rs). */
export const QUESTION_COUNT = 27;

/**
 * Starts on the intro and answers the first `count` questions in `widget` (a locator of its
 * `.aimc` root) with `levelOf(index)`; answering the last one asks for the result.
 */
export async function answerQuestions(widget, count, levelOf = (index) => index % 4) {
  await widget.locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < count; index += 1) {
    await widget.locator(`input[type=radio][value="${levelOf(index)}"]`).check();
    await widget.locator("button[type=submit]").click();
  }
}

/** Answers every question in `widget` with `levelOf(index)` and sees the result. */
export async function completeAssessment(widget, levelOf = (index) => index % 4) {
  await answerQuestions(widget, QUESTION_COUNT, levelOf);
  await expect(widget.locator(".aimc-level-card")).toBeVisible();
}
