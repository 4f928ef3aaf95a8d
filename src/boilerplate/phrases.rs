//! The phrase list of `data/boilerplate_phrases.txt`: words of page
//! furniture ("Share on Facebook", "Related Articles", "All rights
//! reserved"), matched in one pass of an automaton over the whole text and
//! mapped to the paragraphs they stand in.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

use super::features::floor_boundary;
use crate::{Paragraph, ParagraphKind};

/// The embedded list.
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

/// The phrases, in two automatons (ASCII case-insensitive, leftmost
/// longest): those that must start the line, searched anchored at each
/// paragraph's start (a walk of a few states), and those that may stand
/// anywhere, searched over each paragraph's head.
#[derive(Clone, Debug, Default)]
pub(crate) struct Phrases {
    start: Option<(AhoCorasick, Vec<(ParagraphKind, Place)>)>,
    anywhere: Option<(AhoCorasick, Vec<ParagraphKind>)>,
}

impl Phrases {
    /// Parses a list in the format of `data/boilerplate_phrases.txt`; lines
    /// that do not parse are skipped (the embedded list is checked by a test).
    pub(crate) fn parse(list: &str) -> Phrases {
        let mut start = (Vec::new(), Vec::new());
        let mut anywhere = (Vec::new(), Vec::new());
        for line in list.lines() {
            match parse_line(line) {
                Some((kind, Place::Anywhere, phrase)) => {
                    anywhere.0.push(phrase);
                    anywhere.1.push(kind);
                }
                Some((kind, place, phrase)) => {
                    start.0.push(phrase);
                    start.1.push((kind, place));
                }
                None => {}
            }
        }
        let build = |patterns: &[&str], anchored: bool| -> Option<AhoCorasick> {
            if patterns.is_empty() {
                return None;
            }
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                // The anchored walk is short in any automaton; the search
                // anywhere runs over every head, where a DFA pays.
                .kind(Some(if anchored {
                    AhoCorasickKind::ContiguousNFA
                } else {
                    AhoCorasickKind::DFA
                }))
                .start_kind(if anchored {
                    StartKind::Anchored
                } else {
                    StartKind::Unanchored
                })
                .build(patterns)
                .ok()
        };
        Phrases {
            start: build(&start.0, true).map(|a| (a, start.1)),
            anywhere: build(&anywhere.0, false).map(|a| (a, anywhere.1)),
        }
    }

    /// Fills `hits[i]` with the phrases standing where they must in
    /// paragraph `i` (`paragraphs` in text order, `hits` as long): the
    /// longest phrase that is the line or starts it, and the first that
    /// stands anywhere.
    pub(crate) fn find(&self, text: &str, paragraphs: &[Paragraph], hits: &mut [Hits]) {
        for (para, h) in paragraphs.iter().zip(hits.iter_mut()) {
            let line = &text[para.span];
            if let Some((automaton, meta)) = &self.start {
                let input = Input::new(line).anchored(Anchored::Yes);
                if let Some(m) = automaton.find(input) {
                    let (kind, place) = meta[m.pattern().as_usize()];
                    let fits = match place {
                        Place::Line => only_marks_after(&line[m.end()..]),
                        _ => word_ends(line, m.end()),
                    };
                    if fits {
                        h.line = Some(Hit { kind, place });
                    }
                }
            }
            if let Some((automaton, kinds)) = &self.anywhere {
                // A notice names itself early: the head of a long paragraph
                // is searched, not all of it.
                let head = &line[..floor_boundary(line, SEARCHED)];
                if let Some(m) = automaton.find(head) {
                    h.anywhere = Some(Hit {
                        kind: kinds[m.pattern().as_usize()],
                        place: Place::Anywhere,
                    });
                }
            }
        }
    }
}

/// How many bytes at the start of a paragraph are searched for phrases.
const SEARCHED: usize = 240;

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
