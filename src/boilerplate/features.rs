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
fn ascii_lowercase(x: u64) -> u64 {
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
    /// CJK chars, estimated from the head: a fifth of the words they make
    /// count as function words.
    cjk: u32,
}

/// A line's head (see [`Line::measure`]) copied into a buffer padded with
/// spaces: every word ends before the padding runs out, and eight bytes
/// can be loaded at any byte of a word.
struct Head<'a> {
    text: &'a str,
    buf: [u8; HEAD + 8],
    /// A bit per byte of the head that belongs to a word (above `b' '`).
    in_word: u128,
    /// A slash stands in the head.
    slashed: bool,
    /// ASCII digits in the head.
    digits: u32,
    /// CJK lead bytes in the head (of U+3000..U+9FFF and Hangul).
    cjk: u32,
}

impl<'a> Head<'a> {
    /// The head of `line`; its digits are counted when `count_digits`,
    /// its CJK lead bytes when `count_cjk` (0 otherwise: an ASCII line
    /// has none, and most lines are too long for their digits to count).
    fn new(line: &'a str, count_digits: bool, count_cjk: bool) -> Head<'a> {
        let read = if line.len() > LONG_LINE {
            LONG_HEAD
        } else {
            HEAD
        };
        let text = &line[..floor_boundary(line, read)];
        let n = text.len();
        let mut buf = [b' '; HEAD + 8];
        buf[..n].copy_from_slice(text.as_bytes());
        // One pass over the head, eight bytes at a time. Digits and CJK
        // lead bytes are counted per byte lane and the lanes summed at the
        // end (`count_ones` is a dozen instructions where the CPU target
        // has no popcount).
        // A byte of word bits per chunk, read as one integer at the end.
        let mut in_word = [0u8; 16];
        let mut slashed = false;
        let mut digits = 0;
        let mut cjk = 0;
        for (k, chunk) in buf[..n.next_multiple_of(8)].chunks_exact(8).enumerate() {
            let x = load8(chunk);
            in_word[k] = movemask(word_bytes(x));
            slashed |= has_zero_byte(x ^ (ONES * u64::from(b'/')));
            if count_digits {
                digits += in_range(x, b'0', b'9') >> 7;
            }
            if count_cjk {
                let low7 = x & !HIGH;
                let from = low7 + ONES * (0x80 - 0x63);
                let past = low7 + ONES * (0x80 - 0x6E);
                cjk += (from & !past & x & HIGH) >> 7;
            }
        }
        Head {
            text,
            buf,
            in_word: u128::from_le_bytes(in_word),
            slashed,
            digits: sum_lanes(digits),
            cjk: sum_lanes(cjk),
        }
    }

    /// The words as `(start, end)` byte ranges, separators left out.
    fn words(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut starts = self.in_word & !(self.in_word << 1);
        std::iter::from_fn(move || loop {
            if starts == 0 {
                return None;
            }
            let start = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let end = start + (!(self.in_word >> start)).trailing_zeros() as usize;
            if !self.is_separator(start, end) {
                return Some((start, end));
            }
        })
    }

    /// True when the word at `start..end` is a separator (1 to 3 bytes).
    #[inline]
    fn is_separator(&self, start: usize, end: usize) -> bool {
        end - start <= 3
            && matches!(self.buf[start], b'|' | b'/' | 0xC2 | 0xE2)
            && is_separator(&self.buf[start..end])
    }
}

impl Line {
    /// Measures `line` (trimmed, non-empty). Its length comes from a count
    /// over all its bytes; the word measures (words, capitals, digits,
    /// links, separators) from its first
    /// [`HEAD`] bytes, which is all of a line of furniture and enough of
    /// a paragraph of prose to know it; of a line longer than
    /// [`LONG_LINE`] bytes, prose by its length whatever its words, from
    /// its first [`LONG_HEAD`]. Words are split at ASCII white space, and
    /// only a word's first char is decoded, or its bytes read when it
    /// starts like a separator or an address or holds a slash. Its
    /// function words are counted apart, when the decision needs them
    /// ([`Line::function_share`]).
    pub(crate) fn measure(line: &str) -> Line {
        // Most lines are ASCII, and `is_ascii` reads them faster than
        // chars are counted.
        let ascii = is_ascii(line.as_bytes());
        let chars = if ascii {
            line.len()
        } else {
            line.chars().count()
        } as u32;
        // Digits count on short lines only (a table row, a date, a score).
        let head = Head::new(line, line.len() <= DIGITS_MAX_LEN, !ascii);
        let n = head.text.len();
        let slashed = head.slashed;
        let digits = head.digits;
        // CJK chars in the head, scaled to the whole line.
        let cjk = (head.cjk as usize * line.len() / n.max(1)) as u32;
        let mut words = 0;
        let mut capitalized = 0;
        let mut url = false;
        // The words, split at ASCII white space (and control chars): each
        // starts where a run of word bits does; its end is found only
        // when its first byte or a slash in the head asks for it.
        let mut separators = 0;
        let starts = head.in_word & !(head.in_word << 1);
        // Word starts 64 at a time: a head of a long line fits in one.
        for (base, mut bits) in [(0, starts as u64), (64, (starts >> 64) as u64)] {
            while bits != 0 {
                let start = base + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let first = head.buf[start];
                // Most words start with a byte that can start no
                // separator, capital of another script or address.
                if !slashed && class(first) & PLAIN_START != 0 {
                    words += 1;
                    capitalized += u32::from(first.is_ascii_uppercase());
                    continue;
                }
                let end = || start + (!(head.in_word >> start)).trailing_zeros() as usize;
                if matches!(first, b'|' | b'/' | 0xC2 | 0xE2) && head.is_separator(start, end()) {
                    separators += 1;
                    continue;
                }
                words += 1;
                if first.is_ascii_uppercase()
                    || (first >= 0x80
                        && head.text[start..]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase))
                {
                    capitalized += 1;
                }
                if !url && (slashed || first | 0x20 == b'w') {
                    let word = &head.buf[start..end()];
                    if (slashed && word.contains(&b'/'))
                        || (word.len() >= 4 && word[..4].eq_ignore_ascii_case(b"www."))
                    {
                        url = is_address(&head.text[start..start + word.len()]);
                    }
                }
            }
        }
        Line {
            // A CJK char counts 3 (1 counted already).
            len: (chars + 2 * cjk) as f32,
            // A CJK sentence has no spaces: a word per two chars.
            words: words + cjk / 2,
            capitalized,
            digits,
            end: ending(line),
            url,
            separators,
            cjk,
        }
    }

    /// Share of the words of `line` (the text this measures) that are
    /// function words: the words of its head as [`Line::measure`] splits
    /// them, each without the ASCII punctuation around it (an apostrophe
    /// inside stays: "it's"), looked up as the first bytes of one
    /// integer; and a fifth of the words of CJK text.
    pub(crate) fn function_share(&self, line: &str, function_words: &FunctionWords) -> f32 {
        if self.words == 0 {
            return 0.0;
        }
        let head = Head::new(line, false, false);
        let buf = &head.buf;
        let mut function = self.cjk / 10;
        for (start, end) in head.words() {
            // ASCII punctuation is one byte and no byte of a multi-byte
            // char is ASCII, so this trims where a trim of chars would.
            let (mut a, mut b) = (start, end);
            while a < b && class(buf[a]) & TRIM != 0 {
                a += 1;
            }
            while b > a && class(buf[b - 1]) & TRIM != 0 {
                b -= 1;
            }
            if (1..=8).contains(&(b - a)) {
                let key = u64::from_be_bytes(load(buf, a)) & (u64::MAX << (8 * (8 - (b - a))));
                if function_words.contains_key(ascii_lowercase(key)) {
                    function += 1;
                }
            }
        }
        function as f32 / self.words as f32
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

/// The byte class of a word's first byte when the word can be no
/// separator, no address starting `www.` and no capital of another script
/// (see [`CLASSES`]): an ASCII byte but `|`, `/`, `w` and `W`.
const PLAIN_START: u8 = 2;

/// The class bits of every byte: [`TRIM`] for the ASCII punctuation a
/// word's function-word lookup leaves out around it (all but `'`),
/// [`PLAIN_START`].
static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_punctuation() && c != b'\'' {
            t[b] |= TRIM;
        }
        if c.is_ascii() && !matches!(c, b'|' | b'/' | b'w' | b'W') {
            t[b] |= PLAIN_START;
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

/// The sum of the eight bytes of `x`, when it is under 256 (a head's
/// 13 chunks count at most 104 in all lanes).
#[inline]
fn sum_lanes(x: u64) -> u32 {
    (x.wrapping_mul(ONES) >> 56) as u32
}

/// True when a byte of `x` is zero.
#[inline]
fn has_zero_byte(x: u64) -> bool {
    x.wrapping_sub(ONES) & !x & HIGH != 0
}

/// True when every byte of `bytes` is ASCII. `<[u8]>::is_ascii` reads
/// 64 bytes at a time and the rest one by one: the rest here is read
/// eight at a time, the last eight overlapping.
fn is_ascii(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n < 8 {
        return bytes.is_ascii();
    }
    let whole = n / 64 * 64;
    let rest = bytes[whole..]
        .chunks_exact(8)
        .fold(load8(&bytes[n - 8..]), |acc, c| acc | load8(c));
    rest & HIGH == 0 && bytes[..whole].is_ascii()
}

/// The high bit of each byte of `x` in `lo..=hi` (ASCII bounds; bytes of
/// 0x80 and above are left out).
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & !HIGH;
    // High bit set where the low seven bits are >= `lo`, and where they
    // are > `hi`.
    let from = low7 + ONES * u64::from(0x80 - lo);
    let past = low7 + ONES * u64::from(0x80 - hi - 1);
    from & !past & !x & HIGH
}

/// The high bit of each byte of `x` above `b' '` (bytes of 0x80 and above
/// too): the bytes of words.
#[inline]
fn word_bytes(x: u64) -> u64 {
    let low7 = x & !HIGH;
    (x | (low7 + ONES * 0x5F)) & HIGH
}

/// Eight bytes as a little-endian integer.
#[inline]
fn load8(chunk: &[u8]) -> u64 {
    u64::from_le_bytes(chunk.try_into().unwrap_or_default())
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
    fn is_ascii_as_std_is() {
        for n in 0..200 {
            let mut bytes = vec![b'a'; n];
            assert!(is_ascii(&bytes), "{n} ASCII bytes");
            for at in 0..n {
                bytes[at] = 0xC3;
                assert!(!is_ascii(&bytes), "byte {at} of {n}");
                bytes[at] = b'a';
            }
        }
    }

    #[test]
    fn measures() {
        let words = FunctionWords::parse("# c\nthe\nof\nund");
        let text = "The Minister of Health said “no.”";
        let l = Line::measure(text);
        assert_eq!((l.words, l.capitalized), (6, 3));
        assert_eq!(l.function_share(text, &words), 2.0 / 6.0);
        assert_eq!(l.end, End::Stop);
        assert!(!l.url);
        let text = "Home | News | Sport";
        let l = Line::measure(text);
        assert_eq!((l.words, l.separators, l.end), (3, 2, End::Open));
        assert_eq!(l.function_share(text, &words), 0.0);
        assert!(Line::measure("See https://x.example/a").url);
        assert!(Line::measure("Visit WWW.example.com today").url);
        assert!(!Line::measure("Wwhat a/b").url);
        let text = "(OF) UND, Thé";
        assert_eq!(Line::measure(text).function_share(text, &words), 2.0 / 3.0);
        assert_eq!(Line::measure("Continue reading:").end, End::Colon);
        let l = Line::measure("Scores: 3-1, 2-0 and 10-9");
        assert_eq!((l.digits, l.words), (7, 5));
        assert_eq!(Line::measure(&"9 ".repeat(100)).digits, 0, "a long line");
        let l = Line::measure("東京で会議が開かれた。");
        assert_eq!(l.end, End::Stop);
        assert!(l.len >= 30.0);
    }
}
