//! What several later screens use: tables of figures and every download.

pub(crate) mod data_table;
pub(crate) mod export;
