// Walking the widget the way a person does, for the specs that need a finished assessment and
// do not test the walk itself: start on the intro, answer every question, see the result.
import { expect } from "@playwright/test";

/** The questionnaire's length (crates/core/src/questionnaire.rs). */
export const QUESTION_COUNT = 27;

/** Answers every question in `widget` (a locator of its `.aimc` root) with `levelOf(index)`. */
export async function completeAssessment(widget, levelOf = (index) => index % 4) {
  await widget.locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < QUESTION_COUNT; index += 1) {
    await widget.locator(`input[type=radio][value="${levelOf(index)}"]`).check();
    await widget.locator("button[type=submit]").click();
  }
  await expect(widget.locator(".aimc-level-card")).toBeVisible();
}
