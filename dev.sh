#!/usr/bin/env bash
# The project's one entry point. Each command installs what it needs and skips what is there.
#
#   ./dev.sh serve   build the release widget and serve the demo page on http://127.0.0.1:8080
#   ./dev.sh test    run every test: native, browser (wasm-bindgen-test), package and end-to-end
#   ./dev.sh build   build the release widget into dist/ and print its sizes
#   ./dev.sh bench   build, then measure load time, interaction, memory, scale and sizes against budgets
#   ./dev.sh package build, then write the npm package target/package/ai-maturity-check-<version>.tgz
set -euo pipefail
cd "$(dirname "$0")"

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
TWIGGY_VERSION=0.8.0
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$PWD/node_modules/.bin:$CARGO_HOME/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf '\n== %s\n' "$*"; }

# The wasm-bindgen version Cargo.lock resolved; wasm-bindgen-cli must match it exactly.
wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
}

# ensure_cargo_tool CRATE BINARY VERSION
ensure_cargo_tool() {
  local crate=$1 binary=$2 version=$3
  if "$binary" --version 2>/dev/null | grep -qw "$version"; then return; fi
  log "installing $crate $version (once; takes minutes)"
  # --locked first; fall back to fresh resolution when a locked dependency is not served.
  cargo install --locked "$crate" --version "$version" || cargo install "$crate" --version "$version"
}

# wasm-split-cli cuts the later screens out of the main module (see scripts/build-wasm.mjs). It has
# no --version, so cargo's record of installed crates tells whether this version is there.
ensure_wasm_split() {
  if command -v wasm-split-cli >/dev/null &&
    grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$CARGO_HOME/.crates.toml" 2>/dev/null; then
    return
  fi
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (once; about a minute)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
}

ensure_npm_packages() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages"
    npm ci --no-audit --no-fund
  fi
}

# Chromium and its driver for the browser and end-to-end tests; pdftotext (poppler-utils) reads
# the PDF the print test makes.
ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null; then return; fi
  log "installing Chromium, ChromeDriver and poppler-utils"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils
}

ensure_build_tools() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  ensure_wasm_target
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION"
  ensure_cargo_tool wasm-bindgen-cli wasm-bindgen "$(wasm_bindgen_version)"
  ensure_wasm_split
  ensure_npm_packages # brings wasm-opt (npm binaryen), which must shadow any Debian one
}

build_release() {
  log "building the release widget"
  trunk build --release
}

print_sizes() {
  node scripts/report-size.mjs dist
}

case "${1:-}" in
  serve)
    ensure_build_tools
    mkdir -p target # ignored by Trunk's watcher (Trunk.toml), so it must exist
    trunk serve --release
    ;;
  build)
    ensure_build_tools
    build_release
    print_sizes
    ;;
  test)
    ensure_build_tools
    ensure_chromium
    log "native tests"
    cargo test
    log "browser tests (wasm-bindgen-test in headless Chromium)"
    CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test browser
    build_release
    print_sizes
    log "package tests (the npm tarball, its TypeScript declarations and manifest)"
    node --test tests/package/
    log "end-to-end tests (Playwright in Chromium)"
    npx playwright test --config tests/e2e/playwright.config.mjs
    ;;
  package)
    ensure_build_tools
    build_release
    print_sizes
    log "writing the npm package"
    node scripts/package.mjs dist target/package
    ;;
  bench)
    ensure_build_tools
    ensure_chromium
    # The benchmark's breakdown of each WebAssembly part by crate; only the benchmark needs it.
    ensure_cargo_tool twiggy twiggy "$TWIGGY_VERSION"
    shift
    node scripts/bench.mjs "$@"
    ;;
  *)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
