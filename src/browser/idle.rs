//! Work that can wait until the person sees what was just drawn. In the task after this one
//! (which comes after the paint when the browser gives rendering priority, as Chromium does
//! after a long task), it asks to run when the browser is next idle (`requestIdleCallback`,
//! which comes after any pending paint), and `LATEST_MS` later at the latest, so it also runs
//! in a background tab, which paints nothing and may never be idle. Where the browser has no
//! idle callbacks (Safari), it runs in that next task.
//!
//! It uses only calls the main part imports already (`Reflect.get`, `Function.call`,
//! `setTimeout`), so it adds next to nothing to the first question's download.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long the work may wait for an idle moment once the drawing task is over, in ms.
const LATEST_MS: i32 = 100;

/// Work waiting to run, shared by the browser's calls that may run it.
type Work = Rc<Pending>;

struct Pending {
    window: web_sys::Window,
    /// The work, until it has run.
    work: Cell<Option<Box<dyn FnOnce()>>>,
}

/// Runs `work` once the browser is idle after this task, or soon after at the latest.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return work();
    };
    let pending = Rc::new(Pending {
        window,
        work: Cell::new(Some(Box::new(work))),
    });
    // The deadline counts from the next task, not from this one, which may be long.
    let next_task = call_once(Rc::clone(&pending), ask_for_idle);
    let _ = pending
        .window
        .set_timeout_with_callback_and_timeout_and_arguments_0(next_task.unchecked_ref(), 0);
}

fn ask_for_idle(pending: Work) {
    let window = &pending.window;
    // Called without checking that it is a function: without one (Safari) the call throws.
    let asked = js_sys::Reflect::get(window, &JsValue::from_str("requestIdleCallback")).and_then(
        |request| {
            let request: js_sys::Function = request.unchecked_into();
            request.call1(window, &call_once(Rc::clone(&pending), run))
        },
    );
    match asked {
        // Whichever comes first runs the work; the other finds it gone.
        Ok(_) => {
            let deadline = call_once(Rc::clone(&pending), run);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                deadline.unchecked_ref(),
                LATEST_MS,
            );
        }
        Err(_) => run(pending),
    }
}

/// A function the browser calls once (and then frees) that calls `then` with `pending`. (The
/// one kind of closure handed to the browser here: each kind costs the main part some bytes.)
fn call_once(pending: Work, then: fn(Work)) -> JsValue {
    Closure::once_into_js(move || then(pending))
}

/// Runs the work unless it has run.
fn run(pending: Work) {
    if let Some(work) = pending.work.take() {
        work();
    }
}
