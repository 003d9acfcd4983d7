//! The split point of the report's download (`export`) and what it runs: the report of the whole
//! state, saved as a file, announced, and told to the host page (`Export`).

use crate::core::host_messages::HostEvent;
use crate::view::first::later_screens::LoadFailed;
use crate::view::later::common::export::save_and_announce;
use crate::view::Instance;

/// The chunk's entry: the download, once its code is here.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(export, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn export_chunk() -> Result<fn(Instance), LoadFailed> {
    Ok(download_report)
}

#[cfg(feature = "split")]
static LOADED: std::sync::OnceLock<fn(Instance)> = std::sync::OnceLock::new();

/// The download, when its code is here already (then a click downloads at once, within the
/// click's user activation).
pub fn loaded() -> Option<fn(Instance)> {
    #[cfg(feature = "split")]
    return LOADED.get().copied();
    #[cfg(not(feature = "split"))]
    return export_chunk().ok();
}

/// Fetches the download's code (one fetch serves every call; a failure is not kept, so the next
/// call tries again).
pub async fn load() -> Result<fn(Instance), LoadFailed> {
    if let Some(here) = loaded() {
        return Ok(here);
    }
    #[cfg(feature = "split")]
    {
        let download = export_chunk().await?;
        let _ = LOADED.set(download);
        Ok(download)
    }
    #[cfg(not(feature = "split"))]
    Err(LoadFailed)
}

/// "Download JSON": the report of the whole state, as exported and as told to the host page.
fn download_report(instance: Instance) {
    let report = instance.report();
    let json = report.to_json();
    if save_and_announce(
        instance,
        &report.file_name(),
        &json,
        "application/json",
        "ui.result.downloaded",
    ) {
        instance.emit(HostEvent::Export, &report);
    }
}
