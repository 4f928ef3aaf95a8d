//! A map from short ASCII words, matched up to ASCII case, to a small
//! value: a word of up to 15 bytes is packed into one integer with its
//! length and lowercased in a few operations, so that a lookup hashes and
//! compares integers, not bytes. The lexicon asks it first; longer and
//! non-ASCII words go to its byte-keyed maps.

/// One bit in each byte.
const ONES: u128 = u128::MAX / 255;
/// The high bit of each byte.
const HIGH: u128 = ONES * 0x80;

/// `word` ASCII-lowercased in the low 15 bytes of a `u128`, little-endian
/// and zero-padded, with its length in the top byte: `None` when it is
/// longer than 15 bytes or not ASCII. Equal for words equal up to ASCII
/// case, and never 0.
#[inline]
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    let n = word.len();
    if n == 0 || n > 15 {
        return None;
    }
    let x = load(word);
    if x & HIGH != 0 {
        return None;
    }
    // Per byte below 0x80, the high bit of the sum is set from 'A' up, and
    // of the second from past 'Z' up: no sum carries into the next byte.
    let from_a = x + ONES * u128::from(0x80 - b'A');
    let past_z = x + ONES * u128::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & HIGH;
    Some((x | upper >> 2) | (n as u128) << 120)
}

/// The bytes of `word` (1 to 15 of them), little-endian, zero-padded: two
/// loads that overlap in the middle (the bytes they share agree), no copy
/// into a buffer.
#[inline]
fn load(word: &[u8]) -> u128 {
    let n = word.len();
    let at = |i: usize| u64::from(word[i]);
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            word[i],
            word[i + 1],
            word[i + 2],
            word[i + 3],
        ]))
    };
    if n >= 8 {
        let head = u64::from_le_bytes(word[..8].try_into().unwrap_or_default());
        let tail = u64::from_le_bytes(word[n - 8..].try_into().unwrap_or_default());
        u128::from(head) | u128::from(tail) << (8 * (n - 8))
    } else if n >= 4 {
        u128::from(u32_at(0) | u32_at(n - 4) << (8 * (n - 4)))
    } else {
        u128::from(at(0) | at(n / 2) << (8 * (n / 2)) | at(n - 1) << (8 * (n - 1)))
    }
}

/// Packed words ([`pack`]) to values, by open addressing.
///
/// Most words looked up are not in the map: a table at most a quarter
/// full ends most such probes at the first or second empty slot (a half
/// full one took four on average). The keys are apart from the values, so
/// that a probe reads four keys to a cache line, not two slots.
#[derive(Clone, Debug, Default)]
pub(crate) struct Packed<V> {
    /// A power of two of keys, 0 for an empty slot; empty while no key
    /// was added.
    keys: Vec<u128>,
    /// The value of each slot of `keys`.
    values: Vec<V>,
    len: usize,
}

impl<V: Copy + Default> Packed<V> {
    /// The home slot of `key` among `slots` (a power of two): the top bits
    /// of a multiplicative hash.
    #[inline]
    fn slot(key: u128, slots: usize) -> usize {
        let h = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0xff51_afd7_ed55_8ccd);
        let bits = slots.trailing_zeros();
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 1 >> (63 - bits)) as usize & (slots - 1)
    }

    /// Sets the value of `word`, as a map's insert does; false (and
    /// nothing added) when `word` cannot be packed.
    pub(crate) fn insert(&mut self, word: &[u8], value: V) -> bool {
        let Some(key) = pack(word) else {
            return false;
        };
        if (self.len + 1) * 4 > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key, self.keys.len());
        loop {
            if self.keys[at] == key {
                self.values[at] = value;
                return true;
            }
            if self.keys[at] == 0 {
                self.keys[at] = key;
                self.values[at] = value;
                self.len += 1;
                return true;
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (self.keys.len() * 2).max(16);
        let keys = std::mem::replace(&mut self.keys, vec![0; size]);
        let values = std::mem::replace(&mut self.values, vec![V::default(); size]);
        for (key, value) in keys.into_iter().zip(values).filter(|s| s.0 != 0) {
            let mut at = Self::slot(key, size);
            while self.keys[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            self.keys[at] = key;
            self.values[at] = value;
        }
    }

    /// The value of the packed word `key`, if it was added.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        if self.keys.is_empty() {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut at = Self::slot(key, self.keys.len());
        loop {
            let k = *self.keys.get(at)?;
            if k == key {
                return self.values.get(at).copied();
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_up_to_ascii_case_and_length() {
        assert_eq!(pack(b"Minister"), pack(b"minister"));
        assert_eq!(pack(b"MS"), pack(b"ms"));
        assert_ne!(pack(b"he"), pack(b"he\0"));
        assert_ne!(pack(b"ab"), pack(b"abc"));
        // '@', '[', '`' and '{' border the letters: none changes
        for (a, b) in [(b"@", b"`"), (b"[", b"{"), (b"-", b"\r")] {
            assert_ne!(pack(a), pack(b));
        }
        assert_eq!(pack(b"a-Z.9'"), pack(b"A-z.9'"));
        assert_eq!(pack("señor".as_bytes()), None);
        assert_eq!(pack(b""), None);
        assert_eq!(pack(b"spokespersonsxx"), pack(b"SPOKESPERSONSXX"));
        assert_eq!(pack(b"spokespersonsxxx"), None);
        for b in 0u8..0x80 {
            let want = [b.to_ascii_lowercase()];
            assert_eq!(pack(&[b]), pack(&want), "{b:#x}");
        }
    }

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let mut map = Packed::default();
        assert_eq!(map.get(pack(b"he").unwrap()), None, "empty");
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert!(map.insert(w.as_bytes(), i));
        }
        assert!(map.insert(b"W7", 1000), "same key");
        assert!(!map.insert("señora".as_bytes(), 1));
        for (i, w) in words.iter().enumerate() {
            let want = if w == "w7" { 1000 } else { i };
            assert_eq!(map.get(pack(w.as_bytes()).unwrap()), Some(want), "{w}");
        }
        assert_eq!(map.get(pack(b"w500").unwrap()), None);
        assert_eq!(map.get(pack(b"x1").unwrap()), None);
    }
}
