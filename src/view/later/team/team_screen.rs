//! The team roll-up for a consultant: many people's exported results, picked or dropped at
//! once, summarised without names: respondents, mean and spread per area, the spread of levels,
//! where people disagree, the most common pitfalls and a combined recommendation, exported as
//! JSON and CSV. Nothing is stored: the files stay where they were.

use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::files::PickedFile;
use crate::browser::print::print_page;
use crate::content::Texts;
use crate::core::history::{read_import, MAX_BUNDLE_BYTES};
use crate::core::import::{ImportError, ImportPurpose};
use crate::core::locale::{day_stamp, Locale};
use crate::core::progress::Progress;
use crate::core::questionnaire::Area;
use crate::core::recommendations::Pitfall;
use crate::core::report::ReportV1;
use crate::core::rollup::{rollup, CsvStyle, TeamRollup};
use crate::core::scoring::MaturityLevel;
use crate::core::share_link::{self, Shared};
use crate::view::later::common::bar_row::{Bar, BarRow};
use crate::view::later::common::data_table::DataTable;
use crate::view::later::common::export::save_and_announce;
use crate::view::later::history::file_drop::file_drop;
use crate::view::later::history::history_screen::error_text;
use crate::view::later::result::share_link::{read_envelope, refusal_text};
use crate::view::shared::step_heading::StepHeading;
use crate::view::Instance;

/// Files and links that could not be used, with why; at most this many are listed by name.
const LISTED_FAILURES: usize = 5;

/// What one way in (the picked files, or the pasted links) brought.
#[derive(Clone, Debug, Default, PartialEq)]
struct TeamPart {
    /// How many files or links were given.
    given: usize,
    reports: Vec<ReportV1>,
    /// How many of the results were answered on an earlier questionnaire.
    older_questionnaire: usize,
    /// Each file or link that could not be used: its name and why, in the person's language.
    failures: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
struct TeamData {
    given: usize,
    /// Whether links were pasted (the count then names files and links).
    with_links: bool,
    older_questionnaire: usize,
    rollup: TeamRollup,
    failures: Vec<(String, String)>,
}

impl TeamData {
    /// The roll-up of the files and the links together.
    fn of(parts: &[&TeamPart], with_links: bool) -> TeamData {
        TeamData {
            given: parts.iter().map(|part| part.given).sum(),
            with_links,
            older_questionnaire: parts.iter().map(|part| part.older_questionnaire).sum(),
            rollup: rollup(parts.iter().flat_map(|part| part.reports.iter())),
            failures: parts
                .iter()
                .flat_map(|part| part.failures.iter().cloned())
                .collect(),
        }
    }
}

fn read_team(instance: Instance, files: Vec<PickedFile>) -> TeamPart {
    let mut part = TeamPart {
        given: files.len(),
        ..TeamPart::default()
    };
    for file in files {
        let read = match file.bytes {
            Some(bytes) => read_import(ImportPurpose::RollUp, &bytes),
            None => Err(ImportError::TooLarge { bytes: file.size }),
        };
        match read {
            Ok(read) => {
                for named in read {
                    part.older_questionnaire +=
                        usize::from(named.imported.older_questionnaire.is_some());
                    part.reports.push(named.imported.report);
                }
            }
            Err(error) => part
                .failures
                .push((file.name, error_text(instance, &error))),
        }
    }
    part
}

/// Reads pasted links or codes, one per line (blank lines are skipped); each is checked as an
/// imported file is. A link to answers in progress is not a result and is refused.
async fn read_links(instance: Instance, pasted: String) -> TeamPart {
    let texts = instance.texts;
    let mut part = TeamPart::default();
    for (index, line) in pasted.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        part.given += 1;
        let read = match share_link::parse(line) {
            Ok(envelope) => read_envelope(envelope, ImportPurpose::RollUp).await,
            Err(error) => Err(error),
        };
        let name = || texts.fill("ui.team.link_line", &[("line", &(index + 1).to_string())]);
        match read {
            Ok(Shared::Result(imported)) => {
                part.older_questionnaire += usize::from(imported.older_questionnaire.is_some());
                part.reports.push(imported.report);
            }
            Ok(Shared::Progress(_)) => part
                .failures
                .push((name(), texts.get("ui.team.link_unfinished").to_owned())),
            Err(error) => part.failures.push((name(), refusal_text(instance, &error))),
        }
    }
    part
}

#[component]
pub fn TeamScreen(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let from_files = RwSignal::new(None::<TeamPart>);
    let from_links = RwSignal::new(None::<TeamPart>);
    let pasted = RwSignal::new(String::new());
    // The files and the links are read apart and rolled up together: a Memo, so the roll-up
    // is computed once per change of either, from the reports where they are (`with`, not a
    // copy of a thousand reports).
    let data = Memo::new(move |_| {
        from_files.with(|files| {
            from_links.with(|links| {
                let parts: Vec<&TeamPart> = files.iter().chain(links.iter()).collect();
                (!parts.is_empty()).then(|| TeamData::of(&parts, links.is_some()))
            })
        })
    });
    let announce = move || {
        if let Some(team) = data.get_untracked() {
            instance.announcement.set(texts.fill_plural(
                "ui.team.respondents",
                team.rollup.respondents as f64,
                0,
                &[("count", &team.rollup.respondents.to_string())],
            ));
        }
    };
    let on_files = move |files: Vec<PickedFile>| {
        from_files.set(Some(read_team(instance, files)));
        announce();
    };
    let on_links = move |_| {
        let lines = pasted.get_untracked();
        leptos::task::spawn_local(async move {
            from_links.set(Some(read_links(instance, lines).await));
            announce();
        });
    };
    let paste_id = instance.element_id("team-links");
    let paste_hint = format!("{paste_id}-hint");
    let save = move |extension: &str, mime: &str, contents: String| {
        let name = format!(
            "ai-maturity-check-team-{}.{extension}",
            day_stamp(clock::now())
        );
        save_and_announce(instance, &name, &contents, mime, "ui.result.downloaded");
    };
    let result = move || {
        data.get().map(|team| {
            // The files are written when asked for, not before the figures are drawn.
            let rollup = team.rollup.clone();
            let for_csv = rollup.clone();
            view! {
                {team_failures(instance, &team)}
                {team_summary(instance, &rollup)}
                <div class="aimc-actions">
                    <button type="button" class="aimc-button aimc-primary" part="button primary-button" on:click=move |_| save("json", "application/json", rollup.to_json())>{texts.get("ui.team.export_json")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=move |_| save("csv", "text/csv;charset=utf-8", team_csv(texts, &for_csv))>{texts.get("ui.team.export_csv")}</button>
                    <button type="button" class="aimc-button" part="button" on:click=move |_| print_page()>{texts.get("ui.result.print")}</button>
                </div>
            }
        })
    };
    view! {
        <section class="aimc-screen aimc-team">
            <StepHeading instance>{texts.get("ui.team.heading")}</StepHeading>
            <p>{texts.get("ui.team.intro")}</p>
            {file_drop(instance, "team-files", "ui.team.pick", MAX_BUNDLE_BYTES, on_files)}
            <div class="aimc-field aimc-paste">
                <label for=paste_id.clone()>{texts.get("ui.team.paste")}</label>
                <p class="aimc-hint" id=paste_hint.clone()>{texts.get("ui.team.paste_hint")}</p>
                <textarea id=paste_id rows="4" spellcheck="false" aria-describedby=paste_hint
                    prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
                <div class="aimc-actions">
                    <button type="button" class="aimc-button" part="button" on:click=on_links>{texts.get("ui.team.paste_add")}</button>
                </div>
            </div>
            {result}
            <div class="aimc-actions">
                <button type="button" class="aimc-button" part="button" on:click=move |_| instance.navigate(Progress::back)>{texts.get("roi.back_to_intro")}</button>
            </div>
        </section>
    }
}

/// The roll-up as a CSV file that a spreadsheet in the person's language opens in columns: the
/// language's separators, and each row named in the language.
fn team_csv(texts: Texts, rollup: &TeamRollup) -> String {
    let style = CsvStyle::for_numbers(Locale::new(texts).numbers);
    rollup.to_csv(style, |id| match Area::from_id(id) {
        Some(area) => texts.area_name(area),
        None => texts.get("ui.team.csv_overall"),
    })
}

fn team_failures(instance: Instance, team: &TeamData) -> impl IntoView {
    let texts = instance.texts;
    let used = team.given - team.failures.len();
    let listed = team
        .failures
        .iter()
        .take(LISTED_FAILURES)
        .map(|(file, reason)| {
            let line = texts.fill("ui.team.failed", &[("file", file), ("reason", reason)]);
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! {
        <p class="aimc-meta" role="status" data-team-files>
            {texts.fill(if team.with_links { "ui.team.sources_used" } else { "ui.team.files_used" }, &[("used", &used.to_string()), ("count", &team.given.to_string())])}
        </p>
        {(!team.failures.is_empty()).then(|| view! { <ul class="aimc-error">{listed}</ul> })}
        {(team.older_questionnaire > 0).then(|| {
            let count = team.older_questionnaire;
            let text = texts.fill_plural(
                "ui.team.older_questionnaire",
                count as f64,
                0,
                &[("count", &count.to_string())],
            );
            view! { <p class="aimc-meta" data-team-older>{text}</p> }
        })}
    }
}

fn team_summary(instance: Instance, rollup: &TeamRollup) -> impl IntoView {
    let texts = instance.texts;
    let locale = Locale::new(texts);
    let number = |value: f64| locale.number(value, 1);
    let respondents = rollup.respondents;
    let overall = rollup.overall.as_ref().map(|stats| {
        texts.fill(
            "ui.team.overall",
            &[
                ("mean", &number(stats.mean)),
                ("spread", &number(stats.std_dev)),
            ],
        )
    });
    let levels = rollup
        .levels
        .iter()
        .enumerate()
        .map(|(level, count)| {
            let width = if respondents == 0 { 0.0 } else { *count as f64 * 100.0 / respondents as f64 };
            let name = MaturityLevel::from_number(level as u8).map(|level| texts.level_name(level));
            view! {
                <BarRow bar=Bar::Share { percent: width, decimals: 1 } value=count.to_string()>
                    {texts.fill("ui.result.level", &[("level", &level.to_string())])}" · "{name.unwrap_or_default()}
                </BarRow>
            }
        })
        .collect_view();
    let areas = rollup
        .areas
        .iter()
        .filter_map(|row| Area::from_id(&row.area).map(|area| (area, row)))
        .map(|(area, row)| {
            view! {
                <tr class:aimc-disagree=row.disagreement>
                    <th scope="row">{texts.area_name(area)}</th>
                    <td>{number(row.stats.mean)}</td>
                    <td>{format!("±{}", number(row.stats.std_dev))}</td>
                    <td>{format!("{}–{}", row.stats.min, row.stats.max)}</td>
                    <td>{if row.disagreement { texts.get("ui.team.disagree") } else { "" }}</td>
                </tr>
            }
        })
        .collect_view();
    let pitfalls = rollup
        .pitfalls
        .iter()
        .filter_map(|count| Pitfall::from_id(&count.pitfall).map(|pitfall| (pitfall, count.respondents)))
        .map(|(pitfall, count)| {
            view! {
                <li>
                    <strong>{texts.pitfall_name(pitfall)}</strong>
                    " "
                    {texts.fill("ui.team.pitfall_count", &[("count", &count.to_string()), ("total", &respondents.to_string())])}
                </li>
            }
        })
        .collect_view();
    let recommendation = rollup
        .recommendations
        .iter()
        .map(|id| {
            if let Some(area) = id.strip_prefix("next.").and_then(Area::from_id) {
                let steps = texts.next_steps(area).map(|step| view! { <li>{step}</li> });
                view! {
                    <li>
                        <strong>{texts.area_name(area)}</strong>
                        <ul>{steps.into_iter().collect_view()}</ul>
                    </li>
                }
                .into_any()
            } else if let Some(pitfall) = Pitfall::from_id(id) {
                view! { <li><strong>{texts.pitfall_name(pitfall)}</strong>" "{texts.pitfall_remedy(pitfall)}</li> }.into_any()
            } else if let Some(level) = id
                .strip_prefix("plan.")
                .and_then(|level| level.parse::<u8>().ok())
                .and_then(MaturityLevel::from_number)
            {
                view! { <li><strong>{texts.get("ui.result.plan")}</strong>" "{texts.plan(level)}</li> }.into_any()
            } else {
                ().into_any()
            }
        })
        .collect_view();
    view! {
        <div class="aimc-team-result">
            <p class="aimc-level-name" data-team-respondents>
                {texts.fill_plural("ui.team.respondents", respondents as f64, 0, &[("count", &respondents.to_string())])}
            </p>
            {overall.map(|text| view! { <p class="aimc-meta">{text}</p> })}
            <h3 part="heading">{texts.get("ui.team.levels")}</h3>
            <ul class="aimc-bars">{levels}</ul>
            <DataTable
                texts
                caption="ui.result.areas"
                columns=&["ui.history.area", "ui.team.mean", "ui.team.spread", "ui.team.range", "ui.team.agreement"]
            >
                {areas}
            </DataTable>
            <h3 part="heading">{texts.get("ui.team.pitfalls")}</h3>
            <ul class="aimc-pitfalls">{pitfalls}</ul>
            <h3 part="heading">{texts.get("ui.team.recommendation")}</h3>
            <ol class="aimc-gaps">{recommendation}</ol>
        </div>
    }
}
