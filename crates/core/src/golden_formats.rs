//! Tests only: every document the widget writes, compared byte for byte with the file serde_json
//! wrote for the same values (`golden/`), produced before the widget's own writer (`core::json`)
//! replaced serde_json. A change to a format shows here as a changed golden file, on purpose.
//!
//! The values cover what the formats meet: a full report (answers, use cases, the simulation),
//! one without the ROI estimate, an unfinished one, and one whose numbers are the floats that
//! are hard to write (0.1 + 0.2, 1e-7, large amounts of money, the extremes of f64, -0, NaN),
//! whose texts need escapes; the stored history, the "export everything" bundle, the team
//! roll-up, share-link payloads and the report sent to the host page.

use std::path::PathBuf;

use super::history::{self, EntryOrigin, History, HistoryEntry};
use super::host_messages::Detail;
use super::progress::Progress;
use super::report::ReportV1;
use super::roi::{Horizon, RoiField, UseCase};
use super::rollup::rollup;
use super::share_link::result_payload;
use super::test_support::{at, completed, norwegian_report, two_use_cases, varied_progress};

/// A complete assessment with entered ROI values, two use cases and a 24-month horizon.
fn full_report() -> ReportV1 {
    let mut progress = varied_progress();
    progress.roi.entered.insert(RoiField::HourlyCost, 61.5);
    progress.roi.horizon = Horizon::Months24;
    progress.roi.use_cases = Some(two_use_cases());
    norwegian_report(&progress)
}

/// The full report with hard floats and texts in every kind of place.
fn float_report() -> ReportV1 {
    let mut report = full_report();
    report.exported_at = at(1_795_000_400) + chrono::TimeDelta::nanoseconds(123_456_789);
    report.started_at = None;
    report.widget_version = "0.1.0 \"quoted\" \\ \u{1}\u{7f}\u{2028} æ 😀".to_owned();
    let floats = [
        0.1 + 0.2,
        1e-7,
        123_456_789_012.34,
        9_007_199_254_740_993.0,
        1e15,
        1e16,
        1e17,
        1.5e300,
        5e-324,
        -0.0,
        0.0,
        1e21,
        12_345_678_901_234_567_890.0,
        0.000_123,
        1.0 / 3.0,
        f64::MAX,
        f64::MIN_POSITIVE,
        100.0,
        2.5e-5,
        1e-5,
        1e-6,
        -1_234.5e-10,
        f64::NAN,
        f64::INFINITY,
    ];
    let mut next = floats.iter().copied().cycle();
    let roi = report.roi.as_mut().expect("an ROI estimate");
    for input in &mut roi.inputs {
        input.value = next.next().unwrap_or_default();
    }
    if let Some(cases) = roi.use_cases.as_mut() {
        cases.push(UseCase {
            name: "tab\tnew line\n\u{0}\u{8}\u{c}\r/".to_owned(),
            hours_per_week: 1e-7,
            people: 0.1 + 0.2,
        });
    }
    if let Some(outcome) = roi.outcome.as_mut() {
        outcome.benefit = 123_456_789_012.34;
        outcome.cost = 1e21;
        outcome.net_benefit = -0.0;
        outcome.roi_pct = 5e-324;
        for month in &mut outcome.months {
            month.cumulative_cost = next.next().unwrap_or_default();
            month.cumulative_benefit = next.next().unwrap_or_default();
        }
    }
    if let Some(uncertainty) = roi.uncertainty.as_mut() {
        uncertainty.roi_pct.p10 = f64::MAX;
        uncertainty.net_benefit.p50 = -1e-300;
        uncertainty.payback_within_horizon_pct = 0.1 + 0.2;
        for range in &mut uncertainty.ranges {
            range.low = next.next().unwrap_or_default();
            range.likely = next.next().unwrap_or_default();
        }
    }
    for row in &mut roi.sensitivity {
        row.roi_low = next.next().unwrap_or_default();
    }
    roi.sensitivity_step_pct = 1e16;
    report
}

/// Nothing answered and no estimate: empty maps and lists, null scores and times.
fn unfinished_report() -> ReportV1 {
    let progress = Progress {
        started_at: Some(at(1_795_000_000)),
        ..Progress::default()
    };
    ReportV1::build_without_roi(&progress, "de", at(1_795_000_400))
}

/// The full report without the simulation (as when the estimate cannot be computed).
fn report_without_uncertainty() -> ReportV1 {
    let mut report = full_report();
    if let Some(roi) = report.roi.as_mut() {
        roi.uncertainty = None;
        roi.outcome = None;
        roi.error = Some("no_cost".to_owned());
        roi.use_cases = None;
        roi.inputs.reverse();
    }
    report
}

fn history() -> History {
    let mut history = History::default();
    let mut named = HistoryEntry::new(full_report(), EntryOrigin::Completed, at(1_795_000_500));
    named.name = "Before \"the\" pilot \\ æ".to_owned();
    history.add(named);
    history.add(HistoryEntry::new(
        unfinished_report(),
        EntryOrigin::Imported,
        at(1_795_000_600),
    ));
    let older = ReportV1::build(&completed(|_| 1, 1_000), "en", at(1_100));
    history.add(HistoryEntry::new(older, EntryOrigin::Imported, at(1_200)));
    history
}

/// Every golden document: its file name and what the widget writes today.
fn documents() -> Vec<(&'static str, String)> {
    let team = [
        full_report(),
        ReportV1::build(
            &completed(|index| (index % 2) as u8 * 3, 5_000),
            "en",
            at(5_100),
        ),
        ReportV1::build(&completed(|_| 1, 6_000), "sv", at(6_100)),
    ];
    vec![
        ("report_full.json", full_report().to_json()),
        ("report_floats.json", float_report().to_json()),
        ("report_unfinished.json", unfinished_report().to_json()),
        (
            "report_without_uncertainty.json",
            report_without_uncertainty().to_json(),
        ),
        ("history_stored.json", history::encode(&history())),
        (
            "history_bundle.json",
            history::bundle_json(&history(), at(1_795_000_700)),
        ),
        (
            "history_bundle_empty.json",
            history::bundle_json(&History::default(), at(0)),
        ),
        ("rollup.json", rollup(&team).to_json()),
        ("rollup_empty.json", rollup(&[]).to_json()),
        ("share_full.json", result_payload(&full_report())),
        ("share_floats.json", result_payload(&float_report())),
        (
            "share_unfinished.json",
            result_payload(&unfinished_report()),
        ),
        (
            "share_without_uncertainty.json",
            result_payload(&report_without_uncertainty()),
        ),
        ("host_report.json", full_report().to_json_compact()),
        ("host_report_floats.json", float_report().to_json_compact()),
    ]
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/golden")
}

#[test]
fn every_document_is_written_as_serde_json_wrote_it() {
    for (name, written) in documents() {
        let path = golden_dir().join(name);
        let golden =
            std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(
            written == golden,
            "{name} differs from its golden file:\n{written}"
        );
    }
}

trait Compact {
    fn to_json_compact(&self) -> String;
}

impl Compact for ReportV1 {
    fn to_json_compact(&self) -> String {
        Detail::to_json(self)
    }
}
