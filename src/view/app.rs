//! One widget instance: its state, its storage, and the screen it shows. A change of the
//! page's options applies to the running instance (`Instance::follow_page`); everything it
//! registers with the browser is freed when it unmounts.

use leptos::either::Either;
use leptos::prelude::*;

use super::intro::Intro;
use super::language_switcher::LanguageSwitcher;
use super::later_screens::{self, Chunk, LaterScreen, LaterTask};
use super::question_step::QuestionStep;
use super::storage_notice::StorageNoticeBar;
use crate::browser::clock;
use crate::browser::host_events;
use crate::browser::storage::{self, HistoryStore, ProgressStore, StorageNotice};
use crate::content::{self, Lang, LangTexts, Texts};
use crate::core::history::{EntryOrigin, History, HistoryEntry};
use crate::core::host_messages::{Detail, HostEvent, ReadyDetail, ResizeDetail, StepDetail};
use crate::core::instance_config::{InstanceConfig, Parts, StartScreen};
use crate::core::locale::Currency;
use crate::core::progress::{Progress, Screen};
use crate::core::report::ReportV1;

/// What every component of one instance shares. Copy, so it passes into closures freely; all
/// state stays inside the instance (no globals), so many instances can share a page.
#[derive(Clone, Copy)]
pub struct Instance {
    /// The texts of the language the screen is drawn in. A language switch redraws the screen
    /// with a new `Instance` whose other fields are the same signals.
    pub texts: Texts,
    /// The language shown now; the switcher changes it.
    pub lang: RwSignal<Lang>,
    /// The instance id, for element ids and radio-group names.
    pub id: StoredValue<String>,
    /// The whole assessment state; saved to storage on every change.
    pub progress: RwSignal<Progress>,
    /// Text for the polite live region (e.g. "Your result was downloaded.").
    pub announcement: RwSignal<String>,
    /// Counts the person's navigations; each one moves focus to the current screen's heading.
    /// Zero until the first, so loading the page never pulls focus into the widget.
    pub focus_request: RwSignal<u32>,
    /// The assessment was completed while the later screens' code could not be fetched; its
    /// `Complete` is sent when the code arrives (see `later_screens`).
    pub completion_pending: StoredValue<bool>,
    /// The last request a heading took focus for; a redraw without a new request leaves focus
    /// where it is.
    pub focus_served: StoredValue<u32>,
    /// The mount element, where the host page hears this instance's events.
    pub host: StoredValue<web_sys::HtmlElement, LocalStorage>,
    /// Which parts the page's author chose to show. Read untracked: a change redraws the screen.
    pub parts: RwSignal<Parts>,
    /// The currency the page chose, if any; without one, an untouched estimate follows the
    /// language.
    pub page_currency: StoredValue<Option<Currency>>,
    /// In an iframe: the parent origin that hears the events too (see `host_events`).
    pub target_origin: StoredValue<Option<String>>,
    /// Completed and imported results, as stored (see `history_store`); empty until the
    /// history is opened (`open_history`), which the later screens do.
    pub history: RwSignal<History>,
    pub history_store: StoredValue<HistoryStore>,
    /// How many results the history holds: known, for the intro, before it is opened.
    pub stored_results: RwSignal<usize>,
    /// What the person must be told about storage; shown once at the top.
    pub notice: RwSignal<Option<StorageNotice>>,
}

impl Instance {
    /// Whether the instance is still mounted: a task that resumes after an `await` checks this
    /// before it touches the instance, whose signals are gone once it is unmounted.
    pub fn is_alive(&self) -> bool {
        self.progress.try_with_untracked(|_| ()).is_some()
    }

    /// An id unique on the page for this instance's element `name`.
    pub fn element_id(&self, name: &str) -> String {
        self.id.with_value(|id| format!("aimc-{id}-{name}"))
    }

    /// Tells the host page about `event`, with `detail` serialised as the event's detail.
    pub fn emit(&self, event: HostEvent, detail: &impl Detail) {
        let json = detail.to_json();
        self.host
            .with_value(|host| host_events::dispatch(host, event, &json));
        self.target_origin.with_value(|origin| {
            if let Some(origin) = origin {
                host_events::post_to_parent(event, &json, origin);
            }
        });
    }

    /// The report of the current state, as exported and as sent with `Complete` and `Export`.
    pub fn report(&self) -> ReportV1 {
        let language = self.lang.get_untracked().code();
        self.progress
            .with_untracked(|progress| ReportV1::build(progress, language, clock::now()))
    }

    /// Reads the stored history, the first time it is called (see `HistoryStore::open`), and
    /// raises the notice when it had to be set aside or is from a newer version.
    pub fn open_history(&self) {
        let Some(Some((history, notice))) = self.history_store.try_update_value(HistoryStore::open)
        else {
            return;
        };
        self.show_history(history);
        if notice.is_some() && self.notice.get_untracked().is_none() {
            self.notice.set(notice);
        }
    }

    /// Shows `history` as the instance's history.
    pub fn show_history(&self, history: History) {
        self.stored_results.set(history.entries().len());
        self.history.set(history);
    }

    /// Changes the stored history (see `HistoryStore::apply`) and shows the result. A failed
    /// write keeps the change for this visit and raises the notice.
    pub fn change_history(&self, change: impl FnOnce(&mut History) -> bool) {
        self.open_history();
        let Some((history, written)) = self
            .history_store
            .try_update_value(|store| store.apply(change))
        else {
            return;
        };
        self.show_history(history);
        if let Err(problem) = written {
            self.notice.set(Some(problem));
        }
    }

    /// Keeps the completed assessment, with its current ROI estimate, in the history.
    pub fn record_result(&self) {
        if self.progress.with_untracked(Progress::is_complete) {
            let entry = HistoryEntry::new(self.report(), EntryOrigin::Completed, clock::now());
            // Checked against this tab's copy first: reading the stored history back (all of
            // it) on every screen change would be work on the hot path for nothing.
            if !self.history.with_untracked(|history| history.holds(&entry)) {
                self.change_history(|history| history.record(entry));
            }
        }
    }

    /// Applies a change that moves the person to another screen, or resets the one they are on,
    /// and then moves focus to the heading of what is shown.
    pub fn navigate(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.focus_request.update(|count| *count += 1);
    }
}

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
    if stored_results.is_some() {
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
    Effect::new(move |_| {
        if !texts_here.get() {
            return;
        }
        let current = screen.get();
        // The code of what is shown is fetched in the background: the result's while the
        // person answers, so it is here at the last click.
        if let Some(chunk) = Chunk::drawing(current) {
            later_screens::prefetch(chunk);
        }
        instance
            .id
            .with_value(|id| instance.emit(HostEvent::StepChange, &StepDetail::of(id, current)));
        // Leaving the ROI estimate (or arriving anywhere) keeps its latest figures with the
        // result; writing on every keystroke would rewrite the whole history each time.
        if progress.with_untracked(Progress::is_complete) {
            later_screens::run(instance, LaterTask::RecordResult);
        }
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
