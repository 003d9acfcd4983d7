//! Which inputs move the ROI most: a bar per input from the ROI with it lowered to the ROI
//! with it raised, on one shared scale, largest swing first.
//!
//! Drawn once for a number of inputs; as the person types, each row's name, bar and values
//! follow the estimate in place (the order of the inputs may change with it).

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::core::roi::{RoiAnalysis, RoiOutcome, Sensitivity};
use crate::view::later::common::bar_row::{Bar, BarRow};
use crate::view::Instance;

/// Each of `rows` as a bar on the scale all of them share with `outcome`'s ROI.
fn bars_of<'a>(rows: &'a [Sensitivity], outcome: &RoiOutcome) -> impl Iterator<Item = Bar> + 'a {
    let (low, high) = rows
        .iter()
        .fold((outcome.roi_pct, outcome.roi_pct), |(low, high), row| {
            (
                low.min(row.roi_low).min(row.roi_high),
                high.max(row.roi_low).max(row.roi_high),
            )
        });
    let span = (high - low).max(1.0);
    let at = move |roi: f64| (roi - low) / span * 100.0;
    let base = at(outcome.roi_pct);
    rows.iter().map(move |row| Bar::Range {
        from: at(row.roi_low.min(row.roi_high)),
        to: at(row.roi_low.max(row.roi_high)),
        base,
    })
}

/// The sensitivity of `analysis`, whose rows are `count` while it shows.
pub fn roi_sensitivity(
    instance: Instance,
    locale: Locale,
    analysis: Memo<RoiAnalysis>,
    count: usize,
) -> impl IntoView {
    let texts = instance.texts;
    // Each row's name, bar and values, written out.
    let rows = Memo::new(move |_| {
        analysis.with(|analysis| {
            let Ok(outcome) = &analysis.outcome else {
                return Vec::new();
            };
            (analysis.sensitivity.iter())
                .zip(bars_of(&analysis.sensitivity, outcome))
                .map(|(row, bar)| {
                    let value = texts.fill(
                        "roi.sensitivity.row",
                        &[
                            ("low", &locale.percent(row.roi_low, 0)),
                            ("high", &locale.percent(row.roi_high, 0)),
                        ],
                    );
                    (texts.roi_field_label(row.field), bar, value)
                })
                .collect::<Vec<_>>()
        })
    });
    // Row `index`'s `part`, as it changes.
    let read = move |part: fn(&(&'static str, Bar, String)) -> String, index: usize| {
        move || rows.with(|rows| rows.get(index).map(part).unwrap_or_default())
    };
    let items = (0..count)
        .map(|index| {
            let bar = Signal::derive(move || {
                rows.with(|rows| rows.get(index).map(|(_, bar, _)| *bar))
                    .unwrap_or(Bar::Range {
                        from: 0.0,
                        to: 0.0,
                        base: 0.0,
                    })
            });
            let value = Signal::derive(read(|(_, _, value)| value.clone(), index));
            view! {
                <BarRow bar value>
                    {read(|(name, _, _)| (*name).to_owned(), index)}
                </BarRow>
            }
        })
        .collect_view();
    view! {
        <h4 part="heading">{texts.get("roi.sensitivity.heading")}</h4>
        <p class="aimc-hint">{texts.get("roi.sensitivity.explain")}</p>
        <ul class="aimc-bars">{items}</ul>
    }
}
