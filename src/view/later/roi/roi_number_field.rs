//! One ROI input: a number field (`number_input`) that reads numbers the language's way, says
//! under itself why an entry is wrong, and keeps the last valid value in the estimate meanwhile.
//!
//! The text shown is written once and then left to the person while they type; it is written
//! anew only when the form's values change from outside: an amount the person has not touched
//! follows the currency's default, and the whole form follows a loaded example or its undo.

use leptos::prelude::*;

use crate::content::roi_texts;
use crate::core::locale::Locale;
use crate::core::ordered::SortedMap;
use crate::core::roi::{DefaultSource, RoiError, RoiField, Unit};
use crate::core::scoring::MaturityLevel;
use crate::view::later::common::number_input::{FieldText, NumberInput};
use crate::view::Instance;

#[component]
pub fn RoiNumberField(
    instance: Instance,
    locale: Locale,
    field: RoiField,
    level: Option<MaturityLevel>,
    /// The fields whose current entry is wrong, for the summary above the result.
    invalid: RwSignal<SortedMap<RoiField, ()>>,
    /// Counts the times the form's values were replaced from outside (an example loaded or
    /// undone, entered amounts reset), so the field shows the new value.
    replaced: ReadSignal<u32>,
) -> impl IntoView {
    let texts = instance.texts;
    let progress = instance.progress;
    let spec = field.spec();
    let input_id = instance.element_id(&format!("roi-{}", field.id()));

    let currency = Memo::new(move |_| progress.with(|progress| progress.currency));
    let is_money = spec.unit == Unit::Money;
    // Rewritten when the form is replaced, and for amounts when the currency changes (an
    // untouched amount takes the new currency's default; an entered one stays as it is). Not
    // on every keystroke: the person's own text, however they format it, stays while they type.
    let shown_text = move || {
        replaced.track();
        if is_money {
            currency.track();
        }
        let value =
            progress.with_untracked(|progress| progress.roi.value(field, level, progress.currency));
        let decimals = if value.fract() == 0.0 {
            0
        } else {
            usize::from(spec.decimals)
        };
        locale.number(value, decimals)
    };
    let error = RwSignal::new(None::<String>);
    // A value written from outside replaces whatever wrong entry the field held.
    Effect::new(move |previous: Option<()>| {
        replaced.track();
        if is_money {
            currency.track();
        }
        if previous.is_some() {
            error.set(None);
            invalid.update(|fields| {
                fields.remove(&field);
            });
        }
    });

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
    let on_entry = move |text: &str| match check(text) {
        Ok(value) => {
            progress.update(|progress| {
                progress.roi.entered.insert(field, value);
            });
            invalid.update(|fields| {
                fields.remove(&field);
            });
            Ok(())
        }
        Err(message) => {
            invalid.update(|fields| {
                fields.insert(field, ());
            });
            Err(message)
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
    let help = move || roi_texts::field_help(&locale, field, currency.get());
    let code = move || currency.get().code();
    view! {
        <NumberInput
            id=input_id
            text=FieldText::Following(Signal::derive(shown_text))
            hint=view! { {help} " " {source} }.into_any()
            error
            on_entry=Box::new(on_entry)
        >
            {texts.roi_field_label(field)}
            {is_money.then(|| view! { " (" {code} ")" })}
        </NumberInput>
    }
}
