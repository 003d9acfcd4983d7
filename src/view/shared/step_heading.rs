//! The heading of a screen, which takes focus when the person has moved to that screen.

use leptos::html::H2;
use leptos::prelude::*;

use crate::view::Instance;

/// A focusable `<h2>`. It takes focus when it appears after a navigation and on every later
/// navigation while it shows (e.g. "start over" on the intro); never on page load, so an
/// embedded widget does not pull the host page's focus to itself, and never when the screen is
/// only drawn again in another language, so focus stays on the language switcher.
#[component]
pub fn StepHeading(instance: Instance, children: Children) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        let request = instance.focus_request.get();
        if let Some(element) = heading.get() {
            if request > instance.focus_served.get_value() {
                let _ = element.focus();
                instance.focus_served.set_value(request);
            }
        }
    });
    view! {
        <h2 class="aimc-heading" part="heading" tabindex="-1" node_ref=heading>
            {children()}
        </h2>
    }
}
