//! Sentence gold: the Golden Rules (exact match per rule) and span files
//! (boundary precision/recall/F1). Placeholder: the segmentation work
//! fills this in.

use byline::Annotator;
use serde_json::Value;

use crate::Section;

/// True for records of a sentence gold file.
pub fn detect(record: &Value) -> bool {
    record.get("expected").is_some() || record.get("sentences").is_some()
}

/// Scores the records.
pub fn evaluate(_annotator: &Annotator, name: &str, _records: &[Value]) -> Vec<Section> {
    vec![Section {
        title: format!("sentences ({name}): not yet scored"),
        metrics: Vec::new(),
        notes: Vec::new(),
    }]
}
