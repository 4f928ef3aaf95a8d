//! Byte tables and run scans shared by the word tokenizers and the quote
//! attribution.

/// The table of a byte class (a `u8` method), built at compile time.
macro_rules! byte_table {
    ($class:ident) => {{
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).$class();
            b += 1;
        }
        table
    }};
}

/// `u8::is_ascii_alphanumeric` as one load per byte: the tokenizers ask it
/// of nearly every byte of a text.
pub(crate) static ALNUM: [bool; 256] = byte_table!(is_ascii_alphanumeric);

/// `u8::is_ascii_alphabetic` as one load per byte: the attribution's verb
/// test reads a word's letters with it.
pub(crate) static LETTER: [bool; 256] = byte_table!(is_ascii_alphabetic);

/// `u8::is_ascii_punctuation` (visible ASCII but letters and digits) as
/// one load per byte: the tokenizer asks it of every byte that starts a
/// token, where the two range tests it stands for were two branches.
pub(crate) static PUNCTUATION: [bool; 256] = byte_table!(is_ascii_punctuation);

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x80 * ONES;

/// The end of the run of ASCII letters and digits starting at byte `i` of
/// `bytes`: the entity tokenizer's word scan.
#[inline]
pub(crate) fn alnum_run_end(bytes: &[u8], i: usize) -> usize {
    class_run_end(bytes, i, true, &ALNUM)
}

/// The end of the run of ASCII letters starting at byte `i` of `bytes`:
/// the attribution's verb test.
#[inline]
pub(crate) fn letters_run_end(bytes: &[u8], i: usize) -> usize {
    class_run_end(bytes, i, false, &LETTER)
}

/// The end of the run of ASCII letters (and digits, if `digits`) from `i`,
/// eight bytes at a time: a word's end is then no branch per byte, and not
/// the mispredicted one at its last. `table` is the same class per byte,
/// for the tail.
#[inline(always)]
fn class_run_end(bytes: &[u8], mut i: usize, digits: bool, table: &[bool; 256]) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Per byte, the high bit of each sum says "at least this much". A
        // byte below 0x80 plus at most 0x50 never carries into the next
        // byte; one from 0x80 up may, but it is itself "other", and only
        // the bytes after it, which the first "other" hides, are spoiled.
        let above = |x: u64, at_least: u64| x.wrapping_add((0x80 - at_least) * ONES);
        let folded = w | (0x20 * ONES); // 'A'..='Z' onto 'a'..='z'
        let mut class = above(folded, 0x61) & !above(folded, 0x7b);
        if digits {
            class |= above(w, 0x30) & !above(w, 0x3a);
        }
        let other = !(class & !w) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && table[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #[test]
    fn alnum_is_ascii_alphanumeric() {
        for b in 0..=255u8 {
            assert_eq!(
                super::ALNUM[usize::from(b)],
                b.is_ascii_alphanumeric(),
                "{b}"
            );
            assert_eq!(
                super::LETTER[usize::from(b)],
                b.is_ascii_alphabetic(),
                "{b}"
            );
            assert_eq!(
                super::PUNCTUATION[usize::from(b)],
                b.is_ascii_graphic() && !b.is_ascii_alphanumeric(),
                "{b}"
            );
        }
    }

    #[test]
    fn runs_end_where_the_byte_loops_do() {
        let slow = |bytes: &[u8], from: usize, class: fn(&u8) -> bool| {
            from + bytes[from..].iter().take_while(|b| class(b)).count()
        };
        let mut texts: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"Hello world, 2024 is here!".to_vec(),
            "\u{e9}t\u{e9} caf\u{e9}s Stra\u{df}e 東京x"
                .as_bytes()
                .to_vec(),
        ];
        for stop in 0u8..=255 {
            for len in 0..20 {
                let mut bytes = vec![b'a'; len];
                bytes.push(stop);
                bytes.extend_from_slice(b"xyz");
                // bytes from 0x80 up, whose sums carry, after the stop
                bytes.extend_from_slice(&[0xff, stop, 0xba, 0x7f, 0xfe, 0xb0, 0x80, 0xff]);
                texts.push(bytes);
            }
        }
        for bytes in &texts {
            for from in 0..=bytes.len().min(24) {
                let alnum = slow(bytes, from, u8::is_ascii_alphanumeric);
                assert_eq!(super::alnum_run_end(bytes, from), alnum, "{bytes:?} {from}");
                let letters = slow(bytes, from, u8::is_ascii_alphabetic);
                assert_eq!(
                    super::letters_run_end(bytes, from),
                    letters,
                    "{bytes:?} {from}"
                );
            }
        }
    }
}
