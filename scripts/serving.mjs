// What the test server, the end-to-end tests and the benchmark share: the strictest
// Content-Security-Policy the widget supports, the content types of its files, and how Debian's
// Chromium is launched on these machines (as root, without network side traffic).

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

