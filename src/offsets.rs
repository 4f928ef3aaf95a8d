//! Whole-document conversion of byte offsets to char or UTF-16 offsets, for
//! consumers of the JSON in other languages (Python indexes strings by
//! code point, JavaScript by UTF-16 unit).

use crate::{Document, OffsetConverter, Span};

impl Document {
    /// A copy of this document with every span in char (Unicode scalar
    /// value) offsets of `text`, the text it was made from: what Python's
    /// `text[start:end]` expects.
    ///
    /// The text is indexed once, then each offset is a binary search over
    /// its multi-byte chars (ASCII text costs nothing per span). The result
    /// is for export: its spans no longer index the Rust string.
    ///
    /// ```
    /// use byline::Annotator;
    ///
    /// let text = "“Ça va,” said Zoë Roe.";
    /// let doc = Annotator::new().annotate(text);
    /// let chars = doc.to_char_offsets(text);
    /// let q = chars.quotes[0].content;
    /// let quoted: String = text.chars().skip(q.start).take(q.len()).collect();
    /// assert_eq!(quoted, "Ça va,");
    /// assert_eq!((q.start, q.end), (1, 7));
    /// ```
    pub fn to_char_offsets(&self, text: &str) -> Document {
        let conv = OffsetConverter::new(text);
        self.map_spans(|s| conv.to_chars(s))
    }

    /// A copy of this document with every span in UTF-16 code unit offsets
    /// of `text`: what JavaScript's `text.slice(start, end)` expects.
    ///
    /// ```
    /// use byline::Annotator;
    ///
    /// let text = "😀 “Yes,” said Jane Roe.";
    /// let doc = Annotator::new().annotate(text);
    /// let utf16 = doc.to_utf16_offsets(text);
    /// let q = utf16.quotes[0].content;
    /// let units: Vec<u16> = text.encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[q.start..q.end]).unwrap(), "Yes,");
    /// ```
    pub fn to_utf16_offsets(&self, text: &str) -> Document {
        let conv = OffsetConverter::new(text);
        self.map_spans(|s| conv.to_utf16(s))
    }

    /// A copy with `f` applied to every span.
    fn map_spans(&self, f: impl Fn(Span) -> Span) -> Document {
        let mut doc = self.clone();
        for p in &mut doc.paragraphs {
            p.span = f(p.span);
        }
        for s in &mut doc.sentences {
            *s = f(*s);
        }
        for m in &mut doc.mentions {
            m.span = f(m.span);
        }
        for r in &mut doc.references {
            r.span = f(r.span);
        }
        for q in &mut doc.quotes {
            q.content = f(q.content);
            q.speaker = q.speaker.map(&f);
            q.verb = q.verb.map(&f);
        }
        doc
    }
}

#[cfg(test)]
mod tests {
    use crate::view::tests::annotator;

    #[test]
    fn every_span_converts_like_counting() {
        let text =
            "Zoë Roe met the 张 family in Zürich.\n\n“Ça va,” said Zoë Roe. 😀 “Good,” he added.";
        let doc = annotator().annotate(text);
        let chars = doc.to_char_offsets(text);
        let utf16 = doc.to_utf16_offsets(text);
        let count = |b: usize| text[..b].chars().count();
        let units = |b: usize| text[..b].encode_utf16().count();
        for (byte, (c, u)) in doc
            .mentions
            .iter()
            .zip(chars.mentions.iter().zip(&utf16.mentions))
        {
            assert_eq!(c.span.start, count(byte.span.start));
            assert_eq!(c.span.end, count(byte.span.end));
            assert_eq!(u.span.end, units(byte.span.end));
        }
        assert!(!doc.references.is_empty());
        for (byte, c) in doc.references.iter().zip(&chars.references) {
            assert_eq!(
                (c.span.start, c.span.end),
                (count(byte.span.start), count(byte.span.end))
            );
        }
        assert!(!doc.quotes.is_empty());
        for (byte, c) in doc.quotes.iter().zip(&chars.quotes) {
            assert_eq!(c.content.start, count(byte.content.start));
            assert_eq!(c.verb.map(|v| v.end), byte.verb.map(|v| count(v.end)));
        }
        assert_eq!(chars.sentences.len(), doc.sentences.len());
        assert_eq!(
            chars.paragraphs[1].span.start,
            count(doc.paragraphs[1].span.start)
        );
    }
}
