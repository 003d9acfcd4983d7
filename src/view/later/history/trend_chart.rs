//! The overall score of every result in the history, oldest first, as an SVG line chart drawn
//! by the widget itself (`line_chart`).

use std::fmt::Write as _;
use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::core::chart::Plot;
use crate::core::decimal::{fixed, plain};
use crate::core::history::HistoryEntry;
use crate::core::locale::format_datetime;
use crate::view::later::common::line_chart::{LineChart, TickLabel};
use crate::view::Instance;

/// Up to this many results, each gets a dot on the line.
const MAX_DOTS: usize = 60;

const PLOT: Plot = Plot {
    left: 44.0,
    top: 16.0,
    width: 570.0,
    height: 170.0,
    x_max: 1.0,
    y_max: 100.0,
};

/// The points of the trend: each scored result's date and overall score, oldest first.
pub fn trend_points(instance: Instance, entries: &[HistoryEntry]) -> Vec<(String, u8)> {
    // The pattern looked up once, not once per result.
    let pattern = instance.texts.get("format.date");
    entries
        .iter()
        .filter_map(|entry| {
            let overall = entry.report.scores.overall?;
            Some((format_taken_at(pattern, entry), overall))
        })
        .collect()
}

/// "{day}.{month}.{year}" and the like: the language's date pattern without the time.
pub fn format_date(instance: Instance, entry: &HistoryEntry) -> String {
    format_taken_at(instance.texts.get("format.date"), entry)
}

/// The date and time, for telling apart results taken on the same day.
pub fn format_date_time(instance: Instance, entry: &HistoryEntry) -> String {
    format_taken_at(instance.texts.get("format.datetime"), entry)
}

fn format_taken_at(pattern: &str, entry: &HistoryEntry) -> String {
    let at = entry.taken_at();
    format_datetime(pattern, at, clock::local_offset_minutes(at))
}

/// `scored`: each result's date label and overall score, oldest first.
#[component]
pub fn TrendChart(instance: Instance, scored: Vec<(String, u8)>) -> impl IntoView {
    let texts = instance.texts;
    let plot = Plot {
        x_max: (scored.len().max(2) - 1) as f64,
        ..PLOT
    };
    let points = plot.points(
        scored
            .iter()
            .enumerate()
            .map(|(index, (_, score))| (index as f64, f64::from(*score))),
    );
    // A dot per result while they can be told apart; beyond that the line says it all.
    let dots = scored
        .iter()
        .take(if scored.len() <= MAX_DOTS { MAX_DOTS } else { 0 })
        .enumerate()
        .map(|(index, (_, score))| {
            view! { <circle class="aimc-radar-dot" cx=fixed(plot.x(index as f64), 1) cy=fixed(plot.y(f64::from(*score)), 1) r="4" /> }
        })
        .collect_view();
    let first = scored
        .first()
        .map(|(date, _)| date.clone())
        .unwrap_or_default();
    let last = scored
        .last()
        .map(|(date, _)| date.clone())
        .unwrap_or_default();
    // Written into one string: a part per result, hundreds of them.
    let mut summary = String::new();
    for (date, score) in &scored {
        let comma = if summary.is_empty() { "" } else { ", " };
        let _ = write!(summary, "{comma}{date}: {score}");
    }
    let x_labels = [(0usize, first.clone(), "start"), (scored.len().saturating_sub(1), last.clone(), "end")]
        .map(|(index, date, anchor)| {
            view! { <text class="aimc-tick" x=plain(plot.x(index as f64)) y=plain(plot.bottom() + 22.0) text-anchor=anchor>{date}</text> }
        })
        .into_iter()
        .collect_view();
    view! {
        <figure class="aimc-figure aimc-trend">
            <LineChart
                instance
                name="trend"
                view_box="0 0 640 215"
                title="ui.history.trend_title"
                description=texts.fill("ui.history.trend_desc", &[("summary", &summary)])
                plot
                tick_text=Arc::new(plain)
                tick_label=TickLabel::Lowered
            >
                <polyline class="aimc-line-benefit" points=points />
                {dots}
                {x_labels}
            </LineChart>
        </figure>
    }
}
