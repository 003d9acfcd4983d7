// Results over time and for a team, on the release build: the history (open, rename, delete
// with undo, compare, trend, twenty results at a time), export and import of everything, two
// tabs at once, a full storage quota, the roll-up of 1 000 generated exports, files over the
// size limits, its CSV in English and in Norwegian (the separators a spreadsheet in that
// language expects), and printing to PDF.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeExports } from "../../scripts/generate-exports.mjs";

const QUESTIONS = 27;
const widget = (page) => page.locator(".aimc");

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

async function complete(page, levelOf) {
  await widget(page).locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < QUESTIONS; index += 1) {
    await widget(page).locator(`input[type=radio][value="${levelOf(index)}"]`).check();
    await widget(page).locator("button[type=submit]").click();
  }
  await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
}

/** From a finished result: take the check again (the result stays in the history), back to the intro. */
async function startOver(page) {
  await widget(page).getByRole("button", { name: "Take the check again" }).click();
  await widget(page).getByRole("button", { name: "Back" }).click();
  await expect(widget(page).locator(".aimc-intro")).toBeVisible();
}

async function openHistory(page) {
  await widget(page).getByRole("button", { name: /Your earlier results/ }).click();
  await expect(widget(page).locator("h2")).toHaveText("Your results over time");
  // The page below the first results is drawn once they are painted.
  await expect(widget(page).getByRole("button", { name: "Delete all results" })).toBeVisible();
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return readFileSync(await file.path(), "utf8");
}

test("the history keeps every result: trend, compare, open, rename, delete with undo, delete all", async ({ page }) => {
  await page.goto("/");
  await complete(page, () => 1);
  await startOver(page);
  await complete(page, () => 3);
  await startOver(page);
  await expect(widget(page).getByRole("button", { name: "Your earlier results (2)" })).toBeVisible();
  // After a reload the intro counts the stored results before their screen's code is here.
  await page.route(/split_[^/]*\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.reload();
  await expect(widget(page).getByRole("button", { name: "Your earlier results (2)" })).toBeVisible();
  await page.unroute(/split_[^/]*\.wasm$/);
  await openHistory(page);
  const entries = widget(page).locator(".aimc-history-entry");
  await expect(entries).toHaveCount(2);
  await expect(widget(page).locator(".aimc-trend svg")).toBeVisible();
  await expectNoAxeViolations(page);

  await entries.nth(0).getByRole("checkbox").check();
  await entries.nth(1).getByRole("checkbox").check();
  await expect(widget(page).locator("[data-overall-change]")).toHaveText("Overall score: 33 → 100");
  await expect(widget(page).locator("[data-level-change]")).toHaveText("Level: 1 → 3");
  await expect(widget(page).locator(".aimc-comparison tbody tr").first()).toContainText("+67");
  await expectNoAxeViolations(page);

  await entries.nth(1).getByRole("button", { name: "Rename" }).click();
  await widget(page).getByLabel("Name for this result").fill("Before the pilot");
  await widget(page).getByRole("button", { name: "Save" }).click();
  await expect(entries.nth(1).locator(".aimc-history-title")).toHaveText("Before the pilot");

  await entries.nth(1).getByRole("button", { name: /^Open/ }).click();
  await expect(widget(page).locator("h2")).toHaveText("Before the pilot");
  await expect(widget(page).locator(".aimc-level-number")).toHaveText("Level 1 of 3");
  await expect(widget(page).locator(".aimc-roi-summary")).toBeVisible();
  await widget(page).getByRole("button", { name: "Back to your results" }).click();

  await page.reload(); // the history screen is where the person was, so it comes back
  await expect(widget(page).locator("h2")).toHaveText("Your results over time");
  await expect(entries.nth(1).locator(".aimc-history-title")).toHaveText("Before the pilot");
  await entries.nth(0).getByRole("button", { name: "Delete" }).click();
  await expect(entries).toHaveCount(1);
  await widget(page).getByRole("button", { name: "Undo" }).click();
  await expect(entries).toHaveCount(2);

  await widget(page).getByRole("button", { name: "Delete all results" }).click();
  await widget(page).getByRole("button", { name: "Yes, delete all" }).click();
  await expect(entries).toHaveCount(0);
  await expect(widget(page)).toContainText("No results yet.");
  await page.reload();
  await expect(widget(page).locator("h2")).toHaveText("Your results over time");
  await expect(entries).toHaveCount(0);
});

test("a long history shows twenty results at a time, newest first, and the trend over all", async ({ page }) => {
  await page.goto("/");
  await complete(page, () => 2);
  const template = JSON.parse(await download(page, "Download result (JSON)"));
  // 45 more results, a minute apart.
  const paths = writeExports(template, 45, mkdtempSync(join(tmpdir(), "aimc-long-")));
  await startOver(page);
  await openHistory(page);
  await widget(page).getByLabel("Import results (JSON)").setInputFiles(paths);
  await expect(widget(page).getByRole("status").filter({ hasText: "Imported" })).toHaveText("Imported 45 results.");
  const entries = widget(page).locator(".aimc-history-entry");
  await expect(entries).toHaveCount(20);
  await page.reload();
  await expect(widget(page).locator("h2")).toHaveText("Your results over time");
  await expect(entries).toHaveCount(20);
  // The trend's description names every result: 46 dates and scores.
  const described = await widget(page).locator(".aimc-trend desc").textContent();
  expect(described.match(/\d{4}-\d{2}-\d{2}: \d+/g)).toHaveLength(46);
  // Untitled results are named by their date and time, which sort as text in English.
  const titles = await widget(page).locator(".aimc-history-title").allTextContents();
  expect(titles).toEqual([...titles].sort().reverse());
  await widget(page).getByRole("button", { name: "Show 20 more results" }).click();
  await expect(entries).toHaveCount(40);
  await widget(page).getByRole("button", { name: "Show 6 more results" }).click();
  await expect(entries).toHaveCount(46);
  await expect(widget(page).getByRole("button", { name: /^Show \d+ more/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("everything moves to another browser and back in one file; bad files change nothing", async ({ page, browser }) => {
  await page.goto("/");
  await complete(page, (index) => index % 4);
  await startOver(page);
  await complete(page, () => 2);
  await startOver(page);
  await openHistory(page);
  const bundle = await download(page, "Download everything (JSON)");
  expect(JSON.parse(bundle)).toMatchObject({ schema: "ai-maturity-check/history", schema_version: 1 });
  const dir = mkdtempSync(join(tmpdir(), "aimc-"));
  const bundlePath = join(dir, "everything.json");
  writeFileSync(bundlePath, bundle);

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/");
  await openHistory(elsewhere);
  const input = widget(elsewhere).getByLabel("Import results (JSON)");
  await input.setInputFiles(bundlePath);
  await expect(widget(elsewhere).getByRole("status").filter({ hasText: "Imported" })).toHaveText("Imported 2 results.");
  await expect(widget(elsewhere).locator(".aimc-history-entry")).toHaveCount(2);
  await input.setInputFiles(bundlePath);
  await expect(widget(elsewhere).getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 0 results. 2 were already here and were left as they were.",
  );

  const broken = join(dir, "broken.json");
  writeFileSync(broken, bundle.slice(0, 200));
  await input.setInputFiles(broken);
  await expect(widget(elsewhere).locator(".aimc-error")).toHaveText("broken.json: This file is not readable JSON. Nothing was imported.");
  const other = join(dir, "other.json");
  writeFileSync(other, JSON.stringify({ name: "something else" }));
  await input.setInputFiles(other);
  await expect(widget(elsewhere).locator(".aimc-error")).toContainText("This file is not a result of this check.");
  await expect(widget(elsewhere).locator(".aimc-history-entry")).toHaveCount(2);
  await expectNoAxeViolations(elsewhere);
});

test("a result from the earlier questionnaire imports and says that questions were added since", async ({ page }) => {
  await page.goto("/");
  await complete(page, () => 2);
  const current = await download(page, "Download result (JSON)");
  const report = JSON.parse(current);
  // As questionnaire version 1 wrote it: no change-management questions, taken earlier.
  report.questionnaire_version = 1;
  delete report.answers.job_concerns;
  delete report.answers.enthusiasts;
  report.completed_at = "2026-01-15T10:00:00Z";
  const dir = mkdtempSync(join(tmpdir(), "aimc-v1-"));
  const path = join(dir, "before.json");
  writeFileSync(path, JSON.stringify(report));
  const currentPath = join(dir, "now.json");
  writeFileSync(currentPath, current);
  await startOver(page);
  await openHistory(page);
  await widget(page).getByLabel("Import results (JSON)").setInputFiles(path);
  await expect(widget(page).getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 1 result. 1 was answered on an earlier version of the questions: questions were added or changed since, and count as unanswered there.",
  );
  const entries = widget(page).locator(".aimc-history-entry");
  await expect(entries).toHaveCount(2);
  // Newest first: the imported result, taken in January, is the second.
  await entries.nth(1).getByRole("button", { name: /^Open/ }).click();
  await expect(widget(page).locator(".aimc-unanswered")).toHaveText(
    "This result leaves 2 of today's questions unanswered: they were added or changed after the result was taken, and its scores leave them out.",
  );
  await expect(widget(page).locator(".aimc-level-number")).toHaveText("Level 2 of 3");
  await expectNoAxeViolations(page);
  // Today's result, opened beside it, leaves nothing out.
  await widget(page).getByRole("button", { name: "Back to your results" }).click();
  await entries.nth(0).getByRole("button", { name: /^Open/ }).click();
  await expect(widget(page).locator(".aimc-level-number")).toHaveText("Level 2 of 3");
  await expect(widget(page).locator(".aimc-unanswered")).toHaveCount(0);

  // The team roll-up takes both versions and says so.
  await widget(page).getByRole("button", { name: "Back to your results" }).click();
  await widget(page).getByRole("button", { name: "Back to the start" }).click();
  await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await widget(page).getByLabel("Choose result files (JSON)").setInputFiles([path, currentPath]);
  await expect(widget(page).locator("[data-team-respondents]")).toHaveText("2 respondents");
  await expect(widget(page).locator("[data-team-older]")).toHaveText(
    "1 of these results was answered on an earlier version of the questions: the questions added or changed since count only where they were answered.",
  );
});

test("two tabs completing assessments at once keep both results", async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) await page.goto("/");
  for (const page of [first, second]) await widget(page).locator(".aimc-intro .aimc-primary").click();
  // Answer in turns, as two people sharing a browser profile would.
  for (let index = 0; index < QUESTIONS; index += 1) {
    for (const [page, level] of [[first, 0], [second, 3]]) {
      // A background tab paints no frames, and Playwright waits for frames before each action.
      await page.bringToFront();
      await widget(page).locator(`input[type=radio][value="${level}"]`).check();
      await widget(page).locator("button[type=submit]").click();
    }
  }
  for (const page of [first, second]) {
    await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
  }
  // The first tab now changes its entry (the ROI is kept with it when leaving the estimate):
  // it must write on top of what the second tab stored, not over it.
  await widget(first).getByRole("button", { name: "Estimate the ROI" }).click();
  await widget(first).getByLabel("Employees").fill("42");
  await widget(first).getByRole("button", { name: "Back to the result" }).click();
  const stored = await first.evaluate(() => JSON.parse(localStorage.getItem("aimc.v1.demo.history")));
  expect(stored.entries.map((entry) => entry.report.scores.level).sort()).toEqual([0, 3]);
  const first_roi = stored.entries.find((entry) => entry.report.scores.level === 0).report.roi;
  expect(first_roi.inputs.find((input) => input.field === "employees").value).toBe(42);
});

test("a full storage quota shows the notice, keeps the result and offers it all as a download", async ({ page }) => {
  await page.goto("/");
  await expect(widget(page).locator("h2")).toBeVisible();
  const filled = await page.evaluate(() => {
    let chunk = "x".repeat(512 * 1024);
    let count = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem(`filler.${count}`, chunk);
        count += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    return count;
  });
  expect(filled).toBeGreaterThan(0);
  await complete(page, () => 2);
  const notice = widget(page).locator(".aimc-notice");
  await expect(notice).toContainText("storage is full");
  const everything = JSON.parse(await download(page, "Download everything (JSON)"));
  expect(everything.entries).toHaveLength(1);
  expect(Object.values(everything.entries[0].report.answers)).toEqual(Array(QUESTIONS).fill(2));
  expect(everything.entries[0].report.roi.outcome.roi_pct).toEqual(expect.any(Number));
  await expect(widget(page).locator(".aimc-level-number")).toHaveText("Level 2 of 3");
});

test("the team roll-up of 1 000 generated exports, exported as JSON and CSV", async ({ browser }) => {
  const respondent = await (await browser.newContext()).newPage();
  await respondent.goto("/");
  await complete(respondent, (index) => index % 4);
  const template = JSON.parse(await download(respondent, "Download result (JSON)"));
  const dir = mkdtempSync(join(tmpdir(), "aimc-team-"));
  const paths = writeExports(template, 1000, dir);

  // The consultant's own browser.
  const page = await (await browser.newContext()).newPage();
  await page.goto("/");
  await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await expect(widget(page).locator("h2")).toHaveText("Team roll-up");
  const started = Date.now();
  await widget(page).getByLabel("Choose result files (JSON)").setInputFiles(paths);
  await expect(widget(page).locator("[data-team-respondents]")).toHaveText("1000 respondents", { timeout: 30_000 });
  console.log(`team roll-up: 1000 files picked to roll-up shown in ${Date.now() - started} ms`);
  await expect(widget(page).locator("[data-team-files]")).toHaveText("1000 of 1000 files used.");
  await expect(widget(page).locator(".aimc-team-result tbody tr")).toHaveCount(13);
  await expectNoAxeViolations(page);

  const rollup = JSON.parse(await download(page, "Download roll-up (JSON)"));
  expect(rollup).toMatchObject({ schema: "ai-maturity-check/team-rollup", respondents: 1000 });
  expect(rollup.levels.reduce((sum, count) => sum + count, 0)).toBe(1000);
  const csv = await download(page, "Download roll-up (CSV)");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFarea,name,respondents,mean,std_dev,min,max,disagreement");
  expect(csv).toContain("\r\noverall,Overall score,1000,");
});

test("files over the size limits are refused by name, in the roll-up and the import, and the rest still counts", async ({ browser }) => {
  const respondent = await (await browser.newContext()).newPage();
  await respondent.goto("/");
  await complete(respondent, () => 2);
  const report = await download(respondent, "Download result (JSON)");
  const file = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  // A report padded beyond a report's 1 MB, and a file beyond a history file's 16 MB.
  const padded = file("padded.json", report.replace(/}\s*$/, `${" ".repeat(1024 * 1024)}}`));
  const huge = file("huge.json", " ".repeat(16 * 1024 * 1024 + 1));

  const page = await (await browser.newContext()).newPage();
  await page.goto("/");
  await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await widget(page).getByLabel("Choose result files (JSON)").setInputFiles([file("good.json", report), huge, padded]);
  await expect(widget(page).locator("[data-team-respondents]")).toHaveText("1 respondent");
  await expect(widget(page).locator("[data-team-files]")).toHaveText("1 of 3 files used.");
  await expect(widget(page).locator("ul.aimc-error li")).toHaveText([
    "huge.json: The file is too large (the limit is 16 MB).",
    "padded.json: The file is too large (the limit is 1 MB).",
  ]);

  await widget(page).getByRole("button", { name: "Back to the start" }).click();
  await openHistory(page);
  const input = widget(page).getByLabel("Import results (JSON)");
  await input.setInputFiles([file("good.json", report), huge]);
  await expect(widget(page).locator(".aimc-error")).toHaveText("huge.json: The file is too large (the limit is 16 MB). Nothing was imported.");
  await input.setInputFiles([padded]);
  await expect(widget(page).locator(".aimc-error")).toHaveText("padded.json: The file is too large (the limit is 1 MB). Nothing was imported.");
  await expect(widget(page).locator(".aimc-history-entry")).toHaveCount(0);
  await input.setInputFiles([file("good.json", report)]);
  await expect(widget(page).getByRole("status").filter({ hasText: "Imported" })).toHaveText("Imported 1 result.");
});

test("the team CSV in Norwegian opens in a Nordic Excel: BOM, semicolons, decimal commas", async ({ browser }) => {
  const respondent = await (await browser.newContext()).newPage();
  await respondent.goto("/");
  await complete(respondent, () => 1);
  const low = JSON.parse(await download(respondent, "Download result (JSON)"));
  const high = { ...low, answers: Object.fromEntries(Object.keys(low.answers).map((id) => [id, 3])) };
  const dir = mkdtempSync(join(tmpdir(), "aimc-team-nb-"));
  const paths = [["low.json", low], ["high.json", high]].map(([name, report]) => {
    writeFileSync(join(dir, name), JSON.stringify(report));
    return join(dir, name);
  });

  const page = await (await browser.newContext()).newPage();
  await page.goto("/frame.html?instance=team-nb&lang=nb");
  await widget(page).getByRole("button", { name: "Teamoversikt (for rådgivere)" }).click();
  await widget(page).getByLabel("Velg resultatfiler (JSON)").setInputFiles(paths);
  await expect(widget(page).locator("[data-team-respondents]")).toHaveText("2 personer har svart");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    widget(page).getByRole("button", { name: "Last ned teamoversikten (CSV)" }).click(),
  ]);
  const bytes = readFileSync(await file.path());
  // The UTF-8 byte order mark, so Excel reads ø and å as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("area;name;respondents;mean;std_dev;min;max;disagreement");
  // Everyone at level 1 (33) and at level 3 (100): mean 66,5, spread 33,5.
  expect(lines[1]).toBe("tool_knowledge;Verktøykunnskap;2;66,5;33,5;33;100;true");
  expect(lines).toContain("overall;Samlet poengsum;2;66,5;33,5;33;100;true");
  expect(lines.filter((line) => line !== "").every((line) => line.split(";").length === 8)).toBe(true);
});

test("printing to PDF gives a report holding the level, the ROI and its simulated range", async ({ page }) => {
  await page.goto("/");
  await complete(page, () => 2);
  const level = await widget(page).locator(".aimc-level-number").textContent();
  const roi = await widget(page).locator("[data-summary-roi]").textContent();
  const range = await widget(page).locator("[data-summary-roi-range]").textContent();
  expect(range).toMatch(/^−?-?[\d,]+% to −?-?[\d,]+%$/); // the simulation's 8 of 10 cases
  await page.emulateMedia({ media: "print" });
  await expect(widget(page).locator(".aimc-actions").first()).toBeHidden();
  const dir = mkdtempSync(join(tmpdir(), "aimc-pdf-"));
  const pdf = join(dir, "report.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(text).toContain(level);
  expect(text).toContain("ROI estimate");
  expect(text.replace(/\s+/g, " ")).toContain(roi.replace(/\s+/g, " "));
  expect(text.replace(/\s+/g, " ")).toContain(range.replace(/\s+/g, " "));
  expect(text).not.toContain("Download result (JSON)");
});

test("the history, a comparison and the team roll-up reflow at 320 px", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto("/");
  await complete(page, (index) => index % 4);
  const template = JSON.parse(await download(page, "Download result (JSON)"));
  const paths = writeExports(template, 3, mkdtempSync(join(tmpdir(), "aimc-narrow-")));
  await startOver(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  await openHistory(page);
  await widget(page).getByLabel("Import results (JSON)").setInputFiles(paths);
  const entries = widget(page).locator(".aimc-history-entry");
  await expect(entries).toHaveCount(4);
  await entries.nth(0).getByRole("checkbox").check();
  await entries.nth(1).getByRole("checkbox").check();
  await expect(widget(page).locator(".aimc-comparison")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);

  await entries.nth(0).getByRole("button", { name: "Delete" }).click();
  await expect(widget(page).getByRole("button", { name: "Undo" })).toBeFocused();

  await widget(page).getByRole("button", { name: "Back to the start" }).click();
  await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await widget(page).getByLabel("Choose result files (JSON)").setInputFiles(paths);
  await expect(widget(page).locator("[data-team-respondents]")).toHaveText("3 respondents");
  expect(await overflow()).toBeLessThanOrEqual(0);
});
