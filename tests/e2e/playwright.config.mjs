// End-to-end tests: the release build in dist/, served on 127.0.0.1, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/serving.mjs";

// AIMC_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.AIMC_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // Generous: CI's machine has two cores, and some tests answer 50 questions or read 1 000 files.
  timeout: 120_000,
  webServer: {
    command: `node scripts/serve-dist.mjs dist ${port}`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
