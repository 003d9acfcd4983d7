//! Components that the first screens and the later screens both draw. They ship in the main
//! part, so every text they use must be early, as in `first`.

pub(crate) mod confirm_dialog;
pub(crate) mod open_roi;
pub(crate) mod step_heading;
