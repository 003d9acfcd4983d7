// The WebAssembly chunks of the later screens, each one missing in turn: for every chunk a
// screen needs, a person who goes down the path to that screen while the chunk cannot be fetched
// sees the load-failure notice (ui.load_failed.*, role=alert) with its retry button, loses
// nothing they entered (the stored answers and results are as they were), and sees the screen
// once the connection is back and they try again. One more test fails when the build has a chunk
// that no row of the table covers, so a new split cannot go untested.
//
// The report's download on the ROI estimate alone, whose page has no result's code: the button
// fetches split_result.wasm, which writes the file; its own tests block it there and check the
// notice beside the button, in the page's language, and the file after a retry.
//
// After the later screens are split further (split_result, split_roi, split_history and shared
// chunk_<n>.wasm), only LATER_CHUNK_PATHS changes: one row per chunk and path that needs it.
import { test, expect } from "@playwright/test";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readFile } from "node:fs/promises";
import { answerQuestions, QUESTION_COUNT } from "./walk.mjs";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const INSTANCE = "demo"; // index.html's mount point
const PROGRESS_KEY = `aimc.v1.${INSTANCE}.progress`;
const HISTORY_KEY = `aimc.v1.${INSTANCE}.history`;
const widget = (page) => page.locator(".aimc");

/** The parts every visitor needs, not lazily fetched screens: the main module and the languages' texts. */
const NOT_A_LATER_CHUNK = /^(ai-maturity-check_bg|split_texts_\w+)\.wasm$/;

/** From the intro: answers `count` questions, then goes back question by question to the intro. */
async function answerSomeAndReturn(page, count) {
  await answerQuestions(widget(page), count, () => 1);
  for (let step = 0; step <= count; step += 1) await widget(page).getByRole("button", { name: "Back", exact: true }).click();
  await expect(widget(page).getByRole("button", { name: "Continue where you left off" })).toBeVisible();
}

/** Completes the assessment with every chunk available and goes back to the intro: one stored result. */
async function keepOneResultAndReturn(page) {
  await answerQuestions(widget(page), QUESTION_COUNT, () => 2);
  await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
  await widget(page).getByRole("button", { name: "Take the check again" }).click();
  await widget(page).getByRole("button", { name: "Back", exact: true }).click();
  await expect(widget(page).getByRole("button", { name: "Your earlier results (1)" })).toBeVisible();
}

/**
 * The ways to the later screens, each one the screen's name and:
 * - `before` (optional): what the person did earlier, with every chunk available; the page is
 *   loaded again before `reach`, so no chunk is already there;
 * - `reach`: the way to the screen, from the intro of a freshly loaded page;
 * - `heading`: the screen's heading once its code is here;
 * - `answers`, `results`: what is stored (answered questions, kept results) when the notice shows;
 * - `whileMissing`, `afterRetry` (optional): more that must hold while the notice shows, and once
 *   the screen shows.
 */
const PATHS = {
  result: {
    screen: "result",
    reach: (page) => answerQuestions(widget(page), QUESTION_COUNT, () => 2),
    heading: "Your result",
    answers: QUESTION_COUNT,
    results: 0,
    whileMissing: async (page) => expect(await page.evaluate(() => window.__completed)).toBe(0),
    afterRetry: async (page) => {
      await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
      // The completion the host page could not hear then is sent now, once, and the result is kept.
      await expect.poll(() => page.evaluate(() => window.__completed)).toBe(1);
      await expect.poll(() => storedCounts(page)).toEqual({ answers: QUESTION_COUNT, results: 1 });
    },
  },
  roi: {
    screen: "ROI estimate",
    reach: async (page) => {
      await answerSomeAndReturn(page, 3);
      await widget(page).getByRole("button", { name: "Estimate the ROI" }).click();
    },
    heading: "What could AI upskilling return?",
    answers: 3,
    results: 0,
  },
  history: {
    screen: "history",
    before: keepOneResultAndReturn,
    reach: (page) => widget(page).getByRole("button", { name: "Your earlier results (1)" }).click(),
    heading: "Your results over time",
    answers: 0,
    results: 1,
    afterRetry: (page) => expect(widget(page).locator(".aimc-history-entry")).toHaveCount(1),
  },
  team: {
    screen: "team roll-up",
    reach: async (page) => {
      await answerSomeAndReturn(page, 2);
      await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
    },
    heading: "Team roll-up",
    answers: 2,
    results: 0,
  },
};

/**
 * One row per chunk and path that needs it: `chunk` matches the chunk's file name in
 * dist/pkg-<hash>/, `path` is one of PATHS. A chunk several screens use (wasm-split-cli's
 * chunk_<n>.wasm) gets a row for one path that needs it at least, or one per path.
 */
const LATER_CHUNK_PATHS = [
  { chunk: /^split_result\.wasm$/, path: PATHS.result },
  { chunk: /^split_roi\.wasm$/, path: PATHS.roi },
  { chunk: /^split_history\.wasm$/, path: PATHS.history },
  { chunk: /^split_history\.wasm$/, path: PATHS.team },
  // The chunks wasm-split-cli makes of code that several splits share (numbered per build):
  // the ROI estimate's path needs some of them, and fetches them with its own.
  { chunk: /^chunk_\d+\.wasm$/, path: PATHS.roi },
];

/** The later chunks of the build: every .wasm in dist/pkg-<hash>/ but the main module and the texts. */
function laterChunksInDist() {
  const folders = readdirSync(DIST).filter((name) => name.startsWith("pkg-"));
  expect(folders, `one pkg-<hash>/ folder in ${DIST}`).toHaveLength(1);
  return readdirSync(`${DIST}/${folders[0]}`).filter((name) => name.endsWith(".wasm") && !NOT_A_LATER_CHUNK.test(name));
}

const fileName = (url) => new URL(url).pathname.split("/").pop();

/** What the person entered, as stored: answered questions and kept results. */
function storedCounts(page) {
  return page.evaluate(
    ([progressKey, historyKey]) => {
      const progress = JSON.parse(localStorage.getItem(progressKey) ?? "{}");
      const history = JSON.parse(localStorage.getItem(historyKey) ?? '{"entries": []}');
      return { answers: Object.keys(progress.answers ?? {}).length, results: history.entries.length };
    },
    [PROGRESS_KEY, HISTORY_KEY],
  );
}

async function expectHeadingFocused(page, text) {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName === "H2" && document.activeElement.textContent)).toBe(text);
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.addInitScript(() => {
    window.__completed = 0;
    document.addEventListener("aimc:complete", () => (window.__completed += 1));
  });
});

test("every later chunk of the build is covered by a row of the table", () => {
  const chunks = laterChunksInDist();
  expect(chunks.length, "the build has later chunks").toBeGreaterThan(0);
  const uncovered = chunks.filter((name) => !LATER_CHUNK_PATHS.some((row) => row.chunk.test(name)));
  expect(uncovered, "chunks no row of LATER_CHUNK_PATHS blocks").toEqual([]);
  const stale = LATER_CHUNK_PATHS.filter((row) => !chunks.some((name) => row.chunk.test(name)));
  expect(stale.map((row) => `${row.path.screen}: ${row.chunk}`), "rows whose chunk the build no longer has").toEqual([]);
});

test("a first-time visitor's intro fetches none of the later chunks, nor the later screens' styles, until the person starts", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const name = fileName(request.url());
    if ((name.endsWith(".wasm") && !NOT_A_LATER_CHUNK.test(name)) || name === "widget-later.css") fetched.push(name);
  });
  await page.goto("/");
  await expect(widget(page).getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]); // nothing beyond the first screens before the person starts
  await widget(page).getByRole("button", { name: "Start the assessment" }).click();
  await expect(widget(page).locator(".aimc-step")).toBeVisible();
  // Past the intro: the result's code and the later screens' styles are fetched, each once.
  await expect.poll(() => fetched.filter((name) => name === "widget-later.css").length).toBe(1);
  await expect.poll(() => fetched.includes("split_result.wasm")).toBe(true);
  const laterLinks = () => page.evaluate(() => [...document.head.querySelectorAll('link[rel="stylesheet"]')].filter((link) => link.href.endsWith("/widget-later.css")).length);
  expect(await laterLinks()).toBe(1);
  // Every later screen draws in those styles: the result's level card is laid out as a card.
  for (let index = 0; index < QUESTION_COUNT; index += 1) {
    await widget(page).locator('input[type=radio][value="1"]').check();
    await widget(page).locator("button[type=submit]").click();
  }
  await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
  await expect(widget(page).locator(".aimc-level-card")).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  expect(await laterLinks()).toBe(1);
});

/**
 * Loads `url` with the main part held back until `chunk` is asked for (embed.js asks for it
 * before the main part has arrived, or the test times out), then `shows` the screen; returns
 * the later chunks asked for, each of which must have been fetched once.
 */
async function expectFetchedBesideTheMainPart(page, url, chunk, shows) {
  let asked;
  const chunkRequested = new Promise((done) => (asked = done));
  const requests = [];
  page.on("request", (request) => {
    const name = fileName(request.url());
    if (name.endsWith(".wasm") && !NOT_A_LATER_CHUNK.test(name)) requests.push(name);
    if (name === chunk) asked();
  });
  await page.route(/ai-maturity-check_bg\.wasm$/, async (route) => {
    await chunkRequested;
    await route.continue();
  });
  await page.goto(url);
  await shows();
  // The loader took the early responses: no file was fetched twice.
  expect(requests.length).toBeGreaterThan(1);
  expect(new Set(requests).size, `fetched: ${requests.join(", ")}`).toBe(requests.length);
}

// The pages that open on the ROI estimate: the embed hint fetches its code and its texts in the
// page's language beside the main part.
const OPENS_ON_ROI = [
  { name: "parts=roi", url: "/demo/roi.html", heading: "What could AI upskilling return?", texts: "split_texts_estimate_en.wasm" },
  // The iframe page's options are its URL's query; parts stays "both", so only `start` says ROI.
  { name: "start=roi", url: "/frame.html?start=roi&lang=de", heading: "Was könnte KI-Qualifizierung einbringen?", texts: "split_texts_estimate_de.wasm" },
];

for (const { name, url, heading, texts: expected } of OPENS_ON_ROI) {
  test(`a page that opens on the ROI estimate (${name}) fetches its code and its language's texts beside the main part, once`, async ({ page }) => {
    const texts = [];
    page.on("request", (request) => /split_texts_estimate_\w+\.wasm$/.test(request.url()) && texts.push(fileName(request.url())));
    await expectFetchedBesideTheMainPart(page, url, "split_roi.wasm", () =>
      expect(widget(page).locator("h2").first()).toHaveText(heading));
    expect(texts).toEqual([expected]);
  });
}

test("a returning person's intro links the later screens' styles once their history is read, so the history screen draws in them at the first click", async ({ page }) => {
  await page.goto("/");
  await keepOneResultAndReturn(page);
  await page.goto("/");
  const historyButton = widget(page).getByRole("button", { name: "Your earlier results (1)" });
  await expect(historyButton).toBeVisible();
  const laterLinks = () => page.evaluate(() => [...document.head.querySelectorAll('link[rel="stylesheet"]')].filter((link) => link.href.endsWith("/widget-later.css")).length);
  // Still on the intro: the history's code, fetched in the background, reads the stored results
  // and asks for the styles.
  await expect.poll(laterLinks).toBe(1);
  await expect(historyButton).toBeVisible();
  await historyButton.click();
  await expect(widget(page).locator(".aimc-history-entry")).toHaveCount(1);
  await expect(widget(page).locator(".aimc-history-entry")).toHaveCSS("border-top-style", "solid");
  expect(await laterLinks()).toBe(1);
});

for (const { chunk, path } of LATER_CHUNK_PATHS) {
  test(`without ${chunk.source} the ${path.screen} says so, keeps what was entered, and shows after a retry`, async ({ page }) => {
    if (path.before) {
      await page.goto("/");
      await path.before(page);
    }
    const blocked = [];
    const isBlocked = (url) => chunk.test(fileName(url.href));
    await page.route(isBlocked, (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    await page.goto("/");
    await path.reach(page);

    const notice = widget(page).getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(notice.getByRole("heading")).toHaveText("This part of the check could not be loaded");
    await expect(notice).toContainText("Your answers are saved.");
    await expect(notice.getByRole("button", { name: "Try again" })).toBeVisible();
    await expectHeadingFocused(page, "This part of the check could not be loaded");
    expect(blocked.length, `${chunk} was asked for`).toBeGreaterThan(0);
    expect(await storedCounts(page)).toEqual({ answers: path.answers, results: path.results });
    if (path.whileMissing) await path.whileMissing(page);

    await page.unroute(isBlocked);
    await notice.getByRole("button", { name: "Try again" }).click();
    await expect(widget(page).locator("h2").first()).toHaveText(path.heading);
    await expectHeadingFocused(page, path.heading);
    await expect(widget(page).getByRole("alert").filter({ hasText: "could not be loaded" })).toHaveCount(0);
    if (path.afterRetry) await path.afterRetry(page);
    const stored = await storedCounts(page);
    expect(stored.answers).toBe(path.answers);
    expect(stored.results).toBeGreaterThanOrEqual(path.results);
  });
}

/**
 * The report's download on the ROI estimate alone (demo/roi.html), in two languages: what is
 * typed, how it is kept, and the texts of the button, the notice, its retry and the announcement.
 */
const DOWNLOADS = [
  {
    lang: "en",
    employees: "1,250",
    download: "Download result (JSON)",
    failed: "The download could not be prepared. Nothing you entered is lost: check your connection, then try again.",
    retry: "Try again",
    downloaded: "Your result was downloaded.",
  },
  {
    lang: "nb",
    employees: "1 250",
    download: "Last ned resultatet (JSON)",
    failed: "Nedlastingen kunne ikke gjøres klar. Ingenting du har lagt inn, er tapt: sjekk tilkoblingen og prøv igjen.",
    retry: "Prøv igjen",
    downloaded: "Resultatet er lastet ned.",
  },
];

for (const way of DOWNLOADS) {
  test(`on the ROI estimate alone (${way.lang}), without split_result.wasm the download says so, keeps everything, and downloads after a retry`, async ({ page }) => {
    await page.route((url) => url.pathname === "/demo/roi.html", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('data-parts="roi"', `data-parts="roi" data-lang="${way.lang}"`);
      await route.fulfill({ response, body: html });
    });
    const blocked = [];
    const isResultCode = (url) => fileName(url.href) === "split_result.wasm";
    await page.route(isResultCode, (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    const downloads = [];
    page.on("download", (download) => downloads.push(download));
    await page.goto("/demo/roi.html");
    await expect(widget(page)).toHaveAttribute("lang", way.lang);
    const employees = widget(page).locator("#aimc-pricing-roi-roi-employees");
    await employees.fill(way.employees);
    const kept = async () => {
      await expect(employees).toHaveValue(way.employees);
      await expect(widget(page).locator("[data-roi-value]")).toBeVisible();
    };
    // The estimate drew without the result's code: nothing asked for it before the download.
    await page.waitForLoadState("networkidle");
    expect(blocked).toEqual([]);

    const announced = widget(page).locator("p.aimc-visually-hidden[aria-live=polite]");
    const button = widget(page).getByRole("button", { name: way.download, exact: true });
    await button.click();
    const notice = widget(page).getByRole("alert").filter({ hasText: way.failed });
    await expect(notice).toHaveText(new RegExp(`^${way.failed}\\s*${way.retry}$`));
    expect(blocked.length, "split_result.wasm was asked for").toBeGreaterThan(0);
    expect(downloads).toHaveLength(0);
    await expect(announced).not.toHaveText(way.downloaded);
    await kept();
    // Clicking again while it is still missing: the same notice, once.
    await button.click();
    await expect(notice).toHaveCount(1);
    expect(downloads).toHaveLength(0);

    await page.unroute(isResultCode);
    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: way.retry }).click()]);
    const report = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(report.roi.inputs.find((entry) => entry.field === "employees").value).toBe(1250);
    await expect(widget(page).getByRole("alert").filter({ hasText: way.failed })).toHaveCount(0);
    await expect(announced).toHaveText(way.downloaded);
    // The retry button went with the notice: focus is back on the download's.
    await expect(button).toBeFocused();
    await kept();
    // The code is here now: the next click downloads at once.
    await Promise.all([page.waitForEvent("download"), button.click()]);
  });
}
