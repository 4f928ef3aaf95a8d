//! Line breaks: the one definition every stage of the annotator uses.
//!
//! A line break is any of
//!
//! | break | chars | bytes |
//! |---|---|---|
//! | line feed (Unix) | U+000A | `0A` |
//! | carriage return + line feed (Windows, HTTP, e-mail) | U+000D U+000A | `0D 0A` (**one** break) |
//! | carriage return alone (classic Mac OS, some scrapers) | U+000D | `0D` |
//! | line tabulation (vertical tab) | U+000B | `0B` |
//! | form feed (page break) | U+000C | `0C` |
//! | next line, NEL (EBCDIC and Windows-1252 conversions) | U+0085 | `C2 85` |
//! | line separator | U+2028 | `E2 80 A8` |
//! | paragraph separator | U+2029 | `E2 80 A9` |
//!
//! These are the mandatory breaks of Unicode's line breaking algorithm
//! (UAX #14, classes BK, CR, LF and NL): a text viewer shows a new line at
//! each of them, so a reader sees a new paragraph there, and so must the
//! annotator. Vertical tab and form feed are in that list too (class BK);
//! they reach news text from word processors (Word writes a manual line
//! break as VT) and old wire feeds (FF between stories), where they end a
//! line, never continue one.
//!
//! Every line break ends a paragraph; a sentence, a mention, a quote's
//! content, speaker and verb never contain one. Paragraphs, sentences, the
//! entity tokenizer and the quote stage all ask this module, so they cannot
//! disagree about where a line ends.
//!
//! ```
//! use byline::line_break::{is_line_break, line_breaks};
//! use byline::Span;
//!
//! assert!(is_line_break('\r') && is_line_break('\u{2029}') && !is_line_break('\t'));
//! let text = "One\r\nTwo\rThree\u{85}Four";
//! let breaks: Vec<Span> = line_breaks(text).collect();
//! assert_eq!(breaks, [Span::new(3, 5), Span::new(8, 9), Span::new(14, 16)]);
//! ```

use crate::Span;

/// True when `c` is a line break: LF, CR, VT, FF, NEL (U+0085), LINE
/// SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029). See the
/// [module docs](self) for why these.
///
/// ```
/// assert!(byline::line_break::is_line_break('\u{0B}'));
/// assert!(!byline::line_break::is_line_break('\u{A0}'));
/// ```
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The byte length of the line break starting at byte `i` of `bytes`
/// (2 for CRLF and NEL, 3 for U+2028 and U+2029), or 0 when none starts
/// there.
#[inline]
pub(crate) fn len_at(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'\n' | 0x0B | 0x0C) => 1,
        Some(b'\r') => 1 + usize::from(bytes.get(i + 1) == Some(&b'\n')),
        Some(0xC2) if bytes.get(i + 1) == Some(&0x85) => 2,
        Some(0xE2)
            if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
        {
            3
        }
        _ => 0,
    }
}

/// True when `bytes` hold a VT, FF, NEL (C2 85), U+2028 (E2 80 A8) or
/// U+2029 (E2 80 A9): the breaks other than LF and CR, which most text
/// never holds. Two SIMD scans, by the last byte of each, instead of one
/// per break.
pub(crate) fn has_rare_break(bytes: &[u8]) -> bool {
    // Half the news is plain ASCII, where only VT and FF can occur: one
    // vectorized ASCII check (which stops at the first wide char of other
    // text) spares the scan for the continuation bytes.
    if bytes.is_ascii() {
        return memchr::memchr2(0x0B, 0x0C, bytes).is_some();
    }
    let before = |i: usize, lead: &[u8]| i >= lead.len() && bytes[i - lead.len()..i] == *lead;
    memchr::memchr3_iter(0x0B, 0x0C, 0x85, bytes).any(|i| bytes[i] != 0x85 || before(i, &[0xC2]))
        || memchr::memchr2_iter(0xA8, 0xA9, bytes).any(|i| before(i, &[0xE2, 0x80]))
}

/// Finds line breaks in one text: SIMD search for LF and CR when the text
/// holds no rarer break (decided once, by [`has_rare_break`]), a byte loop
/// otherwise.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Finder {
    rare: bool,
}

impl Finder {
    /// A finder for `text` (scans it once for the rare breaks).
    #[inline]
    pub(crate) fn new(text: &str) -> Finder {
        Finder {
            rare: has_rare_break(text.as_bytes()),
        }
    }

    /// The first line break starting in `from..to` of `bytes` (the text the
    /// finder was made for), as its span; a CRLF starting at `to - 1` is
    /// returned whole.
    #[inline]
    pub(crate) fn find(self, bytes: &[u8], from: usize, to: usize) -> Option<Span> {
        let to = to.min(bytes.len());
        if from >= to {
            return None;
        }
        let i = if self.rare {
            (from..to).find(|&i| len_at(bytes, i) > 0)?
        } else if matches!(bytes[from], b'\n' | b'\r') {
            // the second break of a blank line ("\n\n"), without a search
            from
        } else {
            from + lf_or_cr(&bytes[from..to])?
        };
        Some(Span::new(i, i + len_at(bytes, i)))
    }
}

/// The first LF or CR in `h`. On x86-64 memchr's AVX2 searcher is made
/// once: `memchr::memchr2` picks its routine and sets up its vectors on
/// every call, and the paragraph scan calls it once per line.
#[cfg(target_arch = "x86_64")]
#[inline]
fn lf_or_cr(h: &[u8]) -> Option<usize> {
    use memchr::arch::x86_64::avx2::memchr::Two;
    use std::sync::OnceLock;
    /// `None` where the processor has no AVX2.
    static SEARCHER: OnceLock<Option<Two>> = OnceLock::new();
    match SEARCHER.get_or_init(|| Two::new(b'\n', b'\r')) {
        Some(two) => two.find(h),
        None => memchr::memchr2(b'\n', b'\r', h),
    }
}

/// The first LF or CR in `h`.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn lf_or_cr(h: &[u8]) -> Option<usize> {
    memchr::memchr2(b'\n', b'\r', h)
}

/// The lines of `text`, each without its line break, when the sorted,
/// non-overlapping spans `known` hold no line break (the segmenter's
/// paragraphs): only the bytes between them are searched, a few per line.
pub(crate) fn lines_between(
    text: &str,
    finder: Finder,
    known: impl IntoIterator<Item = Span>,
) -> Vec<Span> {
    let bytes = text.as_bytes();
    let known = known.into_iter();
    // Room for a blank line after each span: the vector rarely grows.
    let mut lines = Vec::with_capacity(2 * known.size_hint().0 + 2);
    let mut start = 0;
    let mut gap = |from: usize, to: usize, lines: &mut Vec<Span>| {
        let mut pos = from;
        while pos < to {
            // Most gaps are a break or two: a byte loop, not a search.
            let br = if to - pos <= 16 {
                match len_at(bytes, pos) {
                    0 => {
                        pos += 1;
                        continue;
                    }
                    n => Span::new(pos, pos + n),
                }
            } else {
                match finder.find(bytes, pos, to) {
                    Some(br) => br,
                    None => break,
                }
            };
            lines.push(Span::new(start, br.start));
            start = br.end;
            pos = br.end;
        }
    };
    let mut from = 0;
    for span in known {
        gap(from, span.start, &mut lines);
        from = span.end;
    }
    gap(from, bytes.len(), &mut lines);
    lines.push(Span::new(start, bytes.len()));
    lines
}

/// An iterator over the line breaks of a text, each as the [`Span`] of its
/// bytes (a CRLF is one break of two bytes). Made by [`line_breaks`].
#[derive(Clone, Debug)]
pub struct LineBreaks<'t> {
    bytes: &'t [u8],
    pos: usize,
    finder: Finder,
}

/// The line breaks of `text`, in order (see [`is_line_break`]; a CRLF is
/// one break).
///
/// ```
/// let text = "a\n\nb\u{2028}c";
/// let starts: Vec<usize> = byline::line_break::line_breaks(text).map(|s| s.start).collect();
/// assert_eq!(starts, [1, 2, 4]);
/// ```
pub fn line_breaks(text: &str) -> LineBreaks<'_> {
    line_breaks_with(text, Finder::new(text))
}

/// The line breaks of `text`, found by `finder` (made for `text` once, by
/// [`Finder::new`], and shared by the stages that walk its lines).
#[inline]
pub(crate) fn line_breaks_with(text: &str, finder: Finder) -> LineBreaks<'_> {
    LineBreaks {
        bytes: text.as_bytes(),
        pos: 0,
        finder,
    }
}

impl Iterator for LineBreaks<'_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        let found = self.finder.find(self.bytes, self.pos, self.bytes.len());
        self.pos = found.map_or(self.bytes.len(), |s| s.end);
        found
    }
}

impl std::iter::FusedIterator for LineBreaks<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The breaks found char by char, CRLF joined: what the scanner must
    /// agree with.
    fn by_chars(text: &str) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for (i, c) in text.char_indices() {
            if !is_line_break(c) {
                continue;
            }
            match out.last_mut() {
                Some(last) if c == '\n' && last.end == i && text[*last] == *"\r" => last.end += 1,
                _ => out.push(Span::new(i, i + c.len_utf8())),
            }
        }
        out
    }

    #[test]
    fn scanner_agrees_with_the_char_definition() {
        let texts = [
            "",
            "plain",
            "a\nb\r\nc\rd",
            "\r\r\n\n\r",
            "x\u{0B}y\u{0C}z",
            "NEL\u{85}LS\u{2028}PS\u{2029}",
            "\u{85}\r\n\u{2029}\r",
            "café é ©…“”’ — Ũ ũ Ÿ \u{0105}\u{0128}\u{0129}\u{20A8}\u{20A9}\u{3028}",
            "\u{2027}\u{202A}\u{84}\u{86}\t \u{A0}\u{1680}",
            "mixed\n\u{85}\r",
        ];
        for text in texts {
            let want = by_chars(text);
            assert_eq!(line_breaks(text).collect::<Vec<_>>(), want, "{text:?}");
            // the plain and the rare path give the same answer
            let slow = Finder { rare: true };
            let mut got = Vec::new();
            let mut pos = 0;
            while let Some(s) = slow.find(text.as_bytes(), pos, text.len()) {
                got.push(s);
                pos = s.end;
            }
            assert_eq!(got, want, "{text:?}");
            let plain =
                |t: &str| t.contains(['\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}']);
            assert_eq!(has_rare_break(text.as_bytes()), plain(text), "{text:?}");
        }
    }

    #[test]
    fn lf_or_cr_agrees_with_a_byte_loop_at_every_length() {
        // long enough for the vector loop, every offset of the break
        for len in 0..300 {
            for at in [0, 1, 31, 32, 63, 64, 127, 128, 200, 299] {
                let mut h = vec![b'x'; len];
                if at < len {
                    h[at] = if at % 2 == 0 { b'\n' } else { b'\r' };
                }
                let want = h.iter().position(|&b| b == b'\n' || b == b'\r');
                assert_eq!(lf_or_cr(&h), want, "{len} {at}");
            }
        }
    }

    #[test]
    fn lines_between_paragraphs_are_the_lines() {
        let texts = [
            "",
            "one",
            "  one \n\n two\r\nthree\r\r\n",
            "\n\u{85}a\u{2028} b \u{0B}\u{0C}c\n",
        ];
        for text in texts {
            let finder = Finder::new(text);
            let mut want = Vec::new();
            let mut start = 0;
            for br in line_breaks(text) {
                want.push(Span::new(start, br.start));
                start = br.end;
            }
            want.push(Span::new(start, text.len()));
            // the trimmed non-blank lines, as the segmenter's paragraphs
            let paragraphs: Vec<Span> = want
                .iter()
                .filter_map(|l| {
                    let s = &text[*l];
                    let t = s.trim();
                    let lead = s.len() - s.trim_start().len();
                    (!t.is_empty()).then(|| Span::new(l.start + lead, l.start + lead + t.len()))
                })
                .collect();
            assert_eq!(lines_between(text, finder, paragraphs), want, "{text:?}");
            assert_eq!(lines_between(text, finder, []), want, "{text:?}");
        }
    }

    #[test]
    fn every_char_is_classified_as_documented() {
        let listed = [
            '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
        ];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_line_break(c), listed.contains(&c), "{c:?}");
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            assert_eq!(
                len_at(s.as_bytes(), 0),
                if is_line_break(c) { s.len() } else { 0 }
            );
        }
    }
}
