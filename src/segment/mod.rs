//! Paragraph and sentence boundaries.
//!
//! A paragraph is a run of non-blank lines... (placeholder: the segmentation
//! issue replaces this naive splitter).

use crate::{Document, Span};

/// Splits text into paragraphs and sentences.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segmenter {}

impl Segmenter {
    /// A segmenter knowing the embedded abbreviations (if `embedded`) plus `extra`.
    pub(crate) fn new<I, S>(_embedded: bool, _extra: I) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Segmenter {}
    }

    /// Fills `doc.paragraphs` and `doc.sentences`.
    pub(crate) fn segment(&self, text: &str, doc: &mut Document) {
        self.paragraphs(text, &mut doc.paragraphs);
        for p in doc.paragraphs.clone() {
            doc.sentences.push(p);
        }
    }

    /// Appends the paragraphs of `text` to `out`: one per non-blank line.
    pub(crate) fn paragraphs(&self, text: &str, out: &mut Vec<Span>) {
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let lead = line.len() - line.trim_start().len();
                out.push(Span::new(start + lead, start + lead + trimmed.len()));
            }
            start += line.len();
        }
    }
}
