// What each WebAssembly part is made of, by crate: twiggy's list of every item of the
// unoptimised split modules that keep their names (target/widget-split/split/, written by the
// release build before wasm-bindgen and wasm-opt), summed by the crate each item comes from
// (tachys, reactive_graph, serde_json, core, alloc, ...; the widget's own code by module, such as
// ai_maturity_check::view::result_body), plus data segments and wasm's own bookkeeping.
//
// The sizes are before wasm-opt -Oz, so they are larger than what is shipped; they tell which
// crate or module to look at, not the bytes on the wire. The custom sections (function names,
// wasm-bindgen's own) and wasm-bindgen's describe functions, all gone from the shipped modules,
// are listed apart and left out of each part's total. Used by scripts/bench.mjs; not by `./dev.sh test` or `build`,
// which must not need twiggy.
//
// Usage: node scripts/size-breakdown.mjs [SPLIT_DIR] [--top N]   (default target/widget-split/split, 15)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SPLIT_DIR = join(ROOT, "target/widget-split/split");
/** The app's crates, summed by module rather than as one crate. */
const OWN_CRATES = new Set(["ai_maturity_check", "aimc_core"]);
/** Groups that are not in the shipped module, so not in a part's total. */
export const NOT_SHIPPED = new Set(["(custom sections: names, wasm-bindgen's, producers)", "(wasm-bindgen describe functions)"]);

/** twiggy on PATH or in ~/.cargo/bin, or null. */
export function findTwiggy() {
  for (const candidate of ["twiggy", join(homedir(), ".cargo/bin/twiggy")]) {
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Splits one CSV line of twiggy's output (quoted fields with "" for a quote). */
function csvFields(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** `a::<b as c::D>::e` split at the top-level `::` (not inside `<...>`, `(...)` or `[...]`). */
function pathSegments(path) {
  const segments = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < path.length; index += 1) {
    const char = path[index];
    if ("<([".includes(char)) depth += 1;
    else if (">)]".includes(char) && !(char === ">" && path[index - 1] === "-")) depth -= 1;
    else if (depth === 0 && path.startsWith("::", index)) {
      segments.push(path.slice(start, index));
      start = index + 2;
      index += 1;
    }
  }
  segments.push(path.slice(start));
  return segments;
}

/** A legacy-mangled `_ZN...E` symbol twiggy left as it is, as `a::b::c`. */
function demangleLegacy(symbol) {
  const parts = [];
  let at = 3;
  while (at < symbol.length && symbol[at] !== "E") {
    const digits = /^\d+/.exec(symbol.slice(at))?.[0];
    if (!digits) break;
    at += digits.length;
    parts.push(symbol.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  return parts.join("::");
}

/** Where ` as ` stands outside any `<...>` in `text`, or -1. */
function topLevelAs(text) {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if ("<([".includes(char)) depth += 1;
    else if (">)]".includes(char) && !(char === ">" && text[index - 1] === "-")) depth -= 1;
    else if (depth === 0 && text.startsWith(" as ", index)) return index;
  }
  return -1;
}

const PRIMITIVE = /^(&|\*const |\*mut |mut |dyn )*(bool|char|str|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|\[.*\]|\(.*\))$/;

/** The crate (or, for the app, crate::module::module) a demangled item path belongs to; null if none. */
function crateOfPath(path) {
  const clean = path.replace(/\[[0-9a-f]{16}\]/g, "").replace(/::h[0-9a-f]{16}$/, "");
  const segments = pathSegments(clean);
  const first = segments[0];
  if (first.startsWith("<") && first.endsWith(">")) {
    // `<Type as Trait>::item` or `<Type>::item`: the type's crate, or the trait's for a generic
    // or primitive type.
    const inner = first.slice(1, -1);
    const asAt = topLevelAs(inner);
    const [type, trait] = asAt < 0 ? [inner, null] : [inner.slice(0, asAt), inner.slice(asAt + 4)];
    const bare = type.replace(/^(&|\*const |\*mut |mut |dyn )+/, "");
    if (pathSegments(bare).length > 1) return crateOfPath(bare);
    if (trait) return crateOfPath(trait);
    return PRIMITIVE.test(type) ? "core" : null;
  }
  if (segments.length < 2) return null;
  const crate = first.replace(/^_<|^<|^&/, "");
  if (!/^[a-z_][a-z0-9_]*$/.test(crate)) return null;
  if (!OWN_CRATES.has(crate)) return crate;
  // The app's own code: up to two modules below the crate (the item itself is left out).
  const modules = segments.slice(1, -1).filter((segment) => /^[a-z_][a-z0-9_]*$/.test(segment) && segment !== "_").slice(0, 2);
  return [crate, ...modules].join("::");
}

/** The group one of twiggy's items is summed into. */
export function groupOf(name) {
  if (/names" subsection$/.test(name) || /^custom section '.*'$/.test(name)) return "(custom sections: names, wasm-bindgen's, producers)";
  if (/ section headers$/.test(name)) return "(section headers)";
  if (name.startsWith("data segment")) return "(data segments)";
  if (/__wbindgen_describe/.test(name)) return "(wasm-bindgen describe functions)";
  if (/ indirect_call_shim$/.test(name) || name.startsWith("__wasm_split_")) return "(wasm-split's links between the parts)";
  if (/^[a-z0-9_]+_[0-9a-f]{16}$/.test(name)) return "(functions exported to JavaScript)";
  if (/^export "/.test(name)) return "(exports)";
  if (/^import /.test(name)) return "(imports)";
  if (/^type\[\d+\]/.test(name)) return "(types)";
  if (/^(elem|table|global|memory)\[\d+\]/.test(name)) return "(tables, globals, memory)";
  if (/^code\[\d+\]$/.test(name)) return "(functions without a name)";
  if (/subsection|section/.test(name) && !name.includes("::")) return "(other sections)";
  const path = name.startsWith("_ZN") ? demangleLegacy(name) : name;
  return crateOfPath(path) ?? "(other)";
}

/** One module's items summed by group, largest first. */
export function breakdownOfModule(twiggy, file) {
  const csv = execFileSync(twiggy, ["top", "-n", "100000", "--format", "csv", file], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "ignore"], // twiggy warns about name subsections it does not know
  });
  const groups = new Map();
  let items = 0;
  for (const line of csv.split("\n").slice(1)) {
    if (!line) continue;
    const [name, shallow] = csvFields(line);
    const bytes = Number(shallow);
    if (!Number.isFinite(bytes)) continue;
    const group = groupOf(name);
    const entry = groups.get(group) ?? { group, bytes: 0, items: 0 };
    entry.bytes += bytes;
    entry.items += 1;
    groups.set(group, entry);
    items += 1;
  }
  const all = [...groups.values()].sort((a, b) => b.bytes - a.bytes);
  const shipped = all.filter((entry) => !NOT_SHIPPED.has(entry.group));
  const total = shipped.reduce((sum, entry) => sum + entry.bytes, 0);
  return {
    items,
    total_bytes: total,
    groups: shipped.map((entry) => ({ ...entry, percent: (entry.bytes / total) * 100 })),
    not_shipped: all.filter((entry) => NOT_SHIPPED.has(entry.group)),
  };
}

/** Every part in `dir` (each .wasm), broken down; throws when the folder has none. */
export function breakdownOfParts(twiggy, dir = SPLIT_DIR) {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the release first (trunk build --release)`);
  const parts = readdirSync(dir).filter((name) => name.endsWith(".wasm")).sort();
  if (parts.length === 0) throw new Error(`${dir} has no .wasm`);
  return Object.fromEntries(parts.map((name) => [name, breakdownOfModule(twiggy, join(dir, name))]));
}

/** Prints the top `top` groups of every part. */
export function printBreakdown(parts, top) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const [name, part] of Object.entries(parts)) {
    console.log(`\n${name}: ${kib(part.total_bytes)} unoptimised in ${part.items} items (custom sections and describe functions left out)`);
    for (const entry of part.groups.slice(0, top)) {
      console.log(`  ${entry.group.padEnd(52)} ${kib(entry.bytes).padStart(10)} ${entry.percent.toFixed(1).padStart(5)} %  ${String(entry.items).padStart(5)} items`);
    }
    const rest = part.groups.slice(top);
    if (rest.length > 0) {
      const bytes = rest.reduce((sum, entry) => sum + entry.bytes, 0);
      console.log(`  ${`${rest.length} more groups`.padEnd(52)} ${kib(bytes).padStart(10)} ${((bytes / part.total_bytes) * 100).toFixed(1).padStart(5)} %`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 15;
  const twiggy = findTwiggy();
  if (!twiggy) throw new Error("twiggy is not installed: cargo install --locked twiggy (./dev.sh bench installs it)");
  printBreakdown(breakdownOfParts(twiggy, args[0] ? resolve(args[0]) : SPLIT_DIR), top);
}
