//! AI-maturity check: a self-assessment widget that runs entirely in the browser.
//!
//! - [`core`]: the pure model (questionnaire, scoring, recommendations, report and storage
//!   formats), its own crate (`crates/core`, `aimc_core`) so that it cannot use the rest. No
//!   web-sys; tested natively.
//! - [`content`]: every text per language, embedded from `src/content/*.toml`.
//! - `browser`: the edges to browser APIs (storage, downloads, clock), each allowed to fail.
//! - `view`: Leptos components that render state and call the core.
//!
//! See ARCHITECTURE.md for the code map and the invariants.

pub use aimc_core as core;

pub mod content;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod view;
