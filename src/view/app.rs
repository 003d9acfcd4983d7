//! One widget instance: its state, its storage, and the screen it shows.

use leptos::prelude::*;

use super::intro::Intro;
use super::question_step::QuestionStep;
use super::result::ResultScreen;
use super::roi_screen::RoiScreen;
use crate::browser::storage::{ProgressStore, StorageNotice};
use crate::content::Texts;
use crate::core::instance_config::InstanceConfig;
use crate::core::progress::{Progress, Screen};

/// What every component of one instance shares. Copy, so it passes into closures freely; all
/// state stays inside the instance (no globals), so many instances can share a page.
#[derive(Clone, Copy)]
pub struct Instance {
    pub texts: Texts,
    /// The instance id, for element ids and radio-group names.
    pub id: StoredValue<String>,
    /// The whole assessment state; saved to storage on every change.
    pub progress: RwSignal<Progress>,
    /// Text for the polite live region (e.g. "Your result was downloaded.").
    pub announcement: RwSignal<String>,
    /// Counts the person's navigations; each one moves focus to the current screen's heading.
    /// Zero until the first, so loading the page never pulls focus into the widget.
    pub focus_request: RwSignal<u32>,
}

impl Instance {
    /// An id unique on the page for this instance's element `name`.
    pub fn element_id(&self, name: &str) -> String {
        self.id.with_value(|id| format!("aimc-{id}-{name}"))
    }

    /// Applies a change that moves the person to another screen, or resets the one they are on,
    /// and then moves focus to the heading of what is shown.
    pub fn navigate(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.focus_request.update(|count| *count += 1);
    }
}

#[component]
pub fn App(config: InstanceConfig) -> impl IntoView {
    let (store, restored, first_notice) = ProgressStore::open(&config.id);
    let store = StoredValue::new(store);
    let notice = RwSignal::new(first_notice);
    let instance = Instance {
        texts: config.lang.texts(),
        id: StoredValue::new(config.id),
        progress: RwSignal::new(restored),
        announcement: RwSignal::new(String::new()),
        focus_request: RwSignal::new(0),
    };
    let progress = instance.progress;

    // Syncs the state with storage, the one thing this effect is for. A failure is shown once;
    // the widget keeps working in memory.
    Effect::new(move |_| {
        let outcome = progress.with(|current| store.try_update_value(|store| store.save(current)));
        if let Some(Err(problem)) = outcome {
            if notice.get_untracked().is_none() {
                notice.set(Some(problem));
            }
        }
    });

    // A memo, so that answering (which changes `progress`) does not rebuild the screen.
    let screen = Memo::new(move |_| progress.with(|current| current.screen));
    let texts = instance.texts;
    view! {
        <div class="aimc" lang=texts.lang().code()>
            {move || {
                notice
                    .get()
                    .map(|problem: StorageNotice| {
                        view! { <p class="aimc-notice" role="status">{texts.get(problem.text_key())}</p> }
                    })
            }}
            <p class="aimc-visually-hidden" aria-live="polite">
                {move || instance.announcement.get()}
            </p>
            {move || match screen.get() {
                Screen::Intro => view! { <Intro instance /> }.into_any(),
                Screen::Question(index) => view! { <QuestionStep instance index /> }.into_any(),
                Screen::Result => view! { <ResultScreen instance /> }.into_any(),
                Screen::Roi => view! { <RoiScreen instance /> }.into_any(),
            }}
        </div>
    }
}
