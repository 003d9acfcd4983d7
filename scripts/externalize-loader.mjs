// Trunk post-build hook: moves the inline <script> Trunk writes into index.html (the module that
// loads the WebAssembly) into a file of its own, so the page runs under a Content-Security-Policy
// without 'unsafe-inline' (e.g. script-src 'self' 'wasm-unsafe-eval').
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
const page = join(dir, "index.html");

const html = readFileSync(page, "utf8").replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, body) => {
  if (/\bsrc\s*=/.test(attributes) || body.trim() === "") return whole;
  const name = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  const type = /\btype\s*=\s*["']?module/.test(attributes) ? ' type="module"' : "";
  return `<script${type} src="${publicUrl}${name}"></script>`;
});
writeFileSync(page, html);
