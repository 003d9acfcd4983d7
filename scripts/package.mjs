// Writes the npm package of a built widget: target/package/ai-maturity-check-<version>.tgz
// (`./dev.sh package` builds first). Usage: node scripts/package.mjs [dist] [out]
//
// The tarball holds the built files a page loads (embed.js, pkg-<hash>/, widget.css,
// frame.html; not the demo pages), the TypeScript declarations (package/index.d.ts), a Custom
// Elements Manifest, the README, the LICENSE and a package.json whose version and licence come
// from Cargo.toml. The manifest is generated from the sources, so it cannot drift from them: the
// attributes are core::instance_config::OPTIONS, the events the names in core::host_messages,
// the CSS properties what widget.css reads, the parts what src/view writes; their descriptions
// come from the README's tables and their types from package/index.d.ts. Anything one of those
// has and another lacks stops the script with the reason. npm pack writes the tarball.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "ai-maturity-check";
const read = (path) => readFileSync(join(ROOT, path), "utf8");

function fail(message) {
  throw new Error(`scripts/package.mjs: ${message}`);
}

/** `name = "value"` from Cargo.toml's [package] table. */
export function cargoField(field) {
  const table = read("Cargo.toml").split(/^\[package\]$/m)[1]?.split(/^\[/m)[0] ?? "";
  const value = table.match(new RegExp(`^${field} = "([^"]*)"`, "m"))?.[1];
  if (value === undefined) fail(`Cargo.toml's [package] has no ${field}`);
  return value;
}

/** The rows of the first README table whose header row starts with `header`: arrays of cells. */
function readmeTable(readme, header) {
  const start = readme.split("\n").findIndex((line) => line.startsWith(`| ${header}`));
  if (start < 0) fail(`the README has no table headed "${header}"`);
  const rows = [];
  for (const line of readme.split("\n").slice(start + 2)) {
    if (!line.startsWith("|")) break;
    // Cells split on pipes that are not escaped (`\|` stands inside a cell).
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll("\\|", "|")));
  }
  return rows;
}

/** `code` spans stripped of their backticks, for plain-text descriptions. */
const plain = (cell) => cell.replaceAll("`", "");

/** The option names of core::instance_config::OPTIONS, in their order. */
export function optionNames() {
  const list = read("crates/core/src/instance_config.rs").match(/pub const OPTIONS: \[&str; \d+\] = \[([^\]]*)\]/)?.[1];
  if (!list) fail("crates/core/src/instance_config.rs has no OPTIONS list");
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

/** The event names core::host_messages dispatches. */
export function eventNames() {
  return [...new Set([...read("crates/core/src/host_messages.rs").matchAll(/"(aimc:[a-z-]+)"/g)].map((match) => match[1]))];
}

/** Every `--aimc-*` property widget.css reads, with the fallback it reads it with. */
export function cssProperties() {
  const css = read("style/widget.css") + read("style/widget-later.css");
  const found = new Map();
  for (const match of css.matchAll(/var\((--aimc-[a-z-]+)/g)) {
    // The fallback runs to the parenthesis that closes var( (fallbacks hold parentheses too).
    let depth = 1;
    let at = match.index + match[0].length;
    const from = at;
    while (depth > 0 && at < css.length) {
      if (css[at] === "(") depth += 1;
      if (css[at] === ")") depth -= 1;
      at += 1;
    }
    const fallback = css.slice(from, at - 1).replace(/^\s*,\s*/, "").trim();
    if (!found.has(match[1])) found.set(match[1], fallback || undefined);
  }
  return found;
}

/** Every shadow part name src/view writes (`part="a b"`), sorted. */
export function partNames() {
  const names = new Set();
  const view = join(ROOT, "src/view");
  for (const file of readdirSync(view, { recursive: true }).filter((name) => name.endsWith(".rs"))) {
    for (const match of readFileSync(join(view, file), "utf8").matchAll(/\bpart="([^"]+)"/g)) {
      for (const name of match[1].split(/\s+/)) names.add(name);
    }
  }
  return [...names].sort();
}

/** `name?: type;` members of one interface of package/index.d.ts, and the event map's types. */
function declaredTypes() {
  const types = read("package/index.d.ts");
  const body = (name) => types.split(`export interface ${name} {`)[1]?.split("\n}")[0] ?? fail(`index.d.ts has no ${name}`);
  const attributes = new Map(
    [...body("AiMaturityCheckAttributes").matchAll(/^ {2}"?([a-z-]+)"?\?: (.+);$/gm)].map((m) => [m[1], m[2]]),
  );
  const events = new Map(
    [...body("AiMaturityCheckEventMap").matchAll(/^ {2}"(aimc:[a-z-]+)": (.+);$/gm)].map((m) => [m[1], m[2]]),
  );
  return { attributes, events };
}

function sameNames(what, actual, expected) {
  const missing = expected.filter((name) => !actual.includes(name));
  const extra = actual.filter((name) => !expected.includes(name));
  if (missing.length || extra.length) {
    fail(`${what}: missing ${JSON.stringify(missing)}, not in the sources ${JSON.stringify(extra)}`);
  }
}

/** The Custom Elements Manifest (schema 2.1) of embed.js and <ai-maturity-check>. */
export function customElementsManifest() {
  const readme = read("README.md");
  const declared = declaredTypes();

  const options = optionNames();
  const optionRows = new Map(
    readmeTable(readme, "attribute (or JSON key").map(([name, meaning, fallback]) => [plain(name).replace(/^data-/, ""), { meaning, fallback }]),
  );
  sameNames("index.d.ts's AiMaturityCheckAttributes", [...declared.attributes.keys()], options);
  const attributes = options.map((name) => {
    const row = optionRows.get(name) ?? fail(`the README's Options table has no data-${name}`);
    return {
      name,
      description: `${plain(row.meaning)} (also \`data-${name}\`)`,
      type: { text: declared.attributes.get(name) },
      default: plain(row.fallback),
    };
  });

  const events = eventNames();
  const eventRows = new Map(readmeTable(readme, "event |").map(([name, when]) => [plain(name), when]));
  sameNames("index.d.ts's AiMaturityCheckEventMap", [...declared.events.keys()], events);
  const eventEntries = events.map((name) => ({
    name,
    type: { text: declared.events.get(name) },
    description: plain(eventRows.get(name) ?? fail(`the README's events table has no ${name}`)),
  }));

  const themeRows = new Map(readmeTable(readme, "property |").map(([name, what]) => [plain(name), what]));
  const cssEntries = [...cssProperties()].map(([name, fallback]) => {
    // A property documented outside the Theme table: the README's sentence that names it.
    const sentence = readme
      .replace(/\s+/g, " ")
      .split(/(?<=\.) /)
      .find((text) => text.includes(`\`${name}:`) || text.includes(`\`${name}\``));
    const description = themeRows.get(name) ?? sentence ?? fail(`the README does not document ${name}`);
    return { name, description: plain(description), ...(fallback ? { default: fallback } : {}) };
  });
  const unread = [...themeRows.keys()].filter((name) => !cssEntries.some((entry) => entry.name === name));
  if (unread.length) fail(`the README's Theme table names properties widget.css never reads: ${unread}`);

  const parts = partNames();
  const partRows = new Map(readmeTable(readme, "part |").map(([name, what]) => [plain(name), what]));
  sameNames("the README's parts table", [...partRows.keys()], parts);
  const cssParts = parts.map((name) => ({ name, description: plain(partRows.get(name)) }));

  const element = {
    kind: "class",
    name: "AiMaturityCheck",
    customElement: true,
    tagName: NAME,
    description:
      "The AI maturity check in its own (open) Shadow DOM: a self-assessment and ROI estimate that runs in the browser.",
    superclass: { name: "HTMLElement", package: "global:" },
    attributes,
    events: eventEntries,
    cssProperties: cssEntries,
    cssParts,
    members: [],
  };
  const mountFunction = (name, description) => ({
    kind: "function",
    name,
    description,
    parameters: [{ name: "element", type: { text: "HTMLElement" } }],
    return: { type: { text: "void" } },
  });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: "embed.js",
        declarations: [
          mountFunction("mount", "Starts an instance in the element (a mount point or the custom element)."),
          mountFunction("unmount", "Ends the instance in the element, if any."),
          element,
        ],
        exports: [
          { kind: "js", name: "mount", declaration: { name: "mount", module: "embed.js" } },
          { kind: "js", name: "unmount", declaration: { name: "unmount", module: "embed.js" } },
          { kind: "custom-element-definition", name: NAME, declaration: { name: "AiMaturityCheck", module: "embed.js" } },
        ],
      },
    ],
  };
}

/** The package's package.json for the built files in `dist` (`pkg` is its pkg-<hash> folder). */
export function packageJson(pkg) {
  return {
    name: NAME,
    version: cargoField("version"),
    description: cargoField("description"),
    license: cargoField("license"),
    type: "module",
    types: "./index.d.ts",
    exports: {
      ".": { types: "./index.d.ts", default: "./embed.js" },
      "./widget.css": "./widget.css",
      "./widget-later.css": "./widget-later.css",
      "./frame.html": "./frame.html",
      "./custom-elements.json": "./custom-elements.json",
      "./package.json": "./package.json",
    },
    customElements: "custom-elements.json",
    // embed.js defines the element and links the stylesheet when it is imported.
    sideEffects: true,
    files: ["embed.js", `${pkg}/`, "widget.css", "widget-later.css", "frame.html", "index.d.ts", "custom-elements.json"],
    keywords: ["web-component", "custom-element", "ai", "maturity", "roi", "webassembly"],
  };
}

/** Stages the package from `dist` and packs it into `out`; returns the tarball's path. */
export function writePackage(dist, out) {
  const pkgs = readdirSync(dist).filter((name) => /^pkg-[0-9a-f]+$/.test(name));
  if (pkgs.length !== 1) fail(`${dist} must hold exactly one pkg-<hash>/ folder, not ${pkgs.length}: build anew`);
  const stage = join(out, "stage");
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const name of ["embed.js", "widget.css", "widget-later.css", "frame.html", pkgs[0]]) {
    if (!existsSync(join(dist, name))) fail(`${dist} has no ${name}: build first (./dev.sh build)`);
    cpSync(join(dist, name), join(stage, name), { recursive: true });
  }
  for (const [from, to] of [["package/index.d.ts", "index.d.ts"], ["README.md", "README.md"], ["LICENSE", "LICENSE"]]) {
    cpSync(join(ROOT, from), join(stage, to));
  }
  writeFileSync(join(stage, "custom-elements.json"), `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
  const manifest = packageJson(pkgs[0]);
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const tarball = `${NAME}-${manifest.version}.tgz`;
  rmSync(join(out, tarball), { force: true });
  execFileSync("npm", ["pack", "--silent", "--pack-destination", resolve(out)], { cwd: stage, stdio: ["ignore", "ignore", "inherit"] });
  return join(out, tarball);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? join(ROOT, "dist"));
  const out = resolve(process.argv[3] ?? join(ROOT, "target/package"));
  console.log(relative(process.cwd(), writePackage(dist, out)));
}
