//! Paragraphs: every line break ends one, so a paragraph is a non-blank line
//! with its white space trimmed. Headlines, datelines, bylines and list
//! items on lines of their own each become a paragraph.

use super::chars::trim;
use crate::line_break;

/// Calls `f(start, end)` for each paragraph of `text`, in order: the trimmed
/// non-blank lines, split at every [line break](crate::line_break).
#[inline]
pub(crate) fn for_each(text: &str, f: impl FnMut(usize, usize)) {
    for_each_with(text, line_break::Finder::new(text), f);
}

/// [`for_each`] with the line-break finder made for `text` once by the
/// caller.
#[inline]
pub(crate) fn for_each_with(
    text: &str,
    breaks: line_break::Finder,
    mut f: impl FnMut(usize, usize),
) {
    let mut emit = |start: usize, end: usize| {
        let (s, e) = trim(text, start, end);
        if s < e {
            f(s, e);
        }
    };
    let mut line_start = 0;
    for br in line_break::line_breaks_with(text, breaks) {
        emit(line_start, br.start);
        line_start = br.end;
    }
    emit(line_start, text.len());
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("VT\u{0B}FF\u{0C}end", &["VT", "FF", "end"]),
            ("Lone\rCR\r\rlines\r", &["Lone", "CR", "lines"]),
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
