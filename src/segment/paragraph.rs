//! Paragraphs: every line break ends one, so a paragraph is a non-blank line
//! with its white space trimmed. Headlines, datelines, bylines and list
//! items on lines of their own each become a paragraph.

use super::chars::trim;

/// Calls `f(start, end)` for each paragraph of `text`, in order: the trimmed
/// non-blank lines, split at LF, CR (so CRLF works), VT, FF, NEL, U+2028
/// and U+2029.
#[inline]
pub(crate) fn for_each(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut emit = |start: usize, end: usize| {
        let (s, e) = trim(text, start, end);
        if s < e {
            f(s, e);
        }
    };
    let mut line_start = 0;
    // Most text breaks lines only with LF and CR: find those with SIMD
    // unless a rarer break (VT, FF, NEL, U+2028, U+2029) occurs at all.
    if !has_rare_break(bytes) {
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            emit(line_start, i);
            line_start = i + 1;
        }
        emit(line_start, bytes.len());
        return;
    }
    let mut i = 0;
    while i < bytes.len() {
        let width = match bytes[i] {
            b'\n' | b'\r' | 0x0B | 0x0C => 1,
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => {
                i += 1;
                continue;
            }
        };
        emit(line_start, i);
        i += width;
        line_start = i;
    }
    emit(line_start, bytes.len());
}

/// True when `bytes` hold a VT, FF, NEL (C2 85), U+2028 (E2 80 A8) or
/// U+2029 (E2 80 A9): two scans, by the last byte of each, instead of one
/// per break.
fn has_rare_break(bytes: &[u8]) -> bool {
    let before = |i: usize, lead: &[u8]| i >= lead.len() && bytes[i - lead.len()..i] == *lead;
    memchr::memchr3_iter(0x0B, 0x0C, 0x85, bytes).any(|i| bytes[i] != 0x85 || before(i, &[0xC2]))
        || memchr::memchr2_iter(0xA8, 0xA9, bytes).any(|i| before(i, &[0xE2, 0x80]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_breaks_found_like_a_search_per_break() {
        let plain =
            |text: &str| text.contains(['\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}']);
        let texts = [
            "",
            "plain\nlines\r\n",
            "a\u{0B}b",
            "a\u{0C}b",
            "a\u{85}b",
            "\u{85}",
            "a\u{2028}b",
            "\u{2029}",
            "café é ©…“”’ — Ũ ũ Ÿ",
            "\u{0105}\u{0128}\u{0129}\u{20A8}\u{20A9}\u{3028}",
        ];
        for text in texts {
            assert_eq!(has_rare_break(text.as_bytes()), plain(text), "{text:?}");
        }
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each(text, |s, e| out.push(&text[s..e]));
        out
    }

    #[test]
    fn one_row_per_phenomenon() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("  \n\t\n", &[]),
            ("One line.", &["One line."]),
            ("Blank lines.\n\nSecond.", &["Blank lines.", "Second."]),
            ("Single\nnewlines", &["Single", "newlines"]),
            ("CRLF.\r\n\r\nNext.\r\n", &["CRLF.", "Next."]),
            ("Old Mac\rbreaks", &["Old Mac", "breaks"]),
            (
                "NEL\u{85}LS\u{2028}PS\u{2029}end",
                &["NEL", "LS", "PS", "end"],
            ),
            ("\u{FEFF}BOM first\n", &["BOM first"]),
            ("  indented  \n\u{A0}nbsp\u{A0}", &["indented", "nbsp"]),
            (
                "HEADLINE\nBy Jane Roe\nLONDON (Reuters) - Text.",
                &["HEADLINE", "By Jane Roe", "LONDON (Reuters) - Text."],
            ),
            ("“Curly” quotes\n", &["“Curly” quotes"]),
        ];
        for (text, want) in cases {
            assert_eq!(paragraphs(text), *want, "{text:?}");
        }
    }
}
