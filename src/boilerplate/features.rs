//! What the rules measure on one paragraph, in one pass over its chars:
//! length, words, function words (`data/function_words.txt`), capitals,
//! digits, the mark it ends with, links and separators.

use std::collections::HashSet;

use crate::fnv::FnvBuildHasher;

/// The embedded function words.
#[cfg(feature = "embedded")]
pub(crate) const EMBEDDED: &str = include_str!("../../data/function_words.txt");

/// Lowercase function words of several languages.
#[derive(Clone, Debug, Default)]
pub(crate) struct FunctionWords {
    words: HashSet<Box<[u8]>, FnvBuildHasher>,
    max_len: usize,
}

impl FunctionWords {
    /// One word a line, `#` comments.
    pub(crate) fn parse(list: &str) -> FunctionWords {
        let mut out = FunctionWords::default();
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            out.max_len = out.max_len.max(line.len());
            out.words.insert(line.as_bytes().into());
        }
        out
    }

    /// True when `word` (ASCII letters lowercased) is listed.
    fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > self.max_len || bytes.len() > BUF {
            return false;
        }
        let mut buf = [0u8; BUF];
        for (b, &c) in buf.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        self.words.contains(&buf[..bytes.len()])
    }
}

const BUF: usize = 24;

/// How a line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// A sentence's end: `.`, `!`, `?`, `。` (closing quotes may follow).
    Stop,
    /// A colon: a line that introduces what follows.
    Colon,
    /// Anything else: a headline, a menu entry, a caption without a stop.
    Open,
}

/// The measures of one paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    /// Length in Latin-letter equivalents: a CJK char counts 3.
    pub(crate) len: f32,
    /// Words, split at white space (CJK text: one per 2 chars).
    pub(crate) words: u32,
    /// Words in the function-word list.
    pub(crate) function: u32,
    /// Words starting with an uppercase letter.
    pub(crate) capitalized: u32,
    /// ASCII digits.
    pub(crate) digits: u32,
    /// How it ends.
    pub(crate) end: End,
    /// Holds a URL or a bare web address.
    pub(crate) url: bool,
    /// Menu separators standing alone between words: `|`, `•`, `»`, `·`.
    pub(crate) separators: u32,
}

impl Line {
    /// Measures `line` (trimmed, non-empty).
    pub(crate) fn measure(line: &str, function_words: &FunctionWords) -> Line {
        let mut words = 0;
        let mut function = 0;
        let mut capitalized = 0;
        let mut separators = 0;
        let mut url = false;
        for word in line.split_whitespace() {
            let first = word.chars().next().unwrap_or(' ');
            if word.chars().count() == 1 && matches!(first, '|' | '•' | '»' | '·' | '/' | '›')
            {
                separators += 1;
                continue;
            }
            words += 1;
            if first.is_uppercase() {
                capitalized += 1;
            }
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            if function_words.contains(bare) {
                function += 1;
            }
            if !url {
                url = is_address(word);
            }
        }
        let mut len = 0.0;
        let mut digits = 0;
        let mut cjk = 0;
        for c in line.chars() {
            if is_cjk(c) {
                cjk += 1;
                len += 3.0;
            } else {
                len += 1.0;
            }
            if c.is_ascii_digit() {
                digits += 1;
            }
        }
        if cjk > 0 {
            // A CJK sentence has no spaces: count a word per two chars and
            // take a fifth of them as function words, prose-like.
            words += cjk / 2;
            function += cjk / 10;
        }
        Line {
            len,
            words,
            function,
            capitalized,
            digits,
            end: ending(line),
            url,
            separators,
        }
    }

    /// Share of the words that are function words.
    pub(crate) fn function_share(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.function as f32 / self.words as f32
        }
    }
}

/// How `line` ends, past closing quotes and brackets.
fn ending(line: &str) -> End {
    let last = line
        .trim_end_matches(|c: char| {
            matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）'
            ) || c.is_whitespace()
        })
        .chars()
        .next_back();
    match last {
        Some('.' | '!' | '?' | '。' | '！' | '？' | '…') => End::Stop,
        Some(':' | '：') => End::Colon,
        _ => End::Open,
    }
}

/// A web address: `http://`, `https://`, `www.` or a word with a slash
/// after a dot-com-like host.
fn is_address(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '<', '[', '"']);
    starts_with_ignore_case(w, "http://")
        || starts_with_ignore_case(w, "https://")
        || starts_with_ignore_case(w, "www.")
        || [".com/", ".org/", ".net/", ".co.uk/", ".html"]
            .iter()
            .any(|t| w.contains(t))
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Han, kana and Hangul: scripts written without spaces between words
/// (Hangul uses spaces but packs a word in few chars).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures() {
        let words = FunctionWords::parse("# c\nthe\nof\nund");
        let l = Line::measure("The Minister of Health said “no.”", &words);
        assert_eq!((l.words, l.function, l.capitalized), (6, 2, 3));
        assert_eq!(l.end, End::Stop);
        assert!(!l.url);
        let l = Line::measure("Home | News | Sport", &words);
        assert_eq!((l.words, l.separators, l.end), (3, 2, End::Open));
        assert!(Line::measure("See https://x.example/a", &words).url);
        assert_eq!(Line::measure("Continue reading:", &words).end, End::Colon);
        let l = Line::measure("東京で会議が開かれた。", &words);
        assert_eq!(l.end, End::Stop);
        assert!(l.len >= 30.0);
    }
}
