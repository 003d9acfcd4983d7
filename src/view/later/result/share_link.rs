//! Share links in the view: "Copy a link to this result" on the result screen, "Continue on
//! another device" under each question (drawn from this chunk, see
//! `later_screens::question_extras`), and a link the page was opened with, shown on the history
//! screen with the offer to keep it.
//!
//! A link is never added silently: the person sees the result and chooses. The fragment is taken
//! out of the address bar as soon as it is read. With several instances on the page, the one the
//! link names takes it; when none has that name, the first to ask does.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;

use crate::browser::{clock, share};
use crate::core::answers::Answers;
use crate::core::history::{EntryOrigin, HistoryEntry};
use crate::core::host_messages::{HostEvent, ShareDetail};
use crate::core::import::ImportPurpose;
use crate::core::progress::Screen;
use crate::core::questionnaire::QUESTIONS;
use crate::core::report::ReportV1;
use crate::core::share_link::{self, LinkKind, ShareError, Shared};
use crate::view::later::result::result_body::ResultBody;
use crate::view::later::roi::roi_summary::RoiSummary;
use crate::view::Instance;

/// How long the first instance to ask for the page's link waits for the others mounted with the
/// page before the link is given to one of them.
const CLAIM_WAIT_MS: i32 = 30;

/// The link the page was opened with, once read, for the instance that took it.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedLink {
    Shared(Shared),
    Refused(ShareError),
    /// The person added the result, or it was already there.
    Added {
        new: bool,
    },
}

thread_local! {
    /// Per instance id: the link it opened, shown on its history screen.
    static OPENED: RefCell<HashMap<String, ArcRwSignal<Option<OpenedLink>>>> = RefCell::default();
    /// The instances that asked for the page's link, in the order they asked. Emptied when the
    /// link is given to one, whose taking it out of the address bar ends the round: an instance
    /// asking later finds no link.
    static CLAIMANTS: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
}

/// The link `instance` opened, shared by every screen that shows it. The map holds the
/// reference-counted signal: an arena signal would be disposed with the screen that first
/// created it. Each caller gets a handle owned by its own reactive scope.
pub fn opened_link(instance: Instance) -> RwSignal<Option<OpenedLink>> {
    RwSignal::from(opened_link_signal(&instance.id.get_value()))
}

fn opened_link_signal(id: &str) -> ArcRwSignal<Option<OpenedLink>> {
    OPENED.with(|opened| {
        opened
            .borrow_mut()
            .entry(id.to_owned())
            .or_insert_with(|| ArcRwSignal::new(None))
            .clone()
    })
}

/// The page was opened with what looks like one of our links: `instance` asks for it.
pub fn claim_page_link(instance: Instance) {
    let fragment = share::fragment();
    let envelope = share_link::parse(&fragment);
    if envelope == Err(ShareError::NotALink) {
        return;
    }
    let first = CLAIMANTS.with(|claimants| {
        let mut claimants = claimants.borrow_mut();
        claimants.push(instance);
        claimants.len() == 1
    });
    if !first {
        return;
    }
    leptos::task::spawn_local(async move {
        share::pause(CLAIM_WAIT_MS).await;
        let claimants = CLAIMANTS.with(|claimants| std::mem::take(&mut *claimants.borrow_mut()));
        // Read again: the fragment may have changed while the instances were asking.
        let envelope = share_link::parse(&share::fragment());
        let named = envelope.as_ref().map(|envelope| envelope.instance.clone());
        let taker = claimants
            .iter()
            .find(|candidate| {
                named
                    .as_ref()
                    .is_ok_and(|name| candidate.id.with_value(|id| id == name))
            })
            .or(claimants.first())
            .copied();
        let Some(taker) = taker else {
            return;
        };
        share::remove_fragment();
        let opened = match envelope {
            Ok(envelope) => match read_envelope(envelope, ImportPurpose::Keep).await {
                Ok(shared) => OpenedLink::Shared(shared),
                Err(error) => OpenedLink::Refused(error),
            },
            Err(error) => OpenedLink::Refused(error),
        };
        opened_link_signal(&taker.id.get_value()).set(Some(opened));
        taker.navigate(|progress| progress.open(Screen::History));
    });
}

/// Inflates and reads a link taken apart.
pub async fn read_envelope(
    envelope: share_link::Envelope,
    purpose: ImportPurpose,
) -> Result<Shared, ShareError> {
    let payload = share::inflate(&envelope.compressed)
        .await
        .map_err(|_| ShareError::Damaged)?;
    share_link::read_payload(envelope.kind, &payload, purpose)
}

/// Why a link cannot be used, in the person's language.
pub fn refusal_text(instance: Instance, error: &ShareError) -> String {
    let path = match error {
        ShareError::OutOfRange(path) => path.as_str(),
        _ => "",
    };
    instance.texts.fill(error.text_key(), &[("path", path)])
}

/// Makes the link for `kind` and copies it; when the clipboard is refused, `fallback` gets the
/// link to show in a field the person copies from.
pub fn copy_link(instance: Instance, kind: LinkKind, fallback: RwSignal<Option<String>>) {
    let payload = match kind {
        LinkKind::Result => share_link::result_payload(&instance.report()),
        LinkKind::Progress => instance
            .progress
            .with_untracked(share_link::progress_payload),
    };
    let texts = instance.texts;
    leptos::task::spawn_local(async move {
        let Ok(compressed) = share::deflate(payload.as_bytes()).await else {
            instance
                .announcement
                .set(texts.get("ui.share.failed").to_owned());
            return;
        };
        let id = instance.id.get_value();
        let link = format!(
            "{}#{}",
            share::page_address(),
            share_link::code(kind, &id, &compressed)
        );
        let length = link.chars().count();
        let copied = share::copy_text(&link).await.is_ok();
        instance.announcement.set(
            texts
                .get(if copied {
                    "ui.share.copied"
                } else {
                    "ui.share.copy_yourself"
                })
                .to_owned(),
        );
        fallback.set((!copied).then_some(link));
        instance.emit(
            HostEvent::Share,
            &ShareDetail {
                instance: &id,
                kind: kind.id(),
                length,
            },
        );
    });
}

/// The field a link is copied from when the clipboard was refused.
pub fn link_field(instance: Instance, link: String) -> impl IntoView {
    let texts = instance.texts;
    let field_id = instance.element_id("share-field");
    let label_for = field_id.clone();
    // Focusing the field selects the link, ready to copy.
    let select_all = |event: leptos::ev::FocusEvent| {
        event_target::<web_sys::HtmlInputElement>(&event).select();
    };
    view! {
        <p class="aimc-field">
            <label for=label_for>{texts.get("ui.share.field")}</label>
            <input type="text" id=field_id readonly prop:value=link on:focus=select_all />
        </p>
    }
}

/// The offer to copy a link, with the line that says who can see it: "Copy a link to this
/// result" on the result screen (`LinkKind::Result`), "Continue on another device" under each
/// question (`LinkKind::Progress`). The link goes to the clipboard, or into a field when the
/// clipboard is refused.
#[component]
pub fn ShareOffer(instance: Instance, kind: LinkKind) -> impl IntoView {
    let texts = instance.texts;
    let fallback = RwSignal::new(None::<String>);
    let (class, note_name) = match kind {
        LinkKind::Result => ("aimc-share", "share-note"),
        LinkKind::Progress => ("aimc-continue", "continue-note"),
    };
    let note_id = instance.element_id(note_name);
    let described_by = note_id.clone();
    let copy = move |_| copy_link(instance, kind, fallback);
    // The result's is a button among the result's actions; the question's a link-like button.
    let offer = match kind {
        LinkKind::Result => view! {
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" aria-describedby=described_by on:click=copy>
                    {texts.get("ui.share.copy_result")}
                </button>
            </div>
        }
        .into_any(),
        LinkKind::Progress => view! {
            <button type="button" class="aimc-link" part="link" aria-describedby=described_by on:click=copy>
                {texts.get("ui.share.continue_elsewhere")}
            </button>
        }
        .into_any(),
    };
    view! {
        <div class=class>
            <p class="aimc-meta" id=note_id>{texts.get("ui.share.privacy")}</p>
            {offer}
            {move || fallback.get().map(|link| link_field(instance, link))}
        </div>
    }
}

/// The link the page was opened with, at the top of the history screen: the result with the
/// offer to keep it, the answers with the offer to continue them, or why it cannot be used.
pub fn opened_link_view(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let opened = opened_link(instance);
    move || {
        opened.get().map(|link| match link {
            OpenedLink::Refused(error) => view! {
                <div class="aimc-error" role="alert" data-opened-link>
                    <p>{texts.fill("ui.share.refused", &[("reason", &refusal_text(instance, &error))])}</p>
                </div>
            }
            .into_any(),
            OpenedLink::Added { new } => view! {
                <p class="aimc-meta" role="status" data-opened-link>
                    {texts.get(if new { "ui.share.added" } else { "ui.share.already_there" })}
                </p>
            }
            .into_any(),
            OpenedLink::Shared(Shared::Result(imported)) => {
                let report = imported.report;
                let keep = {
                    let report = report.clone();
                    move |_| {
                        let entry = HistoryEntry::new(report.clone(), EntryOrigin::Imported, clock::now());
                        let mut new = false;
                        instance.change_history(|history| {
                            new = history.add(entry);
                            new
                        });
                        opened.set(Some(OpenedLink::Added { new }));
                        instance.announcement.set(
                            texts
                                .get(if new { "ui.share.added" } else { "ui.share.already_there" })
                                .to_owned(),
                        );
                    }
                };
                let content = report_view(instance, &report).into_any();
                let heading = "ui.share.opened_result";
                opened_offer(instance, opened, heading, content, "ui.share.add", keep).into_any()
            }
            OpenedLink::Shared(Shared::Progress(progress)) => {
                let answered = progress.answers.iter().count();
                let resume = move |_| {
                    let shared = progress.clone();
                    if let Some(lang) = shared.language {
                        instance.lang.set(lang);
                    }
                    opened.set(None);
                    instance.navigate(move |current| *current = shared.normalised());
                };
                let content = view! {
                    <p>{texts.fill("ui.share.progress_count", &[("answered", &answered.to_string()), ("count", &QUESTIONS.len().to_string())])}</p>
                    <p class="aimc-meta">{texts.get("ui.share.progress_replaces")}</p>
                }
                .into_any();
                let heading = "ui.share.opened_progress";
                opened_offer(instance, opened, heading, content, "ui.share.continue", resume)
                    .into_any()
            }
        })
    }
}

/// What a link brought, offered: its heading (the text key `heading`), `content`, the button
/// that takes it (`take`, doing `on_take`) and "Dismiss".
fn opened_offer(
    instance: Instance,
    opened: RwSignal<Option<OpenedLink>>,
    heading: &'static str,
    content: AnyView,
    take: &'static str,
    on_take: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let texts = instance.texts;
    view! {
        <section class="aimc-opened-link" data-opened-link aria-labelledby=instance.element_id("opened-heading")>
            <h3 part="heading" id=instance.element_id("opened-heading")>{texts.get(heading)}</h3>
            {content}
            <div class="aimc-actions">
                <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=on_take>{texts.get(take)}</button>
                <button type="button" class="aimc-button" part="button" on:click=move |_| opened.set(None)>{texts.get("ui.share.dismiss")}</button>
            </div>
        </section>
    }
}

/// A shared result as the history shows an entry: the result and its ROI estimate in brief.
fn report_view(instance: Instance, report: &ReportV1) -> impl IntoView {
    let (answers, _) = Answers::from_untrusted(report.answers.clone());
    let completed_at = report.completed_at;
    let roi = report.roi.clone();
    view! {
        <ResultBody instance answers completed_at />
        {roi.map(|roi| view! { <RoiSummary instance roi /> })}
    }
}
