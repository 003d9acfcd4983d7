//! "Download everything": the whole history as one file that "import" in another browser reads
//! back, names included.

use leptos::prelude::*;

use super::Instance;
use crate::browser::{clock, download};
use crate::core::history::bundle_json;
use crate::core::locale::day_stamp;

pub fn download_everything(instance: Instance) {
    let texts = instance.texts;
    let now = clock::now();
    let json = instance
        .history
        .with_untracked(|history| bundle_json(history, now));
    let name = format!("ai-maturity-check-history-{}.json", day_stamp(now));
    let message = match download::save_json(&name, &json) {
        Ok(()) => "ui.history.exported",
        Err(_) => "ui.result.download_failed",
    };
    instance.announcement.set(texts.get(message).to_owned());
}
