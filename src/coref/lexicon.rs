//! The word lists coreference consults, parsed once per annotator from
//! `data/coref/` and the census first names of `data/gazetteer/`.

use std::collections::HashMap;

use super::packed::{pack, Packed};
use crate::fnv::FnvBuildHasher;
use crate::shapes::Shapes;

/// A person's sex as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// What a description head ("company", "minister") may refer to.
#[derive(Clone, Debug, Default)]
pub(crate) struct Head {
    /// A person's role (else an organization's kind or a source).
    pub person: bool,
    /// A source ("the statement"): refers to whoever issued it.
    pub source: bool,
    /// An organization head any organization fits ("the company"); a
    /// person's role the story's main person may have ("the actor").
    pub any: bool,
    /// For a person: the other role words, lowercase, that make someone
    /// this ("president" for "leader"); for an organization: the name words
    /// that fit the head ("Bank" for "bank").
    pub also: Vec<Box<str>>,
}

/// Keyed by the lowercase word's bytes: looked up without a UTF-8 check.
type Map<V> = HashMap<Box<[u8]>, V, FnvBuildHasher>;

/// The coreference word lists. Each byte-keyed map has a [`Packed`] copy
/// of its short ASCII keys, asked first: most words looked up are such.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    gender_words: Map<Gender>,
    gender_shapes: Shapes,
    /// The gender words and roles: [`ROLE`], [`MALE`] and [`FEMALE`] bits.
    person_words: Packed<u8>,
    /// The shapes of `person_words`' keys: most words asked are none, and
    /// a bit test turns them away before the probe.
    person_shapes: Shapes,
    first_names: Map<Gender>,
    first_name_shapes: Shapes,
    /// [`MALE`] or [`FEMALE`].
    first_names_packed: Packed<u8>,
    /// Indices in `head_list`.
    heads: Map<u32>,
    heads_packed: Packed<u32>,
    head_list: Vec<Head>,
    /// The pronouns and heads, for the candidate scan's one lookup: (one
    /// more than the index in [`super::PRONOUNS`], one more than the index
    /// in `head_list`), 0 for none.
    pronouns_and_heads: Packed<(u8, u32)>,
    /// The shapes of the heads: most words are turned away by a bit test.
    head_shapes: Shapes,
    /// The shortest head's length in bytes: "the", "of" are no head.
    head_min: usize,
    /// Every word that names a person's role: the person heads and the last
    /// word of each of their `also` phrases.
    roles: Map<()>,
    role_shapes: Shapes,
    /// Per first, second and last letter (ASCII-lowercased, five bits
    /// each): one bit per length (31 and up share the last) of the heads
    /// and pronouns of that shape. Most words of a text are turned away by this one test.
    starts: Vec<u32>,
    /// Per first and last byte (ASCII-lowercased, five bits each): one bit
    /// per length (31 and up share the last) of the heads, pronouns and
    /// ages: the first test of the candidate scan, which turns away nine
    /// tokens in ten ("the", "that", "and") before any other load.
    first_last: Ends,
}

/// The table of [`Lexicon::first_last`]: 1024 slots, indexed by ten bits,
/// so that no index is out of bounds.
#[derive(Clone, Debug)]
struct Ends(Box<[u32; 1024]>);

impl Default for Ends {
    fn default() -> Ends {
        Ends(Box::new([0; 1024]))
    }
}

/// What a word of the candidate scan is ([`Lexicon::pronoun_or_head`]).
pub(crate) enum Found<'a> {
    /// The pronoun of this index in [`super::PRONOUNS`].
    Pronoun(usize),
    /// The head of this index ([`Lexicon::head_at`]).
    Head(u32, &'a Head),
}

/// Bits of [`Lexicon::person_words`].
const ROLE: u8 = 1;
const MALE: u8 = 2;
const FEMALE: u8 = 4;

fn gender_bits(g: Gender) -> u8 {
    match g {
        Gender::Male => MALE,
        Gender::Female => FEMALE,
    }
}

fn bits_gender(bits: u8) -> Option<Gender> {
    if bits & MALE != 0 {
        Some(Gender::Male)
    } else if bits & FEMALE != 0 {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The [`Lexicon::starts`] slot of a word's first, second and last bytes.
#[inline]
fn start_slot(first: u8, second: u8, last: u8) -> usize {
    let five = |b: u8| usize::from((b | 0x20) & 31);
    five(first) << 10 | five(second) << 5 | five(last)
}

/// The [`Lexicon::first_last`] slot of a word's first and last bytes
/// (the low five bits: ASCII case does not change them).
#[inline]
fn ends_slot(first: u8, last: u8) -> usize {
    usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// False when `word` is ASCII and no key has its shape: it is no key. A
/// non-ASCII word may lowercase to another shape, so it is looked up.
#[inline]
fn may_be(shapes: &Shapes, word: &str) -> bool {
    !word.is_ascii() || shapes.may_contain(word.as_bytes())
}

/// `f` of the bytes of `word` lowercased (on the stack for a short ASCII
/// word).
#[inline]
fn with_lower_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(lower);
    }
    f(word.to_lowercase().as_bytes())
}

fn key(word: &str) -> Box<[u8]> {
    word.to_lowercase().into_bytes().into_boxed_slice()
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn gender_of(code: &str) -> Option<Gender> {
    match code {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

impl Lexicon {
    /// The stage's own lists (`data/coref/`: gender words and description
    /// heads, part of the rules and always embedded) and, when `embedded`,
    /// the census first names; without them gender comes from titles,
    /// gender words and pronouns, or from first names the builder gives.
    pub(crate) fn new(embedded: bool) -> Lexicon {
        let mut lex = Lexicon::default();
        lex.add_gender_words(include_str!("../../data/coref/gender_words.tsv"));
        lex.add_heads(include_str!("../../data/coref/descriptions.tsv"));
        for (i, p) in super::PRONOUNS.iter().enumerate() {
            lex.add_start(p.as_bytes());
            let (_, head) = lex.pronoun_or_head_packed(p);
            lex.pronouns_and_heads
                .insert(p.as_bytes(), (i as u8 + 1, head));
        }
        // Ages ("35-year-old") begin with a digit, end with "d" and are
        // eleven bytes or more.
        for d in b'0'..=b'9' {
            lex.first_last.0[ends_slot(d, b'd')] |= !0 << 11;
        }
        if embedded {
            #[cfg(feature = "embedded")]
            lex.add_first_names(include_str!("../../data/gazetteer/first_names.tsv"));
        }
        lex
    }

    /// `word<TAB>f|m` rows.
    pub(crate) fn add_gender_words(&mut self, text: &str) {
        for row in rows(text) {
            if let (Some(w), Some(g)) = (row.first(), row.get(1).and_then(|c| gender_of(c))) {
                let w = w.to_lowercase();
                self.gender_shapes.insert(w.as_bytes());
                self.gender_words.insert(key(&w), g);
                self.set_person_bits(&w, !(MALE | FEMALE), gender_bits(g));
            }
        }
    }

    /// The census rows `name<TAB>f|m|u<TAB>count`: only names whose bearers
    /// are mostly of one sex tell a gender.
    pub(crate) fn add_first_names(&mut self, text: &str) {
        for row in rows(text) {
            if let (Some(w), Some(g)) = (row.first(), row.get(1).and_then(|c| gender_of(c))) {
                let w = w.to_lowercase();
                self.first_name_shapes.insert(w.as_bytes());
                self.first_names.insert(key(&w), g);
                self.first_names_packed.insert(w.as_bytes(), gender_bits(g));
            }
        }
    }

    /// `head<TAB>person|organization<TAB>also` rows.
    pub(crate) fn add_heads(&mut self, text: &str) {
        for row in rows(text) {
            let (Some(head), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let person = *kind == "person";
            let source = *kind == "source";
            let also: Vec<&str> = row
                .get(2)
                .map(|a| a.split('|').filter(|w| !w.is_empty()).collect())
                .unwrap_or_default();
            let any = also.contains(&"*");
            let head_lower = head.to_lowercase();
            if person {
                self.role_shapes.insert(head_lower.as_bytes());
                self.roles.insert(key(&head_lower), ());
                self.set_person_bits(&head_lower, !0, ROLE);
                for a in also.iter().filter(|a| **a != "*") {
                    if let Some(last) = a.split_whitespace().last() {
                        let last = last.to_lowercase();
                        self.role_shapes.insert(last.as_bytes());
                        self.roles.insert(key(&last), ());
                        self.set_person_bits(&last, !0, ROLE);
                    }
                }
            }
            let also = also
                .iter()
                .filter(|a| **a != "*")
                .map(|a| {
                    if person || source {
                        let last = a.split_whitespace().last().unwrap_or(a);
                        last.to_lowercase().into()
                    } else {
                        (*a).into()
                    }
                })
                .collect();
            let head = Head {
                person,
                source,
                any,
                also,
            };
            self.head_min = if self.heads.is_empty() {
                head_lower.len()
            } else {
                self.head_min.min(head_lower.len())
            };
            self.head_shapes.insert(head_lower.as_bytes());
            self.add_start(head_lower.as_bytes());
            // A head given again replaces the first, as in a map.
            let index = match self.heads.get(&*key(&head_lower)) {
                Some(&i) => {
                    self.head_list[i as usize] = head;
                    i
                }
                None => {
                    self.head_list.push(head);
                    u32::try_from(self.head_list.len() - 1).unwrap_or(u32::MAX)
                }
            };
            self.heads.insert(key(&head_lower), index);
            self.heads_packed.insert(head_lower.as_bytes(), index);
            let (pronoun, _) = self.pronoun_or_head_packed(&head_lower);
            self.pronouns_and_heads
                .insert(head_lower.as_bytes(), (pronoun, index + 1));
        }
    }

    /// Keeps the `keep` bits of `word`'s [`Lexicon::person_words`] and
    /// sets `set`.
    fn set_person_bits(&mut self, word: &str, keep: u8, set: u8) {
        let old = pack(word.as_bytes())
            .and_then(|k| self.person_words.get(k))
            .unwrap_or(0);
        self.person_words.insert(word.as_bytes(), old & keep | set);
        self.person_shapes.insert(word.as_bytes());
    }

    /// Whether `word` names a person's role, and the gender it tells:
    /// [`Lexicon::is_role`] and [`Lexicon::gender_word`] with one lookup
    /// for most words.
    // Always inlined: asked of every word around a person's name, and a
    // call saves and restores more registers than the lookup takes.
    #[inline(always)]
    pub(crate) fn role_and_gender(&self, word: &str) -> (bool, Option<Gender>) {
        if !word.ends_with('.') {
            if let Some(k) = pack(word.as_bytes()) {
                let bits = self.person_bits(k, word);
                return (bits & ROLE != 0, bits_gender(bits));
            }
        }
        (self.is_role(word), self.gender_word(word))
    }

    /// The [`Lexicon::person_words`] bits of `word`, packed as `key`.
    #[inline]
    fn person_bits(&self, key: u128, word: &str) -> u8 {
        // (a packed word is ASCII: its shape is its lowercase's)
        if !self.person_shapes.may_contain(word.as_bytes()) {
            return 0;
        }
        self.person_words.get(key).unwrap_or(0)
    }

    /// The gender a title or noun tells ("Ms.", "spokeswoman").
    pub(crate) fn gender_word(&self, word: &str) -> Option<Gender> {
        let word = word.trim_end_matches('.');
        if let Some(k) = pack(word.as_bytes()) {
            return bits_gender(self.person_bits(k, word));
        }
        if !may_be(&self.gender_shapes, word) {
            return None;
        }
        with_lower_bytes(word, |w| self.gender_words.get(w).copied())
    }

    /// The gender a first name tells.
    pub(crate) fn first_name(&self, word: &str) -> Option<Gender> {
        if let Some(k) = pack(word.as_bytes()) {
            return self.first_names_packed.get(k).and_then(bits_gender);
        }
        if !may_be(&self.first_name_shapes, word) {
            return None;
        }
        with_lower_bytes(word, |w| self.first_names.get(w).copied())
    }

    fn add_start(&mut self, word: &[u8]) {
        if self.starts.is_empty() {
            self.starts = vec![0; 1 << 15];
        }
        if let ([first, second, ..], Some(&last)) = (word, word.last()) {
            self.starts[start_slot(*first, *second, last)] |= 1 << word.len().min(31);
            self.first_last.0[ends_slot(*first, last)] |= 1 << word.len().min(31);
        }
    }

    /// False when a token of `len` bytes from `first` to `last` is no
    /// head, pronoun or age ("35-year-old"); true says nothing.
    #[inline]
    pub(crate) fn may_be_candidate(&self, first: u8, last: u8, len: usize) -> bool {
        self.first_last.0[ends_slot(first, last)] & (1 << len.min(31)) != 0
    }

    /// False when `word` (two bytes or more) is no head or pronoun up to
    /// ASCII case, by its first, second and last bytes and its length;
    /// true says nothing.
    #[inline]
    pub(crate) fn may_start(&self, word: &[u8]) -> bool {
        let ([first, second, ..], Some(&last)) = (word, word.last()) else {
            return false;
        };
        let (first, second) = (*first, *second);
        first < 0x80
            && self
                .starts
                .get(start_slot(first, second, last))
                .is_some_and(|bits| bits & (1 << word.len().min(31)) != 0)
    }

    /// The description head `word` is (lowercase lookup).
    #[inline]
    pub(crate) fn head(&self, word: &str) -> Option<&Head> {
        // Asked for every word outside quotes: the length and shape tests
        // are inlined, the lookup is not. (A word whose lowercase is longer
        // has another shape: the length test turns away no more.)
        if word.len() < self.head_min || !self.head_shapes.may_contain(word.as_bytes()) {
            return None;
        }
        self.head_lookup(word).map(|(_, h)| h)
    }

    fn pronoun_or_head_packed(&self, word: &str) -> (u8, u32) {
        pack(word.as_bytes())
            .and_then(|k| self.pronouns_and_heads.get(k))
            .unwrap_or_default()
    }

    /// The pronoun or description head `word` is, up to ASCII case (a
    /// pronoun first): one lookup for a short ASCII word.
    #[inline]
    pub(crate) fn pronoun_or_head(&self, word: &str) -> Option<Found<'_>> {
        let Some(k) = pack(word.as_bytes()) else {
            // no pronoun is longer or other than ASCII
            return self.head_entry(word).map(|(k, h)| Found::Head(k, h));
        };
        match self.pronouns_and_heads.get(k)? {
            (0, 0) => None,
            (0, h) => Some(Found::Head(h - 1, self.head_at(h - 1)?)),
            (p, _) => Some(Found::Pronoun(usize::from(p - 1))),
        }
    }

    /// [`Lexicon::head`] with the head's index ([`Lexicon::head_at`]).
    #[inline]
    pub(crate) fn head_entry(&self, word: &str) -> Option<(u32, &Head)> {
        if word.len() < self.head_min || !self.head_shapes.may_contain(word.as_bytes()) {
            return None;
        }
        self.head_lookup(word)
    }

    /// The head of index `k`.
    #[inline]
    pub(crate) fn head_at(&self, k: u32) -> Option<&Head> {
        self.head_list.get(k as usize)
    }

    #[inline(never)]
    fn head_lookup(&self, word: &str) -> Option<(u32, &Head)> {
        let index = match pack(word.as_bytes()) {
            Some(k) => self.heads_packed.get(k),
            None => with_lower_bytes(word, |w| self.heads.get(w).copied()),
        }?;
        Some((index, self.head_list.get(index as usize)?))
    }

    /// True when `word` names a person's role ("minister", "treasurer").
    pub(crate) fn is_role(&self, word: &str) -> bool {
        if let Some(k) = pack(word.as_bytes()) {
            return self.person_bits(k, word) & ROLE != 0;
        }
        if !may_be(&self.role_shapes, word) {
            return false;
        }
        with_lower_bytes(word, |w| self.roles.contains_key(w))
    }
}
