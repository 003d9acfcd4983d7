//! The team roll-up of many people's exports.

pub(crate) mod team_screen;
