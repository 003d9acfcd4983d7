//! Cumulative cost and benefit per month, the bands where each lies in 8 of 10 simulated cases
//! (`core::roi_uncertainty`) and the break-even point, drawn as SVG by the widget itself
//! (`line_chart`).

use leptos::prelude::*;

use crate::core::chart::Plot;
use crate::core::decimal::fixed;
use crate::core::locale::{Currency, Locale};
use crate::core::roi::{RoiAnalysis, RoiOutcome};
use crate::core::roi_uncertainty::BandMonth;
use crate::view::later::common::line_chart::{LineChart, TickLabel};
use crate::view::Instance;

const PLOT: Plot = Plot {
    left: 96.0,
    top: 28.0,
    width: 520.0,
    height: 220.0,
    x_max: 12.0,
    y_max: 1.0,
};

/// The polygon between `low` and `high` of each band month, from `at_zero` at month 0.
fn band_points(
    band: &[BandMonth],
    at_zero: (f64, f64),
    low: impl Fn(&BandMonth) -> f64,
    high: impl Fn(&BandMonth) -> f64,
) -> Vec<(f64, f64)> {
    let upper = std::iter::once((0.0, at_zero.1)).chain(
        band.iter()
            .map(|month| (f64::from(month.month), high(month))),
    );
    let lower = band
        .iter()
        .rev()
        .map(|month| (f64::from(month.month), low(month)))
        .chain(std::iter::once((0.0, at_zero.0)));
    upper.chain(lower).collect()
}

/// Benefit points from month 0, where nothing is gained yet.
fn benefit_points(outcome: &RoiOutcome) -> Vec<(f64, f64)> {
    std::iter::once((0.0, 0.0))
        .chain(
            outcome
                .months
                .iter()
                .map(|month| (f64::from(month.month), month.cumulative_benefit)),
        )
        .collect()
}

pub fn roi_chart(
    instance: Instance,
    locale: Locale,
    analysis: &RoiAnalysis,
    outcome: &RoiOutcome,
    currency: Currency,
) -> impl IntoView {
    let texts = instance.texts;
    let months = analysis.inputs.horizon.months();
    let band: &[BandMonth] = analysis
        .uncertainty
        .as_ref()
        .map_or(&[], |uncertainty| &uncertainty.band);
    let highest = outcome
        .months
        .iter()
        .map(|month| month.cumulative_cost.max(month.cumulative_benefit))
        .chain(
            band.iter()
                .map(|month| month.cost_p90.max(month.benefit_p90)),
        )
        .fold(1.0, f64::max);
    let plot = Plot {
        x_max: f64::from(months),
        y_max: highest * 1.05,
        ..PLOT
    };

    let first_cost = outcome
        .months
        .first()
        .map_or(0.0, |month| month.cumulative_cost);
    let cost_line = plot.points(
        std::iter::once((0.0, first_cost)).chain(
            outcome
                .months
                .iter()
                .map(|month| (f64::from(month.month), month.cumulative_cost)),
        ),
    );
    let benefit_line = plot.points(benefit_points(outcome));
    // Month 0 of the cost band starts where the cost line does, at month 1's cost.
    let bands = band.first().map(|first| {
        let cost = band_points(
            band,
            (first.cost_p10, first.cost_p90),
            |month| month.cost_p10,
            |month| month.cost_p90,
        );
        let benefit = band_points(
            band,
            (0.0, 0.0),
            |month| month.benefit_p10,
            |month| month.benefit_p90,
        );
        (plot.points(cost), plot.points(benefit))
    });
    let break_even = outcome.payback_month.and_then(|month| {
        let value = outcome
            .months
            .get(month.checked_sub(1)? as usize)?
            .cumulative_benefit;
        Some((month, plot.x(f64::from(month)), plot.y(value)))
    });

    let x_ticks = [1, months / 2, months]
        .map(|month| {
            let anchor = if month == months { "end" } else { "middle" };
            view! {
                <text class="aimc-tick" x=fixed(plot.x(f64::from(month)), 2) y=fixed(plot.bottom() + 20.0, 2) text-anchor=anchor>
                    {texts.fill("roi.result.payback_month", &[("month", &month.to_string())])}
                </text>
            }
        })
        .into_iter()
        .collect_view();

    let break_even_sentence = match outcome.payback_month {
        Some(month) => texts.fill("roi.chart.breakeven", &[("month", &month.to_string())]),
        None => texts.get("roi.chart.no_breakeven").to_owned(),
    };
    let band_sentence = band.last().map(|last| {
        texts.fill(
            "roi.chart.band_desc",
            &[
                ("months", &months.to_string()),
                ("low", &locale.money(last.benefit_p10, currency)),
                ("high", &locale.money(last.benefit_p90, currency)),
            ],
        )
    });
    let description = format!(
        "{} {break_even_sentence}. {}",
        texts.fill(
            "roi.chart.desc",
            &[
                ("months", &months.to_string()),
                ("cost", &locale.money(outcome.cost, currency)),
                ("benefit", &locale.money(outcome.benefit, currency)),
            ],
        ),
        band_sentence.unwrap_or_default(),
    );

    view! {
        <figure class="aimc-figure">
            <LineChart
                instance
                name="roi-chart"
                view_box="0 0 640 290"
                title="roi.chart.title"
                description
                plot
                tick_text=Box::new(move |value| locale.money(value, currency))
                tick_label=TickLabel::Centred
            >
                {bands.map(|(cost, benefit)| view! {
                    <polygon class="aimc-band aimc-band-cost" points=cost data-band="cost" />
                    <polygon class="aimc-band aimc-band-benefit" points=benefit data-band="benefit" />
                })}
                <polyline class="aimc-line-cost" points=cost_line />
                <polyline class="aimc-line-benefit" points=benefit_line />
                {break_even.map(|(month, x, y)| view! {
                    <line class="aimc-break-even-line" x1=fixed(x, 2) y1=fixed(plot.top, 2) x2=fixed(x, 2) y2=fixed(plot.bottom(), 2) />
                    <circle class="aimc-break-even" cx=fixed(x, 2) cy=fixed(y, 2) r="6" />
                    <text class="aimc-tick aimc-break-even-label" x=fixed(x, 2) y=fixed(plot.top - 10.0, 2) text-anchor="middle">
                        {texts.fill("roi.chart.breakeven", &[("month", &month.to_string())])}
                    </text>
                })}
                {x_ticks}
            </LineChart>
            <figcaption>
                <ul class="aimc-legend">
                    <li><span class="aimc-swatch aimc-swatch-cost"></span>{texts.get("roi.chart.cost")}</li>
                    <li><span class="aimc-swatch aimc-swatch-benefit"></span>{texts.get("roi.chart.benefit")}</li>
                    {(!band.is_empty()).then(|| view! {
                        <li><span class="aimc-swatch aimc-swatch-band-cost"></span>{texts.get("roi.chart.cost_band")}</li>
                        <li><span class="aimc-swatch aimc-swatch-band"></span>{texts.get("roi.chart.band")}</li>
                    })}
                </ul>
            </figcaption>
        </figure>
    }
}
