// Styling hooks: every CSS shadow part the README documents is on the custom element's screens
// (intro, question, result, ROI estimate, history, team roll-up), a host stylesheet's
// `ai-maturity-check::part(<name>)` rules reach each one inside the shadow root and win over the
// widget's own rules, and the widget names no part the README leaves out. The npm package's
// Custom Elements Manifest lists exactly the parts found.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { customElementsManifest } from "../../scripts/package.mjs";

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

// The parts table of the README's Theme section, in its order.
function documentedParts() {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const table = readme.split("**Parts.**")[1].split("\n\n")[1];
  return [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
}

const PARTS = documentedParts();
// Each part gets its own scroll-margin-left (which the widget never sets): an element with
// several parts takes the last rule, and the order of the rules is the table's.
const marginOf = (part) => `${PARTS.indexOf(part) + 1}px`;
// And one visible change each to buttons, where the widget's own rules set the same properties.
const PRIMARY_BACKGROUND = "rgb(1, 2, 3)";
const HOST_CSS =
  PARTS.map((part) => `ai-maturity-check::part(${part}) { scroll-margin-left: ${marginOf(part)}; }`).join("\n") +
  `\nai-maturity-check::part(button) { border-radius: 0; }` +
  `\nai-maturity-check::part(primary-button) { background-color: ${PRIMARY_BACKGROUND}; }\n`;

// demo/plain.html in English, with a host stylesheet (the CSP allows only same-origin ones).
async function openStyledPage(page) {
  await page.route("**/demo/plain.html", async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace('lang="nb" currency="NOK"', 'lang="en"')
      .replace("</head>", '<link rel="stylesheet" href="/host-parts.css" /></head>');
    await route.fulfill({ response, body: html });
  });
  await page.route("**/host-parts.css", (route) => route.fulfill({ contentType: "text/css", body: HOST_CSS }));
  await page.goto("/demo/plain.html");
}

// Every element with a part in the shadow root: its parts and the host rules' effect on it.
function partsOnScreen(page) {
  return page.evaluate(() =>
    [...document.querySelector("ai-maturity-check").shadowRoot.querySelectorAll("[part]")].map((element) => {
      const style = getComputedStyle(element);
      return {
        parts: element.getAttribute("part").split(/\s+/),
        margin: style.scrollMarginLeft,
        radius: style.borderTopLeftRadius,
        background: style.backgroundColor,
      };
    }),
  );
}

test("host CSS reaches every documented part on the screens, and no other part exists", async ({ page }) => {
  expect(PARTS).toEqual(expect.arrayContaining(["button", "primary-button", "heading", "card", "chart", "input"]));
  await openStyledPage(page);
  const widget = page.locator("ai-maturity-check .aimc");
  const seen = [];
  const look = async () => seen.push(...(await partsOnScreen(page)));

  await expect(widget.locator(".aimc-intro")).toBeVisible();
  await look();
  await widget.locator(".aimc-intro .aimc-primary").click();
  await expect(widget.locator(".aimc-progress")).toBeVisible();
  await look();
  for (let index = 0; index < 27; index += 1) {
    await widget.locator(`input[type=radio][value="${1 + (index % 3)}"]`).check();
    await widget.locator("button[type=submit]").click();
  }
  await expect(widget.locator(".aimc-radar")).toBeVisible();
  await look();
  await widget.getByRole("button", { name: "Estimate the ROI" }).click();
  await widget.locator("#aimc-shadow-demo-roi-hours_saved_per_week").fill("15");
  await expect(widget.locator(".aimc-notes")).toBeVisible();
  await expect(widget.locator(".aimc-line-chart")).toBeVisible();
  await look();
  await widget.getByRole("button", { name: "Back to the result" }).click();
  await widget.getByRole("button", { name: "Your earlier results" }).click();
  await expect(widget.locator(".aimc-history-entry")).toHaveCount(1);
  // The page below the first results is drawn once they are painted.
  await expect(widget.getByRole("button", { name: "Delete all results" })).toBeVisible();
  await look();
  await widget.getByRole("button", { name: "Back to the start" }).click();
  await widget.getByRole("button", { name: "Team roll-up (for consultants)" }).click();
  await expect(widget.locator("input[type=file]")).toBeAttached();
  await look();

  // The rule that wins on an element is its last part's in the table's order.
  const winner = (parts) => parts.reduce((last, part) => (PARTS.indexOf(part) > PARTS.indexOf(last) ? part : last));
  const undocumented = [...new Set(seen.flatMap((element) => element.parts))].filter((part) => !PARTS.includes(part));
  expect(undocumented).toEqual([]);
  const manifest = customElementsManifest().modules[0].declarations.find((declaration) => declaration.customElement);
  expect(manifest.cssParts.map((part) => part.name).sort()).toEqual([...new Set(seen.flatMap((element) => element.parts))].sort());
  for (const part of PARTS) {
    const styled = seen.filter((element) => element.parts.includes(part));
    expect(styled.length, `an element with part "${part}"`).toBeGreaterThan(0);
    const reached = styled.filter((element) => winner(element.parts) === part);
    expect(reached.length, `an element whose last part is "${part}"`).toBeGreaterThan(0);
    for (const element of reached) expect(element.margin, `::part(${part})`).toBe(marginOf(part));
  }
  // Over the widget's own rules: its buttons are rounded and its primary ones accent-coloured.
  const buttons = seen.filter((element) => element.parts.includes("button"));
  for (const button of buttons) expect(button.radius).toBe("0px");
  const primary = buttons.filter((element) => element.parts.includes("primary-button"));
  for (const button of primary) expect(button.background).toBe(PRIMARY_BACKGROUND);
  expect(buttons.filter((element) => !element.parts.includes("primary-button"))[0].background).not.toBe(
    PRIMARY_BACKGROUND,
  );
});
