// End-to-end tests: the release build in dist/, served on 127.0.0.1, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";

const port = 4173;

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
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
