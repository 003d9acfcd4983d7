//! The radar chart of the five team dimensions, drawn as SVG by the widget itself.

use leptos::prelude::*;

use crate::core::chart::{Point, Radar};
use crate::core::decimal::{fixed, plain};
use crate::core::questionnaire::{Area, AreaGroup};
use crate::core::scoring::Scores;
use crate::view::Instance;

/// Wide enough for the longest dimension name of any language beside the side spokes.
const RADAR: Radar = Radar {
    centre: Point { x: 260.0, y: 140.0 },
    radius: 100.0,
    axes: 5,
};
const LABEL_GAP: f64 = 12.0;

#[component]
pub fn RadarChart(instance: Instance, scores: Scores) -> impl IntoView {
    let texts = instance.texts;
    let team: Vec<(Area, f64)> = Area::ALL
        .into_iter()
        .filter(|area| area.group() == AreaGroup::Team)
        .map(|area| (area, f64::from(scores.of(area).unwrap_or(0))))
        .collect();
    let summary = team
        .iter()
        .map(|(area, value)| format!("{} {}", texts.area_name(*area), plain(*value)))
        .collect::<Vec<_>>()
        .join(", ");
    let title_id = instance.element_id("radar-title");
    let desc_id = instance.element_id("radar-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let values: Vec<f64> = team.iter().map(|(_, value)| *value).collect();
    let labelled = Radar {
        radius: RADAR.radius + LABEL_GAP,
        ..RADAR
    };

    let rings = [25.0, 50.0, 75.0, 100.0]
        .map(|ring| view! { <polygon class="aimc-radar-ring" points=RADAR.ring(ring) /> })
        .into_iter()
        .collect_view();
    let spokes = (0..RADAR.axes)
        .map(|axis| {
            let end = RADAR.point(axis, 100.0);
            view! { <line class="aimc-radar-spoke" x1=plain(RADAR.centre.x) y1=plain(RADAR.centre.y) x2=plain(end.x) y2=plain(end.y) /> }
        })
        .collect_view();
    let labels = team
        .iter()
        .enumerate()
        .map(|(axis, (area, _))| {
            let at = labelled.point(axis, 100.0);
            let anchor = match at.x - RADAR.centre.x {
                dx if dx.abs() < 1.0 => "middle",
                dx if dx > 0.0 => "start",
                _ => "end",
            };
            let baseline = if at.y < RADAR.centre.y - RADAR.radius { "auto" } else { "middle" };
            view! {
                <text class="aimc-radar-label" x=fixed(at.x, 1) y=fixed(at.y, 1) text-anchor=anchor dominant-baseline=baseline>
                    {texts.area_name(*area)}
                </text>
            }
        })
        .collect_view();
    let dots = values
        .iter()
        .enumerate()
        .map(|(axis, value)| {
            let at = RADAR.point(axis, *value);
            view! { <circle class="aimc-radar-dot" cx=fixed(at.x, 1) cy=fixed(at.y, 1) r="4" /> }
        })
        .collect_view();

    view! {
        <svg class="aimc-radar" part="chart" viewBox="0 0 520 270" role="img" aria-labelledby=labelled_by>
            <title id=title_id>{texts.get("ui.result.radar_title")}</title>
            <desc id=desc_id>{texts.fill("ui.result.radar_desc", &[("summary", &summary)])}</desc>
            {rings}
            {spokes}
            <polygon class="aimc-radar-area" points=RADAR.polygon(&values) />
            {dots}
            {labels}
        </svg>
    }
}
