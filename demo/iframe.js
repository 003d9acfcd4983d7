// The iframe demo: embeds /frame.html with this page's origin as the only target of its
// messages, and lists the messages it posts. Options go in the frame's URL.
const options = new URLSearchParams({ instance: "framed", lang: "nb", currency: "NOK", "target-origin": location.origin });
const frame = document.createElement("iframe");
frame.className = "demo-frame";
frame.title = "AI maturity check";
frame.src = `/frame.html?${options}`;
document.getElementById("frame-slot").append(frame);

window.addEventListener("message", (event) => {
  // Accept only the widget's own origin and messages.
  if (event.origin !== location.origin || event.data?.source !== "ai-maturity-check") return;
  // The frame as tall as its page, so the widget never scrolls inside it (CSSOM, allowed by
  // the strict Content-Security-Policy).
  if (event.data.type === "aimc:resize") {
    frame.style.height = `${event.data.detail.height}px`;
    return;
  }
  const item = document.createElement("li");
  item.textContent = `${event.data.type} ${JSON.stringify(event.data.detail).slice(0, 120)}`;
  document.getElementById("messages").append(item);
});
