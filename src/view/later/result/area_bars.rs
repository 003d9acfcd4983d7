//! A bar per area, grouped into team practice and organisation.

use leptos::prelude::*;

use crate::core::questionnaire::{Area, AreaGroup};
use crate::core::scoring::Scores;
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
                view! {
                    <li class="aimc-bar-row">
                        <span class="aimc-bar-name">{texts.area_name(area)}</span>
                        <svg class="aimc-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="aimc-bar-track" width="100" height="8" rx="4" />
                            <rect class="aimc-bar-fill" width=score height="8" rx="4" />
                        </svg>
                        <span class="aimc-bar-value">{texts.fill("ui.result.score_of", &[("score", &score.to_string())])}</span>
                    </li>
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
