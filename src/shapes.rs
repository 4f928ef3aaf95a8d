//! A quick rejection test for the small word-list maps (abbreviations,
//! speech verbs): most words looked up are in no list, and a bit test on
//! the word's shape turns them away before lowercasing and hashing.

/// Number of shapes, and of bits in a [`Shapes`] set.
const SHAPES: usize = 1 << 15;

/// The set of the shapes of a list's keys.
#[derive(Clone, Debug, Default)]
pub(crate) struct Shapes {
    /// One bit per shape; empty while no key was added.
    bits: Vec<u64>,
}

impl Shapes {
    /// Adds the shape of `key`.
    pub(crate) fn insert(&mut self, key: &[u8]) {
        if self.bits.is_empty() {
            self.bits = vec![0; SHAPES / 64];
        }
        if let Some(s) = shape(key) {
            self.bits[s / 64] |= 1 << (s % 64);
        }
    }

    /// False when `word` is no key added, nor one up to ASCII case: its
    /// shape is another's. True says nothing.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        shape(word).is_some_and(|s| {
            self.bits
                .get(s / 64)
                .is_some_and(|bits| bits & (1 << (s % 64)) != 0)
        })
    }
}

/// A word's first, second and last byte, ASCII-lowercased, 5 bits each,
/// the second mixed with the length: equal for words equal up to ASCII
/// case, and apart for "and" and "add". `None` when empty.
#[inline]
fn shape(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    let second = word.get(1).copied().unwrap_or(last);
    let five = |b: u8| usize::from(b.to_ascii_lowercase() & 31);
    Some(five(first) << 10 | five(last) << 5 | (five(second) ^ (word.len() & 31)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_pass_in_any_ascii_case() {
        let keys = ["said", "add", "x", "e.g", "N°", "über", "according"];
        let mut shapes = Shapes::default();
        assert!(!shapes.may_contain(b"said"), "an empty set holds nothing");
        for k in keys {
            shapes.insert(k.as_bytes());
        }
        for k in keys {
            assert!(shapes.may_contain(k.as_bytes()), "{k}");
            assert!(shapes.may_contain(k.to_ascii_uppercase().as_bytes()), "{k}");
        }
        for w in ["", "and", "the", "sad", "xx"] {
            assert!(!shapes.may_contain(w.as_bytes()), "{w}");
        }
    }
}
