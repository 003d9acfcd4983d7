// A host page's script as a TypeScript user writes it: tests/package/package.test.mjs type-checks
// it against the built package (installed into a temporary node_modules), and it must pass.
import { mount, unmount } from "ai-maturity-check";
import type {
  AiMaturityCheckConstructor,
  AiMaturityCheckElement,
  AiMaturityCheckMessage,
  Report,
} from "ai-maturity-check";

const element: AiMaturityCheckElement = document.createElement("ai-maturity-check");
element.setAttribute("lang", "nb");
element.setAttribute("currency", "NOK");
document.body.append(element);

const found: AiMaturityCheckElement | null = document.querySelector("ai-maturity-check");
const observed: readonly string[] =
  (customElements.get("ai-maturity-check") as AiMaturityCheckConstructor | undefined)?.observedAttributes ?? [];

element.addEventListener("aimc:ready", (event) => {
  const version: string = event.detail.widget_version;
  const language: "en" | "de" | "nb" | "sv" | "da" = event.detail.language;
  console.log(event.detail.instance, version, language, found, observed);
});

document.addEventListener("aimc:step-change", (event) => {
  if (event.detail.screen === "question" && event.detail.question) {
    const { id, number, total } = event.detail.question;
    console.log(id, `${number}/${total}`);
  }
});

document.addEventListener("aimc:complete", (event) => {
  const report: Report = event.detail;
  const level: number | null = report.scores.level;
  const payback: number | null | undefined = report.roi.outcome?.payback_month;
  console.log(level, report.recommendations.join(), report.answers["tool_usage"], payback);
});

window.addEventListener("aimc:roi-change", (event) => {
  const { currency, horizon_months, roi_pct, roi_pct_p10, roi_pct_p90, payback_chance_pct } = event.detail;
  console.log(currency, horizon_months, roi_pct?.toFixed(1), roi_pct_p10, roi_pct_p90, payback_chance_pct);
});

element.addEventListener("aimc:export", (event) => console.log(event.detail.exported_at, event.detail.roi.currency));
window.addEventListener("aimc:resize", (event) => console.log(event.detail.height + 1));
document.addEventListener("aimc:share", (event) => console.log(event.detail.kind === "progress", event.detail.length + 1));

window.addEventListener("message", (event: MessageEvent<AiMaturityCheckMessage>) => {
  if (event.data?.source !== "ai-maturity-check") return;
  if (event.data.type === "aimc:resize") console.log(event.data.detail.height);
  if (event.data.type === "aimc:complete") console.log(event.data.detail.scores.overall);
});

const mountPoint = document.createElement("div");
mount(mountPoint);
unmount(mountPoint);
