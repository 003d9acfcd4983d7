// Embedding with the script and mount points: the events the host page hears, two instances on
// one page that keep their answers apart, the strict-CSP page, and the configuration options.
import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";

const EVENTS = ["aimc:ready", "aimc:step-change", "aimc:complete", "aimc:roi-change", "aimc:export"];

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

test("the host page hears ready, step changes, completion, ROI changes and the export", async ({ page }) => {
  await page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) {
      document.addEventListener(name, (event) =>
        window.__events.push({
          type: event.type,
          bubbles: event.bubbles,
          composed: event.composed,
          detail: event.detail,
          // What the page holds as the event comes: the result drawn, the results kept.
          resultDrawn: document.querySelector(".aimc-result h2") !== null,
          kept: JSON.parse(localStorage.getItem("aimc.v1.demo.history") ?? '{"entries": []}').entries.length,
        }),
      );
    }
  }, EVENTS);
  const events = (type) => page.evaluate((wanted) => window.__events.filter((event) => event.type === wanted), type);

  await page.goto("/");
  await expect.poll(() => events("aimc:ready")).toHaveLength(1);
  const [ready] = await events("aimc:ready");
  expect(ready).toMatchObject({ bubbles: true, composed: true, detail: { instance: "demo", language: "en" } });
  expect((await events("aimc:step-change"))[0].detail).toEqual({ instance: "demo", screen: "intro", question: null });

  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect.poll(async () => (await events("aimc:step-change")).at(-1).detail.question).toEqual({ id: "tool_usage", number: 1, total: 27 });

  for (let index = 0; index < 27; index += 1) {
    await page.locator(`.aimc input[type=radio][value="${index % 4}"]`).check();
    await page.locator(".aimc button[type=submit]").click();
  }
  await expect(page.locator(".aimc h2")).toHaveText("Your result");
  await expect.poll(() => events("aimc:complete")).toHaveLength(1);
  const [complete] = await events("aimc:complete");
  expect(complete.detail.schema).toBe("ai-maturity-check/report");
  expect(Object.keys(complete.detail.answers)).toHaveLength(27);
  expect(complete.detail.scores.level).toBeGreaterThanOrEqual(0);
  // Sent once the result is drawn, after its step change, with the result already kept.
  expect(complete).toMatchObject({ resultDrawn: true, kept: 1 });
  const sent = await page.evaluate(() => window.__events.map((event) => event.detail.screen ?? event.type));
  expect(sent.slice(sent.indexOf("aimc:complete") - 1, sent.indexOf("aimc:complete") + 1)).toEqual(["result", "aimc:complete"]);

  await page.getByRole("button", { name: "Estimate the ROI" }).click();
  await expect.poll(async () => (await events("aimc:step-change")).at(-1).detail.screen).toBe("roi");
  expect(await events("aimc:roi-change")).toHaveLength(0);
  await page.locator("#aimc-demo-roi-employees").fill("80");
  await expect.poll(() => events("aimc:roi-change")).not.toHaveLength(0);
  const roiChange = (await events("aimc:roi-change")).at(-1).detail;
  expect(roiChange).toMatchObject({ instance: "demo", currency: "EUR", horizon_months: 12 });
  expect(typeof roiChange.roi_pct).toBe("number");
  expect(roiChange.roi_pct_p10).toBeLessThan(roiChange.roi_pct_p90);
  expect(roiChange.payback_chance_pct).toBeGreaterThanOrEqual(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download result (JSON)" }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), "utf8"));
  await expect.poll(() => events("aimc:export")).toHaveLength(1);
  const [exported] = await events("aimc:export");
  expect(exported.detail.answers).toEqual(file.answers);
  expect(exported.detail.roi.outcome.roi_pct).toBe(file.roi.outcome.roi_pct);
  expect(await events("aimc:complete")).toHaveLength(1);
});

test("two instances on one page keep their answers apart across a reload", async ({ page }) => {
  await page.goto("/demo/two-instances.html");
  const a = page.locator("[data-instance=team-a] .aimc");
  const b = page.locator("[data-instance=team-b] .aimc");
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();

  await a.getByRole("button", { name: "Start the assessment" }).click();
  await a.locator('input[type=radio][value="3"]').check();
  await a.locator("button[type=submit]").click();
  await b.getByRole("button", { name: "Start the assessment" }).click();
  await b.locator('input[type=radio][value="0"]').check();

  await page.reload();
  await expect(a.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  await expect(b.locator(".aimc-eyebrow")).toContainText("Question 1 of 27");
  await expect(b.locator('input[type=radio][value="0"]')).toBeChecked();
  await a.getByRole("button", { name: "Back" }).click();
  await expect(a.locator('input[type=radio][value="3"]')).toBeChecked();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(["aimc.v1.team-a.progress", "aimc.v1.team-b.progress"]);
});

test("the strict-CSP page runs both ways of embedding without a violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto("/demo/strict-csp.html");
  expect(response.headers()["content-security-policy"]).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
      "require-trusted-types-for 'script'; trusted-types ai-maturity-check",
  );
  for (const widget of [page.locator("[data-instance=csp-element] .aimc"), page.locator("ai-maturity-check .aimc")]) {
    await widget.getByRole("button", { name: "Start the assessment" }).click();
    for (let index = 0; index < 27; index += 1) {
      await widget.locator(`input[type=radio][value="${index % 4}"]`).check();
      await widget.locator("button[type=submit]").click();
    }
    await expect(widget.locator(".aimc-level-card")).toBeVisible();
    await widget.getByRole("button", { name: "Estimate the ROI" }).click();
    await expect(widget.locator("[data-roi-value]")).toBeVisible();
  }
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(await page.locator("script:not([src]):not([type='application/json'])").count()).toBe(0);
});

/** Serves the demo page with its mount point replaced by `mountPoint`. */
async function serveDemoWith(page, mountPoint) {
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<div data-ai-maturity-check data-instance=demo>[\s\S]*?<\/div>/, mountPoint);
    await route.fulfill({ response, body: html });
  });
}

test("storage none keeps nothing and session storage keeps it for the tab only", async ({ page }) => {
  await serveDemoWith(
    page,
    '<div data-ai-maturity-check data-instance="memory" data-storage="none"></div>' +
      '<div data-ai-maturity-check data-instance="tab" data-storage="session"></div>',
  );
  await page.goto("/");
  for (const id of ["memory", "tab"]) {
    const widget = page.locator(`[data-instance=${id}] .aimc`);
    await widget.getByRole("button", { name: "Start the assessment" }).click();
    await widget.locator('input[type=radio][value="2"]').check();
    await widget.locator("button[type=submit]").click();
  }
  await expect(page.locator(".aimc-notice")).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(["aimc.v1.tab.progress"]);
  await page.reload();
  await expect(page.locator("[data-instance=memory] .aimc h2")).toHaveText("How far has your company come with AI?");
  await expect(page.locator("[data-instance=tab] .aimc-eyebrow")).toContainText("Question 2 of 27");
});

test("parts choose what is offered: the ROI alone, or the assessment alone", async ({ page }) => {
  await serveDemoWith(
    page,
    '<div data-ai-maturity-check data-instance="roi-only" data-parts="roi" data-currency="NOK"></div>' +
      '<div data-ai-maturity-check data-instance="check-only" data-parts="assessment"></div>',
  );
  await page.goto("/");
  const roiOnly = page.locator("[data-instance=roi-only] .aimc");
  await expect(roiOnly.locator("h2")).toHaveText("What could AI upskilling return?");
  await expect(roiOnly.getByRole("button", { name: /Back/ })).toHaveCount(0);
  await expect(roiOnly.locator(".aimc-roi-live .aimc-figures")).toContainText("NOK");
  const checkOnly = page.locator("[data-instance=check-only] .aimc");
  await expect(checkOnly.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await expect(checkOnly.getByRole("button", { name: "Estimate the ROI" })).toHaveCount(0);
});

test("the pricing page demo/roi.html (the benchmark's ROI-alone case) opens on the ROI estimate alone", async ({ page }) => {
  await page.goto("/demo/roi.html");
  const widget = page.locator("[data-instance=pricing-roi] .aimc");
  await expect(widget.locator(".aimc-roi h2")).toHaveText("What could AI upskilling return?");
  await expect(widget.locator(".aimc-roi-live .aimc-figures")).toContainText("€");
  await expect(widget.getByRole("button", { name: "Start the assessment" })).toHaveCount(0);
  await expect(widget.getByRole("button", { name: /Back/ })).toHaveCount(0);
});

test("a JSON block configures the widget, attributes win, and mistakes are reported once with the fix", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning" && message.text().startsWith("ai-maturity-check:")) warnings.push(message.text());
  });
  await serveDemoWith(
    page,
    '<div data-ai-maturity-check data-instance="configured" data-currency="DKK" data-colour="red">' +
      '<script type="application/json">{"lang": "nb", "currency": "SEK", "start": "roi", "storage": "cloud"}</script></div>',
  );
  await page.goto("/");
  const widget = page.locator("[data-instance=configured] .aimc");
  await expect(widget).toHaveAttribute("lang", "nb");
  await expect(widget.locator(".aimc-roi")).toBeVisible();
  await expect(widget.locator(".aimc-roi-live .aimc-figures")).toContainText("DKK");
  await expect.poll(() => warnings).toHaveLength(2);
  expect(warnings.join("\n")).toContain('option "storage" cannot be "cloud": use local, session or none');
  expect(warnings.join("\n")).toContain('unknown option "colour"');
});
