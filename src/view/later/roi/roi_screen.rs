//! The ROI estimate: a form of labelled inputs and, beside it, the result that follows the
//! inputs as the person types (plausibility notes, chart, uncertainty, sensitivity).
//!
//! ROI, payback and net benefit stay in view while the person edits: beside the form where the
//! widget is wide, a compact bar at the bottom of the screen where it is narrow (both CSS,
//! `.aimc-roi-live`). They change as the person types but are no live region, so a screen
//! reader is not interrupted on every keystroke; it reads them after the form.
//!
//! The form's top holds the currency, with the reference rate its defaults come from, a notice
//! when a change of currency leaves entered amounts as typed (they are never converted), and
//! "Show the published example", which loads seed 003's worked example (undoable).
//!
//! The estimate below the form (costs and benefits, chart, uncertainty, sensitivity) and the
//! form's benefit and cost inputs are drawn once the screen above them is painted
//! (`common::after_paint`): the heading, the form's top, its company inputs and the key
//! figures show first, and each part is a shorter task (a page that opens on the estimate
//! blocks less before its first paint).
//!
//! The results are drawn once per `ResultsShape` and follow the estimate in place as the
//! person types (see there).

use leptos::prelude::*;

use crate::content::{roi_texts, Texts};
use crate::core::host_messages::{HostEvent, RoiChangeDetail};
use crate::core::locale::{Currency, Locale};
use crate::core::ordered::SortedMap;
use crate::core::progress::Screen;
use crate::core::roi::{
    Horizon, RoiAnalysis, RoiError, RoiField, RoiInputs, RoiOutcome, SEED_003_EXAMPLE_BENEFIT_EUR,
    SEED_003_EXAMPLE_COST_EUR,
};
use crate::core::roi_uncertainty::UncertainInput;
use crate::view::later::common::after_paint::after_paint;
use crate::view::later::common::key_figures::{KeyFigure, KeyFigures};
use crate::view::later::roi::roi_chart::roi_chart;
use crate::view::later::roi::roi_download::RoiDownload;
use crate::view::later::roi::roi_number_field::RoiNumberField;
use crate::view::later::roi::roi_sensitivity::roi_sensitivity;
use crate::view::later::roi::roi_summary::payback_text;
use crate::view::later::roi::roi_uncertainty::roi_uncertainty;
use crate::view::later::roi::roi_use_cases::RoiUseCases;
use crate::view::shared::step_heading::StepHeading;
use crate::view::Instance;

const COMPANY: [RoiField; 4] = [
    RoiField::Employees,
    RoiField::ParticipationPct,
    RoiField::HourlyCost,
    RoiField::WorkingWeeks,
];
const BENEFIT: [RoiField; 3] = [
    RoiField::AdoptionPct,
    RoiField::RampStartWeeks,
    RoiField::RampFullWeeks,
];
const COSTS: [RoiField; 5] = [
    RoiField::ProgrammeCostPerParticipant,
    RoiField::LicencePerUserMonth,
    RoiField::TrainingHoursPerParticipant,
    RoiField::ExternalAdvice,
    RoiField::CoordinationCost,
];

/// What the estimate's results hold, apart from their figures: they are drawn anew when this
/// changes and otherwise follow the estimate in place. Drawing them anew on every keystroke
/// re-created every attribute of every element (tachys does so for a redrawn element when
/// components are erased, as in this build) and laid them all out again.
#[derive(Clone, PartialEq)]
enum ResultsShape {
    Estimate {
        /// The outcome's months.
        months: u32,
        /// The horizon's months, the chart's width.
        horizon: u32,
        /// The inputs the simulation drew, when it ran.
        ranges: Option<Vec<UncertainInput>>,
        /// How many inputs the sensitivity shows.
        sensitivity: usize,
    },
    NoCost,
    Invalid,
}

impl ResultsShape {
    fn of(analysis: &RoiAnalysis) -> ResultsShape {
        match &analysis.outcome {
            Ok(outcome) => ResultsShape::Estimate {
                months: outcome.months.len() as u32,
                horizon: analysis.inputs.horizon.months(),
                ranges: (analysis.uncertainty.as_ref()).map(|uncertainty| {
                    uncertainty.ranges.iter().map(|range| range.input).collect()
                }),
                sensitivity: analysis.sensitivity.len(),
            },
            Err(RoiError::NoCost) => ResultsShape::NoCost,
            Err(_) => ResultsShape::Invalid,
        }
    }
}

#[component]
pub fn RoiScreen(instance: Instance) -> impl IntoView {
    let texts = instance.texts;
    let locale = Locale::new(texts);
    let progress = instance.progress;
    // The assessment cannot change while this screen shows.
    let level = progress.with_untracked(|progress| progress.level());
    // The fields holding an entry that is not a valid number (a set: `SortedMap` draws no
    // `BTreeSet` code into the chunk).
    let invalid = RwSignal::new(SortedMap::<RoiField, ()>::new());
    let analysis = Memo::new(move |_| {
        progress.with(|progress| RoiAnalysis::of(&progress.roi, level, progress.currency))
    });
    let currency = Memo::new(move |_| progress.with(|progress| progress.currency));
    // Bumped whenever the form's values are replaced from outside, so the fields show them.
    let (replaced, set_replaced) = signal(0u32);
    let replace_form = move |change: &dyn Fn(&mut crate::core::progress::Progress)| {
        progress.update(|progress| change(progress));
        set_replaced.update(|count| *count += 1);
    };
    // Tells the host page when the estimate changes; not for the first render.
    Effect::new(move |previous: Option<()>| {
        analysis.track();
        currency.track();
        if previous.is_some() {
            progress.with_untracked(|current| {
                analysis.with_untracked(|analysis| {
                    instance.id.with_value(|id| {
                        instance.emit(
                            HostEvent::RoiChange,
                            &RoiChangeDetail::of(id, current, analysis),
                        )
                    })
                })
            });
        }
    });

    let fields = move |list: &[RoiField]| {
        list.iter()
            .map(|field| view! { <RoiNumberField instance locale field=*field level invalid replaced /> })
            .collect_view()
    };
    let currency_id = instance.element_id("roi-currency");
    let horizon_name = instance.element_id("roi-horizon");
    let horizons = Horizon::ALL
        .map(|horizon| {
            let id = format!("{horizon_name}-{}", horizon.months());
            view! {
                <div class="aimc-inline-option">
                    <input
                        type="radio"
                        id=id.clone()
                        name=horizon_name.clone()
                        prop:checked=move || progress.with(|progress| progress.roi.horizon == horizon)
                        on:change=move |_| progress.update(|progress| progress.roi.horizon = horizon)
                    />
                    <label for=id>{texts.fill("roi.horizon_months", &[("months", &horizon.months().to_string())])}</label>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    let currencies = Currency::ALL
        .map(|option| {
            view! {
                <option value=option.code() prop:selected=move || currency.get() == option>
                    {option.code()}
                </option>
            }
        })
        .into_iter()
        .collect_view();
    // Set when a change of currency left entered amounts as they were typed; the notice says
    // so and offers the new currency's defaults instead. Untouched amounts simply follow.
    let amounts_kept = RwSignal::new(false);
    let currency_select = NodeRef::<leptos::html::Select>::new();
    let on_currency = move |event| {
        if let Some(chosen) = Currency::from_code(&event_target_value(&event)) {
            let entered = progress.with_untracked(|progress| progress.roi.has_entered_amounts());
            progress.update(|progress| progress.currency = chosen);
            amounts_kept.set(entered);
        }
    };
    let back_to_currency = move || {
        amounts_kept.set(false);
        if let Some(select) = currency_select.get_untracked() {
            let _ = select.focus();
        }
    };
    let reset_amounts = move |_| {
        replace_form(&|progress| progress.roi.reset_amounts());
        back_to_currency();
    };
    let keep_amounts = move |_| back_to_currency();
    let currency_hint_id = instance.element_id("roi-currency-hint");
    let reference_rate = move || {
        let currency = currency.get();
        roi_texts::reference_rate(&locale, currency).map(|rate| {
            texts.fill(
                "roi.reference_rate",
                &[("code", currency.code()), ("rate", &rate)],
            )
        })
    };
    let kept_notice = move || {
        amounts_kept.get().then(|| {
            texts.fill(
                "roi.currency_notice.text",
                &[("code", currency.get().code())],
            )
        })
    };

    // Seed 003's worked example: the person's own figures are kept aside until they go back.
    let before_example = RwSignal::new(None::<(RoiInputs, Currency)>);
    let example_button = NodeRef::<leptos::html::Button>::new();
    let show_example = move |_| {
        let mine = progress.with_untracked(|progress| (progress.roi.clone(), progress.currency));
        if before_example.with_untracked(Option::is_none) {
            before_example.set(Some(mine));
        }
        replace_form(&|progress| {
            progress.roi = RoiInputs::seed_003_example();
            progress.currency = Currency::EUR;
        });
        amounts_kept.set(false);
    };
    let undo_example = move |_| {
        if let Some((mine, their_currency)) = before_example.get_untracked() {
            replace_form(&|progress| {
                progress.roi = mine.clone();
                progress.currency = their_currency;
            });
        }
        before_example.set(None);
        if let Some(button) = example_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let example_help_id = instance.element_id("roi-example-help");
    let example_help = texts.fill(
        "roi.example.help",
        &[
            ("cost", &locale.number(SEED_003_EXAMPLE_COST_EUR, 0)),
            ("benefit", &locale.number(SEED_003_EXAMPLE_BENEFIT_EUR, 0)),
        ],
    );
    let example_shown = move || {
        progress.with(|progress| {
            progress.currency == Currency::EUR && progress.roi == RoiInputs::seed_003_example()
        })
    };
    let example_status = move || {
        example_shown().then(|| {
            analysis.with(|analysis| {
                analysis.outcome.as_ref().ok().map(|outcome| {
                    texts.fill(
                        "roi.example.loaded",
                        &[
                            ("cost", &locale.money(outcome.cost, Currency::EUR)),
                            ("benefit", &locale.money(outcome.benefit, Currency::EUR)),
                            ("roi", &locale.percent(outcome.roi_pct, 1)),
                        ],
                    )
                })
            })
        })
    };
    let hours_direct = move || progress.with(|progress| progress.roi.use_cases.is_none());
    let back_key =
        if progress.with_untracked(|progress| progress.roi_return_screen()) == Screen::Result {
            "roi.back_to_result"
        } else {
            "roi.back_to_intro"
        };

    // The figures kept in view: the last valid estimate, or dashes when there is none.
    let outcome_text = move |text: fn(Texts, Locale, &RoiOutcome, Currency) -> String| {
        move || {
            let currency = currency.get();
            analysis.with(|analysis| {
                (analysis.outcome.as_ref()).map_or_else(
                    |_| "–".to_owned(),
                    |outcome| text(texts, locale, outcome, currency),
                )
            })
        }
    };
    let live_range = move || {
        analysis.with(|analysis| {
            analysis.uncertainty.as_ref().map(|uncertainty| {
                let roi = uncertainty.roi_pct;
                texts.fill(
                    "roi.uncertainty.live_range",
                    &[
                        ("low", &locale.percent(roi.p10, 0)),
                        ("high", &locale.percent(roi.p90, 0)),
                    ],
                )
            })
        })
    };
    let live = view! {
        <KeyFigures
            texts
            figures=vec![
                KeyFigure::following("roi.result.roi", outcome_text(|_, locale, outcome, _| locale.percent(outcome.roi_pct, 0)))
                    .marked("data-roi-value")
                    .main(),
                KeyFigure::following("roi.result.payback", outcome_text(|texts, _, outcome, _| {
                    payback_text(texts, outcome.payback_month, outcome.months.len() as u32)
                }))
                .marked("data-payback-value"),
                KeyFigure::following("roi.result.net", outcome_text(|_, locale, outcome, currency| locale.money(outcome.net_benefit, currency)))
                    .marked("data-net-value"),
            ]
            cards=false
        />
        <Show when=move || analysis.with(|analysis| analysis.uncertainty.is_some())>
            <p class="aimc-roi-live-range">{live_range}</p>
        </Show>
    };
    let notes = move || {
        analysis.with(|analysis| {
            let outcome = analysis.outcome.as_ref().ok()?;
            (!analysis.notes.is_empty()).then(|| {
                let items = analysis
                    .notes
                    .iter()
                    .map(|note| {
                        view! { <li>{roi_texts::plausibility_note(&locale, *note, &analysis.inputs, outcome)}</li> }
                    })
                    .collect_view();
                view! {
                    <div class="aimc-notes" part="notice" role="note">
                        <h4 part="heading">{texts.get("roi.note.heading")}</h4>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    };
    // Drawn anew only when what they hold changes (see `ResultsShape`); their figures follow
    // the estimate in place.
    let shape = Memo::new(move |_| analysis.with(ResultsShape::of));
    let results = move || match shape.get() {
        ResultsShape::Estimate {
            months,
            horizon,
            ranges,
            sensitivity,
        } => untrack(|| {
            let banded = ranges.is_some();
            view! {
                <KeyFigures
                    texts
                    figures=vec![
                        KeyFigure::following("roi.result.benefit", outcome_text(|_, locale, outcome, currency| locale.money(outcome.benefit, currency))),
                        KeyFigure::following("roi.result.cost", outcome_text(|_, locale, outcome, currency| locale.money(outcome.cost, currency))),
                    ]
                    cards=true
                />
                <p class="aimc-hint">{texts.fill("roi.result.formula", &[("months", &months.to_string())])}</p>
                {notes}
                <h4 part="heading">{texts.get("roi.chart.title")}</h4>
                {roi_chart(instance, locale, analysis, currency, horizon, banded)}
                {ranges.map(|inputs| roi_uncertainty(instance, locale, analysis, currency, months, inputs))}
                {roi_sensitivity(instance, locale, analysis, sensitivity)}
            }
            .into_any()
        }),
        ResultsShape::NoCost => {
            view! { <p class="aimc-error">{texts.get("roi.error.no_cost")}</p> }.into_any()
        }
        ResultsShape::Invalid => {
            view! { <p class="aimc-error">{texts.get("roi.error.summary")}</p> }.into_any()
        }
    };

    let results = after_paint(move || results);
    // The benefit's and the costs' inputs, below the fold on a phone, come with the results.
    let later_groups = after_paint(move || {
        view! {
            <fieldset class="aimc-group">
                <legend>{texts.get("roi.group.benefit")}</legend>
                <RoiUseCases instance locale />
                <Show when=hours_direct>
                    <RoiNumberField instance locale field=RoiField::HoursSavedPerWeek level invalid replaced />
                </Show>
                {fields(&BENEFIT)}
            </fieldset>
            <fieldset class="aimc-group">
                <legend>{texts.get("roi.group.costs")}</legend>
                {fields(&COSTS)}
            </fieldset>
        }
    });

    view! {
        <section class="aimc-screen aimc-roi">
            <p class="aimc-eyebrow">{texts.get("ui.app_title")}</p>
            <StepHeading instance>{texts.get("roi.heading")}</StepHeading>
            <p>{texts.get("roi.intro")}</p>
            <div class="aimc-roi-layout">
            <form class="aimc-roi-form" novalidate on:submit=|event| event.prevent_default()>
                <div class="aimc-roi-general">
                    <div class="aimc-field">
                        <label for=currency_id.clone()>{texts.get("roi.currency")}</label>
                        <select id=currency_id part="input" node_ref=currency_select aria-describedby=currency_hint_id.clone() on:change=on_currency>
                            {currencies}
                        </select>
                    </div>
                    <fieldset class="aimc-inline-options">
                        <legend>{texts.get("roi.horizon")}</legend>
                        {horizons}
                    </fieldset>
                </div>
                <p class="aimc-hint" id=currency_hint_id>{reference_rate}</p>
                <div class="aimc-currency-notice">
                    <p role="status" data-currency-notice>{kept_notice}</p>
                    <Show when=move || amounts_kept.get()>
                        <div class="aimc-actions">
                            <button type="button" class="aimc-button" part="button" on:click=reset_amounts>
                                {move || texts.fill("roi.currency_notice.reset", &[("code", currency.get().code())])}
                            </button>
                            <button type="button" class="aimc-button" part="button" on:click=keep_amounts>
                                {texts.get("roi.currency_notice.keep")}
                            </button>
                        </div>
                    </Show>
                </div>
                <div class="aimc-roi-example">
                    <button type="button" class="aimc-button" part="button" node_ref=example_button aria-describedby=example_help_id.clone() on:click=show_example>
                        {texts.get("roi.example.show")}
                    </button>
                    <p class="aimc-hint" id=example_help_id>{example_help}</p>
                    <p role="status" data-example-status>{example_status}</p>
                    <Show when=move || before_example.with(Option::is_some)>
                        <button type="button" class="aimc-button" part="button" on:click=undo_example>
                            {texts.get("roi.example.undo")}
                        </button>
                    </Show>
                </div>
                <fieldset class="aimc-group">
                    <legend>{texts.get("roi.group.company")}</legend>
                    {fields(&COMPANY)}
                </fieldset>
                {later_groups}
            </form>
            <div class="aimc-roi-live" role="group" aria-label=texts.get("roi.result.live_label")>{live}</div>
            </div>
            <h3 part="heading">{texts.get("roi.result.heading")}</h3>
            <Show when=move || !invalid.with(SortedMap::is_empty)>
                <p class="aimc-error" role="status">{texts.get("roi.error.summary")}</p>
            </Show>
            <div class="aimc-roi-result">{results}</div>
            <div class="aimc-actions">
                {instance.parts.get_untracked().has_assessment().then(|| view! {
                    <button type="button" class="aimc-button" part="button" on:click=move |_| instance.navigate(|progress| progress.back())>
                        {texts.get(back_key)}
                    </button>
                })}
                <RoiDownload instance />
            </div>
        </section>
    }
}
