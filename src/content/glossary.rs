//! One word per concept in each language: the terms the texts settled on, and the variants they
//! must not drift back to.
//!
//! A tested list rather than a style note, because the texts are edited by several hands and a
//! second word for the same thing ("Nutzungsrate" beside "Nutzungsquote") reads as a second
//! thing. The chosen terms are the source articles' where they give one (seed 000 "bruksrate",
//! seed 001 "användningsgrad", seed 002 "anvendelsesgrad", seed 000's "GDPR-compliant tools with
//! European servers" in each language's wording). It checks only words, never whole sentences,
//! so the texts stay free to change.

use super::{text_at, text_keys, Lang, LangTexts};

/// (language, variant that must not appear in any text, the term to use instead).
const REJECTED: &[(&str, &str, &str)] = &[
    // How many people actually use AI: a KPI (seeds 000–002) and the ROI's adoption input.
    ("de", "Nutzungsrate", "Nutzungsquote"),
    ("de", "Adoptionsrate", "Nutzungsquote"),
    ("nb", "bruksgrad", "bruksrate"),
    ("nb", "adopsjonsrate", "bruksrate"),
    ("da", "adoptionsgrad", "anvendelsesgrad"),
    ("da", "adoptionsrate", "anvendelsesgrad"),
    ("sv", "adoptionsgrad", "användningsgrad"),
    // Tools are not "GDPR tools" but GDPR-compliant ones (seeds 000–003).
    ("en", "GDPR tools", "GDPR-compliant tools"),
    ("de", "DSGVO-Tools", "DSGVO-konforme Tools"),
    ("nb", "GDPR-verktøy", "GDPR-tilpassede verktøy"),
    ("sv", "GDPR-verktyg", "GDPR-godkända verktyg"),
    ("da", "GDPR-værktøj", "GDPR-kompatible værktøjer"),
    // A one-off cost says so in full.
    ("nb", "(engangs)", "(engangskostnad)"),
    // The assessment is the "vurdering" everywhere in Norwegian, as on its start button.
    ("nb", "kartleggingen din", "vurderingen din"),
];

/// The label for when the programme has paid for itself: a duration, the payback period.
const PAYBACK_LABEL: &[(&str, &str)] = &[
    ("en", "Payback"),
    ("de", "Amortisationszeit"),
    ("nb", "Tilbakebetalingstid"),
    ("sv", "Återbetalningstid"),
    ("da", "Tilbagebetalingstid"),
];

fn lang(code: &str) -> Lang {
    Lang::all()
        .find(|lang| lang.code() == code)
        .unwrap_or_else(|| panic!("no language {code}"))
}

#[test]
fn no_text_uses_a_rejected_variant() {
    for &(code, variant, term) in REJECTED {
        let lang = lang(code);
        let variant_lower = variant.to_lowercase();
        for key in text_keys() {
            let text = text_at(lang.index(), key);
            assert!(
                !text.to_lowercase().contains(&variant_lower),
                "{code}: `{key}` says {variant:?}; this language writes {term:?}: {text:?}"
            );
        }
    }
}

#[test]
fn the_chosen_terms_are_in_use() {
    // A rejected variant is only worth checking while its term is what the texts say.
    for &(code, _, term) in REJECTED {
        let lang = lang(code);
        let term_lower = term.to_lowercase();
        assert!(
            text_keys().iter().any(|key| text_at(lang.index(), key)
                .to_lowercase()
                .contains(&term_lower)),
            "{code}: no text uses {term:?}"
        );
    }
}

#[test]
fn payback_is_labelled_as_a_period() {
    for &(code, label) in PAYBACK_LABEL {
        assert_eq!(
            lang(code).texts().get("roi.result.payback"),
            label,
            "{code}"
        );
    }
}

#[test]
fn swedish_form_errors_speak_of_fields() {
    // "uppgifter" are tasks or data in Swedish; the fields of a form are "fält".
    let swedish = lang("sv");
    for key in text_keys() {
        let text = text_at(swedish.index(), key);
        if key.starts_with("roi.error.") {
            assert!(!text.contains("uppgift"), "sv: `{key}` says {text:?}");
        }
    }
    assert!(swedish.texts().get("roi.error.summary").contains("fält"));
}
