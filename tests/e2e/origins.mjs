// The two origins of the end-to-end tests: the widget's (dist/ served by scripts/serve-dist.mjs,
// also the origin of every same-origin test) and a host page's on another origin
// (tests/e2e/host-pages/ served by scripts/serve-host-pages.mjs). AIMC_E2E_PORT and
// AIMC_E2E_HOST_PORT let two checkouts run their end-to-end tests side by side.
export const WIDGET_PORT = Number(process.env.AIMC_E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.AIMC_E2E_HOST_PORT ?? WIDGET_PORT + 10);
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;
