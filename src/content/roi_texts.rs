//! The ROI texts that name amounts or figures, filled in the estimate's currency and the
//! language's notation: a field's help, a plausibility note, the reference-rate hint.
//!
//! The templates carry placeholders (`{range}`, `{yours}`, `{roi}`), never an amount with a
//! currency sign, so a Norwegian estimate in kroner never reads "€". What the figures are comes
//! from `core::roi` (the euro figures of the source articles) and `core::money` (their
//! proposal in another currency); this module only writes them down.

use super::LangTexts;
use crate::core::locale::{Currency, Locale};
use crate::core::money;
use crate::core::roi::{
    seed_cost_per_participant, PlausibilityNote, ResolvedInputs, RoiField, RoiOutcome,
    FIRST_YEAR_MONTHS,
};

/// "5 800 kr–35 000 kr": a range of amounts, each written the language's way.
fn money_range(locale: &Locale, (low, high): (f64, f64), currency: Currency) -> String {
    format!(
        "{}–{}",
        locale.money(low, currency),
        locale.money(high, currency)
    )
}

/// A field's help, with the source articles' range in `currency` where it names one.
pub fn field_help(locale: &Locale, field: RoiField, currency: Currency) -> String {
    locale.lang.texts().fill(
        &format!("roi.field.{}.help", field.id()),
        &[(
            "range",
            &money_range(locale, seed_cost_per_participant(currency), currency),
        )],
    )
}

/// A plausibility note with the figures it is about: the first year's ROI, or the first year's
/// cost per participant against the seeds' range, in the estimate's currency.
pub fn plausibility_note(
    locale: &Locale,
    note: PlausibilityNote,
    inputs: &ResolvedInputs,
    outcome: &RoiOutcome,
) -> String {
    let currency = inputs.currency;
    let written = |value: Option<f64>, write: &dyn Fn(f64) -> String| {
        value.map_or_else(|| "–".to_owned(), write)
    };
    locale.lang.texts().fill(
        &format!("roi.note.{}", note.id()),
        &[
            ("months", &FIRST_YEAR_MONTHS.to_string()),
            (
                "roi",
                &written(outcome.first_year_roi_pct(), &|roi| locale.percent(roi, 0)),
            ),
            (
                "yours",
                &written(inputs.first_year_cost_per_participant(), &|cost| {
                    locale.money(cost, currency)
                }),
            ),
            (
                "range",
                &money_range(locale, seed_cost_per_participant(currency), currency),
            ),
        ],
    )
}

/// The reference rate behind `currency`'s proposed defaults ("11,5"), `None` for the euro,
/// whose defaults are the source articles' own figures.
pub fn reference_rate(locale: &Locale, currency: Currency) -> Option<String> {
    let rate = money::per_euro(currency);
    let decimals = if (rate * 10.0).fract().abs() < 1e-9 {
        1
    } else {
        2
    };
    (currency != Currency::EUR).then(|| locale.number(rate, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;
    use crate::core::roi::{estimate, RoiAnalysis, RoiInputs, FIELDS};

    fn locale(code: &str) -> Locale {
        Locale::new(Lang::from_tag(code).unwrap().texts())
    }

    #[test]
    fn no_roi_template_writes_a_currency_sign_itself() {
        for lang in Lang::all() {
            for key in super::super::text_keys() {
                if key.starts_with("roi.") || key.starts_with("ui.report.") {
                    let text = super::super::text_at(lang.index(), key);
                    assert!(
                        !text.contains('€') && !text.contains("EUR"),
                        "{}: `{key}` names the euro: {text:?}",
                        lang.code()
                    );
                }
            }
        }
    }

    /// Two estimates in `currency` that raise every note between them: one saving a great deal
    /// of time, one with a lavish programme.
    fn wild(currency: Currency) -> [(ResolvedInputs, RoiOutcome); 2] {
        let defaults = RoiInputs::default().resolve(None, currency);
        [
            defaults
                .with(RoiField::HoursSavedPerWeek, 15.0)
                .with(RoiField::AdoptionPct, 95.0),
            defaults.with(
                RoiField::ProgrammeCostPerParticipant,
                money::from_euros(9_000.0, currency),
            ),
        ]
        .map(|inputs| {
            let outcome = estimate(&inputs).unwrap();
            (inputs, outcome)
        })
    }

    #[test]
    fn nok_texts_name_kroner_and_never_the_euro() {
        for code in ["en", "nb", "de", "sv", "da"] {
            let locale = locale(code);
            let mut seen = Vec::new();
            for (inputs, outcome) in wild(Currency::NOK) {
                for note in crate::core::roi::plausibility_notes(&inputs, &outcome) {
                    let text = plausibility_note(&locale, note, &inputs, &outcome);
                    assert!(!text.contains('€') && !text.contains('{'), "{code}: {text}");
                    seen.push(note);
                }
            }
            for note in PlausibilityNote::ALL {
                assert!(seen.contains(&note), "{note:?} not checked");
            }
            for spec in FIELDS {
                let help = field_help(&locale, spec.field, Currency::NOK);
                assert!(!help.contains('€') && !help.contains('{'), "{code}: {help}");
            }
            let rate = reference_rate(&locale, Currency::NOK).unwrap();
            let hint = locale
                .lang
                .texts()
                .fill("roi.reference_rate", &[("code", "NOK"), ("rate", &rate)]);
            assert!(!hint.contains('€') && !hint.contains('{'), "{code}: {hint}");
        }
        let nb = locale("nb");
        let help = field_help(&nb, RoiField::ProgrammeCostPerParticipant, Currency::NOK);
        assert!(
            help.contains("5\u{202f}800\u{a0}kr–35\u{202f}000\u{a0}kr"),
            "{help}"
        );
        assert_eq!(reference_rate(&nb, Currency::NOK).as_deref(), Some("11,5"));
        assert_eq!(reference_rate(&nb, Currency::DKK).as_deref(), Some("7,46"));
        assert_eq!(reference_rate(&nb, Currency::EUR), None);
    }

    #[test]
    fn notes_name_the_first_year_and_the_figures_they_judge() {
        let en = locale("en");
        let [(inputs, outcome), (lavish, lavish_outcome)] = wild(Currency::EUR);
        let roi = plausibility_note(&en, PlausibilityNote::RoiAboveSeedRange, &inputs, &outcome);
        assert!(
            roi.starts_with("In the first 12 months your ROI is "),
            "{roi}"
        );
        let first_year = en.percent(outcome.first_year_roi_pct().unwrap(), 0);
        assert!(roi.contains(&first_year), "{roi}");
        let cost = plausibility_note(
            &en,
            PlausibilityNote::ProgrammeCostOutsideSeedRange,
            &lavish,
            &lavish_outcome,
        );
        // 9 000 + 10 h × 50 + 100 + 50 + 12 × 20 = 9 890 € a head.
        assert!(cost.contains("€9,890"), "{cost}");
        assert!(cost.contains("€500–€3,000"), "{cost}");
    }

    #[test]
    fn untouched_nok_defaults_show_no_note() {
        let analysis = RoiAnalysis::of(&RoiInputs::default(), None, Currency::NOK);
        assert!(analysis.notes.is_empty());
    }
}
