//! The screens after the questions: the result, the ROI estimate, the history and the team
//! roll-up. In the release widget (built with the `split` feature by `scripts/build-wasm.mjs`)
//! they, and everything only they use, are a separate WebAssembly chunk fetched when first
//! needed, so a visitor downloads only what the intro and the questions need before the first
//! question shows. Without the feature (the browser tests) they are called directly.
//!
//! The work that needs a report (keeping the result in the history, the `Complete` event,
//! "download everything") is in the chunk too: building and serialising reports is needed only
//! once the questions are answered.
//!
//! A chunk that cannot be fetched (the connection dropped) shows a message and a retry button;
//! the answers are saved already, so nothing is lost. A completion that could not be reported
//! then is reported when the chunk arrives.

use leptos::prelude::*;

use super::export::download_everything;
use super::history_screen::HistoryScreen;
use super::result::ResultScreen;
use super::roi_screen::RoiScreen;
use super::share_link::{self, ShareOffer};
use super::step_heading::StepHeading;
use super::team_screen::TeamScreen;
use super::{on_click, Instance};
use crate::browser::storage::HistoryStore;
use crate::content;
use crate::core::host_messages::HostEvent;
use crate::core::progress::Screen;
use crate::core::share_link::LinkKind;

/// The chunk holding the later screens could not be fetched.
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        later_screens,
        wasm_split_path = ::leptos::wasm_split,
        preload(fetch_later_screens),
        fallible
    )
)]
fn later_screen_drawer() -> Result<Drawer, LoadFailed> {
    Ok(draw_later_screen)
}

/// Draws one of the later screens; it lives in the chunk.
type Drawer = fn(Instance, Screen) -> AnyView;

fn draw_later_screen(instance: Instance, shown: Screen) -> AnyView {
    content::attach_late_texts();
    instance.open_history();
    match shown {
        Screen::Result => view! { <ResultScreen instance /> }.into_any(),
        Screen::Roi => view! { <RoiScreen instance /> }.into_any(),
        Screen::History => view! { <HistoryScreen instance /> }.into_any(),
        Screen::Team => view! { <TeamScreen instance /> }.into_any(),
        // What the question screen shows from this code (see `question_extras`).
        Screen::Question(_) => view! { <ShareOffer instance kind=LinkKind::Progress /> }.into_any(),
        Screen::Intro => ().into_any(),
    }
}

#[cfg(feature = "split")]
static DRAWER: std::sync::OnceLock<Drawer> = std::sync::OnceLock::new();

/// The drawer, once the chunk is here.
fn drawer() -> Option<Drawer> {
    #[cfg(feature = "split")]
    return DRAWER.get().copied();
    #[cfg(not(feature = "split"))]
    return Some(draw_later_screen);
}

/// Fetches the chunk (once) and keeps its drawer.
async fn load() -> Result<Drawer, LoadFailed> {
    #[cfg(feature = "split")]
    return later_screen_drawer()
        .await
        .map(|drawer| *DRAWER.get_or_init(|| drawer));
    #[cfg(not(feature = "split"))]
    return later_screen_drawer();
}

/// Work done with the later screens' code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LaterTask {
    /// Keep the completed result (with its current ROI estimate) in the history.
    RecordResult,
    /// The assessment was just completed: keep it and tell the host page.
    Complete,
    /// Save the whole history as one file (offered when storage is full).
    DownloadEverything,
    /// Read the stored history (a returning person's, in the background at start).
    OpenHistory,
    /// Read the stored history again: another tab changed it.
    ReloadHistory,
    /// The page was opened with a share link: read it and offer it (see `share_link`).
    OpenLink,
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        later_screens,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn later_task(instance: Instance, task: LaterTask) -> Result<(), LoadFailed> {
    // The instance may have been unmounted while this code was fetched.
    if !instance.is_alive() {
        return Ok(());
    }
    content::attach_late_texts();
    instance.open_history();
    match task {
        LaterTask::RecordResult => instance.record_result(),
        LaterTask::Complete => {
            instance.record_result();
            instance.emit(HostEvent::Complete, &instance.report());
        }
        LaterTask::DownloadEverything => download_everything(instance),
        LaterTask::OpenHistory => {}
        LaterTask::ReloadHistory => {
            if let Some(current) = instance.history_store.try_with_value(HistoryStore::current) {
                instance.show_history(current);
            }
        }
        LaterTask::OpenLink => share_link::claim_page_link(instance),
    }
    Ok(())
}

/// Runs `task` as soon as the later screens' code is here. When it cannot be fetched, a
/// completion waits for the chunk's next arrival (see `LaterScreen`) and a download says it
/// failed.
pub fn run(instance: Instance, task: LaterTask) {
    leptos::task::spawn_local(async move {
        #[cfg(feature = "split")]
        let done = later_task(instance, task).await;
        #[cfg(not(feature = "split"))]
        let done = later_task(instance, task);
        if done.is_err() {
            match task {
                LaterTask::Complete => instance.completion_pending.set_value(true),
                LaterTask::DownloadEverything => instance
                    .announcement
                    .set(instance.texts.get("ui.result.download_failed").to_owned()),
                LaterTask::RecordResult
                | LaterTask::OpenHistory
                | LaterTask::ReloadHistory
                | LaterTask::OpenLink => {}
            }
        }
    });
}

/// Starts fetching the later screens' chunk in the background, so the result shows at once
/// when the last question is answered. Cheap to call again: one fetch serves every call, and
/// once the chunk is here a call does nothing.
pub fn prefetch() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        // A failure here is retried when the screen is needed, and shown then.
        let _ = fetch_later_screens().await;
    });
}

/// `shown`, one of the later screens: drawn at once when its code is here, else once it has
/// arrived (a task and signals rather than `Suspend`, whose machinery would be in the main part).
#[component]
pub fn LaterScreen(instance: Instance, shown: Screen) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let here = RwSignal::new(drawer().is_some());
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let retried = attempt.get() > 0;
        if here.get_untracked() {
            send_pending_completion(instance);
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = load().await;
            if loaded.is_ok() {
                send_pending_completion(instance);
            }
            match loaded {
                Ok(_) => here.set(true),
                Err(LoadFailed) => failed.set(true),
            }
            if retried {
                // What shows now (screen or notice again) is new to the person: its heading
                // takes focus, as after any navigation. Requested once it is drawn, so the
                // notice it replaces does not take the request.
                instance.focus_request.update(|count| *count += 1);
            }
        });
    });
    move || match (here.get(), failed.get(), drawer()) {
        (true, _, Some(draw)) => draw(instance, shown),
        (_, true, _) => view! { <LoadFailedNotice instance attempt /> }.into_any(),
        _ => ().into_any(),
    }
}

/// The part of a question screen this code draws ("Continue on another device"): nothing until
/// the code is here (it is fetched as soon as the questions start), and nothing when it cannot
/// be fetched, so a question never waits for it. Its view lives in the chunk, so the first
/// question's download does not carry it.
pub fn question_extras(instance: Instance, index: usize) -> impl IntoView {
    let here = RwSignal::new(drawer().is_some());
    if !here.get_untracked() {
        leptos::task::spawn_local(async move {
            if load().await.is_ok() {
                here.set(true);
            }
        });
    }
    move || {
        here.get()
            .then(drawer)
            .flatten()
            .map(|draw| draw(instance, Screen::Question(index)))
    }
}

/// Sends the completion that could not be sent while the chunk was missing (see `run`).
fn send_pending_completion(instance: Instance) {
    if instance.completion_pending.try_get_value() == Some(true) {
        instance.completion_pending.set_value(false);
        run(instance, LaterTask::Complete);
    }
}

#[component]
fn LoadFailedNotice(instance: Instance, attempt: RwSignal<u32>) -> impl IntoView {
    let texts = instance.texts;
    let retry = move |_| attempt.update(|count| *count += 1);
    view! {
        <section class="aimc-screen" role="alert">
            <StepHeading instance>{texts.get("ui.load_failed.heading")}</StepHeading>
            <p>{texts.get("ui.load_failed.body")}</p>
            <div class="aimc-actions">
                <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=on_click(retry)>
                    {texts.get("ui.load_failed.retry")}
                </button>
            </div>
        </section>
    }
}
