//! Links that carry a result, or answers in progress, in the page address after `#`: a URL
//! fragment never leaves the browser, so a result travels by chat or e-mail without a server.
//!
//! A link's fragment (or the same text pasted alone, a "code") is
//! `aimc<version>:<kind>:<instance>:<data>`: the format id `aimc` with its version (1), the kind
//! (`r` a result, `p` answers in progress), the id of the instance that made it (may be empty),
//! and the payload, compressed as raw DEFLATE (the browser's `CompressionStream("deflate-raw")`)
//! and base64url-encoded without padding. The payload of a result holds what the person gave
//! (answers, ROI inputs, times, language), never a derived number: scores, recommendations and
//! the estimate are computed anew. The payload of answers in progress is the stored progress
//! record (`saved_progress`), which carries the screen, so the other device resumes at the same
//! question.
//!
//! What it deliberately does not do: compress (the browser edge does, so the WebAssembly holds
//! no compressor or decompressor) or trust anything. A result's payload is expanded into a report
//! and goes through `import::report_from_value`, the very checks an imported file passes, so a
//! damaged, foreign, newer or out-of-range link is refused with the reason and nothing is added.

use std::collections::BTreeMap;

use super::import::{current_questionnaire, report_from_value, ImportError, ImportPurpose};
use super::json::Json;
use super::progress::Progress;
use super::questionnaire::{QUESTIONNAIRE_VERSION, QUESTIONS};
use super::report::{ReportV1, REPORT_SCHEMA, REPORT_SCHEMA_VERSION};
use super::roi::{FIELDS, SENSITIVITY_STEP};
use super::saved_progress;
use super::timestamp;
use crate::import::ImportedReport;

/// The format id every link starts with, before its version.
pub const FORMAT_ID: &str = "aimc";
/// The version of the link format this widget writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Longer codes are refused before decoding (a result with an ROI estimate is a few hundred
/// characters; one with 50 long use-case names a few thousand).
pub const MAX_CODE_CHARS: usize = 16_384;
/// A decompressed payload larger than this is refused (DEFLATE can expand a short code a
/// thousandfold).
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;
/// Instance ids in a link: what `instance_config` accepts.
const MAX_INSTANCE_CHARS: usize = 64;

/// What a link carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A completed result.
    Result,
    /// Answers in progress, to continue on another device.
    Progress,
}

impl LinkKind {
    fn letter(self) -> &'static str {
        match self {
            LinkKind::Result => "r",
            LinkKind::Progress => "p",
        }
    }

    /// The kind's name in the `aimc:share` event's detail.
    pub fn id(self) -> &'static str {
        match self {
            LinkKind::Result => "result",
            LinkKind::Progress => "progress",
        }
    }
}

/// Why a link or code cannot be used. The first failing check decides.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Not a link of this widget (another page's `#section`, or any other text).
    NotALink,
    /// Longer than [`MAX_CODE_CHARS`], or expanding beyond [`MAX_PAYLOAD_BYTES`].
    TooLong,
    /// Cut off, mistyped or otherwise damaged: bad base64url, bad DEFLATE, not JSON, or a
    /// payload of the wrong shape.
    Damaged,
    /// Made by a newer widget (this version of the link format, or of the report or progress
    /// inside it).
    NewerVersion(u32),
    /// A value outside what the widget writes, at this path of the report.
    OutOfRange(String),
}

impl ShareError {
    /// Every key [`ShareError::text_key`] returns, for the content tests.
    pub const TEXT_KEYS: [&'static str; 5] = [
        "ui.share.error.not_a_link",
        "ui.share.error.too_long",
        "ui.share.error.damaged",
        "ui.share.error.newer_version",
        "ui.share.error.out_of_range",
    ];

    /// The content key of the message shown to the person (`{path}` for out of range).
    pub fn text_key(&self) -> &'static str {
        match self {
            ShareError::NotALink => "ui.share.error.not_a_link",
            ShareError::TooLong => "ui.share.error.too_long",
            ShareError::Damaged => "ui.share.error.damaged",
            ShareError::NewerVersion(_) => "ui.share.error.newer_version",
            ShareError::OutOfRange(_) => "ui.share.error.out_of_range",
        }
    }
}

impl From<ImportError> for ShareError {
    fn from(error: ImportError) -> ShareError {
        match error {
            ImportError::TooLarge { .. } => ShareError::TooLong,
            ImportError::NotJson => ShareError::Damaged,
            ImportError::NotOurFormat => ShareError::NotALink,
            ImportError::NewerVersion(version) => ShareError::NewerVersion(version),
            ImportError::OutOfRange(path) => ShareError::OutOfRange(path),
        }
    }
}

/// A link taken apart: what it carries, for which instance, and the still compressed payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub kind: LinkKind,
    /// The instance that made the link; empty when it named none.
    pub instance: String,
    pub compressed: Vec<u8>,
}

/// Whether a page address's fragment (with its `#`) looks like one of our links: the cheap
/// test the first screens make before fetching any code to read it.
pub fn looks_like_link(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .and_then(|rest| rest.strip_prefix(FORMAT_ID))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The code of a link: `aimc1:…` for `compressed`, the payload of `kind` made by `instance`.
pub fn code(kind: LinkKind, instance: &str, compressed: &[u8]) -> String {
    format!(
        "{FORMAT_ID}{FORMAT_VERSION}:{}:{instance}:{}",
        kind.letter(),
        base64url_encode(compressed)
    )
}

/// Takes a link, a fragment (`#aimc1:…`) or a bare code apart. Whitespace around it is ignored.
pub fn parse(text: &str) -> Result<Envelope, ShareError> {
    let text = text.trim();
    if text.len() > MAX_CODE_CHARS {
        return Err(ShareError::TooLong);
    }
    // A whole link: the fragment is what follows the last `#`.
    let code = text.rsplit_once('#').map_or(text, |(_, code)| code);
    let mut parts = code.splitn(4, ':');
    let head = parts.next().unwrap_or_default();
    let version = head
        .strip_prefix(FORMAT_ID)
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()))
        .ok_or(ShareError::NotALink)?;
    // Too many digits for a u32 is a version far newer than this one.
    let version = version.parse::<u32>().unwrap_or(u32::MAX);
    if version == 0 {
        return Err(ShareError::NotALink);
    }
    if version > FORMAT_VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    let (Some(kind), Some(instance), Some(data)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(ShareError::Damaged);
    };
    let kind = match kind {
        "r" => LinkKind::Result,
        "p" => LinkKind::Progress,
        _ => return Err(ShareError::Damaged),
    };
    let instance_ok = instance.len() <= MAX_INSTANCE_CHARS
        && instance
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
    if !instance_ok {
        return Err(ShareError::Damaged);
    }
    let compressed = base64url_decode(data).ok_or(ShareError::Damaged)?;
    if compressed.is_empty() {
        return Err(ShareError::Damaged);
    }
    Ok(Envelope {
        kind,
        instance: instance.to_owned(),
        compressed,
    })
}

/// What a link held, checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Result(Box<ImportedReport>),
    Progress(Progress),
}

/// The payload of a result: the report's inputs without anything derived (see the README's
/// "Links" for the fields).
pub fn result_payload(report: &ReportV1) -> String {
    // A report answered on an earlier questionnaire is carried over first, so the answers can
    // be written in the current questionnaire's order.
    let migrated;
    let report = if report.questionnaire_version < QUESTIONNAIRE_VERSION {
        match current_questionnaire(report.clone()) {
            Ok(imported) => {
                migrated = imported.report;
                &migrated
            }
            Err(_) => report,
        }
    } else {
        report
    };
    let answers: String = QUESTIONS
        .iter()
        .map(|question| match report.answers.get(question.id) {
            Some(level) => char::from(b'0' + level.min(&9)),
            None => '-',
        })
        .collect();
    let time = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map_or(Json::Null, |at| Json::String(timestamp::write(at)))
    };
    // Members by name, as serde_json's `json!` (a sorted map) wrote them.
    let mut payload = vec![
        ("a".to_owned(), Json::String(answers)),
        ("l".to_owned(), Json::string(&report.language)),
        ("q".to_owned(), Json::unsigned(QUESTIONNAIRE_VERSION)),
    ];
    if let Some(roi) = &report.roi {
        let fields: Vec<Json> = roi
            .inputs
            .iter()
            .map(|input| Json::string(input.field.id()))
            .collect();
        let mut roi_part = vec![("c".to_owned(), Json::string(roi.currency.code()))];
        // The fields are in the widget's order; only a report in another order names them.
        if !in_field_order(&fields) {
            roi_part.push(("f".to_owned(), Json::Array(fields)));
        }
        roi_part.extend([
            ("h".to_owned(), Json::unsigned(roi.horizon_months)),
            (
                "s".to_owned(),
                Json::list(&roi.inputs, |input| {
                    Json::String(short_source(&input.source))
                }),
            ),
        ]);
        if let Some(use_cases) = &roi.use_cases {
            let rows = Json::list(use_cases, |case| {
                Json::Array(vec![
                    Json::string(&case.name),
                    Json::exact_float(case.hours_per_week),
                    Json::exact_float(case.people),
                ])
            });
            roi_part.push(("u".to_owned(), rows));
        }
        roi_part.push((
            "v".to_owned(),
            Json::list(&roi.inputs, |input| Json::exact_float(input.value)),
        ));
        payload.push(("r".to_owned(), Json::Object(roi_part)));
    }
    payload.extend([
        (
            "t".to_owned(),
            Json::Array(vec![
                time(report.started_at),
                time(report.completed_at),
                time(Some(report.exported_at)),
            ]),
        ),
        ("w".to_owned(), Json::string(&report.widget_version)),
    ]);
    Json::Object(payload).to_text()
}

/// The payload of answers in progress: the stored progress record.
pub fn progress_payload(progress: &Progress) -> String {
    saved_progress::encode(progress)
}

/// Reads a decompressed payload of `kind`. A result is checked as an imported file is, for
/// `purpose` (kept and shown, or rolled up).
pub fn read_payload(
    kind: LinkKind,
    payload: &[u8],
    purpose: ImportPurpose,
) -> Result<Shared, ShareError> {
    if payload.len() > MAX_PAYLOAD_BYTES {
        return Err(ShareError::TooLong);
    }
    let text = std::str::from_utf8(payload).map_err(|_| ShareError::Damaged)?;
    match kind {
        LinkKind::Progress => saved_progress::decode(text)
            .map(|progress| Shared::Progress(progress.normalised()))
            .map_err(|error| match error {
                saved_progress::DecodeError::Unreadable => ShareError::Damaged,
                saved_progress::DecodeError::NewerVersion(version) => {
                    ShareError::NewerVersion(version)
                }
            }),
        LinkKind::Result => {
            let value = Json::parse_as_value(text).ok_or(ShareError::Damaged)?;
            let report = expand(&value)?;
            let imported = report_from_value(purpose, report)?;
            Ok(Shared::Result(Box::new(imported)))
        }
    }
}

/// A result's payload written out as the report JSON an export holds, with empty derived parts
/// (the import computes them anew), so the import's checks see what a file would show.
fn expand(payload: &Json) -> Result<Json, ShareError> {
    payload.members().ok_or(ShareError::Damaged)?;
    let questionnaire = payload.get("q").cloned().ok_or(ShareError::Damaged)?;
    if questionnaire.as_u64() != Some(u64::from(QUESTIONNAIRE_VERSION)) {
        // Answers are written in the order of the questionnaire they were given to; this
        // widget knows its own order only.
        return match questionnaire.as_u64() {
            Some(newer) if newer > u64::from(QUESTIONNAIRE_VERSION) => Err(
                ShareError::NewerVersion(u32::try_from(newer).unwrap_or(u32::MAX)),
            ),
            _ => Err(ShareError::OutOfRange("questionnaire_version".to_owned())),
        };
    }
    let text = |key: &str| payload.get(key).and_then(Json::as_str);
    let answers_text = text("a").ok_or(ShareError::Damaged)?;
    if answers_text.chars().count() != QUESTIONS.len() {
        return Err(ShareError::OutOfRange("answers".to_owned()));
    }
    // By id, as a parsed file's members are (`Json::parse_as_value`), so the import's checks
    // meet them in the same order.
    let mut answers = BTreeMap::new();
    for (question, mark) in QUESTIONS.iter().zip(answers_text.chars()) {
        match mark {
            '-' => {}
            digit => {
                let level = digit
                    .to_digit(10)
                    .ok_or_else(|| ShareError::OutOfRange(format!("answers.{}", question.id)))?;
                answers.insert(question.id.to_owned(), Json::unsigned(level));
            }
        }
    }
    let Some(Json::Array(times)) = payload.get("t") else {
        return Err(ShareError::Damaged);
    };
    let [started, completed, exported] = times.as_slice() else {
        return Err(ShareError::Damaged);
    };
    let mut report = vec![
        ("schema".to_owned(), Json::string(REPORT_SCHEMA)),
        (
            "schema_version".to_owned(),
            Json::unsigned(REPORT_SCHEMA_VERSION),
        ),
        (
            "widget_version".to_owned(),
            Json::string(text("w").ok_or(ShareError::Damaged)?),
        ),
        ("questionnaire_version".to_owned(), questionnaire),
        (
            "language".to_owned(),
            Json::string(text("l").ok_or(ShareError::Damaged)?),
        ),
        ("started_at".to_owned(), started.clone()),
        ("completed_at".to_owned(), completed.clone()),
        ("exported_at".to_owned(), exported.clone()),
        (
            "answers".to_owned(),
            Json::Object(answers.into_iter().collect()),
        ),
        (
            "scores".to_owned(),
            Json::object([("areas", Json::Object(Vec::new()))]),
        ),
        ("recommendations".to_owned(), Json::Array(Vec::new())),
    ];
    if let Some(roi) = payload.get("r") {
        report.push(("roi".to_owned(), expand_roi(roi)?));
    }
    Ok(Json::Object(report))
}

fn expand_roi(roi: &Json) -> Result<Json, ShareError> {
    roi.members().ok_or(ShareError::Damaged)?;
    let (Some(Json::Array(values)), Some(Json::Array(sources))) = (roi.get("v"), roi.get("s"))
    else {
        return Err(ShareError::Damaged);
    };
    let fields: Vec<Json> = match roi.get("f") {
        None => FIELDS
            .iter()
            .map(|spec| Json::string(spec.field.id()))
            .collect(),
        Some(Json::Array(fields)) => fields.clone(),
        Some(_) => return Err(ShareError::Damaged),
    };
    if values.len() != fields.len() || sources.len() != fields.len() {
        return Err(ShareError::OutOfRange("roi.inputs".to_owned()));
    }
    let inputs: Vec<Json> = fields
        .into_iter()
        .zip(values)
        .zip(sources)
        .map(|((field, value), source)| {
            let source = source.as_str().map(long_source).unwrap_or_default();
            Json::object([
                ("field", field),
                ("value", value.clone()),
                ("source", Json::String(source)),
            ])
        })
        .collect();
    let use_cases = match roi.get("u") {
        None => Json::Null,
        Some(Json::Array(rows)) => Json::Array(
            rows.iter()
                .map(|row| match row.items() {
                    Some([name, hours, people]) => Ok(Json::object([
                        ("name", name.clone()),
                        ("hours_per_week", hours.clone()),
                        ("people", people.clone()),
                    ])),
                    _ => Err(ShareError::Damaged),
                })
                .collect::<Result<_, _>>()?,
        ),
        Some(_) => return Err(ShareError::Damaged),
    };
    let member = |key: &str| roi.get(key).cloned().unwrap_or(Json::Null);
    Ok(Json::object([
        ("currency", member("c")),
        ("horizon_months", member("h")),
        ("inputs", Json::Array(inputs)),
        ("use_cases", use_cases),
        ("outcome", Json::Null),
        ("error", Json::Null),
        (
            "sensitivity_step_pct",
            Json::exact_float(SENSITIVITY_STEP * 100.0),
        ),
        ("sensitivity", Json::Array(Vec::new())),
        ("plausibility_notes", Json::Array(Vec::new())),
    ]))
}

fn in_field_order(fields: &[Json]) -> bool {
    fields.len() == FIELDS.len()
        && FIELDS
            .iter()
            .zip(fields)
            .all(|(spec, field)| field.as_str() == Some(spec.field.id()))
}

/// An input's source as the payload writes it: `e`, `a`, `l`, `u`, or a seed's three digits.
fn short_source(source: &str) -> String {
    match source {
        "entered" => "e".to_owned(),
        "assumption" => "a".to_owned(),
        "assessment_level" => "l".to_owned(),
        "use_cases" => "u".to_owned(),
        other => other.strip_prefix("seed_").unwrap_or(other).to_owned(),
    }
}

/// The source a payload's short one stands for; anything else is passed on for the import's
/// check to refuse.
fn long_source(short: &str) -> String {
    match short {
        "e" => "entered".to_owned(),
        "a" => "assumption".to_owned(),
        "l" => "assessment_level".to_owned(),
        "u" => "use_cases".to_owned(),
        seed if !seed.is_empty() && seed.bytes().all(|byte| byte.is_ascii_digit()) => {
            format!("seed_{seed}")
        }
        other => other.to_owned(),
    }
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url (RFC 4648 §5) without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |group, (index, byte)| {
                group | u32::from(*byte) << (16 - 8 * index)
            });
        for index in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * index)) & 0x3f;
            out.push(char::from(BASE64URL[sextet as usize]));
        }
    }
    out
}

/// The bytes of base64url text without padding (a trailing `=` is tolerated); `None` for any
/// other character or an impossible length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0_u32;
        for (index, byte) in chunk.iter().enumerate() {
            let value = BASE64URL.iter().position(|known| known == byte)?;
            group |= (value as u32) << (18 - 6 * index);
        }
        for index in 0..chunk.len() - 1 {
            out.push((group >> (16 - 8 * index)) as u8);
        }
    }
    Some(out)
}

// Native only: the browser's CompressionStream is stood in for by miniz_oxide, a native
// dev-dependency like proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::history::HistoryEntry;
    use crate::import::Migration;
    use crate::locale::Currency;
    use crate::progress::Screen;
    use crate::roi::{RoiField, UseCase};
    use crate::test_support::{at, completed};
    use miniz_oxide::deflate::compress_to_vec;
    use miniz_oxide::inflate::decompress_to_vec;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// What the browser edge does with `CompressionStream("deflate-raw")`.
    fn link_of(kind: LinkKind, payload: &str) -> String {
        format!(
            "https://example.org/page#{}",
            code(kind, "team", &compress_to_vec(payload.as_bytes(), 9))
        )
    }

    /// What opening a link does: take it apart, inflate, read.
    fn open(link: &str, purpose: ImportPurpose) -> Result<Shared, ShareError> {
        let envelope = parse(link)?;
        let payload = decompress_to_vec(&envelope.compressed).map_err(|_| ShareError::Damaged)?;
        read_payload(envelope.kind, &payload, purpose)
    }

    fn shared_report(link: &str) -> ImportedReport {
        match open(link, ImportPurpose::Keep) {
            Ok(Shared::Result(imported)) => *imported,
            other => panic!("not a result: {other:?}"),
        }
    }

    fn full_report() -> ReportV1 {
        let mut progress = completed(|index| (index % 4) as u8, 1_795_000_300);
        progress.currency = Currency::NOK;
        progress.roi.entered.insert(RoiField::Employees, 40.0);
        progress.roi.entered.insert(RoiField::HourlyCost, 612.5);
        ReportV1::build(&progress, "nb", at(1_795_000_400))
    }

    /// The same result, as the import would rebuild it from a file.
    fn as_imported(report: &ReportV1) -> ImportedReport {
        report_from_value(
            ImportPurpose::Keep,
            Json::parse_as_value(&report.to_json()).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn a_full_result_round_trips_as_an_import_of_its_file_would() {
        let report = full_report();
        let link = link_of(LinkKind::Result, &result_payload(&report));
        let shared = shared_report(&link);
        assert_eq!(shared, as_imported(&report));
        assert_eq!(shared.report.answers, report.answers);
        assert_eq!(shared.report.scores, report.scores);
        assert_eq!(shared.report.recommendations, report.recommendations);
        assert_eq!(
            shared.report.roi, report.roi,
            "the estimate is computed anew"
        );
        assert_eq!(parse(&link).unwrap().instance, "team");
    }

    #[test]
    fn a_result_with_use_cases_and_another_horizon_round_trips() {
        let mut progress = completed(|index| (index % 3) as u8, 1_795_000_300);
        progress.roi.use_cases = Some(vec![
            UseCase {
                name: "Meeting notes, \"quoted\" & <b>bold</b> ✓".to_owned(),
                hours_per_week: 1.5,
                people: 12.0,
            },
            UseCase {
                name: "Code review".to_owned(),
                hours_per_week: 3.0,
                people: 4.0,
            },
        ]);
        progress.roi.horizon = crate::roi::Horizon::ALL[0];
        let report = ReportV1::build(&progress, "de", at(1_795_000_400));
        let shared = shared_report(&link_of(LinkKind::Result, &result_payload(&report)));
        assert_eq!(shared, as_imported(&report));
        assert_eq!(
            shared.report.roi.unwrap().use_cases,
            progress.roi.use_cases,
            "use cases, names included"
        );
    }

    #[test]
    fn a_result_without_roi_round_trips_marked_as_such() {
        let progress = completed(|_| 2, 1_795_000_300);
        let report = ReportV1::build_without_roi(&progress, "sv", at(1_795_000_400));
        let shared = shared_report(&link_of(LinkKind::Result, &result_payload(&report)));
        assert_eq!(shared.migration, Some(Migration::WithoutRoi));
        assert_eq!(shared, as_imported(&report));
    }

    #[test]
    fn a_result_of_the_earlier_questionnaire_goes_as_todays() {
        let mut report = full_report();
        report.questionnaire_version = 1;
        let today = current_questionnaire(report.clone()).unwrap().report;
        let shared = shared_report(&link_of(LinkKind::Result, &result_payload(&report)));
        assert_eq!(shared.report.answers, today.answers);
        assert_eq!(shared.report.questionnaire_version, QUESTIONNAIRE_VERSION);
    }

    #[test]
    fn a_shared_result_is_the_same_history_entry_as_the_original() {
        let report = full_report();
        let shared = shared_report(&link_of(LinkKind::Result, &result_payload(&report)));
        let now = at(1_795_000_500);
        assert_eq!(
            HistoryEntry::new(shared.report, crate::history::EntryOrigin::Imported, now).id,
            HistoryEntry::new(report, crate::history::EntryOrigin::Imported, now).id,
        );
    }

    #[test]
    fn answers_in_progress_round_trip_at_the_same_question() {
        let mut progress = completed(|index| (index % 4) as u8, 1_795_000_300);
        progress.completed_at = None;
        progress.answers = Default::default();
        for question in &QUESTIONS[..5] {
            progress.answers.set(question.id, 1);
        }
        progress.screen = Screen::Question(5);
        progress.language = Some(crate::lang::Lang::from_tag("da").unwrap());
        let link = link_of(LinkKind::Progress, &progress_payload(&progress));
        assert_eq!(
            open(&link, ImportPurpose::Keep),
            Ok(Shared::Progress(progress))
        );
    }

    #[test]
    fn a_full_result_with_an_estimate_fits_a_chat_message() {
        let link_code = code(
            LinkKind::Result,
            "",
            &compress_to_vec(result_payload(&full_report()).as_bytes(), 9),
        );
        assert!(link_code.len() < 600, "{} characters", link_code.len());
    }

    #[test]
    fn the_largest_result_a_person_can_make_still_opens() {
        // 50 use cases (the most an import takes) with 120-character names that do not repeat.
        let mut seed: u64 = 17;
        let mut progress = completed(|index| (index % 4) as u8, 1_795_000_300);
        for spec in FIELDS {
            progress
                .roi
                .entered
                .insert(spec.field, spec.max * 0.987_654_321);
        }
        progress.roi.use_cases = Some(
            (0..crate::import::MAX_USE_CASES)
                .map(|index| UseCase {
                    name: (0..120)
                        .map(|_| {
                            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                            char::from(b'a' + (seed >> 59) as u8 % 26)
                        })
                        .collect(),
                    hours_per_week: 1.25 + index as f64,
                    people: 3.0 + index as f64,
                })
                .collect(),
        );
        let report = ReportV1::build(&progress, "en", at(1_795_000_400));
        let largest = link_of(LinkKind::Result, &result_payload(&report));
        let typical = link_of(LinkKind::Result, &result_payload(&full_report()));
        println!(
            "link lengths: typical {}, largest {} characters",
            typical.len(),
            largest.len()
        );
        assert!(largest.len() < MAX_CODE_CHARS);
        assert_eq!(shared_report(&largest), as_imported(&report));
    }

    #[test]
    fn foreign_newer_and_damaged_links_are_refused_with_their_reason() {
        let good = link_of(LinkKind::Result, &result_payload(&full_report()));
        assert_eq!(
            parse("https://example.org/#section-2"),
            Err(ShareError::NotALink)
        );
        assert_eq!(parse("hello"), Err(ShareError::NotALink));
        assert_eq!(parse("#aimc0:r::AAAA"), Err(ShareError::NotALink));
        assert_eq!(parse("#aimc2:r::AAAA"), Err(ShareError::NewerVersion(2)));
        assert_eq!(
            parse("#aimc99999999999:r::AAAA"),
            Err(ShareError::NewerVersion(u32::MAX))
        );
        assert_eq!(parse("#aimc1:x::AAAA"), Err(ShareError::Damaged));
        assert_eq!(parse("#aimc1:r:<b>:AAAA"), Err(ShareError::Damaged));
        assert_eq!(parse("#aimc1:r::A"), Err(ShareError::Damaged));
        assert_eq!(parse("#aimc1:r::Ab*d"), Err(ShareError::Damaged));
        assert_eq!(parse("#aimc1:r"), Err(ShareError::Damaged));
        let long = format!("#aimc1:r::{}", "A".repeat(MAX_CODE_CHARS));
        assert_eq!(parse(&long), Err(ShareError::TooLong));
        // Cut off when copied.
        let cut = &good[..good.len() - 20];
        assert_eq!(open(cut, ImportPurpose::Keep), Err(ShareError::Damaged));
    }

    #[test]
    fn payloads_failing_the_imports_checks_are_refused_at_their_path() {
        let read =
            |payload: &str| read_payload(LinkKind::Result, payload.as_bytes(), ImportPurpose::Keep);
        let good: Value = serde_json::from_str(&result_payload(&full_report())).unwrap();
        let with = |key: &str, value: Value| {
            let mut payload = good.clone();
            payload[key] = value;
            payload.to_string()
        };
        let mut answers: Vec<char> = good["a"].as_str().unwrap().chars().collect();
        answers[0] = '7';
        let seven: String = answers.iter().collect();
        assert_eq!(
            read(&with("a", json!(seven))),
            Err(ShareError::OutOfRange(format!(
                "answers.{}",
                QUESTIONS[0].id
            )))
        );
        answers[0] = 'x';
        let letter: String = answers.iter().collect();
        assert!(matches!(
            read(&with("a", json!(letter))),
            Err(ShareError::OutOfRange(_))
        ));
        assert_eq!(
            read(&with("a", json!("012"))),
            Err(ShareError::OutOfRange("answers".to_owned()))
        );
        assert_eq!(
            read(&with("l", json!("xx"))),
            Err(ShareError::OutOfRange("language".to_owned()))
        );
        assert_eq!(
            read(&with("q", json!(QUESTIONNAIRE_VERSION + 1))),
            Err(ShareError::NewerVersion(QUESTIONNAIRE_VERSION + 1))
        );
        let mut roi = good["r"].clone();
        roi["v"][0] = json!(-5);
        assert_eq!(
            read(&with("r", roi)),
            Err(ShareError::OutOfRange("roi.inputs[0].value".to_owned()))
        );
        let mut roi = good["r"].clone();
        roi["s"][1] = json!("made_up");
        assert_eq!(
            read(&with("r", roi)),
            Err(ShareError::OutOfRange("roi.inputs[1].source".to_owned()))
        );
        let mut roi = good["r"].clone();
        roi["h"] = json!(7);
        assert_eq!(
            read(&with("r", roi)),
            Err(ShareError::OutOfRange("roi.horizon_months".to_owned()))
        );
        assert_eq!(read("[1,2"), Err(ShareError::Damaged));
        assert_eq!(read("{}"), Err(ShareError::Damaged));
        assert_eq!(
            read_payload(LinkKind::Progress, b"{\"version\":9}", ImportPurpose::Keep),
            Err(ShareError::NewerVersion(9))
        );
        assert_eq!(
            read_payload(LinkKind::Result, &[0xff, 0xfe], ImportPurpose::Keep),
            Err(ShareError::Damaged)
        );
        let huge = vec![b' '; MAX_PAYLOAD_BYTES + 1];
        assert_eq!(
            read_payload(LinkKind::Result, &huge, ImportPurpose::Keep),
            Err(ShareError::TooLong)
        );
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for length in 0..40_usize {
            let bytes: Vec<u8> = (0..length).map(|index| (index * 37 + 11) as u8).collect();
            let text = base64url_encode(&bytes);
            assert!(!text.contains(['+', '/', '=']));
            assert_eq!(base64url_decode(&text), Some(bytes));
        }
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
    }

    #[test]
    fn only_our_fragments_look_like_links() {
        assert!(looks_like_link("#aimc1:r::AAAA"));
        assert!(looks_like_link("#aimc7"));
        assert!(!looks_like_link("#aimc-faq"));
        assert!(!looks_like_link("#top"));
        assert!(!looks_like_link(""));
        assert!(!looks_like_link("aimc1:r::AAAA"));
    }

    proptest! {
        #[test]
        fn any_text_is_refused_or_read_without_panic(text in ".{0,300}") {
            let _ = open(&text, ImportPurpose::Keep);
            let _ = open(&format!("#aimc1:r::{text}"), ImportPurpose::RollUp);
            let _ = open(&format!("#aimc1:p:x:{text}"), ImportPurpose::Keep);
        }

        #[test]
        fn any_payload_is_refused_or_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            for kind in [LinkKind::Result, LinkKind::Progress] {
                let _ = read_payload(kind, &bytes, ImportPurpose::Keep);
                let link = format!("#{}", code(kind, "", &compress_to_vec(&bytes, 6)));
                let _ = open(&link, ImportPurpose::Keep);
            }
        }

        #[test]
        fn any_damage_to_a_good_link_is_refused_or_read_without_panic(
            at in 0_usize..400, byte in any::<u8>(), cut in 0_usize..400,
        ) {
            let payload = result_payload(&full_report());
            let mut compressed = compress_to_vec(payload.as_bytes(), 9);
            let len = compressed.len();
            compressed[at % len] ^= byte;
            compressed.truncate(len - cut % len);
            let link = format!("#{}", code(LinkKind::Result, "", &compressed));
            let _ = open(&link, ImportPurpose::Keep);
        }

        #[test]
        fn hostile_json_values_in_a_payload_are_refused_without_panic(
            key in prop::sample::select(vec!["q", "l", "w", "a", "t", "r"]),
            value in prop_oneof![
                Just(json!(null)), Just(json!(1e308)), Just(json!(-1)), Just(json!("x".repeat(5000))),
                Just(json!([[[[[]]]]])), Just(json!({"v": [], "s": []})), Just(json!(u64::MAX)),
                Just(json!(["", "", ""])), Just(json!({"c": "XXX", "h": 12, "v": [1], "s": ["e"]})),
            ],
        ) {
            let mut payload: Value = serde_json::from_str(&result_payload(&full_report())).unwrap();
            payload[key] = value;
            let text = payload.to_string();
            prop_assert!(read_payload(LinkKind::Result, text.as_bytes(), ImportPurpose::Keep).is_err());
        }
    }
}
