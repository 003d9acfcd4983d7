// TypeScript declarations of the npm package (scripts/package.mjs copies this file into it):
// the <ai-maturity-check> element and its attributes, the events it dispatches with their
// `detail`, the iframe's postMessage envelope, the exported report and embed.js's mount API.
// They describe what src/core/host_messages.rs and src/core/report.rs write; tests/package
// checks them with tsc, and tests/e2e/package.spec.mjs checks real event details against them.

/** A language the widget speaks. */
export type Language = "en" | "de" | "nb" | "sv" | "da";

/** ISO 4217 code of every amount in an ROI estimate; amounts are never converted. */
export type CurrencyCode = "EUR" | "NOK" | "SEK" | "DKK" | "CHF" | "GBP" | "USD";

/** The ROI estimate's horizon in months. */
export type HorizonMonths = 12 | 24 | 36;

/** The options, as attributes of the element (also as `data-` attributes, a JSON block, or URL
 * parameters of frame.html). Every value is a string, as in HTML. */
export interface AiMaturityCheckAttributes {
  /** Namespaces storage keys and element ids: `A–Z a–z 0–9 - _`, up to 64. Default `default`. */
  instance?: string;
  /** `nn` and `no` mean `nb`; `de-AT` means `de`. Default: the page's `lang`, then the browser's. */
  lang?: Language | (string & {});
  /** The currency a new ROI estimate starts in. Default: the language's. */
  currency?: CurrencyCode;
  storage?: "local" | "session" | "none";
  parts?: "both" | "assessment" | "roi";
  start?: "intro" | "roi";
  theme?: "auto" | "light" | "dark";
  /** In an iframe: the parent page's origin that hears the events, e.g. `https://portal.example`. */
  "target-origin"?: string;
}

export type AiMaturityCheckAttributeName = keyof AiMaturityCheckAttributes;

/** `<ai-maturity-check>`: one instance of the widget in its own (open) Shadow DOM. */
export interface AiMaturityCheckElement extends HTMLElement {}

/** The element's class, as `customElements.get("ai-maturity-check")` returns it. */
export interface AiMaturityCheckConstructor {
  new (): AiMaturityCheckElement;
  readonly prototype: AiMaturityCheckElement;
  /** Exactly the option names of `AiMaturityCheckAttributes`. */
  readonly observedAttributes: readonly AiMaturityCheckAttributeName[];
}

/** The screens `aimc:step-change` names. */
export type Screen = "intro" | "question" | "result" | "roi" | "history" | "team";

/** `aimc:ready`: the instance is mounted. */
export interface ReadyDetail {
  instance: string;
  language: Language;
  widget_version: string;
}

/** `aimc:step-change`: on load and whenever the screen or question changes. */
export interface StepChangeDetail {
  instance: string;
  screen: Screen;
  /** On a question: its id, its number (1-based) and the number of questions; else null. */
  question: { id: string; number: number; total: number } | null;
}

/** `aimc:roi-change`: an ROI input, the horizon or the currency changed. The figures are null
 * when the estimate cannot be computed; the last three come from the simulation. */
export interface RoiChangeDetail {
  instance: string;
  currency: CurrencyCode;
  horizon_months: HorizonMonths;
  roi_pct: number | null;
  net_benefit: number | null;
  /** The first month the cumulative benefit reaches the cost; null: not within the horizon. */
  payback_month: number | null;
  roi_pct_p10: number | null;
  roi_pct_p90: number | null;
  /** The share (0–100) of simulated cases that pay back within the horizon. */
  payback_chance_pct: number | null;
}

/** `aimc:resize`, in the iframe with `target-origin` only: the frame page's height changed. */
export interface ResizeDetail {
  instance: string;
  /** CSS pixels: set the iframe's height to it. */
  height: number;
}

/** `aimc:share`: the person copied a link to their result or to their answers in progress. */
export interface ShareDetail {
  instance: string;
  kind: "result" | "progress";
  /** The link's length in characters; the link and the answers are never in the detail. */
  length: number;
}

/** An answer's level: 0 = not started; 1–3 = the seed matrix's levels. */
export type AnswerLevel = 0 | 1 | 2 | 3;

/** The ROI estimate's inputs, by id. */
export type RoiField =
  | "employees"
  | "participation_pct"
  | "hourly_cost"
  | "hours_saved_per_week"
  | "adoption_pct"
  | "working_weeks"
  | "programme_cost_per_participant"
  | "licence_per_user_month"
  | "external_advice"
  | "training_hours_per_participant"
  | "coordination_cost"
  | "ramp_start_weeks"
  | "ramp_full_weeks";

/** `seed_<nnn>`: the figure comes from that source article. */
export type SeedSource = `seed_${string}`;

export interface RoiInputRecord {
  field: RoiField;
  value: number;
  source: "entered" | "use_cases" | "assessment_level" | "assumption" | SeedSource;
}

export interface UseCase {
  name: string;
  hours_per_week: number;
  people: number;
}

export interface RoiMonth {
  month: number;
  cumulative_cost: number;
  cumulative_benefit: number;
}

export interface RoiOutcome {
  benefit: number;
  cost: number;
  net_benefit: number;
  roi_pct: number;
  payback_month: number | null;
  months: RoiMonth[];
}

export type UncertainInput =
  | "hours_saved"
  | "adoption"
  | "ramp_start"
  | "ramp_full"
  | "one_off_costs"
  | "training_hours";

export interface Percentiles<T> {
  p10: T;
  p50: T;
  p90: T;
}

export interface Uncertainty {
  runs: number;
  seed: number;
  ranges: { input: UncertainInput; low: number; likely: number; high: number; source: "assumption" | SeedSource }[];
  roi_pct: Percentiles<number>;
  net_benefit: Percentiles<number>;
  /** null: later than the horizon. */
  payback_month: Percentiles<number | null>;
  payback_within_horizon_pct: number;
  band: { month: number; cost_p10: number; cost_p90: number; benefit_p10: number; benefit_p90: number }[];
}

export type PlausibilityNote =
  | "roi_above_seed_range"
  | "payback_faster_than_seeds"
  | "hours_saved_high"
  | "programme_cost_outside_seed_range"
  | "adoption_very_high";

export interface RoiReport {
  currency: CurrencyCode;
  horizon_months: HorizonMonths;
  inputs: RoiInputRecord[];
  use_cases: UseCase[] | null;
  /** null when `error` says why. */
  outcome: RoiOutcome | null;
  error: "no_cost" | "ramp_order" | `out_of_range:${RoiField}` | null;
  /** Absent with `error`. */
  uncertainty?: Uncertainty;
  sensitivity_step_pct: number;
  /** Largest swing first. */
  sensitivity: { field: RoiField; roi_low: number; roi_high: number }[];
  plausibility_notes: PlausibilityNote[];
}

/** The report, exactly as "Download JSON" saves it and `aimc:complete` and `aimc:export` carry
 * it (README: "The exported report (JSON)"). */
export interface Report {
  schema: "ai-maturity-check/report";
  schema_version: 1;
  widget_version: string;
  questionnaire_version: number;
  language: Language;
  /** RFC 3339, UTC. */
  started_at: string | null;
  completed_at: string | null;
  exported_at: string;
  /** Question id → level. */
  answers: Record<string, AnswerLevel>;
  scores: {
    /** 0–100; null while nothing is answered. */
    overall: number | null;
    /** The maturity level nearest to the overall score; null while nothing is answered. */
    level: 0 | 1 | 2 | 3 | null;
    /** Area id → 0–100, answered areas only. */
    areas: Record<string, number>;
  };
  /** `next.<area>`, `pitfall.<n>` and `plan.<level>` ids. */
  recommendations: string[];
  /** Always in what the widget dispatches; absent only in files exported before the estimate. */
  roi: RoiReport;
}

/** Every event an instance dispatches on its element: they bubble and are composed. */
export interface AiMaturityCheckEventMap {
  "aimc:ready": CustomEvent<ReadyDetail>;
  "aimc:step-change": CustomEvent<StepChangeDetail>;
  "aimc:complete": CustomEvent<Report>;
  "aimc:roi-change": CustomEvent<RoiChangeDetail>;
  "aimc:export": CustomEvent<Report>;
  "aimc:resize": CustomEvent<ResizeDetail>;
  "aimc:share": CustomEvent<ShareDetail>;
}

export type AiMaturityCheckEventName = keyof AiMaturityCheckEventMap;

/** What frame.html posts to its parent (at `target-origin` only) for every event. */
export type AiMaturityCheckMessage = {
  [Name in AiMaturityCheckEventName]: {
    source: "ai-maturity-check";
    type: Name;
    detail: AiMaturityCheckEventMap[Name]["detail"];
  };
}[AiMaturityCheckEventName];

/** Starts an instance in `element` (a mount point or the custom element). */
export function mount(element: HTMLElement): void;

/** Ends the instance in `element`, if any. */
export function unmount(element: HTMLElement): void;

declare global {
  interface HTMLElementTagNameMap {
    "ai-maturity-check": AiMaturityCheckElement;
  }
  interface HTMLElementEventMap extends AiMaturityCheckEventMap {}
  interface DocumentEventMap extends AiMaturityCheckEventMap {}
  interface WindowEventMap extends AiMaturityCheckEventMap {}
}
