//! What the rules measure on one paragraph, in one pass over its chars:
//! length, words, function words (`data/function_words.txt`), capitals,
//! digits, the mark it ends with, links and separators.

/// The embedded function words.
pub(crate) const EMBEDDED: &str = include_str!("../../data/function_words.txt");

/// Lowercase function words of several languages, each packed into a
/// `u64` (words are at most 8 bytes; longer list entries are dropped) and
/// stored in an open-addressing table of [`SLOTS`] slots (0 is empty), so
/// a lookup is a multiply, a shift and a probe or two.
#[derive(Clone, Debug)]
pub(crate) struct FunctionWords {
    slots: Box<[u64]>,
}

/// Slots of the function-word table: a power of two, at least four times
/// the list.
const SLOTS: usize = 1024;

impl Default for FunctionWords {
    fn default() -> FunctionWords {
        FunctionWords {
            slots: vec![0; SLOTS].into_boxed_slice(),
        }
    }
}

#[inline]
fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

impl FunctionWords {
    /// One word a line, `#` comments.
    pub(crate) fn parse(list: &str) -> FunctionWords {
        let mut table = FunctionWords::default();
        let words = list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| pack(l.as_bytes()));
        for (n, key) in words.enumerate() {
            if n >= SLOTS / 4 {
                break; // the table stays sparse; the list is far shorter
            }
            let mut i = slot(key);
            while table.slots[i] != 0 && table.slots[i] != key {
                i = (i + 1) & (SLOTS - 1);
            }
            table.slots[i] = key;
        }
        table
    }

    /// True when `word` (ASCII letters lowercased) is listed.
    #[inline]
    fn contains(&self, word: &[u8]) -> bool {
        let Some(key) = pack(word) else {
            return false;
        };
        let mut i = slot(key);
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) & (SLOTS - 1),
            }
        }
    }
}

/// The bytes of a word of 1 to 8 bytes, ASCII-lowercased, as one integer.
#[inline]
fn pack(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() || bytes.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(ascii_lowercase(u64::from_be_bytes(buf)))
}

/// `to_ascii_lowercase` on the eight bytes of `x` at once: the bytes in
/// `A`..=`Z` get bit 5 set, the others (bytes of 0x80 and above too) stay.
#[inline]
fn ascii_lowercase(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // High bit set where the low seven bits are >= 'A', and where > 'Z'.
    let from_a = low7 + ONES * u64::from(0x80 - b'A');
    let past_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// How a line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// A sentence's end: `.`, `!`, `?`, `。` (closing quotes may follow).
    Stop,
    /// A colon: a line that introduces what follows.
    Colon,
    /// Anything else: a headline, a menu entry, a caption without a stop.
    Open,
}

/// The measures of one paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    /// Length in Latin-letter equivalents: a CJK char (kana, Han, Hangul)
    /// counts 3.
    pub(crate) len: f32,
    /// Words, split at white space (CJK text: one per 2 chars).
    pub(crate) words: u32,
    /// Words in the function-word list.
    pub(crate) function: u32,
    /// Words starting with an uppercase letter.
    pub(crate) capitalized: u32,
    /// ASCII digits.
    pub(crate) digits: u32,
    /// How it ends.
    pub(crate) end: End,
    /// Holds a URL or a bare web address.
    pub(crate) url: bool,
    /// Menu separators standing alone between words: `|`, `•`, `»`, `·`.
    pub(crate) separators: u32,
}

impl Line {
    /// Measures `line` (trimmed, non-empty). Its length comes from a count
    /// over all its bytes; the word measures (words, function words,
    /// capitals, digits, links, separators) from its first
    /// [`HEAD`] bytes, which is all of a line of furniture and enough of
    /// a paragraph of prose to know it. Words are split at ASCII white
    /// space, and only a word's first char is decoded.
    pub(crate) fn measure(line: &str, function_words: &FunctionWords) -> Line {
        // Most lines are ASCII, and `is_ascii` reads them faster than
        // chars are counted.
        let chars = if line.is_ascii() {
            line.len()
        } else {
            line.chars().count()
        } as u32;
        let head = &line[..floor_boundary(line, HEAD)];
        let bytes = head.as_bytes();
        // CJK chars (lead bytes of U+3000..U+9FFF and Hangul) in the head,
        // scaled to the whole line.
        let cjk = if head.is_ascii() {
            0
        } else {
            let in_head = bytes
                .iter()
                .filter(|&&b| (0xE3..=0xED).contains(&b))
                .count();
            (in_head * line.len() / head.len().max(1)) as u32
        };
        let mut words = 0;
        let mut function = 0;
        let mut capitalized = 0;
        let mut separators = 0;
        let mut url = false;
        let mut digits = 0;
        let mut i = 0;
        // One pass over the head's bytes, classified by a table: white
        // space ends a word, digits are counted and a slash marks a
        // possible address as they go by.
        while i < bytes.len() {
            while i < bytes.len() && class(bytes[i]) & SPACE != 0 {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            let start = i;
            let mut seen = 0;
            while i < bytes.len() {
                let c = class(bytes[i]);
                if c & SPACE != 0 {
                    break;
                }
                digits += u32::from(c & DIGIT);
                seen |= c;
                i += 1;
            }
            let word = &bytes[start..i];
            // Separators are 1 to 3 bytes long.
            if word.len() <= 3 && is_separator(word) {
                separators += 1;
                continue;
            }
            words += 1;
            let first = word[0];
            if first.is_ascii_uppercase()
                || (first >= 0x80 && head[start..].chars().next().is_some_and(char::is_uppercase))
            {
                capitalized += 1;
            }
            if function_words.contains(bare(word)) {
                function += 1;
            }
            if !url && (seen & SLASH != 0 || first == b'w' || first == b'W') {
                url = is_address(&head[start..i]);
            }
        }
        if cjk > 0 {
            // A CJK sentence has no spaces: count a word per two chars and
            // take a fifth of them as function words, prose-like.
            words += cjk / 2;
            function += cjk / 10;
        }
        Line {
            // A CJK char counts 3 (1 counted already).
            len: (chars + 2 * cjk) as f32,
            words,
            function,
            capitalized,
            digits,
            end: ending(line),
            url,
            separators,
        }
    }

    /// Share of the words that are function words.
    pub(crate) fn function_share(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.function as f32 / self.words as f32
        }
    }
}

/// How many bytes of a line the word measures read.
pub(crate) const HEAD: usize = 96;

/// The largest char boundary of `s` at or below `at`.
pub(crate) fn floor_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    let mut i = at;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte classes of the word scan (see [`CLASSES`]).
const DIGIT: u8 = 1;
const SLASH: u8 = 2;
const SPACE: u8 = 4;
const TRIM: u8 = 8;

/// The class bits of every byte: [`SPACE`] for ASCII white space (as
/// `u8::is_ascii_whitespace`), [`DIGIT`] for `0`-`9`, [`SLASH`] for `/`,
/// [`TRIM`] for the ASCII punctuation [`bare`] trims (all but `'`).
/// `DIGIT` is bit 0, so a class masked by it is the count to add.
static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut bits = 0;
        if c.is_ascii_whitespace() {
            bits |= SPACE;
        }
        if c.is_ascii_digit() {
            bits |= DIGIT;
        }
        if c == b'/' {
            bits |= SLASH;
        }
        if c.is_ascii_punctuation() && c != b'\'' {
            bits |= TRIM;
        }
        t[b] = bits;
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASSES[usize::from(b)]
}

/// A menu separator standing alone: `|`, `•`, `»`, `·`, `/`, `›`.
fn is_separator(word: &[u8]) -> bool {
    // The UTF-8 of `•`, `»`, `·`, `›`.
    matches!(
        word,
        b"|" | b"/" | b"\xE2\x80\xA2" | b"\xC2\xBB" | b"\xC2\xB7" | b"\xE2\x80\xBA"
    )
}

/// A word without the ASCII punctuation around it (an apostrophe inside
/// stays: "it's"). Trimmed as bytes: ASCII punctuation is one byte, and no
/// byte of a multi-byte char is ASCII, so this cuts where a trim of chars
/// would.
fn bare(word: &[u8]) -> &[u8] {
    let mut start = 0;
    let mut end = word.len();
    while start < end && class(word[start]) & TRIM != 0 {
        start += 1;
    }
    while end > start && class(word[end - 1]) & TRIM != 0 {
        end -= 1;
    }
    &word[start..end]
}

/// How `line` ends, past closing quotes and brackets.
fn ending(line: &str) -> End {
    let last = line
        .trim_end_matches(|c: char| {
            matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）'
            ) || c.is_whitespace()
        })
        .chars()
        .next_back();
    match last {
        Some('.' | '!' | '?' | '。' | '！' | '？' | '…') => End::Stop,
        Some(':' | '：') => End::Colon,
        _ => End::Open,
    }
}

/// A web address: `http://`, `https://`, `www.` or a word with a slash
/// after a dot-com-like host.
fn is_address(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '<', '[', '"']);
    starts_with_ignore_case(w, "http://")
        || starts_with_ignore_case(w, "https://")
        || starts_with_ignore_case(w, "www.")
        || [".com/", ".org/", ".net/", ".co.uk/", ".html"]
            .iter()
            .any(|t| w.contains(t))
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_as_std_does() {
        for b in 0..=255u8 {
            let x = u64::from_be_bytes([b, 0, b'Q', b, 0xC3, b'z', b'@', b'[']);
            let mut want = x.to_be_bytes();
            want.make_ascii_lowercase();
            assert_eq!(ascii_lowercase(x).to_be_bytes(), want, "byte {b:#x}");
        }
    }

    #[test]
    fn measures() {
        let words = FunctionWords::parse("# c\nthe\nof\nund");
        let l = Line::measure("The Minister of Health said “no.”", &words);
        assert_eq!((l.words, l.function, l.capitalized), (6, 2, 3));
        assert_eq!(l.end, End::Stop);
        assert!(!l.url);
        let l = Line::measure("Home | News | Sport", &words);
        assert_eq!((l.words, l.separators, l.end), (3, 2, End::Open));
        assert!(Line::measure("See https://x.example/a", &words).url);
        assert_eq!(Line::measure("(OF) UND, Thé", &words).function, 2);
        assert_eq!(Line::measure("Continue reading:", &words).end, End::Colon);
        let l = Line::measure("東京で会議が開かれた。", &words);
        assert_eq!(l.end, End::Stop);
        assert!(l.len >= 30.0);
    }
}
