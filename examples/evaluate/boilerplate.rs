//! Boilerplate gold: scraped pages with every line labelled article body or
//! not (`{"id","url","text","paragraphs":[{"start","end","body"}]}`, see
//! `../shared/eval/boilerplate/README.md`).
//!
//! byline's paragraph kinds are projected onto the gold paragraphs: a gold
//! paragraph is predicted boilerplate when more than half of its bytes lie
//! in paragraphs byline flags as anything but `body`. Boilerplate is the
//! positive class, counted over all paragraphs of all pages (micro
//! average); body bytes kept and boilerplate bytes removed are shares of
//! the bytes of the gold paragraph spans. The README's short-line rule is
//! scored the same way for comparison.
//!
//! Set `BYLINE_BOILERPLATE_DEBUG=1` to print, on stderr, every misjudged
//! line of every page (`LOST` body flagged, `KEPT` boilerplate left as
//! body, with byline's kind), and `BYLINE_BOILERPLATE_ID=ID` for one page.

use byline::{Annotator, ParagraphKind, Span};
use serde_json::Value;

use crate::{prf, Section};

/// True for records of a boilerplate gold file.
pub fn detect(record: &Value) -> bool {
    record
        .get("paragraphs")
        .and_then(Value::as_array)
        .and_then(|p| p.first())
        .is_some_and(|p| p.get("body").is_some_and(Value::is_boolean))
        && record.get("text").is_some()
}

/// Counts behind the figures.
#[derive(Default)]
struct Tally {
    true_pos: usize,
    predicted: usize,
    gold: usize,
    body_bytes: usize,
    body_kept: usize,
    boiler_bytes: usize,
    boiler_removed: usize,
}

impl Tally {
    fn add(&mut self, bytes: usize, gold_body: bool, predicted_body: bool) {
        if gold_body {
            self.body_bytes += bytes;
        } else {
            self.gold += 1;
            self.boiler_bytes += bytes;
        }
        if !predicted_body {
            self.predicted += 1;
        }
        match (gold_body, predicted_body) {
            (false, false) => {
                self.true_pos += 1;
                self.boiler_removed += bytes;
            }
            (true, true) => self.body_kept += bytes,
            _ => {}
        }
    }

    fn metrics(&self, prefix: &str) -> Vec<(String, f64)> {
        let (p, r, f) = prf(self.true_pos, self.predicted, self.gold);
        let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        vec![
            (format!("{prefix}.precision"), p),
            (format!("{prefix}.recall"), r),
            (format!("{prefix}.f1"), f),
            (
                format!("{prefix}.body_bytes_kept"),
                share(self.body_kept, self.body_bytes),
            ),
            (
                format!("{prefix}.boilerplate_bytes_removed"),
                share(self.boiler_removed, self.boiler_bytes),
            ),
        ]
    }
}

/// The README's short-line rule: under 40 chars and not ending in a period
/// (closing quotes or brackets may follow).
fn short_line_is_body(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ']);
    line.chars().count() >= 40 || trimmed.ends_with('.') || trimmed.ends_with('。')
}

/// Scores the records.
pub fn evaluate(annotator: &Annotator, name: &str, records: &[Value]) -> Vec<Section> {
    let stem = name.split('.').next().unwrap_or(name);
    let debug = std::env::var_os("BYLINE_BOILERPLATE_DEBUG").is_some();
    let only = std::env::var("BYLINE_BOILERPLATE_ID").ok();
    let mut ours = Tally::default();
    let mut baseline = Tally::default();
    let mut kinds: Vec<(ParagraphKind, usize)> = Vec::new();
    let mut skipped = 0;
    for record in records {
        let (Some(text), Some(gold)) = (record["text"].as_str(), record["paragraphs"].as_array())
        else {
            skipped += 1;
            continue;
        };
        let id = record["id"].as_str().unwrap_or("?");
        let gold: Vec<(Span, bool)> = gold
            .iter()
            .filter_map(|p| {
                let s = p["start"].as_u64()? as usize;
                let e = p["end"].as_u64()? as usize;
                (s <= e && e <= text.len())
                    .then(|| (Span::new(s, e), p["body"].as_bool() == Some(true)))
            })
            .collect();
        let doc = annotator.annotate(text);
        let show = debug || only.as_deref() == Some(id);
        if show {
            eprintln!("=== {id} {}", record["url"].as_str().unwrap_or(""));
        }
        // Both lists are in text order: sweep the predicted paragraphs once.
        let mut p = 0;
        for (line, &(span, gold_body)) in gold.iter().enumerate() {
            while p < doc.paragraphs.len() && doc.paragraphs[p].span.end <= span.start {
                p += 1;
            }
            let mut flagged = 0;
            let mut kind = ParagraphKind::Body;
            let mut q = p;
            while q < doc.paragraphs.len() && doc.paragraphs[q].span.start < span.end {
                let para = doc.paragraphs[q];
                if !para.is_body() {
                    let overlap = para.span.end.min(span.end) - para.span.start.max(span.start);
                    flagged += overlap;
                    kind = para.kind;
                }
                q += 1;
            }
            let predicted_body = flagged * 2 <= span.len();
            ours.add(span.len(), gold_body, predicted_body);
            let s = &text[span];
            baseline.add(span.len(), gold_body, short_line_is_body(s));
            if !predicted_body {
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => *n += 1,
                    None => kinds.push((kind, 1)),
                }
            }
            if show && gold_body != predicted_body {
                let tag = if gold_body { "LOST" } else { "KEPT" };
                let short: String = s.chars().take(110).collect();
                eprintln!("{line:4} {tag} {kind:<13} {short}");
            }
        }
    }
    let mut metrics = ours.metrics(&format!("boilerplate.{stem}"));
    metrics.extend(baseline.metrics(&format!("boilerplate.{stem}.short_line")));
    kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
    let mut notes = vec![format!(
        "gold paragraphs flagged, by byline's kind: {}",
        kinds
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    )];
    if skipped > 0 {
        notes.push(format!(
            "{skipped} records without text or paragraphs skipped"
        ));
    }
    vec![Section {
        title: format!(
            "boilerplate: paragraphs flagged ({name}; .short_line = the short-line rule)"
        ),
        metrics,
        notes,
    }]
}
