// Results that travel without a server, on the release build: a link to a result copied in one
// browser and opened in a fresh one (shown, added to the history once, its fragment gone from
// the address bar), damaged and newer links refused with the reason, the instance a link names
// (else the first) opening it, answers continued on another device at the same question, the
// clipboard's fallback field, 200 pasted links rolled up with files exactly as the files alone,
// and the reminder's .ics read by a real iCalendar parser (ical.js) with the right date and
// language.
import { test, expect } from "@playwright/test";
import ICAL from "ical.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { expectNoAxeViolations } from "./axe.mjs";
import { variant } from "../../scripts/generate-exports.mjs";

const QUESTIONS = 27;
const widget = (page) => page.locator(".aimc");
const CLIPBOARD = { permissions: ["clipboard-read", "clipboard-write"] };

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

async function answer(page, count, levelOf) {
  for (let index = 0; index < count; index += 1) {
    await widget(page).locator(`input[type=radio][value="${levelOf(index)}"]`).check();
    await widget(page).locator("button[type=submit]").click();
  }
}

async function complete(page, levelOf) {
  await widget(page).locator(".aimc-intro .aimc-primary").click();
  await answer(page, QUESTIONS, levelOf);
  await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), widget(page).getByRole("button", { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Every `aimc:share` event's detail, recorded from now on. */
async function recordShares(page) {
  await page.evaluate(() => {
    window.__shares = [];
    document.addEventListener("aimc:share", (event) => window.__shares.push(event.detail));
  });
}

/** The questions' ids in the order they are asked, as `build.rs` reads them. */
function questionOrder() {
  const source = readFileSync(new URL("../../crates/core/src/questionnaire.rs", import.meta.url), "utf8");
  const asked = source.slice(source.indexOf("const ASKED"));
  return [...asked.matchAll(/^\s*q\("([a-z_]+)"/gm)].map((match) => match[1]);
}

/** A result's code in the documented link format (README "Links"), made outside the widget. */
function codeOf(report, order) {
  const short = (source) =>
    ({ entered: "e", assumption: "a", assessment_level: "l", use_cases: "u" })[source] ?? source.replace(/^seed_/, "");
  const payload = {
    q: report.questionnaire_version,
    l: report.language,
    w: report.widget_version,
    a: order.map((id) => report.answers[id] ?? "-").join(""),
    t: [report.started_at ?? null, report.completed_at ?? null, report.exported_at],
  };
  if (report.roi) {
    payload.r = {
      c: report.roi.currency,
      h: report.roi.horizon_months,
      v: report.roi.inputs.map((input) => input.value),
      s: report.roi.inputs.map((input) => short(input.source)),
    };
  }
  return `aimc1:r::${deflateRawSync(JSON.stringify(payload)).toString("base64url")}`;
}

test("a link to a result opens in a fresh browser, is added to the history once, and leaves the address bar", async ({ browser }) => {
  const first = await (await browser.newContext(CLIPBOARD)).newPage();
  await first.goto("/");
  await complete(first, (index) => index % 4);
  await widget(first).getByRole("button", { name: "Estimate the ROI" }).click();
  await widget(first).locator("#aimc-demo-roi-employees").fill("40");
  await widget(first).getByRole("button", { name: "Back to the result" }).click();
  const level = await widget(first).locator(".aimc-level-card").textContent();
  const roi = await widget(first).locator(".aimc-roi-summary").textContent();

  await recordShares(first);
  const copy = widget(first).getByRole("button", { name: "Copy a link to this result" });
  await expect(copy).toHaveAccessibleDescription("Whoever has the link can see these answers.");
  await copy.click();
  await expect(first.locator("[aria-live=polite]")).toHaveText("The link was copied.");
  const link = await first.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#aimc1:r:demo:[A-Za-z0-9_-]+$/);
  console.log(`share link of a result with an ROI estimate: ${link.length} characters`);
  expect(link.length).toBeLessThan(1000);
  const shares = await first.evaluate(() => window.__shares);
  expect(shares).toEqual([{ instance: "demo", kind: "result", length: link.length }]);

  // A fresh browser: no history, nothing stored.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  const opened = widget(second).locator("[data-opened-link]");
  await expect(opened.getByRole("heading", { name: "A result from a link" })).toBeVisible();
  await expect(second).toHaveURL(/\/$/);
  expect(await second.evaluate(() => location.hash)).toBe("");
  await expect(opened.locator(".aimc-level-card")).toHaveText(level);
  await expect(opened.locator(".aimc-roi-summary")).toHaveText(roi);
  // Shown, not added: the history is empty until the person chooses.
  await expect(widget(second).locator(".aimc-history-entry")).toHaveCount(0);
  await expectNoAxeViolations(second);
  await opened.getByRole("button", { name: "Add to my earlier results" }).click();
  await expect(opened).toHaveText("The result was added to your earlier results.");
  await expect(widget(second).locator(".aimc-history-entry")).toHaveCount(1);

  // A reload carries no link on; opening it again does not add it twice.
  await second.reload();
  await expect(widget(second).locator("[data-opened-link]")).toHaveCount(0);
  await second.goto(link);
  await widget(second).getByRole("button", { name: "Add to my earlier results" }).click();
  await expect(widget(second).locator("[data-opened-link]")).toHaveText("This result is already in your earlier results.");
  await expect(widget(second).locator(".aimc-history-entry")).toHaveCount(1);
});

test("a damaged, foreign or newer link says why and adds nothing", async ({ page, browser }) => {
  await page.goto("/#aimc1:r:demo:q1ZKz0vPz8nPz0vNK0ktSlEqzs9N1c1LzsxLVbJSMjQ0NjY1");
  const refused = widget(page).locator("[data-opened-link]");
  await expect(refused).toHaveText(
    "The link this page was opened with cannot be used. This link is damaged or incomplete: it may have been cut off when it was copied.",
  );
  expect(await page.evaluate(() => location.hash)).toBe("");
  await expect(widget(page).locator(".aimc-history-entry")).toHaveCount(0);
  // Pasted into the address bar of the page already open: no reload, the fragment changes.
  await page.goto("/#aimc2:r:demo:AAAA");
  await expect(refused).toContainText("This link comes from a newer version of the check.");
  expect(await page.evaluate(() => location.hash)).toBe("");
  // Anchors of the host page are not links of the widget: left alone.
  const host = await (await browser.newContext()).newPage();
  await host.goto("/#aimc-faq");
  await expect(widget(host).locator(".aimc-intro")).toBeVisible();
  expect(await host.evaluate(() => location.hash)).toBe("#aimc-faq");
});

test("with two instances on the page, a link opens in the instance it names, else in the first", async ({ page }) => {
  const payload = { q: 2, l: "en", w: "0.1.0", a: "1".repeat(QUESTIONS), t: [null, "2026-11-01T10:05:00Z", "2026-11-01T10:06:00Z"] };
  const code = (instance) => `aimc1:r:${instance}:${deflateRawSync(JSON.stringify(payload)).toString("base64url")}`;
  const [first, second] = ["team-a", "team-b"].map((id) => page.locator(`[data-instance="${id}"] .aimc`));
  await page.goto(`/demo/two-instances.html#${code("team-b")}`);
  await expect(second.locator("[data-opened-link]").getByRole("heading", { name: "A result from a link" })).toBeVisible();
  await expect(first.locator(".aimc-intro")).toBeVisible();
  await expect(first.locator("[data-opened-link]")).toHaveCount(0);
  await page.goto(`/demo/two-instances.html#${code("not-on-this-page")}`);
  await expect(first.locator("[data-opened-link]").getByRole("heading", { name: "A result from a link" })).toBeVisible();
});

test("answers continued on another device resume at the same question", async ({ browser }) => {
  const phone = await (await browser.newContext(CLIPBOARD)).newPage();
  await phone.goto("/");
  await widget(phone).locator(".aimc-intro .aimc-primary").click();
  await answer(phone, 5, () => 2);
  await expect(phone.getByText("Question 6 of 27")).toBeVisible();
  await recordShares(phone);
  const cont = widget(phone).getByRole("button", { name: "Continue on another device (copy a link)" });
  await expect(cont).toHaveAccessibleDescription("Whoever has the link can see these answers.");
  await cont.click();
  await expect(phone.locator("[aria-live=polite]")).toHaveText("The link was copied.");
  const link = await phone.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#aimc1:p:demo:/);
  expect(await phone.evaluate(() => window.__shares)).toEqual([{ instance: "demo", kind: "progress", length: link.length }]);

  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto(link);
  const opened = widget(laptop).locator("[data-opened-link]");
  await expect(opened).toContainText("5 of 27 questions answered.");
  await opened.getByRole("button", { name: "Continue with these answers" }).click();
  await expect(laptop.getByText("Question 6 of 27")).toBeVisible();
  await widget(laptop).getByRole("button", { name: "Back" }).click();
  await expect(widget(laptop).locator('input[type=radio][value="2"]')).toBeChecked();
});

test("when the clipboard is refused, the link is offered in a field to copy from", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", {
      get: () => ({ writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")) }),
    });
  });
  await page.goto("/");
  await complete(page, () => 1);
  await widget(page).getByRole("button", { name: "Copy a link to this result" }).click();
  await expect(page.locator("[aria-live=polite]")).toHaveText("The browser did not allow copying: copy the link from the field.");
  const field = widget(page).getByLabel("Link to copy");
  await expect(field).toHaveValue(/#aimc1:r:demo:/);
  await expect(field).toHaveAttribute("readonly", "");
});

test("200 pasted links with files roll up exactly as the files alone, each bad line named", async ({ browser }) => {
  const respondent = await (await browser.newContext()).newPage();
  await respondent.goto("/");
  await complete(respondent, (index) => index % 4);
  const template = JSON.parse((await download(respondent, "Download result (JSON)")).text);
  const order = questionOrder();
  expect(order).toHaveLength(QUESTIONS);
  const reports = Array.from({ length: 203 }, (_, index) => variant(template, index));
  const dir = mkdtempSync(join(tmpdir(), "aimc-links-"));
  const paths = reports.map((report, index) => {
    const path = join(dir, `result-${index}.json`);
    writeFileSync(path, JSON.stringify(report));
    return path;
  });
  const links = reports.slice(0, 200).map((report, index) => (index % 2 ? `http://example.org/check#${codeOf(report, order)}` : codeOf(report, order)));

  const openTeam = async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto("/");
    await widget(page).getByRole("button", { name: "Team roll-up (for consultants)" }).click();
    return page;
  };
  const filesAlone = await openTeam();
  await widget(filesAlone).getByLabel("Choose result files (JSON)").setInputFiles(paths);
  await expect(widget(filesAlone).locator("[data-team-respondents]")).toHaveText("203 respondents", { timeout: 30_000 });
  const expected = JSON.parse((await download(filesAlone, "Download roll-up (JSON)")).text);

  const mixed = await openTeam();
  await widget(mixed).getByLabel("Choose result files (JSON)").setInputFiles(paths.slice(200));
  const pasted = [...links.slice(0, 100), "", "aimc1:r::q1ZKz0vPz8nPz0vN", ...links.slice(100), "#aimc9:r::AAAA"].join("\n");
  await widget(mixed).getByLabel("Or paste links to results, one per line").fill(pasted);
  await widget(mixed).getByRole("button", { name: "Add the links to the roll-up" }).click();
  await expect(widget(mixed).locator("[data-team-respondents]")).toHaveText("203 respondents", { timeout: 30_000 });
  await expect(widget(mixed).locator("[data-team-files]")).toHaveText("203 of 205 files and links used.");
  const failures = widget(mixed).locator(".aimc-error li");
  await expect(failures).toHaveText([
    "Line 102: This link is damaged or incomplete: it may have been cut off when it was copied.",
    "Line 203: This link comes from a newer version of the check. Update the page and try again.",
  ]);
  const rolled = JSON.parse((await download(mixed, "Download roll-up (JSON)")).text);
  expect(rolled).toEqual(expected);
  await expectNoAxeViolations(mixed);
});

test("the reminder is an iCalendar event in the person's language on the day the next check is due", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Europe/Oslo" });
  const page = await context.newPage();
  // 23:30 UTC on 30 November is already 1 December in Oslo: 30 days on is 31 December.
  await page.clock.setFixedTime(new Date("2026-11-30T23:30:00Z"));
  await page.goto("/frame.html?instance=remind&lang=nb");
  await complete(page, () => 2);
  const remind = widget(page).getByRole("group", { name: "Minn meg på å ta sjekken igjen:" });
  for (const [button, day] of [["Om 30 dager", "2026-12-31"], ["Om et kvartal", "2027-03-01"]]) {
    const [file] = await Promise.all([page.waitForEvent("download"), remind.getByRole("button", { name: button }).click()]);
    expect(file.suggestedFilename()).toBe(`ai-maturity-check-reminder-${day}.ics`);
    const text = readFileSync(await file.path(), "utf8");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getFirstSubcomponent("vevent");
    expect(event.getFirstPropertyValue("dtstart").toString()).toBe(day);
    expect(event.getFirstPropertyValue("uid")).toMatch(/@ai-maturity-check$/);
    expect(event.getFirstPropertyValue("dtstamp").toString()).toBe("2026-11-30T23:30:00Z");
    expect(event.getFirstPropertyValue("summary")).toBe("Ta KI-modenhetssjekken på nytt");
    expect(event.getFirstProperty("description").getParameter("language")).toBe("nb");
    expect(event.getFirstPropertyValue("description")).toContain("Tid for neste KI-modenhetssjekk");
    expect(event.getFirstPropertyValue("url")).toBe(page.url().split("#")[0]);
  }
  await expect(page.locator("[aria-live=polite]")).toHaveText("Påminnelsen ble lastet ned: åpne filen for å legge den inn i kalenderen din.");
});
