// Trunk post-build hook: turns the inline <script> Trunk writes into index.html (the module that
// starts the WebAssembly) into embed.js, the one file a host page includes, followed by
// scripts/embed-runtime.js (stylesheet and custom element). No inline script remains, so pages
// run under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
const page = join(dir, "index.html");
const runtime = readFileSync(new URL("./embed-runtime.js", import.meta.url), "utf8");

let loaders = 0;
const html = readFileSync(page, "utf8").replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, body) => {
  if (/\bsrc\s*=/.test(attributes) || body.trim() === "") return whole;
  if (!/\btype\s*=\s*["']?module/.test(attributes)) throw new Error(`unexpected inline script: ${body.slice(0, 80)}`);
  loaders += 1;
  writeFileSync(join(dir, "embed.js"), `${body.trim()}\n\n${runtime}`);
  return `<script type="module" src="${publicUrl}embed.js"></script>`;
});
if (loaders !== 1) throw new Error(`expected one inline loader in index.html, found ${loaders}`);
writeFileSync(page, html);
