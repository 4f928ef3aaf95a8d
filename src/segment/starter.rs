//! Common sentence starters: capitalized words that, after an abbreviation
//! or initial, say a new sentence has begun ("Acme Co. It closed."), unlike
//! a name that continues it ("Acme Co. Chief Executive Jane Roe").
//!
//! These are function words: pronouns, determiners, conjunctions,
//! prepositions, auxiliaries and sentence adverbs. Their capital letter
//! comes from the sentence start, not from being a name.

/// Lower-case, sorted (binary-searched).
const STARTERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "few",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "last",
    "later",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "moreover",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "neither",
    "nevertheless",
    "next",
    "no",
    "none",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "unless",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Longest starter, in bytes.
const MAX_LEN: usize = 12;

/// True when `word` (its leading letters; case ignored) is a common sentence
/// starter.
pub(crate) fn is_starter(word: &str) -> bool {
    let bytes = word.as_bytes();
    let len = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    if len == 0 || len > MAX_LEN {
        return false;
    }
    let mut buf = [0u8; MAX_LEN];
    let lower = &mut buf[..len];
    lower.copy_from_slice(&bytes[..len]);
    lower.make_ascii_lowercase();
    STARTERS
        .binary_search_by(|s| s.as_bytes().cmp(lower))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_short() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        assert!(STARTERS.iter().all(|s| s.len() <= MAX_LEN));
    }

    #[test]
    fn starters() {
        let cases = [
            ("The", true),
            ("It's", true),
            ("HOW", true),
            ("Did", true),
            ("Government", false),
            ("Smith", false),
            ("", false),
            ("Théo", false),
        ];
        for (word, want) in cases {
            assert_eq!(is_starter(word), want, "{word}");
        }
    }
}
