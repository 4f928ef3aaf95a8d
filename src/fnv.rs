//! FNV-1a hashing for the small word-list maps (abbreviations, speech
//! verbs): short keys from the project's own lists need speed, not DoS
//! resistance.

use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher.
#[derive(Default)]
pub(crate) struct Fnv(u64);

/// Builds [`Fnv`] hashers for a `HashMap`.
pub(crate) type FnvBuildHasher = BuildHasherDefault<Fnv>;

/// FNV-1a's offset basis and prime.
const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x100_0000_01b3;

/// FNV-1a of `bytes` with ASCII capitals folded: the key of a word looked
/// up whatever its case.
#[inline]
pub(crate) fn hash_folded(bytes: &[u8]) -> u64 {
    bytes.iter().fold(OFFSET, |h, &b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME)
    })
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { OFFSET } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
        self.0 = h;
    }
}
