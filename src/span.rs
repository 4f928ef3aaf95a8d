//! [`Span`], the one offset type of the crate, and conversions to char and
//! UTF-16 offsets for callers that need them.

use std::ops::{Index, Range};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into the text that was annotated.
///
/// Every span the crate returns starts and ends on a char boundary of the
/// caller's original text, so `&text[span]` never panics.
///
/// ```
/// use byline::Span;
///
/// let text = "Zhang Jun said “no”.";
/// let span = Span::new(0, 9);
/// assert_eq!(&text[span], "Zhang Jun");
/// assert_eq!(span.len(), 9);
///
/// // A `String`, as `read_to_string` returns, is indexed the same way.
/// let owned: String = text.to_string();
/// assert_eq!(&owned[span], "Zhang Jun");
/// ```
///
/// Deserializing (with the default `serde` feature) checks `start <= end`,
/// so a `Span` read from JSON keeps the invariant [`Span::new`] asserts:
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use byline::Span;
///
/// let ok: Span = serde_json::from_str(r#"{"start": 3, "end": 7}"#).unwrap();
/// assert_eq!(ok, Span::new(3, 7));
/// let err = serde_json::from_str::<Span>(r#"{"start": 7, "end": 3}"#).unwrap_err();
/// assert!(err.to_string().contains("span start 7 is after its end 3"));
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawSpan"))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span: {start} > {end}");
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers.
    ///
    /// # Panics
    ///
    /// Panics if the span is out of bounds of `text` or not on char
    /// boundaries, as slicing would.
    #[inline]
    pub fn as_str<'h>(&self, text: &'h str) -> &'h str {
        &text[self.range()]
    }

    /// True when `other` lies wholly inside this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A span as it is read, before `start <= end` is checked.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
}

#[cfg(feature = "serde")]
impl TryFrom<RawSpan> for Span {
    type Error = String;

    fn try_from(raw: RawSpan) -> Result<Span, String> {
        if raw.start <= raw.end {
            Ok(Span {
                start: raw.start,
                end: raw.end,
            })
        } else {
            Err(format!(
                "span start {} is after its end {}",
                raw.start, raw.end
            ))
        }
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// `&text[span]` for an owned `String`, which would otherwise pick
/// `String`'s own `Index` impls and fail to compile.
///
/// ```
/// use byline::Annotator;
///
/// let text: String = String::from("“No,” said Jane Roe.");
/// let doc = Annotator::new().annotate(&text);
/// assert_eq!(&text[doc.quotes[0].content], "No,");
/// ```
impl Index<Span> for String {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.range()]
    }
}

/// Converts byte offsets into char (Unicode scalar value) or UTF-16 offsets.
///
/// Build it once per text; each conversion is a binary search, so converting
/// every span of a document costs `O(n log n)` rather than `O(n²)`.
///
/// ```
/// use byline::{OffsetConverter, Span};
///
/// let text = "“Hi,” said 张军.";
/// let offsets = OffsetConverter::new(text);
/// let name = Span::new(text.find('张').unwrap(), text.len() - 1);
/// assert_eq!(&text[name], "张军");
/// assert_eq!(offsets.to_chars(name), Span::new(11, 13));
/// assert_eq!(offsets.to_utf16(name), Span::new(11, 13));
/// ```
#[derive(Clone, Debug)]
pub struct OffsetConverter {
    /// Byte offset of every char that is not one byte long, with the count
    /// of chars and UTF-16 units before it. ASCII text stores nothing.
    wide: Vec<WideChar>,
}

#[derive(Clone, Copy, Debug)]
struct WideChar {
    byte: usize,
    len_utf8: usize,
    len_utf16: usize,
    chars_before: usize,
    utf16_before: usize,
}

impl OffsetConverter {
    /// Indexes `text`.
    pub fn new(text: &str) -> OffsetConverter {
        let mut wide = Vec::new();
        let mut utf16 = 0;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            if c.len_utf8() > 1 {
                wide.push(WideChar {
                    byte,
                    len_utf8: c.len_utf8(),
                    len_utf16: c.len_utf16(),
                    chars_before: chars,
                    utf16_before: utf16,
                });
            }
            utf16 += c.len_utf16();
        }
        OffsetConverter { wide }
    }

    /// The char offset of a byte offset that lies on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.convert(byte, |w| (w.chars_before, 1))
    }

    /// The UTF-16 code unit offset of a byte offset on a char boundary.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.convert(byte, |w| (w.utf16_before, w.len_utf16))
    }

    /// A byte span as char offsets.
    pub fn to_chars(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }

    /// A byte span as UTF-16 code unit offsets (JavaScript, Java, C#).
    pub fn to_utf16(&self, span: Span) -> Span {
        Span::new(self.utf16_offset(span.start), self.utf16_offset(span.end))
    }

    /// Counts units up to `byte`: the last wide char before it contributes
    /// the units before it plus its own width; everything after it up to
    /// `byte` is ASCII, one unit per byte.
    fn convert(&self, byte: usize, units: impl Fn(&WideChar) -> (usize, usize)) -> usize {
        let before = self.wide.partition_point(|w| w.byte < byte);
        match before.checked_sub(1).map(|i| &self.wide[i]) {
            None => byte,
            Some(w) => {
                let (units_before, width) = units(w);
                units_before + width + (byte - w.byte - w.len_utf8)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_agree_with_counting() {
        let text = "a“é”b😀c\u{202E}שלום d";
        let conv = OffsetConverter::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(conv.char_offset(byte), text[..byte].chars().count());
            assert_eq!(conv.utf16_offset(byte), text[..byte].encode_utf16().count());
        }
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 8);
        assert!(a.contains(Span::new(2, 8)));
        assert!(a.contains(Span::new(3, 4)));
        assert!(!a.contains(Span::new(1, 4)));
        assert!(a.overlaps(Span::new(7, 9)));
        assert!(!a.overlaps(Span::new(8, 9)));
        assert_eq!(&"hello world"[Span::new(6, 11)], "world");
    }
}
