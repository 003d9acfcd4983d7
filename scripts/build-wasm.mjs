// Trunk post-build hook: builds the widget's WebAssembly in parts and writes embed.js, the one
// file a host page includes.
//
// Trunk cannot split a module, so this hook does what its Rust pipeline did, plus the split:
//   1. cargo build --release --features split, keeping the linker's relocations;
//   2. wasm-split-cli cuts out the chunks: each language's first texts, the later screens' three
//      (src/view/first/later_screens.rs) and the ones they share, each fetched when first needed;
//   3. wasm-bindgen writes the JavaScript glue for the main module, whose one HTML setter this
//      script routes through the Trusted Types policy `ai-maturity-check`; the module's imports
//      from the glue get short names, in both (withShortImportNames);
//   4. wasm-opt shrinks every module (the npm binaryen on PATH, never Debian's: see README), and
//      the main module loses the element segments that only fill the chunks' table slots with
//      nulls (withoutNullElements);
//   5. the WebAssembly goes into pkg-<hash>/, so a new build never mixes with cached old parts;
//   6. embed.js, one ES module bundled and minified by esbuild from the glue, wasm-split's loader
//      and the loader below, fetches the main module (streaming compile) and what the page will
//      most likely draw first (scripts/embed-hints.js), starts the module, and runs
//      scripts/embed-runtime.js. There is no inline script, so pages run under a strict
//      Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval');
//   7. esbuild minifies the stylesheets (widget.css, and widget-later.css for the later screens).
// AIMC_FEATURES adds cargo features (the benchmark's `bench-10x`); AIMC_KEEP_NAMES=1 keeps the
// function names, for profiling.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, transform } from "esbuild";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const NAME = "ai-maturity-check";
// The WebAssembly features rustc emits for wasm32-unknown-unknown by default (its `generic` CPU,
// listed by `rustc --print cfg --target wasm32-unknown-unknown`; bulk-memory-opt is wasm-opt's
// name for the memory.copy/fill half of bulk-memory). wasm-opt must be told each one
// the input uses, or it rejects the module; it is told no more, so it never introduces an
// instruction (SIMD, GC, exceptions, ...) a browser that runs the compiler's output might lack.
const WASM_FEATURES = [
  "--enable-bulk-memory", "--enable-bulk-memory-opt", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
];

// wasm-opt's passes. Flattening and re-looping before two size passes, at -Os rather than -Oz,
// leaves the smallest module once brotli has compressed it: measured on the main module, 1.0 KiB
// less than -Oz alone (-Oz --converge: 0.3 KiB less; -Os: 0.2 KiB less).
const OPTIMISATIONS = ["--flatten", "--rereloop", "-Os", "-Os"];

function run(command, args, env = {}) {
  execFileSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

const keepNames = process.env.AIMC_KEEP_NAMES === "1";
const features = ["split", ...(process.env.AIMC_FEATURES ?? "").split(",").filter(Boolean)];
run("cargo", [
  "build", "--release", "--target", "wasm32-unknown-unknown", "--bin", NAME,
  "--features", features.join(","),
  // wasm-split reads the symbols and relocations; wasm-bindgen and wasm-opt drop them later.
  "--config", "profile.release.strip=false",
], {
  // Leptos's `erase_components` builds every component's and element's children as a list of
  // type-erased views instead of nested tuples: one copy of the code that builds, updates and
  // removes them instead of one per shape of view. Measured on the later screens' chunks: 47 KiB
  // (brotli) less in all, 19 KiB less for the ROI estimate's path; the main part grows by 1 KiB.
  // (Setting RUSTFLAGS replaces .cargo/config.toml's, which says the same for other builds.)
  RUSTFLAGS: "-C link-arg=--emit-relocs --cfg erase_components",
});

const work = join(root, "target", "widget-split");
const split = join(work, "split");
const bound = join(work, "bound");
rmSync(work, { recursive: true, force: true });
mkdirSync(bound, { recursive: true });
run("wasm-split-cli", [join(root, "target/wasm32-unknown-unknown/release", `${NAME}.wasm`), split, "--out-name", NAME]);
// --keep-lld-exports keeps the function table export the chunk links against.
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--keep-lld-exports", ...(keepNames ? ["--keep-debug"] : []),
  "--out-dir", bound, "--out-name", NAME, join(split, `${NAME}.wasm`),
]);

const outputs = new Map(); // file name -> contents
function optimise(from, name) {
  const to = join(work, name);
  const names = keepNames ? ["--debuginfo"] : ["--strip-debug", "--strip-producers"];
  run("wasm-opt", [...OPTIMISATIONS, ...names, ...WASM_FEATURES, from, "-o", to]);
  outputs.set(name, readFileSync(to));
}
// Trusted Types: a page that sends `require-trusted-types-for 'script'` accepts markup only from a
// policy. Leptos (tachys) inserts the static parts of every `view!` as HTML through a <template>'s
// innerHTML, and wasm-bindgen's glue has one import that does that assignment for the whole
// module (main part and chunks). Only compile-time markup reaches it: tachys passes the string
// literals `view!` compiled, and the widget never sets HTML itself (tests/html_sinks.rs). So the
// glue creates the policy `ai-maturity-check`, which passes that markup on unchanged, and the one
// setter goes through it. The build fails when the glue's HTML setters or other Trusted Types
// sinks are not exactly the ones expected, so a new wasm-bindgen or Leptos cannot undo this.
const POLICY = "ai-maturity-check";
const TRUSTED_HTML = `// Added by scripts/build-wasm.mjs: markup compiled into the widget, passed through the Trusted
// Types policy "${POLICY}" where the browser has Trusted Types.
let aimcTrustedHtml = (html) => html;
if (globalThis.trustedTypes) {
  let policy;
  try {
    policy = trustedTypes.createPolicy("${POLICY}", { createHTML: (html) => html });
  } catch (error) {
    throw new Error("${POLICY}: the page's Content-Security-Policy does not allow the Trusted Types policy ${POLICY}, so the widget does not start: add trusted-types ${POLICY} to its trusted-types directive (if it is there, embed.js is on the page twice: include it once, or allow 'allow-duplicates')", { cause: error });
  }
  aimcTrustedHtml = (html) => policy.createHTML(html);
}
`;
const HTML_SETTER = /^( +)arg0\.innerHTML = getStringFromWasm0\(arg1, arg2\);$/gm;
// Every way the glue could turn a string into markup, script or a script URL (a setter or a call).
const OTHER_SINKS =
  /\.(innerHTML|outerHTML|srcdoc|src|text)\s*=(?!=)|\b(insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe|parseFromString|createContextualFragment|eval|importScripts)\s*\(|\.(write|writeln)\s*\(|\bnew Function\b/g;

/** wasm-bindgen's glue with its one innerHTML setter going through the policy; throws when the glue differs. */
function withTrustedHtml(glue) {
  const setters = glue.match(HTML_SETTER) ?? [];
  const trusted = glue.replace(HTML_SETTER, "$1arg0.innerHTML = aimcTrustedHtml(getStringFromWasm0(arg1, arg2));");
  const others = trusted.replace(".innerHTML = aimcTrustedHtml(", "").match(OTHER_SINKS) ?? [];
  if (setters.length !== 1 || others.length > 0) {
    throw new Error(
      `wasm-bindgen's glue was expected to set innerHTML exactly once, as \`arg0.innerHTML = getStringFromWasm0(arg1, arg2);\`, ` +
        `and to have no other Trusted Types sink; it has ${setters.length} such setter(s) and ${JSON.stringify(others)}. ` +
        "Update withTrustedHtml in scripts/build-wasm.mjs (and the README's Content-Security-Policy section).",
    );
  }
  return TRUSTED_HTML + trusted;
}

/** `script` (wasm-split's loader, or embed.js), after checking that it has no Trusted Types sink. */
function withoutSinks(script, what) {
  const sinks = script.match(OTHER_SINKS) ?? [];
  if (sinks.length > 0) throw new Error(`${what} has Trusted Types sinks ${JSON.stringify(sinks)}: see withTrustedHtml in scripts/build-wasm.mjs`);
  return script;
}

/** Reads a WebAssembly binary from `at` on: LEB128 numbers and names. */
class WasmReader {
  constructor(bytes, at) {
    this.bytes = bytes;
    this.at = at;
  }

  uleb() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.bytes[this.at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }

  name() {
    const length = this.uleb();
    this.at += length;
    return this.bytes.subarray(this.at - length, this.at).toString("utf8");
  }

  /** The bytes from `from` up to where the reader is. */
  since(from) {
    return this.bytes.subarray(from, this.at);
  }
}

/** `value` as an unsigned LEB128 number. */
function uleb(value) {
  const bytes = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return Buffer.from(bytes);
}

/** `string` as a WebAssembly name: its length in bytes, then its UTF-8. */
function wasmName(string) {
  return Buffer.concat([uleb(Buffer.byteLength(string)), Buffer.from(string)]);
}

/**
 * `module` with the body of its section `id` replaced by what `rewrite` returns, given a reader at
 * the body's start (which it must read to the end); null when the module has no such section.
 */
function withSection(module, id, rewrite) {
  const reader = new WasmReader(module, 8);
  while (reader.at < module.length) {
    const sectionId = module[reader.at++];
    const sizeStart = reader.at;
    const end = reader.uleb() + reader.at;
    if (sectionId !== id) {
      reader.at = end;
      continue;
    }
    const body = rewrite(reader);
    if (reader.at !== end) throw new Error(`section ${id}'s size`);
    return Buffer.concat([module.subarray(0, sizeStart), uleb(body.length), body, module.subarray(end)]);
  }
  return null;
}

// wasm-split-cli gives the main module, for each chunk's range of the function table, an active
// element segment that fills it with nulls: slots a table has from the start, so the segments
// change nothing but cost the first question's download about 100 bytes (brotli). They are
// taken out; the table keeps its size (the chunks fill their ranges when they arrive). The
// widget's code has no table.init or elem.drop, the only instructions that name a segment.
/** `module` without its active element segments whose every item is a null reference; unchanged when its element section has a shape this does not read. */
function withoutNullElements(module) {
  try {
    const rewritten = withSection(module, 9, (reader) => {
      /** Skips a constant expression; whether it is exactly `ref.null`; throws on another instruction. */
      const expression = () => {
        let onlyNull = true;
        let count = 0;
        for (;;) {
          const opcode = module[reader.at++];
          if (opcode === 0x0b) return onlyNull && count === 1;
          count += 1;
          if (opcode === 0xd0) reader.uleb(); // ref.null heap type (a one-byte type or a small index)
          else if (opcode === 0x41 || opcode === 0x42 || opcode === 0x23 || opcode === 0xd2) { reader.uleb(); onlyNull = false; }
          else throw new Error(`opcode ${opcode}`);
        }
      };
      const count = reader.uleb();
      const kept = [];
      for (let index = 0; index < count; index += 1) {
        const from = reader.at;
        const flags = reader.uleb();
        if (flags === 2 || flags === 6) reader.uleb(); // table index
        if (flags === 0 || flags === 2 || flags === 4 || flags === 6) expression(); // offset
        if (flags === 1 || flags === 2 || flags === 3 || flags === 5 || flags === 6 || flags === 7) reader.at += 1; // element kind or reference type
        const items = reader.uleb();
        let allNull = true;
        for (let item = 0; item < items; item += 1) {
          if (flags < 4) { reader.uleb(); allNull = false; }
          else if (!expression()) allNull = false;
        }
        if (flags > 7) throw new Error(`segment flags ${flags}`);
        if (!((flags === 4 || flags === 6) && allNull)) kept.push(reader.since(from));
      }
      return Buffer.concat([uleb(kept.length), ...kept]);
    });
    return rewritten ?? module;
  } catch (error) {
    console.warn(`build-wasm.mjs: the main module's element section left as it is (${error.message})`);
    return module;
  }
}

// wasm-bindgen names each import of the glue after its function and a hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`), and the module and the glue both spell every name out:
// about 9 KB of mostly hexadecimal in each, which brotli cannot shrink much, on the first
// question's download. The module's imports from the glue are renamed to short names (`a`, `b`,
// ..., `aa`, ...) and so are the keys of the glue's import object; the build fails when a name is
// not found exactly once there, so a new wasm-bindgen cannot leave a function unconnected.
const GLUE_MODULE = `./${NAME}_bg.js`;
/** The glue's module name in the module, and its key in the glue's import object. */
const SHORT_GLUE_MODULE = "a";

/** The `index`th short name: a, b, ..., z, A, ..., Z, aa, ab, ... (a key of an object literal). */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let rest = index;
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return name;
}

/** `module` with its imports from the glue renamed to short names, and the names: old to new. */
function withShortImportNames(module) {
  const renamed = new Map();
  const rewritten = withSection(module, 2, (reader) => {
    const limits = () => {
      const flags = reader.uleb();
      reader.uleb();
      if (flags & 1) reader.uleb();
    };
    const count = reader.uleb();
    const parts = [uleb(count)];
    for (let index = 0; index < count; index += 1) {
      const [from, field] = [reader.name(), reader.name()];
      const description = reader.at;
      const kind = module[reader.at++];
      if (kind === 0) reader.uleb(); // a function: its type
      else if (kind === 1) { reader.at += 1; limits(); } // a table: its reference type and limits
      else if (kind === 2) limits(); // a memory
      else if (kind === 3) reader.at += 2; // a global: its value type (a number type) and mutability
      else throw new Error(`import kind ${kind}`);
      if (from === GLUE_MODULE) {
        const short = shortName(renamed.size);
        renamed.set(field, short);
        parts.push(wasmName(SHORT_GLUE_MODULE), wasmName(short));
      } else {
        parts.push(wasmName(from), wasmName(field));
      }
      parts.push(reader.since(description));
    }
    return Buffer.concat(parts);
  });
  if (!rewritten) throw new Error("the main module has no import section");
  return { module: rewritten, renamed };
}

/** The glue with the import object's keys and module renamed as in `renamed`; throws when one is not found once. */
function glueWithShortImportNames(glue, renamed) {
  let renamedGlue = glue;
  for (const [long, short] of renamed) {
    const key = new RegExp(`^(\\s+)${long}:`, "gm");
    const found = renamedGlue.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`wasm-bindgen's glue has the import ${long} ${found} times as a key, not once: see withShortImportNames in scripts/build-wasm.mjs`);
    renamedGlue = renamedGlue.replace(key, `$1${short}:`);
  }
  const moduleKey = `"${GLUE_MODULE}": import0,`;
  if (renamedGlue.split(moduleKey).length !== 2) throw new Error(`wasm-bindgen's glue does not name its import object \`${moduleKey}\` once`);
  return renamedGlue.replace(moduleKey, `${SHORT_GLUE_MODULE}: import0,`);
}

// Leptos depends on server_fn with its `browser` feature whatever an app uses, which brings
// wasm-streams: its three classes (a Rust stream as a ReadableStream's source, a WritableStream's
// sink) are exports of the module, kept with all the code they reach, and classes of the glue.
// The widget never makes one (the glue has no import that would hand one to JavaScript, which the
// build checks), so both go: about 1.2 KB of the first question's download (brotli) in the
// module and 0.4 KB in embed.js. wasm-opt then drops the code only they reached.
const STREAM_EXPORTS = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const STREAM_CLASS = /^export class (IntoUnderlying(?:ByteSource|Sink|Source)) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm;
const STREAM_FINALIZATION = /^const IntoUnderlying(?:ByteSource|Sink|Source)Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*\n/gm;

/** `module` without the exports whose names match `unused`. */
function withoutExports(module, unused) {
  const rewritten = withSection(module, 7, (reader) => {
    const count = reader.uleb();
    const kept = [];
    for (let index = 0; index < count; index += 1) {
      const from = reader.at;
      const name = reader.name();
      reader.at += 1; // its kind
      reader.uleb(); // its index
      if (!unused.test(name)) kept.push(reader.since(from));
    }
    return Buffer.concat([uleb(kept.length), ...kept]);
  });
  if (!rewritten) throw new Error("the main module has no export section");
  return rewritten;
}

/** The glue without wasm-streams' classes; throws when they are not exactly the three expected, or one is ever handed to JavaScript. */
function glueWithoutStreamClasses(glue) {
  const classes = glue.match(STREAM_CLASS)?.length ?? 0;
  const finalizations = glue.match(STREAM_FINALIZATION)?.length ?? 0;
  const without = glue.replace(STREAM_CLASS, "").replace(STREAM_FINALIZATION, "");
  if (classes !== 3 || finalizations !== 3 || /intounderlying/i.test(without)) {
    throw new Error(
      `wasm-bindgen's glue was expected to have wasm-streams' three classes, unused; it has ${classes} class(es) and ` +
        `${finalizations} finalization registr(ies) in the shape expected, and still names them after their removal: ` +
        "see glueWithoutStreamClasses in scripts/build-wasm.mjs",
    );
  }
  return without;
}

const shortImports = withShortImportNames(
  withoutExports(readFileSync(join(bound, `${NAME}_bg.wasm`)), STREAM_EXPORTS),
);
writeFileSync(join(bound, `${NAME}_bg.wasm`), shortImports.module);
optimise(join(bound, `${NAME}_bg.wasm`), `${NAME}_bg.wasm`);
{
  const main = withoutNullElements(outputs.get(`${NAME}_bg.wasm`));
  new WebAssembly.Module(main); // fails the build if the module is no longer valid
  outputs.set(`${NAME}_bg.wasm`, main);
}
// The glue and wasm-split's loader are bundled into embed.js (below), not files of their own.
const glue = withTrustedHtml(
  glueWithoutStreamClasses(
    glueWithShortImportNames(readFileSync(join(bound, `${NAME}.js`), "utf8"), shortImports.renamed),
  ),
);
let splitLoader;
for (const name of readdirSync(split)) {
  if (name === `${NAME}.wasm`) continue;
  if (name.endsWith(".wasm")) optimise(join(split, name), name);
  else if (name === "__wasm_split.js") splitLoader = withoutSinks(readFileSync(join(split, name), "utf8"), "wasm-split-cli's loader");
  else outputs.set(name, readFileSync(join(split, name)));
}
if (![...outputs.keys()].some((name) => name.startsWith("split_")) || !splitLoader) {
  throw new Error("wasm-split-cli made no chunk: is the `split` feature's split point still there?");
}

/** `source` minified by esbuild: JavaScript (an ES module) or CSS. */
async function minify(source, loader) {
  return (await transform(source, { loader, minify: true, format: loader === "js" ? "esm" : undefined })).code;
}

const hash = createHash("sha256").update(glue).update(splitLoader);
for (const name of [...outputs.keys()].sort()) hash.update(name).update(outputs.get(name));
const pkg = `pkg-${hash.digest("hex").slice(0, 12)}`;
mkdirSync(join(staging, pkg));
for (const [name, contents] of outputs) writeFileSync(join(staging, pkg, name), contents);

const textLanguages = [...outputs.keys()]
  .map((name) => name.match(/^split_texts_([a-z]+)\.wasm$/)?.[1])
  .filter(Boolean);
/**
 * The files wasm-split's loader fetches for split module `name`: its own and the shared chunks it
 * waits for, read from the loader (a build fails rather than guess when its shape changes).
 */
function filesOfSplit(name) {
  const load = new RegExp(`export const __wasm_split_load_${name} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([\\w.]+)"[\\s\\S]*?\\n, \\[([\\w, ]*)\\]\\)\\);`).exec(splitLoader);
  if (!load) throw new Error(`wasm-split-cli's loader has no load function for ${name} in the shape build-wasm.mjs reads`);
  const chunks = load[2].split(",").map((dep) => dep.trim()).filter(Boolean).map((dep) => {
    const file = new RegExp(`const ${dep} = makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([\\w.]+)"`).exec(splitLoader)?.[1];
    if (!file) throw new Error(`wasm-split-cli's loader: no file for ${dep}`);
    return file;
  });
  return [load[1], ...chunks];
}
const roiFiles = filesOfSplit("roi");

const loader = `// Written by scripts/build-wasm.mjs: fetches the WebAssembly, starts it with its glue (bundled
// in), then runs scripts/embed-runtime.js.
import * as bindings from "aimc:glue";
const pkg = new URL("./${pkg}/", import.meta.url);
const wasm = fetch(new URL("${NAME}_bg.wasm", pkg));
const textLanguages = ${JSON.stringify(textLanguages)};
const roiFiles = ${JSON.stringify(roiFiles)};
${readFileSync(join(root, "scripts/embed-hints.js"), "utf8")}
await bindings.default({ module_or_path: wasm });
`;
const runtime = readFileSync(join(root, "scripts/embed-runtime.js"), "utf8");
// One file, so a page that includes embed.js waits for no second round trip before the
// WebAssembly starts, and pays for one response instead of three. wasm-split's loader finds the
// chunks next to itself (`new URL("./split_….wasm", import.meta.url)`); in embed.js that is the
// pkg-<hash>/ folder.
const splitLoaderInEmbed = splitLoader.replaceAll('new URL("./', `new URL("./${pkg}/`);
const parts = { [`${NAME}.js`]: glue, "__wasm_split.js": splitLoaderInEmbed };
const bundled = await build({
  stdin: { contents: withoutSinks(`${loader}\n${runtime}`, "embed.js"), loader: "js", sourcefile: "embed.js" },
  bundle: true,
  write: false,
  format: "esm",
  minify: true,
  plugins: [{
    name: "aimc-parts",
    setup(builder) {
      builder.onResolve({ filter: /^(aimc:glue|\.\/[\w-]+\.js)$/ }, ({ path }) => {
        const name = path === "aimc:glue" ? `${NAME}.js` : path.slice(2);
        if (!(name in parts)) throw new Error(`embed.js: no part ${path}`);
        return { path: name, namespace: "aimc" };
      });
      builder.onLoad({ filter: /.*/, namespace: "aimc" }, ({ path }) => ({ contents: parts[path], loader: "js" }));
    },
  }],
});
writeFileSync(join(staging, "embed.js"), bundled.outputFiles[0].contents);
for (const name of ["widget.css", "widget-later.css"]) {
  const stylesheet = join(staging, name);
  writeFileSync(stylesheet, await minify(readFileSync(stylesheet, "utf8"), "css"));
}

// Every page of ours that loads embed.js also asks for the main module, so the browser fetches
// both at once instead of one after the other. The placeholder that turned
// Trunk's own Rust build off (see index.html) has no use in the page.
for (const name of readdirSync(staging, { recursive: true }).filter((name) => name.endsWith(".html"))) {
  const page = join(staging, name);
  const html = readFileSync(page, "utf8")
    .replace(/<link[^>]*\bdata-trunk-skip\b[^>]*>/, "")
    .replace(/<script[^>]*\bsrc=["']?([^"' >]*)embed\.js["']?[^>]*><\/script>/, (tag, base) =>
      tag +
      `<link rel="preload" href="${base}${pkg}/${NAME}_bg.wasm" as="fetch" type="application/wasm" crossorigin>`);
  writeFileSync(page, html);
}
