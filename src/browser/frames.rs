//! Work put after the next paint: what a screen draws below what the person sees first (the
//! estimate below the ROI form) waits for that paint, so the screen shows sooner and neither
//! part blocks the page for long.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// How long `after_paint` waits for a frame at most: a hidden tab paints none.
const NO_FRAME_AFTER: Duration = Duration::from_millis(200);

/// Runs `task` once, in a task of its own, after the next frame is painted, or after
/// `NO_FRAME_AFTER` when no frame comes first.
pub fn after_paint(task: impl FnOnce() + 'static) {
    let task = Rc::new(Cell::new(Some(task)));
    let run = move || {
        if let Some(task) = task.take() {
            task();
        }
    };
    let after_frame = run.clone();
    request_animation_frame(move || set_timeout(after_frame, Duration::ZERO));
    set_timeout(run, NO_FRAME_AFTER);
}
