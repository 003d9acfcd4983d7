//! How certain the ROI estimate is: the range ROI lies in for 8 of 10 simulated cases, the
//! chance of paying back within the horizon, the percentiles of ROI, net benefit and payback,
//! and the ranges the simulation drew its inputs from, each with where it comes from.
//!
//! Only draws what `core::roi_uncertainty` computed; the chart's band is in `roi_chart`.

use leptos::prelude::*;

use crate::core::locale::{Currency, Locale};
use crate::core::roi_uncertainty::{InputRange, UncertainInput, Uncertainty};
use crate::view::later::common::data_table::DataTable;
use crate::view::later::roi::roi_summary::payback_text;
use crate::view::Instance;

/// A range's ends in its input's unit.
fn range_text(locale: Locale, range: &InputRange, currency: Currency) -> (String, String) {
    let format = |value: f64| match range.input {
        UncertainInput::OneOffCosts => locale.money(value, currency),
        UncertainInput::Adoption => locale.percent(value, 0),
        UncertainInput::RampStart | UncertainInput::RampFull => locale.number(value, 0),
        UncertainInput::HoursSaved | UncertainInput::TrainingHours => locale.number(value, 1),
    };
    (format(range.low), format(range.high))
}

pub fn roi_uncertainty(
    instance: Instance,
    locale: Locale,
    uncertainty: &Uncertainty,
    currency: Currency,
    horizon_months: u32,
) -> impl IntoView {
    let texts = instance.texts;
    let roi = uncertainty.roi_pct;
    let net = uncertainty.net_benefit;
    let payback = uncertainty.payback_month;
    let payback_in = |month: Option<u32>| payback_text(texts, month, horizon_months);
    let percent = |value: f64| locale.percent(value, 0);
    let money = |value: f64| locale.money(value, currency);
    let rows = [
        (
            texts.get("roi.result.roi"),
            [percent(roi.p10), percent(roi.p50), percent(roi.p90)],
        ),
        (
            texts.get("roi.result.net"),
            [money(net.p10), money(net.p50), money(net.p90)],
        ),
        (
            texts.get("roi.result.payback"),
            [payback.p10, payback.p50, payback.p90].map(payback_in),
        ),
    ]
    .map(|(name, [p10, p50, p90])| {
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td>{p10}</td>
                <td>{p50}</td>
                <td>{p90}</td>
            </tr>
        }
    })
    .into_iter()
    .collect_view();
    let ranges = uncertainty
        .ranges
        .iter()
        .map(|range| {
            let (low, high) = range_text(locale, range, currency);
            view! {
                <tr>
                    <th scope="row">{texts.uncertain_input(range.input)}</th>
                    <td>{texts.fill("roi.uncertainty.range_value", &[("low", &low), ("high", &high)])}</td>
                    <td>{texts.uncertain_basis(range.input)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="aimc-uncertainty">
            <h4 part="heading">{texts.get("roi.uncertainty.heading")}</h4>
            <p data-roi-range>
                {texts.fill(
                    "roi.uncertainty.roi_range",
                    &[("low", &percent(roi.p10)), ("high", &percent(roi.p90)), ("median", &percent(roi.p50))],
                )}
            </p>
            <p>{texts.get("roi.uncertainty.lean")}</p>
            <p data-payback-chance>
                {texts.fill(
                    "roi.uncertainty.chance",
                    &[
                        ("months", &horizon_months.to_string()),
                        ("chance", &locale.percent(uncertainty.payback_within_horizon_pct, 0)),
                    ],
                )}
            </p>
            <DataTable
                texts
                caption="roi.uncertainty.results_caption"
                columns=&["roi.uncertainty.column.result", "roi.uncertainty.column.p10", "roi.uncertainty.column.p50", "roi.uncertainty.column.p90"]
            >
                {rows}
            </DataTable>
            <DataTable
                texts
                caption="roi.uncertainty.ranges_caption"
                columns=&["ui.report.input", "roi.uncertainty.column.range", "roi.uncertainty.column.basis"]
            >
                {ranges}
            </DataTable>
            <p class="aimc-hint">
                {texts.fill("roi.uncertainty.method", &[("runs", &uncertainty.runs.to_string())])}
            </p>
        </section>
    }
}
