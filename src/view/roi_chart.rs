//! Cumulative cost and benefit per month, the scenario band and the break-even point, drawn as
//! SVG by the widget itself.

use leptos::prelude::*;

use super::Instance;
use crate::core::chart::Plot;
use crate::core::locale::{Currency, Locale};
use crate::core::roi::{RoiAnalysis, RoiOutcome, Scenario};

const PLOT: Plot = Plot {
    left: 96.0,
    top: 28.0,
    width: 520.0,
    height: 220.0,
    x_max: 12.0,
    y_max: 1.0,
};

fn scenario_outcome(analysis: &RoiAnalysis, wanted: Scenario) -> Option<&RoiOutcome> {
    analysis
        .scenarios
        .iter()
        .find(|(scenario, _)| *scenario == wanted)
        .and_then(|(_, outcome)| outcome.as_ref().ok())
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
    let optimistic = scenario_outcome(analysis, Scenario::Optimistic);
    let conservative = scenario_outcome(analysis, Scenario::Conservative);
    let highest = outcome
        .months
        .iter()
        .map(|month| month.cumulative_cost.max(month.cumulative_benefit))
        .chain(optimistic.iter().flat_map(|optimistic| {
            optimistic
                .months
                .iter()
                .map(|month| month.cumulative_benefit)
        }))
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
    let band = optimistic.zip(conservative).map(|(high, low)| {
        let mut points = benefit_points(high);
        points.extend(benefit_points(low).into_iter().rev());
        plot.points(points)
    });
    let break_even = outcome.payback_month.map(|month| {
        let value = outcome.months[month as usize - 1].cumulative_benefit;
        (month, plot.x(f64::from(month)), plot.y(value))
    });

    let y_ticks = [0.0, 0.5, 1.0]
        .map(|share| {
            let value = plot.y_max * share;
            let y = plot.y(value);
            view! {
                <line class="aimc-grid" x1=plot.left y1=y x2=plot.left + plot.width y2=y />
                <text class="aimc-tick" x=plot.left - 8.0 y=y text-anchor="end" dominant-baseline="middle">
                    {locale.money(value, currency)}
                </text>
            }
        })
        .into_iter()
        .collect_view();
    let x_ticks = [1, months / 2, months]
        .map(|month| {
            let anchor = if month == months { "end" } else { "middle" };
            view! {
                <text class="aimc-tick" x=plot.x(f64::from(month)) y=plot.bottom() + 20.0 text-anchor=anchor>
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
    let description = format!(
        "{} {break_even_sentence}.",
        texts.fill(
            "roi.chart.desc",
            &[
                ("months", &months.to_string()),
                ("cost", &locale.money(outcome.cost, currency)),
                ("benefit", &locale.money(outcome.benefit, currency)),
            ],
        )
    );
    let title_id = instance.element_id("roi-chart-title");
    let desc_id = instance.element_id("roi-chart-desc");
    let labelled_by = format!("{title_id} {desc_id}");

    view! {
        <figure class="aimc-figure">
            <svg class="aimc-line-chart" viewBox="0 0 640 290" role="img" aria-labelledby=labelled_by>
                <title id=title_id>{texts.get("roi.chart.title")}</title>
                <desc id=desc_id>{description}</desc>
                {y_ticks}
                {band.map(|points| view! { <polygon class="aimc-band" points=points /> })}
                <polyline class="aimc-line-cost" points=cost_line />
                <polyline class="aimc-line-benefit" points=benefit_line />
                {break_even.map(|(month, x, y)| view! {
                    <line class="aimc-break-even-line" x1=x y1=plot.top x2=x y2=plot.bottom() />
                    <circle class="aimc-break-even" cx=x cy=y r="6" />
                    <text class="aimc-tick aimc-break-even-label" x=x y=plot.top - 10.0 text-anchor="middle">
                        {texts.fill("roi.chart.breakeven", &[("month", &month.to_string())])}
                    </text>
                })}
                {x_ticks}
            </svg>
            <figcaption>
                <ul class="aimc-legend">
                    <li><span class="aimc-swatch aimc-swatch-cost"></span>{texts.get("roi.chart.cost")}</li>
                    <li><span class="aimc-swatch aimc-swatch-benefit"></span>{texts.get("roi.chart.benefit")}</li>
                    <li><span class="aimc-swatch aimc-swatch-band"></span>{texts.get("roi.chart.band")}</li>
                </ul>
            </figcaption>
        </figure>
    }
}
