//! The ROI estimate of an AI upskilling programme (domain.md section 3).
//!
//! Inputs are a table of numeric fields, each with a default, a range, a unit and the source of
//! its default (a seed figure, our own assumption, or the assessment's level). The estimate runs
//! month by month over the horizon: one-off costs in the first month, licences every month, and
//! benefits that ramp up from nothing (no effect in the first weeks) to full effect (seed 000:
//! basic productivity after 4–6 weeks, full competence after 3–6 months). From the monthly
//! series come ROI = (benefit − cost) / cost × 100 (seed 003), net benefit and the payback month.
//!
//! Nothing here returns NaN or infinity: out-of-range inputs are validation errors, and an
//! estimate with zero cost says so instead of dividing by zero.

use std::fmt;

use super::locale::Currency;
use super::money;
use super::ordered::SortedMap;
use super::roi_uncertainty::{simulate, Uncertainty};
use super::scoring::MaturityLevel;

/// Where a field's default comes from, shown beside the field and exported with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultSource {
    /// A figure from the seed articles (the seed's file number, e.g. "003").
    Seed(&'static str),
    /// The seeds give no figure: our assumption, to be adjusted.
    Assumption,
    /// Derived from the assessment's overall level (adoption and ramp-up).
    AssessmentLevel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoiField {
    Employees,
    ParticipationPct,
    HourlyCost,
    HoursSavedPerWeek,
    AdoptionPct,
    WorkingWeeks,
    ProgrammeCostPerParticipant,
    LicencePerUserMonth,
    ExternalAdvice,
    TrainingHoursPerParticipant,
    CoordinationCost,
    RampStartWeeks,
    RampFullWeeks,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    People,
    Percent,
    Money,
    Hours,
    Weeks,
}

/// One input field's rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    pub field: RoiField,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Decimals a person may enter (0 for whole people and weeks).
    pub decimals: u8,
    /// The default; for amounts, in euros (the source articles' currency), from which
    /// [`FieldSpec::default_in`] derives the other currencies' proposals.
    pub default: f64,
    pub source: DefaultSource,
}

const fn spec(
    field: RoiField,
    unit: Unit,
    min: f64,
    max: f64,
    decimals: u8,
    default: f64,
    source: DefaultSource,
) -> FieldSpec {
    FieldSpec {
        field,
        unit,
        min,
        max,
        decimals,
        default,
        source,
    }
}

use DefaultSource::{AssessmentLevel, Assumption, Seed};

/// Every input, in the order the form shows them; amounts in euros. Defaults: seed 003's
/// worked example is for 100 employees. Everything else is our assumption, chosen so that the
/// default estimate pays back in 6–12 months (seeds 000 and 004) without reaching seed 000's
/// "realistic" 200–400 % in the first year, and costs, all in, about 1 500 € per participant in
/// the first year: inside seed 000's 1 000–3 000 € and above seed 003's 500–1 000 €. The
/// programme fee of 600 € is only part of that all-in figure, so no seed gives it. The 10 000 €
/// of external advice are ours too: seed 004 gives only 15 000–50 000 € in total for software,
/// training and advice in the first six months.
pub const FIELDS: [FieldSpec; 13] = [
    spec(
        RoiField::Employees,
        Unit::People,
        1.0,
        100_000.0,
        0,
        100.0,
        Seed("003"),
    ),
    spec(
        RoiField::ParticipationPct,
        Unit::Percent,
        1.0,
        100.0,
        0,
        100.0,
        Assumption,
    ),
    spec(
        RoiField::HourlyCost,
        Unit::Money,
        1.0,
        10_000.0,
        2,
        50.0,
        Assumption,
    ),
    spec(
        RoiField::HoursSavedPerWeek,
        Unit::Hours,
        0.0,
        40.0,
        1,
        2.5,
        Assumption,
    ),
    spec(
        RoiField::AdoptionPct,
        Unit::Percent,
        0.0,
        100.0,
        0,
        70.0,
        AssessmentLevel,
    ),
    spec(
        RoiField::WorkingWeeks,
        Unit::Weeks,
        1.0,
        52.0,
        0,
        45.0,
        Assumption,
    ),
    spec(
        RoiField::ProgrammeCostPerParticipant,
        Unit::Money,
        0.0,
        1_000_000.0,
        2,
        600.0,
        Assumption,
    ),
    spec(
        RoiField::LicencePerUserMonth,
        Unit::Money,
        0.0,
        100_000.0,
        2,
        20.0,
        Assumption,
    ),
    spec(
        RoiField::ExternalAdvice,
        Unit::Money,
        0.0,
        1_000_000_000.0,
        2,
        10_000.0,
        Assumption,
    ),
    spec(
        RoiField::TrainingHoursPerParticipant,
        Unit::Hours,
        0.0,
        2_000.0,
        1,
        10.0,
        Assumption,
    ),
    spec(
        RoiField::CoordinationCost,
        Unit::Money,
        0.0,
        1_000_000_000.0,
        2,
        5_000.0,
        Assumption,
    ),
    spec(
        RoiField::RampStartWeeks,
        Unit::Weeks,
        0.0,
        52.0,
        0,
        5.0,
        AssessmentLevel,
    ),
    spec(
        RoiField::RampFullWeeks,
        Unit::Weeks,
        0.0,
        104.0,
        0,
        17.0,
        AssessmentLevel,
    ),
];

/// The fields in money (see [`RoiField::is_amount`]).
const AMOUNTS: [RoiField; 5] = [
    RoiField::HourlyCost,
    RoiField::ProgrammeCostPerParticipant,
    RoiField::LicencePerUserMonth,
    RoiField::ExternalAdvice,
    RoiField::CoordinationCost,
];

impl RoiField {
    /// The field's rules. An exhaustive match on constant positions in `FIELDS`, so it cannot
    /// miss: a new field does not compile until it has a row, a position past the table's end
    /// does not compile, and a test checks every row is its field's.
    pub fn spec(self) -> &'static FieldSpec {
        match self {
            RoiField::Employees => &FIELDS[0],
            RoiField::ParticipationPct => &FIELDS[1],
            RoiField::HourlyCost => &FIELDS[2],
            RoiField::HoursSavedPerWeek => &FIELDS[3],
            RoiField::AdoptionPct => &FIELDS[4],
            RoiField::WorkingWeeks => &FIELDS[5],
            RoiField::ProgrammeCostPerParticipant => &FIELDS[6],
            RoiField::LicencePerUserMonth => &FIELDS[7],
            RoiField::ExternalAdvice => &FIELDS[8],
            RoiField::TrainingHoursPerParticipant => &FIELDS[9],
            RoiField::CoordinationCost => &FIELDS[10],
            RoiField::RampStartWeeks => &FIELDS[11],
            RoiField::RampFullWeeks => &FIELDS[12],
        }
    }

    /// The field with this `id`, if any.
    pub fn from_id(id: &str) -> Option<RoiField> {
        FIELDS
            .iter()
            .map(|spec| spec.field)
            .find(|field| field.id() == id)
    }

    /// Whether the field is an amount of money (its unit is `Unit::Money`). Written out rather
    /// than read from `FIELDS`, so the first screens' code (a language switch asks it) does not
    /// carry the table; a test keeps the two in step.
    pub fn is_amount(self) -> bool {
        AMOUNTS.contains(&self)
    }

    /// The stable id used in content keys and the export.
    pub fn id(self) -> &'static str {
        match self {
            RoiField::Employees => "employees",
            RoiField::ParticipationPct => "participation_pct",
            RoiField::HourlyCost => "hourly_cost",
            RoiField::HoursSavedPerWeek => "hours_saved_per_week",
            RoiField::AdoptionPct => "adoption_pct",
            RoiField::WorkingWeeks => "working_weeks",
            RoiField::ProgrammeCostPerParticipant => "programme_cost_per_participant",
            RoiField::LicencePerUserMonth => "licence_per_user_month",
            RoiField::ExternalAdvice => "external_advice",
            RoiField::TrainingHoursPerParticipant => "training_hours_per_participant",
            RoiField::CoordinationCost => "coordination_cost",
            RoiField::RampStartWeeks => "ramp_start_weeks",
            RoiField::RampFullWeeks => "ramp_full_weeks",
        }
    }
}

/// Adoption and ramp-up by assessment level: a team at a low level adopts less and ramps slower.
/// Seed 000: basic productivity after 4–6 weeks, full competence after 3–6 months; seed 003:
/// whole-company change in 3–4 months. Level 0 gets the slow end, level 3 the fast end; the
/// adoption percentages are our assumption. Without an assessment, level 2's values apply.
fn level_default(field: RoiField, level: Option<MaturityLevel>) -> Option<f64> {
    let index = usize::from(level.map_or(2, MaturityLevel::number).min(3));
    let by_level: [f64; 4] = match field {
        RoiField::AdoptionPct => [40.0, 55.0, 70.0, 85.0],
        RoiField::RampStartWeeks => [6.0, 6.0, 5.0, 4.0],
        RoiField::RampFullWeeks => [26.0, 22.0, 17.0, 13.0],
        _ => return None,
    };
    by_level.get(index).copied()
}

impl FieldSpec {
    /// The default in `currency`: amounts are proposed from their euro figure with the fixed
    /// reference table of `core::money`, rounded to what a person would type.
    pub fn default_in(&self, currency: Currency, level: Option<MaturityLevel>) -> f64 {
        match level_default(self.field, level) {
            Some(value) => value,
            None if self.unit == Unit::Money => money::from_euros(self.default, currency),
            None => self.default,
        }
    }
}

/// A task AI helps with: hours saved per person per week, and how many people do it.
#[derive(Clone, Debug, PartialEq)]
pub struct UseCase {
    /// Free text the person may edit; shown as text, never as markup.
    pub name: String,
    pub hours_per_week: f64,
    pub people: f64,
}

impl UseCase {
    /// Hours in a week.
    pub const MAX_HOURS: f64 = 168.0;
    pub const MAX_PEOPLE: f64 = 100_000.0;

    pub fn hours_in_range(hours: f64) -> bool {
        (0.0..=Self::MAX_HOURS).contains(&hours)
    }

    pub fn people_in_range(people: f64) -> bool {
        (0.0..=Self::MAX_PEOPLE).contains(&people)
    }
}

/// Seed 000's example of a metal company with 85 employees: offers 6 h, customer follow-up
/// 4 h, documentation from meeting recordings 3 h a week. The names are content keys.
pub const SEED_USE_CASES: [(&str, f64); 3] = [
    ("roi.use_case.offers", 6.0),
    ("roi.use_case.follow_up", 4.0),
    ("roi.use_case.documentation", 3.0),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Horizon {
    Months12,
    Months24,
    Months36,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::Months12, Horizon::Months24, Horizon::Months36];

    pub fn months(self) -> u32 {
        match self {
            Horizon::Months12 => 12,
            Horizon::Months24 => 24,
            Horizon::Months36 => 36,
        }
    }
}

/// What the person entered. Fields they did not touch take their default (which for adoption
/// and ramp-up follows the assessment's level), so a later assessment still moves them.
#[derive(Clone, Debug, PartialEq)]
pub struct RoiInputs {
    pub entered: SortedMap<RoiField, f64>,
    /// When set, hours saved per participant come from these use cases.
    pub use_cases: Option<Vec<UseCase>>,
    pub horizon: Horizon,
}

impl Default for RoiInputs {
    fn default() -> Self {
        RoiInputs {
            entered: SortedMap::new(),
            use_cases: None,
            horizon: Horizon::Months12,
        }
    }
}

/// Every field resolved to a number, ready to estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedInputs {
    /// In `FIELDS`' order, which is `RoiField`'s: the simulation reads and replaces them
    /// thousands of times per estimate, so a plain array.
    values: [f64; FIELDS.len()],
    pub horizon: Horizon,
    /// The currency of every amount, for the plausibility ranges; amounts are never converted.
    pub currency: Currency,
}

impl ResolvedInputs {
    pub fn get(&self, field: RoiField) -> f64 {
        self.values
            .get(field as usize)
            .copied()
            .unwrap_or_else(|| field.spec().default_in(self.currency, None))
    }

    pub fn with(&self, field: RoiField, value: f64) -> ResolvedInputs {
        let mut changed = self.clone();
        if let Some(slot) = changed.values.get_mut(field as usize) {
            *slot = value;
        }
        changed
    }

    /// The people taking part: employees × participation.
    pub(crate) fn participants(&self) -> f64 {
        self.get(RoiField::Employees) * self.get(RoiField::ParticipationPct) / 100.0
    }

    /// The one-off costs paid out of pocket: the programme for every participant, external
    /// advice and coordination (the internal training time comes on top, in [`one_off_cost`]).
    ///
    /// [`one_off_cost`]: ResolvedInputs::one_off_cost
    pub(crate) fn bought_one_off_cost(&self) -> f64 {
        self.participants() * self.get(RoiField::ProgrammeCostPerParticipant)
            + self.get(RoiField::ExternalAdvice)
            + self.get(RoiField::CoordinationCost)
    }

    /// Costs paid once, in the first month: [`bought_one_off_cost`] and the internal training
    /// time of every participant.
    ///
    /// [`bought_one_off_cost`]: ResolvedInputs::bought_one_off_cost
    fn one_off_cost(&self) -> f64 {
        self.bought_one_off_cost()
            + self.participants()
                * self.get(RoiField::TrainingHoursPerParticipant)
                * self.get(RoiField::HourlyCost)
    }

    /// Costs paid every month: the participants' licences.
    fn monthly_cost(&self) -> f64 {
        self.participants() * self.get(RoiField::LicencePerUserMonth)
    }

    /// Everything the first year costs, per participant: the one-off costs plus twelve months of
    /// licences, over the participants. This is what the source articles' per-head figures
    /// cover (seed 000: training, tools, follow-up; seed 003: training, tools, support).
    /// `None` without participants.
    pub fn first_year_cost_per_participant(&self) -> Option<f64> {
        let participants = self.participants();
        let cost = (self.one_off_cost() + 12.0 * self.monthly_cost()) / participants;
        (participants > 0.0 && cost.is_finite()).then_some(cost)
    }
}

impl RoiInputs {
    /// The value a field has now: what the person entered, else its default in `currency`.
    pub fn value(&self, field: RoiField, level: Option<MaturityLevel>, currency: Currency) -> f64 {
        match (field, &self.use_cases) {
            (RoiField::HoursSavedPerWeek, Some(use_cases)) => {
                let participants = self.value(RoiField::Employees, level, currency)
                    * self.value(RoiField::ParticipationPct, level, currency)
                    / 100.0;
                hours_from_use_cases(use_cases, participants)
            }
            _ => self
                .entered
                .get(&field)
                .copied()
                .unwrap_or_else(|| field.spec().default_in(currency, level)),
        }
    }

    /// Whether the person entered any amount (a field in money), which a change of currency
    /// would leave as typed.
    pub fn has_entered_amounts(&self) -> bool {
        // Looked up rather than iterated: the first screens' code already searches these maps.
        AMOUNTS.iter().any(|field| self.entered.contains_key(field))
    }

    /// Forgets every entered amount, so those fields take the defaults of the currency.
    pub fn reset_amounts(&mut self) {
        self.entered.retain(|field, _| !field.is_amount());
    }

    /// Drops entered values that are not finite or outside their field's range, and use cases
    /// with impossible numbers (for values restored from storage or files).
    pub fn sanitised(mut self) -> RoiInputs {
        self.entered.retain(|field, value| {
            let spec = field.spec();
            value.is_finite() && *value >= spec.min && *value <= spec.max
        });
        if let Some(use_cases) = &mut self.use_cases {
            use_cases.retain(|case| {
                UseCase::hours_in_range(case.hours_per_week)
                    && UseCase::people_in_range(case.people)
            });
        }
        self
    }

    /// Whether `value` may be entered for `field` now: within its range, and not putting full
    /// effect before first effect. The same rules as [`validate`], for one entry.
    pub fn check_entry(
        &self,
        field: RoiField,
        value: f64,
        level: Option<MaturityLevel>,
    ) -> Result<(), RoiError> {
        let spec = field.spec();
        if !value.is_finite() || value < spec.min || value > spec.max {
            return Err(RoiError::OutOfRange {
                field,
                min: spec.min,
                max: spec.max,
            });
        }
        // The ramp is in weeks, the same in every currency.
        let weeks = |field| self.value(field, level, Currency::EUR);
        let backwards = match field {
            RoiField::RampStartWeeks => value > weeks(RoiField::RampFullWeeks),
            RoiField::RampFullWeeks => value < weeks(RoiField::RampStartWeeks),
            _ => false,
        };
        if backwards {
            return Err(RoiError::RampOrder);
        }
        Ok(())
    }

    pub fn resolve(&self, level: Option<MaturityLevel>, currency: Currency) -> ResolvedInputs {
        ResolvedInputs {
            values: FIELDS.map(|spec| self.value(spec.field, level, currency)),
            horizon: self.horizon,
            currency,
        }
    }

    /// Seed 003's worked example as inputs, in euros: 100 employees, a cost of 90 000 € and a
    /// benefit of 580 000 € over 12 months, ROI 544.4 %. The article gives only the totals and
    /// what the cost covers (internal training time, external support, licences, HR
    /// coordination); the split below is ours, chosen so the estimate reproduces them exactly:
    /// cost = 100 × 6 h × 72.50 € + 15 000 € + 7 500 € + 12 × 100 × 20 € = 90 000 €;
    /// benefit = 100 × 2.5 h × 40 weeks × 72.50 € × 80 % = 580 000 €, full effect from the
    /// start (the article's figure is a year's benefit, with no ramp-up).
    ///
    /// The totals are [`SEED_003_EXAMPLE_COST_EUR`] and [`SEED_003_EXAMPLE_BENEFIT_EUR`].
    pub fn seed_003_example() -> RoiInputs {
        let mut entered = SortedMap::new();
        for (field, value) in [
            (RoiField::Employees, 100.0),
            (RoiField::ParticipationPct, 100.0),
            (RoiField::HourlyCost, 72.5),
            (RoiField::HoursSavedPerWeek, 2.5),
            (RoiField::AdoptionPct, 80.0),
            (RoiField::WorkingWeeks, 40.0),
            (RoiField::ProgrammeCostPerParticipant, 0.0),
            (RoiField::LicencePerUserMonth, 20.0),
            (RoiField::ExternalAdvice, 15_000.0),
            (RoiField::TrainingHoursPerParticipant, 6.0),
            (RoiField::CoordinationCost, 7_500.0),
            (RoiField::RampStartWeeks, 0.0),
            (RoiField::RampFullWeeks, 0.0),
        ] {
            entered.insert(field, value);
        }
        RoiInputs {
            entered,
            use_cases: None,
            horizon: Horizon::Months12,
        }
    }

    /// Fills in seed 000's three use cases, each done by one person, for the person to edit.
    pub fn seed_use_cases(names: impl Fn(&str) -> String) -> Vec<UseCase> {
        SEED_USE_CASES
            .iter()
            .map(|(key, hours)| UseCase {
                name: names(key),
                hours_per_week: *hours,
                people: 1.0,
            })
            .collect()
    }
}

/// Seed 003's worked example: the cost for 100 employees, in euros.
pub const SEED_003_EXAMPLE_COST_EUR: f64 = 90_000.0;

/// Seed 003's worked example: the benefit, in euros.
pub const SEED_003_EXAMPLE_BENEFIT_EUR: f64 = 580_000.0;

/// Hours saved per participant per week: the use cases' total hours spread over participants.
pub fn hours_from_use_cases(use_cases: &[UseCase], participants: f64) -> f64 {
    if participants <= 0.0 {
        return 0.0;
    }
    let total: f64 = use_cases
        .iter()
        .filter(|case| case.hours_per_week.is_finite() && case.people.is_finite())
        .map(|case| case.hours_per_week.max(0.0) * case.people.max(0.0))
        .sum();
    total / participants
}

/// Why an input or the estimate as a whole cannot be used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RoiError {
    /// A field outside its range (the value entered, and the range).
    OutOfRange { field: RoiField, min: f64, max: f64 },
    /// Full effect must not come before the first effect.
    RampOrder,
    /// Everything costs nothing: there is no investment to return on.
    NoCost,
}

impl fmt::Display for RoiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RoiError::OutOfRange { field, min, max } => {
                write!(f, "{} must be from {min} to {max}", field.id())
            }
            RoiError::RampOrder => write!(f, "full effect must come after the first effect"),
            RoiError::NoCost => write!(f, "the total cost is zero, so there is no ROI to compute"),
        }
    }
}

impl std::error::Error for RoiError {}

/// Checks every field against its range and the ramp's order; returns every problem found.
pub fn validate(inputs: &ResolvedInputs) -> Vec<RoiError> {
    let mut errors: Vec<RoiError> = FIELDS
        .iter()
        .filter(|spec| {
            let value = inputs.get(spec.field);
            !value.is_finite() || value < spec.min || value > spec.max
        })
        .map(|spec| RoiError::OutOfRange {
            field: spec.field,
            min: spec.min,
            max: spec.max,
        })
        .collect();
    if inputs.get(RoiField::RampFullWeeks) < inputs.get(RoiField::RampStartWeeks) {
        errors.push(RoiError::RampOrder);
    }
    errors
}

/// One month of the estimate, cumulative from the start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthTotals {
    pub month: u32,
    pub cumulative_cost: f64,
    pub cumulative_benefit: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoiOutcome {
    pub benefit: f64,
    pub cost: f64,
    pub net_benefit: f64,
    /// (benefit − cost) / cost × 100.
    pub roi_pct: f64,
    /// The first month whose cumulative benefit reaches the cumulative cost, if within the horizon.
    pub payback_month: Option<u32>,
    pub months: Vec<MonthTotals>,
}

/// Calendar weeks in a month, for the ramp-up timeline.
pub(crate) const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// The integral of the ramp (0 before `start` weeks, rising linearly to 1 at `full`) from week
/// 0 to week `t`: the weeks of full effect gained by then.
pub(crate) fn ramp_integral(start: f64, full: f64, t: f64) -> f64 {
    if t <= start {
        0.0
    } else if full <= start {
        t - start
    } else if t <= full {
        (t - start).powi(2) / (2.0 * (full - start))
    } else {
        (full - start) / 2.0 + (t - full)
    }
}

/// The mean of the ramp over calendar weeks `from`..`to`, computed exactly from its integral.
fn mean_ramp(start: f64, full: f64, from: f64, to: f64) -> f64 {
    (ramp_integral(start, full, to) - ramp_integral(start, full, from)) / (to - from)
}

/// The ROI (%) of a benefit against a cost; `None` when the cost is not positive.
pub fn roi_percent(benefit: f64, cost: f64) -> Option<f64> {
    (cost > 0.0 && benefit.is_finite() && cost.is_finite()).then(|| (benefit - cost) / cost * 100.0)
}

/// Runs the estimate. Inputs must have passed [`validate`]; anything else is still answered
/// with an error or a finite number, never NaN.
pub fn estimate(inputs: &ResolvedInputs) -> Result<RoiOutcome, RoiError> {
    if let Some(error) = validate(inputs).into_iter().next() {
        return Err(error);
    }
    let participants = inputs.participants();
    let hourly_cost = inputs.get(RoiField::HourlyCost);
    let working_weeks_per_month = inputs.get(RoiField::WorkingWeeks) / 12.0;
    let full_monthly_benefit = participants
        * inputs.get(RoiField::HoursSavedPerWeek)
        * working_weeks_per_month
        * hourly_cost
        * inputs.get(RoiField::AdoptionPct)
        / 100.0;
    let one_off_cost = inputs.one_off_cost();
    let monthly_cost = inputs.monthly_cost();
    let (start, full) = (
        inputs.get(RoiField::RampStartWeeks),
        inputs.get(RoiField::RampFullWeeks),
    );

    let mut months = Vec::new();
    let (mut cost, mut benefit) = (one_off_cost, 0.0);
    let mut payback_month = None;
    for month in 1..=inputs.horizon.months() {
        let from = f64::from(month - 1) * WEEKS_PER_MONTH;
        cost += monthly_cost;
        benefit += full_monthly_benefit * mean_ramp(start, full, from, from + WEEKS_PER_MONTH);
        if payback_month.is_none() && cost > 0.0 && benefit >= cost {
            payback_month = Some(month);
        }
        months.push(MonthTotals {
            month,
            cumulative_cost: cost,
            cumulative_benefit: benefit,
        });
    }
    let roi_pct = roi_percent(benefit, cost).ok_or(RoiError::NoCost)?;
    if !roi_pct.is_finite() {
        return Err(RoiError::OutOfRange {
            field: RoiField::Employees,
            min: 1.0,
            max: 100_000.0,
        });
    }
    Ok(RoiOutcome {
        benefit,
        cost,
        net_benefit: benefit - cost,
        roi_pct,
        payback_month,
        months,
    })
}

/// How much the ROI moves when one input moves by ±SENSITIVITY_STEP.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    pub field: RoiField,
    /// ROI (%) with the input lowered and raised by the step (clamped to its range).
    pub roi_low: f64,
    pub roi_high: f64,
}

impl Sensitivity {
    pub fn swing(&self) -> f64 {
        (self.roi_high - self.roi_low).abs()
    }
}

/// Each input is varied by this fraction of its value, down and up.
pub const SENSITIVITY_STEP: f64 = 0.2;

/// The inputs that move the ROI, ordered by how much (largest swing first).
pub fn sensitivity(inputs: &ResolvedInputs) -> Vec<Sensitivity> {
    let varied = [
        RoiField::HoursSavedPerWeek,
        RoiField::HourlyCost,
        RoiField::AdoptionPct,
        RoiField::WorkingWeeks,
        RoiField::ProgrammeCostPerParticipant,
        RoiField::LicencePerUserMonth,
        RoiField::TrainingHoursPerParticipant,
        RoiField::ExternalAdvice,
        RoiField::CoordinationCost,
        RoiField::RampFullWeeks,
    ];
    let roi_with = |field: RoiField, factor: f64| -> Option<f64> {
        let spec = field.spec();
        let value = within(inputs.get(field) * factor, spec.min, spec.max);
        let changed = inputs.with(field, value);
        // Keep the ramp valid when its end moves before its start.
        let changed = if field == RoiField::RampFullWeeks {
            changed.with(field, value.max(inputs.get(RoiField::RampStartWeeks)))
        } else {
            changed
        };
        estimate(&changed).ok().map(|outcome| outcome.roi_pct)
    };
    let mut rows: Vec<Sensitivity> = varied
        .into_iter()
        .filter_map(|field| {
            Some(Sensitivity {
                field,
                roi_low: roi_with(field, 1.0 - SENSITIVITY_STEP)?,
                roi_high: roi_with(field, 1.0 + SENSITIVITY_STEP)?,
            })
        })
        .filter(|row| row.swing() > 1e-9)
        .collect();
    // Largest swing first.
    crate::ordered::sort_small_by(&mut rows, |a, b| a.swing() > b.swing());
    rows
}

/// Where the estimate leaves what the seeds report, said plainly instead of cheered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlausibilityNote {
    /// ROI above 400 % in the first 12 months (seed 000: 200–400 % is realistic, a first-year
    /// view; seed 003: above 400 % only with consistent execution).
    RoiAboveSeedRange,
    /// Payback before month 6 (seed 000: 6–9 months; seed 004: 6–12 months).
    PaybackFasterThanSeeds,
    /// More than 10 hours saved per participant a week (seed 000's use cases save 3–6 h each).
    HoursSavedHigh,
    /// The first year's whole cost per participant outside 500–3 000 € (seed 003: 500–1 000 €,
    /// seed 000: 1 000–3 000 €), in the estimate's currency. The id keeps its old name, which
    /// exports carry.
    ProgrammeCostOutsideSeedRange,
    /// Adoption above 90 % (seed 003: about a quarter of employees feel confident today).
    AdoptionVeryHigh,
}

impl PlausibilityNote {
    pub const ALL: [PlausibilityNote; 5] = [
        PlausibilityNote::RoiAboveSeedRange,
        PlausibilityNote::PaybackFasterThanSeeds,
        PlausibilityNote::HoursSavedHigh,
        PlausibilityNote::ProgrammeCostOutsideSeedRange,
        PlausibilityNote::AdoptionVeryHigh,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PlausibilityNote::RoiAboveSeedRange => "roi_above_seed_range",
            PlausibilityNote::PaybackFasterThanSeeds => "payback_faster_than_seeds",
            PlausibilityNote::HoursSavedHigh => "hours_saved_high",
            PlausibilityNote::ProgrammeCostOutsideSeedRange => "programme_cost_outside_seed_range",
            PlausibilityNote::AdoptionVeryHigh => "adoption_very_high",
        }
    }

    /// The note with this `id`, if any.
    pub fn from_id(id: &str) -> Option<PlausibilityNote> {
        PlausibilityNote::ALL
            .into_iter()
            .find(|note| note.id() == id)
    }
}

/// Everything the ROI screen and the export show, computed once from the inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct RoiAnalysis {
    pub inputs: ResolvedInputs,
    pub outcome: Result<RoiOutcome, RoiError>,
    /// How far the result may stray: percentiles and band over simulated cases
    /// (`roi_uncertainty`); absent when the estimate itself cannot be computed.
    pub uncertainty: Option<Uncertainty>,
    pub sensitivity: Vec<Sensitivity>,
    pub notes: Vec<PlausibilityNote>,
}

/// The ROI seed 000 calls realistic in the first year, in percent.
pub const SEED_REALISTIC_ROI_PCT: (f64, f64) = (200.0, 400.0);

/// The first year's whole cost per participant the source articles report, in euros: seed
/// 003's 500–1 000 € and seed 000's 1 000–3 000 €, together.
pub const SEED_COST_PER_PARTICIPANT_EUR: (f64, f64) = (500.0, 3_000.0);

/// [`SEED_COST_PER_PARTICIPANT_EUR`] in `currency`, by the reference table of `core::money`.
pub fn seed_cost_per_participant(currency: Currency) -> (f64, f64) {
    let (low, high) = SEED_COST_PER_PARTICIPANT_EUR;
    (
        money::from_euros(low, currency),
        money::from_euros(high, currency),
    )
}

/// The months the plausibility of the ROI is judged over: the first year, the horizon of seed
/// 000's 200–400 %, whatever the horizon of the estimate.
pub const FIRST_YEAR_MONTHS: u32 = 12;

impl RoiOutcome {
    /// The ROI after the first 12 months (or the whole horizon, were it shorter).
    pub fn first_year_roi_pct(&self) -> Option<f64> {
        let months = usize::try_from(FIRST_YEAR_MONTHS).unwrap_or(usize::MAX);
        let last = self.months.len().min(months).checked_sub(1)?;
        let totals = self.months.get(last)?;
        roi_percent(totals.cumulative_benefit, totals.cumulative_cost)
    }
}

impl RoiAnalysis {
    pub fn of(inputs: &RoiInputs, level: Option<MaturityLevel>, currency: Currency) -> RoiAnalysis {
        let resolved = inputs.resolve(level, currency);
        let outcome = estimate(&resolved);
        let (uncertainty, sensitivity, notes) = match &outcome {
            Ok(outcome) => (
                simulate(&resolved),
                sensitivity(&resolved),
                plausibility_notes(&resolved, outcome),
            ),
            Err(_) => (None, Vec::new(), Vec::new()),
        };
        RoiAnalysis {
            inputs: resolved,
            outcome,
            uncertainty,
            sensitivity,
            notes,
        }
    }
}

/// Where the inputs or the outcome leave the source articles' figures. Like is compared with
/// like: the ROI of the first 12 months with seed 000's first-year range, and the first year's
/// whole cost per participant with the seeds' all-in figures, in the estimate's currency.
pub fn plausibility_notes(inputs: &ResolvedInputs, outcome: &RoiOutcome) -> Vec<PlausibilityNote> {
    let (low, high) = seed_cost_per_participant(inputs.currency);
    let cost_outside = inputs
        .first_year_cost_per_participant()
        .is_some_and(|cost| !(low..=high).contains(&cost));
    let roi_high = outcome
        .first_year_roi_pct()
        .is_some_and(|roi| roi > SEED_REALISTIC_ROI_PCT.1);
    [
        (roi_high, PlausibilityNote::RoiAboveSeedRange),
        (
            outcome.payback_month.is_some_and(|month| month < 6),
            PlausibilityNote::PaybackFasterThanSeeds,
        ),
        (
            inputs.get(RoiField::HoursSavedPerWeek) > 10.0,
            PlausibilityNote::HoursSavedHigh,
        ),
        (
            cost_outside,
            PlausibilityNote::ProgrammeCostOutsideSeedRange,
        ),
        (
            inputs.get(RoiField::AdoptionPct) > 90.0,
            PlausibilityNote::AdoptionVeryHigh,
        ),
    ]
    .into_iter()
    .filter_map(|(applies, note)| applies.then_some(note))
    .collect()
}

/// `value` held between `low` and `high`, as `f64::clamp` holds it, but without its check that
/// `low <= high`: a panic's message writes both floats with `Debug`, which brought Rust's whole
/// float formatting (Grisu, Dragon) into the ROI estimate's chunks. Callers pass `low <= high`
/// (a field's range, a stated range); were they crossed, one of the three would come back, and
/// nothing would panic.
pub(crate) fn within(value: f64, low: f64, high: f64) -> f64 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_holds_a_value_as_clamp_does() {
        for value in [
            -1e300,
            -3.0,
            -0.0,
            0.0,
            2.5,
            7.0,
            1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ] {
            for (low, high) in [(0.0, 5.0), (-0.0, 0.0), (2.5, 2.5), (-4.0, f64::INFINITY)] {
                let ours = within(value, low, high);
                let std = value.clamp(low, high);
                assert!(
                    ours.to_bits() == std.to_bits() || (ours.is_nan() && std.is_nan()),
                    "{value} in {low}..={high}"
                );
            }
        }
    }
    use crate::test_support::two_use_cases;

    fn defaults() -> ResolvedInputs {
        RoiInputs::default().resolve(None, Currency::EUR)
    }

    /// Full effect from day one, no licences: easy numbers for payback tests.
    fn flat(one_off: f64, hours: f64) -> ResolvedInputs {
        defaults()
            .with(RoiField::RampStartWeeks, 0.0)
            .with(RoiField::RampFullWeeks, 0.0)
            .with(RoiField::LicencePerUserMonth, 0.0)
            .with(RoiField::ProgrammeCostPerParticipant, 0.0)
            .with(RoiField::TrainingHoursPerParticipant, 0.0)
            .with(RoiField::CoordinationCost, 0.0)
            .with(RoiField::ExternalAdvice, one_off)
            .with(RoiField::HoursSavedPerWeek, hours)
    }

    /// Monthly benefit of `flat`: 100 people × h × 45/12 weeks × 50 × 70 %.
    fn flat_monthly_benefit(hours: f64) -> f64 {
        100.0 * hours * 45.0 / 12.0 * 50.0 * 0.7
    }

    #[test]
    fn every_field_finds_its_own_spec() {
        for spec in &FIELDS {
            assert_eq!(spec.field.spec(), spec);
        }
        let fields: std::collections::BTreeSet<RoiField> =
            FIELDS.iter().map(|spec| spec.field).collect();
        assert_eq!(fields.len(), FIELDS.len(), "each field has one row");
        // `ResolvedInputs` keeps its values at each field's number.
        for (index, spec) in FIELDS.iter().enumerate() {
            assert_eq!(
                spec.field as usize, index,
                "{:?} is not at its number",
                spec.field
            );
        }
    }

    #[test]
    fn seed_003_worked_example_gives_544_4_percent() {
        let roi = roi_percent(580_000.0, 90_000.0).unwrap();
        assert_eq!((roi * 10.0).round() / 10.0, 544.4);
    }

    #[test]
    fn defaults_are_in_range_and_give_a_finite_estimate() {
        for level in [
            None,
            Some(MaturityLevel::from_overall_score(0)),
            Some(MaturityLevel::from_overall_score(100)),
        ] {
            let inputs = RoiInputs::default().resolve(level, Currency::EUR);
            assert!(validate(&inputs).is_empty(), "{level:?}");
            let outcome = estimate(&inputs).unwrap();
            assert!(outcome.roi_pct.is_finite());
            assert_eq!(outcome.months.len(), 12);
        }
    }

    #[test]
    fn a_lower_level_ramps_slower_and_adopts_less() {
        let low =
            RoiInputs::default().resolve(Some(MaturityLevel::from_overall_score(0)), Currency::EUR);
        let high = RoiInputs::default()
            .resolve(Some(MaturityLevel::from_overall_score(100)), Currency::EUR);
        assert!(low.get(RoiField::AdoptionPct) < high.get(RoiField::AdoptionPct));
        assert!(low.get(RoiField::RampFullWeeks) > high.get(RoiField::RampFullWeeks));
        assert!(estimate(&low).unwrap().roi_pct < estimate(&high).unwrap().roi_pct);
    }

    #[test]
    fn entered_values_override_the_level() {
        let mut inputs = RoiInputs::default();
        inputs.entered.insert(RoiField::AdoptionPct, 33.0);
        assert_eq!(
            inputs.value(
                RoiField::AdoptionPct,
                Some(MaturityLevel::from_overall_score(100)),
                Currency::NOK
            ),
            33.0
        );
    }

    #[test]
    fn no_benefit_in_the_first_weeks_then_full_effect() {
        let outcome = estimate(&defaults()).unwrap();
        assert_eq!(
            outcome.months[0].cumulative_benefit, 0.0,
            "ramp starts after 5 weeks"
        );
        let per_month: Vec<f64> = outcome
            .months
            .windows(2)
            .map(|pair| pair[1].cumulative_benefit - pair[0].cumulative_benefit)
            .collect();
        let full = per_month.last().copied().unwrap();
        assert!(
            (full - flat_monthly_benefit(2.5)).abs() < 1e-6,
            "full effect by the end: {full}"
        );
        assert!(
            per_month.windows(2).all(|pair| pair[1] >= pair[0] - 1e-9),
            "benefit never falls"
        );
    }

    #[test]
    fn payback_in_the_first_month() {
        let outcome = estimate(&flat(1_000.0, 2.0)).unwrap();
        assert_eq!(outcome.payback_month, Some(1));
    }

    #[test]
    fn payback_exactly_at_the_horizon_and_never() {
        let monthly = flat_monthly_benefit(2.0);
        let at_horizon = estimate(&flat(12.0 * monthly - 1.0, 2.0)).unwrap();
        assert_eq!(at_horizon.payback_month, Some(12));
        let never = estimate(&flat(12.0 * monthly + 1.0, 2.0)).unwrap();
        assert_eq!(never.payback_month, None);
        let nothing_saved = estimate(&flat(1_000.0, 0.0)).unwrap();
        assert_eq!(nothing_saved.payback_month, None);
        assert_eq!(nothing_saved.roi_pct, -100.0);
    }

    #[test]
    fn zero_cost_is_an_error_not_infinity() {
        let free = flat(0.0, 2.0);
        assert_eq!(estimate(&free), Err(RoiError::NoCost));
    }

    #[test]
    fn zero_and_huge_inputs_are_range_errors() {
        let none = defaults().with(RoiField::Employees, 0.0);
        assert!(matches!(
            estimate(&none),
            Err(RoiError::OutOfRange {
                field: RoiField::Employees,
                ..
            })
        ));
        let huge = defaults().with(RoiField::HourlyCost, 1e12);
        assert!(matches!(
            estimate(&huge),
            Err(RoiError::OutOfRange {
                field: RoiField::HourlyCost,
                ..
            })
        ));
        let nan = defaults().with(RoiField::ExternalAdvice, f64::NAN);
        assert!(matches!(
            estimate(&nan),
            Err(RoiError::OutOfRange {
                field: RoiField::ExternalAdvice,
                ..
            })
        ));
        let backwards = defaults().with(RoiField::RampFullWeeks, 2.0);
        assert_eq!(estimate(&backwards), Err(RoiError::RampOrder));
    }

    #[test]
    fn the_largest_allowed_inputs_stay_finite() {
        let mut inputs = defaults();
        for spec in FIELDS {
            inputs = inputs.with(spec.field, spec.max);
        }
        let inputs = inputs.with(RoiField::RampStartWeeks, 0.0);
        let outcome = estimate(&inputs).unwrap();
        assert!(
            outcome.roi_pct.is_finite() && outcome.benefit.is_finite() && outcome.cost.is_finite()
        );
    }

    #[test]
    fn entries_are_checked_against_range_and_ramp_order() {
        let inputs = RoiInputs::default();
        assert_eq!(inputs.check_entry(RoiField::Employees, 40.0, None), Ok(()));
        assert!(matches!(
            inputs.check_entry(RoiField::Employees, 0.0, None),
            Err(RoiError::OutOfRange { .. })
        ));
        assert_eq!(
            inputs.check_entry(RoiField::RampFullWeeks, 2.0, None),
            Err(RoiError::RampOrder)
        );
        assert_eq!(
            inputs.check_entry(RoiField::RampStartWeeks, 30.0, None),
            Err(RoiError::RampOrder)
        );
        assert_eq!(
            inputs.check_entry(RoiField::RampStartWeeks, 17.0, None),
            Ok(())
        );
    }

    #[test]
    fn use_cases_give_hours_per_participant() {
        let cases = two_use_cases();
        assert_eq!(hours_from_use_cases(&cases, 40.0), 2.0);
        assert_eq!(hours_from_use_cases(&cases, 0.0), 0.0);
        let inputs = RoiInputs {
            use_cases: Some(cases),
            ..RoiInputs::default()
        };
        assert_eq!(
            inputs.value(RoiField::HoursSavedPerWeek, None, Currency::EUR),
            0.8,
            "80 h over 100 participants"
        );
    }

    #[test]
    fn sensitivity_lists_the_biggest_levers_first() {
        let rows = sensitivity(&defaults());
        assert!(rows.len() >= 5);
        assert!(rows
            .windows(2)
            .all(|pair| pair[0].swing() >= pair[1].swing()));
        let hours = rows
            .iter()
            .find(|row| row.field == RoiField::HoursSavedPerWeek)
            .unwrap();
        assert!(hours.roi_high > hours.roi_low);
        let cost = rows
            .iter()
            .find(|row| row.field == RoiField::ProgrammeCostPerParticipant)
            .unwrap();
        assert!(cost.roi_high < cost.roi_low);
    }

    #[test]
    fn plausibility_notes_flag_what_leaves_the_seeds_ranges() {
        let inputs = defaults();
        let outcome = estimate(&inputs).unwrap();
        assert!(
            plausibility_notes(&inputs, &outcome).is_empty(),
            "defaults are inside the seeds' ranges: {}",
            outcome.roi_pct
        );

        let wild = inputs
            .with(RoiField::HoursSavedPerWeek, 15.0)
            .with(RoiField::AdoptionPct, 95.0);
        let outcome = estimate(&wild).unwrap();
        let notes = plausibility_notes(&wild, &outcome);
        assert!(notes.contains(&PlausibilityNote::RoiAboveSeedRange));
        assert!(notes.contains(&PlausibilityNote::HoursSavedHigh));
        assert!(notes.contains(&PlausibilityNote::AdoptionVeryHigh));
        assert!(notes.contains(&PlausibilityNote::PaybackFasterThanSeeds));

        let cost_note = |inputs: &ResolvedInputs| {
            let outcome = estimate(inputs).unwrap();
            plausibility_notes(inputs, &outcome)
                .contains(&PlausibilityNote::ProgrammeCostOutsideSeedRange)
        };
        // All in, the defaults cost 600 + 10 h × 50 + 10 000 / 100 + 5 000 / 100 + 12 × 20
        // = 1 490 € per participant in the first year.
        assert_eq!(inputs.first_year_cost_per_participant(), Some(1_490.0));
        let internal = inputs.with(RoiField::ProgrammeCostPerParticipant, 0.0);
        assert!(
            !cost_note(&internal),
            "a fully internal programme costs training time, not a fee"
        );
        let almost_free = internal
            .with(RoiField::TrainingHoursPerParticipant, 0.0)
            .with(RoiField::LicencePerUserMonth, 0.0);
        assert_eq!(almost_free.first_year_cost_per_participant(), Some(150.0));
        assert!(cost_note(&almost_free), "150 € a head is below 500 €");
        let lavish = inputs.with(RoiField::ProgrammeCostPerParticipant, 2_600.0);
        assert!(cost_note(&lavish), "3 490 € a head is above 3 000 €");
    }

    #[test]
    fn untouched_defaults_raise_no_note_at_any_horizon_level_or_currency() {
        let levels = [None]
            .into_iter()
            .chain([0, 17, 50, 84].map(|score| Some(MaturityLevel::from_overall_score(score))));
        for level in levels {
            for horizon in Horizon::ALL {
                for currency in Currency::ALL {
                    let inputs = RoiInputs {
                        horizon,
                        ..RoiInputs::default()
                    };
                    let analysis = RoiAnalysis::of(&inputs, level, currency);
                    let outcome = analysis.outcome.as_ref().unwrap();
                    assert!(
                        analysis.notes.is_empty(),
                        "{level:?}, {} months, {}: {:?} (ROI {:.0} %, first year {:.0} %, payback {:?})",
                        horizon.months(),
                        currency.code(),
                        analysis.notes,
                        outcome.roi_pct,
                        outcome.first_year_roi_pct().unwrap(),
                        outcome.payback_month,
                    );
                }
            }
        }
    }

    #[test]
    fn the_roi_note_judges_the_first_year_whatever_the_horizon() {
        // 36 months of the defaults return far more than 400 %, but seed 000's range is a
        // first-year view, and the first year stays below it.
        let inputs = RoiInputs {
            horizon: Horizon::Months36,
            ..RoiInputs::default()
        };
        let resolved = inputs.resolve(None, Currency::EUR);
        let outcome = estimate(&resolved).unwrap();
        let first_year = outcome.first_year_roi_pct().unwrap();
        assert!(first_year < 400.0, "{first_year}");
        let twelve = estimate(&defaults()).unwrap();
        assert!((first_year - twelve.roi_pct).abs() < 1e-9);
        // Three times the hours: above 400 % in the first year, at every horizon.
        for horizon in Horizon::ALL {
            let mut busy = resolved.with(RoiField::HoursSavedPerWeek, 7.5);
            busy.horizon = horizon;
            let outcome = estimate(&busy).unwrap();
            assert!(
                plausibility_notes(&busy, &outcome).contains(&PlausibilityNote::RoiAboveSeedRange),
                "{} months",
                horizon.months()
            );
        }
    }

    #[test]
    fn amounts_default_per_currency_and_other_fields_do_not() {
        let nok = RoiInputs::default().resolve(None, Currency::NOK);
        let eur = defaults();
        for (field, kroner) in [
            (RoiField::HourlyCost, 580.0),
            (RoiField::ProgrammeCostPerParticipant, 6_900.0),
            (RoiField::LicencePerUserMonth, 230.0),
            (RoiField::ExternalAdvice, 120_000.0),
            (RoiField::CoordinationCost, 58_000.0),
        ] {
            assert_eq!(nok.get(field), kroner, "{}", field.id());
        }
        for spec in FIELDS.iter().filter(|spec| spec.unit != Unit::Money) {
            assert_eq!(
                nok.get(spec.field),
                eur.get(spec.field),
                "{}",
                spec.field.id()
            );
        }
        assert_eq!(eur.get(RoiField::HourlyCost), 50.0);
        assert_eq!(
            RoiInputs::default()
                .resolve(None, Currency::DKK)
                .get(RoiField::HourlyCost),
            370.0
        );
    }

    #[test]
    fn the_cost_range_follows_the_currency() {
        assert_eq!(seed_cost_per_participant(Currency::EUR), (500.0, 3_000.0));
        assert_eq!(
            seed_cost_per_participant(Currency::NOK),
            (5_800.0, 35_000.0)
        );
        assert_eq!(
            seed_cost_per_participant(Currency::SEK),
            (5_600.0, 34_000.0)
        );
        assert_eq!(
            seed_cost_per_participant(Currency::DKK),
            (3_700.0, 22_000.0)
        );
        // The case: 8 000 kr a head for the programme, the rest as proposed in NOK.
        let realistic = RoiInputs::default()
            .resolve(None, Currency::NOK)
            .with(RoiField::ProgrammeCostPerParticipant, 8_000.0);
        let outcome = estimate(&realistic).unwrap();
        assert!(plausibility_notes(&realistic, &outcome).is_empty());
        // The same figure read as euros is far above the seeds' range.
        let in_euros = defaults().with(RoiField::ProgrammeCostPerParticipant, 8_000.0);
        let outcome = estimate(&in_euros).unwrap();
        assert!(plausibility_notes(&in_euros, &outcome)
            .contains(&PlausibilityNote::ProgrammeCostOutsideSeedRange));
    }

    #[test]
    fn amounts_are_the_fields_in_money() {
        for spec in FIELDS {
            assert_eq!(
                spec.field.is_amount(),
                spec.unit == Unit::Money,
                "{}",
                spec.field.id()
            );
        }
    }

    #[test]
    fn entered_amounts_are_never_converted_and_can_be_reset() {
        let mut inputs = RoiInputs::default();
        assert!(!inputs.has_entered_amounts());
        inputs.entered.insert(RoiField::Employees, 40.0);
        assert!(!inputs.has_entered_amounts(), "people are no amount");
        inputs.entered.insert(RoiField::HourlyCost, 700.0);
        assert!(inputs.has_entered_amounts());
        for currency in Currency::ALL {
            assert_eq!(inputs.value(RoiField::HourlyCost, None, currency), 700.0);
        }
        inputs.reset_amounts();
        assert!(!inputs.has_entered_amounts());
        assert_eq!(inputs.entered.get(&RoiField::Employees), Some(&40.0));
        assert_eq!(
            inputs.value(RoiField::HourlyCost, None, Currency::SEK),
            560.0
        );
    }

    #[test]
    fn the_seed_003_example_runs_through_the_estimator() {
        let inputs = RoiInputs::seed_003_example();
        let resolved = inputs.resolve(None, Currency::EUR);
        assert!(validate(&resolved).is_empty());
        let outcome = estimate(&resolved).unwrap();
        assert_eq!(outcome.months.len(), 12);
        assert_eq!(SEED_003_EXAMPLE_COST_EUR, 90_000.0);
        assert_eq!(SEED_003_EXAMPLE_BENEFIT_EUR, 580_000.0);
        assert!(
            (outcome.cost - SEED_003_EXAMPLE_COST_EUR).abs() < 1e-6,
            "{}",
            outcome.cost
        );
        assert!(
            (outcome.benefit - SEED_003_EXAMPLE_BENEFIT_EUR).abs() < 1e-6,
            "{}",
            outcome.benefit
        );
        assert_eq!((outcome.roi_pct * 10.0).round() / 10.0, 544.4);
        assert_eq!(outcome.roi_pct.round(), 544.0);
        // Every input is entered, so neither the level nor the currency changes it.
        let other = RoiAnalysis::of(
            &inputs,
            Some(MaturityLevel::from_overall_score(0)),
            Currency::NOK,
        );
        assert_eq!(other.outcome.unwrap().roi_pct, outcome.roi_pct);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;

        use super::*;
        use crate::test_support::arbitrary::{config, resolved_inputs};

        proptest! {
            #![proptest_config(config(2_000))]

            /// Any inputs in range give a finite estimate or an error, and the estimate moves
            /// the right way: more hours saved never lower the ROI, more cost never raises it.
            #[test]
            fn roi_is_finite_and_moves_the_right_way(inputs in resolved_inputs()) {
                let Ok(outcome) = estimate(&inputs) else {
                    return Ok(());
                };
                prop_assert!(outcome.roi_pct.is_finite() && outcome.net_benefit.is_finite());

                let hours = inputs.get(RoiField::HoursSavedPerWeek);
                let more_hours =
                    inputs.with(RoiField::HoursSavedPerWeek, (hours * 1.5 + 0.1).min(40.0));
                prop_assert!(
                    estimate(&more_hours).unwrap().roi_pct >= outcome.roi_pct - 1e-9,
                    "more hours lowered ROI"
                );

                let cost = inputs.get(RoiField::ExternalAdvice);
                let more_cost = inputs.with(
                    RoiField::ExternalAdvice,
                    (cost * 1.5 + 100.0).min(RoiField::ExternalAdvice.spec().max),
                );
                prop_assert!(
                    estimate(&more_cost).unwrap().roi_pct <= outcome.roi_pct + 1e-9,
                    "more cost raised ROI"
                );
            }
        }
    }
}
