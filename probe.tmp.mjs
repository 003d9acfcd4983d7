import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
await page.goto("http://127.0.0.1:4173/");
await page.locator(".aimc-intro .aimc-button").nth(1).click();
const wide = await page.evaluate(() => [...document.querySelectorAll(".aimc *")].filter((e) => e.getBoundingClientRect().right > 321).slice(0, 12).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent.slice(0, 30)}`));
console.log(wide.join("\n"));
await browser.close();
