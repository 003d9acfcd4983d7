// Put into embed.js by scripts/build-wasm.mjs, where `pkg` (the URL of pkg-<hash>/) and
// `historyFiles` (the history screen's chunk and the shared chunks it needs) are in scope.
// A returning person's history is read as soon as their instance starts (src/view/first/app.rs,
// `LaterTask::OpenHistory`), which fetches that code; this starts the fetch beside the main part
// instead of after it has arrived and started, at a low priority so the main part comes first.
// Only a guess, from the mount points' instance and storage options: a wrong one fetches nothing
// that instance would not, and the instance fetches what this did not.
{
  const frameQuery = document.querySelector("[data-url-options]") ? new URLSearchParams(location.search) : null;
  const option = (element, name) =>
    frameQuery?.get(name) ?? element.dataset[name] ?? (element.localName === "ai-maturity-check" ? element.getAttribute(name) : null);
  const hasHistory = (element) => {
    const storage = option(element, "storage");
    if (storage === "none") return false;
    const key = `aimc.v1.${option(element, "instance") || "default"}.history`;
    try {
      return (storage === "session" ? sessionStorage : localStorage).getItem(key) !== null;
    } catch {
      return false; // storage denied (a sandboxed frame, blocked cookies)
    }
  };
  if ([...document.querySelectorAll("[data-ai-maturity-check], ai-maturity-check")].some(hasHistory)) {
    for (const file of historyFiles) {
      const link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.fetchPriority = "low";
      link.href = new URL(file, pkg).href;
      document.head.append(link);
    }
  }
}
