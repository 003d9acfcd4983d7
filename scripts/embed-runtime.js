// Appended to the loader in embed.js by scripts/build-wasm.mjs, after the
// WebAssembly has started (`bindings` is in scope). Links the widget's stylesheet for
// [data-ai-maturity-check] mount points, defines <ai-maturity-check>, which renders in its
// own Shadow DOM, and follows the page: mount points added later mount, removed ones unmount,
// changed options apply (src/view/mount.rs). Exports `mount` and `unmount` for pages that
// render the widget's element themselves (single-page apps).
const stylesheet = new URL("widget.css", import.meta.url).href;

/** Links the stylesheet at `href` in `root` (the document's head or a shadow root) once. */
function linkStylesheet(root, href) {
  if (![...root.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === href)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    root.append(link);
  }
}

if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === stylesheet)) {
  linkStylesheet(document.head, stylesheet);
}

// The later screens' styles, linked where the widget's are (the document's head, or the custom
// element's shadow root) once a person is past the intro and that screen is painted, or earlier
// when the instance asks (src/browser/later_styles.rs: a returning person's history is read on
// the intro, so that screen is one click away): no later screen can draw before its code,
// fetched from then on and larger, has arrived, and the first question's download neither
// carries them nor shares the connection with them.
const laterStylesheet = new URL("widget-later.css", import.meta.url).href;
const LATER_STYLES_EVENTS = ["aimc:step-change", "aimc:later-styles"];

/** Runs `task` once the next frame is painted (at once in a hidden tab, which paints none). */
function afterPaint(task) {
  if (document.hidden) setTimeout(task);
  else requestAnimationFrame(() => setTimeout(task));
}

/**
 * Links the later stylesheet when an instance leaves the intro (once that screen is painted) or
 * asks for it (at once), then stops listening.
 */
function linkLaterStylesheet(event) {
  if (event.detail?.screen === "intro") return;
  const element = event.currentTarget;
  for (const name of LATER_STYLES_EVENTS) element.removeEventListener(name, linkLaterStylesheet);
  const link = () => linkStylesheet(element.shadowRoot ?? document.head, laterStylesheet);
  if (event.type === "aimc:later-styles") link();
  else afterPaint(link);
}

const MOUNT_POINT = "[data-ai-maturity-check]";
// Every option (core::instance_config::OPTIONS), the one list.
const options = bindings.observed_attributes().split(" ");

// The mount points mounted, to find those the page removed.
const points = new Set();

/** Mounts `element`, a mount point or an <ai-maturity-check>; nothing when it runs already. */
export function mount(element) {
  // The same function each time, so mounting again adds no second listener.
  for (const name of LATER_STYLES_EVENTS) element.addEventListener(name, linkLaterStylesheet);
  if (element.localName === "ai-maturity-check") bindings.mount_shadow(element, stylesheet);
  else if (element.matches(MOUNT_POINT)) {
    points.add(element);
    bindings.mount_point(element);
  }
}

/** Unmounts `element`'s instance and frees all it holds; its answers stay in storage. */
export function unmount(element) {
  points.delete(element);
  bindings.unmount(element);
}

class AiMaturityCheck extends HTMLElement {
  static get observedAttributes() {
    return options;
  }

  connectedCallback() {
    mount(this);
  }

  disconnectedCallback() {
    // A microtask later: an element moved (removed and inserted again in the same task) is
    // connected again by then and keeps its running instance.
    queueMicrotask(() => this.isConnected || unmount(this));
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) bindings.reconfigure(this);
  }
}

if (!customElements.get("ai-maturity-check")) {
  customElements.define("ai-maturity-check", AiMaturityCheck);
}

// The page's mount points, in the next task: two shorter tasks keep the page responsive on a
// slow phone, where one long one would block it.
setTimeout(() => document.querySelectorAll(MOUNT_POINT).forEach(mount));

// Looks only at what changed: added elements that are or hold a mount point, the options'
// data- attributes, and, after removals, the mounted mount points (a handful) for detached
// ones. Records arrive a microtask after the change, so a moved mount point is still running.
new MutationObserver((records) => {
  let removed = false;
  for (const record of records) {
    if (record.type === "attributes") bindings.reconfigure(record.target);
    removed ||= record.removedNodes.length > 0;
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1 || !node.isConnected) continue;
      if (node.matches(MOUNT_POINT)) mount(node);
      node.querySelectorAll(MOUNT_POINT).forEach(mount);
    }
  }
  if (removed) for (const point of points) point.isConnected || unmount(point);
}).observe(document, {
  childList: true,
  subtree: true,
  attributeFilter: options.map((name) => `data-${name}`),
});
