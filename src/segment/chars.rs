//! Character classes the segmenter decides with: white space, line breaks,
//! terminators, the punctuation that may close or open a sentence, bullets.

/// White space for trimming and separating: Unicode `White_Space` plus the
/// byte-order mark and the zero-width space that pasted text carries.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

/// [`is_space`] for a byte known to be ASCII, without building a char:
/// the four ASCII controls tab to carriage return and the space.
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// An ASCII byte that is no white space: a whole char of its own, part of a
/// word.
#[inline]
pub(crate) fn is_ascii_word_byte(b: u8) -> bool {
    b < 0x80 && !is_ascii_space(b)
}

/// Question and exclamation marks, which end a sentence unless a
/// lower-case word follows ("Yahoo! in").
#[inline]
pub(crate) fn is_strong_terminator(c: char) -> bool {
    matches!(c, '?' | '!' | '‼' | '⁇' | '⁈' | '⁉' | '？' | '！' | '。')
}

/// Punctuation that may follow a terminator and still belong to the
/// sentence it ends: `."`, `.)`, `?”`.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›' | '」' | '』'
    )
}

/// Punctuation that may precede the first word of a sentence: `“We`, `(The`.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '¿'
            | '¡'
            | '「'
            | '『'
    )
}

/// List bullets: `•`, `⁃`, `‣`, `◦`, `▪`, `●`, `·`.
#[inline]
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '·' | '■' | '□' | '►')
}

/// Currency and similar signs that may stand before a number: `$100.00`.
#[inline]
pub(crate) fn is_number_prefix(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '#' | '+' | '-' | '−' | '~')
}

/// The char starting at byte `i` of `text` (a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    // an ASCII byte is a char of its own, and on a boundary
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}

/// The char ending at byte `i` of `text` (a char boundary).
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        Some(&b) if b < 0x80 && text.is_char_boundary(i) => Some(char::from(b)),
        _ => text[..i].chars().next_back(),
    }
}

/// `i` advanced past white space, stopping at `end`.
#[inline]
pub(crate) fn skip_space(text: &str, i: usize, end: usize) -> usize {
    // The common case, one space before a word, without the loop.
    let b = text.as_bytes();
    if i + 1 < end && b[i] == b' ' && is_ascii_word_byte(b[i + 1]) {
        return i + 1;
    }
    skip_spaces(text, i, end)
}

/// [`skip_space`] for any white space.
fn skip_spaces(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        let b = text.as_bytes()[i];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            i += 1;
            continue;
        }
        match char_at(text, i) {
            Some(c) if is_space(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The span `start..end` of `text` with white space trimmed from both ends.
#[inline]
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    // Most spans start and end on an ASCII byte that is no space, a whole
    // char of its own: nothing to trim, nothing to decode.
    let b = text.as_bytes();
    if start < end && is_ascii_word_byte(b[start]) && is_ascii_word_byte(b[end - 1]) {
        return (start, end);
    }
    trim_chars(text, start, end)
}

/// [`trim`] char by char, kept out of line so that the common case above
/// inlines.
#[cold]
#[inline(never)]
fn trim_chars(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let t = s.trim_start_matches(is_space);
    let start = start + (s.len() - t.len());
    let t = t.trim_end_matches(is_space);
    (start, start + t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_unicode_spaces_and_bom() {
        let cases = [
            ("  a b  ", "a b"),
            ("\u{FEFF}Hello.", "Hello."),
            ("\u{A0}\u{2003}x\u{200B}", "x"),
            ("\t\r\n", ""),
            ("", ""),
        ];
        for (text, want) in cases {
            let (s, e) = trim(text, 0, text.len());
            assert_eq!(&text[s..e], want, "{text:?}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_closer('”') && is_opener('“') && !is_closer('“'));
        assert!(is_strong_terminator('?') && !is_strong_terminator('.'));
        assert_eq!(skip_space("a \u{A0} b", 1, 6), 5);
        assert_eq!(skip_space("a b", 1, 3), 2);
        assert_eq!(skip_space("a b", 1, 2), 2);
        assert_eq!(skip_space("a  b", 1, 4), 3);
        assert_eq!(skip_space("a \u{A0}", 1, 4), 4);
    }

    #[test]
    fn ascii_bytes_agree_with_chars() {
        for b in 0..0x80u8 {
            let c = char::from(b);
            assert_eq!(is_ascii_space(b), is_space(c), "{b:#x}");
            assert_eq!(is_ascii_word_byte(b), !is_space(c), "{b:#x}");
        }
        assert!((0x80..=0xFF).all(|b| !is_ascii_word_byte(b)));
    }
}
