//! Parts of a screen below the fold, drawn once the browser is idle after the screen's first
//! paint (see `browser::idle`), so that what the person sees first is painted sooner: on the
//! result, building and laying out everything at once held its heading back by a tenth of a
//! second on a slow phone; the ROI estimate draws its inputs and figures below the company's
//! inputs the same way, and the history the entries below its first few and the rest of its
//! page. They join the page, its accessibility tree and its print a moment later; the heading
//! above them takes focus at once, as on every screen.

use leptos::prelude::*;

use crate::browser::idle;

/// False until the browser is idle after the first paint of what is drawn now, then true: for
/// a screen that draws more than one part then (`after_paint` draws one).
pub fn painted() -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    // A no-op when the screen is gone meanwhile.
    idle::when_idle(move || set_painted.set(true));
    painted
}

/// What `draw` draws, once the browser is idle after the first paint; nothing before.
pub fn after_paint<V: IntoView + 'static>(
    draw: impl FnOnce() -> V + Send + 'static,
) -> impl IntoView {
    let painted = painted();
    let mut draw = Some(draw);
    // Drawn untracked: this closure runs again only when `painted` changes, which is once.
    move || {
        painted
            .get()
            .then(|| draw.take().map(|draw| untrack(draw)))
            .flatten()
    }
}
