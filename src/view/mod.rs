//! The Leptos components, one file per thing a person sees. They render state and call the
//! core; they hold no rules of their own.
//!
//! The folders show where the release WebAssembly ships each file: `first` is what the main
//! part draws (the intro, the questions, and the loader of everything later), `later/<screen>`
//! the screens in the later chunks, `shared` the components both draw, and `instance` the
//! state every component takes.

mod first;
mod instance;
mod later;
mod shared;

pub(crate) use first::app::start_instance;
pub use first::mount;
pub(crate) use instance::Instance;

/// A click handler as one type, so the first screens' buttons (in the main part of the release
/// WebAssembly) share the code that attaches a handler: each closure type would bring its own
/// copy. The later screens' buttons, in their own chunk, take their closures as they are.
pub(crate) fn on_click(
    handler: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> Box<dyn FnMut(leptos::ev::MouseEvent)> {
    Box::new(handler)
}
