//! Sentence and paragraph segmentation through the public API: golden files
//! for whole articles the project wrote (`tests/fixtures/sentences/*.txt`,
//! expected output in `*.expected` beside them), and the phenomena of the
//! segmentation issue one row each.
//!
//! `UPDATE_GOLDEN=1 cargo test --test sentences` rewrites the expected files;
//! review the diff before committing. The expectations rely on the embedded
//! abbreviation list, so these tests need the default `embedded` feature.

#![cfg(feature = "embedded")]

#[path = "support/golden.rs"]
mod golden;

use std::path::PathBuf;

use byline::Annotator;

/// The expected-file rendering: each paragraph's sentences one per line,
/// paragraphs separated by a blank line.
fn render(text: &str) -> String {
    let doc = Annotator::new().annotate(text);
    let mut out = String::new();
    for (i, p) in doc.paragraphs.iter().map(|p| p.span).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for s in doc
            .sentences
            .iter()
            .filter(|s| s.start >= p.start && s.end <= p.end)
        {
            out.push_str(&text[*s]);
            out.push('\n');
        }
    }
    out
}

fn fixtures() -> Vec<PathBuf> {
    golden::articles("sentences")
}

#[test]
fn golden_articles() {
    golden::check("sentences", "expected", render);
}

#[test]
fn crlf_and_bom_change_nothing_but_offsets() {
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let crlf = format!("\u{FEFF}{}", text.replace('\n', "\r\n"));
        assert_eq!(render(&text), render(&crlf), "{}", path.display());
    }
}

fn sentences(text: &str) -> Vec<&str> {
    Annotator::new().sentences(text).strs().collect()
}

#[test]
fn one_row_per_phenomenon() {
    let cases: &[(&str, &[&str])] = &[
        // titles and abbreviations
        (
            "Mr. Li met Dr. Ames and Gov. Hale.",
            &["Mr. Li met Dr. Ames and Gov. Hale."],
        ),
        (
            "Sen. Ruiz voted no. The bill failed.",
            &["Sen. Ruiz voted no.", "The bill failed."],
        ),
        (
            "It opens Jan. 5 in Hall No. 5 today.",
            &["It opens Jan. 5 in Hall No. 5 today."],
        ),
        (
            "Both the U.S. and U.K. agreed.",
            &["Both the U.S. and U.K. agreed."],
        ),
        (
            "She moved to the U.S. It was 1990.",
            &["She moved to the U.S.", "It was 1990."],
        ),
        (
            "Fruit, e.g. apples, i.e. food.",
            &["Fruit, e.g. apples, i.e. food."],
        ),
        (
            "They sell pens, ink, etc. They also fix them.",
            &["They sell pens, ink, etc.", "They also fix them."],
        ),
        // initials
        (
            "J. R. R. Tolkien wrote it.",
            &["J. R. R. Tolkien wrote it."],
        ),
        (
            "President George W. Bush spoke.",
            &["President George W. Bush spoke."],
        ),
        // numbers, money, times
        (
            "Inflation hit 3.2 percent.",
            &["Inflation hit 3.2 percent."],
        ),
        ("It cost $4.99. He paid.", &["It cost $4.99.", "He paid."]),
        (
            "It opens at 5 a.m. on Monday.",
            &["It opens at 5 a.m. on Monday."],
        ),
        (
            "It closed at 5 p.m. The staff left.",
            &["It closed at 5 p.m.", "The staff left."],
        ),
        // lists
        (
            "1. Eggs 2. Milk 3. Bread",
            &["1. Eggs", "2. Milk", "3. Bread"],
        ),
        ("a) red b) blue", &["a) red", "b) blue"]),
        ("• One • Two", &["• One", "• Two"]),
        // ellipses
        ("Well... maybe. Yes.", &["Well... maybe.", "Yes."]),
        (
            "It ended.... Then silence.",
            &["It ended....", "Then silence."],
        ),
        // URLs and e-mail
        (
            "See example.com/a.html. It loads.",
            &["See example.com/a.html.", "It loads."],
        ),
        (
            "Write to a.b@c.org. Thanks.",
            &["Write to a.b@c.org.", "Thanks."],
        ),
        // parentheses
        (
            "He left (as planned.) on time.",
            &["He left (as planned.) on time."],
        ),
        // quotations
        ("“We will win,” she said.", &["“We will win,” she said."]),
        ("“We will win.” She left.", &["“We will win.”", "She left."]),
        (
            "He asked, “Why?” and left.",
            &["He asked, “Why?” and left."],
        ),
        ("\"Stop!\" he shouted.", &["\"Stop!\" he shouted."]),
        // paragraphs
        ("Headline\nBody. More.", &["Headline", "Body.", "More."]),
        ("Line ends Mr.\nNext line", &["Line ends Mr.", "Next line"]),
        (
            "\u{FEFF}  Spaces\u{A0}trimmed.\u{3000}",
            &["Spaces\u{A0}trimmed."],
        ),
        ("Windows.\r\nLines.\r\n", &["Windows.", "Lines."]),
    ];
    for (text, want) in cases {
        assert_eq!(sentences(text), *want, "{text:?}");
    }
}

#[test]
fn builder_abbreviations() {
    let text = "Ald. Roe spoke. Then she left.";
    assert_eq!(sentences(text).len(), 3);
    let annotator = Annotator::builder().abbreviations(["Ald"]).build().unwrap();
    let got: Vec<&str> = annotator.sentences(text).strs().collect();
    assert_eq!(got, ["Ald. Roe spoke.", "Then she left."]);
}

#[test]
fn pathological_inputs_stay_linear_and_sane() {
    let dots = ".".repeat(200_000);
    assert_eq!(sentences(&dots), [dots.as_str()]);
    let spaced = ". ".repeat(100_000);
    assert_eq!(sentences(&spaced).len(), 1);
    let many = "a. ".repeat(100_000);
    assert_eq!(sentences(&many).len(), 1);
    let caps = "A. ".repeat(100_000);
    assert!(!sentences(&caps).is_empty());
}
