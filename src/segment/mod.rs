//! Paragraph and sentence boundaries.
//!
//! Every line break ends a paragraph ([`paragraph`]), and a paragraph
//! boundary is always a sentence boundary. A paragraph that starts with a
//! list marker is cut into items ([`list`]). Inside a paragraph or item,
//! [`boundary`] scans for terminators and decides each from its context,
//! consulting the [`abbreviation`] list and common sentence starters
//! ([`starter`]); a photo credit ("Image: …") starts a sentence
//! ([`credit`]). Spans are trimmed of white space ([`chars::is_space`]),
//! so they start and end on char boundaries and never cross a paragraph.

mod abbreviation;
mod boundary;
mod chars;
mod credit;
mod list;
mod paragraph;
mod starter;

use crate::{Document, Paragraph, ParagraphKind, Span};
use abbreviation::Abbreviations;
pub(crate) use chars::is_space;

/// Splits text into paragraphs and sentences. Built once per annotator;
/// segmenting allocates nothing but the output.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segmenter {
    abbreviations: Abbreviations,
}

impl Segmenter {
    /// A segmenter knowing the embedded abbreviations (if `embedded`) plus
    /// `extra` (each "Abbr" or "kind:Abbr", see `data/abbreviations.txt`).
    #[cfg_attr(not(test), allow(dead_code))] // the unit tests build one this way
    pub(crate) fn new<I, S>(embedded: bool, extra: I) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Segmenter::with_lists(embedded, extra, &[])
    }

    /// As [`Segmenter::new`], plus `lists` in the `data/abbreviations.txt`
    /// format.
    pub(crate) fn with_lists<I, S>(embedded: bool, extra: I, lists: &[&str]) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut abbreviations = Abbreviations::default();
        for list in lists {
            abbreviations.extend_from_list(list);
        }
        #[cfg(feature = "embedded")]
        if embedded {
            abbreviations.extend_from_list(abbreviation::EMBEDDED);
        }
        #[cfg(not(feature = "embedded"))]
        let _ = embedded;
        for entry in extra {
            abbreviations.insert_extra(entry.as_ref());
        }
        Segmenter { abbreviations }
    }

    /// Fills `doc.paragraphs` and `doc.sentences`.
    pub(crate) fn segment(&self, text: &str, doc: &mut Document) {
        self.segment_with(text, crate::line_break::Finder::new(text), doc);
    }

    /// [`segment`](Self::segment) with the line-break finder made for
    /// `text` once by the caller.
    pub(crate) fn segment_with(
        &self,
        text: &str,
        breaks: crate::line_break::Finder,
        doc: &mut Document,
    ) {
        let Document {
            paragraphs,
            sentences,
            ..
        } = doc;
        // Room for sentences of 96 bytes and paragraphs of 256 bytes on
        // average, shorter than most news has (about 120 and 440): the
        // vectors rarely grow, and growing copies.
        sentences.reserve(text.len() / 96 + 1);
        paragraphs.reserve(text.len() / 256 + 1);
        let mut cursors = boundary::Cursors::new(text);
        paragraph::for_each_with(text, breaks, |start, end| {
            paragraphs.push(Paragraph {
                span: Span::new(start, end),
                kind: ParagraphKind::Body,
            });
            self.sentences(text, start, end, &mut cursors, sentences);
        });
    }

    /// Appends the sentences of the paragraph `text[start..end]` to `out`;
    /// `cursors` have seen only earlier paragraphs.
    fn sentences(
        &self,
        text: &str,
        start: usize,
        end: usize,
        cursors: &mut boundary::Cursors,
        out: &mut Vec<Span>,
    ) {
        list::for_each_item(text, start, end, |item_start, item_end| {
            let push = |s, e| {
                let (s, e) = chars::trim(text, s, e);
                if s < e {
                    out.push(Span::new(s, e));
                }
            };
            let abbreviations = &self.abbreviations;
            boundary::sentences(abbreviations, text, item_start, item_end, cursors, push);
        });
    }

    /// Appends the paragraphs of `text` to `out`: one per non-blank line,
    /// trimmed.
    pub(crate) fn paragraphs(&self, text: &str, out: &mut Vec<Span>) {
        paragraph::for_each(text, |start, end| out.push(Span::new(start, end)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences<'t>(segmenter: &Segmenter, text: &'t str) -> Vec<&'t str> {
        let mut doc = Document::default();
        segmenter.segment(text, &mut doc);
        doc.sentences.iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn paragraph_ends_are_sentence_ends() {
        let segmenter = Segmenter::new(true, [""; 0]);
        let text = "HEADLINE WITHOUT STOP\r\nBy Jane Roe, Mr.\nDr.\n\nLast line";
        assert_eq!(
            sentences(&segmenter, text),
            [
                "HEADLINE WITHOUT STOP",
                "By Jane Roe, Mr.",
                "Dr.",
                "Last line"
            ]
        );
    }

    #[test]
    fn paragraphs_split_alike_alone_or_together() {
        // the search cursors carry over from one paragraph to the next
        let segmenter = Segmenter::new(true, [""; 0]);
        let text = "No stop here\nHeld in Washington D.C. Image: Navy. Done…\n\n\
                    “Why?” he asked. Wait… Then!\r\n1. One 2. Two\nA ‘quote’ – ends.";
        let together = sentences(&segmenter, text);
        let alone: Vec<&str> = text
            .lines()
            .flat_map(|line| sentences(&segmenter, line))
            .collect();
        assert_eq!(together, alone);
        assert_eq!(together.len(), 10, "{together:?}");
    }

    #[test]
    fn builder_abbreviations_extend_the_list() {
        let text = "The Ald. Jane Roe spoke. Then Cllr. Jones left.";
        let plain = Segmenter::new(true, [""; 0]);
        assert_eq!(sentences(&plain, text).len(), 4);
        let extended = Segmenter::new(true, ["Ald", "prefix:Cllr."]);
        assert_eq!(
            sentences(&extended, text),
            ["The Ald. Jane Roe spoke.", "Then Cllr. Jones left."]
        );
    }

    #[test]
    fn without_embedded_only_rules_apply() {
        let segmenter = Segmenter::new(false, ["Gov"]);
        assert_eq!(
            sentences(&segmenter, "Gov. Hochul met Mr. Smith."),
            ["Gov. Hochul met Mr.", "Smith."]
        );
    }
}
