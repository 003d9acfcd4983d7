//! What the main part of the release WebAssembly draws: the instance's shell (`app`), the mount
//! points (`mount`), the intro, the questions, the language switch, the storage notices and
//! starting over, and `later_screens`, which fetches the later screens' chunks and draws them
//! once here. Every text a file here uses must be early (build.rs's `EARLY`): a content test
//! fails otherwise.

pub(crate) mod app;
pub(crate) mod intro;
pub(crate) mod language_switcher;
pub(crate) mod later_screens;
pub mod mount;
pub(crate) mod question_step;
pub(crate) mod start_over;
pub(crate) mod storage_notice;
