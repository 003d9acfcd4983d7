//! One ROI input: a labelled text field that reads numbers the language's way, says next to
//! itself why an entry is wrong, and keeps the last valid value in the estimate meanwhile.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::Instance;
use crate::core::locale::Locale;
use crate::core::roi::{DefaultSource, RoiError, RoiField, Unit};
use crate::core::scoring::MaturityLevel;

#[component]
pub fn RoiNumberField(
    instance: Instance,
    locale: Locale,
    field: RoiField,
    level: Option<MaturityLevel>,
    /// The fields whose current entry is wrong, for the summary above the result.
    invalid: RwSignal<BTreeSet<RoiField>>,
) -> impl IntoView {
    let texts = instance.texts;
    let progress = instance.progress;
    let spec = field.spec();
    let input_id = instance.element_id(&format!("roi-{}", field.id()));
    let help_id = format!("{input_id}-help");
    let error_id = format!("{input_id}-error");
    let described_by = format!("{help_id} {error_id}");

    let initial = progress.with_untracked(|progress| progress.roi.value(field, level));
    let initial_text = locale.number(
        initial,
        if initial.fract() == 0.0 {
            0
        } else {
            usize::from(spec.decimals)
        },
    );
    let (error, set_error) = signal(None::<String>);

    let check = move |text: &str| -> Result<f64, String> {
        // Amounts may carry the currency ("1.250 €"). The example in the message shows this
        // language's separators: "1,250.5" or "1 250,5".
        let parsed = match spec.unit {
            Unit::Money => {
                let currency = progress.with_untracked(|progress| progress.currency);
                locale.parse_money(text, currency)
            }
            _ => locale.numbers.parse(text),
        };
        let value = parsed.map_err(|_| {
            texts.fill(
                "roi.error.not_a_number",
                &[("example", &locale.number(1250.5, 1))],
            )
        })?;
        let checked =
            progress.with_untracked(|progress| progress.roi.check_entry(field, value, level));
        checked.map_err(|error| match error {
            RoiError::OutOfRange { min, max, .. } => texts.fill(
                "roi.error.range",
                &[
                    ("min", &locale.number(min, 0)),
                    ("max", &locale.number(max, 0)),
                ],
            ),
            RoiError::RampOrder | RoiError::NoCost => texts.get("roi.error.ramp_order").to_owned(),
        })?;
        Ok(value)
    };
    let on_input = move |event| match check(&event_target_value(&event)) {
        Ok(value) => {
            progress.update(|progress| {
                progress.roi.entered.insert(field, value);
            });
            set_error.set(None);
            invalid.update(|fields| {
                fields.remove(&field);
            });
        }
        Err(message) => {
            set_error.set(Some(message));
            invalid.update(|fields| {
                fields.insert(field);
            });
        }
    };

    let source = match spec.source {
        DefaultSource::Seed(_) => texts.get("roi.source.seed").to_owned(),
        DefaultSource::Assumption => texts.get("roi.source.assumption").to_owned(),
        DefaultSource::AssessmentLevel => match level {
            Some(level) => texts.fill(
                "roi.source.level",
                &[("level", &level.number().to_string())],
            ),
            None => texts.get("roi.source.level_missing").to_owned(),
        },
    };
    let currency = move || progress.with(|progress| progress.currency.code());
    view! {
        <div class="aimc-field">
            <label for=input_id.clone()>
                {texts.roi_field_label(field)}
                {(spec.unit == Unit::Money).then(|| view! { " (" {currency} ")" })}
            </label>
            <input
                id=input_id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                value=initial_text
                aria-describedby=described_by
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                on:input=on_input
            />
            <p class="aimc-hint" id=help_id>{texts.roi_field_help(field)} " " {source}</p>
            <p class="aimc-error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
