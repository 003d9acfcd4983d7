// Put into embed.js by scripts/build-wasm.mjs, where `pkg` (the URL of pkg-<hash>/) and
// `textLanguages` (the languages whose texts are a chunk of their own: all but English) are in
// scope. Starts fetching the texts of the language the widget will most likely be drawn in,
// beside the main part, instead of one round trip after it. Only a guess: each instance decides
// its language itself (src/view/mount.rs) and fetches what this did not.
{
  const frameQuery = document.querySelector("[data-url-options]")
    ? new URLSearchParams(location.search).get("lang")
    : null;
  const fromMountPoints = [...document.querySelectorAll("[data-ai-maturity-check], ai-maturity-check")]
    .flatMap((element) => [element.dataset.lang, element.getAttribute("lang")]);
  const likely = [frameQuery, ...fromMountPoints, document.documentElement.lang, ...navigator.languages]
    .map((tag) => {
      const primary = (tag ?? "").split(/[-_]/)[0].toLowerCase();
      return primary === "no" || primary === "nn" ? "nb" : primary;
    })
    .find((code) => code === "en" || textLanguages.includes(code));
  if (textLanguages.includes(likely)) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = new URL(`split_texts_${likely}.wasm`, pkg).href;
    document.head.append(link);
  }
}
