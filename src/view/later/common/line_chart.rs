//! The SVG of a line chart drawn by the widget itself: its accessible name and description
//! (`role="img"`, labelled by its `<title>` and `<desc>`), the y axis's grid lines and labels,
//! and whatever data the chart draws over them. The ROI's months and the history's trend use
//! it; each keeps its own data, x axis and legend. The plot and the description may follow a
//! signal (the ROI's, as the person types): the grid and its labels then change in place.

use std::sync::Arc;

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
    #[prop(into)] description: Signal<String>,
    #[prop(into)] plot: Signal<Plot>,
    tick_text: Arc<dyn Fn(f64) -> String + Send + Sync>,
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
    // The plot's frame is fixed; its ticks' places and values follow `plot`.
    let frame = plot.get_untracked();
    let y_axis = [0, 1, 2]
        .map(|index| {
            let tick = move || plot.with(|plot| plot.y_ticks().get(index).copied());
            // A tick's place, `offset` below it, written out as an attribute.
            let place = move |offset: f64| {
                move || tick().map_or_else(String::new, |tick| fixed(tick.at + offset, 2))
            };
            let tick_text = tick_text.clone();
            let text = move || tick().map(|tick| tick_text(tick.value));
            view! {
                <line class="aimc-grid" x1=fixed(frame.left, 2) y1=place(0.0) x2=fixed(frame.left + frame.width, 2) y2=place(0.0) />
                <text class="aimc-tick" x=fixed(frame.left - 8.0, 2) y=place(label_dy) text-anchor="end" dominant-baseline=baseline>
                    {text}
                </text>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <svg class="aimc-line-chart" part="chart" viewBox=view_box role="img" aria-labelledby=labelled_by>
            <title id=title_id>{instance.texts.get(title)}</title>
            <desc id=desc_id>{move || description.get()}</desc>
            {y_axis}
            {children()}
        </svg>
    }
}
