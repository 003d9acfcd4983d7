//! Two results side by side: overall score and level, every area's move, and the pitfalls that
//! appeared or went away.

use leptos::prelude::*;

use crate::core::compare::compare;
use crate::core::history::HistoryEntry;
use crate::core::recommendations::Pitfall;
use crate::view::later::common::data_table::DataTable;
use crate::view::later::history::trend_chart::format_date_time;
use crate::view::Instance;

fn pitfall_names(instance: Instance, ids: &[String]) -> Vec<&'static str> {
    ids.iter()
        .filter_map(|id| Pitfall::from_id(id))
        .map(|pitfall| instance.texts.pitfall_name(pitfall))
        .collect()
}

/// Compares `before` with `after` (the older result first).
#[component]
pub fn Comparison(instance: Instance, before: HistoryEntry, after: HistoryEntry) -> impl IntoView {
    let texts = instance.texts;
    let comparison = compare(&before.report, &after.report);
    let label = |entry: &HistoryEntry| {
        if entry.name.is_empty() {
            format_date_time(instance, entry)
        } else {
            format!("{} ({})", entry.name, format_date_time(instance, entry))
        }
    };
    let dash = || "–".to_owned();
    let number = |value: Option<u8>| value.map_or_else(dash, |value| value.to_string());
    let rows = comparison
        .areas
        .iter()
        .map(|change| {
            let delta = change.delta().map_or_else(dash, |delta| {
                if delta > 0 {
                    format!("+{delta}")
                } else {
                    delta.to_string()
                }
            });
            view! {
                <tr>
                    <th scope="row">{texts.area_name(change.area)}</th>
                    <td>{number(change.before)}</td>
                    <td>{number(change.after)}</td>
                    <td>{delta}</td>
                </tr>
            }
        })
        .collect_view();
    let list = |names: Vec<&'static str>| {
        if names.is_empty() {
            view! { <p>{texts.get("ui.history.none")}</p> }.into_any()
        } else {
            view! { <ul>{names.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul> }.into_any()
        }
    };
    let new_pitfalls = pitfall_names(instance, &comparison.new_pitfalls);
    let resolved_pitfalls = pitfall_names(instance, &comparison.resolved_pitfalls);
    view! {
        <section class="aimc-comparison">
            <h3 part="heading">{texts.fill("ui.history.compare_heading", &[("before", &label(&before)), ("after", &label(&after))])}</h3>
            <p class="aimc-meta" data-overall-change>
                {texts.fill("ui.history.overall_change", &[("before", &number(comparison.overall.0)), ("after", &number(comparison.overall.1))])}
            </p>
            <p class="aimc-meta" data-level-change>
                {texts.fill("ui.history.level_change", &[("before", &number(comparison.level.0)), ("after", &number(comparison.level.1))])}
            </p>
            <DataTable
                texts
                caption="ui.result.areas"
                columns=&["ui.history.area", "ui.history.before", "ui.history.after", "ui.history.change"]
            >
                {rows}
            </DataTable>
            <h4 part="heading">{texts.get("ui.history.new_pitfalls")}</h4>
            {list(new_pitfalls)}
            <h4 part="heading">{texts.get("ui.history.resolved_pitfalls")}</h4>
            {list(resolved_pitfalls)}
        </section>
    }
}
