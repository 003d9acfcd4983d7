// The iframe page: options from its URL, and the widget's events posted to the parent page at
// the configured target origin only, never to any other.
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
  // Every frame of this page is same-origin, so a frame's parent.postMessage(...) runs the
  // top page's postMessage: recording it there shows each message with its target origin.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__posts = [];
    window.__received = [];
    const post = window.postMessage.bind(window);
    window.postMessage = (message, targetOrigin, ...rest) => {
      window.__posts.push({ type: message?.type, instance: message?.detail?.instance, targetOrigin });
      return post(message, targetOrigin, ...rest);
    };
    window.addEventListener("message", (event) => {
      if (event.data?.source === "ai-maturity-check") {
        window.__received.push({ origin: event.origin, type: event.data.type, detail: event.data.detail });
      }
    });
  });
});

const received = (page, type) =>
  page.evaluate((wanted) => window.__received.filter((message) => !wanted || message.type === wanted), type);

test("the iframe demo: configured by its URL, its events reach the parent page", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  await page.goto("/demo/iframe.html");
  const frame = page.frameLocator("iframe.demo-frame");
  await expect(frame.locator(".aimc")).toHaveAttribute("lang", "nb");
  await expect.poll(() => received(page, "aimc:ready")).toHaveLength(1);
  const [ready] = await received(page, "aimc:ready");
  expect(ready).toMatchObject({ origin, detail: { instance: "framed", language: "nb" } });
  await expect(page.locator("#messages li").first()).toContainText("aimc:ready");

  await frame.locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < 27; index += 1) {
    await frame.locator(`input[type=radio][value="${index % 4}"]`).check();
    await frame.locator("button[type=submit]").click();
  }
  await expect.poll(() => received(page, "aimc:complete")).toHaveLength(1);
  const [complete] = await received(page, "aimc:complete");
  expect(complete.detail.schema).toBe("ai-maturity-check/report");
  expect(complete.detail.language).toBe("nb");
  expect(Object.keys(complete.detail.answers)).toHaveLength(27);
  expect((await received(page, "aimc:step-change")).at(-1).detail.screen).toBe("result");

  // The frame page reports its height, and the demo sizes the frame to it.
  await expect.poll(async () => (await received(page, "aimc:resize")).length).toBeGreaterThan(0);
  const height = (await received(page, "aimc:resize")).at(-1).detail.height;
  expect(height).toBeGreaterThan(300);
  await expect.poll(() => page.locator("iframe.demo-frame").evaluate((frame) => frame.getBoundingClientRect().height)).toBeCloseTo(height, -1);

  const posts = await page.evaluate(() => window.__posts);
  expect(posts.length).toBeGreaterThan(3);
  expect(new Set(posts.map((post) => post.targetOrigin))).toEqual(new Set([origin]));
});

test("a frame configured for another origin posts only there, and one without a target posts nothing", async ({ page }) => {
  await page.goto("/demo/iframe.html");
  await expect.poll(() => received(page, "aimc:ready")).toHaveLength(1);
  await page.evaluate(() => {
    for (const [instance, target] of [["elsewhere", "&target-origin=http%3A%2F%2Flocalhost%3A9"], ["silent", ""]]) {
      const frame = document.createElement("iframe");
      frame.id = instance;
      frame.title = instance;
      frame.src = `/frame.html?instance=${instance}${target}`;
      document.body.append(frame);
    }
  });
  for (const id of ["elsewhere", "silent"]) {
    await expect(page.frameLocator(`#${id}`).locator(".aimc h2")).toBeVisible();
    await page.frameLocator(`#${id}`).locator(".aimc-intro .aimc-primary").click();
    await expect(page.frameLocator(`#${id}`).locator(".aimc-eyebrow")).toBeVisible();
  }
  const posts = await page.evaluate(() => window.__posts);
  const elsewhere = posts.filter((post) => post.instance === "elsewhere");
  expect(elsewhere.map((post) => post.type)).toEqual(expect.arrayContaining(["aimc:ready", "aimc:step-change"]));
  expect(new Set(elsewhere.map((post) => post.targetOrigin))).toEqual(new Set(["http://localhost:9"]));
  expect(posts.filter((post) => post.instance === "silent")).toEqual([]);
  // The browser delivered none of the misdirected messages to this page.
  const instances = (await received(page)).map((message) => message.detail.instance);
  expect(new Set(instances)).toEqual(new Set(["framed"]));
});

test("a wildcard target origin is refused with the fix in the console", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto("/demo/iframe.html");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.id = "wildcard";
    frame.title = "wildcard";
    frame.src = "/frame.html?instance=wildcard&target-origin=*";
    document.body.append(frame);
  });
  await expect(page.frameLocator("#wildcard").locator(".aimc h2")).toBeVisible();
  await expect.poll(() => warnings.join("\n")).toContain('option "target-origin" cannot be "*"');
  const posts = await page.evaluate(() => window.__posts);
  expect(posts.filter((post) => post.instance === "wildcard")).toEqual([]);
});
