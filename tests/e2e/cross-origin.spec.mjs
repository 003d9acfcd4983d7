// The widget on another origin than the page (README, "Hosting the widget on another origin" and
// "Subresource Integrity"): dist/ on 127.0.0.1, the host pages of tests/e2e/host-pages/ on
// localhost under `default-src 'none'` with only the widget's origin allowed. Each way of
// embedding completes and its events reach the page; without Access-Control-Allow-Origin, or
// with an integrity that is not embed.js's, the widget does not load.
import { test, expect } from "@playwright/test";
import { completeAssessment } from "./walk.mjs";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { HOST_ORIGIN, WIDGET_ORIGIN } from "./origins.mjs";

const HOST_CSP =
  `default-src 'none'; script-src ${WIDGET_ORIGIN} 'wasm-unsafe-eval'; style-src ${WIDGET_ORIGIN}; ` +
  `connect-src ${WIDGET_ORIGIN}; frame-src ${WIDGET_ORIGIN}; require-trusted-types-for 'script'; trusted-types ai-maturity-check`;
const FALLBACK = "This check needs JavaScript and WebAssembly.";

/** Records, in the top page: the widget's events, the messages posted to it, scripts that failed, and violations. */
async function watch(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__events = [];
    window.__messages = [];
    window.__scriptErrors = [];
    window.__violations = [];
    for (const type of ["aimc:ready", "aimc:complete"]) {
      // (Heard on the document, an event's target is the mount point or the custom element.)
      document.addEventListener(type, (event) =>
        window.__events.push(`${type} ${event.target.dataset.instance ?? event.target.getAttribute("instance")}`),
      );
    }
    window.addEventListener("message", (event) => {
      if (event.data?.source === "ai-maturity-check") {
        window.__messages.push(`${event.origin} ${event.data.type}`);
      }
    });
    document.addEventListener("error", (event) => event.target instanceof HTMLScriptElement && window.__scriptErrors.push(event.target.src), true);
    document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const seen = { requests: new Set(), pageErrors: [] };
  page.on("request", (request) => seen.requests.add(new URL(request.url()).origin));
  page.on("pageerror", (error) => seen.pageErrors.push(error.message));
  seen.get = (name) => page.evaluate((name) => window[name], name);
  return seen;
}


test("from another origin, under default-src 'none', the mount point, the custom element and the iframe complete", async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto(`${HOST_ORIGIN}/cross-origin.html`);
  expect(response.headers()["content-security-policy"]).toBe(HOST_CSP);

  await completeAssessment(page.locator("[data-instance=cross-mount] .aimc"));
  await completeAssessment(page.locator("ai-maturity-check .aimc"));
  await completeAssessment(page.frameLocator("iframe").locator(".aimc"));

  await expect.poll(() => seen.get("__events")).toEqual(
    expect.arrayContaining(["aimc:ready cross-mount", "aimc:ready cross-element", "aimc:complete cross-mount", "aimc:complete cross-element"]),
  );
  // The frame posts to the page's origin, and the page hears it from the widget's.
  await expect.poll(() => seen.get("__messages")).toEqual(
    expect.arrayContaining([`${WIDGET_ORIGIN} aimc:ready`, `${WIDGET_ORIGIN} aimc:complete`]),
  );
  // The mount point keeps its results in the page's storage.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("aimc.v1.cross-mount.history")).entries)).toHaveLength(1);
  expect(await seen.get("__violations")).toEqual([]);
  expect(await seen.get("__scriptErrors")).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect([...seen.requests].sort()).toEqual([WIDGET_ORIGIN, HOST_ORIGIN].sort());
});

test("the widget's server must send Access-Control-Allow-Origin: without it embed.js does not load", async ({ page }) => {
  // The same file, served with the header and without it.
  const withCors = await fetch(`${WIDGET_ORIGIN}/embed.js`);
  const withoutCors = await fetch(`${WIDGET_ORIGIN}/without-cors/embed.js`);
  expect(withCors.headers.get("access-control-allow-origin")).toBe("*");
  expect(withoutCors.status).toBe(200);
  expect(withoutCors.headers.get("access-control-allow-origin")).toBeNull();
  expect(await withoutCors.text()).toBe(await withCors.text());

  const seen = await watch(page);
  await page.goto(`${HOST_ORIGIN}/without-cors.html`);
  await expect.poll(() => seen.get("__scriptErrors")).toEqual([`${WIDGET_ORIGIN}/without-cors/embed.js`]);
  await expect(page.locator("[data-ai-maturity-check]")).toHaveText(FALLBACK);
  await expect(page.locator(".aimc")).toHaveCount(0);
});

test("the .wasm files need Access-Control-Allow-Origin too: without it the widget does not start", async ({ page }) => {
  const seen = await watch(page);
  const refused = page.waitForEvent("requestfailed", (request) => request.url().endsWith("_bg.wasm"));
  await page.goto(`${HOST_ORIGIN}/wasm-without-cors.html`);
  const wasm = (await refused).url();
  // The server has the file; the browser refused it for want of the header.
  const direct = await fetch(wasm);
  expect(direct.status).toBe(200);
  expect(direct.headers.get("access-control-allow-origin")).toBeNull();
  await expect.poll(() => seen.pageErrors.join("\n")).toContain("Failed to fetch");
  expect(await seen.get("__scriptErrors")).toEqual([]); // embed.js itself ran
  await expect(page.locator("[data-ai-maturity-check]")).toHaveText(FALLBACK);
  await expect(page.locator(".aimc")).toHaveCount(0);
});

test("embed.js pinned by the integrity the build prints loads, and with a wrong one does not", async ({ page }) => {
  const integrity = `sha384-${createHash("sha384").update(await readFile(new URL("../../dist/embed.js", import.meta.url))).digest("base64")}`;
  const seen = await watch(page);
  await page.goto(`${HOST_ORIGIN}/integrity.html`);
  await expect(page.locator(`script[src="${WIDGET_ORIGIN}/embed.js"]`)).toHaveAttribute("integrity", integrity);
  await expect(page.locator("[data-instance=pinned] .aimc-intro")).toBeVisible();
  expect(await seen.get("__scriptErrors")).toEqual([]);

  await page.goto(`${HOST_ORIGIN}/integrity-wrong.html`);
  await expect.poll(() => seen.get("__scriptErrors")).toEqual([`${WIDGET_ORIGIN}/embed.js`]);
  await expect(page.locator("[data-ai-maturity-check]")).toHaveText(FALLBACK);
  await expect(page.locator(".aimc")).toHaveCount(0);
});
