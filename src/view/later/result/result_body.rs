//! The body of a result: overall level, radar chart and bars, the three biggest gaps with next
//! steps, the pitfalls the answers reveal, and the 90-day plan. What lies below the fold (from
//! the bars on) is drawn once the top is painted (`after_paint`).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::clock;
use crate::content::Texts;
use crate::core::answers::Answers;
use crate::core::locale::format_datetime;
use crate::core::questionnaire::QUESTIONS;
use crate::core::recommendations::recommend;
use crate::core::recommendations::Recommendations;
use crate::core::scoring::score;
use crate::core::scoring::{MaturityLevel, Scores};
use crate::view::later::common::after_paint::after_paint;
use crate::view::later::result::area_bars::AreaBars;
use crate::view::later::result::radar_chart::RadarChart;
use crate::view::Instance;

/// Level, charts, gaps with next steps, pitfalls and plan for `answers`: the result just taken,
/// or one from the history.
#[component]
pub fn ResultBody(
    instance: Instance,
    answers: Answers,
    completed_at: Option<DateTime<Utc>>,
) -> impl IntoView {
    let texts = instance.texts;
    let scores = score(&answers);
    let recommendations = recommend(&answers, &scores);
    let level = scores.level;
    let completed = completed_at.map(|at| {
        let when = format_datetime(
            texts.get("format.datetime"),
            at,
            clock::local_offset_minutes(at),
        );
        texts.fill("ui.result.completed_at", &[("date", &when)])
    });

    // A result kept from an earlier questionnaire leaves the questions added or changed since
    // unanswered; its scores leave them out, and the person is told so. Styled like a notice,
    // but printed with the result, which it qualifies (notices are left out of the print).
    let unanswered = QUESTIONS
        .iter()
        .filter(|question| answers.get(question.id).is_none())
        .count();
    let unanswered_notice = (unanswered > 0).then(|| {
        let text = texts.fill_plural(
            "ui.result.unanswered",
            unanswered as f64,
            0,
            &[("count", &unanswered.to_string())],
        );
        view! { <p class="aimc-unanswered" part="notice">{text}</p> }
    });
    // Below the fold, drawn once the top (level and radar) is painted: the bars, the gaps with
    // their next steps, the pitfalls and the plan.
    let bars = {
        let scores = scores.clone();
        after_paint(move || view! { <AreaBars instance scores /> })
    };
    let next_steps = {
        let scores = scores.clone();
        after_paint(move || advice(texts, &recommendations, &scores, level))
    };

    view! {
        <div class="aimc-result-body">
            {unanswered_notice}
            {level.map(|level| view! {
                <div class="aimc-level-card" part="card">
                    <p class="aimc-level-number">{texts.fill("ui.result.level", &[("level", &level.number().to_string())])}</p>
                    <p class="aimc-level-name">{texts.level_name(level)}</p>
                    <p>{texts.level_meaning(level)}</p>
                    <p class="aimc-meta">
                        {texts.fill("ui.result.overall_score", &[("score", &scores.overall.unwrap_or(0).to_string())])}
                    </p>
                    {completed.map(|text| view! { <p class="aimc-meta">{text}</p> })}
                </div>
            })}
            <div class="aimc-charts">
                <figure class="aimc-figure">
                    <figcaption><h3 part="heading">{texts.get("ui.result.radar_title")}</h3></figcaption>
                    <RadarChart instance scores=scores.clone() />
                </figure>
                <div class="aimc-figure">
                    <h3 part="heading">{texts.get("ui.result.areas")}</h3>
                    {bars}
                </div>
            </div>
            {next_steps}
        </div>
    }
}

/// The gaps with their next steps, the pitfalls the answers reveal and the 90-day plan.
fn advice(
    texts: Texts,
    recommendations: &Recommendations,
    scores: &Scores,
    level: Option<MaturityLevel>,
) -> impl IntoView {
    let gaps = recommendations
        .gaps
        .iter()
        .map(|area| {
            let steps = texts.next_steps(*area).map(|step| view! { <li>{step}</li> });
            let value = scores.of(*area).unwrap_or(0).to_string();
            view! {
                <li class="aimc-gap">
                    <h4 part="heading">
                        {texts.area_name(*area)}
                        <span class="aimc-gap-score">{texts.fill("ui.result.score_of", &[("score", &value)])}</span>
                    </h4>
                    <p>{texts.area_about(*area)}</p>
                    <ul>{steps.into_iter().collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    let has_gaps = !recommendations.gaps.is_empty();
    let has_pitfalls = !recommendations.pitfalls.is_empty();
    let pitfalls = recommendations
        .pitfalls
        .iter()
        .map(|pitfall| {
            view! {
                <li>
                    <strong>{texts.pitfall_name(*pitfall)}</strong>
                    " "
                    {texts.pitfall_remedy(*pitfall)}
                </li>
            }
        })
        .collect_view();

    view! {
        <h3 part="heading">{texts.get("ui.result.gaps")}</h3>
        {if has_gaps {
            view! { <ol class="aimc-gaps">{gaps}</ol> }.into_any()
        } else {
            view! { <p>{texts.get("ui.result.no_gaps")}</p> }.into_any()
        }}
        <h3 part="heading">{texts.get("ui.result.pitfalls")}</h3>
        {if has_pitfalls {
            view! { <ul class="aimc-pitfalls">{pitfalls}</ul> }.into_any()
        } else {
            view! { <p>{texts.get("ui.result.no_pitfalls")}</p> }.into_any()
        }}
        {level.map(|level| view! {
            <h3 part="heading">{texts.get("ui.result.plan")}</h3>
            <p>{texts.plan(level)}</p>
        })}
    }
}
