//! The screens after the questions, one folder per screen, each drawn from one of the later
//! screens' chunks (`first::later_screens::Chunk`): `result` (with "Continue on another device"
//! on the questions), `roi`, and `history` and `team`, which share a chunk. `common` holds what
//! several of them use. In the release build nothing here is in the main part: wasm-split puts
//! each function in the chunk of the screens that reach it (or in a chunk they share). A
//! content test checks that each folder uses only the texts its chunk attaches.

pub(crate) mod common;
pub(crate) mod history;
pub(crate) mod result;
pub(crate) mod roi;
pub(crate) mod team;
