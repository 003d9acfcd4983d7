//! A bar per area, grouped into team practice and organisation.

use leptos::prelude::*;

use crate::core::questionnaire::{Area, AreaGroup};
use crate::core::scoring::Scores;
use crate::view::later::common::bar_row::{Bar, BarRow};
use crate::view::Instance;

#[component]
pub fn AreaBars(instance: Instance, scores: Scores) -> impl IntoView {
    let texts = instance.texts;
    let group = move |group: AreaGroup, heading_key: &'static str| {
        let rows = Area::ALL
            .into_iter()
            .filter(|area| area.group() == group)
            .map(|area| {
                let score = scores.of(area).unwrap_or(0);
                let value = texts.fill("ui.result.score_of", &[("score", &score.to_string())]);
                view! {
                    <BarRow bar=Bar::Share { percent: f64::from(score), decimals: 0 } value>
                        {texts.area_name(area)}
                    </BarRow>
                }
            })
            .collect_view();
        view! {
            <h4 part="heading">{texts.get(heading_key)}</h4>
            <ul class="aimc-bars">{rows}</ul>
        }
    };
    view! {
        <div class="aimc-area-bars">
            {group(AreaGroup::Team, "ui.section.team")}
            {group(AreaGroup::Organisation, "ui.section.org")}
        </div>
    }
}
