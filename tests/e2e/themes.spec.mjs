// Themes: every documented --aimc-* property, set by the host page on the mount point, the custom
// element or an ancestor, reaches the widget's rules; the dark palette follows
// prefers-color-scheme or the theme option; axe finds nothing in either palette; the charts and
// the legend keep visible system colours in forced colours.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.mjs";

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

// Every documented property, each with a value no default has.
const THEME = {
  "--aimc-accent": "#00695c",
  "--aimc-accent-text": "#fffff0",
  "--aimc-bg": "#fdf6e3",
  "--aimc-text": "#102030",
  "--aimc-muted": "#3a3a50",
  "--aimc-border": "#8a6d3b",
  "--aimc-soft": "#e0f2f1",
  "--aimc-error": "#9c1c1c",
  "--aimc-error-text": "#fefefe",
  "--aimc-warning": "#7a4a00",
  "--aimc-warning-bg": "#fff0c8",
  "--aimc-warning-text": "#2a1f00",
  "--aimc-radius": "5px",
  "--aimc-font": "Georgia, serif",
};
const declarations = Object.entries(THEME)
  .map(([name, value]) => `${name}: ${value};`)
  .join(" ");

const rgb = (hex) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

// The home page with `mountPoints` in place of its own, and a host stylesheet (the page's CSP
// allows only same-origin stylesheets, so it is served from a route).
async function serveWith(page, mountPoints, css = "") {
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<div data-ai-maturity-check data-instance=demo>[\s\S]*?<\/div>/, mountPoints)
      .replace("</head>", '<link rel="stylesheet" href="/host-theme.css" /></head>');
    await route.fulfill({ response, body: html });
  });
  await page.route("**/host-theme.css", (route) => route.fulfill({ contentType: "text/css", body: css }));
}

// Puts one element of each styled kind into the widget found under `hostSelector` (in its
// shadow root if it has one), reads the colours and sizes the stylesheet gives them, and removes
// them again.
function probe(page, hostSelector) {
  return page.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    const root = (host.shadowRoot ?? host).querySelector(".aimc");
    // Built element by element: the page enforces Trusted Types, so no markup from a string.
    const make = (elements) => {
      const holder = document.createElement("div");
      for (const [tag, className] of elements) {
        const element = document.createElement(tag);
        element.className = className;
        element.textContent = tag[0];
        holder.append(element);
      }
      root.append(holder);
      return holder;
    };
    const holder = make([
      ["p", "aimc-privacy"], ["p", "aimc-hint"], ["p", "aimc-error"], ["div", "aimc-option"], ["div", "aimc-notes"],
      ["button", "aimc-button aimc-primary"], ["button", "aimc-button aimc-danger"],
    ]);
    const style = (selector) => getComputedStyle(holder.querySelector(selector));
    const values = {
      bg: getComputedStyle(root).backgroundColor,
      text: getComputedStyle(root).color,
      radius: getComputedStyle(root).borderTopLeftRadius,
      font: getComputedStyle(root).fontFamily,
      accent: style(".aimc-primary").backgroundColor,
      accentText: style(".aimc-primary").color,
      privacyBorder: style(".aimc-privacy").borderLeftColor,
      soft: style(".aimc-privacy").backgroundColor,
      muted: style(".aimc-hint").color,
      border: style(".aimc-option").borderTopColor,
      error: style(".aimc-error").color,
      errorBg: style(".aimc-danger").backgroundColor,
      errorText: style(".aimc-danger").color,
      warning: style(".aimc-notes").borderLeftColor,
      warningBg: style(".aimc-notes").backgroundColor,
      warningText: style(".aimc-notes").color,
      scheme: getComputedStyle(root).colorScheme,
    };
    holder.remove();
    return values;
  }, hostSelector);
}

const themed = {
  bg: rgb(THEME["--aimc-bg"]),
  text: rgb(THEME["--aimc-text"]),
  radius: THEME["--aimc-radius"],
  font: THEME["--aimc-font"],
  accent: rgb(THEME["--aimc-accent"]),
  accentText: rgb(THEME["--aimc-accent-text"]),
  privacyBorder: rgb(THEME["--aimc-accent"]),
  soft: rgb(THEME["--aimc-soft"]),
  muted: rgb(THEME["--aimc-muted"]),
  border: rgb(THEME["--aimc-border"]),
  error: rgb(THEME["--aimc-error"]),
  errorBg: rgb(THEME["--aimc-error"]),
  errorText: rgb(THEME["--aimc-error-text"]),
  warning: rgb(THEME["--aimc-warning"]),
  warningBg: rgb(THEME["--aimc-warning-bg"]),
  warningText: rgb(THEME["--aimc-warning-text"]),
};

const LIGHT = { bg: rgb("#ffffff"), text: rgb("#1c1f24"), accent: rgb("#0b57d0"), scheme: "light" };
const DARK = { bg: rgb("#16181d"), text: rgb("#e6e8ec"), accent: rgb("#8ab4f8"), scheme: "dark" };

const MOUNT_POINTS =
  '<div id="on-mount" class="themed" data-ai-maturity-check data-instance="on-mount"></div>' +
  '<ai-maturity-check id="on-element" class="themed" instance="on-element"></ai-maturity-check>' +
  '<section class="themed"><div><ai-maturity-check id="under-ancestor" instance="under-ancestor"></ai-maturity-check></div></section>' +
  '<div id="untouched" data-ai-maturity-check data-instance="untouched"></div>';

test("a theme on the mount point, the custom element or an ancestor sets every documented property", async ({ page }) => {
  await serveWith(page, MOUNT_POINTS, `.themed { ${declarations} }`);
  await page.goto("/");
  for (const id of ["on-mount", "on-element", "under-ancestor", "untouched"]) {
    await expect(page.locator(`#${id} .aimc h2`)).toBeVisible();
  }
  // The real primary button, not only a probe.
  await expect(page.locator("#on-element .aimc-intro .aimc-primary")).toHaveCSS("background-color", themed.accent);
  // Past the intro, so the later screens' stylesheet (the notes' warning colours) is linked too.
  for (const id of ["on-mount", "on-element", "under-ancestor", "untouched"]) {
    await page.locator(`#${id} .aimc-intro .aimc-primary`).click();
    await expect(page.locator(`#${id} .aimc-step`)).toBeVisible();
  }
  for (const id of ["on-mount", "on-element", "under-ancestor"]) {
    // Polled: a shadow root's stylesheets may still be arriving, and colours transition.
    await expect.poll(async () => ({ id, ...(await probe(page, `#${id}`)) })).toEqual({ id, ...themed, scheme: "light" });
  }
  // Beside them, an instance the host does not theme keeps the defaults.
  await expect.poll(async () => {
    const untouched = await probe(page, "#untouched");
    return [untouched.bg, untouched.text, untouched.accent, untouched.radius];
  }).toEqual([
    LIGHT.bg,
    LIGHT.text,
    LIGHT.accent,
    "12px",
  ]);
  await expect.poll(async () => {
    const untouched = await probe(page, "#untouched");
    return [untouched.warningBg, untouched.warningText, untouched.errorText];
  }).toEqual([
    rgb("#fff8e1"),
    rgb("#3d2e00"),
    rgb("#ffffff"),
  ]);
});

test("the dark palette follows prefers-color-scheme, and the theme option fixes one", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning" && message.text().startsWith("ai-maturity-check:")) warnings.push(message.text());
  });
  await serveWith(
    page,
    '<div id="auto" data-ai-maturity-check data-instance="auto"></div>' +
      '<div id="light" data-ai-maturity-check data-instance="light" data-theme="light"></div>' +
      '<ai-maturity-check id="dark" instance="dark" theme="dark"></ai-maturity-check>' +
      '<div id="wrong" data-ai-maturity-check data-instance="wrong" data-theme="purple"></div>' +
      '<div id="accented" class="accented" data-ai-maturity-check data-instance="accented"></div>',
    ".accented { --aimc-accent: #00695c; }",
  );
  const palettes = async () => {
    const result = {};
    for (const id of ["auto", "light", "dark", "wrong", "accented"]) {
      await expect(page.locator(`#${id} .aimc h2`)).toBeVisible();
      const { bg, text, accent, scheme } = await probe(page, `#${id}`);
      result[id] = { bg, text, accent, scheme };
    }
    return result;
  };

  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  // Polled: a shadow root's stylesheet may still be arriving.
  await expect.poll(palettes).toEqual({
    auto: LIGHT,
    light: LIGHT,
    dark: DARK,
    wrong: LIGHT,
    accented: { ...LIGHT, accent: rgb("#00695c") },
  });
  await expect(page.locator("#wrong .aimc")).toHaveAttribute("data-theme", "auto");
  expect(warnings).toEqual(['ai-maturity-check: option "theme" cannot be "purple": use light, dark or auto; using the default']);

  await page.emulateMedia({ colorScheme: "dark" });
  // Polled: a shadow root's stylesheet may still be arriving.
  await expect.poll(palettes).toEqual({
    auto: DARK,
    light: LIGHT,
    dark: DARK,
    wrong: DARK,
    accented: { ...DARK, accent: rgb("#00695c") }, // the host's colour still wins
  });
});

test("the iframe page takes the theme from its URL", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/frame.html?theme=dark");
  const widget = page.locator(".aimc");
  await expect(widget).toHaveAttribute("data-theme", "dark");
  await expect(widget).toHaveCSS("background-color", DARK.bg);
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing in the ${colorScheme} palette: intro, question, result, ROI, custom element`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const widget = page.locator(".aimc").first();
    await expect(widget.locator("h2")).toBeVisible();
    await expect(widget).toHaveCSS("background-color", colorScheme === "dark" ? DARK.bg : LIGHT.bg);
    await expectNoAxeViolations(page);
    await widget.getByRole("button", { name: "Start the assessment" }).click();
    await widget.locator("button[type=submit]").click(); // unanswered: the error shows
    await expect(widget.locator(".aimc-error").first()).not.toBeEmpty();
    await expectNoAxeViolations(page);
    for (let index = 0; index < 27; index += 1) {
      await widget.locator(`input[type=radio][value="${index % 4}"]`).check();
      await widget.locator("button[type=submit]").click();
    }
    await expect(widget.locator(".aimc-level-number")).toBeVisible();
    await expectNoAxeViolations(page);
    await widget.getByRole("button", { name: "Estimate the ROI" }).click();
    await expect(widget.locator(".aimc-roi-live .aimc-figures")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/demo/plain.html");
    await expect(page.locator("ai-maturity-check .aimc h2")).toBeVisible();
    await expectNoAxeViolations(page, "ai-maturity-check");
  });
}

test("in forced colours the chart lines, the legend's swatches and the bars keep system colours", async ({ page }) => {
  await page.goto("/");
  const widget = page.locator(".aimc").first();
  await widget.getByRole("button", { name: "Estimate the ROI" }).click();
  await expect(widget.locator(".aimc-line-benefit")).toBeVisible();
  const colours = () =>
    page.evaluate(() => {
      const root = document.querySelector(".aimc");
      const system = (name) => {
        const sample = document.createElement("span");
        sample.style.color = name;
        root.append(sample);
        const value = getComputedStyle(sample).color;
        sample.remove();
        return value;
      };
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        benefitLine: style(".aimc-line-benefit").stroke,
        costLine: style(".aimc-line-cost").stroke,
        benefitSwatch: style(".aimc-swatch-benefit").backgroundColor,
        costSwatch: style(".aimc-swatch-cost").backgroundColor,
        barFill: style(".aimc-bar-fill").fill,
        highlight: system("Highlight"),
        linkText: system("LinkText"),
        canvas: system("Canvas"),
      };
    });

  const normal = await colours();
  expect([normal.benefitLine, normal.benefitSwatch, normal.barFill]).toEqual([LIGHT.accent, LIGHT.accent, LIGHT.accent]);

  await page.emulateMedia({ forcedColors: "active" });
  const forced = await colours();
  expect(forced.highlight).not.toBe(forced.canvas);
  expect(forced.linkText).not.toBe(forced.canvas);
  expect(forced).toEqual({
    ...forced,
    benefitLine: forced.highlight,
    benefitSwatch: forced.highlight,
    barFill: forced.highlight,
    costLine: forced.linkText,
    costSwatch: forced.linkText,
  });
  // The focus ring is an outline, which forced colours keep.
  await widget.locator(".aimc-roi-form input[type=text]").first().focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return [style.outlineStyle, style.outlineWidth];
  });
  expect(focused).toEqual(["solid", "3px"]);
});
