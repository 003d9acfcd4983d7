//! Cumulative cost and benefit per month, the bands where each lies in 8 of 10 simulated cases
//! (`core::roi_uncertainty`) and the break-even point, drawn as SVG by the widget itself
//! (`line_chart`).
//!
//! The chart is drawn once for a horizon and follows the estimate as the person types: each
//! change computes the lines, bands and labels (`Drawing`) and sets only the attributes and
//! texts that changed. Drawing the whole chart again re-created every attribute of every
//! element and laid it all out again: most of an input's time on a slow phone.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Texts;
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

/// What the chart shows of one estimate, in the plot's units and the person's language.
#[derive(Clone, PartialEq)]
struct Drawing {
    plot: Plot,
    cost_line: String,
    benefit_line: String,
    /// The cost's and the benefit's band (their polygons' points), when simulated.
    bands: (String, String),
    /// The break-even month and where it is drawn.
    break_even: Option<(u32, f64, f64)>,
    break_even_label: String,
    description: String,
}

impl Drawing {
    fn of(
        texts: Texts,
        locale: Locale,
        analysis: &RoiAnalysis,
        outcome: &RoiOutcome,
        currency: Currency,
    ) -> Drawing {
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
        let bands = band.first().map_or_else(Default::default, |first| {
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

        let break_even_label = (outcome.payback_month)
            .map(|month| texts.fill("roi.chart.breakeven", &[("month", &month.to_string())]));
        let break_even_sentence = (break_even_label.clone())
            .unwrap_or_else(|| texts.get("roi.chart.no_breakeven").to_owned());
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
        Drawing {
            plot,
            cost_line,
            benefit_line,
            bands,
            break_even,
            break_even_label: break_even_label.unwrap_or_default(),
            description,
        }
    }
}

/// The chart of `analysis` over `months`, with its simulated bands when `banded`; both are
/// fixed while it shows (the screen draws it anew when either changes).
pub fn roi_chart(
    instance: Instance,
    locale: Locale,
    analysis: Memo<RoiAnalysis>,
    currency: Memo<Currency>,
    months: u32,
    banded: bool,
) -> impl IntoView {
    let texts = instance.texts;
    // None for a moment when the estimate has just become invalid, before the screen removes
    // the chart.
    let drawing = Memo::new(move |_| {
        let currency = currency.get();
        analysis.with(|analysis| {
            (analysis.outcome.as_ref().ok())
                .map(|outcome| Drawing::of(texts, locale, analysis, outcome, currency))
        })
    });
    let read = move |part: fn(&Drawing) -> String| {
        move || drawing.with(|drawing| drawing.as_ref().map(part).unwrap_or_default())
    };
    let plot = Signal::derive(move || {
        drawing.with(|drawing| drawing.as_ref().map_or(PLOT, |drawing| drawing.plot))
    });
    let frame = Plot {
        x_max: f64::from(months),
        ..PLOT
    };
    let break_even_at = move |place: fn((u32, f64, f64)) -> f64| {
        move || {
            drawing.with(|drawing| {
                (drawing.as_ref().and_then(|drawing| drawing.break_even))
                    .map_or_else(String::new, |point| fixed(place(point), 2))
            })
        }
    };
    let (break_even_x, break_even_y) = (break_even_at(|(_, x, _)| x), break_even_at(|(_, _, y)| y));
    let has_break_even = move || {
        drawing.with(|drawing| {
            drawing
                .as_ref()
                .is_some_and(|drawing| drawing.break_even.is_some())
        })
    };

    let x_ticks = [1, months / 2, months]
        .map(|month| {
            let anchor = if month == months { "end" } else { "middle" };
            view! {
                <text class="aimc-tick" x=fixed(frame.x(f64::from(month)), 2) y=fixed(frame.bottom() + 20.0, 2) text-anchor=anchor>
                    {texts.fill("roi.result.payback_month", &[("month", &month.to_string())])}
                </text>
            }
        })
        .into_iter()
        .collect_view();

    view! {
        <figure class="aimc-figure">
            <LineChart
                instance
                name="roi-chart"
                view_box="0 0 640 290"
                title="roi.chart.title"
                description=Signal::derive(read(|drawing| drawing.description.clone()))
                plot
                tick_text=Arc::new(move |value| locale.money(value, currency.get()))
                tick_label=TickLabel::Centred
            >
                {banded.then(|| view! {
                    <polygon class="aimc-band aimc-band-cost" points=read(|drawing| drawing.bands.0.clone()) data-band="cost" />
                    <polygon class="aimc-band aimc-band-benefit" points=read(|drawing| drawing.bands.1.clone()) data-band="benefit" />
                })}
                <polyline class="aimc-line-cost" points=read(|drawing| drawing.cost_line.clone()) />
                <polyline class="aimc-line-benefit" points=read(|drawing| drawing.benefit_line.clone()) />
                <Show when=has_break_even>
                    <line class="aimc-break-even-line" x1=break_even_x y1=fixed(frame.top, 2) x2=break_even_x y2=fixed(frame.bottom(), 2) />
                    <circle class="aimc-break-even" cx=break_even_x cy=break_even_y r="6" />
                    <text class="aimc-tick aimc-break-even-label" x=break_even_x y=fixed(frame.top - 10.0, 2) text-anchor="middle">
                        {read(|drawing| drawing.break_even_label.clone())}
                    </text>
                </Show>
                {x_ticks}
            </LineChart>
            <figcaption>
                <ul class="aimc-legend">
                    <li><span class="aimc-swatch aimc-swatch-cost"></span>{texts.get("roi.chart.cost")}</li>
                    <li><span class="aimc-swatch aimc-swatch-benefit"></span>{texts.get("roi.chart.benefit")}</li>
                    {banded.then(|| view! {
                        <li><span class="aimc-swatch aimc-swatch-band-cost"></span>{texts.get("roi.chart.cost_band")}</li>
                        <li><span class="aimc-swatch aimc-swatch-band"></span>{texts.get("roi.chart.band")}</li>
                    })}
                </ul>
            </figcaption>
        </figure>
    }
}
