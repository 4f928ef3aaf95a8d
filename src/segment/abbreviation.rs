//! Which words before a period are abbreviations, and of what kind: the
//! list in `data/abbreviations.txt` (format documented there) plus the
//! builder's extras, in a case-aware hash set built once.

use crate::fnv::FnvBuildHasher;
use crate::shapes::Shapes;
use std::collections::HashMap;

/// How a period after an abbreviation may end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Stands before a name or example: never ends a sentence ("Mr.", "e.g.").
    Prefix,
    /// Stands before a number ("No. 5", "Jan. 5"); before anything else it
    /// is a plain word ("He said no. Definitely").
    Number,
    /// Ends a sentence only before a common sentence starter ("Co.", "etc.").
    Ordinary,
}

impl Kind {
    fn parse(name: &str) -> Option<Kind> {
        match name.trim() {
            "prefix" => Some(Kind::Prefix),
            "number" => Some(Kind::Number),
            "ordinary" => Some(Kind::Ordinary),
            _ => None,
        }
    }
}

/// Longest abbreviation looked up, in bytes; longer words are never
/// abbreviations, which keeps lookups allocation-free.
const MAX_LEN: usize = 24;

type Map = HashMap<Box<[u8]>, Kind, FnvBuildHasher>;

/// A set of abbreviations with their kinds.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    /// Entries written in lower case, keyed by ASCII-lowercased bytes.
    any_case: Map,
    /// Entries with a capital letter, matched exactly.
    exact: Map,
    /// The shapes of all entries: most words before a period are none.
    shapes: Shapes,
}

impl Abbreviations {
    /// Parses the `data/abbreviations.txt` format. Unknown section names and
    /// over-long entries are skipped: the list is ours and tested.
    #[cfg(test)]
    pub(crate) fn parse(list: &str) -> Abbreviations {
        let mut set = Abbreviations::default();
        set.extend_from_list(list);
        set
    }

    /// Adds the entries of a list in the `data/abbreviations.txt` format.
    pub(crate) fn extend_from_list(&mut self, list: &str) {
        let mut kind = Some(Kind::Ordinary);
        for line in list.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = Kind::parse(name);
                continue;
            }
            if let Some(kind) = kind {
                self.insert(line, kind);
            }
        }
    }

    /// Adds a builder entry: "Hon" (ordinary) or "kind:Hon". A final period
    /// is ignored.
    pub(crate) fn insert_extra(&mut self, entry: &str) {
        let entry = entry.trim();
        let (kind, word) = match entry.split_once(':') {
            Some((k, w)) if Kind::parse(k).is_some() => (Kind::parse(k), w.trim()),
            _ => (Some(Kind::Ordinary), entry),
        };
        if let Some(kind) = kind {
            self.insert(word, kind);
        }
    }

    fn insert(&mut self, word: &str, kind: Kind) {
        let word = word.strip_suffix('.').unwrap_or(word);
        if word.is_empty() || word.len() > MAX_LEN {
            return;
        }
        self.shapes.insert(word.as_bytes());
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.exact.insert(word.as_bytes().into(), kind);
        } else {
            self.any_case
                .insert(word.to_ascii_lowercase().into_bytes().into(), kind);
        }
    }

    /// The kind of `word` (written without its final period), if it is a
    /// known abbreviation.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<Kind> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_LEN || !self.shapes.may_contain(bytes) {
            return None;
        }
        if let Some(&kind) = self.exact.get(bytes) {
            return Some(kind);
        }
        let mut buf = [0u8; MAX_LEN];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        self.any_case.get(&*lower).copied()
    }

    #[cfg(all(test, feature = "embedded"))]
    pub(crate) fn len(&self) -> usize {
        self.any_case.len() + self.exact.len()
    }
}

/// The embedded list.
#[cfg(feature = "embedded")]
pub(crate) const EMBEDDED: &str = include_str!("../../data/abbreviations.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_case() {
        let set = Abbreviations::parse(
            "# comment\n[prefix]\nmr\ne.g\n[number]\nno\nJan\n[ordinary]\nco\nMass\n[unknown]\nzz\n",
        );
        let cases = [
            ("Mr", Some(Kind::Prefix)),
            ("MR", Some(Kind::Prefix)),
            ("e.g", Some(Kind::Prefix)),
            ("E.G", Some(Kind::Prefix)),
            ("No", Some(Kind::Number)),
            ("Jan", Some(Kind::Number)),
            ("jan", None),
            ("Co", Some(Kind::Ordinary)),
            ("Mass", Some(Kind::Ordinary)),
            ("mass", None),
            ("zz", None),
            ("Smith", None),
            ("", None),
            ("averyveryveryverylongwordindeed", None),
        ];
        for (word, want) in cases {
            assert_eq!(set.get(word), want, "{word}");
        }
    }

    #[test]
    fn extras() {
        let mut set = Abbreviations::default();
        set.insert_extra("Hon");
        set.insert_extra("prefix:Amb.");
        set.insert_extra("weird:thing");
        assert_eq!(set.get("Hon"), Some(Kind::Ordinary));
        assert_eq!(set.get("Amb"), Some(Kind::Prefix));
        assert_eq!(set.get("weird:thing"), Some(Kind::Ordinary));
    }

    #[cfg(feature = "embedded")]
    #[test]
    fn embedded_list_parses() {
        let set = Abbreviations::parse(EMBEDDED);
        assert!(set.len() > 100);
        assert_eq!(set.get("Gov"), Some(Kind::Prefix));
        assert_eq!(set.get("No"), Some(Kind::Number));
        assert_eq!(set.get("Inc"), Some(Kind::Ordinary));
        assert_eq!(set.get("N°"), Some(Kind::Number));
    }
}
