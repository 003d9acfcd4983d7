// Serves the host pages of the cross-origin end-to-end tests (tests/e2e/host-pages/) on a second
// origin, under the Content-Security-Policy the README asks of a page that embeds the widget from
// another origin: nothing of the page's own, only the widget's origin where the widget needs it.
// In a page, {{widget}} is the widget's folder URL, {{host}} this page's origin and
// {{embed-snippet}} the script tag the size report prints (embed.js pinned by its integrity).
// Usage: node scripts/serve-host-pages.mjs <pages dir> <port> <widget origin> <widget dir>
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize, resolve } from "node:path";
import { embedSnippet } from "./serving.mjs";

const [pages, port, widgetOrigin, widgetDir] = process.argv.slice(2);
const root = resolve(pages);

const hostPageCsp = (widget) =>
  `default-src 'none'; script-src ${widget} 'wasm-unsafe-eval'; style-src ${widget}; connect-src ${widget}; ` +
  `frame-src ${widget}; require-trusted-types-for 'script'; trusted-types ai-maturity-check`;

createServer(async (request, response) => {
  const file = normalize(join(root, new URL(request.url, "http://localhost").pathname));
  if (!file.startsWith(root) || !file.endsWith(".html")) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  try {
    const widget = `${widgetOrigin}/`;
    const embed = await readFile(join(widgetDir, "embed.js"));
    const html = (await readFile(file, "utf8"))
      .replaceAll("{{widget}}", widget)
      .replaceAll("{{host}}", `http://${request.headers.host}`)
      .replaceAll("{{embed-snippet}}", () => embedSnippet(widget, embed));
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": hostPageCsp(widgetOrigin),
    });
    response.end(html);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`serving host pages ${root} on port ${port}, widget from ${widgetOrigin}`));
