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
    "accordingly",
    "across",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "already",
    "also",
    "although",
    "amid",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "as",
    "at",
    "because",
    "before",
    "besides",
    "beyond",
    "both",
    "but",
    "by",
    "can",
    "could",
    "currently",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "elsewhere",
    "even",
    "eventually",
    "every",
    "everyone",
    "everything",
    "few",
    "finally",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "hence",
    "her",
    "here",
    "hers",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "initially",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "likewise",
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
    "nearly",
    "neither",
    "nevertheless",
    "next",
    "no",
    "nobody",
    "none",
    "nonetheless",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "otherwise",
    "our",
    "over",
    "overall",
    "perhaps",
    "please",
    "recently",
    "several",
    "she",
    "shortly",
    "should",
    "similarly",
    "since",
    "so",
    "some",
    "someone",
    "something",
    "sometimes",
    "soon",
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
    "through",
    "throughout",
    "thus",
    "to",
    "today",
    "tomorrow",
    "toward",
    "towards",
    "under",
    "unless",
    "unlike",
    "until",
    "upon",
    "usually",
    "was",
    "we",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whoever",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Longest starter, in bytes.
const MAX_LEN: usize = 12;

/// True when the word `bytes` start with (their leading ASCII letters; case
/// ignored) is a common sentence starter.
pub(crate) fn is_starter(bytes: &[u8]) -> bool {
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
            assert_eq!(is_starter(word.as_bytes()), want, "{word}");
        }
    }
}
