// Put into embed.js by scripts/build-wasm.mjs, where `pkg` (the URL of pkg-<hash>/),
// `textLanguages` (the languages whose first screens' texts are a chunk of their own: all but
// English) and `roiFiles` (the files of the ROI estimate's code: its own chunk and the shared
// chunks it needs) are in scope. Starts fetching, beside the main part
// instead of after it has arrived and started, what the page's instances will most likely need
// first:
// - the texts of the language the widget will most likely be drawn in;
// - on a page that opens on the ROI estimate (`parts="roi"`, or `start="roi"`), its code and its
//   texts in that language.
// Only guesses, from the mount points' options: each instance decides for itself
// (src/view/first/mount.rs) and fetches what this did not; a wrong guess fetches a file that
// instance would not need.
{
  // The iframe page's options are its URL's query, which wins; a mount point's, its attributes.
  const query = document.querySelector("[data-url-options]") ? new URLSearchParams(location.search) : null;
  const points = [...document.querySelectorAll("[data-ai-maturity-check], ai-maturity-check")];
  const option = (element, name) => query?.get(name) ?? element.dataset[name] ?? element.getAttribute(name);
  const preload = (file) =>
    document.head.append(Object.assign(document.createElement("link"), {
      rel: "preload", as: "fetch", crossOrigin: "anonymous", href: new URL(file, pkg).href,
    }));

  const likely = [...points.map((element) => option(element, "lang")), document.documentElement.lang, ...navigator.languages]
    .map((tag) => {
      const primary = (tag ?? "").split(/[-_]/)[0].toLowerCase();
      return primary === "no" || primary === "nn" ? "nb" : primary;
    })
    .find((code) => code === "en" || textLanguages.includes(code)) ?? "en";
  if (textLanguages.includes(likely)) preload(`split_texts_${likely}.wasm`);

  const opensOnRoi = (element) => {
    const parts = option(element, "parts") ?? "both";
    return parts === "roi" || (parts === "both" && option(element, "start") === "roi");
  };
  if (points.some(opensOnRoi)) [...roiFiles, `split_texts_estimate_${likely}.wasm`].forEach(preload);
}
