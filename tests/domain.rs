//! The promise `docs/domain.md` makes: every figure the ROI estimate attributes to a source
//! article is in that document, with that article's number. Runs natively (`cargo test`).
//!
//! It reads the document as text and checks figures, not prose, so the document stays free to
//! be reworded; a default that gains or loses an article as its source fails here until the
//! list below, and the document, say so too.
#![cfg(not(target_arch = "wasm32"))]

use ai_maturity_check::core::roi::{DefaultSource, FIELDS};

/// Each ROI input whose default comes from an article: its id, the figure as the document
/// writes it, and the article.
const SEEDED_DEFAULTS: &[(&str, &str, &str)] = &[
    // Seed 003's worked example is for 100 employees. (The programme fee and the external
    // advice are our assumption: seed 003's 500–1 000 € and seed 004's 15 000–50 000 € are
    // all-in figures, which the plausibility notes compare with, below.)
    ("employees", "100 employees", "003"),
];

/// Figures the plausibility notes and the ramp-up compare against, with their articles.
const OTHER_FIGURES: &[(&str, &str)] = &[
    ("544 %", "003"),
    ("200–400 %", "000"),
    ("6–9 months", "000"),
    ("6–12 months", "004"),
    ("1 000–3 000 €", "000"),
    ("500–1 000 €", "003"),
    ("15 000–50 000 €", "004"),
    ("4–6 weeks", "000"),
    ("3–6 months", "000"),
];

fn document() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/domain.md");
    std::fs::read_to_string(path).expect("docs/domain.md is in the repository")
}

/// Whether `figure` is written on a line that names `article`, or under a heading that does.
fn cited(document: &str, figure: &str, article: &str) -> bool {
    let mut heading = "";
    document.lines().any(|line| {
        if line.starts_with('#') {
            heading = line;
        }
        line.contains(figure) && (line.contains(article) || heading.contains(article))
    })
}

#[test]
fn every_default_taken_from_an_article_is_in_the_document_with_its_number() {
    let document = document();
    let seeded: Vec<(&str, &str)> = FIELDS
        .iter()
        .filter_map(|spec| match spec.source {
            DefaultSource::Seed(article) => Some((spec.field.id(), article)),
            _ => None,
        })
        .collect();
    let listed: Vec<(&str, &str)> = SEEDED_DEFAULTS
        .iter()
        .map(|&(field, _, article)| (field, article))
        .collect();
    assert_eq!(
        seeded, listed,
        "the defaults the estimate attributes to articles"
    );
    for &(field, figure, article) in SEEDED_DEFAULTS {
        assert!(
            cited(&document, figure, article),
            "`{field}`: docs/domain.md has no {figure:?} citing {article}"
        );
    }
}

#[test]
fn the_figures_the_estimate_is_checked_against_are_in_the_document() {
    let document = document();
    for &(figure, article) in OTHER_FIGURES {
        assert!(
            cited(&document, figure, article),
            "docs/domain.md has no {figure:?} citing {article}"
        );
    }
}

#[test]
fn the_document_lists_every_article_it_cites() {
    let document = document();
    for article in ["000", "001", "002", "003", "004"] {
        assert!(
            document.contains(&format!("| {article} |")),
            "article {article} is missing from the table of source articles"
        );
    }
}

#[test]
fn a_figure_without_its_article_is_not_cited() {
    let document = "## 3. Costs\n| budget | 500–1 000 € | 003 |\nROI of 544 % here.\n";
    assert!(cited(document, "500–1 000 €", "003"));
    assert!(!cited(document, "500–1 000 €", "004"));
    assert!(!cited(document, "544 %", "003"));
    assert!(cited(
        "### Example (003)\nROI of 544 % here.\n",
        "544 %",
        "003"
    ));
}
