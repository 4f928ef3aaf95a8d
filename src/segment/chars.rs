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

/// Where the run of ASCII word bytes ([`is_ascii_word_byte`]) ending at
/// `i` starts, looking no further back than `floor`. Eight bytes at a time:
/// most words before a period fit in one step. Needs `floor <= i`.
#[inline]
pub(crate) fn ascii_word_start(bytes: &[u8], floor: usize, i: usize) -> usize {
    let mut t = i;
    while t >= 8 {
        let chunk: [u8; 8] = bytes[t - 8..t].try_into().expect("eight bytes");
        let mut stops = stop_bytes(u64::from_le_bytes(chunk));
        if t < floor + 8 {
            // the chunk's first bytes, before `floor`, end the word too
            let outside = floor + 8 - t;
            stops |= 0x8080_8080_8080_8080 >> (8 * (8 - outside));
        }
        if stops != 0 {
            // little-endian: the last byte in the text is the top byte, so
            // the leading zero bytes are the word's bytes in this chunk
            return t - (stops.leading_zeros() / 8) as usize;
        }
        t -= 8;
    }
    // within the first eight bytes of the text
    while t > floor && is_ascii_word_byte(bytes[t - 1]) {
        t -= 1;
    }
    t
}

/// 0x80 in each byte of `x` that is no ASCII word byte (not ASCII, a space,
/// or tab to carriage return), 0 in the others. Exact per byte: no sum
/// carries into the next byte, as every byte added to is below 0x80.
#[inline]
fn stop_bytes(x: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let each = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    let y = x & LOW;
    // y ^ ' ' is zero exactly in the spaces; + 0x7F sets the high bit of
    // every byte that is not zero
    let space = !((y ^ each(b' ')) + LOW) & HIGH;
    // y + (0x80 - 9) reaches the high bit from '\t' on, y + (0x80 - 14)
    // from past '\r' on
    let control = (y + each(0x80 - 9)) & !(y + each(0x80 - 14)) & HIGH;
    (x & HIGH) | space | control
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
    // (and the blank lines between paragraphs: nothing to trim either)
    if start == end || (is_ascii_word_byte(b[start]) && is_ascii_word_byte(b[end - 1])) {
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
    fn ascii_word_start_matches_a_byte_loop() {
        let plain = |bytes: &[u8], floor: usize, i: usize| {
            let mut t = i;
            while t > floor && is_ascii_word_byte(bytes[t - 1]) {
                t -= 1;
            }
            t
        };
        // every byte value at every place of a long run of word bytes
        for b in 0..=0xFFu8 {
            for at in 0..20 {
                let mut bytes = [b'x'; 20];
                bytes[at] = b;
                for floor in [0, 3, 7, 8, 9, 11, 19, 20] {
                    for i in floor..=20 {
                        assert_eq!(
                            ascii_word_start(&bytes, floor, i),
                            plain(&bytes, floor, i),
                            "{b:#x} at {at}, {floor}..{i}"
                        );
                    }
                }
            }
        }
        let text = "said the bank.\t\u{A0}é 1,000.5 $100.";
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            assert_eq!(ascii_word_start(bytes, 0, i), plain(bytes, 0, i), "{i}");
        }
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
