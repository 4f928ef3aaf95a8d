//! The speech verbs that mark an attribution ("said", "told", "according
//! to"), shared by quote attribution and by the entity rule that a
//! capitalized name before "said" is a person.
//!
//! The list lives in `data/speech_verbs.txt`, one lemma per line with its
//! inflections; the builder can add more. Lines after a `[naming]` header
//! are verbs of naming ("dubbed", "called"), kept apart: they attribute a
//! quoted term, not speech, and [`SpeechVerbs::contains`] does not know them.

/// What a matched verb form does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum VerbClass {
    /// Saying or writing: "said", "told", "according to".
    Speech,
    /// Naming a thing with a quoted term: "dubbed", "called".
    Naming,
}

/// A set of speech verbs and their inflected forms.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpeechVerbs {
    /// Every one-word speech form, lowercase, sorted, deduplicated.
    forms: Vec<String>,
    /// One-word naming forms, lowercase, sorted.
    naming: Vec<String>,
    /// Forms of several words, as lowercase words, with their class.
    phrases: Vec<(Vec<String>, VerbClass)>,
}

impl SpeechVerbs {
    /// The embedded list (when the `embedded` feature is on) plus `extra`
    /// (speech verbs, one form each, possibly of several words).
    pub(crate) fn new<I, S>(embedded: bool, extra: I) -> SpeechVerbs
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut all: Vec<(String, VerbClass)> = Vec::new();
        if embedded {
            #[cfg(feature = "embedded")]
            all.extend(parse_list(include_str!("../data/speech_verbs.txt")));
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
                (1, VerbClass::Speech) => verbs.forms.push(form),
                (1, VerbClass::Naming) => verbs.naming.push(form),
                _ => verbs.phrases.push((words, class)),
            }
        }
        verbs.forms.sort();
        verbs.forms.dedup();
        verbs.naming.sort();
        verbs.naming.dedup();
        verbs.phrases.sort();
        verbs.phrases.dedup();
        verbs
    }

    /// True when `word` (any case) is a one-word speech verb form.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.forms
            .binary_search_by(|f| cmp_ignore_ascii_case(f, word))
            .is_ok()
    }

    /// The verb form that starts at byte `start` of `text` (a word start),
    /// longest first: its end and class. Several-word forms match words
    /// separated by single spaces.
    pub(crate) fn match_at(&self, text: &str, start: usize) -> Option<(usize, VerbClass)> {
        let bytes = text.as_bytes();
        let word_end = |from: usize| {
            let mut e = from;
            while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            e
        };
        let first_end = word_end(start);
        if first_end == start {
            return None;
        }
        let first = &text[start..first_end];
        let mut best: Option<(usize, VerbClass)> = None;
        for (words, class) in &self.phrases {
            if !words[0].eq_ignore_ascii_case(first) {
                continue;
            }
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
        if self.contains(first) {
            return Some((first_end, VerbClass::Speech));
        }
        if self
            .naming
            .binary_search_by(|f| cmp_ignore_ascii_case(f, first))
            .is_ok()
        {
            return Some((first_end, VerbClass::Naming));
        }
        None
    }
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
/// by commas or tabs; a `[naming]` line starts the naming verbs.
#[cfg(feature = "embedded")]
fn parse_list(list: &str) -> impl Iterator<Item = (String, VerbClass)> + '_ {
    let mut class = VerbClass::Speech;
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(move |l| {
            if l.eq_ignore_ascii_case("[naming]") {
                class = VerbClass::Naming;
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

fn cmp_ignore_ascii_case(lower: &str, word: &str) -> std::cmp::Ordering {
    lower
        .bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    // Some tests read the embedded lists; without them their helpers go unused.
    #![cfg_attr(not(feature = "embedded"), allow(dead_code, unused_imports))]

    use super::*;

    // Reads the embedded speech verb list.
    #[cfg(feature = "embedded")]
    #[test]
    fn forms_and_phrases() {
        let v = SpeechVerbs::new(true, ["quipped", "chimed in"]);
        assert!(v.contains("said") && v.contains("SAID") && v.contains("quipped"));
        assert!(!v.contains("dubbed"), "naming verbs are not speech verbs");
        let t = "according to police";
        assert_eq!(v.match_at(t, 0), Some((12, VerbClass::Speech)));
        assert_eq!(v.match_at("dubbed it", 0), Some((6, VerbClass::Naming)));
        assert_eq!(v.match_at("he chimed in", 3), Some((12, VerbClass::Speech)));
        assert_eq!(v.match_at("according", 0), None);
        assert_eq!(v.match_at("table", 0), None);
        let none = SpeechVerbs::new(false, ["whispered"]);
        assert!(none.contains("whispered") && !none.contains("said"));
        assert!(check(&["said", "according to"]).is_ok());
        assert!(check(&["said", " "]).is_err());
    }
}
