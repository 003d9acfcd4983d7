//! The SVG of a line chart drawn by the widget itself: its accessible name and description
//! (`role="img"`, labelled by its `<title>` and `<desc>`), the y axis's grid lines and labels,
//! and whatever data the chart draws over them. The ROI's months and the history's trend use
//! it; each keeps its own data, x axis and legend.

use leptos::prelude::*;

use crate::core::chart::Plot;
use crate::core::decimal::fixed;
use crate::view::Instance;

/// Where a tick's label sits against its grid line.
pub enum TickLabel {
    /// Centred on the line by the browser (`dominant-baseline="middle"`).
    Centred,
    /// On a baseline 4 units below the line, which centres a tick's small type on it.
    Lowered,
}

/// `name`: the start of the title's and the description's element ids (`{name}-title`,
/// `{name}-desc`). `title`: the text key of the chart's name. `tick_text`: a y value written
/// out. `children`: the data, drawn over the grid.
#[component]
pub fn LineChart(
    instance: Instance,
    name: &'static str,
    view_box: &'static str,
    title: &'static str,
    description: String,
    plot: Plot,
    tick_text: Box<dyn Fn(f64) -> String>,
    tick_label: TickLabel,
    children: Children,
) -> impl IntoView {
    let title_id = instance.element_id(&format!("{name}-title"));
    let desc_id = instance.element_id(&format!("{name}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    let (label_dy, baseline) = match tick_label {
        TickLabel::Centred => (0.0, Some("middle")),
        TickLabel::Lowered => (4.0, None),
    };
    let y_axis = plot
        .y_ticks()
        .map(|tick| {
            view! {
                <line class="aimc-grid" x1=fixed(plot.left, 2) y1=fixed(tick.at, 2) x2=fixed(plot.left + plot.width, 2) y2=fixed(tick.at, 2) />
                <text class="aimc-tick" x=fixed(plot.left - 8.0, 2) y=fixed(tick.at + label_dy, 2) text-anchor="end" dominant-baseline=baseline>
                    {tick_text(tick.value)}
                </text>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <svg class="aimc-line-chart" part="chart" viewBox=view_box role="img" aria-labelledby=labelled_by>
            <title id=title_id>{instance.texts.get(title)}</title>
            <desc id=desc_id>{description}</desc>
            {y_axis}
            {children()}
        </svg>
    }
}
