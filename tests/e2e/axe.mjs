// The accessibility check every end-to-end spec uses: axe-core's WCAG 2.0–2.2 A and AA rules
// on the widget (or `selector`), failing with each violation's rule and elements.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export async function expectNoAxeViolations(page, selector = ".aimc") {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
}
