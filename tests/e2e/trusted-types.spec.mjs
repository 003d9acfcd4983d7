// Trusted Types: the test server enforces them on every page (`require-trusted-types-for 'script';
// trusted-types ai-maturity-check`, scripts/serving.mjs), and the widget's markup goes through its
// policy `ai-maturity-check`. Here each way of embedding completes without a violation or a
// console error, a page whose `trusted-types` leaves the policy out is told the fix once, and a
// second copy of embed.js on the page is refused with the same message.
import { test, expect } from "@playwright/test";
import { completeAssessment } from "./walk.mjs";

const FIX = "add trusted-types ai-maturity-check";

/** Records every Content-Security-Policy violation in each frame, and the page's console errors and uncaught errors. */
async function watch(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  const problems = { consoleErrors: [], pageErrors: [] };
  page.on("console", (message) => {
    // (The browser's request for /favicon.ico, which the test server does not have, is no error of the widget's.)
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  problems.violations = async () => (await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__violations)))).flat();
  return problems;
}


test("the mount point and the custom element complete under enforced Trusted Types", async ({ page }) => {
  const problems = await watch(page);
  const response = await page.goto("/demo/strict-csp.html");
  expect(response.headers()["content-security-policy"]).toContain(
    "require-trusted-types-for 'script'; trusted-types ai-maturity-check",
  );
  for (const widget of [page.locator("[data-instance=csp-element] .aimc"), page.locator("ai-maturity-check .aimc")]) {
    await completeAssessment(widget);
    await widget.getByRole("button", { name: "Estimate the ROI" }).click();
    await expect(widget.locator("[data-roi-value]").first()).toBeVisible();
  }
  expect(await problems.violations()).toEqual([]);
  expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [] });
});

test("the iframe page completes under enforced Trusted Types and its events reach the parent", async ({ page }) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    window.__received = [];
    window.addEventListener("message", (event) => window.__received.push(event.data?.type));
  });
  await page.goto("/demo/iframe.html");
  const frame = page.frameLocator("iframe.demo-frame");
  await completeAssessment(frame.locator(".aimc"));
  await expect.poll(() => page.evaluate(() => window.__received)).toContain("aimc:complete");
  const frameResponse = await page.evaluate(async () => (await fetch("/frame.html")).headers.get("content-security-policy"));
  expect(frameResponse).toContain("require-trusted-types-for 'script'");
  expect(await problems.violations()).toEqual([]);
  expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [] });
});

test("a page whose trusted-types leaves the policy out is told the fix once and keeps working", async ({ page }) => {
  const problems = await watch(page);
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    headers["content-security-policy"] = headers["content-security-policy"].replace(
      "trusted-types ai-maturity-check",
      "trusted-types host-policy",
    );
    await route.fulfill({ response, headers });
  });
  await page.goto("/");
  await expect.poll(() => problems.pageErrors.concat(problems.consoleErrors).join("\n")).toContain(FIX);
  // The host's own policy still works, and the page's content and the widget's fallback stay.
  expect(await page.evaluate(() => trustedTypes.createPolicy("host-policy", { createHTML: (html) => html }).name)).toBe("host-policy");
  await expect(page.locator("[data-ai-maturity-check]")).toHaveText("This check needs JavaScript and WebAssembly.");
  await expect(page.locator("h1")).toHaveText("AI maturity check");
  const messages = problems.pageErrors.concat(problems.consoleErrors).filter((text) => text.includes("ai-maturity-check:"));
  expect(messages).toHaveLength(1);
  // No markup was assigned as a plain string.
  expect((await problems.violations()).filter((violation) => violation.startsWith("require-trusted-types-for"))).toEqual([]);
});

test("a page that enforces Trusted Types without naming policies gets the widget", async ({ page }) => {
  const problems = await watch(page);
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    headers["content-security-policy"] = headers["content-security-policy"].replace("; trusted-types ai-maturity-check", "");
    expect(headers["content-security-policy"]).toMatch(/require-trusted-types-for 'script'$/);
    await route.fulfill({ response, headers });
  });
  await page.goto("/");
  await completeAssessment(page.locator(".aimc"));
  expect(await problems.violations()).toEqual([]);
  expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [] });
});

test("a second copy of embed.js from another address is refused with the fix, and the first one runs", async ({ page }) => {
  const problems = await watch(page);
  // The same build at a second address (the test server serves it under /without-cors/ too).
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</head>", '<script type="module" src="/without-cors/embed.js"></script></head>');
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect.poll(() => problems.pageErrors.join("\n")).toContain("'allow-duplicates'");
  expect(problems.pageErrors.filter((text) => text.includes(FIX))).toHaveLength(1);
  await completeAssessment(page.locator(".aimc"));
  expect((await problems.violations()).filter((violation) => violation.startsWith("require-trusted-types-for"))).toEqual([]);
});
