//! Word lists the rules consult: first names, surnames and common English
//! words (from the embedded data, when present), and the small closed
//! classes of `data/entity_words.txt`: titles, organization heads, name
//! particles, months and the like.
//!
//! Every lookup is by lowercase form; [`Lower`] lowercases a word into a
//! buffer reused across a whole text, so lookups allocate nothing.

use super::fingerprint::{fingerprint, fingerprint_inspecting, FingerprintTable};
use super::gazetteer::data_lines;
use crate::fnv::{hash_folded, FnvBuildHasher};
use std::collections::HashMap;

/// The project's word classes: titles, roles, never-names and not-names
/// (see the file's header).
const WORD_CLASSES: &str = include_str!("../../data/entity_words.txt");

/// Lexical classes of a lowercase word, as bits.
pub(crate) const W_FIRST: u16 = 1;
pub(crate) const W_SURNAME: u16 = 1 << 1;
pub(crate) const W_COMMON: u16 = 1 << 2;
pub(crate) const W_TITLE: u16 = 1 << 3;
pub(crate) const W_ROLE: u16 = 1 << 4;
pub(crate) const W_ORG_HEAD: u16 = 1 << 5;
pub(crate) const W_ORG_OF: u16 = 1 << 6;
pub(crate) const W_NEVER: u16 = 1 << 7;
pub(crate) const W_PREP: u16 = 1 << 8;
pub(crate) const W_SPORTS_VERB: u16 = 1 << 9;
pub(crate) const W_DATE_ABBR: u16 = 1 << 10;
pub(crate) const W_SPORT: u16 = 1 << 11;
pub(crate) const W_CONNECTOR: u16 = 1 << 12;
pub(crate) const W_MONTH_CONTEXT: u16 = 1 << 13;
pub(crate) const W_ORG_NOUN: u16 = 1 << 14;
pub(crate) const W_SPORT_WORD: u16 = 1 << 15;

/// The classes only the closed lists of `data/entity_words.txt` give (not
/// "never": the rules make contractions never-names too), which
/// [`NameLists::may_be_closed`] rules out.
pub(crate) const CLOSED: u16 = !(W_FIRST | W_SURNAME | W_COMMON | W_NEVER);

/// Up to 8 bytes as a little-endian word, zero-padded, without the
/// `memcpy` call a variable-length `copy_from_slice` compiles to.
#[inline]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!(n <= 8);
    if n == 8 {
        u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
    } else if n >= 4 {
        // two overlapping 4-byte loads; the shared bytes agree
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(b[0])
            | u64::from(b[n / 2]) << (8 * (n / 2))
            | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// Every word the rules know something about, lowercase, with its classes:
/// first names, surnames and common words from the lists, and the closed
/// classes of `data/entity_words.txt`. One hash lookup answers all questions about a word.
#[derive(Clone, Debug)]
pub(crate) struct NameLists {
    /// Fingerprint of the lowercase word → its classes.
    classes: FingerprintTable<u16>,
    /// Endings of words of groups and creeds ("-ists", "-ic"), at most
    /// four bytes: the length a word must pass, and the mask and value of
    /// the ending in a word's last four lowercase bytes, little-endian.
    group_suffixes: Vec<(usize, u32, u32)>,
    /// The last two bytes of those endings, a bit each ([`pair_bit`]).
    group_last: [u64; 16],
    /// A bit per [`closed_key`] of the words of the [`CLOSED`] classes.
    closed_filter: Vec<u64>,
    /// The classes asked of few words, kept apart from `classes` (whose
    /// bits are all taken), one word set each ([`SetClass`]).
    sets: [WordSet; 6],
    /// First names the census gives fewer than [`USUAL_FIRST_NAME`] of
    /// 100,000 people ("An", "Many", "Sun"): asked only of an English
    /// word that may be a first name.
    rare_first_names: WordSet,
    /// The [`FREQUENT_SURNAMES`] most frequent census surnames: asked
    /// only of a surname that is an English word too ("Smith", "King",
    /// "Young").
    frequent_surnames: WordSet,
}

/// How many of the census surnames, most frequent first
/// (`data/gazetteer/surnames.txt`), are frequent enough that after a first
/// name they are the surname even when they are English words: "Smith"
/// is 1st, "Rice" 147th, "Lynch" 236th.
const FREQUENT_SURNAMES: usize = 1000;

/// A first name this frequent per 100,000 people of its sex in the census
/// (`data/gazetteer/first_names.tsv`) is usual: "Mark" 938, "Grace" 189,
/// "May" 29; "Will" 18 and "Sun" 7 are not.
const USUAL_FIRST_NAME: u32 = 20;

impl Default for NameLists {
    fn default() -> NameLists {
        NameLists::new()
    }
}

impl NameLists {
    /// The closed classes only.
    pub(crate) fn new() -> NameLists {
        let mut lists = NameLists {
            classes: FingerprintTable::default(),
            group_suffixes: Vec::new(),
            group_last: [0; 16],
            closed_filter: vec![0; CLOSED_FILTER_BITS / 64],
            sets: Default::default(),
            rare_first_names: WordSet::default(),
            frequent_surnames: WordSet::default(),
        };
        lists.add_word_classes(WORD_CLASSES);
        lists
    }

    /// Marks the words of a list in the format of `data/entity_words.txt`:
    /// `[class]` lines open sections, `#` lines are comments.
    fn add_word_classes(&mut self, list: &str) {
        let mut bit = 0;
        let mut suffixes = false;
        let mut set = None;
        for line in list.lines() {
            let w = line.trim();
            if w.is_empty() || w.starts_with('#') {
                continue;
            }
            if let Some(class) = w.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
                suffixes = class == "group_suffix";
                set = SetClass::of_section(class);
                bit = match class {
                    "title" => W_TITLE,
                    "role" => W_ROLE,
                    "never" | "not_name" => W_NEVER,
                    "org_noun" => W_ORG_NOUN,
                    "sport_word" => W_SPORT_WORD,
                    "org_head" => W_ORG_HEAD,
                    "org_of" => W_ORG_OF,
                    "connector" => W_CONNECTOR,
                    "month_context" => W_MONTH_CONTEXT,
                    "date_abbr" => W_DATE_ABBR,
                    "place_preposition" => W_PREP,
                    "sports_verb" => W_SPORTS_VERB,
                    "sport" => W_SPORT,
                    "function_word" => W_COMMON,
                    _ => 0,
                };
                continue;
            }
            if let Some(class) = set {
                self.sets[class as usize].insert(&w.to_lowercase());
            } else if suffixes {
                let lower = w.to_ascii_lowercase();
                if lower.len() <= 4 {
                    let packed = lower
                        .bytes()
                        .rev()
                        .fold(0u32, |acc, byte| acc << 8 | u32::from(byte));
                    // the ending is the high bytes of the last four
                    let shift = 8 * (4 - lower.len() as u32);
                    let mask = u32::MAX.checked_shl(shift).unwrap_or(0);
                    let value = packed.checked_shl(shift).unwrap_or(0);
                    self.group_suffixes.push((lower.len() + 2, mask, value));
                    match *lower.as_bytes() {
                        [.., x, y] => {
                            let (word, bit) = pair_bit(x, y);
                            self.group_last[word] |= bit;
                        }
                        // one letter: after any byte
                        [y] => {
                            for x in 0..32 {
                                let (word, bit) = pair_bit(x, y);
                                self.group_last[word] |= bit;
                            }
                        }
                        [] => {}
                    }
                }
            } else if bit != 0 {
                let lower = w.to_lowercase();
                self.mark(&lower, bit);
                if bit & CLOSED != 0 {
                    // (a word without a key is let through by the filter)
                    if let Some(k) = closed_key(lower.as_bytes()) {
                        self.closed_filter[k / 64] |= 1 << (k % 64);
                    }
                }
            }
        }
    }

    fn mark(&mut self, lower: &str, bit: u16) {
        *self.classes.entry(fingerprint(lower.as_bytes())).0 |= bit;
    }

    /// Marks the first column of each line (`#` lines skipped).
    fn mark_list(&mut self, list: &str, bit: u16) {
        self.classes
            .reserve(memchr::memchr_iter(b'\n', list.as_bytes()).count() + 1);
        let mut lower = Lower::default();
        for (w, _) in data_lines(list) {
            if w.is_ascii() {
                // the fingerprint folds ASCII case itself
                self.mark(w, bit);
            } else {
                let l = lower.of_exact(w);
                *self.classes.entry(fingerprint(l.as_bytes())).0 |= bit;
            }
        }
    }

    pub(crate) fn add_first_names(&mut self, tsv: &str) {
        self.mark_list(tsv, W_FIRST);
        // `name  gender  count`; a list without counts has no rare names
        for (name, mut cols) in data_lines(tsv) {
            let count = cols.nth(1).and_then(|c| c.trim().parse::<u32>().ok());
            if count.is_some_and(|c| c < USUAL_FIRST_NAME) {
                self.rare_first_names.insert(&name.to_lowercase());
            }
        }
    }

    /// Whether `word` (any case) is a first name the census gives rarely:
    /// as an English word starting a sentence ("An IAAF official", "Many
    /// MPs") it is that word, not a name.
    pub(crate) fn rare_first_name(&self, word: &[u8]) -> bool {
        self.rare_first_names.holds(word)
    }

    pub(crate) fn add_surnames(&mut self, list: &str) {
        self.mark_list(list, W_SURNAME);
        // (a list in another order only marks its names)
        let frequent = data_lines(list).take(FREQUENT_SURNAMES);
        for (name, _) in frequent {
            self.frequent_surnames.insert(&name.to_lowercase());
        }
    }

    /// Whether `word` (any case) is one of the census's most frequent
    /// surnames ([`FREQUENT_SURNAMES`]).
    pub(crate) fn frequent_surname(&self, word: &[u8]) -> bool {
        self.frequent_surnames.holds(word)
    }

    pub(crate) fn add_common_words(&mut self, list: &str) {
        self.mark_list(list, W_COMMON);
    }

    /// Whether the list of `class` holds `word`, compared without ASCII
    /// case.
    fn holds(&self, class: SetClass, word: &str) -> bool {
        self.sets[class as usize].holds(word.as_bytes())
    }

    /// Whether `word` (any case) names a thing after the person before
    /// it: "Cup" of "Davis Cup", "Plan" of "Marshall Plan".
    pub(crate) fn named_after(&self, word: &str) -> bool {
        self.holds(SetClass::NamedAfter, word)
    }

    /// Whether `word` (any case) ends an unlisted name of a place: "Park"
    /// of "Goodison Park", "County" of "Clark County".
    pub(crate) fn place_head(&self, word: &str) -> bool {
        self.holds(SetClass::PlaceHead, word)
    }

    /// Whether `word` (any case) opens an unlisted name of a place: "Lake"
    /// of "Lake Titicaca", "Mount" of "Mount Kosciuszko".
    pub(crate) fn place_prefix(&self, word: &str) -> bool {
        self.holds(SetClass::PlacePrefix, word)
    }

    /// Whether `word` (any case), capitalized inside a run of capitals,
    /// makes it a title of a work: "Who" of "The Story of a Medic Who Ran
    /// Out of Patients".
    pub(crate) fn title_word(&self, word: &str) -> bool {
        word.len() <= 5 && self.holds(SetClass::TitleWord, word)
    }

    /// Whether `word` (any case), last in an unlisted run of capitals,
    /// names a model of a product: "Pro" of "MacBook Pro".
    pub(crate) fn product_word(&self, word: &str) -> bool {
        self.holds(SetClass::ProductWord, word)
    }

    /// Whether `word` (any case) is a role an organization holds too:
    /// "owner" of "Meta, owner of Facebook,".
    pub(crate) fn org_role(&self, word: &str) -> bool {
        self.holds(SetClass::OrgRole, word)
    }

    /// Whether `word` (capitalized, unlisted) has the ending of a word of
    /// a group or a creed: "Stalinists", "Islamic", "Martian".
    pub(crate) fn group_word(&self, w: &[u8]) -> bool {
        let n = w.len();
        if n < 5 {
            return false;
        }
        // (most words end in no ending's last two letters)
        let (word, bit) = pair_bit(w[n - 2].to_ascii_lowercase(), w[n - 1].to_ascii_lowercase());
        if self.group_last[word] & bit == 0 {
            return false;
        }
        // the last four bytes, lowercase, little-endian: each ending is a
        // shift and a compare
        let l = |k: usize| w[n - k].to_ascii_lowercase();
        let tail = u32::from_le_bytes([l(4), l(3), l(2), l(1)]);
        // (every ending tested, without a branch each)
        self.group_suffixes
            .iter()
            .fold(false, |any, &(shorter, mask, value)| {
                any | (n > shorter) & (tail & mask == value)
            })
    }

    /// False when `word` (as in the text, final period cut) is certainly
    /// in none of the [`CLOSED`] classes; true for some words that are in
    /// none, and for every word not in ASCII (whose lowercase form the key
    /// does not see) or longer than sixteen bytes.
    #[inline]
    pub(crate) fn may_be_closed(&self, word: &[u8]) -> bool {
        match closed_key(word) {
            Some(k) => self.closed_filter[k / 64] & 1 << (k % 64) != 0,
            None => true,
        }
    }

    /// Reads ahead the table slots of these fingerprints, so that their
    /// lookups right after do not wait for memory one at a time.
    pub(crate) fn warm(&self, fps: impl Iterator<Item = u64>) {
        self.classes.warm(fps);
    }

    /// The classes of a lowercase word, or of any word in ASCII (its case
    /// does not matter). A plural of a common word is common too
    /// ("Scorers").
    #[inline]
    pub(crate) fn classes(&self, lower: &str) -> u16 {
        self.classes_of(lower, fingerprint(lower.as_bytes()))
    }

    /// [`NameLists::classes`] of `lower`, whose fingerprint is `fp`.
    #[inline]
    pub(crate) fn classes_of(&self, lower: &str, fp: u64) -> u16 {
        self.classes_of_bytes(lower.as_bytes(), fp)
    }

    /// [`NameLists::classes_of`] of a word given as bytes (a final "s" is
    /// ASCII, so the plural's stem is cut on a char boundary).
    #[inline(always)]
    pub(crate) fn classes_of_bytes(&self, lower: &[u8], fp: u64) -> u16 {
        let bits = self.classes.get(fp).unwrap_or(0);
        if bits & W_COMMON == 0 {
            if let [stem @ .., b's' | b'S'] = lower {
                if stem.len() >= 3
                    && self.classes.get(fingerprint(stem)).unwrap_or(0) & W_COMMON != 0
                {
                    return bits | W_COMMON;
                }
            }
        }
        bits
    }
}

/// Bits of [`NameLists::closed_filter`]: some 800 words, about one in
/// ten of the others let through.
const CLOSED_FILTER_BITS: usize = 8192;

/// Lowercase words looked up without ASCII case: a hash of the folded
/// bytes finds the one word to compare (the rules ask these lists of most
/// capitalized words, where a binary search cost a dozen comparisons).
#[derive(Clone, Debug, Default)]
struct WordSet {
    words: HashMap<u64, Box<[u8]>, FnvBuildHasher>,
}

impl WordSet {
    fn insert(&mut self, word: &str) {
        self.words
            .entry(hash_folded(word.as_bytes()))
            .or_insert_with(|| word.as_bytes().into());
    }

    fn holds(&self, word: &[u8]) -> bool {
        self.words
            .get(&hash_folded(word))
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }
}

/// A section of `data/entity_words.txt` kept as a word set.
#[derive(Clone, Copy)]
enum SetClass {
    /// `[named_after]`: nouns that name a thing after the person before
    /// them ("Davis Cup", "Marshall Plan").
    NamedAfter,
    /// `[place_head]`: last words that make an unlisted run of capitals a
    /// place ("Clark County", "Goodison Park").
    PlaceHead,
    /// `[place_prefix]`: first words that make an unlisted run of capitals
    /// a place ("Lake Titicaca", "Mount Kosciuszko").
    PlacePrefix,
    /// `[title_word]`: function words that make a run of capitals a
    /// title ("Medic Who Ran Out of Patients").
    TitleWord,
    /// `[product_word]`: last words of the names of models ("MacBook
    /// Pro", "iPad Air").
    ProductWord,
    /// `[org_role]`: roles an organization holds too ("owner", "rival").
    OrgRole,
}

impl SetClass {
    fn of_section(class: &str) -> Option<SetClass> {
        match class {
            "named_after" => Some(SetClass::NamedAfter),
            "place_head" => Some(SetClass::PlaceHead),
            "place_prefix" => Some(SetClass::PlacePrefix),
            "title_word" => Some(SetClass::TitleWord),
            "product_word" => Some(SetClass::ProductWord),
            "org_role" => Some(SetClass::OrgRole),
            _ => None,
        }
    }
}

/// Where a word's bit is in [`NameLists::closed_filter`]: from its length
/// and its first and last eight bytes, ASCII capitals folded (by setting
/// the 0x20 bit: other bytes change too, alike in every word). None for a
/// word not in ASCII or longer than sixteen bytes. The same loads tell
/// both: this runs for most words the rules ask about.
#[inline]
fn closed_key(b: &[u8]) -> Option<usize> {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = b.len();
    let (head, tail) = if n <= 8 {
        (load_le(b), 0)
    } else if n <= 16 {
        (load_le(&b[..8]), load_le(&b[n - 8..]))
    } else {
        return None;
    };
    if (head | tail) & HIGH != 0 {
        return None;
    }
    let h = ((head | FOLD) ^ (tail | FOLD).rotate_left(29) ^ n as u64)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    Some((h >> (64 - CLOSED_FILTER_BITS.trailing_zeros())) as usize)
}

/// Where two bytes' bit is in [`NameLists::group_last`]: five bits of
/// each (bytes that share them share the bit).
#[inline]
fn pair_bit(x: u8, y: u8) -> (usize, u64) {
    let k = usize::from(x & 31) << 5 | usize::from(y & 31);
    (k / 64, 1 << (k % 64))
}

/// Whether `b` is ASCII, eight bytes at a time: words are short, and a
/// byte loop costs a test and a branch per byte.
#[inline]
pub(crate) fn is_ascii_word(b: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut any = 0;
    for c in &mut chunks {
        any |= load_le(c);
    }
    (any | load_le(chunks.remainder())) & HIGH == 0
}

/// Appends the lowercase key of a name to `out`: words joined by single
/// spaces, a leading "the" dropped, so that "The  Canadian Press" and
/// "Canadian Press" are one entity.
pub(crate) fn name_key(name: &str, out: &mut String) {
    let from = out.len();
    if is_key_but_for_case(name.as_bytes()) {
        out.push_str(name);
        out[from..].make_ascii_lowercase();
        return;
    }
    if name.is_ascii() {
        // the same words as `split_whitespace`, without decoding chars:
        // ASCII White_Space is \t, \n, \x0B, \x0C, \r and the space
        let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
        let bytes = name.as_bytes();
        let mut k = 0;
        loop {
            while k < bytes.len() && is_space(bytes[k]) {
                k += 1;
            }
            if k == bytes.len() {
                break;
            }
            let start = k;
            while k < bytes.len() && !is_space(bytes[k]) {
                k += 1;
            }
            if out.len() > from {
                out.push(' ');
            }
            let at = out.len();
            out.push_str(&name[start..k]);
            out[at..].make_ascii_lowercase();
        }
        if out[from..].starts_with("the ") {
            out.drain(from..from + 4);
        }
        return;
    }
    for w in name.split_whitespace() {
        if out.len() > from {
            out.push(' ');
        }
        let at = out.len();
        out.push_str(w);
        if w.is_ascii() {
            out[at..].make_ascii_lowercase();
        } else {
            out.truncate(at);
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    if out[from..].starts_with("the ") {
        out.drain(from..from + 4);
    }
}

/// The fingerprint of `name`'s key ([`name_key`]), without building the
/// key when `name` is already one but for ASCII case (the common case:
/// ASCII words joined by single spaces, no leading "the").
pub(crate) fn name_fingerprint(name: &str, buf: &mut String) -> u64 {
    key_fingerprint(name, buf).0
}

/// [`name_fingerprint`], and whether `name` is tidy: its own key but for
/// ASCII case, so that collapsing its white space would leave it as it is.
pub(crate) fn key_fingerprint(name: &str, buf: &mut String) -> (u64, bool) {
    match plain_name_fingerprint(name) {
        Some(fp) => (fp, true),
        None => {
            buf.clear();
            name_key(name, buf);
            (fingerprint(buf.as_bytes()), false)
        }
    }
}

/// The fingerprint of `name`'s key when `name` is that key but for ASCII
/// case ([`is_key_but_for_case`]), checked while fingerprinting: this runs
/// for every candidate name.
fn plain_name_fingerprint(name: &str) -> Option<u64> {
    let b = name.as_bytes();
    if !key_ends(b) {
        return None;
    }
    let mut words = KeyWords::default();
    let fp = fingerprint_inspecting(b, |w| words.add(w));
    words.plain().then_some(fp)
}

/// Whether `name_key(b)` is `b` lowercased: `b` is ASCII, not empty, with
/// no white space but single spaces between words, and no leading "the ".
pub(crate) fn is_key_but_for_case(b: &[u8]) -> bool {
    if !key_ends(b) {
        return false;
    }
    let mut words = KeyWords::default();
    for chunk in b.chunks(8) {
        words.add(load_le(chunk));
    }
    words.plain()
}

/// Whether `b` starts and ends as a key does: not empty, no space at either
/// end, no leading "the ".
#[inline]
fn key_ends(b: &[u8]) -> bool {
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) => {
            first != b' ' && last != b' ' && !(b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"the "))
        }
        _ => false,
    }
}

/// Reads a name eight bytes at a time for what keeps it from being its
/// own key but for case: a byte outside ASCII, white space other than a
/// space, two spaces in a row.
#[derive(Default)]
struct KeyWords {
    bad: u64,
    /// The high bit of the byte before the next eight.
    space_before: u64,
}

impl KeyWords {
    /// The next eight bytes, little-endian, zero-padded at the end (a zero
    /// is neither a space nor bad).
    #[inline]
    fn add(&mut self, w: u64) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x80 * ONES;
        // the low seven bits of each byte: the sums below never carry into
        // the next byte
        let low = w & !HIGH;
        let tab_to_cr = (low + (0x80 - 0x09) * ONES) & !(low + (0x80 - 0x0e) * ONES) & HIGH;
        let space = !((low ^ (0x20 * ONES)) + 0x7f * ONES) & HIGH;
        let double_space = space & ((space << 8) | self.space_before);
        self.bad |= (w & HIGH) | tab_to_cr | double_space;
        self.space_before = space >> 56;
    }

    fn plain(&self) -> bool {
        self.bad == 0
    }
}

/// Lowercases words into a reused buffer.
#[derive(Default)]
pub(crate) struct Lower {
    buf: String,
}

impl Lower {
    /// The lowercase form of `word` without a final period ("Mr." → "mr").
    pub(crate) fn of<'a>(&'a mut self, word: &str) -> &'a str {
        self.of_exact(word.strip_suffix('.').unwrap_or(word))
    }

    /// The lowercase form of `word`.
    pub(crate) fn of_exact<'a>(&'a mut self, word: &str) -> &'a str {
        self.buf.clear();
        if word.is_ascii() {
            self.buf.push_str(word);
            self.buf.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                self.buf.extend(c.to_lowercase());
            }
        }
        &self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn census_counts_tell_rare_first_names() {
        let mut lists = NameLists::new();
        lists.add_first_names("Mark\tm\t938\nMany\tf\t1\nWill\tm\t18\n");
        lists.add_first_names("Zorana\n"); // no count: not rare
        assert!(lists.rare_first_name(b"Many"));
        assert!(lists.rare_first_name(b"WILL"));
        assert!(!lists.rare_first_name(b"Mark"));
        assert!(!lists.rare_first_name(b"Zorana"));
        assert!(!lists.rare_first_name(b"Peter"));
    }

    #[test]
    fn one_lookup_answers_every_class() {
        let mut lists = NameLists::new();
        lists.add_first_names("# comment\nMichelle\tf\t10\n");
        lists.add_surnames("Smith\n");
        lists.add_common_words("scorer\nreading\n");
        let table = [
            ("mr", W_TITLE),
            ("ambassador", W_TITLE),
            ("university", W_ORG_HEAD | W_ORG_OF),
            ("michelle", W_FIRST),
            ("smith", W_SURNAME),
            ("scorers", W_COMMON),
            ("reading", W_COMMON),
            ("sept", W_DATE_ABBR),
            ("in", W_PREP | W_MONTH_CONTEXT | W_COMMON),
            ("zhang", 0),
        ];
        for (word, bits) in table {
            assert_eq!(lists.classes(word), bits, "{word}");
        }
    }

    #[test]
    fn group_words_by_their_endings() {
        let lists = NameLists::new();
        for (word, want) in [
            ("Stalinists", true),
            ("ISLAMIC", true),
            ("Martian", true),
            ("Zorbic", true),
            ("Stalin", false),
            ("Ian", false),
            ("Eric", false),
            ("Quillsoft", false),
            ("Ünïc", false),
        ] {
            assert_eq!(lists.group_word(word.as_bytes()), want, "{word}");
        }
    }

    #[test]
    fn closed_filter_keeps_every_closed_word_in_any_case() {
        let lists = NameLists::new();
        let mut others = 0;
        let mut passed = 0;
        for line in WORD_CLASSES.lines() {
            let w = line.trim();
            if w.is_empty() || w.starts_with('#') || w.starts_with('[') || !w.is_ascii() {
                continue;
            }
            let lower = w.to_ascii_lowercase();
            if lists.classes(&lower) & CLOSED != 0 {
                for form in [lower.clone(), w.to_ascii_uppercase(), w.to_string()] {
                    assert!(lists.may_be_closed(form.as_bytes()), "{form}");
                }
            }
        }
        for n in 0..2000 {
            let w = format!("zq{n}x");
            others += 1;
            passed += usize::from(lists.may_be_closed(w.as_bytes()));
        }
        assert!(passed * 5 < others, "{passed} of {others} let through");
        assert!(lists.may_be_closed("Ünïc".as_bytes()));
    }

    #[test]
    fn ascii_words_at_every_length() {
        for n in 0..=20 {
            let plain = "abcdefghijklmnopqrstu"[..n].to_string();
            assert!(is_ascii_word(plain.as_bytes()), "{plain}");
            for at in 0..n {
                let mut word = plain.clone().into_bytes();
                word[at] = 0xc3;
                assert!(!is_ascii_word(&word), "{n} {at}");
            }
        }
    }

    #[test]
    fn load_le_pads_like_a_buffer() {
        let bytes: Vec<u8> = (1u8..=9).collect();
        for n in 0..=8 {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_le(&bytes[..n]), u64::from_le_bytes(buf), "{n}");
        }
    }

    #[test]
    fn name_key_ascii_path_splits_like_split_whitespace() {
        let slow = |name: &str| {
            let words: Vec<String> = name
                .split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect();
            let key = words.join(" ");
            key.strip_prefix("the ").map_or(key.clone(), str::to_string)
        };
        for name in [
            "The  Canadian Press",
            "  New\tYork\x0BTimes\x0C ",
            "\r\nthe\x1fUN ",
            "THE WHO",
            "",
            " ",
            "the",
        ] {
            let mut out = String::from("x");
            name_key(name, &mut out);
            assert_eq!(&out[1..], slow(name), "{name:?}");
        }
    }

    #[test]
    fn name_fingerprint_is_the_fingerprint_of_the_key() {
        let mut buf = String::new();
        for name in [
            "The  Canadian Press",
            "the Canadian Press",
            "THE WHO",
            "Theresa May",
            "New York",
            "NEW YORK",
            "Élysée Palace",
            " padded ",
            "tab\tseparated",
            "",
            "the",
        ] {
            let mut key = String::new();
            name_key(name, &mut key);
            assert_eq!(
                name_fingerprint(name, &mut buf),
                fingerprint(key.as_bytes()),
                "{name:?}"
            );
            let plain = plain_name_fingerprint(name);
            assert_eq!(plain.is_some(), is_key_but_for_case(name.as_bytes()));
            if let Some(fp) = plain {
                assert_eq!(fp, fingerprint(key.as_bytes()), "{name:?}");
            }
        }
    }

    #[test]
    fn key_check_agrees_with_a_byte_loop() {
        let slow = |b: &[u8]| {
            let mut after_space = true; // no leading space
            let mut words_only = true;
            for &c in b {
                words_only &=
                    c < 0x80 && !(b'\t'..=b'\r').contains(&c) && !(after_space && c == b' ');
                after_space = c == b' ';
            }
            words_only && !after_space && !(b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"the "))
        };
        // every string of up to 18 bytes built from a few telling bytes, at
        // every offset around the chunk boundaries
        let bytes = [b'a', b' ', b'\t', b'\r', b'\x0e', b'\x08', 0xc3, b'T', 0];
        for len in 0..=18 {
            for seed in 0..400u64 {
                let name: Vec<u8> = (0..len)
                    .map(|k| {
                        let r = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (k * 3 % 61);
                        // mostly letters, so that long plain names occur
                        if r % 4 == 0 {
                            bytes[(r / 4 % 9) as usize]
                        } else {
                            b'a' + (r % 26) as u8
                        }
                    })
                    .collect();
                assert_eq!(is_key_but_for_case(&name), slow(&name), "{name:?}");
                if let Ok(name) = std::str::from_utf8(&name) {
                    assert_eq!(
                        plain_name_fingerprint(name).is_some(),
                        slow(name.as_bytes())
                    );
                }
            }
        }
        for name in [
            "New York  Times",
            "New York Times  Co",
            "Aaaaaaa  b",
            "Aaaaaaaa  b",
            "Ab\u{a0}c",
        ] {
            assert!(!is_key_but_for_case(name.as_bytes()), "{name:?}");
        }
        assert!(is_key_but_for_case(b"Leicestershire County Cricket Club"));
    }

    #[test]
    fn lower_buffer() {
        let mut l = Lower::default();
        assert_eq!(l.of("Mr."), "mr");
        assert_eq!(l.of("ÉLYSÉE"), "élysée");
    }
}
