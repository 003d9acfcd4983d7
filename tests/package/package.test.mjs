// The npm package (scripts/package.mjs), packed from the built dist/ and installed into a
// temporary project with npm install: the tarball holds what its package.json names and nothing
// of the demo pages, its version and licence are Cargo.toml's, its Custom Elements Manifest lists
// what the sources define, and its TypeScript declarations are real: a host script using the
// element, every event's detail and mount/unmount type-checks, and one reading a detail field
// that does not exist fails naming it. Run by `./dev.sh test` after the build:
//   node --test tests/package/
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  cargoField,
  cssProperties,
  eventNames,
  optionNames,
  partNames,
  writePackage,
} from "../../scripts/package.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const tsc = join(root, "node_modules/.bin/tsc");
let project; // a host project with the package in node_modules
let installed; // node_modules/ai-maturity-check
let entries; // the tarball's file names
let manifest; // its package.json
let work;

before(() => {
  work = mkdtempSync(join(tmpdir(), "aimc-package-"));
  const tarball = writePackage(join(root, "dist"), work);
  assert.match(tarball, /ai-maturity-check-\d+\.\d+\.\d+\.tgz$/);
  entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  project = join(work, "host");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
  // As a person installs it (the package has no dependencies, so nothing is fetched).
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], {
    cwd: project,
    stdio: ["ignore", "ignore", "inherit"],
  });
  installed = join(project, "node_modules/ai-maturity-check");
  manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  for (const name of ["host.ts", "wrong-detail.ts"]) copyFileSync(join(here, name), join(project, name));
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Runs tsc on one file of the host project with tests/package/tsconfig.json's options. */
function typeCheck(file) {
  const { compilerOptions } = JSON.parse(readFileSync(join(here, "tsconfig.json"), "utf8"));
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [file] }));
  const run = spawnSync(tsc, ["-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("the tarball holds under package/ what its package.json names, and no demo page", () => {
  assert.ok(entries.every((entry) => entry.startsWith("package/")), entries.join("\n"));
  const files = entries.map((entry) => entry.slice("package/".length));
  const pkg = manifest.files.find((name) => /^pkg-[0-9a-f]+\/$/.test(name));
  assert.ok(pkg, `a pkg-<hash>/ folder in files: ${manifest.files}`);
  for (const name of manifest.files) {
    if (name.endsWith("/")) assert.ok(files.some((file) => file.startsWith(name)), `${name} in the tarball`);
    else assert.ok(files.includes(name), `${name} in the tarball`);
  }
  // The package's targets exist, and every part of the built widget is there.
  const targets = [manifest.types, manifest.customElements, ...Object.values(manifest.exports).flatMap((target) =>
    typeof target === "string" ? [target] : Object.values(target))];
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, "")), `${target} in the tarball`);
  for (const name of ["ai-maturity-check_bg.wasm", "split_result.wasm", "split_roi.wasm", "split_history.wasm"]) {
    assert.ok(files.includes(`${pkg}${name}`), `${pkg}${name}`);
  }
  assert.ok(files.includes("LICENSE") && files.includes("README.md"));
  assert.deepEqual(files.filter((file) => file.startsWith("demo") || file === "index.html"), []);
  // embed.js loads this very folder.
  assert.match(readFileSync(join(installed, "embed.js"), "utf8"), new RegExp(pkg.slice(0, -1)));
});

test("package.json: name, Cargo.toml's version and licence, an ES module with types and exports", () => {
  assert.equal(manifest.name, "ai-maturity-check");
  assert.equal(manifest.version, cargoField("version"));
  assert.equal(manifest.license, cargoField("license"));
  assert.equal(manifest.type, "module");
  assert.deepEqual(manifest.exports["."], { types: "./index.d.ts", default: "./embed.js" });
  for (const path of ["./widget.css", "./widget-later.css", "./frame.html", "./custom-elements.json"]) assert.ok(manifest.exports[path], path);
  assert.equal(manifest.customElements, "custom-elements.json");
  const license = readFileSync(join(installed, "LICENSE"), "utf8");
  assert.equal(cargoField("license"), "MIT");
  assert.match(license, /^MIT License\n/);
  assert.equal(license, readFileSync(join(root, "LICENSE"), "utf8"));
});

test("custom-elements.json lists the element's attributes, events, CSS properties and parts from the sources", () => {
  const elements = JSON.parse(readFileSync(join(installed, "custom-elements.json"), "utf8"));
  assert.match(elements.schemaVersion, /^2\./);
  const [module] = elements.modules;
  assert.equal(module.path, "embed.js");
  const element = module.declarations.find((declaration) => declaration.customElement);
  assert.equal(element.tagName, "ai-maturity-check");
  assert.deepEqual(element.attributes.map((attribute) => attribute.name), optionNames());
  assert.deepEqual(optionNames(), ["instance", "lang", "currency", "storage", "parts", "start", "theme", "target-origin"]);
  assert.deepEqual(element.events.map((event) => event.name), eventNames());
  assert.deepEqual(element.cssProperties.map((property) => property.name), [...cssProperties().keys()]);
  assert.deepEqual(element.cssParts.map((part) => part.name), partNames());
  for (const entry of [...element.attributes, ...element.events, ...element.cssProperties, ...element.cssParts]) {
    assert.ok(entry.description, `${entry.name} is described`);
  }
  assert.deepEqual(module.exports.map((entry) => entry.name), ["mount", "unmount", "ai-maturity-check"]);
});

test("a host script using the element, every event's detail and mount/unmount type-checks", () => {
  assert.ok(existsSync(tsc), "TypeScript is installed (npm ci)");
  const { status, output } = typeCheck("host.ts");
  assert.equal(status, 0, output);
});

test("reading a field an event's detail does not have fails the type check, naming the field", () => {
  const { status, output } = typeCheck("wrong-detail.ts");
  assert.notEqual(status, 0);
  assert.match(output, /wrong-detail\.ts.*error TS2339: Property 'maturity_level' does not exist/);
});
