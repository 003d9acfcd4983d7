// The ROI estimate end to end on the release build: filling the form in English and Norwegian
// notation, reading ROI and payback off the page, a wrong entry that keeps the last result, the
// plausibility note for an extreme input and none for the defaults, a Norwegian page in kroner,
// changing the currency, seed 003's worked example, use cases, the export, axe-core, the
// simulation's band (drawn, the same for the same inputs, exported with its ranges) and the
// figures that stay in view while the person edits, on a laptop and on a phone.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";
import { readFile } from "node:fs/promises";

const field = (page, id) => page.locator(`#aimc-demo-roi-${id}`);
const roiValue = (page) => page.locator("[data-roi-value]");
const paybackValue = (page) => page.locator("[data-payback-value]");

/** Reads "1,234%" / "1 234 %" / "-12%" as a number. */
function percentOf(text) {
  return Number(text.replace(/[\s\u00a0\u202f%]/g, "").replace(/,(?=\d{3}\b)/g, "").replace(",", ".").replace("\u2212", "-"));
}

async function openRoi(page) {
  await page.locator(".aimc-intro .aimc-button").nth(1).click();
  await expect(roiValue(page)).toBeVisible();
}

/** The demo page with its mount point set to Norwegian (and no currency). */
async function openNorwegianDemo(page) {
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("data-instance=demo", "data-instance=demo data-lang=nb");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect(page.locator(".aimc")).toHaveAttribute("lang", "nb");
}

async function fill(page, id, text) {
  await field(page, id).fill(text);
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

test("English notation: the form drives ROI and payback, and the export holds them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Estimate the ROI" }).click();
  await expect(page.locator(".aimc h2")).toHaveText("What could AI upskilling return?");

  await fill(page, "employees", "1,250");
  await fill(page, "hourly_cost", "62.50");
  await fill(page, "hours_saved_per_week", "3.5");
  await page.getByLabel("Currency").selectOption("USD");
  await page.getByRole("radio", { name: "24 months" }).check();

  const roiText = await roiValue(page).textContent();
  expect(roiText).toMatch(/^-?[\d,]+%$/);
  await expect(paybackValue(page)).toHaveText(/^(1 month|\d+ months|Not within 24 months)$/);
  await expect(page.locator(".aimc-roi-live .aimc-figures")).toContainText("$");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download result (JSON)" }).click(),
  ]);
  const report = JSON.parse(await readFile(await download.path(), "utf8"));
  const input = (id) => report.roi.inputs.find((entry) => entry.field === id);
  expect(input("employees")).toEqual({ field: "employees", value: 1250, source: "entered" });
  expect(input("hourly_cost").value).toBe(62.5);
  expect(input("hours_saved_per_week").value).toBe(3.5);
  expect(input("adoption_pct").source).toBe("assessment_level");
  expect(input("working_weeks").source).toBe("assumption");
  expect(report.roi.currency).toBe("USD");
  expect(report.roi.horizon_months).toBe(24);
  expect(Math.round(report.roi.outcome.roi_pct)).toBe(percentOf(roiText));
  expect(report.roi.outcome.months).toHaveLength(24);
  expect(report.roi.scenarios).toBeUndefined();
  expect(report.roi.uncertainty.band).toHaveLength(24);
  expect(report.roi.sensitivity.length).toBeGreaterThan(3);
  const payback = await paybackValue(page).textContent();
  expect(payback).toBe(report.roi.outcome.payback_month ? `${report.roi.outcome.payback_month} months` : "Not within 24 months");
});

test("a wrong entry says why beside the field and keeps the last result", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await fill(page, "hourly_cost", "70");
  const before = await roiValue(page).textContent();
  await fill(page, "hourly_cost", "7o");
  await expect(field(page, "hourly_cost")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#aimc-demo-roi-hourly_cost-error")).toHaveText("Enter a number, for example 1,250.5.");
  await expect(roiValue(page)).toHaveText(before);
  await fill(page, "employees", "0");
  await expect(page.locator("#aimc-demo-roi-employees-error")).toHaveText("Enter a value from 1 to 100,000.");
  await expect(roiValue(page)).toHaveText(before);
  await fill(page, "hourly_cost", "70");
  await expect(field(page, "hourly_cost")).toHaveAttribute("aria-invalid", "false");
});

test("an extreme input brings up the plausibility note instead of cheering", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await expect(page.locator(".aimc-notes")).toHaveCount(0);
  await fill(page, "hours_saved_per_week", "15");
  await expect(page.locator(".aimc-notes")).toContainText("More than 10 hours saved per person a week");
  // The ROI note judges the first year, the horizon of the seed's 200–400 %, and says so.
  await expect(page.locator(".aimc-notes")).toContainText("In the first 12 months your ROI is");
  await page.getByRole("radio", { name: "36 months" }).check();
  await expect(page.locator(".aimc-notes")).toContainText("In the first 12 months your ROI is");
});

test("untouched defaults raise no note at any horizon", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  for (const months of [12, 24, 36]) {
    await page.getByRole("radio", { name: `${months} months` }).check();
    await expect(paybackValue(page)).toBeVisible();
    await expect(page.locator(".aimc-notes")).toHaveCount(0);
  }
  // A fully internal programme (no fee) is no cost outlier: the cost note compares the whole
  // first-year cost per participant. (Without the fee it pays back sooner, which has its note.)
  await fill(page, "programme_cost_per_participant", "0");
  await expect(page.locator(".aimc-notes")).toContainText("Payback before month 6");
  await expect(page.locator(".aimc-notes")).not.toContainText("All in, your first year costs");
  // Nothing at all for the programme: the first year's 150 € a head is below the seeds' 500 €.
  await fill(page, "training_hours_per_participant", "0");
  await fill(page, "licence_per_user_month", "0");
  await expect(page.locator(".aimc-notes")).toContainText(
    "All in, your first year costs €150 per participant (one-off costs plus 12 months of licences); the source articles report €500–€3,000.",
  );
});

test("a Norwegian page without a currency starts in kroner, with kroner defaults and no euro", async ({ page }) => {
  await openNorwegianDemo(page);
  await openRoi(page);
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("NOK");
  // Seed figures in euros, proposed in kroner at the fixed reference rate, rounded.
  await expect(field(page, "hourly_cost")).toHaveValue("580");
  await expect(field(page, "programme_cost_per_participant")).toHaveValue("6\u202f900");
  await expect(field(page, "external_advice")).toHaveValue("120\u202f000");
  await expect(page.locator(".aimc-roi")).toContainText("11,5 NOK per euro");
  await expect(page.locator(".aimc-roi")).toContainText("5\u202f800\u00a0kr–35\u202f000\u00a0kr");
  await expect(page.locator(".aimc-roi")).not.toContainText("€");
  await expect(page.locator(".aimc-notes")).toHaveCount(0);
  // A realistic 8 000 kr a head for the programme is no outlier in kroner.
  await fill(page, "programme_cost_per_participant", "8 000");
  await expect(field(page, "programme_cost_per_participant")).toHaveAttribute("aria-invalid", "false");
  await expect(page.locator(".aimc-notes")).toHaveCount(0);
  await expect(page.locator(".aimc-roi")).not.toContainText("€");
});

test("switching the language moves an untouched estimate to that language's currency, never entered amounts", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption("nb");
  await expect(page.locator(".aimc")).toHaveAttribute("lang", "nb");
  await openRoi(page);
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("NOK");
  await expect(field(page, "hourly_cost")).toHaveValue("580");
  await fill(page, "hourly_cost", "700");
  await page.getByLabel("Språk").selectOption("sv");
  await expect(page.locator(".aimc")).toHaveAttribute("lang", "sv");
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("NOK");
  await expect(field(page, "hourly_cost")).toHaveValue("700");
});

test("changing the currency converts nothing: untouched amounts follow, entered ones are kept or reset", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("EUR");
  await expect(field(page, "hourly_cost")).toHaveValue("50");
  await page.getByLabel("Currency").selectOption("SEK");
  // Nothing was entered: the defaults simply follow, and no notice is needed.
  await expect(field(page, "hourly_cost")).toHaveValue("560");
  await expect(page.locator("[data-currency-notice]")).toHaveText("");

  await fill(page, "hourly_cost", "700");
  await page.getByLabel("Currency").selectOption("NOK");
  await expect(page.locator("[data-currency-notice]")).toHaveText(
    "Amounts you entered are not converted: they stay as you typed them and now count as NOK.",
  );
  await expect(field(page, "hourly_cost")).toHaveValue("700");
  await expect(field(page, "licence_per_user_month")).toHaveValue("230");
  await page.getByRole("button", { name: "Keep my amounts" }).click();
  await expect(page.locator("[data-currency-notice]")).toHaveText("");
  await expect(page.locator("#aimc-demo-roi-currency")).toBeFocused();
  await expect(field(page, "hourly_cost")).toHaveValue("700");

  await page.getByLabel("Currency").selectOption("DKK");
  await page.getByRole("button", { name: "Replace my amounts with the defaults in DKK" }).click();
  await expect(field(page, "hourly_cost")).toHaveValue("370");
  await expect(page.locator("[data-currency-notice]")).toHaveText("");
  await expect(page.locator("#aimc-demo-roi-currency")).toBeFocused();
});

test("Show the published example: seed 003's 544 %, and back to my figures", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await page.getByLabel("Currency").selectOption("NOK");
  await fill(page, "employees", "40");
  const mine = await roiValue(page).textContent();

  await page.getByRole("button", { name: "Show the published example" }).click();
  await expect(roiValue(page)).toHaveText("544%");
  await expect(page.locator("[data-example-status]")).toHaveText(
    "This is the source article's worked example, in euros: ROI = (€580,000 − €90,000) ÷ €90,000 × 100 = 544.4%.",
  );
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("EUR");
  await expect(field(page, "employees")).toHaveValue("100");
  await expect(field(page, "hourly_cost")).toHaveValue("72.50");
  await expect(page.locator(".aimc-roi-result .aimc-figures")).toContainText("€90,000");
  await expect(page.locator(".aimc-roi-result .aimc-figures")).toContainText("€580,000");

  await page.getByRole("button", { name: "Back to my figures" }).click();
  await expect(roiValue(page)).toHaveText(mine);
  await expect(page.locator("#aimc-demo-roi-currency")).toHaveValue("NOK");
  await expect(field(page, "employees")).toHaveValue("40");
  await expect(field(page, "hourly_cost")).toHaveValue("580");
  await expect(page.locator("[data-example-status]")).toHaveText("");
  await expect(page.getByRole("button", { name: "Show the published example" })).toBeFocused();
});

test("hours saved can be built from the seed's use cases", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  const before = percentOf(await roiValue(page).textContent());
  await page.getByLabel("Build the hours from use cases").check();
  await expect(field(page, "hours_saved_per_week")).toHaveCount(0);
  await expect(page.locator(".aimc-use-case")).toHaveCount(3);
  await expect(page.getByText("0.1 hours per participant per week")).toBeVisible(); // 13 h over 100 people
  const after = percentOf(await roiValue(page).textContent());
  expect(after).toBeLessThan(before);
  await page.locator("#aimc-demo-roi-use-case-0-people").fill("60");
  await expect(page.getByText("3.7 hours per participant per week")).toBeVisible(); // (360 + 4 + 3) / 100
});

test("Norwegian notation: 1 250,50 is read as Norwegians write it", async ({ page }) => {
  await openNorwegianDemo(page);
  await openRoi(page);
  await page.locator("#aimc-demo-roi-currency").selectOption("NOK");

  await fill(page, "hourly_cost", "1 250,50");
  await fill(page, "employees", "40");
  await expect(field(page, "hourly_cost")).toHaveAttribute("aria-invalid", "false");
  const roiText = await roiValue(page).textContent();
  expect(roiText).toMatch(/^-?[\d\u202f]+\u00a0%$/);
  await expect(page.locator(".aimc-roi-live .aimc-figures")).toContainText("kr");

  await fill(page, "hourly_cost", "1.250,50");
  await expect(field(page, "hourly_cost")).toHaveAttribute("aria-invalid", "true");
  await expect(roiValue(page)).toHaveText(roiText);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".aimc-roi .aimc-actions .aimc-primary").click(),
  ]);
  const report = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(report.language).toBe("nb");
  expect(report.roi.inputs.find((entry) => entry.field === "hourly_cost").value).toBe(1250.5);
  expect(Math.round(report.roi.outcome.roi_pct)).toBe(percentOf(roiText));
});

test("axe-core finds no violation on the ROI screen, with a note and an error shown", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await expectNoAxeViolations(page);
  await fill(page, "hours_saved_per_week", "15");
  await fill(page, "employees", "abc");
  await page.getByLabel("Build the hours from use cases").check();
  await expectNoAxeViolations(page);
  await fill(page, "hourly_cost", "70");
  await page.getByLabel("Currency").selectOption("NOK");
  await expect(page.locator("[data-currency-notice]")).not.toHaveText("");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Show the published example" }).click();
  await expect(page.locator("[data-example-status]")).not.toHaveText("");
  await expectNoAxeViolations(page);
});

test("the ROI estimate is saved and resumed", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await fill(page, "employees", "240");
  const roi = await roiValue(page).textContent();
  await page.reload();
  await expect(field(page, "employees")).toHaveValue("240");
  await expect(roiValue(page)).toHaveText(roi);
});

const band = (page, which) => page.locator(`.aimc-line-chart polygon[data-band="${which}"]`);

test("the simulation's band is drawn, stays the same for the same inputs, and is exported with its ranges", async ({ page }) => {
  await page.goto("/");
  await openRoi(page);
  await page.getByRole("radio", { name: "24 months" }).check();
  // Month 0 to 24, along the top and back along the bottom.
  await expect(band(page, "benefit")).toHaveAttribute("points", /^(\S+ ){49}\S+$/);
  await expect(band(page, "cost")).toHaveAttribute("points", /^(\S+ ){49}\S+$/);
  await expect(page.locator(".aimc-legend")).toContainText("Benefit in 8 of 10 simulated cases");
  const before = await band(page, "benefit").getAttribute("points");

  // A later full effect changes the band's shape (more hours would only rescale the chart).
  await expect(field(page, "ramp_full_weeks")).toHaveValue("17");
  await fill(page, "ramp_full_weeks", "40");
  await expect(band(page, "benefit")).not.toHaveAttribute("points", before);
  await fill(page, "ramp_full_weeks", "17");
  await expect(band(page, "benefit")).toHaveAttribute("points", before);

  const range = await page.locator("[data-roi-range]").textContent();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".aimc-roi .aimc-actions .aimc-primary").click(),
  ]);
  const { uncertainty } = JSON.parse(await readFile(await download.path(), "utf8")).roi;
  expect(uncertainty.runs).toBe(500);
  expect(uncertainty.band).toHaveLength(24);
  const { p10, p50, p90 } = uncertainty.roi_pct;
  expect(p10).toBeLessThan(p50);
  expect(p50).toBeLessThan(p90);
  expect(range).toContain(`between ${Math.round(p10)}% and ${Math.round(p90)}%`);
  expect(uncertainty.ranges.map((entry) => [entry.input, entry.source])).toEqual([
    ["hours_saved", "seed_000"],
    ["adoption", "assumption"],
    ["ramp_start", "seed_000"],
    ["ramp_full", "seed_000"],
    ["one_off_costs", "assumption"],
    ["training_hours", "assumption"],
  ]);
  const hours = uncertainty.ranges[0];
  expect(hours.likely).toBe(2.5);
  expect(hours.low).toBeCloseTo((2.5 * 2) / 3, 6);
  expect(hours.high).toBeCloseTo((2.5 * 4) / 3, 6);
  // The ranges are shown with their basis.
  const rows = page.locator(".aimc-uncertainty tbody tr");
  await expect(rows).toHaveCount(3 + 6);
  await expect(rows.filter({ hasText: "Hours saved" })).toContainText("1.7 to 3.3"); // 2.5 × ⅔ to 2.5 × 4⁄3, one decimal
  await expect(page.locator(".aimc-uncertainty")).toContainText("first effects after 4–6 weeks");
  await expect(page.locator("[data-payback-chance]")).toContainText(`${Math.round(uncertainty.payback_within_horizon_pct)}%`);
});

for (const [name, viewport] of [["a laptop", { width: 1366, height: 768 }], ["a phone", { width: 390, height: 844 }]]) {
  test(`on ${name}, ROI, payback and net benefit stay in view while the first and the last input have focus`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500 });
    const page = await context.newPage();
    await page.goto("/");
    await openRoi(page);
    const live = page.locator(".aimc-roi-live");
    // No live region: a screen reader is not interrupted on every keystroke.
    await expect(live.locator("[aria-live], [role=status], [role=alert]")).toHaveCount(0);
    expect(await live.getAttribute("aria-live")).toBeNull();

    const inputs = page.locator(".aimc-roi-form input[type=text]");
    const first = inputs.first();
    const last = inputs.last();
    await expect(last).toHaveAttribute("id", "aimc-demo-roi-coordination_cost");
    for (const [input, text] of [[first, "250"], [last, "9000"]]) {
      await input.focus();
      const before = await roiValue(page).textContent();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(text);
      await expect(input).toBeFocused();
      await expect(roiValue(page)).not.toHaveText(before);
      for (const figure of [roiValue(page), paybackValue(page), page.locator("[data-net-value]")]) {
        await expect(figure).toBeInViewport({ ratio: 1 });
      }
      // The figures never cover the field being edited.
      const covered = await input.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return at !== element;
      });
      expect(covered).toBe(false);
    }
    const figures = await live.boundingBox();
    const form = await page.locator(".aimc-roi-form").boundingBox();
    if (viewport.width > 1000) {
      expect(figures.x).toBeGreaterThan(form.x + form.width - 1); // beside the form
    } else {
      expect(figures.height).toBeLessThan(viewport.height / 4); // a compact bar
    }
    await context.close();
  });
}

test("the ROI screen with its figures bar reflows at 320 px", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto("/");
  await openRoi(page);
  await field(page, "employees").fill("100000");
  await field(page, "external_advice").fill("900000000");
  await expect(roiValue(page)).toBeInViewport({ ratio: 1 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
