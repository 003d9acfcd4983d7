// The assessment end to end, on the release build in real Chromium: keyboard-only completion,
// resume after reload, the JSON download, accessibility (axe-core) and privacy (no request
// leaves the page's origin).
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";
import { readFile } from "node:fs/promises";

const QUESTIONS = 27;
const widget = (page) => page.locator(".aimc");
const heading = (page) => page.locator(".aimc h2");

async function expectHeadingFocused(page) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName === "H2" && document.activeElement.textContent))
    .toBeTruthy();
}

/** Answers the current question by mouse and goes on. */
async function answerAndNext(page, level) {
  await widget(page).locator(`input[type=radio][value="${level}"]`).check();
  await widget(page).locator("button[type=submit]").click();
}

async function completeByMouse(page, levelOf) {
  await page.getByRole("button", { name: "Start the assessment" }).click();
  for (let index = 0; index < QUESTIONS; index += 1) {
    await expect(widget(page).locator(".aimc-eyebrow")).toContainText(`Question ${index + 1} of ${QUESTIONS}`);
    await answerAndNext(page, levelOf(index));
  }
  await expect(heading(page)).toHaveText("Your result");
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

test("completes the assessment with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await expect(heading(page)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Language")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeFocused();
  await page.keyboard.press("Enter");

  for (let index = 0; index < QUESTIONS; index += 1) {
    await expect(widget(page).locator(".aimc-eyebrow")).toContainText(`Question ${index + 1} of ${QUESTIONS}`);
    await expectHeadingFocused(page);
    const level = index % 4;
    await page.keyboard.press("Tab"); // into the radio group
    await page.keyboard.press("Space"); // choose the first answer
    for (let step = 0; step < level; step += 1) await page.keyboard.press("ArrowDown");
    await expect(widget(page).locator(`input[type=radio][value="${level}"]`)).toBeChecked();
    await page.keyboard.press("Tab"); // Back
    await page.keyboard.press("Tab"); // Next
    await page.keyboard.press("Enter");
  }

  await expect(heading(page)).toHaveText("Your result");
  await expectHeadingFocused(page);
  await expect(widget(page).locator(".aimc-level-number")).toHaveText(/^Level [0-3] of 3$/);
  await expect(widget(page).locator("svg.aimc-radar")).toBeVisible();
  await expect(widget(page).locator(".aimc-bar-row")).toHaveCount(13);
  await expect(widget(page).locator(".aimc-gaps > li")).toHaveCount(3);
});

test("a beginner is told to take stock and pick pilot use cases first, not to run prompt training", async ({ page }) => {
  await page.goto("/");
  await completeByMouse(page, () => 0);
  const gaps = widget(page).locator(".aimc-gaps > li");
  await expect(gaps).toHaveCount(3);
  await expect(gaps.nth(0).locator("h4")).toContainText("Use cases");
  await expect(gaps.nth(0)).toContainText("Take an honest stock first");
  await expect(gaps.nth(0)).toContainText("Pick 2–3 of them as pilots");
  await expect(gaps.nth(1).locator("h4")).toContainText("Leadership support");
  await expect(gaps.nth(2).locator("h4")).toContainText("Change management");
  await expect(widget(page).locator(".aimc-gaps")).not.toContainText("prompt training");
  // Not using AI output yet is no quality pitfall; silence about jobs is one.
  const pitfalls = widget(page).locator(".aimc-pitfalls");
  await expect(pitfalls).toContainText("Fear left unspoken");
  await expect(pitfalls).not.toContainText("No quality control");
});

test("asks for an answer before moving on", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await widget(page).locator("button[type=submit]").click();
  await expect(page.getByRole("alert")).toHaveText("Please choose an answer to continue.");
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 1 of 27");
  await answerAndNext(page, 1);
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
});

test("resumes at the same step with the same answers after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  for (const level of [3, 2, 1, 0, 2]) await answerAndNext(page, level);
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 6 of 27");

  await page.reload();
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 6 of 27");
  const focused = await page.evaluate(() => document.activeElement === document.body);
  expect(focused).toBe(true); // a reload does not pull focus into the widget
  await widget(page).getByRole("button", { name: "Back" }).click();
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 5 of 27");
  await expect(widget(page).locator('input[type=radio][value="2"]')).toBeChecked();
});

test("downloads the result as JSON holding answers, scores and recommendations", async ({ page }) => {
  await page.goto("/");
  await completeByMouse(page, (index) => (index < 10 ? 2 : 1));
  const shownLevel = await widget(page).locator(".aimc-level-number").textContent();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download result (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ai-maturity-check-\d{4}-\d{2}-\d{2}\.json$/);
  const report = JSON.parse(await readFile(await download.path(), "utf8"));

  expect(report.schema).toBe("ai-maturity-check/report");
  expect(report.schema_version).toBe(1);
  expect(report.questionnaire_version).toBe(2);
  expect(report.widget_version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(report.language).toBe("en");
  expect(Object.keys(report.answers)).toHaveLength(QUESTIONS);
  expect(report.answers.tool_usage).toBe(2);
  expect(report.answers.data_rules).toBe(1);
  expect(Number.isNaN(Date.parse(report.completed_at))).toBe(false);
  expect(report.completed_at).toMatch(/Z$/);
  expect(report.scores.areas.tool_knowledge).toBe(67);
  expect(report.scores.areas.governance).toBe(33);
  expect(shownLevel).toContain(`Level ${report.scores.level} of 3`);
  expect(report.recommendations).toContain(`plan.${report.scores.level}`);
  expect(report.recommendations.filter((id) => id.startsWith("next."))).toHaveLength(3);
  await expect(page.locator("[aria-live=polite]")).toHaveText("Your result was downloaded.");
});

test("a finished result leads on to the earlier results and to taking the check again, which keeps it", async ({ page }) => {
  await page.goto("/");
  await completeByMouse(page, () => 3);
  // Nothing unfinished would be lost: no "start over" with its deleting confirmation here.
  await expect(widget(page).getByRole("button", { name: "Start over" })).toHaveCount(0);
  await page.reload();
  await expect(heading(page)).toHaveText("Your result");
  await widget(page).getByRole("button", { name: "Your earlier results" }).click();
  await expect(heading(page)).toHaveText("Your results over time");
  await expect(widget(page).locator(".aimc-history-entry")).toHaveCount(1);
  await widget(page).getByRole("button", { name: "Back to the start" }).click();
  await widget(page).getByRole("button", { name: "See your last result" }).click();

  const takeAgain = widget(page).getByRole("button", { name: "Take the check again" });
  await expect(takeAgain).toHaveAccessibleDescription(/this result stays in your earlier results/);
  await takeAgain.click();
  await expect(page.getByText("Question 1 of")).toBeVisible();
  await expect(widget(page).locator("input[type=radio]:checked")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Question 1 of")).toBeVisible();
  await widget(page).getByRole("button", { name: "Back" }).click();
  await expect(widget(page).getByRole("button", { name: /Your earlier results \(1\)/ })).toBeVisible();
});

test("start over from the intro resets it in place and keeps focus in the widget", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAndNext(page, 2);
  await widget(page).getByRole("button", { name: "Back" }).click();
  await widget(page).getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();

  await widget(page).getByRole("button", { name: "Start over" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, delete and start over" }).click();
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await expect(widget(page).getByRole("button", { name: "Start over" })).toHaveCount(0);
  await expectHeadingFocused(page);
});

test("axe-core finds no violation on the intro, a question and the result", async ({ page }) => {
  await page.goto("/");
  await expect(heading(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await widget(page).locator("button[type=submit]").click(); // with the error shown, too
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto("/");
  await completeByMouse(page, (index) => index % 4);
  await expectNoAxeViolations(page);
});

test("no request leaves the page's origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  await page.goto("/");
  await completeByMouse(page, () => 2);
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download result (JSON)" }).click()]);
  expect(foreign).toEqual([]);
});

test("runs under a strict Content-Security-Policy without a violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto("/");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await completeByMouse(page, (index) => index % 4);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(await page.locator("script:not([src])").count()).toBe(0);
});

test("reflows at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await completeByMouse(page, (index) => index % 4);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("button", { name: "Estimate the ROI" }).click();
  await page.getByLabel("Build the hours from use cases").check();
  await page.locator("#aimc-demo-roi-employees").fill("x");
  expect(await overflow()).toBeLessThanOrEqual(0);
});
