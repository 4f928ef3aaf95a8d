//! Byte tables shared by the word tokenizers and the quote attribution.

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
}
