//! Earlier results: every completed and imported result with its date, level and a small
//! summary of the team dimensions; open, rename, delete (with undo) and delete all; two picked
//! results compared; the trend over all; import of files and "download everything".

use leptos::html::{Dialog, Section};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::clock;
use crate::browser::files::PickedFile;
use crate::browser::print::print_page;
use crate::core::answers::Answers;
use crate::core::history::{read_import, HistoryEntry, NamedReport, MAX_BUNDLE_BYTES};
use crate::core::import::{ImportError, ImportPurpose, MAX_IMPORT_BYTES};
use crate::core::progress::Progress;
use crate::core::questionnaire::{Area, AreaGroup};
use crate::view::later::common::after_paint::painted;
use crate::view::later::common::export::{download_everything, save_and_announce};
use crate::view::later::history::comparison::Comparison;
use crate::view::later::history::file_drop::file_drop;
use crate::view::later::history::trend_chart::{
    format_date, format_date_time, trend_points, TrendChart,
};
use crate::view::later::result::result_body::ResultBody;
use crate::view::later::result::share_link::opened_link_view;
use crate::view::later::roi::roi_summary::RoiSummary;
use crate::view::shared::confirm_dialog::{confirm_dialog, open_dialog};
use crate::view::shared::step_heading::StepHeading;
use crate::view::Instance;

/// How many results the list shows at first, and adds with each "show more".
const HISTORY_PAGE: usize = 20;

/// How many results are drawn before the screen's first paint: as many as a tall screen shows
/// below the heading and the trend. The rest of the page (the other results of the first page,
/// the comparison, import and export) is drawn once that is painted (`after_paint`): the
/// twenty results and the page's controls at once held the first paint back by a few
/// hundredths of a second on a fast laptop.
const FIRST_PAINT_RESULTS: usize = 5;

/// The outcome of the last import, shown above the list.
#[derive(Clone, Debug, PartialEq)]
enum ImportOutcome {
    Done {
        added: usize,
        duplicates: usize,
        migrated: usize,
        older_questionnaire: usize,
    },
    Failed {
        file: String,
        error: ImportError,
    },
}

/// The name a person gave an entry, else its date.
fn entry_title(instance: Instance, entry: &HistoryEntry) -> String {
    if entry.name.is_empty() {
        instance.texts.fill(
            "ui.history.untitled",
            &[("date", &format_date_time(instance, entry))],
        )
    } else {
        entry.name.clone()
    }
}

/// Reads every picked file; all of them go in, or (at the first bad one) none.
fn import_files(instance: Instance, files: Vec<PickedFile>) -> ImportOutcome {
    let mut reports: Vec<NamedReport> = Vec::new();
    for file in files {
        let Some(bytes) = file.bytes else {
            return ImportOutcome::Failed {
                file: file.name,
                error: ImportError::TooLarge { bytes: file.size },
            };
        };
        match read_import(ImportPurpose::Keep, &bytes) {
            Ok(read) => reports.extend(read),
            Err(error) => {
                return ImportOutcome::Failed {
                    file: file.name,
                    error,
                }
            }
        }
    }
    let mut summary = Default::default();
    instance.change_history(|history| {
        summary = history.import(reports, clock::now());
        summary.added > 0
    });
    ImportOutcome::Done {
        added: summary.added,
        duplicates: summary.duplicates,
        migrated: summary.migrated,
        older_questionnaire: summary.older_questionnaire,
    }
}

#[component]
pub fn HistoryScreen(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let history = instance.history;
    let opened = RwSignal::new(None::<String>);
    let shown = RwSignal::new(HISTORY_PAGE);
    let selected = RwSignal::new(Vec::<String>::new());
    let renaming = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<HistoryEntry>);
    let imported = RwSignal::new(None::<ImportOutcome>);
    let confirm_all = NodeRef::<Dialog>::new();
    let screen = NodeRef::<Section>::new();
    // The list is drawn again after every change, so focus goes, once it is drawn, to where
    // the person's next step is: Undo after a delete, the entry after an undo or a rename.
    let focus_after_redraw = move |element_id: String| {
        request_animation_frame(move || {
            // `try_`: the instance may have been unmounted since the request.
            let target = screen
                .try_get_untracked()
                .flatten()
                .and_then(|screen| {
                    screen
                        .query_selector(&format!("#{element_id}"))
                        .ok()
                        .flatten()
                })
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    };

    let open_entry = move |id: String| {
        opened.set(Some(id));
        instance.focus_request.update(|count| *count += 1);
    };
    let close_entry = move || {
        opened.set(None);
        instance.focus_request.update(|count| *count += 1);
    };
    let remove = move |id: String| {
        let mut taken = None;
        instance.change_history(|history| {
            taken = history.remove(&id);
            taken.is_some()
        });
        selected.update(|ids| ids.retain(|selected| *selected != id));
        if taken.is_some() {
            instance
                .announcement
                .set(texts.get("ui.history.deleted").to_owned());
            focus_after_redraw(instance.element_id("undo"));
        }
        removed.set(taken);
    };
    let undo = move |_| {
        if let Some(entry) = removed.get_untracked() {
            focus_after_redraw(instance.element_id(&format!("open-{}", entry.id)));
            instance.change_history(|history| history.add(entry));
            removed.set(None);
            instance
                .announcement
                .set(texts.get("ui.history.restored").to_owned());
        }
    };
    let delete_all = move || {
        instance.change_history(|history| {
            let had = !history.is_empty();
            history.clear();
            had
        });
        selected.set(Vec::new());
        removed.set(None);
        instance
            .announcement
            .set(texts.get("ui.history.all_deleted").to_owned());
        instance.focus_request.update(|count| *count += 1);
    };
    let on_files = move |files: Vec<PickedFile>| {
        let outcome = import_files(instance, files);
        let message = outcome_text(instance, &outcome);
        imported.set(Some(outcome));
        instance.announcement.set(message);
    };

    let painted = painted();
    let list = move || {
        // Newest first, a page at a time: 500 results drawn at once take a noticeable moment.
        // Until the first paint, only the first few (and, after it, every redraw has them all).
        let limit = if painted.get() {
            shown.get()
        } else {
            FIRST_PAINT_RESULTS.min(shown.get())
        };
        let (entries, total) = history.with(|history| {
            let all = history.entries();
            (
                all.iter().rev().take(limit).cloned().collect::<Vec<_>>(),
                all.len(),
            )
        });
        if entries.is_empty() {
            return view! { <p>{texts.get("ui.history.empty")}</p> }.into_any();
        }
        let hidden = total - entries.len();
        let more = (hidden > 0 && painted.get_untracked()).then(|| {
            let next = hidden.min(HISTORY_PAGE);
            view! {
                <button type="button" class="aimc-button aimc-small" part="button" on:click=move |_| shown.update(|shown| *shown += HISTORY_PAGE)>
                    {texts.fill_plural("ui.history.show_more", next as f64, 0, &[("count", &next.to_string())])}
                </button>
            }
        });
        let items = entries
            .iter()
            .map(|entry| {
                let id = entry.id.clone();
                let title = entry_title(instance, entry);
                let level = entry.report.scores.level.map(|level| {
                    texts.fill("ui.result.level", &[("level", &level.to_string())])
                });
                let overall = entry.report.scores.overall.map(|score| {
                    texts.fill("ui.result.overall_score", &[("score", &score.to_string())])
                });
                let summary = Area::ALL
                    .into_iter()
                    .filter(|area| area.group() == AreaGroup::Team)
                    .map(|area| {
                        let score = entry.report.scores.areas.get(area.id()).copied().unwrap_or(0);
                        view! {
                            <div>
                                <dt>{texts.area_name(area)}</dt>
                                <dd>{score}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                let check_id = instance.element_id(&format!("select-{id}"));
                let (open_id, rename_id, delete_id, check_value) = (id.clone(), id.clone(), id.clone(), id.clone());
                let is_selected = {
                    let id = id.clone();
                    move || selected.with(|ids| ids.contains(&id))
                };
                let toggle = move |_| {
                    selected.update(|ids| {
                        if let Some(at) = ids.iter().position(|selected| *selected == check_value) {
                            ids.remove(at);
                        } else {
                            ids.push(check_value.clone());
                            if ids.len() > 2 {
                                ids.remove(0);
                            }
                        }
                    })
                };
                let is_renaming = {
                    let id = id.clone();
                    move || renaming.with(|renaming| renaming.as_deref() == Some(id.as_str()))
                };
                let rename_form = {
                    let id = id.clone();
                    let name = entry.name.clone();
                    move || {
                        let id = id.clone();
                        let id_for_cancel = id.clone();
                        let input_id = instance.element_id(&format!("name-{id}"));
                        let value = RwSignal::new(name.clone());
                        let save = move |event: leptos::ev::SubmitEvent| {
                            event.prevent_default();
                            let id = id.clone();
                            let name = value.get_untracked();
                            instance.change_history(|history| history.rename(&id, &name));
                            renaming.set(None);
                            focus_after_redraw(instance.element_id(&format!("rename-{id}")));
                            instance.announcement.set(texts.get("ui.history.renamed").to_owned());
                        };
                        view! {
                            <form class="aimc-rename" on:submit=save>
                                <label for=input_id.clone()>{texts.get("ui.history.name_label")}</label>
                                <input id=input_id part="input" type="text" maxlength="80" autofocus prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event)) />
                                <button type="submit" class="aimc-button aimc-small" part="button">{texts.get("ui.history.save")}</button>
                                <button type="button" class="aimc-button aimc-small" part="button" on:click=move |_| {
                                    renaming.set(None);
                                    focus_after_redraw(instance.element_id(&format!("rename-{id_for_cancel}")));
                                }>{texts.get("ui.confirm.no")}</button>
                            </form>
                        }
                    }
                };
                view! {
                    <li class="aimc-history-entry" part="card">
                        <div class="aimc-history-head">
                            <input type="checkbox" id=check_id.clone() prop:checked=is_selected on:change=toggle />
                            <label for=check_id>
                                <span class="aimc-history-title">{title.clone()}</span>
                                <span class="aimc-visually-hidden">{" "}{texts.get("ui.history.select")}</span>
                            </label>
                        </div>
                        <p class="aimc-meta">
                            {format_date(instance, entry)}
                            {level.map(|level| format!(" · {level}"))}
                            {overall.map(|overall| format!(" · {overall}"))}
                        </p>
                        <dl class="aimc-mini">{summary}</dl>
                        <Show when=is_renaming.clone() fallback=move || ()>
                            {rename_form.clone()}
                        </Show>
                        <div class="aimc-actions aimc-entry-actions">
                            <button type="button" class="aimc-button aimc-small" part="button" id=instance.element_id(&format!("open-{id}")) on:click=move |_| open_entry(open_id.clone())>
                                {texts.get("ui.history.open")}<span class="aimc-visually-hidden">{format!(": {title}")}</span>
                            </button>
                            <button type="button" class="aimc-button aimc-small" part="button" id=instance.element_id(&format!("rename-{id}")) on:click=move |_| renaming.set(Some(rename_id.clone()))>
                                {texts.get("ui.history.rename")}
                            </button>
                            <button type="button" class="aimc-button aimc-small aimc-danger" part="button danger-button" on:click=move |_| remove(delete_id.clone())>
                                {texts.get("ui.history.delete")}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ol class="aimc-history">{items}</ol>
            {more}
        }
        .into_any()
    };

    let comparison = move || {
        let picked = selected.get();
        let [first, second] = picked.as_slice() else {
            return view! { <p class="aimc-meta">{texts.get("ui.history.compare_hint")}</p> }
                .into_any();
        };
        history.with(|history| match (history.get(first), history.get(second)) {
            (Some(a), Some(b)) => {
                let (before, after) = if a.taken_at() <= b.taken_at() {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                };
                view! { <Comparison instance before after /> }.into_any()
            }
            _ => ().into_any(),
        })
    };
    let trend = move || {
        let scored = history.with(|history| trend_points(instance, history.entries()));
        (scored.len() >= 2).then(|| view! { <TrendChart instance scored /> })
    };
    let import_status = move || {
        imported.get().map(|outcome| {
            let failed = matches!(outcome, ImportOutcome::Failed { .. });
            view! { <p class=if failed { "aimc-error" } else { "aimc-meta" } role="status">{outcome_text(instance, &outcome)}</p> }
        })
    };
    let undo_bar = move || {
        removed.get().map(|_| {
            view! {
                <p class="aimc-undo" role="status">
                    {texts.get("ui.history.deleted")}
                    " "
                    <button type="button" class="aimc-button aimc-small" part="button" id=instance.element_id("undo") on:click=undo>{texts.get("ui.history.undo")}</button>
                </p>
            }
        })
    };

    let list_view = move || {
        view! {
            <section class="aimc-screen aimc-history-screen" node_ref=screen>
                <StepHeading instance>{texts.get("ui.history.heading")}</StepHeading>
                {opened_link_view(instance)}
                <p>{texts.get("ui.history.intro")}</p>
                {undo_bar}
                {import_status}
                {trend}
                {list}
                {move || painted.get().then(|| untrack(|| view! {
                    <h3 part="heading">{texts.get("ui.history.compare")}</h3>
                    {comparison}
                    <h3 part="heading">{texts.get("ui.history.move")}</h3>
                    {file_drop(instance, "history-import", "ui.history.import", MAX_BUNDLE_BYTES, on_files)}
                    <div class="aimc-actions">
                        <button type="button" class="aimc-button" part="button" on:click=move |_| download_everything(instance)>{texts.get("ui.history.export_all")}</button>
                        <button type="button" class="aimc-button aimc-danger" part="button danger-button" on:click=move |_| open_dialog(confirm_all)>{texts.get("ui.history.delete_all")}</button>
                        <button type="button" class="aimc-button" part="button" on:click=move |_| instance.navigate(Progress::back)>{texts.get("roi.back_to_intro")}</button>
                    </div>
                    {confirm_dialog(
                        instance,
                        confirm_all,
                        "delete-all-question",
                        "ui.history.confirm_delete_all",
                        "ui.history.delete_all_yes",
                        delete_all,
                    )}
                }))}
            </section>
        }
    };

    let entry_view = move |entry: HistoryEntry| {
        let (answers, _) = Answers::from_untrusted(entry.report.answers.clone());
        let completed_at = entry.report.completed_at;
        let roi = entry.report.roi.clone();
        let report = entry.report.clone();
        let download = move |_| {
            save_and_announce(
                instance,
                &report.file_name(),
                &report.to_json(),
                "application/json",
                "ui.result.downloaded",
            );
        };
        view! {
            <section class="aimc-screen aimc-result">
                <StepHeading instance>{entry_title(instance, &entry)}</StepHeading>
                <ResultBody instance answers completed_at />
                {roi.map(|roi| view! { <RoiSummary instance roi /> })}
                <div class="aimc-actions">
                    <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=move |_| close_entry()>{texts.get("ui.history.back")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=download>{texts.get("ui.result.download")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=move |_| print_page()>{texts.get("ui.result.print")}</button>
                </div>
            </section>
        }
    };

    move || {
        let entry = opened
            .get()
            .and_then(|id| history.with_untracked(|history| history.get(&id).cloned()));
        match entry {
            Some(entry) => entry_view(entry).into_any(),
            None => list_view().into_any(),
        }
    }
}

/// The sentence about an import's outcome, in the person's language.
fn outcome_text(instance: Instance, outcome: &ImportOutcome) -> String {
    let texts = instance.texts;
    match outcome {
        ImportOutcome::Done {
            added,
            duplicates,
            migrated,
            older_questionnaire,
        } => {
            let mut parts = vec![texts.fill_plural(
                "ui.history.imported",
                *added as f64,
                0,
                &[("count", &added.to_string())],
            )];
            if *duplicates > 0 {
                parts.push(texts.fill_plural(
                    "ui.history.duplicates",
                    *duplicates as f64,
                    0,
                    &[("count", &duplicates.to_string())],
                ));
            }
            if *migrated > 0 {
                parts.push(texts.get("ui.history.migrated").to_owned());
            }
            if *older_questionnaire > 0 {
                parts.push(texts.fill_plural(
                    "ui.history.older_questionnaire",
                    *older_questionnaire as f64,
                    0,
                    &[("count", &older_questionnaire.to_string())],
                ));
            }
            parts.join(" ")
        }
        ImportOutcome::Failed { file, error } => texts.fill(
            "ui.history.import_failed",
            &[("file", file), ("reason", &error_text(instance, error))],
        ),
    }
}

/// Why a file could not be used, in the person's language.
pub fn error_text(instance: Instance, error: &ImportError) -> String {
    // A file under the bundle limit was refused as a single report, whose limit is smaller.
    let limit = match error {
        ImportError::TooLarge { bytes } if *bytes <= MAX_BUNDLE_BYTES => MAX_IMPORT_BYTES,
        _ => MAX_BUNDLE_BYTES,
    };
    instance.texts.fill(
        error.text_key(),
        &[
            ("limit", &(limit / (1024 * 1024)).to_string()),
            (
                "path",
                match error {
                    ImportError::OutOfRange(path) => path,
                    _ => "",
                },
            ),
        ],
    )
}
