//! Half of the promise that lets the widget's Trusted Types policy pass markup on unchanged (see
//! README, Content-Security-Policy): the only HTML the widget inserts is what `view!` compiled.
//! Leptos inserts those string literals through the one `innerHTML` setter that
//! `scripts/build-wasm.mjs` routes through the policy; this test keeps the widget's own code
//! from reaching that setter, or any other way of turning a string into markup or script, with
//! text of its own. Runs natively (`cargo test`).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Every API (Rust name, or the JavaScript one behind a `wasm_bindgen` import) that turns a
/// string into HTML, script or a script URL.
const SINKS: &[&str] = &[
    "inner_html",
    "innerHTML",
    "outer_html",
    "outerHTML",
    "insert_adjacent_html",
    "insertAdjacentHTML",
    "set_html_unsafe",
    "parse_html_unsafe",
    "parse_from_string",
    "create_contextual_fragment",
    "srcdoc",
    "document.write",
    "document().write",
    "writeln",
    "js_sys::eval",
    "Function::new",
    "inline_js",
    "create_element(\"script\")",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_widget_never_turns_a_string_into_markup_or_script() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(
        files.len() > 20,
        "found only {} Rust files under src/",
        files.len()
    );
    let mut uses = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("a Rust file is UTF-8");
        for (number, line) in source.lines().enumerate() {
            for sink in SINKS.iter().filter(|sink| line.contains(**sink)) {
                uses.push(format!("{}:{}: {sink}", file.display(), number + 1));
            }
        }
    }
    assert!(
        uses.is_empty(),
        "the widget must insert text as text (README, Content-Security-Policy):\n{}",
        uses.join("\n")
    );
}
