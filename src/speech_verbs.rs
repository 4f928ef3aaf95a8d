//! The speech verbs that mark an attribution ("said", "told", "according
//! to"), shared by quote attribution and by the entity rule that a
//! capitalized name before "said" is a person.
//!
//! The list lives in `data/speech_verbs.txt`, one lemma per line with its
//! inflections; the builder can add more.

/// A set of speech verbs and their inflected forms.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpeechVerbs {
    /// Every form, lowercase, sorted, deduplicated.
    forms: Vec<String>,
}

impl SpeechVerbs {
    /// The embedded list (when the `embedded` feature is on) plus `extra`.
    pub(crate) fn new<I, S>(embedded: bool, extra: I) -> SpeechVerbs
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut forms: Vec<String> = Vec::new();
        if embedded {
            #[cfg(feature = "embedded")]
            forms.extend(parse_list(include_str!("../data/speech_verbs.txt")));
        }
        forms.extend(extra.into_iter().map(|s| s.as_ref().trim().to_lowercase()));
        forms.retain(|f| !f.is_empty());
        forms.sort();
        forms.dedup();
        SpeechVerbs { forms }
    }

    /// True when `word` (any case) is a speech verb form.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.forms
            .binary_search_by(|f| cmp_ignore_ascii_case(f, word))
            .is_ok()
    }
}

/// Lines of a word list: `#` starts a comment; words on a line are separated
/// by commas or tabs.
#[cfg(feature = "embedded")]
fn parse_list(list: &str) -> impl Iterator<Item = String> + '_ {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(|l| l.split([',', '\t']))
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
}

fn cmp_ignore_ascii_case(lower: &str, word: &str) -> std::cmp::Ordering {
    lower
        .bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}
