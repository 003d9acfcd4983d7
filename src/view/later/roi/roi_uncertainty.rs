//! How certain the ROI estimate is: the range ROI lies in for 8 of 10 simulated cases, the
//! chance of paying back within the horizon, the percentiles of ROI, net benefit and payback,
//! and the ranges the simulation drew its inputs from, each with where it comes from.
//!
//! Only draws what `core::roi_uncertainty` computed; the chart's band is in `roi_chart`. Drawn
//! once for a horizon and a set of ranges; as the person types, its figures follow the estimate
//! in place.

use leptos::prelude::*;

use crate::content::Texts;
use crate::core::locale::{Currency, Locale};
use crate::core::roi::RoiAnalysis;
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

/// Everything this writes out of one estimate's uncertainty, in the person's language.
#[derive(Clone, PartialEq, Default)]
struct UncertaintyTexts {
    roi_range: String,
    chance: String,
    /// Each result's three percentiles.
    percentiles: [[String; 3]; 3],
    /// Each range the simulation drew from.
    ranges: Vec<String>,
    method: String,
}

impl UncertaintyTexts {
    fn of(
        texts: Texts,
        locale: Locale,
        uncertainty: &Uncertainty,
        currency: Currency,
        horizon_months: u32,
    ) -> UncertaintyTexts {
        let payback_in = |month: Option<u32>| payback_text(texts, month, horizon_months);
        let percent = |value: f64| locale.percent(value, 0);
        let money = |value: f64| locale.money(value, currency);
        let (roi, net, payback) = (
            uncertainty.roi_pct,
            uncertainty.net_benefit,
            uncertainty.payback_month,
        );
        UncertaintyTexts {
            roi_range: texts.fill(
                "roi.uncertainty.roi_range",
                &[
                    ("low", &percent(roi.p10)),
                    ("high", &percent(roi.p90)),
                    ("median", &percent(roi.p50)),
                ],
            ),
            chance: texts.fill(
                "roi.uncertainty.chance",
                &[
                    ("months", &horizon_months.to_string()),
                    (
                        "chance",
                        &locale.percent(uncertainty.payback_within_horizon_pct, 0),
                    ),
                ],
            ),
            percentiles: [
                [percent(roi.p10), percent(roi.p50), percent(roi.p90)],
                [money(net.p10), money(net.p50), money(net.p90)],
                [payback.p10, payback.p50, payback.p90].map(payback_in),
            ],
            ranges: (uncertainty.ranges.iter())
                .map(|range| {
                    let (low, high) = range_text(locale, range, currency);
                    texts.fill(
                        "roi.uncertainty.range_value",
                        &[("low", &low), ("high", &high)],
                    )
                })
                .collect(),
            method: texts.fill(
                "roi.uncertainty.method",
                &[("runs", &uncertainty.runs.to_string())],
            ),
        }
    }
}

/// The uncertainty of `analysis` over `horizon_months`, with a row for each of `inputs` (the
/// inputs the simulation drew, in its order); both are fixed while it shows.
pub fn roi_uncertainty(
    instance: Instance,
    locale: Locale,
    analysis: Memo<RoiAnalysis>,
    currency: Memo<Currency>,
    horizon_months: u32,
    inputs: Vec<UncertainInput>,
) -> impl IntoView {
    let texts = instance.texts;
    // Empty for a moment when the estimate has just lost its uncertainty, before the screen
    // removes this.
    let written = Memo::new(move |_| {
        let currency = currency.get();
        analysis.with(|analysis| {
            (analysis.uncertainty.as_ref())
                .map(|uncertainty| {
                    UncertaintyTexts::of(texts, locale, uncertainty, currency, horizon_months)
                })
                .unwrap_or_default()
        })
    });
    // Text `index` of a part of them, as it changes ("" where there is none).
    let read = move |text: fn(&UncertaintyTexts, usize) -> Option<&String>, index: usize| {
        move || written.with(|written| text(written, index).cloned().unwrap_or_default())
    };
    let cell = move |row: usize, column: usize| {
        read(
            |written, cell| written.percentiles.get(cell / 3)?.get(cell % 3),
            row * 3 + column,
        )
    };
    let rows = ["roi.result.roi", "roi.result.net", "roi.result.payback"]
        .into_iter()
        .enumerate()
        .map(|(row, name)| {
            view! {
                <tr>
                    <th scope="row">{texts.get(name)}</th>
                    <td>{cell(row, 0)}</td>
                    <td>{cell(row, 1)}</td>
                    <td>{cell(row, 2)}</td>
                </tr>
            }
        })
        .collect_view();
    let ranges = inputs
        .into_iter()
        .enumerate()
        .map(|(index, input)| {
            let range = read(|written, index| written.ranges.get(index), index);
            view! {
                <tr>
                    <th scope="row">{texts.uncertain_input(input)}</th>
                    <td>{range}</td>
                    <td>{texts.uncertain_basis(input)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="aimc-uncertainty">
            <h4 part="heading">{texts.get("roi.uncertainty.heading")}</h4>
            <p data-roi-range>{read(|written, _| Some(&written.roi_range), 0)}</p>
            <p>{texts.get("roi.uncertainty.lean")}</p>
            <p data-payback-chance>{read(|written, _| Some(&written.chance), 0)}</p>
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
            <p class="aimc-hint">{read(|written, _| Some(&written.method), 0)}</p>
        </section>
    }
}
