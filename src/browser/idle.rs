//! Work that can wait until the person sees what was just drawn. In the task after this one
//! (which comes after the paint when the browser gives rendering priority, as Chromium does
//! after a long task), it asks to run when the browser is next idle (`requestIdleCallback`,
//! which comes after any pending paint), and `LATEST_MS` later at the latest, so it also runs
//! in a background tab, which paints nothing and may never be idle. Where the browser has no
//! idle callbacks (Safari), it runs a task later.
//!
//! It uses only calls the main part imports already (`Reflect.get`, `Function.call`,
//! `setTimeout`), so it adds next to nothing to the first question's download.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long the work may wait for an idle moment once the drawing task is over, in ms.
const LATEST_MS: i32 = 100;

/// Runs `work` once the browser is idle after this task, or soon after at the latest.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return work();
    };
    let mut work = Some(work);
    // Called by the idle callback and by the deadline, whichever comes first runs the work;
    // freed once the browser lets go of it.
    let run = function(move || {
        if let Some(work) = work.take() {
            work();
        }
    });
    // The deadline counts from the next task, not from this one, which may be long.
    let next_task = {
        let window = window.clone();
        let mut run = Some(run);
        function(move || {
            if let Some(run) = run.take() {
                ask_for_idle(&window, &run);
            }
        })
    };
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(next_task.unchecked_ref(), 0);
}

fn ask_for_idle(window: &web_sys::Window, run: &JsValue) {
    // Called without checking that it is a function: without one (Safari) the call throws.
    let asked = js_sys::Reflect::get(window, &JsValue::from_str("requestIdleCallback")).and_then(
        |request| {
            let request: js_sys::Function = request.unchecked_into();
            request.call1(window, run)
        },
    );
    let latest = if asked.is_ok() { LATEST_MS } else { 0 };
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), latest);
}

/// `body` as a function the browser may call, freed when the browser no longer holds it. (The
/// one kind of closure handed to the browser here: each kind costs the main part some bytes.)
fn function(body: impl FnMut() + 'static) -> JsValue {
    Closure::<dyn FnMut()>::new(body).into_js_value()
}
