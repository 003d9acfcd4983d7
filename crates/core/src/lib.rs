//! The pure core: the assessment's model and everything computed from it.
//!
//! Nothing here touches the browser, signals or the DOM, so all of it runs and is tested
//! natively. Texts are not here either: the core deals in ids (text keys, `lang::Lang`); the
//! app's `content` module turns them into words. Being its own crate (`aimc_core`, which the app
//! re-exports as `core`), it cannot use the app: a forbidden import is a build error.

pub mod answers;
pub mod chart;
pub mod compare;
pub mod decimal;
pub mod history;
pub mod host_messages;
pub mod import;
pub mod instance_config;
pub mod json;
pub mod lang;
pub mod locale;
pub mod money;
pub mod ordered;
pub mod progress;
pub mod questionnaire;
pub mod recommendations;
pub mod reminder;
pub mod report;
pub mod roi;
pub mod roi_uncertainty;
pub mod rollup;
pub mod saved_progress;
pub mod scoring;
pub mod share_link;
pub mod timestamp;

#[cfg(test)]
mod golden_formats;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod serde_oracle;
#[cfg(test)]
mod test_support;
