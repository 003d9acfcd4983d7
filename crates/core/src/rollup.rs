//! The team roll-up: many respondents' reports summarised for the consultant who collected them.
//!
//! Per area and for the overall score: how many answered, the mean, the spread (population
//! standard deviation), the lowest and highest score, and whether the team disagrees. Then how
//! many respondents sit at each overall level, how many show each pitfall, and one combined
//! recommendation for the team. Exported as JSON (`ai-maturity-check/team-rollup`) or CSV for a
//! spreadsheet, written the way a spreadsheet in the reader's language opens it (see
//! [`CsvStyle`]). Means and spreads are rounded to one decimal, and every decision (disagreement,
//! the weakest areas, the plan) is taken on the rounded numbers, so the file never contradicts
//! itself.
//!
//! What it deliberately does not do: identify anyone (reports carry no names and the roll-up
//! keeps no per-respondent rows), notice that one person sent two reports (anonymous reports
//! cannot tell), or check the reports. It reads their `scores` and `recommendations` as they
//! are, so pass reports that went through `core::import`, which computes both anew from the
//! answers. Nothing here divides by zero: no reports give an empty roll-up.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::decimal::fixed;
use super::json::Json;
use super::locale::NumberStyle;
use super::questionnaire::Area;
use super::recommendations::{Pitfall, MAX_GAPS};
use super::report::ReportV1;
use super::scoring::MaturityLevel;

pub const TEAM_ROLLUP_SCHEMA: &str = "ai-maturity-check/team-rollup";
pub const TEAM_ROLLUP_SCHEMA_VERSION: u32 = 1;

/// An area's scores disagree when their standard deviation reaches this. On the 0–100 scale a
/// level is about 33 points wide and the level thresholds are 33 points apart, so a spread of 25
/// means a typical respondent sits most of a level away from the team's mean: the team does not
/// share one picture of that area, and the mean alone would hide it. For comparison, scores of
/// 0, 33, 67 and 100 spread evenly have a deviation of 37; half at 50 and half at 100 have 25.
pub const DISAGREEMENT_STD_DEV: f64 = 25.0;

/// The pitfalls shown to at least this share of respondents join the combined recommendation.
const PITFALL_SHARE_DENOMINATOR: usize = 3;

/// Mean, spread and extremes of one set of 0–100 scores.
#[derive(Clone, Debug, PartialEq)]
pub struct SpreadStats {
    /// How many respondents have this score.
    pub respondents: usize,
    /// Rounded to one decimal.
    pub mean: f64,
    /// Population standard deviation, rounded to one decimal.
    pub std_dev: f64,
    pub min: u8,
    pub max: u8,
}

impl SpreadStats {
    /// `None` for no scores.
    fn of(scores: &[u8]) -> Option<SpreadStats> {
        let (&first, _) = scores.split_first()?;
        let count = scores.len() as f64;
        let mean = scores.iter().map(|score| f64::from(*score)).sum::<f64>() / count;
        let variance = scores
            .iter()
            .map(|score| (f64::from(*score) - mean).powi(2))
            .sum::<f64>()
            / count;
        let (min, max) = scores.iter().fold((first, first), |(min, max), score| {
            (min.min(*score), max.max(*score))
        });
        Some(SpreadStats {
            respondents: scores.len(),
            mean: one_decimal(mean),
            std_dev: one_decimal(variance.sqrt()),
            min,
            max,
        })
    }

    /// Whether respondents are far apart (see [`DISAGREEMENT_STD_DEV`]).
    pub fn disagreement(&self) -> bool {
        self.std_dev >= DISAGREEMENT_STD_DEV
    }
}

fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaRollup {
    /// The area's id (`tool_knowledge`, ...).
    pub area: String,
    pub stats: SpreadStats,
    /// The standard deviation reaches [`DISAGREEMENT_STD_DEV`].
    pub disagreement: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PitfallCount {
    /// The pitfall's id (`pitfall.7`).
    pub pitfall: String,
    /// How many respondents' recommendations list it.
    pub respondents: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamRollup {
    /// [`TEAM_ROLLUP_SCHEMA`].
    pub schema: &'static str,
    /// [`TEAM_ROLLUP_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Every report given, whether or not it has answers.
    pub respondents: usize,
    /// Over the respondents with an overall score; `None` when nobody has one.
    pub overall: Option<SpreadStats>,
    /// In `Area::ALL` order, only areas someone answered.
    pub areas: Vec<AreaRollup>,
    /// Respondents per overall level 0..=3.
    pub levels: [usize; 4],
    /// Most common first, ties by pitfall number.
    pub pitfalls: Vec<PitfallCount>,
    /// `next.<area>` for up to three areas with the lowest mean below 100 (ties in
    /// `Area::ADVICE_ORDER`), then every `pitfall.<n>` at least a third of respondents show (most common
    /// first), then `plan.<level>` for the rounded mean overall score.
    pub recommendations: Vec<String>,
}

/// Summarises the reports; one pass per area over the reports, so thousands take milliseconds.
/// They are borrowed where they are: a thousand reports copied into one list is a moment too.
pub fn rollup<'a, Reports>(reports: Reports) -> TeamRollup
where
    Reports: IntoIterator<Item = &'a ReportV1>,
    Reports::IntoIter: Clone,
{
    let reports = reports.into_iter();
    let respondents = reports.clone().count();

    let overall_scores: Vec<u8> = reports
        .clone()
        .filter_map(|report| report.scores.overall)
        .collect();
    let overall = SpreadStats::of(&overall_scores);

    let areas: Vec<AreaRollup> = Area::ALL
        .iter()
        .filter_map(|area| {
            let scores: Vec<u8> = reports
                .clone()
                .filter_map(|report| report.scores.areas.get(area.id()).copied())
                .collect();
            SpreadStats::of(&scores).map(|stats| AreaRollup {
                area: area.id().to_owned(),
                disagreement: stats.disagreement(),
                stats,
            })
        })
        .collect();

    let mut levels = [0usize; 4];
    for report in reports.clone() {
        // A level outside 0..=3 cannot come from `core::import`; it is not counted.
        if let Some(count) = report
            .scores
            .level
            .and_then(|level| levels.get_mut(usize::from(level)))
        {
            *count += 1;
        }
    }

    let mut counts: BTreeMap<Pitfall, usize> = BTreeMap::new();
    for report in reports {
        // Each respondent counts once per pitfall, however often the id is listed.
        let shown: BTreeSet<Pitfall> = report
            .recommendations
            .iter()
            .filter_map(|id| Pitfall::from_id(id))
            .collect();
        for pitfall in shown {
            *counts.entry(pitfall).or_default() += 1;
        }
    }
    let mut counts: Vec<(Pitfall, usize)> = counts.into_iter().collect();
    // Stable sort on a list already ordered by number: ties stay by number.
    crate::ordered::sort_small_by(&mut counts, |(_, a), (_, b)| a > b);
    let pitfalls: Vec<PitfallCount> = counts
        .iter()
        .map(|(pitfall, count)| PitfallCount {
            pitfall: pitfall.id(),
            respondents: *count,
        })
        .collect();

    let recommendations =
        combined_recommendations(&areas, &pitfalls, overall.as_ref(), respondents);

    TeamRollup {
        schema: TEAM_ROLLUP_SCHEMA,
        schema_version: TEAM_ROLLUP_SCHEMA_VERSION,
        respondents,
        overall,
        areas,
        levels,
        pitfalls,
        recommendations,
    }
}

/// The team's recommendation, the way `recommendations::recommend` builds one person's: next
/// steps for the weakest areas (an area whose mean is 100 needs none), the common pitfalls, and
/// the plan for the team's level.
fn combined_recommendations(
    areas: &[AreaRollup],
    pitfalls: &[PitfallCount],
    overall: Option<&SpreadStats>,
    respondents: usize,
) -> Vec<String> {
    let mut gaps: Vec<&AreaRollup> = areas
        .iter()
        .filter(|area| area.stats.mean < 100.0)
        .collect();
    // Equal means follow the order the seeds start a programme in, as for one person.
    let rank = |area: &AreaRollup| Area::from_id(&area.area).map(Area::advice_rank);
    crate::ordered::sort_small_by(&mut gaps, |a, b| {
        a.stats
            .mean
            .total_cmp(&b.stats.mean)
            .then_with(|| rank(a).cmp(&rank(b)))
            .is_lt()
    });
    gaps.truncate(MAX_GAPS);
    let next = gaps.into_iter().map(|area| format!("next.{}", area.area));

    let common = pitfalls
        .iter()
        .filter(|count| count.respondents * PITFALL_SHARE_DENOMINATOR >= respondents)
        .map(|count| count.pitfall.clone());

    let plan = overall.map(|stats| {
        let score = stats.mean.round().clamp(0.0, 100.0) as u8;
        format!("plan.{}", MaturityLevel::from_overall_score(score).number())
    });

    next.chain(common).chain(plan).collect()
}

/// How the team CSV is written so that a spreadsheet opens it in columns, with numbers as
/// numbers, in the reader's language.
///
/// Excel splits a double-clicked CSV file on the system's list separator, which is `;` wherever
/// the decimal separator is a comma (German, Norwegian, Swedish, Danish settings), and reads
/// numbers with the system's decimal separator. So a language that writes a decimal comma gets
/// `;` and `66,5`; one with a decimal point gets RFC 4180's `,` and `66.5`. Numbers have no
/// thousands separators (a spreadsheet would read `1 000` as text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    pub separator: char,
    pub decimal: char,
}

impl CsvStyle {
    /// RFC 4180 as written, with a decimal point: English.
    pub const COMMA: CsvStyle = CsvStyle {
        separator: ',',
        decimal: '.',
    };

    /// For the language whose numbers are written `numbers` (from its `format.number`).
    pub fn for_numbers(numbers: NumberStyle) -> CsvStyle {
        if numbers.decimal == ',' {
            CsvStyle {
                separator: ';',
                decimal: ',',
            }
        } else {
            CsvStyle {
                separator: ',',
                decimal: numbers.decimal,
            }
        }
    }
}

/// Starts every CSV file: the UTF-8 byte order mark. Without it Excel on Windows reads a CSV
/// in the system's legacy code page, and the area names' ø, å, ä and ö come out garbled; with
/// it, Excel, LibreOffice and Numbers all read UTF-8. (A script reads the file with
/// `utf-8-sig` in Python, or strips a leading U+FEFF.)
pub const CSV_BOM: char = '\u{feff}';

/// The CSV's column names: ids, the same in every language, so a script reads any file.
const CSV_COLUMNS: [&str; 8] = [
    "area",
    "name",
    "respondents",
    "mean",
    "std_dev",
    "min",
    "max",
    "disagreement",
];

/// The id of the CSV's last row, the overall score.
pub const CSV_OVERALL: &str = "overall";

impl TeamRollup {
    /// The roll-up as JSON with two spaces of indent: its fields in the order above, each
    /// area's statistics beside its id.
    pub fn to_json(&self) -> String {
        let stats = |stats: &SpreadStats| {
            [
                ("respondents".to_owned(), Json::count(stats.respondents)),
                ("mean".to_owned(), Json::exact_float(stats.mean)),
                ("std_dev".to_owned(), Json::exact_float(stats.std_dev)),
                ("min".to_owned(), Json::unsigned(stats.min)),
                ("max".to_owned(), Json::unsigned(stats.max)),
            ]
        };
        let areas = Json::list(&self.areas, |area| {
            let mut members = vec![("area".to_owned(), Json::string(&area.area))];
            members.extend(stats(&area.stats));
            members.push(("disagreement".to_owned(), Json::Bool(area.disagreement)));
            Json::Object(members)
        });
        let pitfalls = Json::list(&self.pitfalls, |count| {
            Json::object([
                ("pitfall", Json::string(&count.pitfall)),
                ("respondents", Json::count(count.respondents)),
            ])
        });
        Json::object([
            ("schema", Json::string(self.schema)),
            ("schema_version", Json::unsigned(self.schema_version)),
            ("respondents", Json::count(self.respondents)),
            (
                "overall",
                self.overall
                    .as_ref()
                    .map_or(Json::Null, |overall| Json::Object(stats(overall).to_vec())),
            ),
            ("areas", areas),
            (
                "levels",
                Json::list(&self.levels, |count| Json::count(*count)),
            ),
            ("pitfalls", pitfalls),
            (
                "recommendations",
                Json::list(&self.recommendations, |id| Json::string(id)),
            ),
        ])
        .to_pretty_text()
    }

    /// [`CSV_BOM`], a header line ([`CSV_COLUMNS`]), one row per area, then [`CSV_OVERALL`];
    /// fields split by `style`'s separator and quoted per RFC 4180 when they must be; `\r\n`
    /// line ends. `name` gives each row's name for people, in their language, from the area's id
    /// (or `overall`); the `area` column keeps the id. Means and spreads have one decimal in
    /// `style`'s decimal separator; `disagreement` is `true` or `false`. The overall row's
    /// numbers are empty when nobody has an overall score.
    pub fn to_csv<N: AsRef<str>>(&self, style: CsvStyle, name: impl Fn(&str) -> N) -> String {
        let mut csv = String::from(CSV_BOM);
        push_row(&mut csv, style, &CSV_COLUMNS);
        for area in &self.areas {
            let row = stats_row(
                &area.area,
                name(&area.area).as_ref(),
                Some(&area.stats),
                style,
            );
            push_row(&mut csv, style, &row);
        }
        let overall = stats_row(
            CSV_OVERALL,
            name(CSV_OVERALL).as_ref(),
            self.overall.as_ref(),
            style,
        );
        push_row(&mut csv, style, &overall);
        csv
    }
}

/// `value` with one decimal, in `style`'s decimal separator.
fn csv_decimal(value: f64, style: CsvStyle) -> String {
    let written = fixed(value, 1);
    if style.decimal == '.' {
        written
    } else {
        written.replace('.', &style.decimal.to_string())
    }
}

fn stats_row(id: &str, name: &str, stats: Option<&SpreadStats>, style: CsvStyle) -> [String; 8] {
    match stats {
        Some(stats) => [
            id.to_owned(),
            name.to_owned(),
            stats.respondents.to_string(),
            csv_decimal(stats.mean, style),
            csv_decimal(stats.std_dev, style),
            stats.min.to_string(),
            stats.max.to_string(),
            stats.disagreement().to_string(),
        ],
        None => [
            id.to_owned(),
            name.to_owned(),
            "0".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

fn push_row<S: AsRef<str>>(csv: &mut String, style: CsvStyle, fields: &[S]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            csv.push(style.separator);
        }
        csv.push_str(&csv_field(field.as_ref(), style.separator));
    }
    csv.push_str("\r\n");
}

/// One CSV field: quoted, with quotes doubled, when it holds the separator, a quote or a line
/// break (RFC 4180, with the separator in place of its comma).
fn csv_field(field: &str, separator: char) -> Cow<'_, str> {
    if field.contains([separator, '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", field.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::locale::Locale;
    use crate::progress::Progress;
    use crate::test_support::{at, ContentTexts};

    /// A respondent's report as the roll-up gets it from `core::import`: without the ROI part.
    fn report_of(answers: Answers) -> ReportV1 {
        let progress = Progress {
            answers,
            ..Progress::default()
        };
        ReportV1::build_without_roi(&progress, "en", at(1_795_000_000))
    }

    /// Each pitfall's id and count, in the roll-up's order.
    fn pitfall_counts(rollup: &TeamRollup) -> Vec<(&str, usize)> {
        rollup
            .pitfalls
            .iter()
            .map(|count| (count.pitfall.as_str(), count.respondents))
            .collect()
    }

    /// The CSV as the team screen writes it in language `code`: its separators, its names.
    fn csv_in(rollup: &TeamRollup, code: &str) -> String {
        let texts = ContentTexts::of(code);
        let style = CsvStyle::for_numbers(Locale::new(texts).numbers);
        rollup.to_csv(style, |id| match Area::from_id(id) {
            Some(area) => texts.area_name(area),
            None => texts.get("ui.team.csv_overall"),
        })
    }

    fn all_at(level: u8) -> ReportV1 {
        report_of(Answers::all_at(level))
    }

    fn area(rollup: &TeamRollup, area: Area) -> &AreaRollup {
        rollup
            .areas
            .iter()
            .find(|entry| entry.area == area.id())
            .unwrap()
    }

    #[test]
    fn three_respondents_at_zero_three_and_three() {
        let rollup = rollup(&[all_at(0), all_at(3), all_at(3)]);
        assert_eq!(rollup.respondents, 3);
        let expected = SpreadStats {
            respondents: 3,
            mean: 66.7,
            std_dev: 47.1,
            min: 0,
            max: 100,
        };
        assert_eq!(rollup.overall, Some(expected.clone()));
        assert_eq!(rollup.areas.len(), Area::ALL.len());
        for (entry, area) in rollup.areas.iter().zip(Area::ALL) {
            assert_eq!(entry.area, area.id());
            assert_eq!(entry.stats, expected);
            assert!(entry.disagreement);
        }
        assert_eq!(rollup.levels, [1, 0, 0, 2]);
        let pitfalls = pitfall_counts(&rollup);
        assert_eq!(
            pitfalls,
            [
                ("pitfall.3", 1),
                ("pitfall.4", 1),
                ("pitfall.6", 1),
                ("pitfall.7", 1),
                ("pitfall.8", 1),
                ("pitfall.10", 1)
            ]
        );
        assert_eq!(
            rollup.recommendations,
            [
                "next.use_cases",
                "next.leadership",
                "next.change_management",
                "pitfall.3",
                "pitfall.4",
                "pitfall.6",
                "pitfall.7",
                "pitfall.8",
                "pitfall.10",
                "plan.2"
            ]
        );
    }

    #[test]
    fn exports_of_both_questionnaire_versions_roll_up_together() {
        // One export of questionnaire 1 (no change-management answers, a yearly review at its
        // old level 2), as the team screen reads it, beside one of today's.
        let mut old: serde_json::Value = serde_json::from_str(&all_at(2).to_json()).unwrap();
        old["questionnaire_version"] = serde_json::json!(1);
        let answers = old["answers"].as_object_mut().unwrap();
        answers.remove("job_concerns");
        answers.remove("enthusiasts");
        let migrated = crate::import::import_report(
            crate::import::ImportPurpose::Keep,
            old.to_string().as_bytes(),
        )
        .unwrap()
        .report;
        let rollup = rollup(&[migrated, all_at(2)]);
        assert_eq!(rollup.respondents, 2);
        // Only today's export answered change management; both count everywhere else, the
        // old review in today's terms (kpis 2 and reviews 1: 50).
        assert_eq!(area(&rollup, Area::ChangeManagement).stats.respondents, 1);
        assert_eq!(area(&rollup, Area::ChangeManagement).stats.mean, 67.0);
        let measurement = &area(&rollup, Area::Measurement).stats;
        assert_eq!(
            (measurement.respondents, measurement.min, measurement.max),
            (2, 50, 67)
        );
        assert_eq!(area(&rollup, Area::Governance).stats.respondents, 2);
        assert_eq!(rollup.overall.as_ref().unwrap().respondents, 2);
    }

    #[test]
    fn one_respondent_has_no_spread() {
        let mut answers = Answers::all_at(2);
        answers.set("kpis", 0);
        let rollup = rollup(&[report_of(answers)]);
        let overall = rollup.overall.as_ref().unwrap();
        assert_eq!(overall.respondents, 1);
        assert_eq!(overall.std_dev, 0.0);
        assert_eq!(overall.min, overall.max);
        assert!(rollup.areas.iter().all(|entry| entry.stats.std_dev == 0.0));
        assert!(rollup.areas.iter().all(|entry| !entry.disagreement));
        // Measurement: 0 and 2 of 3 -> 33; everything else 67.
        assert_eq!(area(&rollup, Area::Measurement).stats.mean, 33.0);
        assert_eq!(
            rollup.recommendations,
            [
                "next.measurement",
                "next.use_cases",
                "next.leadership",
                "pitfall.7",
                "plan.2"
            ]
        );
    }

    #[test]
    fn no_reports_give_an_empty_rollup() {
        let rollup = rollup(&[]);
        assert_eq!(rollup.respondents, 0);
        assert_eq!(rollup.overall, None);
        assert!(rollup.areas.is_empty());
        assert_eq!(rollup.levels, [0; 4]);
        assert!(rollup.pitfalls.is_empty());
        assert!(rollup.recommendations.is_empty());
        assert!(!rollup.to_json().contains("NaN"));
        assert_eq!(
            rollup.to_csv(CsvStyle::COMMA, str::to_owned),
            "\u{feff}area,name,respondents,mean,std_dev,min,max,disagreement\r\n\
             overall,overall,0,,,,,\r\n"
        );
        assert_eq!(
            csv_in(&rollup, "da"),
            "\u{feff}area;name;respondents;mean;std_dev;min;max;disagreement\r\n\
             overall;Samlet score;0;;;;;\r\n"
        );
    }

    #[test]
    fn respondents_who_answered_nothing_count_but_have_no_scores() {
        let rollup = rollup(&[report_of(Answers::default()), all_at(1)]);
        assert_eq!(rollup.respondents, 2);
        assert_eq!(rollup.overall.as_ref().unwrap().respondents, 1);
        assert_eq!(rollup.levels, [0, 1, 0, 0]);
        assert!(rollup
            .areas
            .iter()
            .all(|entry| entry.stats.respondents == 1));
    }

    #[test]
    fn only_answered_areas_are_listed_in_questionnaire_order() {
        let mut first = Answers::default();
        first.set("data_rules", 3);
        first.set("tool_usage", 1);
        let mut second = Answers::default();
        second.set("kpis", 2);
        let rollup = rollup(&[report_of(first), report_of(second)]);
        let ids: Vec<&str> = rollup
            .areas
            .iter()
            .map(|entry| entry.area.as_str())
            .collect();
        assert_eq!(ids, ["tool_knowledge", "measurement", "governance"]);
        assert!(rollup
            .areas
            .iter()
            .all(|entry| entry.stats.respondents == 1));
    }

    #[test]
    fn areas_at_the_top_get_no_next_step() {
        let mut answers = Answers::all_at(3);
        answers.set("kpis", 2);
        let rollup = rollup(&[report_of(answers)]);
        assert_eq!(rollup.recommendations, ["next.measurement", "plan.3"]);
        assert_eq!(super::rollup(&[all_at(3)]).recommendations, ["plan.3"]);
    }

    #[test]
    fn pitfalls_shown_by_a_third_join_the_recommendation_most_common_first() {
        let with = |questions: &[&str]| {
            let mut answers = Answers::all_at(3);
            for question in questions {
                answers.set(question, 0);
            }
            report_of(answers)
        };
        let reports = [
            with(&["kpis", "anchoring"]),
            with(&["kpis"]),
            with(&["kpis", "tools"]),
            with(&["tools"]),
            with(&["support"]),
            with(&[]),
        ];
        let rollup = rollup(&reports);
        let pitfalls = pitfall_counts(&rollup);
        assert_eq!(
            pitfalls,
            [
                ("pitfall.7", 3),
                ("pitfall.4", 2),
                ("pitfall.3", 1),
                ("pitfall.8", 1)
            ]
        );
        let listed: Vec<&str> = rollup
            .recommendations
            .iter()
            .filter(|id| id.starts_with("pitfall."))
            .map(String::as_str)
            .collect();
        assert_eq!(listed, ["pitfall.7", "pitfall.4"], "2 of 6 is a third");
    }

    #[test]
    fn a_respondent_counts_once_per_pitfall_and_odd_ids_are_ignored() {
        let mut report = all_at(3);
        report.recommendations = [
            "pitfall.7",
            "pitfall.7",
            "pitfall.07",
            "pitfall.+7",
            "pitfall.",
            "pitfall.999",
            "next.kpis",
            "plan.3",
        ]
        .map(str::to_owned)
        .to_vec();
        let rollup = rollup(&[report]);
        assert_eq!(
            rollup.pitfalls,
            [PitfallCount {
                pitfall: "pitfall.7".to_owned(),
                respondents: 1
            }]
        );
    }

    #[test]
    fn the_plan_follows_the_rounded_mean_overall_score() {
        // Overall scores 0 and 33 -> mean 16.5 -> 17 -> level 1.
        let rollup = rollup(&[all_at(0), all_at(1)]);
        assert_eq!(rollup.overall.as_ref().unwrap().mean, 16.5);
        assert_eq!(rollup.recommendations.last().unwrap(), "plan.1");
    }

    #[test]
    fn disagreement_starts_at_the_threshold() {
        let stats = |std_dev| SpreadStats {
            respondents: 2,
            mean: 50.0,
            std_dev,
            min: 0,
            max: 100,
        };
        assert!(!stats(24.9).disagreement());
        assert!(stats(25.0).disagreement());
        // Governance at 100 and at 50: exactly 25.
        let mut half = Answers::all_at(3);
        half.set("tools", 0);
        let rollup = rollup(&[all_at(3), report_of(half)]);
        let governance = area(&rollup, Area::Governance);
        assert_eq!(
            (governance.stats.mean, governance.stats.std_dev),
            (75.0, 25.0)
        );
        assert!(governance.disagreement);
        assert!(!area(&rollup, Area::Leadership).disagreement);
    }

    fn small_team() -> TeamRollup {
        let mut first = Answers::default();
        first.set("tool_usage", 3);
        first.set("output_quality", 3);
        first.set("kpis", 0);
        let mut second = Answers::default();
        second.set("tool_usage", 1);
        rollup(&[report_of(first), report_of(second)])
    }

    #[test]
    fn english_csv_has_commas_and_decimal_points() {
        assert_eq!(
            csv_in(&small_team(), "en"),
            "\u{feff}area,name,respondents,mean,std_dev,min,max,disagreement\r\n\
             tool_knowledge,Tool knowledge,2,66.5,33.5,33,100,true\r\n\
             measurement,Measuring success,1,0.0,0.0,0,0,false\r\n\
             overall,Overall score,2,41.5,8.5,33,50,false\r\n"
        );
    }

    #[test]
    fn csv_in_a_decimal_comma_language_has_semicolons_and_decimal_commas() {
        let team = small_team();
        assert_eq!(
            csv_in(&team, "de"),
            "\u{feff}area;name;respondents;mean;std_dev;min;max;disagreement\r\n\
             tool_knowledge;Werkzeugkenntnis;2;66,5;33,5;33;100;true\r\n\
             measurement;Erfolgsmessung;1;0,0;0,0;0;0;false\r\n\
             overall;Gesamtpunktzahl;2;41,5;8,5;33;50;false\r\n"
        );
        assert_eq!(
            csv_in(&team, "nb"),
            "\u{feff}area;name;respondents;mean;std_dev;min;max;disagreement\r\n\
             tool_knowledge;Verktøykunnskap;2;66,5;33,5;33;100;true\r\n\
             measurement;Måling av suksess;1;0,0;0,0;0;0;false\r\n\
             overall;Samlet poengsum;2;41,5;8,5;33;50;false\r\n"
        );
    }

    #[test]
    fn every_language_writes_the_csv_its_spreadsheets_expect() {
        let team = small_team();
        for (code, separator, mean) in [
            ("en", ',', "66.5"),
            ("de", ';', "66,5"),
            ("nb", ';', "66,5"),
            ("sv", ';', "66,5"),
            ("da", ';', "66,5"),
        ] {
            let csv = csv_in(&team, code);
            let body = csv
                .strip_prefix(CSV_BOM)
                .expect("the file starts with the BOM");
            let rows: Vec<Vec<&str>> = body
                .split_terminator("\r\n")
                .map(|line| line.split(separator).collect())
                .collect();
            assert_eq!(rows.len(), 4, "{code}");
            assert!(
                rows.iter().all(|row| row.len() == CSV_COLUMNS.len()),
                "{code}: every row has every column: {rows:?}"
            );
            assert_eq!(rows[0], CSV_COLUMNS, "{code}: the column ids never change");
            assert_eq!(rows[1][0], "tool_knowledge");
            assert_eq!(
                rows[1][1],
                ContentTexts::of(code).area_name(Area::ToolKnowledge)
            );
            assert_eq!(rows[1][3], mean, "{code}");
            assert_eq!(rows[3][0], "overall");
            assert!(!body.contains('\u{feff}'), "{code}: one BOM, at the start");
        }
        let swedish = csv_in(&team, "sv");
        assert!(swedish.contains(";Verktygskunskap;"), "{swedish}");
        assert!(swedish.contains(";Totalpoäng;"), "{swedish}");
        assert!(csv_in(&team, "da").contains(";Værktøjskendskab;"));
    }

    #[test]
    fn the_csv_style_follows_the_decimal_separator() {
        let style = |decimal, group| CsvStyle::for_numbers(NumberStyle { decimal, group });
        assert_eq!(style('.', ','), CsvStyle::COMMA);
        assert_eq!(
            style(',', '.'),
            CsvStyle {
                separator: ';',
                decimal: ','
            }
        );
        assert_eq!(style(',', '\u{202f}'), style(',', '.'));
    }

    #[test]
    fn csv_fields_are_quoted_when_they_must_be() {
        assert_eq!(csv_field("tool_knowledge", ','), "tool_knowledge");
        assert_eq!(csv_field("66.5", ','), "66.5");
        assert_eq!(csv_field("", ','), "");
        assert_eq!(csv_field("a,b", ','), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines", ','), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r", ','), "\"cr\r\"");
        // With `;` as the separator, a decimal comma needs no quotes; a `;` does.
        assert_eq!(csv_field("66,5", ';'), "66,5");
        assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\"", ';'), "\"say \"\"hi\"\"\"");
        let mut row = String::new();
        push_row(&mut row, CsvStyle::COMMA, &["plain", "a,b", "\""]);
        assert_eq!(row, "plain,\"a,b\",\"\"\"\"\r\n");
        let semicolons = CsvStyle::for_numbers(NumberStyle {
            decimal: ',',
            group: '.',
        });
        let mut row = String::new();
        push_row(&mut row, semicolons, &["Ja; nein", "66,5", "\"x\""]);
        assert_eq!(row, "\"Ja; nein\";66,5;\"\"\"x\"\"\"\r\n");
    }

    #[test]
    fn a_name_holding_the_separator_or_a_quote_is_quoted_in_the_file() {
        let team = small_team();
        fn name(id: &str) -> &'static str {
            match id {
                "tool_knowledge" => "Tools; \"AI\"",
                "measurement" => "KPIs, reviews",
                _ => "All",
            }
        }
        let semicolons = CsvStyle {
            separator: ';',
            decimal: ',',
        };
        let csv = team.to_csv(semicolons, name);
        assert!(
            csv.contains("\r\ntool_knowledge;\"Tools; \"\"AI\"\"\";2;66,5;"),
            "{csv}"
        );
        assert!(csv.contains("\r\nmeasurement;KPIs, reviews;1;"), "{csv}");
        let csv = team.to_csv(CsvStyle::COMMA, name);
        assert!(
            csv.contains("\r\ntool_knowledge,\"Tools; \"\"AI\"\"\",2,66.5,"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nmeasurement,\"KPIs, reviews\",1,"),
            "{csv}"
        );
    }

    #[test]
    fn json_has_the_schema_fields_and_flat_area_stats() {
        let rollup = rollup(&[all_at(0), all_at(3), all_at(3)]);
        let json: serde_json::Value = serde_json::from_str(&rollup.to_json()).unwrap();
        assert_eq!(json["schema"], TEAM_ROLLUP_SCHEMA);
        assert_eq!(json["schema"], "ai-maturity-check/team-rollup");
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["respondents"], 3);
        assert_eq!(json["overall"]["mean"], 66.7);
        assert_eq!(json["levels"], serde_json::json!([1, 0, 0, 2]));
        let first = &json["areas"][0];
        assert_eq!(first["area"], "tool_knowledge");
        assert_eq!(first["respondents"], 3);
        assert_eq!(first["std_dev"], 47.1);
        assert_eq!(first["min"], 0);
        assert_eq!(first["max"], 100);
        assert_eq!(first["disagreement"], true);
        assert_eq!(json["pitfalls"][0]["pitfall"], "pitfall.3");
        assert_eq!(json["recommendations"].as_array().unwrap().len(), 10);

        let empty: serde_json::Value = serde_json::from_str(&super::rollup(&[]).to_json()).unwrap();
        assert_eq!(empty["overall"], serde_json::Value::Null);
        assert_eq!(empty["respondents"], 0);
    }

    /// Report `index` of a thousand: every answer at `index % 4`, except success measurement,
    /// which nobody has started. Four groups of 250 with known scores.
    fn thousand_structured() -> Vec<ReportV1> {
        (0..1_000)
            .map(|index| {
                let mut answers = Answers::all_at((index % 4) as u8);
                answers.set("kpis", 0);
                answers.set("reviews", 0);
                report_of(answers)
            })
            .collect()
    }

    #[test]
    fn a_thousand_reports_give_the_known_numbers() {
        let rollup = rollup(&thousand_structured());
        assert_eq!(rollup.respondents, 1_000);
        // Overall per group: 0, 31, 62, 92 (twelve areas at the level, measurement at 0).
        assert_eq!(
            rollup.overall,
            Some(SpreadStats {
                respondents: 1_000,
                mean: 46.3,
                std_dev: 34.3,
                min: 0,
                max: 92
            })
        );
        assert_eq!(rollup.levels, [250; 4]);
        let measurement = area(&rollup, Area::Measurement);
        assert_eq!(
            (
                measurement.stats.mean,
                measurement.stats.std_dev,
                measurement.disagreement
            ),
            (0.0, 0.0, false)
        );
        for entry in rollup
            .areas
            .iter()
            .filter(|entry| entry.area != "measurement")
        {
            // Scores 0, 33, 67 and 100, 250 each.
            assert_eq!(
                entry.stats,
                SpreadStats {
                    respondents: 1_000,
                    mean: 50.0,
                    std_dev: 37.3,
                    min: 0,
                    max: 100
                },
                "{}",
                entry.area
            );
            assert!(entry.disagreement);
        }
        let pitfalls = pitfall_counts(&rollup);
        assert_eq!(
            pitfalls,
            [
                ("pitfall.7", 1_000),
                ("pitfall.3", 500),
                ("pitfall.4", 500),
                ("pitfall.6", 500),
                ("pitfall.8", 500),
                ("pitfall.10", 500),
                ("pitfall.1", 250),
                ("pitfall.2", 250),
                ("pitfall.5", 250),
                ("pitfall.9", 250)
            ]
        );
        assert_eq!(
            rollup.recommendations,
            [
                "next.measurement",
                "next.use_cases",
                "next.leadership",
                "pitfall.7",
                "pitfall.3",
                "pitfall.4",
                "pitfall.6",
                "pitfall.8",
                "pitfall.10",
                "plan.1"
            ]
        );
        let csv = csv_in(&rollup, "en");
        assert_eq!(csv.lines().count(), 1 + Area::ALL.len() + 1);
        assert!(csv.ends_with("overall,Overall score,1000,46.3,34.3,0,92,true\r\n"));
        let csv = csv_in(&rollup, "sv");
        assert!(csv.ends_with("overall;Totalpoäng;1000;46,3;34,3;0;92;true\r\n"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;

        use super::*;
        use crate::questionnaire::QUESTIONS;
        use crate::test_support::arbitrary::config;

        /// A respondent's answers: about one in eight left out (a roll of 28 to 31).
        fn respondent() -> impl Strategy<Value = ReportV1> {
            proptest::collection::vec(0u8..32, QUESTIONS.len()).prop_map(|rolls| {
                let mut answers = Answers::default();
                for (question, roll) in QUESTIONS.iter().zip(rolls) {
                    if roll < 28 {
                        answers.set(question.id, roll % 4);
                    }
                }
                report_of(answers)
            })
        }

        proptest! {
            #![proptest_config(config(200))]

            /// Any team's roll-up agrees with a direct count of its reports.
            #[test]
            fn a_varied_team_agrees_with_a_direct_count(
                reports in proptest::collection::vec(respondent(), 1..60)
            ) {
                let rollup = rollup(&reports);
                prop_assert_eq!(rollup.respondents, reports.len());
                prop_assert_eq!(rollup.levels.iter().sum::<usize>(), reports.iter().filter(|report| report.scores.level.is_some()).count());
                for entry in &rollup.areas {
                    let scores: Vec<f64> = reports
                        .iter()
                        .filter_map(|report| report.scores.areas.get(&entry.area))
                        .map(|score| f64::from(*score))
                        .collect();
                    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
                    prop_assert_eq!(entry.stats.respondents, scores.len());
                    prop_assert!((entry.stats.mean - mean).abs() <= 0.05 + 1e-9, "{}: {} for {}", entry.area, entry.stats.mean, mean);
                    prop_assert!(f64::from(entry.stats.min) <= entry.stats.mean);
                    prop_assert!(entry.stats.mean <= f64::from(entry.stats.max));
                    prop_assert!(entry.stats.std_dev.is_finite() && entry.stats.std_dev >= 0.0);
                }
                for number in 1..=Pitfall::COUNT {
                    let id = Pitfall::from_number(number).map(Pitfall::id).unwrap_or_default();
                    let shown = reports
                        .iter()
                        .filter(|report| report.recommendations.contains(&id))
                        .count();
                    let counted = rollup
                        .pitfalls
                        .iter()
                        .find(|count| count.pitfall == id)
                        .map_or(0, |count| count.respondents);
                    prop_assert_eq!(counted, shown, "{}", id);
                }
                prop_assert!(rollup
                    .pitfalls
                    .windows(2)
                    .all(|pair| pair[0].respondents >= pair[1].respondents));
            }
        }
    }
}
