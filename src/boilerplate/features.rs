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

    /// True when `key` (a word's bytes as [`pack`] packs them, ASCII
    /// letters lowercased) is listed.
    #[inline]
    fn contains_key(&self, key: u64) -> bool {
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
pub(crate) fn ascii_lowercase(x: u64) -> u64 {
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
    /// ASCII digits, counted in lines up to [`DIGITS_MAX_LEN`] bytes (a
    /// table row, a date line, a score; 0 in longer ones).
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
    /// a paragraph of prose to know it; of a line longer than
    /// [`LONG_LINE`] bytes, prose by its length whatever its words, from
    /// its first [`LONG_HEAD`]. Words are split at ASCII white space, and
    /// only a word's first char is decoded.
    pub(crate) fn measure(line: &str, function_words: &FunctionWords) -> Line {
        // Most lines are ASCII, and `is_ascii` reads them faster than
        // chars are counted.
        let ascii = line.is_ascii();
        let chars = if ascii {
            line.len()
        } else {
            line.chars().count()
        } as u32;
        let read = if line.len() > LONG_LINE {
            LONG_HEAD
        } else {
            HEAD
        };
        let head = &line[..floor_boundary(line, read)];
        let bytes = head.as_bytes();
        let head_ascii = ascii || head.is_ascii();
        let mut words = 0;
        let mut function = 0;
        let mut capitalized = 0;
        let mut separators = 0;
        let mut url = false;
        // The head, padded with spaces: every word ends before the padding
        // runs out, and eight bytes can be loaded at any byte of a word.
        let mut buf = [b' '; HEAD + 8];
        buf[..bytes.len()].copy_from_slice(bytes);
        let n = bytes.len();
        // One pass over the head, eight bytes at a time: a bit per byte
        // that belongs to a word (above `b' '`), whether a slash stands in
        // it, and its CJK lead bytes (of U+3000..U+9FFF and Hangul).
        let mut in_word: u128 = 0;
        let mut slashed = false;
        let mut cjk_in_head = 0;
        for (k, chunk) in buf[..n.next_multiple_of(8)].chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let low7 = x & !HIGH;
            let word_bytes = (x | (low7 + ONES * 0x5F)) & HIGH;
            in_word |= u128::from(movemask(word_bytes)) << (8 * k);
            slashed |= has_zero_byte(x ^ (ONES * u64::from(b'/')));
            if !head_ascii {
                let from = low7 + ONES * (0x80 - 0x63);
                let past = low7 + ONES * (0x80 - 0x6E);
                cjk_in_head += (from & !past & x & HIGH).count_ones() as usize;
            }
        }
        // CJK chars in the head, scaled to the whole line.
        let cjk = if head_ascii {
            0
        } else {
            (cjk_in_head * line.len() / head.len().max(1)) as u32
        };
        if n < 128 {
            in_word &= (1u128 << n) - 1;
        }
        // Digits count on short lines only (a table row, a date, a
        // score); a word is only looked at for an address when the head
        // holds a slash or the word starts "www.".
        let digits = if line.len() <= DIGITS_MAX_LEN {
            count_digits(&buf[..n.next_multiple_of(8)])
        } else {
            0
        };
        // The words, split at ASCII white space (and control chars): each
        // starts where a run of word bits does.
        let mut starts = in_word & !(in_word << 1);
        while starts != 0 {
            let start = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let i = start + (!(in_word >> start)).trailing_zeros() as usize;
            let word = &buf[start..i];
            let first = word[0];
            // Separators are 1 to 3 bytes long.
            if word.len() <= 3 && matches!(first, b'|' | b'/' | 0xC2 | 0xE2) && is_separator(word) {
                separators += 1;
                continue;
            }
            words += 1;
            if first.is_ascii_uppercase()
                || (first >= 0x80 && head[start..].chars().next().is_some_and(char::is_uppercase))
            {
                capitalized += 1;
            }
            // The word without the ASCII punctuation around it (an
            // apostrophe inside stays: "it's"), looked up as the first
            // bytes of one integer. ASCII punctuation is one byte and no
            // byte of a multi-byte char is ASCII, so this trims where a
            // trim of chars would.
            let (mut a, mut b) = (start, i);
            while a < b && class(buf[a]) & TRIM != 0 {
                a += 1;
            }
            while b > a && class(buf[b - 1]) & TRIM != 0 {
                b -= 1;
            }
            if (1..=8).contains(&(b - a)) {
                let key = u64::from_be_bytes(load(&buf, a)) & (u64::MAX << (8 * (8 - (b - a))));
                if function_words.contains_key(ascii_lowercase(key)) {
                    function += 1;
                }
            }
            if !url
                && ((slashed && word.contains(&b'/'))
                    || (word.len() >= 4
                        && first | 0x20 == b'w'
                        && word[..4].eq_ignore_ascii_case(b"www.")))
            {
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

/// Lines up to this many bytes have their digits counted.
const DIGITS_MAX_LEN: usize = 150;

/// How many bytes of a line the word measures read.
pub(crate) const HEAD: usize = 96;
/// Lines longer than this many bytes are measured on [`LONG_HEAD`] bytes.
const LONG_LINE: usize = 250;
/// How many bytes of a long line the word measures read: a few words, to
/// tell running prose from a long list of names or links.
const LONG_HEAD: usize = 48;

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

/// The byte class words are trimmed of before their lookup (see
/// [`CLASSES`]).
const TRIM: u8 = 1;

/// The class bits of every byte: [`TRIM`] for the ASCII punctuation a
/// word's function-word lookup leaves out around it (all but `'`).
static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_punctuation() && c != b'\'' {
            t[b] = TRIM;
        }
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASSES[usize::from(b)]
}

/// The eight bytes of `buf` from `at`.
#[inline]
fn load(buf: &[u8], at: usize) -> [u8; 8] {
    let mut x = [0u8; 8];
    x.copy_from_slice(&buf[at..at + 8]);
    x
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bits of the eight bytes of `x` (only high bits set) as eight
/// bits, the first byte's lowest: the bits land on distinct positions of
/// the product, so no carry disturbs the top byte.
#[inline]
fn movemask(high: u64) -> u8 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// True when a byte of `x` is zero.
#[inline]
fn has_zero_byte(x: u64) -> bool {
    x.wrapping_sub(ONES) & !x & HIGH != 0
}

/// ASCII digits in `bytes` (a multiple of eight long), eight at a time.
fn count_digits(bytes: &[u8]) -> u32 {
    bytes
        .chunks_exact(8)
        .map(|c| {
            let x = u64::from_le_bytes(c.try_into().unwrap_or_default());
            let low7 = x & !HIGH;
            // High bit set where the low seven bits are >= '0', and where
            // they are > '9'; bytes of 0x80 and above are left out.
            let from_0 = low7 + ONES * u64::from(0x80 - b'0');
            let past_9 = low7 + ONES * u64::from(0x80 - b'9' - 1);
            (from_0 & !past_9 & !x & HIGH).count_ones()
        })
        .sum()
}

/// A menu separator standing alone: `|`, `•`, `»`, `·`, `/`, `›`.
fn is_separator(word: &[u8]) -> bool {
    // The UTF-8 of `•`, `»`, `·`, `›`.
    matches!(
        word,
        b"|" | b"/" | b"\xE2\x80\xA2" | b"\xC2\xBB" | b"\xC2\xB7" | b"\xE2\x80\xBA"
    )
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
    fn swar_masks_match_bytes() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[at] = b;
                let x = u64::from_le_bytes(bytes);
                let low7 = x & !HIGH;
                let word_bytes = (x | (low7 + ONES * 0x5F)) & HIGH;
                let want: u8 = (0..8).filter(|&i| bytes[i] > b' ').map(|i| 1u8 << i).sum();
                assert_eq!(movemask(word_bytes), want, "byte {b:#x} at {at}");
                assert_eq!(has_zero_byte(x ^ (ONES * u64::from(b'/'))), b == b'/');
            }
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
