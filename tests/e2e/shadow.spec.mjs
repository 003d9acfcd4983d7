// The <ai-maturity-check> custom element: configured by attributes, rendered in its own Shadow
// DOM, untouched by a hostile host stylesheet, accessible, and heard by the host page.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";
import { differingShare } from "./png-diff.mjs";

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

const host = (page) => page.locator("ai-maturity-check");

test("the custom element renders in Shadow DOM, configured by its attributes, and completes", async ({ page }) => {
  await page.addInitScript(() => {
    window.__completed = [];
    document.addEventListener("aimc:complete", (event) => window.__completed.push(event.detail));
  });
  await page.goto("/demo/plain.html");
  const widget = host(page).locator(".aimc"); // Playwright locators pierce open shadow roots
  await expect(widget).toHaveAttribute("lang", "nb");
  expect(await page.evaluate(() => document.querySelector("ai-maturity-check").shadowRoot !== null)).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll(".aimc").length)).toBe(0); // nothing in the light DOM

  await widget.locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < 27; index += 1) {
    await widget.locator(`input[type=radio][value="${index % 4}"]`).check();
    await widget.locator("button[type=submit]").click();
  }
  await expect(widget.locator(".aimc-level-number")).toHaveText(/^Nivå [0-3] av 3$/);
  await expect.poll(() => page.evaluate(() => window.__completed.length)).toBe(1);
  expect(await page.evaluate(() => window.__completed[0].language)).toBe("nb");

  await widget.locator(".aimc-result .aimc-actions .aimc-button").nth(4).click(); // the ROI
  await expect(widget.locator(".aimc-roi-live .aimc-figures")).toContainText("kr");
});

test("axe-core finds no violation inside the shadow root", async ({ page }) => {
  await page.goto("/demo/plain.html");
  await expect(host(page).locator(".aimc h2")).toBeVisible();
  await expectNoAxeViolations(page, "ai-maturity-check");
});

test("aggressive host CSS does not change how the widget looks", async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1400 });
  const shot = async (path) => {
    await page.goto(path);
    await expect(host(page).locator(".aimc h2")).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    return host(page).locator(".aimc").screenshot({ animations: "disabled" });
  };
  const plain = await shot("/demo/plain.html");
  const hostile = await shot("/demo/hostile.html");
  const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(body).toBe("rgb(34, 34, 34)"); // the hostile sheet did load
  // The same size, and at most 0.5 % of pixels different (measured: about 0.05 %, anti-aliasing).
  expect(differingShare(hostile, plain)).toBeLessThan(0.005);
});
