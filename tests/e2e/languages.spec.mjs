// The widget in each of its five languages, on the release build: the whole assessment and the
// ROI estimate, the lang attribute, an amount and a date written the language's way, axe-core,
// and a switch of language mid-way that keeps every answer.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";
import { answerQuestions, completeAssessment, QUESTION_COUNT } from "./walk.mjs";

const QUESTIONS = 27;

// What each language must show: its currency, how it writes an amount of that currency and a
// completion date (day or year first, separators, "kl."/"Uhr"), and the first question counter.
const LANGUAGES = [
  { code: "en", currency: "EUR", amount: /^€\d{1,3}(,\d{3})*$/, date: /\d{4}-\d{2}-\d{2}, \d{2}:\d{2}/, counter: "Question 1 of 27" },
  { code: "de", currency: "EUR", amount: /^\d{1,3}(\.\d{3})*\u00a0€$/, date: /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/, counter: "Frage 1 von 27" },
  { code: "nb", currency: "NOK", amount: /^\d{1,3}(\u202f\d{3})*\u00a0kr$/, date: /\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/, counter: "Spørsmål 1 av 27" },
  { code: "sv", currency: "SEK", amount: /^\d{1,3}(\u202f\d{3})*\u00a0kr$/, date: /\d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}/, counter: "Fråga 1 av 27" },
  { code: "da", currency: "DKK", amount: /^\d{1,3}(\.\d{3})*\u00a0kr\.$/, date: /\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/, counter: "Spørgsmål 1 af 27" },
];

const widget = (page) => page.locator(".aimc");

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

for (const language of LANGUAGES) {
  test(`${language.code}: the assessment and the ROI estimate, written the language's way`, async ({ page }) => {
    // The iframe page takes its options from the URL and sets the document's language.
    await page.goto(`/frame.html?instance=lang-${language.code}&lang=${language.code}&currency=${language.currency}`);
    await expect(widget(page)).toHaveAttribute("lang", language.code);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.code);
    await expectNoAxeViolations(page);

    await widget(page).locator(".aimc-intro .aimc-primary").click();
    await expect(widget(page).locator(".aimc-eyebrow")).toContainText(language.counter);
    for (let index = 0; index < QUESTIONS; index += 1) {
      await widget(page).locator(`input[type=radio][value="${(index + 1) % 4}"]`).check();
      await widget(page).locator("button[type=submit]").click();
    }
    await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
    await expect(widget(page).locator(".aimc-result")).toContainText(language.date);
    await expectNoAxeViolations(page);

    await widget(page).locator(".aimc-result .aimc-actions .aimc-button").nth(4).click(); // the ROI
    const cost = widget(page).locator(".aimc-figures > div").nth(3).locator("dd");
    await expect(cost).toHaveText(language.amount);
    await expect(widget(page).locator("[data-roi-value]")).toHaveText(/%$/);
    await expectNoAxeViolations(page);

    // Nothing on screen is left in English (the English run checks the others' words).
    if (language.code !== "en") {
      const text = await widget(page).innerText();
      for (const english of ["Employees", "Hours saved", "Scenarios", "Back to the result", "Costs"]) {
        expect(text).not.toContain(english);
      }
    }
  });
}

test("switching language mid-way keeps the answers, keeps focus on the switcher and is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  for (const level of [3, 1]) {
    await widget(page).locator(`input[type=radio][value="${level}"]`).check();
    await widget(page).locator("button[type=submit]").click();
  }
  await widget(page).locator('input[type=radio][value="2"]').check();

  const switcher = page.getByLabel("Language");
  await switcher.focus();
  await switcher.selectOption("de");
  await expect(widget(page)).toHaveAttribute("lang", "de");
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Frage 3 von 27");
  await expect(widget(page).locator('input[type=radio][value="2"]')).toBeChecked();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
  await expect(page.getByLabel("Sprache")).toHaveValue("de");

  await page.reload();
  await expect(widget(page)).toHaveAttribute("lang", "de");
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Frage 3 von 27");
  await widget(page).getByRole("button", { name: "Zurück" }).click();
  await expect(widget(page).locator('input[type=radio][value="1"]')).toBeChecked();
  await page.getByLabel("Sprache").selectOption("sv");
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Fråga 2 av 27");
});

for (const { code, history, team } of [
  { code: "de", history: "Ihre Ergebnisse im Zeitverlauf", team: "Teamauswertung" },
  { code: "da", history: "Dine resultater over tid", team: "Teamoverblik" },
]) {
  test(`${code}: the history, a comparison and the team roll-up, accessible and not in English`, async ({ page }) => {
    await page.goto(`/frame.html?instance=history-${code}&lang=${code}`);
    for (const level of [1, 3]) {
      await widget(page).locator(".aimc-intro .aimc-primary").click();
      for (let index = 0; index < QUESTIONS; index += 1) {
        await widget(page).locator(`input[type=radio][value="${level}"]`).check();
        await widget(page).locator("button[type=submit]").click();
      }
      await expect(widget(page).locator(".aimc-level-card")).toBeVisible();
      await widget(page).locator(".aimc-result > .aimc-actions > button").nth(1).click(); // take the check again
      await widget(page).locator(".aimc-step .aimc-actions > button").first().click(); // back to the start
    }
    await widget(page).locator(".aimc-more .aimc-link").first().click();
    await expect(widget(page).locator("h2")).toHaveText(history);
    const entries = widget(page).locator(".aimc-history-entry");
    await expect(entries).toHaveCount(2);
    await entries.nth(0).getByRole("checkbox").check();
    await entries.nth(1).getByRole("checkbox").check();
    await expect(widget(page).locator("[data-overall-change]")).toContainText("33 → 100");
    await expectNoAxeViolations(page);
    const text = await widget(page).innerText();
    for (const english of ["Compare", "Delete", "Rename", "Before", "After", "Download everything"]) {
      expect(text).not.toContain(english);
    }

    await widget(page).locator(".aimc-history-screen > .aimc-actions > button").last().click(); // back to the start
    await widget(page).locator(".aimc-more .aimc-link").nth(1).click();
    await expect(widget(page).locator("h2")).toHaveText(team);
    await expectNoAxeViolations(page);
  });
}

test("a language's texts come in their own small chunk, fetched beside the main part; without it the widget works in English", async ({ page }) => {
  const events = [];
  page.on("request", (request) => events.push(`request ${new URL(request.url()).pathname}`));
  page.on("requestfinished", (request) => events.push(`finished ${new URL(request.url()).pathname}`));
  // The main part arrives late, as on a slow line.
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto("/frame.html?instance=chunked&lang=de");
  await expect(widget(page).locator(".aimc-intro .aimc-primary")).toHaveText("Selbsteinschätzung starten");
  const texts = events.filter((event) => /^request .*split_texts_/.test(event));
  expect(texts).toHaveLength(1);
  expect(texts[0]).toMatch(/split_texts_de\.wasm$/);
  // embed.js asked for them while the main part was still on its way.
  const mainArrived = events.findIndex((event) => /^finished .*_bg\.wasm$/.test(event));
  expect(events.indexOf(texts[0])).toBeLessThan(mainArrived);

  // An English page fetches no language chunk.
  events.length = 0;
  await page.goto("/");
  await expect(widget(page).getByRole("button", { name: "Start the assessment" })).toBeVisible();
  expect(events.filter((event) => /split_texts_/.test(event))).toEqual([]);

  // The chunk cannot be fetched: the widget still starts, in English, and works.
  await page.route(/split_texts_sv\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.goto("/frame.html?instance=offline&lang=sv");
  await expect(widget(page)).toHaveAttribute("lang", "en"); // what the texts are written in
  await widget(page).getByRole("button", { name: "Start the assessment" }).click();
  await expect(widget(page).locator(".aimc-eyebrow")).toContainText("Question 1 of 27");
});

// The later screens' texts: three groups, each in each language a chunk of its own
// (split_texts_<group>_<code>.wasm), fetched beside the screen's code. Each row blocks one
// group's German chunk on a path that needs it.
const LATE_TEXT_PATHS = [
  {
    group: "estimate",
    open: (page) => page.goto("/frame.html?instance=late-estimate&lang=de&parts=roi"),
    heading: "Was könnte KI-Qualifizierung einbringen?",
  },
  {
    group: "result",
    open: async (page) => {
      await page.goto("/frame.html?instance=late-result&lang=de");
      await answerQuestions(widget(page), QUESTION_COUNT, () => 2);
    },
    heading: "Ihr Ergebnis",
  },
  {
    group: "history",
    open: async (page) => {
      await page.goto("/frame.html?instance=late-history&lang=de");
      await widget(page).getByRole("button", { name: "Ihre bisherigen Ergebnisse (1)" }).click();
    },
    before: async (page) => {
      await page.goto("/frame.html?instance=late-history&lang=de");
      await completeAssessment(widget(page), () => 2);
      // Back to the intro, where the earlier results are offered.
      await widget(page).getByRole("button", { name: "Selbsteinschätzung erneut machen" }).click();
      await widget(page).getByRole("button", { name: "Zurück", exact: true }).click();
    },
    heading: "Ihre Ergebnisse im Zeitverlauf",
  },
];

for (const { group, open, before, heading } of LATE_TEXT_PATHS) {
  test(`the ${group} texts come in the page's language only; without them the screen says so and shows after a retry`, async ({ page }) => {
    if (before) await before(page);
    const fetched = [];
    page.on("request", (request) => {
      const name = new URL(request.url()).pathname.split("/").pop();
      if (/^split_texts_[a-z]+_[a-z]+\.wasm$/.test(name)) fetched.push(name);
    });
    const blocked = new RegExp(`split_texts_${group}_de\\.wasm$`);
    await page.route(blocked, (route) => route.abort("internetdisconnected"));
    await open(page);
    const notice = widget(page).getByRole("alert");
    await expect(notice.getByRole("heading")).toHaveText("Dieser Teil des Checks konnte nicht geladen werden");
    await page.unroute(blocked);
    await notice.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect(widget(page).locator("h2").first()).toHaveText(heading);
    // Only German texts, never another language's.
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((name) => !name.endsWith("_de.wasm")), "other languages' texts fetched").toEqual([]);
  });
}

