//! How uncertain the ROI estimate is: a simulation over stated ranges, in place of fixed
//! "conservative" and "optimistic" factors.
//!
//! Six inputs are drawn, each from a range around what the person entered (a triangular
//! distribution whose most likely value is their entry): hours saved, adoption, the weeks until
//! the first and the full effect, the one-off costs and the internal training hours. Where a
//! seed gives a range it is used (first effects after 4–6 weeks and full competence after 3–6
//! months, seed 000; about a quarter of employees feel confident with generative AI today, seed
//! 003), widened so that it always contains the person's own entry; elsewhere the range is our
//! assumption and says so ([`RangeSource`]). Every other input stays as entered.
//!
//! The draws come from a small fixed-seed generator, so the same inputs always give the same
//! percentiles and the same band, and the same random numbers are used whatever the inputs, so
//! the band moves smoothly while the person types. Each run is a closed form per month (no
//! month-by-month state and no allocation per run), cheap enough to run on every keystroke in
//! WebAssembly on a slow phone.
//!
//! This module does not validate inputs: [`simulate`] takes inputs [`estimate`] accepted, and
//! answers anything else with `None`, never with NaN or infinity.
//!
//! [`estimate`]: super::roi::estimate

use super::roi::{ramp_integral, within, ResolvedInputs, RoiField, WEEKS_PER_MONTH};

/// Simulated cases per estimate: enough for stable 10th and 90th percentiles (each within about
/// ±1.5 percentile points), few enough to stay well inside a frame on a slow phone, and for an
/// import of a thousand reports (each estimated anew) to stay quick.
pub const RUNS: usize = 500;

/// The generator's fixed seed: the same inputs always show the same band.
pub const SEED: u64 = 1_320_261_201;

/// The inputs the simulation varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UncertainInput {
    /// Hours saved per participant per week.
    HoursSaved,
    /// Adoption (%).
    Adoption,
    /// Weeks until the first effect.
    RampStart,
    /// Weeks until the full effect.
    RampFull,
    /// Programme cost for all participants, external advice and coordination together (money).
    OneOffCosts,
    /// Internal training hours per participant.
    TrainingHours,
}

impl UncertainInput {
    pub const ALL: [UncertainInput; 6] = [
        UncertainInput::HoursSaved,
        UncertainInput::Adoption,
        UncertainInput::RampStart,
        UncertainInput::RampFull,
        UncertainInput::OneOffCosts,
        UncertainInput::TrainingHours,
    ];

    /// The stable id used in content keys and the export.
    pub fn id(self) -> &'static str {
        match self {
            UncertainInput::HoursSaved => "hours_saved",
            UncertainInput::Adoption => "adoption",
            UncertainInput::RampStart => "ramp_start",
            UncertainInput::RampFull => "ramp_full",
            UncertainInput::OneOffCosts => "one_off_costs",
            UncertainInput::TrainingHours => "training_hours",
        }
    }

    /// The input with this `id`, if any.
    pub fn from_id(id: &str) -> Option<UncertainInput> {
        UncertainInput::ALL
            .into_iter()
            .find(|input| input.id() == id)
    }
}

/// Where a range comes from, shown beside it and exported with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeSource {
    /// The range comes from this seed article (its file number, e.g. "000").
    Seed(&'static str),
    /// No seed gives a range: our assumption.
    Assumption,
}

impl RangeSource {
    /// `seed_<nnn>` or `assumption`, as in the export.
    pub fn id(self) -> String {
        match self {
            RangeSource::Seed(seed) => format!("seed_{seed}"),
            RangeSource::Assumption => "assumption".to_owned(),
        }
    }
}

/// One varied input: drawn from `low` to `high`, most often near `likely` (the person's entry).
/// Values are in the input's own unit (hours, percent, weeks, money).
#[derive(Clone, Debug, PartialEq)]
pub struct InputRange {
    pub input: UncertainInput,
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    /// `seed_<nnn>` (the range comes from that source article) or `assumption` (ours).
    pub source: String,
}

/// The 10th, 50th and 90th percentile of one result over all simulated cases.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percentiles<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

/// One month of the band: where the cumulative cost and benefit lie in 8 of 10 cases.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandMonth {
    pub month: u32,
    pub cost_p10: f64,
    pub cost_p90: f64,
    pub benefit_p10: f64,
    pub benefit_p90: f64,
}

/// What the simulation shows and exports.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    pub runs: usize,
    pub seed: u64,
    /// The ranges used, in the order of [`UncertainInput::ALL`].
    pub ranges: Vec<InputRange>,
    pub roi_pct: Percentiles<f64>,
    pub net_benefit: Percentiles<f64>,
    /// `None`: later than the horizon (in at least that share of cases).
    pub payback_month: Percentiles<Option<u32>>,
    /// The share of cases (0–100) that pay back within the horizon.
    pub payback_within_horizon_pct: f64,
    /// Month 1 to the horizon.
    pub band: Vec<BandMonth>,
}

/// The ranges for these inputs: each contains the person's entry, which is its most likely
/// value. Hours saved spread as seed 000's use cases do (3, 4 and 6 hours a week: within a
/// third either side of their middle); the ramp follows seed 000's weeks; the factors on
/// adoption, costs and training hours are our assumption (adoption falls short a little more
/// often than it overshoots; projects cost more than planned more often than less).
pub fn ranges(inputs: &ResolvedInputs) -> Vec<InputRange> {
    let hours = inputs.get(RoiField::HoursSavedPerWeek);
    let adoption = inputs.get(RoiField::AdoptionPct);
    let start = inputs.get(RoiField::RampStartWeeks);
    let full = inputs.get(RoiField::RampFullWeeks);
    let training = inputs.get(RoiField::TrainingHoursPerParticipant);
    let one_off = inputs.bought_one_off_cost();
    let range = |input, low: f64, likely: f64, high: f64, source: RangeSource| InputRange {
        input,
        low: low.min(likely),
        likely,
        high: high.max(likely),
        source: source.id(),
    };
    vec![
        // Seed 000: its use cases save 3, 4 and 6 hours a week, two thirds to four thirds of
        // their middle.
        range(
            UncertainInput::HoursSaved,
            hours * 2.0 / 3.0,
            hours,
            (hours * 4.0 / 3.0).min(RoiField::HoursSavedPerWeek.spec().max),
            RangeSource::Seed("000"),
        ),
        range(
            UncertainInput::Adoption,
            adoption * 0.7,
            adoption,
            (adoption * 1.15).min(100.0),
            RangeSource::Assumption,
        ),
        // Seed 000: basic productivity after 4–6 weeks.
        range(
            UncertainInput::RampStart,
            4.0,
            start,
            6.0,
            RangeSource::Seed("000"),
        ),
        // Seed 000: full competence after 3–6 months (13–26 weeks).
        range(
            UncertainInput::RampFull,
            13.0,
            full,
            26.0,
            RangeSource::Seed("000"),
        ),
        range(
            UncertainInput::OneOffCosts,
            one_off * 0.9,
            one_off,
            one_off * 1.3,
            RangeSource::Assumption,
        ),
        range(
            UncertainInput::TrainingHours,
            training * 0.8,
            training,
            training * 1.5,
            RangeSource::Assumption,
        ),
    ]
}

/// SplitMix64: tiny, fast and well mixed; plenty for drawing a few thousand numbers.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The value at `u` (uniform in [0, 1)) of the triangular distribution from `low` to `high`
/// with its peak at `likely`.
fn triangular(u: f64, range: &InputRange) -> f64 {
    let (low, likely, high) = (range.low, range.likely, range.high);
    let span = high - low;
    if span.is_nan() || span <= 0.0 {
        return likely;
    }
    let value = if u * span < likely - low {
        low + (u * span * (likely - low)).max(0.0).sqrt()
    } else {
        high - ((1.0 - u) * span * (high - likely)).max(0.0).sqrt()
    };
    within(value, low, high)
}

/// One simulated case: everything its months need, in closed form.
#[derive(Clone, Copy)]
struct Case {
    /// Benefit per month at full effect.
    full_monthly_benefit: f64,
    one_off_cost: f64,
    ramp_start: f64,
    ramp_full: f64,
}

impl Case {
    fn cumulative_benefit(&self, month: u32) -> f64 {
        let weeks = f64::from(month) * WEEKS_PER_MONTH;
        self.full_monthly_benefit * ramp_integral(self.ramp_start, self.ramp_full, weeks)
            / WEEKS_PER_MONTH
    }
}

/// The `share` percentile (0–1) of `values` by nearest rank, reordering them (linear time, no
/// sort; one function for every percentile keeps the WebAssembly small).
fn select(values: &mut [f64], share: f64) -> f64 {
    let rank = ((share * values.len() as f64).ceil() as usize).max(1) - 1;
    select_rank(values, rank)
}

/// The value of rank `rank` (0-based) in `values`; 0 when there is none.
fn select_rank(values: &mut [f64], rank: usize) -> f64 {
    if rank >= values.len() {
        return 0.0;
    }
    let (_, value, _) = values.select_nth_unstable_by(rank, f64::total_cmp);
    *value
}

fn percentiles(values: &mut [f64]) -> Option<Percentiles<f64>> {
    (!values.is_empty()).then(|| Percentiles {
        p10: select(values, 0.1),
        p50: select(values, 0.5),
        p90: select(values, 0.9),
    })
}

/// Runs [`RUNS`] cases over the ranges of [`ranges`]. `None` when the inputs give no finite
/// result (those [`estimate`](super::roi::estimate) rejects, such as zero cost).
pub fn simulate(inputs: &ResolvedInputs) -> Option<Uncertainty> {
    simulate_over(inputs, ranges(inputs), RUNS)
}

fn simulate_over(
    inputs: &ResolvedInputs,
    ranges: Vec<InputRange>,
    runs: usize,
) -> Option<Uncertainty> {
    let range_of = |input: UncertainInput| ranges.iter().find(|range| range.input == input);
    let [hours, adoption, start, full, one_off, training] = UncertainInput::ALL.map(range_of);
    let (hours, adoption, start, full, one_off, training) =
        (hours?, adoption?, start?, full?, one_off?, training?);

    let participants = inputs.participants();
    let hourly_cost = inputs.get(RoiField::HourlyCost);
    let benefit_per_hour_and_adoption =
        participants * inputs.get(RoiField::WorkingWeeks) / 12.0 * hourly_cost / 100.0;
    let monthly_cost = participants * inputs.get(RoiField::LicencePerUserMonth);
    let horizon = inputs.horizon.months();

    let mut random = SplitMix64(SEED);
    let cases: Vec<Case> = (0..runs)
        .map(|_| {
            // Always six draws per case in this order, so a case keeps its numbers whatever
            // the inputs.
            let draws = [(); 6].map(|_| random.unit());
            let ramp_start = triangular(draws[2], start);
            Case {
                full_monthly_benefit: benefit_per_hour_and_adoption
                    * triangular(draws[0], hours)
                    * triangular(draws[1], adoption),
                one_off_cost: triangular(draws[4], one_off)
                    + participants * triangular(draws[5], training) * hourly_cost,
                ramp_start,
                ramp_full: triangular(draws[3], full).max(ramp_start),
            }
        })
        .collect();

    // Month by month across all cases: the band (two selections a month, in linear time), and
    // how many cases pay back in each month (the payback percentiles are counted from that).
    let mut band = Vec::with_capacity(horizon as usize);
    let mut one_off_costs: Vec<f64> = cases.iter().map(|case| case.one_off_cost).collect();
    let cost = percentiles(&mut one_off_costs)?;
    let rank = |share: f64| ((share * runs as f64).ceil() as usize).max(1) - 1;
    let (rank_p10, rank_p90) = (rank(0.1), rank(0.9));
    let mut paid_back_in = vec![0usize; horizon as usize];
    let mut benefits = vec![0.0; runs];
    let mut paid_back = vec![false; runs];
    for month in 1..=horizon {
        let running_cost = f64::from(month) * monthly_cost;
        let mut paid_back_now = 0;
        for ((case, benefit), paid_back) in cases.iter().zip(&mut benefits).zip(&mut paid_back) {
            *benefit = case.cumulative_benefit(month);
            let cost = case.one_off_cost + running_cost;
            if !*paid_back && cost > 0.0 && *benefit >= cost {
                *paid_back = true;
                paid_back_now += 1;
            }
        }
        if let Some(count) = paid_back_in.get_mut(month as usize - 1) {
            *count = paid_back_now;
        }
        let benefit_p10 = select(&mut benefits, 0.1);
        // The 90th percentile lies above the 10th: select only among those.
        let above = benefits.get_mut(rank_p10 + 1..).unwrap_or_default();
        let benefit_p90 = select_rank(above, rank_p90.saturating_sub(rank_p10 + 1));
        band.push(BandMonth {
            month,
            cost_p10: cost.p10 + running_cost,
            cost_p90: cost.p90 + running_cost,
            benefit_p10,
            benefit_p90: benefit_p90.max(benefit_p10),
        });
    }
    // The payback percentiles by counting: the month in which the rank's case paid back.
    let payback_at = |rank: usize| -> Option<u32> {
        let mut seen = 0;
        for (month, count) in (1..=horizon).zip(&paid_back_in) {
            seen += count;
            if seen > rank {
                return Some(month);
            }
        }
        None
    };
    let paid_back: usize = paid_back_in.iter().sum();

    let total_running_cost = f64::from(horizon) * monthly_cost;
    let mut roi = Vec::with_capacity(runs);
    let mut net = Vec::with_capacity(runs);
    for case in &cases {
        let benefit = case.cumulative_benefit(horizon);
        let cost = case.one_off_cost + total_running_cost;
        if cost.is_nan() || cost <= 0.0 {
            return None;
        }
        roi.push((benefit - cost) / cost * 100.0);
        net.push(benefit - cost);
    }
    if roi.iter().chain(&net).any(|value| !value.is_finite()) {
        return None;
    }
    Some(Uncertainty {
        runs,
        seed: SEED,
        roi_pct: percentiles(&mut roi)?,
        net_benefit: percentiles(&mut net)?,
        payback_month: Percentiles {
            p10: payback_at(rank_p10),
            p50: payback_at(rank(0.5)),
            p90: payback_at(rank_p90),
        },
        payback_within_horizon_pct: paid_back as f64 / runs as f64 * 100.0,
        band,
        ranges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Currency;
    use crate::roi::{estimate, Horizon, RoiInputs};

    fn defaults() -> ResolvedInputs {
        RoiInputs::default().resolve(None, Currency::EUR)
    }

    #[test]
    fn percentiles_are_ordered_and_lean_below_the_estimate_from_the_entries() {
        for horizon in Horizon::ALL {
            let mut inputs = defaults();
            inputs.horizon = horizon;
            let simulated = simulate(&inputs).unwrap();
            let expected = estimate(&inputs).unwrap();
            let roi = simulated.roi_pct;
            assert!(roi.p10 < roi.p50 && roi.p50 < roi.p90, "{roi:?}");
            // The ranges reach further down than up, so most cases come out lower.
            assert!(
                roi.p50 < expected.roi_pct,
                "{roi:?} vs {}",
                expected.roi_pct
            );
            let net = simulated.net_benefit;
            assert!(net.p10 <= net.p50 && net.p50 <= net.p90);
            let payback = simulated.payback_month;
            let late = |month: Option<u32>| month.unwrap_or(u32::MAX);
            assert!(
                late(payback.p10) <= late(payback.p50) && late(payback.p50) <= late(payback.p90)
            );
            assert_eq!(simulated.band.len(), horizon.months() as usize);
            for month in &simulated.band {
                assert!(month.benefit_p10 <= month.benefit_p90);
                assert!(month.cost_p10 <= month.cost_p90);
            }
            assert!((0.0..=100.0).contains(&simulated.payback_within_horizon_pct));
        }
    }

    #[test]
    fn the_estimate_from_the_entries_lies_inside_the_simulated_range() {
        // The headline figure and its range must not contradict each other: with the widget's
        // defaults, at every level and horizon, the estimate is one of the 8 in 10 cases.
        for level in [None, Some(0), Some(40), Some(70), Some(100)] {
            let level = level.map(crate::scoring::MaturityLevel::from_overall_score);
            for (horizon, currency) in Horizon::ALL
                .into_iter()
                .flat_map(|horizon| Currency::ALL.map(|currency| (horizon, currency)))
            {
                let mut inputs = RoiInputs::default().resolve(level, currency);
                inputs.horizon = horizon;
                let roi = simulate(&inputs).unwrap().roi_pct;
                let expected = estimate(&inputs).unwrap().roi_pct;
                assert!(
                    roi.p10 <= expected && expected <= roi.p90,
                    "{level:?} {horizon:?} {currency:?}: {expected} outside {roi:?}"
                );
            }
        }
    }

    #[test]
    fn the_same_inputs_always_give_the_same_result() {
        let inputs = defaults().with(RoiField::Employees, 37.0);
        assert_eq!(simulate(&inputs), simulate(&inputs));
        assert_eq!(simulate(&inputs).unwrap().seed, SEED);
        // Pinned: a change to the generator or the ranges shows up here.
        let roi = simulate(&defaults()).unwrap().roi_pct;
        assert_eq!(
            [roi.p10, roi.p50, roi.p90].map(|value| value.round()),
            [41.0, 80.0, 125.0]
        );
    }

    #[test]
    fn with_every_range_closed_each_case_is_the_estimate() {
        let inputs = defaults();
        let closed = ranges(&inputs)
            .into_iter()
            .map(|range| InputRange {
                low: range.likely,
                high: range.likely,
                ..range
            })
            .collect();
        let simulated = simulate_over(&inputs, closed, 50).unwrap();
        let expected = estimate(&inputs).unwrap();
        assert!((simulated.roi_pct.p10 - expected.roi_pct).abs() < 1e-6);
        assert!((simulated.roi_pct.p90 - expected.roi_pct).abs() < 1e-6);
        assert_eq!(simulated.payback_month.p50, expected.payback_month);
        for (band, month) in simulated.band.iter().zip(&expected.months) {
            let close = |value: f64| {
                (value - month.cumulative_benefit).abs() < 1e-6 * month.cumulative_benefit.max(1.0)
            };
            assert!(close(band.benefit_p10) && close(band.benefit_p90));
            assert!((band.cost_p10 - month.cumulative_cost).abs() < 1e-6 * month.cumulative_cost);
        }
    }

    #[test]
    fn ranges_hold_the_entry_and_name_their_source() {
        let inputs = defaults()
            .with(RoiField::RampStartWeeks, 8.0)
            .with(RoiField::RampFullWeeks, 40.0)
            .with(RoiField::AdoptionPct, 10.0);
        let ranges = ranges(&inputs);
        assert_eq!(ranges.len(), UncertainInput::ALL.len());
        for range in &ranges {
            assert!(
                range.low <= range.likely && range.likely <= range.high,
                "{range:?}"
            );
        }
        let of = |input| ranges.iter().find(|range| range.input == input).unwrap();
        assert_eq!(
            (
                of(UncertainInput::RampStart).low,
                of(UncertainInput::RampStart).high
            ),
            (4.0, 8.0)
        );
        assert_eq!(
            (
                of(UncertainInput::RampFull).low,
                of(UncertainInput::RampFull).high
            ),
            (13.0, 40.0)
        );
        assert_eq!(of(UncertainInput::Adoption).low, 7.0);
        assert_eq!(of(UncertainInput::RampFull).source, "seed_000");
        assert_eq!(of(UncertainInput::Adoption).source, "assumption");
        assert_eq!(of(UncertainInput::HoursSaved).source, "seed_000");
        assert!((of(UncertainInput::HoursSaved).low - 2.5 * 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn draws_stay_inside_their_range() {
        let range = InputRange {
            input: UncertainInput::HoursSaved,
            low: 1.0,
            likely: 2.0,
            high: 5.0,
            source: "assumption".to_owned(),
        };
        let mut random = SplitMix64(7);
        let draws: Vec<f64> = (0..10_000)
            .map(|_| triangular(random.unit(), &range))
            .collect();
        assert!(draws.iter().all(|draw| (1.0..=5.0).contains(draw)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!(
            (mean - 8.0 / 3.0).abs() < 0.05,
            "triangular mean is (1 + 2 + 5) / 3: {mean}"
        );
        assert_eq!(triangular(0.0, &range), 1.0);
        assert_eq!(triangular(0.999_999_999, &range).round(), 5.0);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;

        use super::*;
        use crate::test_support::arbitrary::{config, resolved_inputs};

        proptest! {
            #![proptest_config(config(400))]

            /// Whatever the estimate answers for inputs in range, the simulation answers too,
            /// with finite numbers only and percentiles in order.
            #[test]
            fn no_nan_or_infinity_for_any_input_in_range(inputs in resolved_inputs()) {
                let result = simulate(&inputs);
                if estimate(&inputs).is_err() {
                    return Ok(());
                }
                let result = result.expect("whatever the estimate answers, the simulation answers");
                let mut numbers = vec![
                    result.roi_pct.p10,
                    result.roi_pct.p50,
                    result.roi_pct.p90,
                    result.net_benefit.p10,
                    result.net_benefit.p50,
                    result.net_benefit.p90,
                    result.payback_within_horizon_pct,
                ];
                for range in &result.ranges {
                    numbers.extend([range.low, range.likely, range.high]);
                }
                for month in &result.band {
                    numbers.extend([
                        month.cost_p10,
                        month.cost_p90,
                        month.benefit_p10,
                        month.benefit_p90,
                    ]);
                }
                prop_assert!(numbers.iter().all(|number| number.is_finite()), "{:?}", inputs);
                prop_assert!(
                    result.roi_pct.p10 <= result.roi_pct.p50
                        && result.roi_pct.p50 <= result.roi_pct.p90
                );
            }
        }
    }

    #[test]
    fn a_case_costs_little_time() {
        // Not a benchmark (that is `./dev.sh bench`), a guard: 36 months of the simulation
        // stay far below a millisecond natively even in a debug build's worst case.
        let mut inputs = defaults();
        inputs.horizon = Horizon::Months36;
        let started = std::time::Instant::now();
        for _ in 0..10 {
            assert!(simulate(&inputs).is_some());
        }
        let each = started.elapsed() / 10;
        eprintln!("simulation over 36 months, {RUNS} runs: {each:?}");
        assert!(each.as_millis() < 50, "{each:?}");
    }
}
