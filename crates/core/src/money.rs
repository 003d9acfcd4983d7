//! Proposing amounts in the person's currency: one fixed reference table of units per euro, used
//! to turn the source articles' euro figures into defaults and plausibility ranges a person of
//! that currency would recognise.
//!
//! The source articles give every amount in euros, and those euro figures stay the source of
//! truth (`roi::FIELDS`, `roi::plausibility_notes`). This module only derives the other
//! currencies' proposals from them, rounded to numbers a person would type. It never converts
//! what a person entered: an amount typed in kroner stays that many kroner whatever the currency
//! is switched to, and no exchange rate is ever fetched.

use super::locale::Currency;

/// Units of `currency` per euro: a fixed reference, roughly the rates of 2024–2025, chosen so
/// that seed 002's own conversion (1 000–3 000 € ≈ 7 500–22 500 kr.) comes out. Only for
/// proposing defaults and judging plausibility.
pub fn per_euro(currency: Currency) -> f64 {
    match currency {
        Currency::EUR => 1.0,
        Currency::NOK => 11.5,
        Currency::SEK => 11.2,
        Currency::DKK => 7.46,
        Currency::CHF => 0.94,
        Currency::GBP => 0.85,
        Currency::USD => 1.08,
    }
}

/// Rounds to two significant figures, the way a person types an amount: 575 → 580,
/// 6 900 → 6 900, 115 000 → 120 000, 21.6 → 22. Zero and non-finite values are returned as
/// they are.
pub fn round_typed(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    // The power of ten of the second significant digit (10 for 575, 0.1 for 2.16).
    let step = 10f64.powi(value.abs().log10().floor() as i32 - 1);
    (value / step).round() * step
}

/// A euro figure from the source articles, as a proposal in `currency`: the same figure in
/// euros, otherwise converted with [`per_euro`] and rounded by [`round_typed`].
pub fn from_euros(euros: f64, currency: Currency) -> f64 {
    if currency == Currency::EUR {
        euros
    } else {
        round_typed(euros * per_euro(currency))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_figures_stay_exact() {
        for euros in [20.0, 50.0, 600.0, 10_000.0, 1_234.5] {
            assert_eq!(from_euros(euros, Currency::EUR), euros);
        }
    }

    #[test]
    fn proposals_are_rounded_to_two_significant_figures() {
        assert_eq!(round_typed(575.0), 580.0);
        assert_eq!(round_typed(6_900.0), 6_900.0);
        assert_eq!(round_typed(115_000.0), 120_000.0);
        assert_eq!(round_typed(21.6), 22.0);
        assert_eq!(round_typed(0.0), 0.0);
        assert_eq!(round_typed(-575.0), -580.0);
        assert!((round_typed(2.16) - 2.2).abs() < 1e-12);
        assert_eq!(from_euros(50.0, Currency::NOK), 580.0);
        assert_eq!(from_euros(10_000.0, Currency::NOK), 120_000.0);
        assert_eq!(from_euros(20.0, Currency::GBP), 17.0);
        assert_eq!(from_euros(50.0, Currency::CHF), 47.0);
        for currency in Currency::ALL {
            for euros in [20.0, 50.0, 500.0, 600.0, 3_000.0, 5_000.0, 10_000.0] {
                let proposal = from_euros(euros, currency);
                let digits = format!("{proposal}");
                let significant = digits.trim_end_matches(['0', '.']).replace('.', "");
                assert!(
                    significant.trim_start_matches('0').len() <= 2,
                    "{} {proposal}",
                    currency.code()
                );
            }
        }
    }

    #[test]
    fn seed_002_converts_its_range_to_about_7_500_to_22_500_kroner() {
        assert_eq!(from_euros(1_000.0, Currency::DKK), 7_500.0);
        let upper = from_euros(3_000.0, Currency::DKK);
        assert!((22_000.0..=22_500.0).contains(&upper), "{upper}");
    }
}
