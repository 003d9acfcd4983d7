//! The heading of a screen, which takes focus when the person has moved to that screen.

use leptos::html::H2;
use leptos::prelude::*;

use super::Instance;

/// A focusable `<h2>`. It takes focus when it appears after a navigation and on every later
/// navigation while it shows (e.g. "start over" on the intro); never on page load, so an
/// embedded widget does not pull the host page's focus to itself.
#[component]
pub fn StepHeading(instance: Instance, children: Children) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        let requested = instance.focus_request.get() > 0;
        if let Some(element) = heading.get() {
            if requested {
                let _ = element.focus();
            }
        }
    });
    view! {
        <h2 class="aimc-heading" tabindex="-1" node_ref=heading>
            {children()}
        </h2>
    }
}
