// End-to-end tests: the release build in dist/, served on 127.0.0.1, driven in Debian's Chromium;
// the cross-origin tests' host pages are served on localhost (tests/e2e/origins.mjs).
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/serving.mjs";
import { HOST_PORT, WIDGET_ORIGIN, WIDGET_PORT } from "./origins.mjs";

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // Generous: CI's machine has two cores, and some tests answer 50 questions or read 1 000 files.
  timeout: 120_000,
  webServer: [
    {
      command: `node scripts/serve-dist.mjs dist ${WIDGET_PORT}`,
      cwd: "../..",
      url: `${WIDGET_ORIGIN}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve-host-pages.mjs tests/e2e/host-pages ${HOST_PORT} ${WIDGET_ORIGIN} dist`,
      cwd: "../..",
      url: `http://127.0.0.1:${HOST_PORT}/cross-origin.html`,
      reuseExistingServer: false,
    },
  ],
  use: {
    baseURL: `${WIDGET_ORIGIN}/`,
    browserName: "chromium",
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
