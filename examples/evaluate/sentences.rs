//! Sentence gold: the Golden Rules (exact match per rule) and span files
//! (boundary precision/recall/F1).
//!
//! Span files are scored on sentence ends *inside* paragraphs. A boundary is
//! the end offset of a sentence span after trimming white space; boundaries
//! followed by nothing but white space up to a line break or the end of the
//! text are left out, since every line break ends a sentence and they are
//! trivially right. Precision = matched predicted boundaries / predicted
//! boundaries, recall = matched gold boundaries / gold boundaries, both over
//! the boundaries inside paragraphs.
//!
//! byline never splits inside a sentence-final quotation that continues
//! with a lower-case word (`“Why?” he asked.` is one sentence) while GUM
//! sometimes does; those disagreements are counted and also scored as if
//! they were agreements (`f1_quote_rule`), so the cost of the rule is
//! visible. Set `BYLINE_EVAL_VERBOSE=1` to print every disagreement.

use std::collections::BTreeSet;

use byline::{Annotator, Span};
use serde_json::Value;

use crate::{prf, Section};

/// True for records of a sentence gold file.
pub fn detect(record: &Value) -> bool {
    record.get("expected").is_some() || record.get("sentences").is_some()
}

/// Scores the records.
pub fn evaluate(annotator: &Annotator, name: &str, records: &[Value]) -> Vec<Section> {
    let stem = name.split('.').next().unwrap_or(name);
    if records[0].get("expected").is_some() {
        vec![golden_rules(annotator, name, records)]
    } else {
        vec![spans(annotator, name, stem, records)]
    }
}

fn golden_rules(annotator: &Annotator, name: &str, records: &[Value]) -> Section {
    let mut exact = 0;
    let mut failed = Vec::new();
    let mut notes = Vec::new();
    for r in records {
        let text = r["text"].as_str().unwrap_or("");
        let expected: Vec<&str> = r["expected"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let got: Vec<&str> = annotator.sentences(text).strs().collect();
        if got == expected {
            exact += 1;
        } else {
            let id = id_of(r);
            notes.push(format!("rule {id}: got {got:?}"));
            failed.push(id);
        }
    }
    notes.insert(
        0,
        if failed.is_empty() {
            "failing rules: none".to_string()
        } else {
            format!("failing rules: {}", failed.join(", "))
        },
    );
    Section {
        title: format!("sentences: golden rules ({name})"),
        metrics: vec![
            ("sentences.golden_rules.exact".into(), exact as f64),
            ("sentences.golden_rules.total".into(), records.len() as f64),
        ],
        notes,
    }
}

fn id_of(r: &Value) -> String {
    match &r["id"] {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

/// Offsets of sentence ends inside paragraphs.
fn inner_ends(text: &str, spans: impl Iterator<Item = Span>) -> BTreeSet<usize> {
    spans
        .filter_map(|s| {
            let t = &text[s];
            let end = s.start + t.trim_end_matches(is_space).len();
            let rest = text[end..].split(is_line_break).next().unwrap_or("");
            (!rest.trim_matches(is_space).is_empty()).then_some(end)
        })
        .collect()
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether the gold boundary at `end`, which byline does not make, is one
/// the quotation rule forbids: a terminator and closing quote followed by a
/// lower-case word (`“Why?” he asked`).
fn quote_rule_case(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let closes_quote = before.ends_with(['"', '”', '\'', '’']);
    let after = text[end..].trim_start_matches(is_space);
    closes_quote && after.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `at` lies inside an open quotation of its paragraph (more “
/// than ”, or an odd number of straight double quotes, before it).
fn inside_quote(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(is_line_break).map_or(0, |i| i + 1);
    let before = &text[start..at];
    let open = before.matches('“').count();
    let close = before.matches('”').count();
    open > close || before.matches('"').count() % 2 == 1
}

fn spans(annotator: &Annotator, name: &str, stem: &str, records: &[Value]) -> Section {
    let verbose = std::env::var_os("BYLINE_EVAL_VERBOSE").is_some();
    let (mut tp, mut predicted, mut gold, mut quote_cases) = (0, 0, 0, 0);
    // Boundaries inside an open quotation: gold, predicted, matched.
    let (mut q_gold, mut q_predicted, mut q_matched) = (0, 0, 0);
    let mut notes = Vec::new();
    for r in records {
        let text = r["text"].as_str().unwrap_or("");
        let gold_spans = r["sentences"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| {
                // [start, end] or {"start": .., "end": ..}
                let start = s.get(0).or_else(|| s.get("start"))?.as_u64()? as usize;
                let end = s.get(1).or_else(|| s.get("end"))?.as_u64()? as usize;
                (start <= end
                    && end <= text.len()
                    && text.is_char_boundary(start)
                    && text.is_char_boundary(end))
                .then(|| Span::new(start, end))
            });
        let g = inner_ends(text, gold_spans);
        let p = inner_ends(text, annotator.sentences(text));
        tp += g.intersection(&p).count();
        q_gold += g.iter().filter(|&&e| inside_quote(text, e)).count();
        q_predicted += p.iter().filter(|&&e| inside_quote(text, e)).count();
        q_matched += g
            .intersection(&p)
            .filter(|&&e| inside_quote(text, e))
            .count();
        predicted += p.len();
        gold += g.len();
        for &e in g.difference(&p) {
            let quote = quote_rule_case(text, e);
            quote_cases += usize::from(quote);
            if verbose {
                notes.push(format!(
                    "{} missed{}: {}",
                    id_of(r),
                    if quote { " (quote rule)" } else { "" },
                    context(text, e)
                ));
            }
        }
        if verbose {
            for &e in p.difference(&g) {
                notes.push(format!("{} extra: {}", id_of(r), context(text, e)));
            }
        }
    }
    let (precision, recall, f1) = prf(tp, predicted, gold);
    let (_, _, f1_quote) = prf(tp + quote_cases, predicted + quote_cases, gold);
    notes.insert(
        0,
        format!(
            "boundaries inside paragraphs (sentence end offsets after trimming, not followed only by white space up to a line break): gold {gold}, predicted {predicted}, matched {tp}"
        ),
    );
    notes.insert(
        1,
        format!(
            "quotation rule: {quote_cases} gold boundaries after a closing quote before a lower-case word are not split; counted as agreements F1 = {f1_quote:.4}"
        ),
    );
    notes.insert(
        2,
        format!(
            "boundaries inside an open quotation: gold {q_gold}, predicted {q_predicted}, matched {q_matched}"
        ),
    );
    let prefix = format!("sentences.{stem}");
    Section {
        title: format!("sentences: boundaries inside paragraphs ({name})"),
        metrics: vec![
            (format!("{prefix}.precision"), precision),
            (format!("{prefix}.recall"), recall),
            (format!("{prefix}.f1"), f1),
            (format!("{prefix}.f1_quote_rule"), f1_quote),
            (
                format!("{prefix}.quote_rule_disagreements"),
                quote_cases as f64,
            ),
        ],
        notes,
    }
}

/// A short view of `text` around `at`, the boundary marked `|`.
fn context(text: &str, at: usize) -> String {
    let mut s = at.saturating_sub(60);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (at + 60).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    format!("{}|{}", &text[s..at], &text[at..e]).replace('\n', "⏎")
}
