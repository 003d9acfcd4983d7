//! Which inputs move the ROI most: a bar per input from the ROI with it lowered to the ROI
//! with it raised, on one shared scale, largest swing first.

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::core::roi::{RoiOutcome, Sensitivity};
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
            view! {
                <li class="aimc-bar-row">
                    <span class="aimc-bar-name">{texts.roi_field_label(row.field)}</span>
                    <svg class="aimc-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="aimc-bar-track" width="100" height="8" />
                        <rect class="aimc-bar-fill" x=format!("{:.2}", at(from)) width=format!("{:.2}", (at(to) - at(from)).max(0.5)) height="8" />
                        <line class="aimc-bar-base" x1=format!("{base:.2}") x2=format!("{base:.2}") y1="0" y2="8" />
                    </svg>
                    <span class="aimc-bar-value">
                        {texts.fill("roi.sensitivity.row", &[("low", &locale.percent(row.roi_low, 0)), ("high", &locale.percent(row.roi_high, 0))])}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h4 part="heading">{texts.get("roi.sensitivity.heading")}</h4>
        <p class="aimc-hint">{texts.get("roi.sensitivity.explain")}</p>
        <ul class="aimc-bars">{items}</ul>
    }
}
