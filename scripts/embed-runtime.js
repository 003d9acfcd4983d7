// Appended to the loader in embed.js by scripts/build-wasm.mjs, after the
// WebAssembly has started (`bindings` is in scope). Links the widget's stylesheet for
// [data-ai-maturity-check] mount points and defines <ai-maturity-check>, which renders in its
// own Shadow DOM.
const stylesheet = new URL("widget.css", import.meta.url).href;

if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === stylesheet)) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = stylesheet;
  document.head.append(link);
}

class AiMaturityCheck extends HTMLElement {
  connectedCallback() {
    bindings.mount_shadow(this, stylesheet);
  }
}

if (!customElements.get("ai-maturity-check")) {
  customElements.define("ai-maturity-check", AiMaturityCheck);
}
