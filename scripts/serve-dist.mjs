// Serves a built widget folder on 127.0.0.1 for the end-to-end tests, under the strictest
// Content-Security-Policy the widget supports, so every test also proves it needs nothing more.
// It sends what README's "Hosting the widget on another origin" asks of a CDN: the content types,
// `Access-Control-Allow-Origin: *` (host pages on other origins fetch the modules and the
// WebAssembly with CORS) and the cache headers. Under /without-cors/ it serves the same files
// without that header, and under /wasm-without-cors/ the .wasm files without it, for the tests
// that show the widget does not load from another origin then.
// Usage: node scripts/serve-dist.mjs [dir] [port]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { CONTENT_TYPES, STRICT_CSP } from "./serving.mjs";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
// A path prefix -> the files served under it without Access-Control-Allow-Origin.
const WITHOUT_CORS = { "/without-cors/": () => true, "/wasm-without-cors/": (path) => path.endsWith(".wasm") };

createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  const prefix = Object.keys(WITHOUT_CORS).find((prefix) => path.startsWith(prefix));
  if (prefix) path = path.slice(prefix.length - 1);
  const cors = !prefix || !WITHOUT_CORS[prefix](path);
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "content-security-policy": STRICT_CSP,
      // pkg-<hash>/ never changes under its name; everything else may change with any build.
      "cache-control": path.startsWith("/pkg-") ? "public, max-age=31536000, immutable" : "no-cache",
      ...(cors ? { "access-control-allow-origin": "*" } : {}),
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
