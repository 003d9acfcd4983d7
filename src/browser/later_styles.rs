//! Asks `embed.js` (scripts/embed-runtime.js) for the later screens' stylesheet,
//! `widget-later.css`, beside the widget's own: the later screens' code has arrived for an
//! instance, so one of those screens may be drawn at the next click. Linked then, it has been
//! read before that screen is, which is laid out once, styled, instead of unstyled first and
//! again when the stylesheet arrives. The stylesheet's address is known to `embed.js` alone.

use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The event's name: heard by `embed.js` on the mount element. It does not bubble, so a host
/// page listening for the widget's events (README) does not hear it.
const LATER_STYLES: &str = "aimc:later-styles";

/// Fires the request on `host`, the instance's mount element. `embed.js` links the stylesheet
/// once where the instance's styles are; a request after that finds it there.
pub fn request(host: &HtmlElement) {
    if let Ok(event) = CustomEvent::new_with_event_init_dict(LATER_STYLES, &CustomEventInit::new())
    {
        let _ = host.dispatch_event(&event);
    }
}
