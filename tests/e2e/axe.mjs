// The accessibility check every end-to-end spec uses: axe-core's WCAG 2.0–2.2 A and AA rules
// on the widget (or `selector`), failing with each violation's rule and elements.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export async function expectNoAxeViolations(page, selector = ".aimc") {
  // Judge the widget as it settles: every stylesheet (the shadow roots' too) loaded and every
  // transition over, or axe may read a button's colour halfway through its transition.
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll("*")].map((element) => element.shadowRoot).filter(Boolean)];
    return roots.every((root) => [...root.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet));
  });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {}))));
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
}
