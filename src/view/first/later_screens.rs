//! The screens after the questions: the result, the ROI estimate, the history and the team
//! roll-up. In the release widget (built with the `split` feature by `scripts/build-wasm.mjs`)
//! they, and everything only they use, are a separate WebAssembly chunk fetched when first
//! needed, so a visitor downloads only what the intro and the questions need before the first
//! question shows. Without the feature (the browser tests) they are called directly.
//!
//! The work that needs a report (keeping the result in the history, the `Complete` event, the
//! report's download, "download everything") is in the chunks too: building and serialising
//! reports is needed only once the questions are answered. The ROI estimate alone fetches the
//! result's code for its download (`LaterTask::DownloadReport`), so its own carries no JSON
//! writer.
//!
//! Each chunk's screens' texts, in the language drawn, are chunks of their own (`Chunk::texts`,
//! `content::load_late`), fetched beside its code; a screen is drawn once both are here.
//!
//! A chunk that cannot be fetched (the connection dropped) shows a message and a retry button;
//! the answers are saved already, so nothing is lost. A completion that could not be reported
//! then is reported when the chunk arrives.

use leptos::prelude::*;

use crate::browser::later_styles;
use crate::browser::storage::HistoryStore;
use crate::content::{self, Lang, LateTexts};
use crate::core::progress::Screen;
use crate::core::share_link::LinkKind;
use crate::view::later::common::export::{download_everything, download_report};
use crate::view::later::history::history_screen::HistoryScreen;
use crate::view::later::result::result_screen::ResultScreen;
use crate::view::later::result::share_link::{self, ShareOffer};
use crate::view::later::roi::roi_screen::RoiScreen;
use crate::view::later::team::team_screen::TeamScreen;
use crate::view::shared::step_heading::StepHeading;
use crate::view::{on_click, Instance};

/// A chunk of the later screens could not be fetched.
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
}

/// The parts the later screens' code comes in: in the release build, each is a WebAssembly
/// chunk of its own (code that several of them use is a shared chunk that wasm-split-cli fetches
/// with any of them), so each path downloads what it draws.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Chunk {
    /// The result, keeping it in the history, the `Complete` event, the report's download, and
    /// "Continue on another device" on the questions. Fetched while the person answers.
    Result,
    /// The ROI estimate.
    Roi,
    /// The history with its comparison and trend, the team roll-up, links the page was opened
    /// with, and "download everything".
    History,
}

impl Chunk {
    #[cfg(feature = "split")]
    const COUNT: usize = 3;

    #[cfg(feature = "split")]
    fn index(self) -> usize {
        match self {
            Chunk::Result => 0,
            Chunk::Roi => 1,
            Chunk::History => 2,
        }
    }

    /// The late texts its screens draw, each group in the language drawn in a chunk of its own
    /// (see `content::load_late`), fetched beside the code.
    fn texts(self) -> &'static [LateTexts] {
        match self {
            Chunk::Result => &[LateTexts::Estimate, LateTexts::Result],
            Chunk::Roi => &[LateTexts::Estimate],
            Chunk::History => &[LateTexts::Estimate, LateTexts::Result, LateTexts::History],
        }
    }

    /// The chunk whose code draws `screen` (the questions' extras come with the result's).
    pub fn drawing(screen: Screen) -> Option<Chunk> {
        match screen {
            Screen::Intro => None,
            Screen::Question(_) | Screen::Result => Some(Chunk::Result),
            Screen::Roi => Some(Chunk::Roi),
            Screen::History | Screen::Team => Some(Chunk::History),
        }
    }
}

/// What a chunk gives the main part once it is here: how it draws its screens and runs its
/// tasks.
#[derive(Clone, Copy)]
struct ChunkEntry {
    draw: fn(Instance, Screen) -> AnyView,
    run: fn(Instance, LaterTask),
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(result, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn result_chunk() -> Result<ChunkEntry, LoadFailed> {
    Ok(ChunkEntry {
        draw: draw_result,
        run: run_result_task,
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(roi, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn roi_chunk() -> Result<ChunkEntry, LoadFailed> {
    Ok(ChunkEntry {
        draw: draw_roi,
        run: |_, _| {},
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(history, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn history_chunk() -> Result<ChunkEntry, LoadFailed> {
    Ok(ChunkEntry {
        draw: draw_history,
        run: run_history_task,
    })
}

fn draw_result(instance: Instance, shown: Screen) -> AnyView {
    instance.open_history();
    match shown {
        Screen::Result => view! { <ResultScreen instance /> }.into_any(),
        // What the question screen shows from this code (see `question_extras`).
        Screen::Question(_) => view! { <ShareOffer instance kind=LinkKind::Progress /> }.into_any(),
        Screen::Intro | Screen::Roi | Screen::History | Screen::Team => ().into_any(),
    }
}

fn draw_roi(instance: Instance, shown: Screen) -> AnyView {
    match shown {
        Screen::Roi => view! { <RoiScreen instance /> }.into_any(),
        Screen::Intro | Screen::Question(_) | Screen::Result | Screen::History | Screen::Team => {
            ().into_any()
        }
    }
}

fn draw_history(instance: Instance, shown: Screen) -> AnyView {
    instance.open_history();
    match shown {
        Screen::History => view! { <HistoryScreen instance /> }.into_any(),
        Screen::Team => view! { <TeamScreen instance /> }.into_any(),
        Screen::Intro | Screen::Question(_) | Screen::Result | Screen::Roi => ().into_any(),
    }
}

fn run_result_task(instance: Instance, task: LaterTask) {
    // A download reads no history: on the ROI estimate alone there is none to show.
    if task == LaterTask::DownloadReport {
        return download_report(instance);
    }
    instance.open_history();
    match task {
        LaterTask::RecordResult => instance.record_result(),
        LaterTask::Complete => instance.complete(),
        LaterTask::DownloadReport
        | LaterTask::DownloadEverything
        | LaterTask::OpenHistory
        | LaterTask::ReloadHistory
        | LaterTask::OpenLink => {}
    }
}

fn run_history_task(instance: Instance, task: LaterTask) {
    // A returning person's history is read at start, on the intro: the history screen is one
    // click away, and embed.js would link the later screens' stylesheet only once the first
    // screen past the intro is painted (see `later_styles`).
    instance.host.with_value(later_styles::request);
    instance.open_history();
    match task {
        LaterTask::DownloadEverything => download_everything(instance),
        LaterTask::ReloadHistory => {
            if let Some(current) = instance.history_store.try_with_value(HistoryStore::current) {
                instance.show_history(current);
            }
        }
        LaterTask::OpenLink => share_link::claim_page_link(instance),
        LaterTask::OpenHistory
        | LaterTask::RecordResult
        | LaterTask::Complete
        | LaterTask::DownloadReport => {}
    }
}

#[cfg(feature = "split")]
static ENTRIES: [std::sync::OnceLock<ChunkEntry>; Chunk::COUNT] =
    [const { std::sync::OnceLock::new() }; Chunk::COUNT];

/// `chunk`'s entry, once it is here.
fn entry(chunk: Chunk) -> Option<ChunkEntry> {
    #[cfg(feature = "split")]
    return ENTRIES
        .get(chunk.index())
        .and_then(|entry| entry.get().copied());
    #[cfg(not(feature = "split"))]
    return match chunk {
        Chunk::Result => result_chunk(),
        Chunk::Roi => roi_chunk(),
        Chunk::History => history_chunk(),
    }
    .ok();
}

/// `chunk`'s entry, once it and its texts in `lang` are here.
fn ready(chunk: Chunk, lang: Lang) -> Option<ChunkEntry> {
    entry(chunk).filter(|_| content::late_loaded(chunk.texts(), lang))
}

/// Fetches `chunk` and its texts in `lang`, side by side (once: one fetch serves every call).
async fn load(chunk: Chunk, lang: Lang) -> Result<ChunkEntry, LoadFailed> {
    if let Some(here) = ready(chunk, lang) {
        return Ok(here);
    }
    content::start_loading_late(chunk.texts(), lang);
    let code = load_code(chunk).await?;
    if content::load_late(chunk.texts(), lang).await {
        Ok(code)
    } else {
        Err(LoadFailed)
    }
}

/// Fetches `chunk`'s code (once: one fetch serves every call) and keeps its entry.
async fn load_code(chunk: Chunk) -> Result<ChunkEntry, LoadFailed> {
    if let Some(here) = entry(chunk) {
        return Ok(here);
    }
    #[cfg(feature = "split")]
    {
        let loaded = match chunk {
            Chunk::Result => result_chunk().await,
            Chunk::Roi => roi_chunk().await,
            Chunk::History => history_chunk().await,
        }?;
        if let Some(slot) = ENTRIES.get(chunk.index()) {
            let _ = slot.set(loaded);
        }
        Ok(loaded)
    }
    #[cfg(not(feature = "split"))]
    Err(LoadFailed)
}

/// Work done with the later screens' code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LaterTask {
    /// Keep the completed result (with its current ROI estimate) in the history.
    RecordResult,
    /// The assessment was just completed: keep it and tell the host page.
    Complete,
    /// "Download result (JSON)": the report of the whole state, written as JSON. On the result
    /// its code is here; the ROI estimate's button fetches it (see `roi::roi_download`), so
    /// the estimate's chunk carries no JSON writer.
    DownloadReport,
    /// Save the whole history as one file (offered when storage is full).
    DownloadEverything,
    /// Read the stored history (a returning person's, in the background at start).
    OpenHistory,
    /// Read the stored history again: another tab changed it.
    ReloadHistory,
    /// The page was opened with a share link: read it and offer it (see `share_link`).
    OpenLink,
}

impl LaterTask {
    /// The chunk whose code does it.
    fn chunk(self) -> Chunk {
        match self {
            LaterTask::RecordResult | LaterTask::Complete | LaterTask::DownloadReport => {
                Chunk::Result
            }
            LaterTask::DownloadEverything
            | LaterTask::OpenHistory
            | LaterTask::ReloadHistory
            | LaterTask::OpenLink => Chunk::History,
        }
    }
}

/// Runs `task` as soon as its chunk is here. When it cannot be fetched, a completion waits for
/// the chunk's next arrival (see `LaterScreen`) and a download says it failed.
pub fn run(instance: Instance, task: LaterTask) {
    leptos::task::spawn_local(async move {
        let loaded = load(task.chunk(), instance.lang.get_untracked()).await;
        // The instance may have been unmounted while the code was fetched.
        if !instance.is_alive() {
            return;
        }
        match loaded {
            Ok(entry) => (entry.run)(instance, task),
            Err(LoadFailed) => match task {
                LaterTask::Complete => instance.completion_pending.set_value(true),
                LaterTask::DownloadEverything | LaterTask::DownloadReport => instance
                    .announcement
                    .set(instance.texts.get("ui.result.download_failed").to_owned()),
                LaterTask::RecordResult
                | LaterTask::OpenHistory
                | LaterTask::ReloadHistory
                | LaterTask::OpenLink => {}
            },
        }
    });
}

/// Runs `task` at once when its chunk's code is here; false when it is not.
pub fn run_if_here(instance: Instance, task: LaterTask) -> bool {
    entry(task.chunk())
        .map(|entry| (entry.run)(instance, task))
        .is_some()
}

/// Fetches the code of `task`'s chunk (not its texts) and runs `task`; `Err` when the code
/// cannot be fetched, for a screen that says so itself (see `roi::roi_download`).
pub async fn run_fetching_code(instance: Instance, task: LaterTask) -> Result<(), LoadFailed> {
    let code = load_code(task.chunk()).await?;
    if instance.is_alive() {
        (code.run)(instance, task);
    }
    Ok(())
}

/// Starts fetching `chunk` and its texts in `lang` in the background, so its screen shows at
/// once when it is needed. The fetches start during this call, not once the current task is
/// over: at start, that task goes on to draw every instance first. Cheap to call again: one
/// fetch serves every call, and once they are here a call does nothing.
pub fn prefetch(chunk: Chunk, lang: Lang) {
    #[cfg(feature = "split")]
    if ready(chunk, lang).is_none() {
        start_now(async move {
            // A failure here is retried when the screen is needed, and shown then.
            let _ = load(chunk, lang).await;
        });
    }
    #[cfg(not(feature = "split"))]
    let _ = (chunk, lang);
}

/// Runs `task` up to its first wait at once and the rest as a spawned task. `spawn_local` alone
/// would first poll it in a microtask after the current task, so the fetches it starts would
/// wait for all the work left in that task.
#[cfg(feature = "split")]
fn start_now(task: impl std::future::Future<Output = ()> + 'static) {
    let mut task = Box::pin(task);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    // What it waits for wakes nobody yet: the spawned task is polled once again anyway, and
    // from then on it is woken as usual.
    if task.as_mut().poll(&mut context).is_pending() {
        leptos::task::spawn_local(task);
    }
}

/// Starts fetching the code of `task`'s chunk (not its texts) in the background; does nothing
/// once it is here.
pub fn prefetch_code(task: LaterTask) {
    if entry(task.chunk()).is_none() {
        leptos::task::spawn_local(async move {
            // A failure here is retried when the task is run, and shown then.
            let _ = load_code(task.chunk()).await;
        });
    }
}

/// `shown`, one of the later screens: drawn at once when its code is here, else once it has
/// arrived (a task and signals rather than `Suspend`, whose machinery would be in the main part).
#[component]
pub fn LaterScreen(instance: Instance, shown: Screen) -> impl IntoView {
    let chunk = Chunk::drawing(shown);
    let lang = instance.texts.lang();
    let attempt = RwSignal::new(0_u32);
    let here = RwSignal::new(chunk.and_then(|chunk| ready(chunk, lang)).is_some());
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let retried = attempt.get() > 0;
        let Some(chunk) = chunk else { return };
        if here.get_untracked() {
            send_pending_completion(instance);
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = load(chunk, lang).await;
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
    move || match (
        here.get(),
        failed.get(),
        chunk.and_then(|chunk| ready(chunk, lang)),
    ) {
        (true, _, Some(entry)) => (entry.draw)(instance, shown),
        (_, true, _) => view! { <LoadFailedNotice instance attempt /> }.into_any(),
        _ => ().into_any(),
    }
}

/// The part of a question screen the result's chunk draws ("Continue on another device"):
/// nothing until that code is here (it is fetched as soon as the questions start), and nothing
/// when it cannot be fetched, so a question never waits for it. Its view lives in the chunk, so
/// the first question's download does not carry it.
pub fn question_extras(instance: Instance, index: usize) -> impl IntoView {
    let lang = instance.texts.lang();
    let here = RwSignal::new(ready(Chunk::Result, lang).is_some());
    if !here.get_untracked() {
        leptos::task::spawn_local(async move {
            if load(Chunk::Result, lang).await.is_ok() {
                here.set(true);
            }
        });
    }
    move || {
        here.get()
            .then(|| ready(Chunk::Result, lang))
            .flatten()
            .map(|entry| (entry.draw)(instance, Screen::Question(index)))
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
