// A single-page app that embeds the widget the way a framework does: its routes render late
// (after a pretend data fetch), it mounts the widget's element once it has rendered it and
// unmounts it before taking it away, and its own language select sets the widget's language.
import { mount, unmount } from "/embed.js";

const outlet = document.querySelector("#outlet");
const language = document.querySelector("#app-language");
let widget = null;
let rendering = 0;

function show(route) {
  const render = ++rendering;
  if (widget) unmount(widget);
  outlet.replaceChildren();
  widget = null;
  if (route !== "assessment") {
    outlet.append(Object.assign(document.createElement("p"), { textContent: "Home." }));
    return;
  }
  setTimeout(() => {
    if (render !== rendering) return;
    const element = document.createElement("div");
    element.dataset.aiMaturityCheck = "";
    element.dataset.instance = "spa";
    element.dataset.lang = language.value;
    outlet.append(element);
    mount(element);
    widget = element;
  }, 100);
}

for (const button of document.querySelectorAll("[data-route]")) {
  button.addEventListener("click", () => show(button.dataset.route));
}
language.addEventListener("change", () => widget?.setAttribute("data-lang", language.value));
