// Performance benchmark of the release widget in headless Chromium (Debian's, via Playwright).
//
// Serves a built widget folder from this process on http://127.0.0.1 (every file brotli-compressed
// at quality 11, under the strict Content-Security-Policy of scripts/serve-dist.mjs) and, in a
// fresh browser context per run, measures for the `fast` (no throttling) and `slow` (150 ms,
// 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower) profiles:
//   - bytes on the wire by type (wasm, js, css, html, other) before the first question shows;
//   - first screen (intro heading painted) and first question (start clicked at once) times;
//   - total blocking time (long tasks beyond 50 ms) up to the first question;
//   - answer → next question (median of 10 answers);
//   - JS heap (after a GC) and WebAssembly memory after the first question;
//   - the last answer → the result shown: the remaining questions answered, then (as for a
//     person, who takes longer than its download) the result's code, prefetched while answering,
//     waited for, and the last answer's click timed until the result's heading is painted;
//   - the ROI estimate alone (demo/roi.html, a pricing page with `data-parts="roi"`): its first
//     screen (the ROI screen's heading painted), the bytes on the wire and the total blocking
//     time until then, and when the whole estimate (its chart) is painted;
//   - an ROI input changed until the new figures and the simulation's band are painted (median
//     of 10 changes, the ROI screen's code already here);
// the scale cases: a 270-question build (`bench-10x` feature), opening a history of 500
// results (once its screen's code has arrived, the budget; and clicked at the first paint, so
// including fetching that code), a returning visitor with 50 results who clicks "earlier
// results" at the first paint (time from the navigation to the history screen painted), and the
// team roll-up of 1 000 exports; and, without a browser, everything a visitor can download (the
// widget's files: embed.js, widget.css, frame.html, every file of pkg-<hash>/; brotli quality 11
// as served here, not the demo pages) and, with twiggy, each WebAssembly part by crate
// (scripts/size-breakdown.mjs, from the named modules in target/widget-split/split/). Checks the
// budgets, prints a summary and writes everything to bench-results/<timestamp>.json.
//
// Usage: ./dev.sh bench [--runs N] [--profile fast|slow|both] [--no-build] [--dist DIR]
//                       [--dist-10x DIR] [--no-breakdown] [--strict] [--only CASES] [--trace DIR]
//   By default builds dist/ (./dev.sh build) and the 10× build into a temp dir first.
//   --no-build uses dist/ (or --dist DIR) as it is; the 10× case runs only with --dist-10x DIR.
//   --no-breakdown leaves out the by-crate breakdown (which needs twiggy; ./dev.sh bench
//   installs it; it reads target/widget-split/split/, which is the last release build's).
//   --strict exits with 1 when a budget fails (otherwise the verdicts are only reported).
//   --only runs some of the cases, a comma-separated list of: main (first question, answers,
//   result, memory), roi_alone, roi_input, history (the three history cases), rollup. A budget
//   whose case did not run is reported as skipped; use it while working, not for a note's figures.
//   --trace DIR writes, for each run, a Chromium performance trace with its CPU profile
//   (Perfetto/DevTools can open it) of the first question and of the ROI estimate alone, up to
//   the moment measured, and a CPU profile of the two fast-profile scale budgets
//   (history-500-<run>.cpuprofile from the click, rollup-<run>.cpuprofile from the files picked;
//   DevTools' Performance panel opens them), and prints the scale cases' functions with the most
//   self time. Tracing and profiling slow the page: those runs' figures are not the budgets'. A
//   build with names (AIMC_KEEP_NAMES=1 trunk build --release --dist DIR) shows Rust's functions.
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { homedir, loadavg, tmpdir } from "node:os";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";
import { variant, writeExports } from "./generate-exports.mjs";
import { SPLIT_DIR, breakdownOfParts, findTwiggy, printBreakdown } from "./size-breakdown.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH, CONTENT_TYPES, STRICT_CSP } from "./serving.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM_BENCH_ARGS = [...CHROMIUM_ARGS, "--enable-precise-memory-info"];
const PROFILES = {
  fast: null,
  slow: { latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, cpuSlowdown: 4 },
};
const HISTORY_KEY = "aimc.v1.demo.history"; // index.html mounts the instance "demo"
const QUESTIONS = 27; // the bench-10x build asks ten times as many
const ANSWERS_TIMED = 10;
const ROI_CHANGES_TIMED = 10;
const HISTORY_ENTRIES = 500;
const RETURNING_HISTORY_ENTRIES = 50; // a person who has checked every month for four years
const ROI_ALONE_PAGE = "demo/roi.html"; // the ROI estimate alone (data-parts="roi"), as on a pricing page
const BREAKDOWN_PRINTED = 12; // groups printed per part; the JSON has them all
const TEAM_EXPORTS = 1000;
const SCALE_RUNS_MAX = 3;
const KIB = 1024;
const MIB = 1024 * KIB;

const BUDGETS = [
  { name: "ROI alone: first screen (its heading painted)", profile: "slow", limit: 1300, op: "<=", unit: "ms",
    read: (summary) => summary.roi_alone.slow?.first_screen_ms.median },
  { name: "ROI alone: downloaded before its first screen (brotli)", profile: "slow", limit: 150 * KIB, op: "<=", unit: "bytes",
    read: (summary) => summary.roi_alone.slow?.total_bytes.median },
  { name: "ROI alone: total blocking time to its first screen", profile: "slow", limit: 50, op: "<=", unit: "ms",
    read: (summary) => summary.roi_alone.slow?.total_blocking_time_ms.median },
  { name: "downloaded before the first question (brotli)", profile: "slow", limit: 120 * KIB, op: "<=", unit: "bytes",
    read: (summary) => summary.main.slow?.total_bytes.median },
  { name: "first question", profile: "slow", limit: 1200, op: "<=", unit: "ms",
    read: (summary) => summary.main.slow?.first_question_ms.median },
  { name: "total blocking time to the first question", profile: "slow", limit: 50, op: "<=", unit: "ms",
    read: (summary) => summary.main.slow?.total_blocking_time_ms.median },
  { name: "answer → next question", profile: "slow", limit: 80, op: "<=", unit: "ms",
    read: (summary) => summary.main.slow?.answer_to_next_ms.median },
  { name: "last answer → result shown", profile: "slow", limit: 100, op: "<=", unit: "ms",
    read: (summary) => summary.main.slow?.result_shown_ms.median },
  { name: "JS heap + WebAssembly memory", profile: "slow", limit: 3 * MIB, op: "<=", unit: "bytes",
    read: (summary) => summary.main.slow?.memory_bytes.median },
  { name: "ROI input → new figures and band", profile: "slow", limit: 50, op: "<=", unit: "ms",
    read: (summary) => summary.roi_input_ms.slow?.median },
  { name: "10× questionnaire: first question slower by", profile: "slow", limit: 10, op: "<=", unit: "%",
    read: (summary) => summary.questionnaire_10x.slow?.increase_pct },
  { name: "returning visitor: 50 results shown after navigation", profile: "slow", limit: 2000, op: "<=", unit: "ms",
    read: (summary) => summary.history_50_from_navigation_ms.slow?.median },
  { name: "history of 500 opens (its code arrived)", profile: "fast", limit: 50, op: "<", unit: "ms",
    read: (summary) => summary.history_500_open_ms.fast?.median },
  { name: "roll-up of 1 000 exports", profile: "fast", limit: 1000, op: "<", unit: "ms",
    read: (summary) => summary.rollup_1000_ms.fast?.median },
  { name: "everything a visitor can download (brotli)", profile: "files", limit: 300 * KIB, op: "<=", unit: "bytes",
    read: (summary) => summary.widget_files.total_brotli_bytes },
];

// ---------------------------------------------------------------------------------------------
// Command line and builds

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "5" },
      profile: { type: "string", default: "both" },
      "no-build": { type: "boolean", default: false },
      dist: { type: "string" },
      "dist-10x": { type: "string" },
      "no-breakdown": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      only: { type: "string" },
      trace: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);
  if (!["fast", "slow", "both"].includes(values.profile)) throw new Error(`--profile must be fast, slow or both`);
  const build = !values["no-build"];
  if (build && (values.dist || values["dist-10x"])) throw new Error("--dist and --dist-10x go with --no-build");
  const only = values.only ? values.only.split(",") : CASES;
  const unknown = only.filter((name) => !CASES.includes(name));
  if (unknown.length > 0) throw new Error(`--only: unknown case(s) ${unknown.join(", ")}; the cases are ${CASES.join(", ")}`);
  return {
    runs,
    scaleRuns: Math.min(runs, SCALE_RUNS_MAX),
    profiles: values.profile === "both" ? ["fast", "slow"] : [values.profile],
    build,
    dist: resolve(values.dist ?? join(ROOT, "dist")),
    dist10x: values["dist-10x"] ? resolve(values["dist-10x"]) : null,
    breakdown: !values["no-breakdown"],
    strict: values.strict,
    cases: new Set(only),
    trace: values.trace ? resolve(values.trace) : null,
  };
}

/** The cases `--only` can pick. */
const CASES = ["main", "roi_alone", "roi_input", "history", "rollup"];

function buildNormal() {
  log("building the release widget (./dev.sh build)");
  execFileSync("./dev.sh", ["build"], { cwd: ROOT, stdio: "inherit" });
}

/** The 270-question build, into a new temp dir; returns the dir. */
function build10x() {
  const dist = mkdtempSync(join(tmpdir(), "aimc-bench-10x-"));
  log(`building the 10× questionnaire into ${dist}`);
  const path = `${join(ROOT, "node_modules/.bin")}:${join(homedir(), ".cargo/bin")}:${process.env.PATH}`;
  execFileSync("trunk", ["build", "--release", "--dist", dist], {
    cwd: ROOT,
    stdio: "inherit",
    // scripts/build-wasm.mjs (Trunk's hook) adds these cargo features.
    env: { ...process.env, PATH: path, AIMC_FEATURES: "bench-10x" },
  });
  return dist;
}

// ---------------------------------------------------------------------------------------------
// The server: every file brotli-compressed once at start, under the strict CSP

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !relative(dir, file).split("/").some((part) => part.startsWith(".")));
}

function brotli(body) {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/**
 * Everything a visitor can download, raw and as served here (brotli quality 11): the widget's
 * files (embed.js, widget.css, frame.html and every file of pkg-<hash>/, every WebAssembly chunk
 * and language among them), not the demo pages (index.html, demo/).
 */
function widgetFiles(dir) {
  const files = filesBelow(dir)
    .map((file) => relative(dir, file))
    .filter((name) => name !== "index.html" && !name.startsWith("demo/"))
    .sort()
    .map((name) => {
      const body = readFileSync(join(dir, name));
      return { path: name, raw_bytes: body.length, brotli_bytes: brotli(body).length };
    });
  if (!files.some((file) => file.path === "embed.js") || !files.some((file) => /^pkg-[^/]+\/.*\.wasm$/.test(file.path))) {
    throw new Error(`${dir} has no embed.js or no pkg-<hash>/*.wasm: is it a built widget?`);
  }
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { total_raw_bytes: sum("raw_bytes"), total_brotli_bytes: sum("brotli_bytes"), files };
}

/** Serves `dir` on a free port of 127.0.0.1; remembers the Accept-Encoding Chromium sent. */
async function startServer(dir) {
  const files = new Map(
    filesBelow(dir).map((file) => [
      `/${relative(dir, file)}`,
      { type: CONTENT_TYPES[extname(file)] ?? "application/octet-stream", body: brotli(readFileSync(file)) },
    ]),
  );
  const notFound = { type: "text/plain; charset=utf-8", body: brotli(Buffer.from("not found")) };
  const acceptEncodings = new Set();
  const server = createServer((request, response) => {
    acceptEncodings.add(request.headers["accept-encoding"] ?? "");
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = files.get(path.endsWith("/") ? `${path}index.html` : path);
    // The Content-Security-Policy goes with the pages, as a site sends it: it governs a
    // document, and on a script, stylesheet or .wasm response it would only add bytes.
    const type = (file ?? notFound).type;
    response.writeHead(file ? 200 : 404, {
      "content-type": type,
      "content-encoding": "br",
      ...(type.startsWith("text/html") ? { "content-security-policy": STRICT_CSP } : {}),
    });
    response.end((file ?? notFound).body);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    acceptEncodings,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}

/** Chromium may advertise brotli on HTTPS only; check it asks for and decodes it here. */
async function checkBrotliOverHttp(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const title = await page.title();
  await context.close();
  const advertised = [...server.acceptEncodings];
  if (!advertised.every((header) => header.split(/,\s*/).includes("br")) || title !== "AI maturity check") {
    throw new Error(
      `Chromium does not take brotli over http://127.0.0.1 (Accept-Encoding: ${advertised.join(" | ")}; ` +
        `page title "${title}"): serve HTTPS with a self-signed certificate instead`,
    );
  }
  return `http://127.0.0.1, brotli accepted and decoded (Accept-Encoding: ${advertised.join(" | ")})`;
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Runs in the page before any of its scripts (addInitScript): collects long tasks, keeps the
 * WebAssembly memory, offers `until` and `afterPaint`, optionally seeds the stored history, with
 * `autoStart` times the first screen and clicks start as soon as it is painted, and with
 * `roiAlone` times the ROI screen's heading painted (a page whose widget shows the ROI alone).
 */
function pageProbe({ autoStart, roiAlone, storage }) {
  if (storage) localStorage.setItem(storage.key, storage.value);
  const bench = {
    longTasks: [],
    wasmMemory: null,
    afterPaint: () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    /** Resolves with predicate()'s first truthy value, re-checked on every DOM change. */
    until: (predicate, what, timeoutMs = 120_000) =>
      new Promise((done, fail) => {
        const found = predicate();
        if (found) return done(found);
        const observer = new MutationObserver(() => {
          const found = predicate();
          if (!found) return;
          observer.disconnect();
          clearTimeout(timer);
          done(found);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`timed out waiting for ${what}`));
        }, timeoutMs);
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      }),
    /**
     * Resolves with the element `selector` finds (a CSS selector, or a function returning the
     * element or nothing) once it is laid out with a box and painted. The DOM changes only tell
     * that it exists: its box is read in the next frame's animation callback, where the frame
     * lays the page out anyway, and not in the observer, which runs inside the page's own task
     * and would force a layout there that the measured tasks (and so the blocking times) would
     * wrongly include.
     */
    painted: async (selector, what) => {
      const find = typeof selector === "function" ? selector : () => document.querySelector(selector);
      for (;;) {
        const element = await bench.until(find, what);
        await new Promise((done) => requestAnimationFrame(done));
        if (element.isConnected && element.getClientRects().length > 0) {
          await new Promise((done) => setTimeout(done, 0)); // after this frame's paint
          return element;
        }
      }
    },
  };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: "longtask", buffered: true });

  const keepMemory = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    bench.wasmMemory = instance.exports.memory ?? bench.wasmMemory;
    return result;
  };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keepMemory);
  }

  if (autoStart) {
    bench.firstQuestion = (async () => {
      await bench.painted(".aimc h2", "the intro heading");
      const firstScreen = performance.now();
      (await bench.until(() => document.querySelector(".aimc-intro .aimc-primary"), "the start button")).click();
      const step = await bench.until(() => document.querySelector(".aimc-step"), "the first question");
      await bench.afterPaint();
      const firstQuestion = performance.now();
      const longTasks = bench.longTasks.filter((task) => task.start < firstQuestion);
      const blocking = longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      const counter = step.querySelector(".aimc-eyebrow").textContent;
      const loaded = performance.getEntriesByType("resource").filter((entry) => entry.responseEnd <= firstQuestion);
      return { firstScreen, firstQuestion, blocking, longTasks, counter, loaded: [location.href, ...loaded.map((entry) => entry.name)] };
    })();
  }

  if (roiAlone) {
    bench.roiScreen = (async () => {
      await bench.painted(".aimc-roi h2", "the ROI screen's heading");
      const firstScreen = performance.now();
      const loaded = performance.getEntriesByType("resource").filter((entry) => entry.responseEnd <= firstScreen);
      // The whole estimate: its chart is painted too.
      await bench.painted(".aimc-roi-result figure", "the ROI estimate's chart");
      const estimateShown = performance.now();
      const blockingUntil = (end) => bench.longTasks
        .filter((task) => task.start < end)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      const longTasks = bench.longTasks.filter((task) => task.start < estimateShown);
      return {
        firstScreen, blocking: blockingUntil(firstScreen), estimateShown, blockingToEstimate: blockingUntil(estimateShown),
        longTasks, loaded: [location.href, ...loaded.map((entry) => entry.name)],
      };
    })();
  }
}

/** Answers `count` questions in the page; returns each one's time to the next question painted. */
function answerQuestionsInPage(count) {
  const bench = window.__bench;
  const counterText = () => document.querySelector(".aimc-eyebrow")?.textContent;
  return (async () => {
    const times = [];
    for (let index = 0; index < count; index += 1) {
      const before = counterText();
      const started = performance.now();
      document.querySelector('.aimc input[type=radio][value="2"]').click();
      document.querySelector(".aimc button[type=submit]").click();
      await bench.until(() => counterText() !== before, "the next question");
      await bench.afterPaint();
      times.push(performance.now() - started);
    }
    return times;
  })();
}

/** Answers the last question; returns the time from its click to the result's heading painted. */
function lastAnswerToResultInPage() {
  const bench = window.__bench;
  return (async () => {
    document.querySelector('.aimc input[type=radio][value="2"]').click();
    const started = performance.now();
    document.querySelector(".aimc button[type=submit]").click();
    await bench.painted(".aimc-result h2", "the result's heading");
    return performance.now() - started;
  })();
}

/**
 * Waits for the history button (with `waitForCode`, also for the history screen's code) and
 * then, timed, clicks it until the history screen is painted (its heading, the trend over all N
 * results and the first results of the list: what the click draws before its first paint; the
 * rest of the list's first page follows once that is painted). Returns the time from the click
 * and the time from the navigation to then. `steps` says which of the two
 * this call does: a CPU profile starts between them, in a call of its own each.
 */
async function openHistoryInPage({ count, waitForCode, steps }) {
  const bench = window.__bench;
  const button = await bench.painted(".aimc-more .aimc-link", "the history button");
  if (steps.includes("wait")) {
    await bench.afterPaint();
    if (waitForCode) {
      // The history screen's code is a chunk fetched in the background once results exist; a
      // person reading the intro gives it that moment. The cold case clicks at the first paint.
      const chunkArrived = () => performance.getEntriesByType("resource").some((entry) => /split_[^/]*\.wasm$/.test(entry.name));
      while (!chunkArrived()) await new Promise((done) => setTimeout(done, 10));
      await new Promise((done) => setTimeout(done, 300));
    }
    if (!button.textContent.includes(`(${count})`)) throw new Error(`history button reads "${button.textContent}"`);
  }
  if (!steps.includes("open")) return null;
  const started = performance.now();
  button.click();
  await bench.until(
    () => document.querySelector(".aimc-trend") && document.querySelectorAll(".aimc-history-entry").length > 0,
    "the history screen",
  );
  await bench.afterPaint();
  const painted = performance.now(); // from the navigation's start (the time origin)
  const wf = performance.getEntriesByType("resource").map((e) => `${e.name.split("/").pop().padEnd(34)} start ${e.startTime.toFixed(0).padStart(5)} reqStart ${e.requestStart.toFixed(0).padStart(5)} respStart ${e.responseStart.toFixed(0).padStart(5)} end ${e.responseEnd.toFixed(0).padStart(5)} ${e.encodedBodySize}`);
  wf.push(...bench.longTasks.map((t) => `longtask ${t.start.toFixed(0)} +${t.duration.toFixed(0)}`));
  return { clickedMs: painted - started, sinceNavigationMs: painted, wf, started };
}

/**
 * Opens the ROI estimate from the intro and, once it shows, types `count` different values into
 * "Weeks until full effect" (which changes the band's shape; more hours saved would only rescale
 * the chart); returns each one's time from the input event to the new ROI and band painted.
 */
async function changeRoiInputInPage(count) {
  const bench = window.__bench;
  (await bench.until(() => document.querySelectorAll(".aimc-intro .aimc-button")[1], "the ROI button")).click();
  const field = await bench.until(() => document.querySelector('.aimc input[id$="-roi-ramp_full_weeks"]'), "the full-effect field");
  await bench.until(() => document.querySelector('.aimc-line-chart polygon[data-band="benefit"]'), "the band");
  await bench.afterPaint();
  const roi = () => document.querySelector("[data-roi-value]").textContent;
  const band = () => document.querySelector('.aimc-line-chart polygon[data-band="benefit"]')?.getAttribute("points");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const times = [];
  for (let index = 0; index < count; index += 1) {
    const [roiBefore, bandBefore] = [roi(), band()];
    field.focus();
    setValue.call(field, String(18 + index * 2));
    const started = performance.now();
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await bench.until(() => roi() !== roiBefore && band() !== bandBefore, "the new figures and band");
    await bench.afterPaint();
    times.push(performance.now() - started);
  }
  return times;
}

/** Opens the team roll-up and arms the timer: from the files picked to the respondents' count shown. */
async function armRollupTimerInPage(count) {
  const bench = window.__bench;
  const teamButton = () => document.querySelectorAll(".aimc-more .aimc-link")[1];
  (await bench.painted(teamButton, "the team button")).click();
  await bench.painted('.aimc input[type="file"]', "the team file input");
  bench.rollup = new Promise((done, fail) => {
    // Capture phase on window: the clock starts before any of the widget's own listeners run.
    addEventListener("change", (event) => {
      const started = performance.now();
      const shown = () => document.querySelector("[data-team-respondents]")?.textContent.trim() === `${count} respondents`;
      bench.until(shown, `"${count} respondents"`)
        .then(bench.afterPaint)
        .then(() => done(performance.now() - started), fail);
    }, { capture: true, once: true });
  });
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh context, the profile applied, the page opened

async function openPage(browser, url, profile, probeOptions, { traced = false } = {}) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(pageProbe, probeOptions);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  const { finished: transfers, pending } = await recordTransfers(cdp);
  await applyProfile(cdp, PROFILES[profile]);
  const trace = traced && traceDir ? await startTrace(cdp) : null;
  if (process.env.NAV_PROFILE && probeOptions.storage) { globalThis.navProfiler = await startCpuProfile(cdp); }
  await page.goto(url);
  return { context, page, cdp, transfers, pending, errors, trace };
}

/** Where `--trace` writes its traces (null: not traced), and how many it has written. */
let traceDir = null;
let tracesWritten = 0;

/** Starts a Chromium trace with the main thread's events and a CPU profile. */
async function startTrace(cdp) {
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink", "loading"];
  await cdp.send("Tracing.start", { categories: categories.join(","), transferMode: "ReportEvents" });
  return events;
}

/** Ends `opened`'s trace, if it has one, and writes it to `--trace`'s folder as `name`-<n>.json. */
async function endTrace(opened, name) {
  if (!opened.trace) return;
  const complete = new Promise((done) => opened.cdp.once("Tracing.tracingComplete", done));
  await opened.cdp.send("Tracing.end");
  await complete;
  tracesWritten += 1;
  const file = join(traceDir, `${name}-${tracesWritten}.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: opened.trace }));
  log(`trace: ${relative(ROOT, file)}`);
}

async function closePage({ context, errors }) {
  await context.close();
  if (errors.length > 0) throw new Error(`errors in the page: ${errors.join("; ")}`);
}

/**
 * Collects every finished load with its bytes on the wire (compressed, with headers), and keeps
 * the URLs of the loads still under way (request id → URL).
 */
async function recordTransfers(cdp) {
  const urls = new Map();
  const pending = new Map();
  const finished = [];
  cdp.on("Network.requestWillBeSent", ({ requestId, request }) => {
    urls.set(requestId, request.url);
    pending.set(requestId, request.url);
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    pending.delete(requestId);
    finished.push({ url: urls.get(requestId), bytes: encodedDataLength });
  });
  cdp.on("Network.loadingFailed", ({ requestId }) => pending.delete(requestId));
  await cdp.send("Network.enable");
  return { finished, pending };
}

/**
 * Waits until no WebAssembly is being fetched (a prefetched chunk has arrived), then 300 ms more
 * for it to be compiled and started (as the history case does); returns the wait for the fetch.
 */
async function untilWasmArrived({ pending }) {
  const started = performance.now();
  while ([...pending.values()].some((url) => new URL(url).pathname.endsWith(".wasm"))) {
    if (performance.now() - started > 120_000) throw new Error("a WebAssembly fetch did not finish in 2 minutes");
    await new Promise((done) => setTimeout(done, 10));
  }
  const waited = performance.now() - started;
  await new Promise((done) => setTimeout(done, 300));
  return waited;
}

async function applyProfile(cdp, profile) {
  if (!profile) return;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBitsPerSecond / 8,
    uploadThroughput: profile.uploadBitsPerSecond / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
}

function transferType(url) {
  const path = new URL(url).pathname;
  if (path.endsWith("/")) return "html";
  const type = extname(path).slice(1);
  return ["wasm", "js", "css", "html"].includes(type) ? type : "other";
}

function bytesByType(transfers) {
  const bytes = { wasm_bytes: 0, js_bytes: 0, css_bytes: 0, html_bytes: 0, other_bytes: 0, total_bytes: 0 };
  for (const { url, bytes: count } of transfers) {
    bytes[`${transferType(url)}_bytes`] += count;
    bytes.total_bytes += count;
  }
  return bytes;
}

async function measureMemory({ page, cdp }) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__bench.wasmMemory?.buffer.byteLength);
  if (wasm === undefined) throw new Error("the WebAssembly memory was not captured");
  return { js_heap_bytes: usedSize, wasm_memory_bytes: wasm, memory_bytes: usedSize + wasm };
}

/**
 * The page's and the widget's transfers among `loaded`: not the tab's icon (/favicon.ico), which
 * Chromium asks the server for on its own, sometimes before the first question.
 */
function pageTransfers(opened, loaded) {
  return opened.transfers.filter(({ url }) => loaded.includes(url) && new URL(url).pathname !== "/favicon.ico");
}

/**
 * Load to first question, memory, then 10 answers and, with `finish`, the rest of the questions
 * and the last answer → result; the numbers of one run.
 */
async function measureRun(browser, server, profile, { finish }) {
  const opened = await openPage(browser, server.url, profile, { autoStart: true }, { traced: true });
  const first = await opened.page.evaluate(() => window.__bench.firstQuestion);
  await endTrace(opened, `first-question-${profile}`);
  const transfers = pageTransfers(opened, first.loaded);
  const memory = await measureMemory(opened);
  const answers = await opened.page.evaluate(answerQuestionsInPage, ANSWERS_TIMED);
  const result = finish ? await measureResultShown(opened, questionCount(first.counter) - ANSWERS_TIMED) : {};
  await closePage(opened);
  return {
    questions: questionCount(first.counter),
    ...bytesByType(transfers),
    first_screen_ms: first.firstScreen,
    first_question_ms: first.firstQuestion,
    total_blocking_time_ms: first.blocking,
    answer_to_next_ms: median(answers),
    ...result,
    ...memory,
    answer_to_next_each_ms: answers,
    long_tasks: first.longTasks,
    requests: transfers.map(({ url, bytes }) => ({ path: new URL(url).pathname, type: transferType(url), bytes })),
  };
}

/**
 * Answers all but the last of the `remaining` questions, waits for the result's code (fetched
 * in the background since the start: a person answering takes longer than its download), then
 * times the last answer until the result is painted. Also returns how long that wait was.
 */
async function measureResultShown(opened, remaining) {
  await opened.page.evaluate(answerQuestionsInPage, remaining - 1);
  const waited = await untilWasmArrived(opened);
  const shown = await opened.page.evaluate(lastAnswerToResultInPage);
  return { result_shown_ms: shown, result_code_wait_ms: waited };
}

/** The ROI estimate alone (demo/roi.html): its first screen, the bytes and blocking time until then. */
async function measureRoiAlone(browser, server, profile) {
  const opened = await openPage(browser, new URL(ROI_ALONE_PAGE, server.url).href, profile, { roiAlone: true }, { traced: true });
  const first = await opened.page.evaluate(() => window.__bench.roiScreen);
  if (profile === "slow") console.log(`ROIWF first ${first.firstScreen.toFixed(0)} blocking ${first.blocking.toFixed(0)} estimate ${first.estimateShown.toFixed(0)} tasks ` + first.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(" "));
  const wfr = await opened.page.evaluate(() => performance.getEntriesByType("resource").map((e) => `${e.name.split("/").pop()} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`).join(" | "));
  if (profile === "slow") console.log("ROIRES " + wfr);
  await endTrace(opened, `roi-alone-${profile}`);
  const transfers = pageTransfers(opened, first.loaded);
  await closePage(opened);
  return {
    ...bytesByType(transfers),
    first_screen_ms: first.firstScreen,
    total_blocking_time_ms: first.blocking,
    estimate_shown_ms: first.estimateShown,
    total_blocking_time_to_estimate_ms: first.blockingToEstimate,
    long_tasks: first.longTasks,
    requests: transfers.map(({ url, bytes }) => ({ path: new URL(url).pathname, type: transferType(url), bytes })),
  };
}

function questionCount(counter) {
  const total = /of (\d+)/.exec(counter)?.[1];
  if (!total) throw new Error(`cannot read the question count from "${counter}"`);
  return Number(total);
}

/** Completes the assessment once and downloads its report: the template for the scale cases. */
async function exportOneReport(browser, server) {
  const opened = await openPage(browser, server.url, "fast", { autoStart: true });
  const { page } = opened;
  const { counter } = await page.evaluate(() => window.__bench.firstQuestion);
  for (let index = 0; index < questionCount(counter); index += 1) {
    await page.locator(`.aimc input[type=radio][value="${index % 4}"]`).check();
    await page.locator(".aimc button[type=submit]").click();
  }
  await page.locator(".aimc-level-card").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download result (JSON)" }).click(),
  ]);
  const report = JSON.parse(readFileSync(await download.path(), "utf8"));
  await closePage(opened);
  return report;
}

/** The stored history value holding `count` imported variants of `template`. */
function storedHistory(template, count) {
  const entries = Array.from({ length: count }, (_, index) => {
    const report = variant(template, index);
    const id = `r${(0xbe7c_0000 + index).toString(16).padStart(16, "0")}`;
    return { id, name: "", saved_at: report.completed_at, origin: "imported", report };
  });
  return JSON.stringify({ version: 1, entries });
}

/**
 * Opens a stored history of `count` results; returns the time from the click to the screen
 * painted or, with `fromNavigation`, from the navigation's start.
 */
async function measureHistoryOpen(browser, server, profile, storedValue, { count, waitForCode, fromNavigation, cpuProfile }) {
  const opened = await openPage(browser, server.url, profile, { storage: { key: HISTORY_KEY, value: storedValue } });
  let profiler = null;
  if (cpuProfile) {
    await opened.page.evaluate(openHistoryInPage, { count, waitForCode, steps: ["wait"] });
    profiler = await startCpuProfile(opened.cdp);
  }
  const arguments_wf = await opened.page.evaluate(openHistoryInPage, { count, waitForCode, steps: profiler ? ["open"] : ["wait", "open"] });
  const { clickedMs, sinceNavigationMs } = arguments_wf;
  if (globalThis.navProfiler) { await globalThis.navProfiler.stopInto(process.env.NAV_PROFILE + (++globalThis.navCount || (globalThis.navCount = 1)) + ".cpuprofile"); globalThis.navProfiler = null; }
  if (profiler) await profiler.stopInto(cpuProfile);
  await closePage(opened);
  if (fromNavigation) console.log(`${sinceNavigationMs.toFixed(0)} click at ${(sinceNavigationMs-clickedMs).toFixed(0)}\n` + arguments_wf.wf.join("\n"));
  return fromNavigation ? sinceNavigationMs : clickedMs;
}

async function measureRoiInput(browser, server, profile) {
  const opened = await openPage(browser, server.url, profile, {});
  const times = await opened.page.evaluate(changeRoiInputInPage, ROI_CHANGES_TIMED);
  await closePage(opened);
  return median(times);
}
async function measureRollup(browser, server, profile, paths, cpuProfile) {
  const opened = await openPage(browser, server.url, profile, {});
  await opened.page.evaluate(armRollupTimerInPage, paths.length);
  const profiler = cpuProfile ? await startCpuProfile(opened.cdp) : null;
  await opened.page.locator(".aimc").getByLabel("Choose result files (JSON)").setInputFiles(paths);
  const ms = await opened.page.evaluate(() => window.__bench.rollup);
  if (profiler) await profiler.stopInto(cpuProfile);
  await closePage(opened);
  return ms;
}

/** Starts Chromium's sampling profiler (every 100 µs); `stopInto(file)` writes what it took. */
async function startCpuProfile(cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return {
    stopInto: async (file) => {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}

/** The functions with the most self time in the CPU profiles `files`, summed over them. */
function printCpuProfiles(title, files) {
  const selfMs = new Map();
  let totalMs = 0;
  for (const file of files) {
    const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(file, "utf8"));
    const nameOf = new Map(nodes.map(({ id, callFrame }) => [id, callFrame.functionName || `(anonymous ${callFrame.url.split("/").pop()})`]));
    samples.forEach((id, at) => {
      const ms = (timeDeltas[at + 1] ?? 0) / 1000;
      const name = nameOf.get(id);
      if (name === "(idle)" || name === "(program)") return;
      totalMs += ms;
      selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
    });
  }
  const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25);
  printTable(`${title}: self time over ${files.length} profile(s), ${formatMs(totalMs)} busy (the JSON files are in DevTools' format)`,
    ["function", "self", "share"],
    top.map(([name, ms]) => [name.length > 90 ? `${name.slice(0, 87)}...` : name, formatMs(ms), `${((100 * ms) / totalMs).toFixed(1)} %`]));
}

async function repeat(times, label, measure) {
  const results = [];
  for (let run = 1; run <= times; run += 1) {
    const result = await measure();
    const shown = typeof result === "number" ? `${result.toFixed(1)} ms`
      : result.first_question_ms === undefined ? `first screen ${result.first_screen_ms.toFixed(0)} ms, ${formatBytes(result.total_bytes)}`
      : `first question ${result.first_question_ms.toFixed(0)} ms${result.result_shown_ms === undefined ? "" : `, result ${result.result_shown_ms.toFixed(0)} ms after the last answer`}`;
    console.log(`  ${label} run ${run}/${times}: ${shown}`);
    results.push(result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Statistics, budgets, output

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function stats(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** median, min and max of every number the runs share. */
function summarizeRuns(runs) {
  const keys = Object.keys(runs[0]).filter((key) => typeof runs[0][key] === "number");
  return Object.fromEntries(keys.map((key) => [key, stats(runs.map((run) => run[key]))]));
}

function perProfile(measured, summarize) {
  return Object.fromEntries(Object.entries(measured).map(([profile, runs]) => [profile, summarize(runs, profile)]));
}

function summarize(raw, widgetFileSizes) {
  const main = perProfile(raw.main, summarizeRuns);
  return {
    main,
    roi_alone: perProfile(raw.roi_alone, summarizeRuns),
    questionnaire_10x: perProfile(raw.questionnaire_10x, (runs, profile) => {
      const tenfold = summarizeRuns(runs).first_question_ms;
      const normal = main[profile].first_question_ms.median;
      return { first_question_ms: tenfold, normal_first_question_ms: normal, increase_pct: (tenfold.median / normal - 1) * 100 };
    }),
    history_500_open_ms: perProfile(raw.history_500_open_ms, stats),
    history_500_open_cold_ms: perProfile(raw.history_500_open_cold_ms, stats),
    history_50_from_navigation_ms: perProfile(raw.history_50_from_navigation_ms, stats),
    roi_input_ms: perProfile(raw.roi_input_ms, stats),
    rollup_1000_ms: perProfile(raw.rollup_1000_ms, stats),
    widget_files: { total_raw_bytes: widgetFileSizes.total_raw_bytes, total_brotli_bytes: widgetFileSizes.total_brotli_bytes },
  };
}

function checkBudgets(summary) {
  return BUDGETS.map(({ name, profile, limit, op, unit, read }) => {
    const measured = read(summary) ?? null;
    const passes = op === "<" ? measured < limit : measured <= limit;
    return { name, profile, limit, op, unit, measured, verdict: measured === null ? "SKIP" : passes ? "PASS" : "FAIL" };
  });
}

const formatBytes = (bytes) => (bytes >= MIB ? `${(bytes / MIB).toFixed(2)} MiB` : `${(bytes / KIB).toFixed(1)} KiB`);
const formatMs = (ms) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const formatIn = (unit) => ({ bytes: formatBytes, ms: formatMs, "%": (value) => `${value.toFixed(1)} %` })[unit];

function printTable(title, headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell)[column ? "padStart" : "padEnd"](widths[column])).join("  ");
  console.log(`\n${title}\n${line(headers)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

const PRINTED_ROI_ALONE_METRICS = [
  ["wasm_bytes", "wasm (brotli, on the wire)", formatBytes],
  ["js_bytes", "js", formatBytes],
  ["css_bytes", "css", formatBytes],
  ["html_bytes", "html", formatBytes],
  ["other_bytes", "other", formatBytes],
  ["total_bytes", "total before the ROI screen", formatBytes],
  ["first_screen_ms", "first screen (ROI heading painted)", formatMs],
  ["total_blocking_time_ms", "total blocking time", formatMs],
  ["estimate_shown_ms", "the whole estimate (its chart painted)", formatMs],
  ["total_blocking_time_to_estimate_ms", "total blocking time until then", formatMs],
];

const PRINTED_METRICS = [
  ["wasm_bytes", "wasm (brotli, on the wire)", formatBytes],
  ["js_bytes", "js", formatBytes],
  ["css_bytes", "css", formatBytes],
  ["html_bytes", "html", formatBytes],
  ["other_bytes", "other", formatBytes],
  ["total_bytes", "total before the first question", formatBytes],
  ["first_screen_ms", "first screen", formatMs],
  ["first_question_ms", "first question", formatMs],
  ["total_blocking_time_ms", "total blocking time", formatMs],
  ["answer_to_next_ms", "answer → next (median of 10)", formatMs],
  ["result_shown_ms", "last answer → result shown", formatMs],
  ["result_code_wait_ms", "(waited for the result's code before it)", formatMs],
  ["js_heap_bytes", "JS heap", formatBytes],
  ["wasm_memory_bytes", "WebAssembly memory", formatBytes],
  ["memory_bytes", "heap + wasm memory", formatBytes],
];

function printSummary(summary, budgets, widgetFileSizes) {
  const rowsOf = (metrics, printed) =>
    printed.map(([key, label, format]) => [label, ...["median", "min", "max"].map((at) => format(metrics[key][at]))]);
  for (const [profile, metrics] of Object.entries(summary.main)) {
    printTable(`Profile ${profile}`, ["metric", "median", "min", "max"], rowsOf(metrics, PRINTED_METRICS));
  }
  for (const [profile, metrics] of Object.entries(summary.roi_alone)) {
    printTable(`ROI estimate alone (${ROI_ALONE_PAGE}), profile ${profile}`, ["metric", "median", "min", "max"], rowsOf(metrics, PRINTED_ROI_ALONE_METRICS));
  }
  printTable("Everything a visitor can download (brotli quality 11)", ["file", "raw", "brotli"], [
    ...widgetFileSizes.files.map((file) => [file.path, formatBytes(file.raw_bytes), formatBytes(file.brotli_bytes)]),
    ["total", formatBytes(widgetFileSizes.total_raw_bytes), formatBytes(widgetFileSizes.total_brotli_bytes)],
  ]);
  const scaleRows = [];
  for (const [profile, tenfold] of Object.entries(summary.questionnaire_10x)) {
    scaleRows.push([`questionnaire_10x first question (${profile})`, formatMs(tenfold.first_question_ms.median),
      formatMs(tenfold.first_question_ms.min), formatMs(tenfold.first_question_ms.max),
      `${tenfold.increase_pct >= 0 ? "+" : ""}${tenfold.increase_pct.toFixed(1)} % vs ${formatMs(tenfold.normal_first_question_ms)}`]);
  }
  for (const key of ["roi_input_ms", "history_500_open_ms", "history_500_open_cold_ms", "history_50_from_navigation_ms", "rollup_1000_ms"]) {
    for (const [profile, { median: mid, min, max }] of Object.entries(summary[key])) {
      scaleRows.push([`${key} (${profile})`, formatMs(mid), formatMs(min), formatMs(max), ""]);
    }
  }
  printTable("Scale cases", ["case", "median", "min", "max", ""], scaleRows);
  printTable("Budgets", ["budget", "profile", "limit", "measured", "verdict"], budgets.map((budget) => {
    const format = formatIn(budget.unit);
    return [budget.name, budget.profile, `${budget.op} ${format(budget.limit)}`,
      budget.measured === null ? "not measured" : format(budget.measured), budget.verdict];
  }));
}

/**
 * Each WebAssembly part of the last release build by crate (scripts/size-breakdown.mjs), or why
 * not: twiggy missing, or no named modules.
 */
function breakdownBySplitParts() {
  const twiggy = findTwiggy();
  if (!twiggy) return { skipped: "twiggy is not installed (./dev.sh bench installs it; or cargo install --locked twiggy)" };
  try {
    return { split_dir: SPLIT_DIR, twiggy: execFileSync(twiggy, ["--version"], { encoding: "utf8" }).trim(), parts: breakdownOfParts(twiggy, SPLIT_DIR) };
  } catch (error) {
    return { skipped: error.message };
  }
}

function gitCommit() {
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
  return { commit, dirty };
}

function writeResults(results) {
  const dir = join(ROOT, "bench-results");
  mkdirSync(dir, { recursive: true });
  // ISO 8601 basic format: no colons in the file name.
  const stamp = results.date.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const file = join(dir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

function log(message) {
  console.log(`\n== ${message}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.trace) {
    mkdirSync(options.trace, { recursive: true });
    traceDir = options.trace;
  }
  if (options.build) {
    buildNormal();
    options.dist10x = build10x();
  }
  const date = new Date().toISOString();
  const git = gitCommit();
  const loadAverage = loadavg();
  const widgetFileSizes = widgetFiles(options.dist);
  const sizeBreakdown = options.breakdown ? breakdownBySplitParts() : { skipped: "--no-breakdown" };
  const servers = { normal: await startServer(options.dist) };
  if (options.dist10x) servers.tenfold = await startServer(options.dist10x);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_BENCH_ARGS });
  const scratch = mkdtempSync(join(tmpdir(), "aimc-bench-"));
  try {
    const transport = await checkBrotliOverHttp(browser, servers.normal);
    log(`serving over ${transport}`);
    const raw = {
      main: {}, roi_alone: {}, questionnaire_10x: {}, roi_input_ms: {}, history_500_open_ms: {}, history_500_open_cold_ms: {},
      history_50_from_navigation_ms: {}, rollup_1000_ms: {},
    };
    for (const profile of options.cases.has("main") ? options.profiles : []) {
      log(`profile ${profile}: ${options.runs} runs of the first question, memory, 10 answers, the rest and the result`);
      raw.main[profile] = await repeat(options.runs, profile, () => measureRun(browser, servers.normal, profile, { finish: true }));
      if (raw.main[profile].some((run) => run.questions !== QUESTIONS)) throw new Error(`${options.dist} does not ask ${QUESTIONS} questions`);
    }
    for (const profile of options.cases.has("roi_alone") ? options.profiles : []) {
      log(`profile ${profile}: ${options.runs} runs of the ROI estimate alone (${ROI_ALONE_PAGE})`);
      raw.roi_alone[profile] = await repeat(options.runs, "ROI alone", () => measureRoiAlone(browser, servers.normal, profile));
    }
    for (const profile of options.cases.has("roi_input") ? options.profiles : []) {
      log(`profile ${profile}: an ROI input changed until the new figures and band show (${options.scaleRuns} runs of ${ROI_CHANGES_TIMED} changes)`);
      raw.roi_input_ms[profile] = await repeat(options.scaleRuns, "ROI input", () => measureRoiInput(browser, servers.normal, profile));
    }
    if (servers.tenfold && options.cases.has("main")) {
      for (const profile of options.profiles) {
        log(`profile ${profile}: the 10× questionnaire (${options.scaleRuns} runs)`);
        raw.questionnaire_10x[profile] = await repeat(options.scaleRuns, profile, () => measureRun(browser, servers.tenfold, profile, { finish: false }));
        if (raw.questionnaire_10x[profile].some((run) => run.questions !== 10 * QUESTIONS)) throw new Error(`${options.dist10x} does not ask ${10 * QUESTIONS} questions`);
      }
    } else {
      log("no 10× build (--no-build without --dist-10x): the 10× case is skipped");
    }
    const scale = options.cases.has("history") || options.cases.has("rollup");
    if (scale) log("completing the assessment once for the report the scale cases are made from");
    const template = scale ? await exportOneReport(browser, servers.normal) : null;
    const storedValue = scale ? storedHistory(template, HISTORY_ENTRIES) : null;
    const returningValue = scale ? storedHistory(template, RETURNING_HISTORY_ENTRIES) : null;
    const paths = options.cases.has("rollup") ? writeExports(template, TEAM_EXPORTS, join(scratch, "exports")) : [];
    // The CPU profiles' files (--trace), of the fast profile's runs only: the budgets'.
    const profiled = [];
    const profiledAs = (name, profile, run) => {
      if (!options.trace || profile !== "fast") return null;
      const file = join(options.trace, `${name}-${run}.cpuprofile`);
      profiled.push({ name, file });
      return file;
    };
    for (const profile of options.profiles) {
      if (options.cases.has("history")) {
        log(`profile ${profile}: history of ${HISTORY_ENTRIES}, twice, and a returning visitor's ${RETURNING_HISTORY_ENTRIES} (${options.scaleRuns} runs each)`);
        const history500 = { count: HISTORY_ENTRIES, fromNavigation: false };
        let run = 0;
        raw.history_500_open_ms[profile] = await repeat(options.scaleRuns, "history", () =>
          measureHistoryOpen(browser, servers.normal, profile, storedValue, {
            ...history500, waitForCode: true, cpuProfile: profiledAs("history-500", profile, (run += 1)),
          }));
        raw.history_500_open_cold_ms[profile] = await repeat(options.scaleRuns, "history, clicked at the first paint", () =>
          measureHistoryOpen(browser, servers.normal, profile, storedValue, { ...history500, waitForCode: false }));
        raw.history_50_from_navigation_ms[profile] = await repeat(options.scaleRuns, `${RETURNING_HISTORY_ENTRIES} results, clicked at the first paint, from the navigation`, () =>
          measureHistoryOpen(browser, servers.normal, profile, returningValue, { count: RETURNING_HISTORY_ENTRIES, waitForCode: false, fromNavigation: true, cpuProfile: process.env.H50_PROFILE }));
      }
      if (options.cases.has("rollup")) {
        log(`profile ${profile}: roll-up of ${TEAM_EXPORTS} (${options.scaleRuns} runs)`);
        let run = 0;
        raw.rollup_1000_ms[profile] = await repeat(options.scaleRuns, "roll-up", () =>
          measureRollup(browser, servers.normal, profile, paths, profiledAs("rollup", profile, (run += 1))));
      }
    }
    const summary = summarize(raw, widgetFileSizes);
    const budgets = checkBudgets(summary);
    const results = {
      date,
      git,
      chromium: browser.version(),
      node: process.version,
      load_average_at_start: loadAverage,
      transport,
      config: {
        ...options, profiles_settings: PROFILES, answers_timed: ANSWERS_TIMED, roi_changes_timed: ROI_CHANGES_TIMED,
        history_entries: HISTORY_ENTRIES, returning_history_entries: RETURNING_HISTORY_ENTRIES, roi_alone_page: ROI_ALONE_PAGE,
        team_exports: TEAM_EXPORTS,
      },
      raw,
      summary,
      budgets,
      widget_files: widgetFileSizes,
      size_breakdown: sizeBreakdown,
    };
    if (sizeBreakdown.parts) {
      log(`each WebAssembly part by crate (unoptimised, from ${relative(ROOT, sizeBreakdown.split_dir)}; the JSON has every group)`);
      printBreakdown(sizeBreakdown.parts, BREAKDOWN_PRINTED);
    } else {
      log(`no breakdown by crate: ${sizeBreakdown.skipped}`);
    }
    printSummary(summary, budgets, widgetFileSizes);
    for (const name of new Set(profiled.map((entry) => entry.name))) {
      printCpuProfiles(`CPU profile ${name}`, profiled.filter((entry) => entry.name === name).map((entry) => entry.file));
    }
    console.log(`\nChromium ${results.chromium}, commit ${results.git.commit}${results.git.dirty ? " (with uncommitted changes)" : ""}`);
    console.log(`results: ${relative(ROOT, writeResults(results))}`);
    if (options.build) console.log(`the 10× build stays in ${options.dist10x} (reuse: --no-build --dist-10x ${options.dist10x})`);
    const failed = budgets.filter((budget) => budget.verdict === "FAIL").length;
    if (failed > 0) console.log(`${failed} budget(s) failed${options.strict ? "" : " (exit code 0 without --strict)"}`);
    process.exitCode = options.strict && failed > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
