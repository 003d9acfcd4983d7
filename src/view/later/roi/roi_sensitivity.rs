//! Which inputs move the ROI most: a bar per input from the ROI with it lowered to the ROI
//! with it raised, on one shared scale, largest swing first.

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::core::roi::{RoiOutcome, Sensitivity};
use crate::view::later::common::bar_row::{Bar, BarRow};
use crate::view::Instance;

pub fn roi_sensitivity(
    instance: Instance,
    locale: Locale,
    rows: &[Sensitivity],
    outcome: &RoiOutcome,
) -> impl IntoView {
    let texts = instance.texts;
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
    let items = rows
        .iter()
        .map(|row| {
            let (from, to) = (row.roi_low.min(row.roi_high), row.roi_low.max(row.roi_high));
            let name = texts.roi_field_label(row.field);
            let value = texts.fill(
                "roi.sensitivity.row",
                &[
                    ("low", &locale.percent(row.roi_low, 0)),
                    ("high", &locale.percent(row.roi_high, 0)),
                ],
            );
            view! {
                <BarRow bar=Bar::Range { from: at(from), to: at(to), base } value>
                    {name}
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
