//! The ROI estimate in brief, under a result and in its print: ROI, the range it lies in for
//! 8 of 10 simulated cases, net benefit, payback and horizon, and every assumption with where
//! its value comes from.

use leptos::prelude::*;

use crate::content::Texts;
use crate::core::locale::Locale;
use crate::core::report::RoiReport;
use crate::core::roi::Unit;
use crate::view::later::common::data_table::DataTable;
use crate::view::later::common::key_figures::{KeyFigure, KeyFigures};
use crate::view::Instance;

/// "7 months", or "not within 24 months": how long the programme takes to pay for itself.
pub fn payback_text(texts: Texts, payback_month: Option<u32>, horizon_months: u32) -> String {
    match payback_month {
        Some(month) => texts.fill_plural(
            "roi.result.payback_months",
            f64::from(month),
            0,
            &[("months", &month.to_string())],
        ),
        None => texts.fill(
            "roi.result.payback_none",
            &[("months", &horizon_months.to_string())],
        ),
    }
}

#[component]
pub fn RoiSummary(instance: Instance, roi: RoiReport) -> impl IntoView {
    let texts = instance.texts;
    let locale = Locale::new(texts);
    let currency = roi.currency;
    let figures = roi.outcome.as_ref().map(|outcome| {
        let range = roi.uncertainty.as_ref().map(|uncertainty| {
            let roi = uncertainty.roi_pct;
            KeyFigure::new(
                "roi.uncertainty.summary",
                texts.fill(
                    "roi.uncertainty.range_value",
                    &[
                        ("low", &locale.percent(roi.p10, 0)),
                        ("high", &locale.percent(roi.p90, 0)),
                    ],
                ),
            )
            .marked("data-summary-roi-range")
        });
        let mut figures =
            vec![
                KeyFigure::new("roi.result.roi", locale.percent(outcome.roi_pct, 0))
                    .marked("data-summary-roi")
                    .main(),
            ];
        figures.extend(range);
        figures.extend([
            KeyFigure::new(
                "roi.result.net",
                locale.money(outcome.net_benefit, currency),
            ),
            KeyFigure::new(
                "roi.result.payback",
                payback_text(texts, outcome.payback_month, roi.horizon_months),
            ),
            KeyFigure::new(
                "roi.horizon",
                texts.fill(
                    "roi.horizon_months",
                    &[("months", &roi.horizon_months.to_string())],
                ),
            ),
        ]);
        view! { <KeyFigures texts figures cards=true /> }
    });
    let assumptions = roi
        .inputs
        .iter()
        .map(|input| {
            let spec = input.field.spec();
            let value = match spec.unit {
                Unit::Money => locale.money(input.value, currency),
                Unit::Percent => locale.percent(input.value, usize::from(spec.decimals)),
                _ => locale.number(input.value, usize::from(spec.decimals)),
            };
            let source_key = match input.source.as_str() {
                "entered" => "ui.report.source.entered",
                "use_cases" => "ui.report.source.use_cases",
                "assessment_level" => "ui.report.source.assessment_level",
                "assumption" => "ui.report.source.assumption",
                _ => "ui.report.source.seed",
            };
            view! {
                <tr>
                    <th scope="row">{texts.roi_field_label(input.field)}</th>
                    <td>{value}</td>
                    <td>{texts.get(source_key)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="aimc-roi-summary">
            <h3 part="heading">{texts.get("ui.report.roi_heading")}</h3>
            {figures}
            <DataTable
                texts
                caption="ui.report.assumptions"
                columns=&["ui.report.input", "ui.report.value", "ui.report.source_column"]
            >
                {assumptions}
            </DataTable>
        </section>
    }
}
