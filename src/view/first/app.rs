//! One widget instance: its state, its storage, and the screen it shows. A change of the
//! page's options applies to the running instance (`Instance::follow_page`); everything it
//! registers with the browser is freed when it unmounts.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::host_events;
use crate::browser::storage::{self, HistoryStore, ProgressStore};
use crate::content::{self, Lang, LangTexts};
use crate::core::history::History;
use crate::core::host_messages::{HostEvent, ReadyDetail, ResizeDetail, StepDetail};
use crate::core::instance_config::{InstanceConfig, StartScreen};
use crate::core::locale::Currency;
use crate::core::progress::{Progress, Screen};
use crate::view::first::intro::Intro;
use crate::view::first::language_switcher::LanguageSwitcher;
use crate::view::first::later_screens::{self, Chunk, LaterScreen, LaterTask};
use crate::view::first::question_step::QuestionStep;
use crate::view::first::storage_notice::StorageNoticeBar;
use crate::view::Instance;

/// Keeps `guard` (a listener or an observer that stops when dropped) until the current owner
/// is cleaned up, which drops the values it holds: the instance unmounts, or the effect that
/// made it runs again. Boxed, so every kind of guard shares one copy of this code.
fn keep_until_cleanup(guard: Box<dyn std::any::Any>) {
    StoredValue::new_local(guard);
}

/// Starts an instance with `config` for the mount element `host`: its state, storage and
/// effects, and the view that shows it. Called inside `mount_to`, whose owner holds it all;
/// `view::mount` keeps the `Instance` to apply the page's later changes of options.
pub fn start_instance(
    config: InstanceConfig,
    host: web_sys::HtmlElement,
) -> (Instance, impl IntoView) {
    let (store, mut restored, first_notice) = ProgressStore::open(&config.id, config.storage);
    // The stylesheet picks the palette by it (`auto`: the reader's `prefers-color-scheme`). A
    // change of the page's theme is written by `view::mount::reconfigure`.
    let theme = config.theme.code();
    // The person's own pick in the widget wins over the page's configuration.
    let lang = RwSignal::new(restored.language.unwrap_or(config.lang));
    if restored == Progress::default() {
        // A new instance: the page's chosen currency (else its language's) and starting screen
        // apply.
        restored.currency = config
            .currency
            .unwrap_or_else(|| Currency::of_language(config.lang));
        if config.start == StartScreen::Roi {
            restored.screen = Screen::Roi;
        }
    }
    // Only counted here: the history itself is read by the later screens' code (`open_history`).
    let history_store = HistoryStore::new(&config.id, config.storage);
    let stored_results = history_store.stored_count();
    let history_key = history_store.key().to_owned();
    let store = StoredValue::new(store);
    let notice = RwSignal::new(first_notice);
    let instance = Instance {
        texts: lang.get_untracked().texts(),
        lang,
        id: StoredValue::new(config.id),
        progress: RwSignal::new(restored),
        announcement: RwSignal::new(String::new()),
        focus_request: RwSignal::new(0),
        focus_served: StoredValue::new(0),
        completion_pending: StoredValue::new(false),
        host: StoredValue::new_local(host),
        parts: RwSignal::new(config.parts),
        page_currency: StoredValue::new(config.currency),
        target_origin: StoredValue::new(config.target_origin),
        history: RwSignal::new(History::default()),
        history_store: StoredValue::new(history_store),
        stored_results: RwSignal::new(stored_results.unwrap_or(0)),
        notice,
    };
    // A returning person: their history is opened, with its screens' code, in the background.
    // Its fetch starts now, not after every instance on the page is drawn.
    if stored_results.is_some() {
        later_screens::prefetch(Chunk::History, lang.get_untracked());
        later_screens::run(instance, LaterTask::OpenHistory);
    }
    // Opened with a share link: it is read, and offered, by the later screens' code.
    keep_until_cleanup(Box::new(crate::browser::share::watch_for_links(
        move || later_screens::run(instance, LaterTask::OpenLink),
    )));
    // Another tab added or removed results: show what is stored now.
    keep_until_cleanup(Box::new(storage::on_change_elsewhere(
        history_key,
        move || {
            if instance.history_store.with_value(HistoryStore::is_open) {
                later_screens::run(instance, LaterTask::ReloadHistory);
            } else if let Some(count) = instance
                .history_store
                .try_with_value(HistoryStore::stored_count)
            {
                instance.stored_results.set(count.unwrap_or(0));
            }
        },
    )));
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

    // The screens are drawn once the language's texts are here (see `content::load`); a
    // failed fetch draws them with the English fallback.
    let first_lang = lang.get_untracked();
    let texts_here = RwSignal::new(content::is_loaded(first_lang));
    if !texts_here.get_untracked() {
        leptos::task::spawn_local(async move {
            content::load(first_lang).await;
            // A no-op once the instance is unmounted.
            texts_here.set(true);
        });
    }

    // Events for the host page: ready once drawn, every screen change, and completion when a
    // completion time appears (not when a completed assessment is merely restored).
    Effect::new(move |_| {
        if !texts_here.get() {
            return;
        }
        let language = lang.get_untracked().code();
        instance
            .id
            .with_value(|id| instance.emit(HostEvent::Ready, &ReadyDetail::new(id, language)));
    });
    Effect::new(move |completed_before: Option<bool>| {
        let completed = progress.with_untracked(|current| current.completed_at.is_some());
        if !texts_here.get() {
            return completed;
        }
        let current = screen.get();
        // The code of what is shown is fetched in the background: the result's while the
        // person answers, so it is here at the last click.
        if let Some(chunk) = Chunk::drawing(current) {
            later_screens::prefetch(chunk, lang.get_untracked());
        }
        instance
            .id
            .with_value(|id| instance.emit(HostEvent::StepChange, &StepDetail::of(id, current)));
        // Leaving the ROI estimate (or arriving anywhere) keeps its latest figures with the
        // result; writing on every keystroke would rewrite the whole history each time. Not the
        // change that completes the assessment: completing keeps it (`LaterTask::Complete`),
        // and a second report would run the estimate's simulation again for nothing.
        let just_completed = completed_before == Some(false) && completed;
        if !just_completed && progress.with_untracked(Progress::is_complete) {
            later_screens::run(instance, LaterTask::RecordResult);
        }
        completed
    });
    let completed_at = Memo::new(move |_| progress.with(|current| current.completed_at));
    Effect::new(move |previous: Option<bool>| {
        let completed = completed_at.get().is_some();
        if previous == Some(false) && completed {
            later_screens::run(instance, LaterTask::Complete);
        }
        completed
    });
    // In an iframe that reports to its parent: the page's height, whenever it changes.
    let root = NodeRef::<leptos::html::Div>::new();
    if instance.target_origin.with_value(Option::is_some) {
        Effect::new(move |_| {
            if let Some(root) = root.get() {
                let resizes = host_events::on_resize(&root, move |height| {
                    instance.id.with_value(|id| {
                        instance.emit(
                            HostEvent::Resize,
                            &ResizeDetail {
                                instance: id,
                                height,
                            },
                        )
                    });
                });
                if let Some(resizes) = resizes {
                    keep_until_cleanup(Box::new(resizes));
                }
            }
        });
    }
    // The language the texts are in: English when the chosen one's could not be fetched.
    let shown_language = move || {
        texts_here.track();
        let chosen = lang.get();
        if content::is_loaded(chosen) {
            chosen.code()
        } else {
            Lang::ENGLISH.code()
        }
    };
    // What the screen shows; the screen is redrawn only when this changes.
    let shown = Memo::new(move |_| {
        texts_here
            .get()
            .then(|| (screen.get(), lang.get(), instance.parts.get()))
    });
    let mut left_side = false;
    let view = view! {
        <div class="aimc" data-theme=theme lang=shown_language node_ref=root>
            {move || texts_here.get().then(|| view! {
                <LanguageSwitcher instance />
                <StorageNoticeBar instance />
            })}
            <p class="aimc-visually-hidden" aria-live="polite">
                {move || instance.announcement.get()}
            </p>
            // Each screen in each language is drawn afresh rather than patched into the previous
            // one's elements: a reused radio renamed into the next question's group while still
            // checked would clear that question's answer. A view of the same type is patched, so
            // consecutive screens take turns on the two sides of an `Either`, whose change of
            // side always draws anew (lighter than a keyed `<For>`). A language switch redraws
            // without a focus request, so focus stays on the switcher.
            {move || {
                shown.get().map(|(shown, shown_lang, _)| {
                    let instance = Instance { texts: shown_lang.texts(), ..instance };
                    let view = match shown {
                        Screen::Intro => view! { <Intro instance /> }.into_any(),
                        Screen::Question(index) => view! { <QuestionStep instance index /> }.into_any(),
                        later => view! { <LaterScreen instance shown=later /> }.into_any(),
                    };
                    left_side = !left_side;
                    if left_side { Either::Left(view) } else { Either::Right(view) }
                })
            }}
        </div>
    };
    (instance, view)
}

impl Instance {
    /// The page changed its options from `before` to `after` (see `view::mount::reconfigure`):
    /// a part no longer shown gives way (`Progress::fit_parts`) and the screen is drawn again
    /// with the parts now shown; the page's currency goes on the estimate (entered amounts stay
    /// as typed, as when the person picks a currency); and the page's new language shows once
    /// its texts are here, winning over the person's earlier pick
    /// (`Progress::follow_page_language`). Answers and ROI inputs are kept. `instance`,
    /// `storage`, `start` and `target-origin` are read when an instance starts, so their
    /// change applies the next time the element mounts.
    pub fn follow_page(&self, before: &InstanceConfig, after: &InstanceConfig) {
        let instance = *self;
        instance.page_currency.set_value(after.currency);
        instance.progress.update(|progress| {
            progress.fit_parts(after.parts);
            if let (true, Some(currency)) = (before.currency != after.currency, after.currency) {
                progress.currency = currency;
            }
        });
        instance.parts.set(after.parts);
        if before.lang != after.lang {
            let chosen = after.lang;
            leptos::task::spawn_local(async move {
                content::load(chosen).await;
                if !instance.is_alive() {
                    return;
                }
                let shown = instance.lang.get_untracked();
                instance.lang.set(chosen);
                instance.progress.update(|progress| {
                    progress.follow_page_language(chosen, shown, instance.page_currency.get_value())
                });
            });
        }
    }
}
