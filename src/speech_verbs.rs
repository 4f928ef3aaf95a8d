//! The speech verbs that mark an attribution ("said", "told", "according
//! to"), shared by quote attribution and by the entity rule that a
//! capitalized name before "said" is a person.
//!
//! The list lives in `data/speech_verbs.txt`, one lemma per line with its
//! inflections; the builder can add more. Lines after a `[naming]` header
//! are verbs of naming ("dubbed", "called"), kept apart: they attribute a
//! quoted term, not speech, and [`SpeechVerbs::contains`] does not know them.
//! Lines after a `[naming as]` header name only through "as" ("dismissed
//! the claims as", "rejected it as"): without it they report no words.

use crate::fnv::FnvBuildHasher;
use crate::shapes::Shapes;
use std::collections::HashMap;

/// What a matched verb form does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum VerbClass {
    /// Saying or writing: "said", "told", "according to".
    Speech,
    /// Naming a thing with a quoted term: "dubbed", "called".
    Naming,
    /// Naming a thing with a quoted term through "as": "dismissed the
    /// claims as", "rejected it as".
    NamingAs,
}

/// A set of speech verbs and their inflected forms.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpeechVerbs {
    /// Every form's first word, lowercase: what starts there.
    first_words: Map,
    /// Longest key of `first_words`, in bytes: longer words are no verb.
    max_len: usize,
    /// The shapes of the keys of `first_words`: most words are no verb.
    shapes: Shapes,
    /// Forms of several words, as lowercase words, with their class; sorted,
    /// so the phrases sharing a first word are one range.
    phrases: Vec<(Vec<String>, VerbClass)>,
}

/// What the forms starting with one word are.
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    /// What the word alone is, if a form: the first class listed in
    /// [`VerbClass`] order when lists give it several.
    alone: Option<VerbClass>,
    /// The phrases starting with the word: a range of `phrases`.
    phrases: (u32, u32),
}

/// Words are looked up by their ASCII-lowercased bytes, copied to a buffer
/// of this size (longer words, from builder lists only, allocate).
const BUF_LEN: usize = 32;

type Map = HashMap<Box<[u8]>, Entry, FnvBuildHasher>;

impl SpeechVerbs {
    /// The embedded list (when the `embedded` feature is on) plus `extra`
    /// (speech verbs, one form each, possibly of several words).
    #[cfg_attr(not(test), allow(dead_code))] // the unit tests build one this way
    pub(crate) fn new<I, S>(embedded: bool, extra: I) -> SpeechVerbs
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        SpeechVerbs::with_lists(embedded, extra, &[])
    }

    /// As [`SpeechVerbs::new`], plus `lists` in the format of
    /// `data/speech_verbs.txt`.
    pub(crate) fn with_lists<I, S>(embedded: bool, extra: I, lists: &[&str]) -> SpeechVerbs
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut all: Vec<(String, VerbClass)> = Vec::new();
        if embedded {
            #[cfg(feature = "embedded")]
            all.extend(parse_list(include_str!("../data/speech_verbs.txt")));
        }
        for list in lists {
            all.extend(parse_list(list));
        }
        all.extend(
            extra
                .into_iter()
                .map(|s| (s.as_ref().trim().to_lowercase(), VerbClass::Speech)),
        );
        let mut verbs = SpeechVerbs::default();
        for (form, class) in all {
            let words: Vec<String> = form.split_whitespace().map(String::from).collect();
            match (words.len(), class) {
                (0, _) => {}
                (1, _) => {
                    let alone = &mut verbs.entry(&form).alone;
                    *alone = Some(alone.map_or(class, |c| c.min(class)));
                }
                _ => verbs.phrases.push((words, class)),
            }
        }
        verbs.phrases.sort();
        verbs.phrases.dedup();
        let mut i = 0;
        while i < verbs.phrases.len() {
            let first = verbs.phrases[i].0[0].clone();
            let mut j = i + 1;
            while j < verbs.phrases.len() && verbs.phrases[j].0[0] == first {
                j += 1;
            }
            verbs.entry(&first).phrases = (i as u32, j as u32);
            i = j;
        }
        verbs
    }

    fn entry(&mut self, word: &str) -> &mut Entry {
        self.max_len = self.max_len.max(word.len());
        self.shapes.insert(word.as_bytes());
        self.first_words.entry(word.as_bytes().into()).or_default()
    }

    /// What starts with `word` (any case).
    #[inline]
    fn lookup(&self, word: &str) -> Option<&Entry> {
        let bytes = word.as_bytes();
        if bytes.len() > self.max_len {
            return None;
        }
        if !self.shapes.may_contain(bytes) {
            return None;
        }
        if bytes.len() > BUF_LEN {
            return self.first_words.get(&*bytes.to_ascii_lowercase());
        }
        let mut buf = [0u8; BUF_LEN];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        self.first_words.get(&*lower)
    }

    /// True when `word` (any case) is a one-word speech verb form.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.lookup(word)
            .is_some_and(|e| e.alone == Some(VerbClass::Speech))
    }

    /// The verb form that starts at byte `start` of `text` (a word start),
    /// longest first: its end and class. Several-word forms match words
    /// separated by single spaces.
    #[cfg_attr(not(test), allow(dead_code))] // the attributor knows its words' ends
    pub(crate) fn match_at(&self, text: &str, start: usize) -> Option<(usize, VerbClass)> {
        self.match_word(text, start, word_end(text.as_bytes(), start))
    }

    /// False when no verb form starts with the word `first` (ASCII letters):
    /// a bit test on its shape, that turns most words away.
    #[inline]
    pub(crate) fn may_start(&self, first: &[u8]) -> bool {
        !first.is_empty() && first.len() <= self.max_len && self.shapes.may_contain(first)
    }

    /// [`SpeechVerbs::match_at`] for a caller that knows where the ASCII
    /// letters from `start` end (`first_end`).
    pub(crate) fn match_word(
        &self,
        text: &str,
        start: usize,
        first_end: usize,
    ) -> Option<(usize, VerbClass)> {
        if !self.may_start(&text.as_bytes()[start..first_end]) {
            return None;
        }
        let bytes = text.as_bytes();
        let word_end = |from: usize| word_end(bytes, from);
        let entry = self.lookup(&text[start..first_end])?;
        let mut best: Option<(usize, VerbClass)> = None;
        let (from, to) = entry.phrases;
        for (words, class) in &self.phrases[from as usize..to as usize] {
            let mut pos = first_end;
            let mut ok = true;
            for w in &words[1..] {
                if bytes.get(pos) != Some(&b' ') {
                    ok = false;
                    break;
                }
                let e = word_end(pos + 1);
                if !text[pos + 1..e].eq_ignore_ascii_case(w) {
                    ok = false;
                    break;
                }
                pos = e;
            }
            if ok && best.map_or(true, |(e, _)| pos > e) {
                best = Some((pos, *class));
            }
        }
        if best.is_some() {
            return best;
        }
        entry.alone.map(|class| (first_end, class))
    }
}

/// Where the ASCII letters from byte `from` of `bytes` end.
#[inline]
fn word_end(bytes: &[u8], from: usize) -> usize {
    let mut e = from;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    e
}

/// Checks speech verbs given to the builder: each must contain a letter.
pub(crate) fn check<S: AsRef<str>>(extra: &[S]) -> Result<(), crate::BuildError> {
    match extra
        .iter()
        .find(|v| !v.as_ref().chars().any(char::is_alphabetic))
    {
        Some(v) => Err(crate::BuildError::entry(format!(
            "speech verb {:?} has no letters",
            v.as_ref()
        ))),
        None => Ok(()),
    }
}

/// Lines of a word list: `#` starts a comment; words on a line are separated
/// by commas or tabs; a `[naming]` line starts the naming verbs, a
/// `[naming as]` line those that name through "as".
fn parse_list(list: &str) -> impl Iterator<Item = (String, VerbClass)> + '_ {
    let mut class = VerbClass::Speech;
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(move |l| {
            if l.eq_ignore_ascii_case("[naming]") {
                class = VerbClass::Naming;
                return None;
            }
            if l.eq_ignore_ascii_case("[naming as]") {
                class = VerbClass::NamingAs;
                return None;
            }
            Some((l, class))
        })
        .flat_map(|(l, class)| {
            l.split([',', '\t'])
                .map(move |w| (w.trim().to_lowercase(), class))
        })
        .filter(|(w, _)| !w.is_empty())
}

#[cfg(test)]
mod tests {
    // Some tests read the embedded lists; without them their helpers go unused.
    #![cfg_attr(not(feature = "embedded"), allow(dead_code, unused_imports))]

    use super::*;

    #[test]
    #[cfg(feature = "embedded")] // needs the embedded speech verbs
    fn forms_and_phrases() {
        let v = SpeechVerbs::new(true, ["quipped", "chimed in"]);
        assert!(v.contains("said") && v.contains("SAID") && v.contains("quipped"));
        assert!(!v.contains("dubbed"), "naming verbs are not speech verbs");
        let t = "according to police";
        assert_eq!(v.match_at(t, 0), Some((12, VerbClass::Speech)));
        assert_eq!(v.match_at("dubbed it", 0), Some((6, VerbClass::Naming)));
        assert_eq!(
            v.match_at("dismissed it", 0),
            Some((9, VerbClass::NamingAs))
        );
        assert_eq!(v.match_at("he chimed in", 3), Some((12, VerbClass::Speech)));
        assert_eq!(v.match_at("according", 0), None);
        assert_eq!(v.match_at("table", 0), None);
        let none = SpeechVerbs::new(false, ["whispered"]);
        assert!(none.contains("whispered") && !none.contains("said"));
        assert!(check(&["said", "according to"]).is_ok());
        assert!(check(&["said", " "]).is_err());
    }

    #[test]
    fn shape_filter_rejects_no_key() {
        let v = SpeechVerbs::new(true, ["quipped", "chimed in", "über", "dijo", "x"]);
        let plain = |w: &str| v.first_words.get(w.to_ascii_lowercase().as_bytes());
        let mut words: Vec<String> = v
            .first_words
            .keys()
            .map(|k| String::from_utf8(k.to_vec()).unwrap())
            .collect();
        words.extend(words.clone().iter().map(|w| w.to_uppercase()));
        words.extend(
            [
                "",
                "Said",
                "sAiD",
                "saidx",
                "sad",
                "the",
                "Über",
                "ÜBER",
                "dijo",
                "DIJO",
                "x",
                "X",
                "xx",
                "ask",
                "asks,",
                "según",
                "accordin",
                "According",
                "é",
                "told’",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(v.lookup(w).is_some(), plain(w).is_some(), "{w:?}");
        }
    }
}
