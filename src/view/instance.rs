//! The instance every component takes: its signals (state, texts, language, history, notices)
//! and what components do through it (tell the host page, build the report, keep a result in the
//! history, move to another screen).

use std::cell::Cell;

use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::host_events;
use crate::browser::idle;
use crate::browser::storage::{HistoryStore, StorageNotice};
use crate::content::{Lang, Texts};
use crate::core::history::{EntryOrigin, History, HistoryEntry};
use crate::core::host_messages::{Detail, HostEvent};
use crate::core::instance_config::Parts;
use crate::core::locale::Currency;
use crate::core::progress::Progress;
use crate::core::report::{ReportV1, RoiReport, RoiReportMemo};

/// What every component of one instance shares. Copy, so it passes into closures freely; all
/// state stays inside the instance (no globals), so many instances can share a page. The one
/// thing kept beside it, `LAST_ROI_REPORT`, is no state: a cache of a pure function (the ROI
/// report of given inputs, level and currency), right for any instance that asks.
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
            .with_untracked(|progress| report_of(progress, language))
    }

    /// The ROI estimate of the current state, as in its report (see `roi_report_of`).
    pub fn roi_report(&self) -> RoiReport {
        self.progress.with_untracked(roi_report_of)
    }

    /// The assessment was just completed: keeps it in the history and tells the host page,
    /// once the result is painted (see `idle`): building the report (the ROI estimate's
    /// simulation), writing the whole history and the event's JSON would hold the result back.
    /// The report is of the state completed now, even when the person moves on before then.
    pub fn complete(&self) {
        let instance = *self;
        // A closure of its own: `get_untracked` (the same code) is the questions', so in the main part.
        let progress = self.progress.with_untracked(|progress| progress.clone());
        let language = self.lang.get_untracked().code();
        idle::when_idle(move || {
            // Unmounted meanwhile: its history and host page are gone.
            if instance.is_alive() {
                let report = report_of(&progress, language);
                instance.record_report(report.clone());
                instance.emit(HostEvent::Complete, &report);
            }
        });
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
            self.record_report(self.report());
        }
    }

    /// Keeps `report`, the completed assessment's, in the history.
    pub fn record_report(&self, report: ReportV1) {
        let entry = HistoryEntry::new(report, EntryOrigin::Completed, clock::now());
        // Checked against this tab's copy first: reading the stored history back (all of it) on
        // every screen change would be work on the hot path for nothing.
        if !self.history.with_untracked(|history| history.holds(&entry)) {
            self.change_history(|history| history.record(entry));
        }
    }

    /// Applies a change that moves the person to another screen, or resets the one they are on,
    /// and then moves focus to the heading of what is shown.
    pub fn navigate(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.focus_request.update(|count| *count += 1);
    }
}

thread_local! {
    /// The last ROI report built (see `roi_report_of`), whichever instance built it: it is keyed
    /// by everything the report is built from, so it is right for every instance. Not a field of
    /// `Instance`: that would put its drop glue in the main part, which the first question pays.
    static LAST_ROI_REPORT: Cell<RoiReportMemo> = Cell::new(RoiReportMemo::default());
}

/// The report of `progress` in `language`, exported now.
fn report_of(progress: &Progress, language: &str) -> ReportV1 {
    ReportV1::build_with_roi(progress, language, clock::now(), roi_report_of(progress))
}

/// `RoiReport::build(progress)`, built once for the same inputs: the result's summary, keeping
/// the result and the `Complete` event each need it, and each build runs the simulation.
fn roi_report_of(progress: &Progress) -> RoiReport {
    let mut memo = LAST_ROI_REPORT.take();
    let report = memo.report(progress);
    LAST_ROI_REPORT.set(memo);
    report
}
