// The npm package's descriptions against the built widget in the browser: the Custom Elements
// Manifest (written by scripts/package.mjs) names exactly the element's observedAttributes, and
// CSS properties its stylesheet really reads; the event details and iframe messages the widget
// really dispatches type-check against package/index.d.ts (as object literals, so a field the
// declarations lack fails too), on every screen `aimc:step-change` names. The manifest's parts are
// checked in parts.spec.
import { test, expect } from "@playwright/test";
import { completeAssessment } from "./walk.mjs";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { customElementsManifest } from "../../scripts/package.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const element = customElementsManifest().modules[0].declarations.find((declaration) => declaration.customElement);

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

test("the manifest's attributes are the element's observedAttributes", async ({ page }) => {
  await page.goto("/demo/plain.html");
  const observed = await page.evaluate(async () => {
    await customElements.whenDefined("ai-maturity-check");
    return customElements.get("ai-maturity-check").observedAttributes ?? null;
  });
  expect(observed).not.toBeNull();
  expect([...observed].sort()).toEqual(element.attributes.map((attribute) => attribute.name).sort());
});

test("the manifest's CSS properties are read by the stylesheets in the shadow root", async ({ page }) => {
  await page.goto("/demo/plain.html");
  await expect(page.locator("ai-maturity-check .aimc h2")).toBeVisible();
  // Past the intro, so the later screens' stylesheet is linked beside the first one.
  await page.locator("ai-maturity-check .aimc-intro .aimc-primary").click();
  await expect.poll(() => page.evaluate(() => document.querySelector("ai-maturity-check").shadowRoot.styleSheets.length)).toBe(2);
  const css = await page.evaluate(() => {
    const text = (rules) => [...rules].map((rule) => (rule.cssRules ? text(rule.cssRules) : "") + rule.cssText).join("\n");
    return [...document.querySelector("ai-maturity-check").shadowRoot.styleSheets].map((sheet) => text(sheet.cssRules)).join("\n");
  });
  expect(element.cssProperties.length).toBeGreaterThan(10);
  for (const { name } of element.cssProperties) expect(css, name).toContain(`var(${name}`);
});

test("the details the widget dispatches, and the iframe's messages, type-check against index.d.ts", async ({ page, context }) => {
  const names = element.events.map((event) => event.name);
  await page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) document.addEventListener(name, (event) => window.__events.push({ name, detail: event.detail }));
  }, names);
  await page.route("**/demo/plain.html", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('lang="nb" currency="NOK"', 'lang="en" currency="NOK"');
    await route.fulfill({ response, body: html });
  });
  await page.goto("/demo/plain.html");
  const widget = page.locator("ai-maturity-check .aimc");
  await completeAssessment(widget);
  await widget.getByRole("button", { name: "Estimate the ROI" }).click();
  await widget.locator("#aimc-shadow-demo-roi-employees").fill("40");
  await Promise.all([page.waitForEvent("download"), widget.locator(".aimc-roi .aimc-primary").click()]);
  await expect.poll(() => page.evaluate(() => window.__events.some((event) => event.name === "aimc:export"))).toBe(true);
  await widget.getByRole("button", { name: "Back to the result" }).click();
  await widget.getByRole("button", { name: "Copy a link to this result" }).click();
  await expect.poll(() => page.evaluate(() => window.__events.some((event) => event.name === "aimc:share"))).toBe(true);
  // The history and the team roll-up.
  await widget.getByRole("button", { name: "Your earlier results" }).click();
  await widget.getByRole("button", { name: "Back to the start" }).click();
  await widget.getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await expect(widget.locator("input[type=file]")).toBeAttached();
  const events = await page.evaluate(() => window.__events);
  const screens = new Set(events.filter((event) => event.name === "aimc:step-change").map((event) => event.detail.screen));
  expect([...screens].sort()).toEqual(["history", "intro", "question", "result", "roi", "team"]);

  const framed = await context.newPage();
  await framed.addInitScript(() => {
    window.__messages = [];
    window.addEventListener("message", (event) => {
      if (event.data?.source === "ai-maturity-check") window.__messages.push(event.data);
    });
  });
  await framed.goto("/demo/iframe.html");
  await expect
    .poll(() => framed.evaluate(() => [...new Set(window.__messages.map((message) => message.type))].sort()))
    .toEqual(["aimc:ready", "aimc:resize", "aimc:step-change"]);
  const messages = await framed.evaluate(() => window.__messages);

  // Every event but resize (which only the iframe sends, as a message) was heard on the page.
  expect([...new Set(events.map((event) => event.name))].sort()).toEqual(names.filter((name) => name !== "aimc:resize").sort());
  const literal = (value) => JSON.stringify(value, null, 1);
  const source = [
    'import type { AiMaturityCheckEventMap, AiMaturityCheckMessage } from "../../package/index.js";',
    'type Detail<Name extends keyof AiMaturityCheckEventMap> = AiMaturityCheckEventMap[Name]["detail"];',
    ...events.map((event, index) => `export const event${index}: Detail<${literal(event.name)}> = ${literal(event.detail)};`),
    ...messages.map((message, index) => `export const message${index}: AiMaturityCheckMessage = ${literal(message)};`),
  ].join("\n");
  const work = join(root, "target/package-e2e");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "details.ts"), source);
  const { compilerOptions } = JSON.parse(readFileSync(join(root, "tests/package/tsconfig.json"), "utf8"));
  writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["details.ts"] }));
  const run = spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: work, encoding: "utf8" });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
});
