//! Hours saved built from use cases (seed 000's three prefilled): a task, hours saved per
//! person per week, and how many people do it.

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::core::roi::{RoiField, RoiInputs, UseCase};
use crate::view::later::common::number_input::{FieldText, NumberInput};
use crate::view::Instance;

/// Which number of a use case an input edits.
#[derive(Clone, Copy)]
enum UseCaseNumber {
    Hours,
    People,
}

#[component]
pub fn RoiUseCases(instance: Instance, locale: Locale) -> impl IntoView {
    let texts = instance.texts;
    let progress = instance.progress;
    let toggle_id = instance.element_id("roi-use-cases");
    let enabled = move || progress.with(|progress| progress.roi.use_cases.is_some());
    let on_toggle = move |event| {
        let checked = event_target_checked(&event);
        progress.update(|progress| {
            progress.roi.use_cases =
                checked.then(|| RoiInputs::seed_use_cases(|key| texts.get(key).to_owned()));
        });
    };
    // Rebuilt only when rows are added or removed, so typing never loses focus.
    let row_count =
        Memo::new(move |_| progress.with(|progress| progress.roi.use_cases.as_ref().map(Vec::len)));
    let total = move || {
        progress.with(|progress| {
            let hours = progress.roi.value(
                RoiField::HoursSavedPerWeek,
                progress.level(),
                progress.currency,
            );
            let decimals = if hours.fract() == 0.0 { 0 } else { 1 };
            texts.fill_plural(
                "roi.use_cases.total_hours",
                hours,
                decimals,
                &[("hours", &locale.number(hours, decimals))],
            )
        })
    };
    let add = move |_| {
        progress.update(|progress| {
            if let Some(use_cases) = &mut progress.roi.use_cases {
                use_cases.push(UseCase {
                    name: texts.get("roi.use_cases.new").to_owned(),
                    hours_per_week: 1.0,
                    people: 1.0,
                });
            }
        })
    };

    view! {
        <div class="aimc-field aimc-check">
            <input type="checkbox" id=toggle_id.clone() prop:checked=enabled on:change=on_toggle />
            <label for=toggle_id>{texts.get("roi.use_cases.toggle")}</label>
        </div>
        {move || row_count.get().map(|count| {
            let rows = (0..count).map(|index| view! { <UseCaseRow instance locale index /> }).collect_view();
            view! {
                <ul class="aimc-use-cases">{rows}</ul>
                <p class="aimc-meta">{total}</p>
                <button type="button" class="aimc-button" part="button" on:click=add>{texts.get("roi.use_cases.add")}</button>
            }
        })}
    }
}

#[component]
fn UseCaseRow(instance: Instance, locale: Locale, index: usize) -> impl IntoView {
    let texts = instance.texts;
    let progress = instance.progress;
    let case = progress.with_untracked(|progress| {
        progress
            .roi
            .use_cases
            .as_ref()
            .and_then(|cases| cases.get(index).cloned())
    });
    let Some(case) = case else {
        return ().into_any();
    };
    let base = instance.element_id(&format!("roi-use-case-{index}"));
    let update = move |change: &dyn Fn(&mut UseCase)| {
        progress.update(|progress| {
            if let Some(case) = progress
                .roi
                .use_cases
                .as_mut()
                .and_then(|cases| cases.get_mut(index))
            {
                change(case);
            }
        })
    };
    let name_id = format!("{base}-name");
    let number_input = move |which: UseCaseNumber, value: f64| {
        let id = format!(
            "{base}-{}",
            match which {
                UseCaseNumber::Hours => "hours",
                UseCaseNumber::People => "people",
            }
        );
        let error = RwSignal::new(None::<String>);
        let label = match which {
            UseCaseNumber::Hours => texts.get("roi.use_cases.hours"),
            UseCaseNumber::People => texts.get("roi.use_cases.people"),
        };
        let in_range = match which {
            UseCaseNumber::Hours => UseCase::hours_in_range,
            UseCaseNumber::People => UseCase::people_in_range,
        };
        let on_entry = move |text: &str| match locale.numbers.parse(text) {
            Ok(value) if in_range(value) => {
                update(&|case: &mut UseCase| match which {
                    UseCaseNumber::Hours => case.hours_per_week = value,
                    UseCaseNumber::People => case.people = value,
                });
                Ok(())
            }
            _ => Err(texts.fill(
                "roi.error.not_a_number",
                &[("example", &locale.number(1250.5, 1))],
            )),
        };
        let text = FieldText::Fixed(locale.number(value, if value.fract() == 0.0 { 0 } else { 1 }));
        view! { <NumberInput id text error on_entry=Box::new(on_entry)>{label}</NumberInput> }
    };
    let remove = move |_| {
        progress.update(|progress| {
            if let Some(cases) = &mut progress.roi.use_cases {
                if index < cases.len() {
                    cases.remove(index);
                }
            }
        })
    };
    view! {
        <li class="aimc-use-case">
            <div class="aimc-field">
                <label for=name_id.clone()>{texts.get("roi.use_cases.name")}</label>
                <input
                    id=name_id
                    part="input"
                    type="text"
                    autocomplete="off"
                    maxlength="80"
                    value=case.name.clone()
                    on:input=move |event| {
                        let name = event_target_value(&event);
                        update(&move |case: &mut UseCase| case.name = name.clone());
                    }
                />
            </div>
            {number_input(UseCaseNumber::Hours, case.hours_per_week)}
            {number_input(UseCaseNumber::People, case.people)}
            <button type="button" class="aimc-button aimc-small" part="button" on:click=remove>{texts.get("roi.use_cases.remove")}</button>
        </li>
    }
    .into_any()
}
