//! Byte tables shared by the two word tokenizers (entities and quotes).

/// `u8::is_ascii_alphanumeric` as one load per byte: the tokenizers ask it
/// of nearly every byte of a text.
pub(crate) static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

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
        }
    }
}
