// Writes N exported reports that differ in their answers, from one real export as a template,
// for the team roll-up's tests and benchmark (a consultant's folder of a team's results).
// Usage: node scripts/generate-exports.mjs template.json count out-dir
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Report `index` of a generated team: every answer 0–3 from a fixed, varied pattern. */
export function variant(template, index) {
  const report = structuredClone(template);
  const ids = Object.keys(report.answers);
  ids.forEach((id, position) => {
    report.answers[id] = (index * 7 + position * (1 + (index % 3))) % 4;
  });
  const completed = new Date(Date.parse(template.completed_at ?? template.exported_at) - index * 60_000);
  report.completed_at = completed.toISOString().replace(/\.\d{3}Z$/, "Z");
  return report;
}

/** Writes `count` variants of `template` into `dir`; returns their paths. */
export function writeExports(template, count, dir) {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const path = join(dir, `result-${String(index + 1).padStart(4, "0")}.json`);
    writeFileSync(path, JSON.stringify(variant(template, index), null, 2));
    return path;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [templatePath, count, dir] = process.argv.slice(2);
  if (!templatePath || !count || !dir) {
    console.error("usage: node scripts/generate-exports.mjs template.json count out-dir");
    process.exit(2);
  }
  const paths = writeExports(JSON.parse(readFileSync(templatePath, "utf8")), Number(count), dir);
  console.log(`wrote ${paths.length} reports to ${dir}`);
}
