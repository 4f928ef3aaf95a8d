//! The phrase list of `data/boilerplate_phrases.txt`: words of page
//! furniture ("Share on Facebook", "Related Articles", "All rights
//! reserved"), matched in one pass of an automaton over the whole text and
//! mapped to the paragraphs they stand in.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::features::floor_boundary;
use crate::{Paragraph, ParagraphKind};

/// The embedded list.
#[cfg(feature = "embedded")]
pub(crate) const EMBEDDED: &str = include_str!("../../data/boilerplate_phrases.txt");

/// Where in a line a phrase must stand to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// The phrase is the whole line (give or take final marks).
    Line,
    /// The line starts with the phrase.
    Start,
    /// Anywhere in the line.
    Anywhere,
}

/// What a phrase says about the line it stands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The kind of furniture the phrase belongs to.
    pub(crate) kind: ParagraphKind,
    /// Where it stood.
    pub(crate) place: Place,
}

/// The phrases and their automaton (ASCII case-insensitive, leftmost
/// longest).
#[derive(Clone, Debug, Default)]
pub(crate) struct Phrases {
    automaton: Option<AhoCorasick>,
    meta: Vec<(ParagraphKind, Place)>,
}

impl Phrases {
    /// Parses a list in the format of `data/boilerplate_phrases.txt`; lines
    /// that do not parse are skipped (the embedded list is checked by a test).
    pub(crate) fn parse(list: &str) -> Phrases {
        let mut patterns = Vec::new();
        let mut meta = Vec::new();
        for line in list.lines() {
            if let Some((kind, place, phrase)) = parse_line(line) {
                patterns.push(phrase);
                meta.push((kind, place));
            }
        }
        if patterns.is_empty() {
            return Phrases::default();
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        Phrases { automaton, meta }
    }

    /// Fills `hits[i]` with the phrases standing where they must in
    /// paragraph `i` (`paragraphs` in text order, `hits` as long): the
    /// strongest phrase that is the line or starts it, and the first that
    /// stands anywhere.
    pub(crate) fn find(&self, text: &str, paragraphs: &[Paragraph], hits: &mut [Hits]) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        for (para, h) in paragraphs.iter().zip(hits.iter_mut()) {
            let line = &text[para.span];
            // Phrases stand near a line's start, and a notice names itself
            // early: the head of a long paragraph is searched, not all of it.
            let head = &line[..floor_boundary(line, SEARCHED)];
            for m in automaton.find_iter(head) {
                let (kind, place) = self.meta[m.pattern().as_usize()];
                let fits = match place {
                    Place::Anywhere => true,
                    Place::Start => m.start() == 0 && word_ends(line, m.end()),
                    Place::Line => m.start() == 0 && only_marks_after(&line[m.end()..]),
                };
                if !fits {
                    continue;
                }
                let hit = Some(Hit { kind, place });
                match place {
                    Place::Anywhere => {
                        h.anywhere.get_or_insert(Hit { kind, place });
                    }
                    // A whole-line phrase beats a line start.
                    Place::Line => h.line = hit,
                    Place::Start => {
                        if h.line.is_none() {
                            h.line = hit;
                        }
                    }
                }
            }
        }
    }
}

/// How many bytes at the start of a paragraph are searched for phrases.
const SEARCHED: usize = 300;

/// The phrases found in one paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Hits {
    /// A phrase that is the whole line or starts it.
    pub(crate) line: Option<Hit>,
    /// The first phrase standing anywhere in it.
    pub(crate) anywhere: Option<Hit>,
}

/// `KIND<TAB>WHERE<TAB>PHRASE`; `None` for comments, blank or bad lines.
fn parse_line(line: &str) -> Option<(ParagraphKind, Place, &str)> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut parts = line.splitn(3, '\t');
    let kind = ParagraphKind::parse(parts.next()?)?;
    let place = match parts.next()? {
        "=" => Place::Line,
        "^" => Place::Start,
        "~" => Place::Anywhere,
        _ => return None,
    };
    let phrase = parts.next()?;
    if phrase.trim().is_empty() || kind == ParagraphKind::Body {
        return None;
    }
    Some((kind, place, phrase))
}

/// True when the phrase ending at `end` of `line` does not stop inside a
/// word ("Related" in "Relatedness" does not count).
fn word_ends(line: &str, end: usize) -> bool {
    let before = line[..end].chars().next_back();
    let after = line[end..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => !(b.is_alphanumeric() && a.is_alphanumeric()),
        _ => true,
    }
}

/// True when what follows a whole-line phrase is only white space, marks
/// (`:`, `»`, `>`, `…`) or a count in brackets ("Comments (12)").
fn only_marks_after(rest: &str) -> bool {
    rest.chars().all(|c| {
        c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(
                c,
                ':' | '.' | '!' | '»' | '›' | '>' | '…' | '(' | ')' | '[' | ']' | '|' | '-' | '→'
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    fn hits(list: &str, text: &str) -> Vec<Option<(ParagraphKind, Place)>> {
        let phrases = Phrases::parse(list);
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            paragraphs.push(Paragraph {
                span: Span::new(start, start + line.len()),
                kind: ParagraphKind::Body,
            });
            start += line.len() + 1;
        }
        let mut out = vec![Hits::default(); paragraphs.len()];
        phrases.find(text, &paragraphs, &mut out);
        out.into_iter()
            .map(|h| h.line.or(h.anywhere).map(|h| (h.kind, h.place)))
            .collect()
    }

    #[test]
    fn places_are_kept() {
        let list =
            "share\t=\tshare\nrelated\t^\trelated\nlegal\t~\tall rights reserved\n# c\nbad line";
        let text = "Share:\nShare the road\nRelated: a story\nRelatedness is odd\n© Acme. All Rights Reserved.";
        assert_eq!(
            hits(list, text),
            [
                Some((ParagraphKind::Share, Place::Line)),
                None,
                Some((ParagraphKind::Related, Place::Start)),
                None,
                Some((ParagraphKind::Legal, Place::Anywhere)),
            ]
        );
    }

    #[cfg(feature = "embedded")]
    #[test]
    fn every_embedded_line_parses() {
        for line in EMBEDDED.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            assert!(parse_line(line).is_some(), "bad line {line:?}");
        }
    }
}
