// What the test server, the end-to-end tests and the benchmark share: the strictest
// Content-Security-Policy the widget supports, the content types of its files, and how Debian's
// Chromium is launched on these machines (as root, without network side traffic); and the
// Subresource Integrity snippet the size report prints and the cross-origin tests paste.
import { createHash } from "node:crypto";

// Trusted Types are enforced too: the widget's markup reaches the DOM only through its own policy,
// `ai-maturity-check` (see README, Content-Security-Policy).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types ai-maturity-check";

export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Subresource Integrity value of `bytes` (a built embed.js): `sha384-<base64>`. */
export function subresourceIntegrity(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/** The tag a host page pastes to load embed.js (`bytes`) from `base` (the folder's URL, ending in /), pinned by its hash. */
export function embedSnippet(base, bytes) {
  return `<script type="module" src="${base}embed.js" integrity="${subresourceIntegrity(bytes)}" crossorigin="anonymous"></script>`;
}
