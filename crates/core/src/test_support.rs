//! What the core's tests build again and again: a moment in time, a completed assessment, a
//! report with an ROI estimate, and use cases.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use super::lang::{Lang, CODES};
use super::locale::{Currency, LocalePatterns};
use super::progress::Progress;
use super::questionnaire::{Area, QUESTIONS};
use super::report::ReportV1;
use super::roi::{RoiField, UseCase};

/// `seconds` after the Unix epoch.
pub fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("a representable moment")
}

/// An assessment completed at `completed` (started five minutes before), question `index`
/// answered `level_of(index)`.
pub fn completed(level_of: impl Fn(usize) -> u8, completed: i64) -> Progress {
    let mut progress = Progress {
        started_at: Some(at(completed - 300)),
        completed_at: Some(at(completed)),
        ..Progress::default()
    };
    for (index, question) in QUESTIONS.iter().enumerate() {
        progress.answers.set(question.id, level_of(index));
    }
    progress
}

/// Every level in use (question `index` answered `index % 4`), completed at 1 795 000 300, the
/// estimate in kroner with 40 employees entered.
pub fn varied_progress() -> Progress {
    let mut progress = completed(|index| (index % 4) as u8, 1_795_000_300);
    progress.currency = Currency::NOK;
    progress.roi.entered.insert(RoiField::Employees, 40.0);
    progress
}

/// The report of `progress`, exported in Norwegian 100 seconds after `varied_progress` was
/// completed.
pub fn norwegian_report(progress: &Progress) -> ReportV1 {
    ReportV1::build(progress, "nb", at(1_795_000_400))
}

/// Offers, 6 hours a week for 10 people, and follow-up, 4 hours for 5: 80 hours in all.
pub fn two_use_cases() -> Vec<UseCase> {
    vec![
        UseCase {
            name: "Offers".into(),
            hours_per_week: 6.0,
            people: 10.0,
        },
        UseCase {
            name: "Follow-up".into(),
            hours_per_week: 4.0,
            people: 5.0,
        },
    ]
}

/// Strategies for the property tests (proptest, a native dev-dependency): arbitrary JSON, and
/// valid documents changed at random places, so that the readers of stored and imported data
/// meet what a damaged, hand-edited or hostile file holds. No failure file is written (see
/// [`arbitrary::config`]): a failure prints its shrunk input, which becomes a named test.
#[cfg(not(target_arch = "wasm32"))]
pub mod arbitrary {
    use proptest::prelude::*;
    use proptest::test_runner::Config;

    use crate::json::Json;
    use crate::locale::Currency;
    use crate::questionnaire::{Area, QUESTIONS};
    use crate::roi::{Horizon, ResolvedInputs, RoiField, RoiInputs, FIELDS};

    /// `cases` cases, and no `proptest-regressions` files: the repository keeps failures as
    /// named tests instead of seeds that mean nothing once a strategy changes.
    pub fn config(cases: u32) -> Config {
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        }
    }

    /// The member names the widget's stored and exported formats use, so that arbitrary
    /// documents often hold the right keys (with anything in them).
    fn known_key() -> impl Strategy<Value = String> {
        let mut keys: Vec<String> = [
            "version",
            "questionnaire",
            "screen",
            "index",
            "answers",
            "started_at",
            "completed_at",
            "roi",
            "entered",
            "use_cases",
            "horizon",
            "currency",
            "language",
            "name",
            "hours_per_week",
            "people",
            "schema",
            "schema_version",
            "widget_version",
            "questionnaire_version",
            "exported_at",
            "scores",
            "overall",
            "level",
            "areas",
            "recommendations",
            "horizon_months",
            "inputs",
            "field",
            "value",
            "source",
            "outcome",
            "error",
            "uncertainty",
            "sensitivity_step_pct",
            "sensitivity",
            "plausibility_notes",
            "entries",
            "report",
            "saved_at",
            "origin",
            "id",
        ]
        .map(str::to_owned)
        .to_vec();
        keys.extend(QUESTIONS.iter().map(|question| question.id.to_owned()));
        keys.extend(Area::ALL.iter().map(|area| area.id().to_owned()));
        keys.extend(FIELDS.iter().map(|spec| spec.field.id().to_owned()));
        proptest::sample::select(keys)
    }

    /// Strings the formats give meaning to, and ones that look like numbers but are not.
    fn known_string() -> impl Strategy<Value = String> {
        proptest::sample::select(vec![
            "intro",
            "question",
            "result",
            "roi",
            "history",
            "team",
            "EUR",
            "NOK",
            "XXX",
            "en",
            "nb",
            "nn-NO",
            "zz",
            "12",
            "24",
            "36",
            "13",
            "2026-11-18T11:11:40Z",
            "2026-02-30T11:11:40Z",
            "9999-12-31T23:59:60.999999999+23:59",
            "0000-01-01T00:00:00-23:59",
            "ai-maturity-check/report",
            "ai-maturity-check/history",
            "entered",
            "assumption",
            "assessment_level",
            "seed_003",
            "seed_03",
            "use_cases",
            "completed",
            "imported",
            "pitfall.3",
            "pitfall.07",
            "pitfall.11",
            "next.tools",
            "plan.2",
            "plan.9",
            "NaN",
            "-Infinity",
            "1e999",
            "0x10",
            "",
            " ",
            "\u{202e}evil",
            "a\u{0}b",
        ])
        .prop_map(str::to_owned)
    }

    /// JSON number texts: small whole numbers (levels, versions, indices), edges of the integer
    /// types, huge and tiny magnitudes, negative zero, exponents at i32's ends, and any float.
    pub fn number_text() -> impl Strategy<Value = String> {
        prop_oneof![
            (-3i64..=40).prop_map(|number| number.to_string()),
            any::<i64>().prop_map(|number| number.to_string()),
            any::<u64>().prop_map(|number| number.to_string()),
            proptest::sample::select(vec![
                "-0",
                "0.0",
                "1.0",
                "2.5",
                "1e400",
                "-1e400",
                "1e-400",
                "1.5e-2147483648",
                "10e2147483647",
                "9007199254740993",
                "18446744073709551616",
                "340282366920938463463374607431768211456",
                "100000",
                "100000.01",
                "1000000000.5",
                "0.30000000000000004",
            ])
            .prop_map(str::to_owned),
            any::<f64>()
                .prop_filter("finite", |number| number.is_finite())
                .prop_map(|number| format!("{number:e}")),
            (any::<u32>(), 0u32..1000, -30i32..30)
                .prop_map(|(whole, fraction, exponent)| format!("{whole}.{fraction}e{exponent}")),
        ]
    }

    /// A short string of any characters (quotes, backslashes, controls, beyond the BMP).
    fn any_string() -> impl Strategy<Value = String> {
        proptest::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter)
    }

    fn leaf() -> impl Strategy<Value = Json> {
        prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            number_text().prop_map(Json::Number),
            known_string().prop_map(Json::String),
            any_string().prop_map(Json::String),
        ]
    }

    fn member_name() -> impl Strategy<Value = String> {
        prop_oneof![3 => known_key(), 1 => any_string()]
    }

    /// Any JSON value: nested objects and arrays (names often the formats' own, sometimes
    /// written twice), numbers of every kind, strings with meaning and without.
    pub fn json() -> impl Strategy<Value = Json> {
        leaf().prop_recursive(4, 32, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Json::Array),
                proptest::collection::vec((member_name(), inner), 0..6).prop_map(Json::Object),
            ]
        })
    }

    /// One change at one place of a document.
    #[derive(Clone, Debug)]
    pub enum Change {
        /// The value there becomes this one.
        Replace(Json),
        /// An object there loses the member at this position (modulo its length).
        Remove(usize),
        /// An object there gains this member (first, so it wins over a same-named one), an
        /// array this item.
        Insert(String, Json),
        /// An object there gets the member at this position (modulo its length) written twice,
        /// the second time with this value.
        Repeat(usize, Json),
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            3 => json().prop_map(Change::Replace),
            // Most places hold numbers: a number in the right place, out of its range.
            3 => number_text().prop_map(|number| Change::Replace(Json::Number(number))),
            1 => any::<usize>().prop_map(Change::Remove),
            1 => (member_name(), json()).prop_map(|(name, value)| Change::Insert(name, value)),
            1 => (any::<usize>(), json()).prop_map(|(at, value)| Change::Repeat(at, value)),
        ]
    }

    /// How many values `value` holds, itself included.
    fn count(value: &Json) -> usize {
        1 + match value {
            Json::Array(items) => items.iter().map(count).sum(),
            Json::Object(members) => members.iter().map(|(_, member)| count(member)).sum(),
            _ => 0,
        }
    }

    /// The value numbered `n` in `value` (itself first, then each child's values in order).
    fn nth(value: &mut Json, n: usize) -> Option<&mut Json> {
        if n == 0 {
            return Some(value);
        }
        let mut rest = n - 1;
        let children: Vec<&mut Json> = match value {
            Json::Array(items) => items.iter_mut().collect(),
            Json::Object(members) => members.iter_mut().map(|(_, member)| member).collect(),
            _ => Vec::new(),
        };
        for child in children {
            let size = count(child);
            if rest < size {
                return nth(child, rest);
            }
            rest -= size;
        }
        None
    }

    /// Applies `change` to the value numbered `place` (modulo their count), every value of the
    /// document equally likely: a report's ROI inputs are met as often as its answers.
    fn apply(document: &mut Json, place: usize, change: Change) {
        let place = place % count(document);
        let Some(value) = nth(document, place) else {
            return;
        };
        match (value, change) {
            (value, Change::Replace(new)) => *value = new,
            (Json::Object(members), Change::Remove(at)) if !members.is_empty() => {
                let at = at % members.len();
                members.remove(at);
            }
            (Json::Array(items), Change::Remove(at)) if !items.is_empty() => {
                let at = at % items.len();
                items.remove(at);
            }
            (Json::Object(members), Change::Insert(name, new)) => members.insert(0, (name, new)),
            (Json::Array(items), Change::Insert(_, new)) => items.push(new),
            (Json::Object(members), Change::Repeat(at, new)) if !members.is_empty() => {
                let at = at % members.len();
                if let Some((name, _)) = members.get(at) {
                    let name = name.clone();
                    members.insert(at + 1, (name, new));
                }
            }
            _ => {}
        }
    }

    /// `valid` (a JSON text the widget wrote) with one to three changes at random places.
    pub fn changed(valid: &str) -> impl Strategy<Value = Json> {
        changed_within(valid, None)
    }

    /// `changed`, the changes all inside member `name` of `valid` (which must have it), so
    /// that one part's every value is met often.
    pub fn changed_member(valid: &str, name: &'static str) -> impl Strategy<Value = Json> {
        changed_within(valid, Some(name))
    }

    fn changed_within(valid: &str, member: Option<&'static str>) -> impl Strategy<Value = Json> {
        let document = Json::parse(valid).unwrap_or(Json::Null);
        proptest::collection::vec((any::<usize>(), change()), 1..4).prop_map(move |changes| {
            let mut document = document.clone();
            for (place, change) in changes {
                let part = match (member, &mut document) {
                    (Some(name), Json::Object(members)) => members
                        .iter_mut()
                        .find(|(member, _)| member == name)
                        .map(|(_, value)| value),
                    (_, document) => Some(document),
                };
                if let Some(part) = part {
                    apply(part, place, change);
                }
            }
            document
        })
    }

    /// Text that is mostly JSON: arbitrary bytes, arbitrary JSON, or `valid` changed, and any
    /// of them cut short or with one byte replaced.
    pub fn damaged(valid: &str) -> impl Strategy<Value = Vec<u8>> {
        let text = prop_oneof![
            json().prop_map(|value| value.to_text().into_bytes()),
            changed(valid).prop_map(|value| value.to_text().into_bytes()),
        ];
        prop_oneof![
            1 => proptest::collection::vec(any::<u8>(), 0..64),
            2 => text.clone(),
            1 => (text.clone(), any::<usize>()).prop_map(|(bytes, end)| {
                let end = end % (bytes.len() + 1);
                bytes.get(..end).unwrap_or_default().to_vec()
            }),
            1 => (text, any::<usize>(), any::<u8>()).prop_map(|(mut bytes, at, byte)| {
                if let Some(place) = bytes.len().checked_sub(1).map(|last| at % (last + 1)) {
                    bytes[place] = byte;
                }
                bytes
            }),
        ]
    }

    /// ROI inputs with every field in its range (an end of it one time in five, otherwise
    /// spread over its orders of magnitude, not just near the top of wide ranges), full effect
    /// never before the first, and any horizon.
    pub fn resolved_inputs() -> impl Strategy<Value = ResolvedInputs> {
        let draw = (0u8..5, 0.0f64..1.0);
        (
            proptest::array::uniform13(draw),
            proptest::sample::select(Horizon::ALL.to_vec()),
        )
            .prop_map(|(draws, horizon)| {
                let mut inputs = RoiInputs {
                    horizon,
                    ..RoiInputs::default()
                }
                .resolve(None, Currency::EUR);
                for (spec, (end, unit)) in FIELDS.iter().zip(draws) {
                    let value = match end {
                        0 => spec.min,
                        1 => spec.max,
                        _ => spec.min + (spec.max - spec.min) * unit.powi(6),
                    };
                    inputs = inputs.with(spec.field, value);
                }
                let (start, full) = (
                    inputs.get(RoiField::RampStartWeeks),
                    inputs.get(RoiField::RampFullWeeks),
                );
                inputs.with(RoiField::RampFullWeeks, full.max(start))
            })
    }
}

/// One language's words, read from its content file (`src/content/<code>.toml`), for the tests
/// that check what a file says in real words. The core itself never reads them: the app's
/// content module does, and the compiler keeps the core from using it.
#[derive(Clone, Copy)]
pub struct ContentTexts(pub Lang);

impl ContentTexts {
    pub fn of(code: &str) -> ContentTexts {
        ContentTexts(Lang::from_tag(code).expect("a language the widget has"))
    }

    /// The text at a dotted key ("" where the file has none).
    pub fn get(self, key: &str) -> &'static str {
        static FILES: OnceLock<Vec<toml::Table>> = OnceLock::new();
        let files = FILES.get_or_init(|| {
            CODES
                .iter()
                .map(|code| {
                    let path = format!(
                        "{}/../../src/content/{code}.toml",
                        env!("CARGO_MANIFEST_DIR")
                    );
                    let text = std::fs::read_to_string(&path).expect("the content file");
                    text.parse().expect("a TOML table")
                })
                .collect()
        });
        let mut parts = key.split('.');
        let first = parts.next().unwrap_or_default();
        let mut value = files.get(self.0.index()).and_then(|file| file.get(first));
        for part in parts {
            value = value.and_then(|value| value.get(part));
        }
        value.and_then(toml::Value::as_str).unwrap_or("")
    }

    pub fn area_name(self, area: Area) -> &'static str {
        self.get(&format!("area.{}.name", area.id()))
    }
}

impl LocalePatterns for ContentTexts {
    fn lang(&self) -> Lang {
        self.0
    }

    fn pattern(&self, key: &str) -> &'static str {
        self.get(key)
    }
}
