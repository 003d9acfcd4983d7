// Prints the raw and brotli size of what a visitor downloads from a built widget folder, and the
// Subresource Integrity hash of its embed.js with the tag a host page pastes.
// Usage: node scripts/report-size.mjs dist
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { embedSnippet, subresourceIntegrity } from "./serving.mjs";

const dir = process.argv[2] ?? "dist";
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let raw = 0;
let brotli = 0;
// The widget's own files: the top level and pkg-<hash>/ (the demo pages are not the widget's).
const names = readdirSync(dir, { recursive: true })
  .filter((name) => !name.startsWith("demo"))
  .sort();
for (const name of names) {
  if (![".wasm", ".js", ".css", ".html"].includes(extname(name))) continue;
  const body = readFileSync(join(dir, name));
  const compressed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += body.length;
  brotli += compressed;
  console.log(`${name.padEnd(48)} ${kib(body.length).padStart(10)} raw ${kib(compressed).padStart(10)} brotli`);
}
console.log(`${"total".padEnd(48)} ${kib(raw).padStart(10)} raw ${kib(brotli).padStart(10)} brotli`);

const embed = readFileSync(join(dir, "embed.js"));
console.log(`\nembed.js integrity: ${subresourceIntegrity(embed)}`);
console.log(embedSnippet("https://widgets.example/ai-maturity-check/", embed));
