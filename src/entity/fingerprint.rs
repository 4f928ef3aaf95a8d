//! Word tables keyed by 64-bit fingerprints of ASCII-case-folded text.
//!
//! The gazetteer index and the word classes are the two large tables the
//! entity stage consults for nearly every capitalized word. Keyed by
//! strings, each lookup followed a pointer to the key's bytes to compare
//! them: a cache miss per lookup on tables of several megabytes. Here a
//! slot holds the key's fingerprint and its value side by side, so a
//! lookup reads one cache line, and building a table copies no strings.
//!
//! Two different keys share a fingerprint with probability about 2^-64 per
//! pair; with some 10^5 keys a text of 10^7 words meets a false match with
//! probability under 10^-7. Where a false match would name the wrong thing
//! (a gazetteer hit), the caller checks the text against the listed name.

use super::words::load_le;

/// The fingerprint of `bytes` with ASCII capitals lowercased: "New York"
/// and "NEW YORK" agree, "É" and "é" do not. Never 0 (the empty slot).
#[inline]
pub(crate) fn fingerprint(bytes: &[u8]) -> u64 {
    fingerprint_inspecting(bytes, |_| {})
}

/// [`fingerprint`], handing each eight bytes read (zero-padded, as ASCII
/// case has not been folded yet) to `inspect` too: a caller that checks
/// the bytes reads them once for both.
#[inline]
pub(crate) fn fingerprint_inspecting(bytes: &[u8], mut inspect: impl FnMut(u64)) -> u64 {
    let mut h = start_hash(bytes.len());
    for chunk in bytes.chunks(8) {
        let word = load_le(chunk);
        inspect(word);
        h = mix(h ^ fold_ascii_capitals(word), MUL);
    }
    finish(h)
}

/// [`fingerprint`] of `text[start..end]`. A span of up to eight bytes
/// with eight bytes of text from its start (most words) is read in one
/// load and masked, instead of by `load_le`'s branches on its length.
#[inline(always)]
pub(crate) fn fingerprint_in(text: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    match text.get(start..start + 8) {
        Some(chunk) if (1..=8).contains(&len) => {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // the bytes past the span zeroed, as `load_le` pads
            let word = w & (u64::MAX >> (64 - 8 * len));
            finish(mix(start_hash(len) ^ fold_ascii_capitals(word), MUL))
        }
        _ => fingerprint_span(text, start, end),
    }
}

/// [`fingerprint_in`] of a long span, or of one near the end of the text:
/// out of line, so that the short case inlines small.
#[inline(never)]
fn fingerprint_span(text: &[u8], start: usize, end: usize) -> u64 {
    fingerprint_of_span(text, start, end)
}

/// [`fingerprint`] of `text[start..end]`, inlined: the gazetteer's
/// prefix extensions, spans of several words, ask it in their loop. Its
/// last, partial eight bytes are one load and a mask where the text goes
/// on far enough (nearly always), not `load_le`'s branches on their length.
#[inline]
pub(crate) fn fingerprint_of_span(text: &[u8], start: usize, end: usize) -> u64 {
    let mut h = start_hash(end - start);
    let mut at = start;
    // every eight bytes but the last one to eight
    while end - at > 8 {
        let w = u64::from_le_bytes(text[at..at + 8].try_into().expect("eight bytes"));
        h = mix(h ^ fold_ascii_capitals(w), MUL);
        at += 8;
    }
    if at < end {
        let word = match text.get(at..at + 8) {
            Some(chunk) => {
                let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                // the bytes past the span zeroed, as `load_le` pads
                w & (u64::MAX >> (64 - 8 * (end - at)))
            }
            None => load_le(&text[at..end]),
        };
        h = mix(h ^ fold_ascii_capitals(word), MUL);
    }
    finish(h)
}

const SEED: u64 = 0x243f_6a88_85a3_08d3;
const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn start_hash(len: usize) -> u64 {
    SEED ^ len as u64
}

#[inline]
fn finish(h: u64) -> u64 {
    mix(h, 0xbf58_476d_1ce4_e5b9).max(1)
}

/// `a.eq_ignore_ascii_case(b)`, eight bytes at a time: the gazetteer
/// checks each fingerprint hit against the listed name with it.
#[inline]
pub(crate) fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a, mut b) = (a, b);
    while a.len() > 8 {
        let (x, rest_a) = a.split_at(8);
        let (y, rest_b) = b.split_at(8);
        if fold_ascii_capitals(load_le(x)) != fold_ascii_capitals(load_le(y)) {
            return false;
        }
        (a, b) = (rest_a, rest_b);
    }
    fold_ascii_capitals(load_le(a)) == fold_ascii_capitals(load_le(b))
}

/// Multiplies into 128 bits and folds the halves: every input bit reaches
/// every output bit.
#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

/// Eight bytes with ASCII capitals lowercased.
#[inline]
fn fold_ascii_capitals(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A byte is an ASCII capital when its high bit is clear and its low
    // seven bits are in b'A'..=b'Z'; adding to the low seven bits never
    // carries into the next byte.
    let low = w & (0x7f * ONES);
    let from_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = from_a & !past_z & !w & (0x80 * ONES);
    w | (capital >> 2)
}

/// An open-addressing table from fingerprints to small `Copy` values,
/// probed linearly, at most three quarters full (a few slots of sixteen
/// bytes per miss, mostly in one or two cache lines).
#[derive(Clone, Debug)]
pub(crate) struct FingerprintTable<V> {
    /// `(fingerprint, value)`; fingerprint 0 marks an empty slot.
    slots: Vec<(u64, V)>,
    len: usize,
}

impl<V: Copy + Default> Default for FingerprintTable<V> {
    fn default() -> Self {
        FingerprintTable::with_capacity(0)
    }
}

impl<V: Copy + Default> FingerprintTable<V> {
    pub(crate) fn with_capacity(keys: usize) -> Self {
        let slots = slots_for(keys);
        FingerprintTable {
            slots: vec![(0, V::default()); slots],
            len: 0,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Room for `more` keys without growing.
    pub(crate) fn reserve(&mut self, more: usize) {
        let want = slots_for(self.len + more);
        if want > self.slots.len() {
            self.grow(want);
        }
    }

    #[inline]
    fn home(&self, fp: u64) -> usize {
        fp as usize & (self.slots.len() - 1)
    }

    /// The value stored for `fp`.
    #[inline]
    pub(crate) fn get(&self, fp: u64) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(fp);
        loop {
            let (k, v) = self.slots[i];
            if k == fp {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Reads the home slot of every fingerprint: independent loads the
    /// processor runs side by side, so that lookups right after find their
    /// slots in cache instead of each waiting for memory in turn.
    #[inline]
    pub(crate) fn warm(&self, fps: impl Iterator<Item = u64>) {
        let mask = self.slots.len() - 1;
        let keys = fps.fold(0, |acc, fp| acc ^ self.slots[fp as usize & mask].0);
        std::hint::black_box(keys);
    }

    /// The value for `fp`, inserted as `V::default()` when absent, and
    /// whether it was absent.
    pub(crate) fn entry(&mut self, fp: u64) -> (&mut V, bool) {
        if 4 * (self.len + 1) > 3 * self.slots.len() {
            self.grow(2 * self.slots.len());
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(fp);
        loop {
            let k = self.slots[i].0;
            if k == fp {
                return (&mut self.slots[i].1, false);
            }
            if k == 0 {
                self.slots[i].0 = fp;
                self.len += 1;
                return (&mut self.slots[i].1, true);
            }
            i = (i + 1) & mask;
        }
    }

    /// Every fingerprint and its value, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, V)> + '_ {
        self.slots.iter().copied().filter(|&(k, _)| k != 0)
    }

    fn grow(&mut self, slots: usize) {
        debug_assert!(slots.is_power_of_two());
        let old = std::mem::replace(&mut self.slots, vec![(0, V::default()); slots]);
        let mask = slots - 1;
        for (k, v) in old {
            if k != 0 {
                let mut i = self.home(k);
                while self.slots[i].0 != 0 {
                    i = (i + 1) & mask;
                }
                self.slots[i] = (k, v);
            }
        }
    }
}

/// A bit per fingerprint class, eight bits per key, small enough to stay
/// in cache: answers "certainly absent" for most fingerprints a table does
/// not hold (about 1 in 10 of them slips through) without touching the
/// table, which is many times larger.
#[derive(Clone, Debug, Default)]
pub(crate) struct FingerprintFilter {
    bits: Vec<u64>,
}

impl FingerprintFilter {
    /// A filter of the keys of `table`.
    pub(crate) fn of<V: Copy + Default>(table: &FingerprintTable<V>) -> Self {
        let words = (table.len() * 8 / 64).next_power_of_two().max(1);
        let mut filter = FingerprintFilter {
            bits: vec![0; words],
        };
        for (fp, _) in table.iter() {
            let (word, bit) = filter.position(fp);
            filter.bits[word] |= bit;
        }
        filter
    }

    /// The table's slot comes from the low bits: the filter uses the high.
    #[inline]
    fn position(&self, fp: u64) -> (usize, u64) {
        let word = (fp >> 40) as usize & (self.bits.len() - 1);
        (word, 1 << (fp >> 34 & 63))
    }

    /// The items of `items` whose fingerprint the filter may hold, in
    /// order, into `out`: kept without a branch on the answer, so that the
    /// filter's cache misses overlap too.
    pub(crate) fn keep<T: Copy + Default>(&self, items: &[(T, u64)], out: &mut Vec<(T, u64)>) {
        out.clear();
        if self.bits.is_empty() {
            out.extend_from_slice(items);
            return;
        }
        out.extend_from_slice(items);
        let bits = &self.bits[..];
        let mask = bits.len() - 1;
        let mut kept = 0;
        for &item in items {
            let fp = item.1;
            out[kept] = item;
            // the bit `position` gives
            let word = bits[(fp >> 40) as usize & mask];
            kept += (word >> (fp >> 34 & 63) & 1) as usize;
        }
        out.truncate(kept);
    }

    #[inline]
    pub(crate) fn may_contain(&self, fp: u64) -> bool {
        if self.bits.is_empty() {
            return true;
        }
        let (word, bit) = self.position(fp);
        self.bits[word] & bit != 0
    }
}

/// The power of two of slots that holds `keys` at most three quarters full.
fn slots_for(keys: usize) -> usize {
    (keys * 4).div_ceil(3).next_power_of_two().max(16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_ascii_case_only() {
        let all: String = (0u8..128).map(char::from).chain("ÀÉß".chars()).collect();
        assert_eq!(
            fingerprint(all.as_bytes()),
            fingerprint(all.to_ascii_lowercase().as_bytes())
        );
        let f = |s: &str| fingerprint(s.as_bytes());
        assert_ne!(f("ÀÉ"), f("àé"));
        assert_eq!(f("New York"), f("NEW YORK"));
        assert_ne!(f("New York"), f("New Yorks"));
        // bytes next to the capitals are not folded
        assert_ne!(f("a@"), f("a`"));
        assert_ne!(f("a["), f("a{"));
        // zero padding does not make lengths agree
        assert_ne!(f("ab"), f("ab\0"));
        assert_ne!(f(""), f("\0"));
    }

    #[test]
    fn fingerprint_in_is_the_fingerprint_of_the_span() {
        let text = "Ab NEW York-based Übermensch, 3M x Jean-Pierre Rodriguez-Zapatero.";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let want = fingerprint(&bytes[start..end]);
                assert_eq!(fingerprint_in(bytes, start, end), want, "{start}..{end}");
                assert_eq!(
                    fingerprint_of_span(bytes, start, end),
                    want,
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn eq_ignore_ascii_case_is_std_s() {
        let words = [
            "",
            "a",
            "A",
            "@",
            "`",
            "[",
            "{",
            "New York",
            "NEW YORK",
            "new york",
            "New Yorks",
            "Ümlaut",
            "ümlaut",
            "ÜMLAUT",
            "0123456789abcdefXYZ",
            "0123456789ABCDEFxyz",
            "0123456789ABCDEFxy{",
            "a\0",
            "a",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    eq_ignore_ascii_case(a.as_bytes(), b.as_bytes()),
                    a.eq_ignore_ascii_case(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn fingerprints_of_many_words_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for a in 0..200u32 {
            for b in 0..200u32 {
                let key = format!("w{a} x{b}");
                assert!(seen.insert(fingerprint(key.as_bytes())), "{key}");
            }
        }
    }

    #[test]
    fn filter_keeps_every_key_and_drops_most_others() {
        let key = |n: u32| fingerprint(format!("key {n}").as_bytes());
        let mut table: FingerprintTable<()> = FingerprintTable::default();
        for n in 0..1000 {
            table.entry(key(n));
        }
        let filter = FingerprintFilter::of(&table);
        assert!((0..1000).all(|n| filter.may_contain(key(n))));
        let slipped = (1000..11_000)
            .filter(|&n| filter.may_contain(key(n)))
            .count();
        assert!(slipped < 2000, "{slipped} of 10000 absent keys pass");
        // `keep` keeps what `may_contain` lets through, in order
        let items: Vec<(u32, u64)> = (0..11_000).map(|n| (n, key(n))).collect();
        let mut kept = vec![(7, 7)];
        filter.keep(&items, &mut kept);
        let want: Vec<(u32, u64)> = items
            .iter()
            .copied()
            .filter(|&(_, fp)| filter.may_contain(fp))
            .collect();
        assert_eq!(kept, want);
        assert_eq!(kept.len(), 1000 + slipped);
        FingerprintFilter::default().keep(&items, &mut kept);
        assert_eq!(kept, items, "an empty filter keeps everything");
        assert!(FingerprintFilter::default().may_contain(key(1)));
    }

    #[test]
    fn table_inserts_finds_and_grows() {
        let mut t: FingerprintTable<u32> = FingerprintTable::default();
        let key = |n: u32| fingerprint(format!("key {n}").as_bytes());
        for n in 1..=1000 {
            let (v, new) = t.entry(key(n));
            assert!(new);
            *v = n;
        }
        assert_eq!(t.len(), 1000);
        assert_eq!(t.iter().count(), 1000);
        for n in 1..=1000 {
            assert_eq!(t.get(key(n)), Some(n));
        }
        assert_eq!(t.get(key(1001)), None);
        let (v, new) = t.entry(fingerprint(b"KEY 7"));
        assert!(!new);
        assert_eq!(*v, 7);
    }
}
