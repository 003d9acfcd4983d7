// The widget's life in a single-page app: mount points added after load mount by themselves and
// unmount when removed; changed options apply to the running instance and keep every answer;
// `mount` and `unmount` from embed.js used the way a framework does; a moved element keeps its
// instance; and 100 remove/add cycles leave one instance, the answers, and no leak.
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.addInitScript(() => {
    window.__ready = [];
    document.addEventListener("aimc:ready", (event) => window.__ready.push(event.detail.instance));
  });
  await page.goto("/demo/spa.html");
  await page.waitForFunction(() => customElements.get("ai-maturity-check"));
});

/** Inserts `<tag>` with `attributes` into a new section of the page's main, and returns it. */
async function insert(page, tag, attributes, { placeholder = false } = {}) {
  await page.evaluate(
    ({ tag, attributes, placeholder }) => {
      const section = document.createElement("section");
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (placeholder) {
        const note = document.createElement("p");
        note.textContent = "Loading the assessment…";
        const block = document.createElement("script");
        block.type = "application/json";
        // A text node, not textContent: the page enforces Trusted Types, and a script's text is a sink.
        block.append('{"lang": "de"}');
        element.append(note, block);
      }
      section.append(element);
      document.querySelector("main").append(section);
    },
    { tag, attributes, placeholder },
  );
}

/** Starts the assessment in `widget` and answers the first `count` questions, 0, 1, 2, ... */
async function answer(widget, count) {
  await widget.locator(".aimc-intro .aimc-primary").click();
  for (let index = 0; index < count; index += 1) {
    await widget.locator(`input[type=radio][value="${index % 4}"]`).check();
    await widget.locator("button[type=submit]").click();
  }
}

const readyCount = (page, instance) =>
  page.evaluate((wanted) => window.__ready.filter((name) => name === wanted).length, instance);

test("a mount point inserted after load mounts by itself, and gives its content back when removed", async ({ page }) => {
  await insert(page, "div", { "data-ai-maturity-check": "", "data-instance": "late", id: "late" }, { placeholder: true });
  const widget = page.locator("#late .aimc");
  await expect(widget).toHaveAttribute("lang", "de"); // from the JSON block inside it
  await answer(widget, 1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Frage 2 von 27");

  await page.evaluate(() => document.querySelector("#late").parentNode.remove());
  await expect(widget).toHaveCount(0);

  await page.evaluate(() => {
    // A new mount point of the same instance, deep in a new subtree: it mounts and resumes
    // from storage.
    const element = document.createElement("div");
    element.id = "late";
    element.dataset.aiMaturityCheck = "";
    element.dataset.instance = "late";
    element.dataset.lang = "de";
    const outer = document.createElement("div");
    outer.append(document.createElement("article"));
    outer.firstChild.append(element);
    document.querySelector("main").append(outer);
  });
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Frage 2 von 27");
  await expect(page.locator("#late .aimc")).toHaveCount(1);
});

test("a removed mount point is unmounted and its placeholder put back", async ({ page }) => {
  await insert(page, "div", { "data-ai-maturity-check": "", "data-instance": "back", id: "back" }, { placeholder: true });
  await expect(page.locator("#back .aimc")).toBeVisible();
  const after = await page.evaluate(async () => {
    const element = document.querySelector("#back");
    window.__kept = element;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      mounted: element.hasAttribute("data-aimc-mounted"),
      widgets: element.querySelectorAll(".aimc").length,
      text: element.querySelector("p")?.textContent,
      block: element.querySelector("script[type='application/json']")?.textContent,
    };
  });
  expect(after).toEqual({ mounted: false, widgets: 0, text: "Loading the assessment…", block: '{"lang": "de"}' });
  // Put back, it mounts again and reads its JSON block again.
  await page.evaluate(() => document.querySelector("main").append(window.__kept));
  await expect(page.locator("#back .aimc")).toHaveAttribute("lang", "de");
  await expect(page.locator("#back .aimc")).toHaveCount(1);
});

test("lang, currency, parts and theme changed on a running custom element apply at once and keep every answer", async ({ page }) => {
  await insert(page, "ai-maturity-check", { id: "live", instance: "live", storage: "none", lang: "en" });
  const element = page.locator("#live");
  const widget = element.locator(".aimc");
  await answer(widget, 2);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 3 of 27");
  const set = (name, value) => element.evaluate((host, [name, value]) => host.setAttribute(name, value), [name, value]);

  await set("lang", "de");
  await expect(widget).toHaveAttribute("lang", "de");
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Frage 3 von 27");
  await widget.getByRole("button", { name: "Zurück" }).click();
  await expect(widget.locator('input[type=radio][value="1"]')).toBeChecked(); // the second answer

  // The person picks Norwegian in the widget; the page's later change wins.
  await widget.locator("#aimc-live-language").selectOption("nb");
  await expect(widget).toHaveAttribute("lang", "nb");
  await set("lang", "sv");
  await expect(widget).toHaveAttribute("lang", "sv");
  await expect(widget.locator("#aimc-live-language")).toHaveValue("sv");
  await expect(widget.locator('input[type=radio][value="1"]')).toBeChecked();

  await expect(widget).toHaveAttribute("data-theme", "auto");
  await set("theme", "dark");
  await expect(widget).toHaveAttribute("data-theme", "dark");
  expect(await widget.evaluate((root) => getComputedStyle(root).colorScheme)).toBe("dark");

  await set("parts", "roi");
  await expect(widget.locator("#aimc-live-roi-employees")).toBeVisible();
  await set("currency", "NOK");
  await expect(widget.locator("#aimc-live-roi-currency")).toHaveValue("NOK");
  await widget.locator("#aimc-live-roi-employees").fill("40");
  await set("lang", "da");
  await expect(widget).toHaveAttribute("lang", "da");
  await expect(widget.locator("#aimc-live-roi-employees")).toHaveValue("40");
  await expect(widget.locator("#aimc-live-roi-currency")).toHaveValue("NOK"); // the page's currency stays

  // Both parts again: back from the estimate to the intro, and on to the first unanswered question.
  await set("parts", "both");
  await set("lang", "en");
  await expect(widget).toHaveAttribute("lang", "en");
  await widget.getByRole("button", { name: "Back to the start" }).click();
  await widget.locator(".aimc-intro .aimc-primary").click();
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 3 of 27");
  await widget.getByRole("button", { name: "Back" }).click();
  await expect(widget.locator('input[type=radio][value="1"]')).toBeChecked();
  expect(await readyCount(page, "live")).toBe(1); // one instance all along, never remounted
});

test("a mount point's data-lang change redraws it in that language, answers kept", async ({ page }) => {
  await page.getByRole("button", { name: "Assessment" }).click();
  const widget = page.locator("#outlet .aimc");
  await answer(widget, 1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  await page.locator("#app-language").selectOption("de");
  await expect(widget).toHaveAttribute("lang", "de");
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Frage 2 von 27");
  await widget.getByRole("button", { name: "Zurück" }).click();
  await expect(widget.locator('input[type=radio][value="0"]')).toBeChecked();
});

test("mount and unmount from embed.js, used like a framework that renders late", async ({ page }) => {
  const api = await page.evaluate(async () => Object.keys(await import("/embed.js")).sort());
  expect(api).toEqual(["mount", "unmount"]);
  const widget = page.locator("#outlet .aimc");

  await page.getByRole("button", { name: "Assessment" }).click(); // renders 100 ms later, then mount()
  await answer(widget, 1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  // mount() again is nothing; unmount() twice is nothing the second time.
  await page.evaluate(async () => {
    const { mount } = await import("/embed.js");
    mount(document.querySelector("#outlet [data-ai-maturity-check]"));
  });
  await expect(widget).toHaveCount(1);

  await page.getByRole("button", { name: "Home" }).click(); // unmount(), then the route is replaced
  await expect(page.locator("#outlet")).toHaveText("Home.");
  await page.getByRole("button", { name: "Assessment" }).click();
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27"); // resumed from storage
  expect(await readyCount(page, "spa")).toBe(2);

  // Unmounted in place, the element stays empty until mounted again.
  const unmounted = await page.evaluate(async () => {
    const { mount, unmount } = await import("/embed.js");
    const element = document.querySelector("#outlet [data-ai-maturity-check]");
    unmount(element);
    unmount(element);
    const left = element.querySelectorAll(".aimc").length;
    mount(element);
    return left;
  });
  expect(unmounted).toBe(0);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  await expect(widget).toHaveCount(1);
});

test("a custom element moved elsewhere keeps its running instance, even with storage none", async ({ page }) => {
  await insert(page, "ai-maturity-check", { id: "moved", instance: "moved", storage: "none" });
  const widget = page.locator("#moved .aimc");
  await answer(widget, 1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  await page.evaluate(() => {
    const element = document.querySelector("#moved");
    element.remove(); // removed and inserted again in the same task: a move
    document.querySelector("#outlet").append(element);
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await expect(page.locator("#outlet #moved .aimc .aimc-eyebrow")).toContainText("Question 2 of 27");
  expect(await readyCount(page, "moved")).toBe(1);
});

test("an instance unmounted while its texts are still being fetched leaves no error behind", async ({ page }) => {
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.evaluate(async () => {
    const { mount, unmount } = await import("/embed.js");
    // Swedish and Danish texts are not here yet: each instance starts fetching them.
    const element = document.createElement("ai-maturity-check");
    element.setAttribute("lang", "sv");
    document.body.append(element);
    element.remove(); // unmounted a microtask later
    const point = document.createElement("div");
    point.dataset.aiMaturityCheck = "";
    point.dataset.lang = "da";
    document.body.append(point);
    mount(point);
    unmount(point);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the texts arrive meanwhile
  });
  expect(errors).toEqual([]);
  // The page's widget still works.
  await page.getByRole("button", { name: "Assessment" }).click();
  await expect(page.locator("#outlet .aimc h2")).toBeVisible();
});

test("100 remove/add cycles leave one instance, keep the answers, and leak neither memory nor listeners", async ({ page }) => {
  await insert(page, "ai-maturity-check", { id: "cycled", instance: "cycled" });
  const widget = page.locator("#cycled .aimc");
  await answer(widget, 1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const { jsEventListeners, nodes } = await cdp.send("Memory.getDOMCounters");
    return { heap: metrics.find((metric) => metric.name === "JSHeapUsedSize").value, listeners: jsEventListeners, nodes };
  };
  // Each cycle removes the element, lets its instance unmount, adds it again and waits two tasks,
  // long enough for the new instance to add its storage listener.
  const cycle = (count) =>
    page.evaluate(async (count) => {
      const element = document.querySelector("#cycled");
      const parent = element.parentNode;
      const task = () => new Promise((resolve) => setTimeout(resolve, 0));
      for (let index = 0; index < count; index += 1) {
        element.remove();
        await task();
        parent.append(element);
        await task();
        await task();
      }
    }, count);

  await cycle(10);
  const after10 = await measure();
  await cycle(90);
  const after100 = await measure();
  console.log(`after 10 cycles: ${JSON.stringify(after10)}; after 100: ${JSON.stringify(after100)}`);

  expect(await readyCount(page, "cycled")).toBe(101);
  // The two stylesheets' links (the later screens' one since the person is past the intro) and
  // one container.
  expect(await page.evaluate(() => document.querySelector("#cycled").shadowRoot.childElementCount)).toBe(3);
  await expect(widget).toHaveCount(1);
  await expect(widget.locator(".aimc-eyebrow")).toContainText("Question 2 of 27");
  await widget.getByRole("button", { name: "Back" }).click();
  await expect(widget.locator('input[type=radio][value="0"]')).toBeChecked();
  // Flat: no listener more, at most 100 nodes and 5 % of JS heap more after 90 more cycles.
  expect(after100.listeners).toBeLessThanOrEqual(after10.listeners);
  expect(after100.nodes).toBeLessThanOrEqual(after10.nodes + 100);
  expect(after100.heap).toBeLessThanOrEqual(after10.heap * 1.05);
});
