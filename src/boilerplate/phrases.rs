//! The phrase list of `data/boilerplate_phrases.txt`: words of page
//! furniture ("Share on Facebook", "Related Articles", "All rights
//! reserved"), matched in one pass of an automaton over the whole text and
//! mapped to the paragraphs they stand in.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::packed;
use aho_corasick::{Anchored, Input, MatchKind};

use super::features::floor_boundary;
use crate::ParagraphKind;

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

/// Lines longer than this (in Latin-letter equivalents) are prose enough
/// that a phrase at their start says nothing.
pub(crate) const START_PHRASE_MAX_LEN: f32 = 120.0;
/// Lines longer than this are prose enough that an ordinary phrase inside
/// says nothing; legal and comment notices count at any length.
pub(crate) const ANYWHERE_PHRASE_MAX_LEN: f32 = 250.0;

/// The phrases: those that must start the line, in an automaton (ASCII
/// case-insensitive, leftmost longest) walked anchored at each paragraph's
/// start, a few states; and those that may stand anywhere, found by their
/// anchors ([`Anchors`]) in the lowercased head of each paragraph short
/// enough for them to count, and of the legal and comment notices among
/// them, which count at any length, in the head of longer ones. A vector
/// search (SIMD where the CPU has it) passes over prose far faster than a
/// walk byte by byte.
#[derive(Clone, Debug, Default)]
pub(crate) struct Phrases {
    start: Option<(NFA, Vec<(ParagraphKind, Place)>)>,
    anywhere: Option<Anchors>,
    notices: Option<Anchors>,
}

/// Phrases found by their anchors: each phrase (lowercase) has one, a
/// word of it (an anchor of a shorter phrase it holds, else its longest
/// word, or the whole phrase when that word is under four bytes), and the
/// anchors are searched by a packed searcher, or two when they are many
/// (see [`GROUP_MAX`]); an anchor found is checked against the phrases
/// holding it, and the phrase of the anchor found first counts.
#[derive(Clone, Debug)]
struct Anchors {
    groups: Vec<Group>,
}

/// Anchors searched together.
#[derive(Clone, Debug)]
struct Group {
    anchors: packed::Searcher,
    /// For each anchor, the phrases holding it.
    phrases: Vec<Vec<Holder>>,
}

/// Most anchors in one searcher. Its sixteen buckets each hold a share of
/// the anchors, and a bucket's fingerprint fires on any mix of its
/// anchors' bytes: two searchers of half the anchors each, one pass each,
/// check far fewer false candidates than one of all.
const GROUP_MAX: usize = 32;

/// A phrase holding an anchor: the phrase (lowercase), the anchor's offset
/// in it, and its kind.
type Holder = (Box<[u8]>, usize, ParagraphKind);

impl Anchors {
    /// The anchors of `phrases`, in two searchers when more than
    /// `group_max`.
    fn new(mut phrases: Vec<(String, ParagraphKind)>, group_max: usize) -> Option<Anchors> {
        // Shorter phrases first, so that a longer one reuses the anchor of
        // one it holds ("photo" for "(photo:"), which keeps the anchors few.
        phrases.sort_by_key(|(p, _)| p.len());
        let mut anchors: Vec<String> = Vec::new();
        let mut holders: Vec<Vec<Holder>> = Vec::new();
        for (phrase, kind) in &phrases {
            let reused = anchors
                .iter()
                .enumerate()
                .filter_map(|(id, a)| phrase.find(a.as_str()).map(|at| (id, at, a.len())))
                .max_by_key(|&(_, _, len)| len);
            let (id, offset) = match reused {
                Some((id, at, _)) => (id, at),
                None => {
                    // The longest word (the last of the longest).
                    let (at, word) = phrase
                        .split(' ')
                        .scan(0, |at, w| {
                            let start = *at;
                            *at += w.len() + 1;
                            Some((start, w))
                        })
                        .fold((0, ""), |best, (at, w)| {
                            if w.len() >= best.1.len() {
                                (at, w)
                            } else {
                                best
                            }
                        });
                    // An anchor of fewer than four bytes would narrow the
                    // searcher's fingerprint to its length for all anchors
                    // (more false candidates): the phrase itself then.
                    let (at, word) = if word.len() < 4 {
                        (0, phrase.as_str())
                    } else {
                        (at, word)
                    };
                    anchors.push(word.to_string());
                    holders.push(Vec::new());
                    (anchors.len() - 1, at)
                }
            };
            holders[id].push((phrase.as_bytes().into(), offset, *kind));
        }
        // Split at the median first byte: anchors one of which starts
        // another (found at one place, where the first added is the one
        // checked) share their first byte and stay in one searcher.
        let mut firsts: Vec<u8> = anchors.iter().filter_map(|a| a.bytes().next()).collect();
        firsts.sort_unstable();
        let split = if anchors.len() > group_max {
            firsts[firsts.len() / 2]
        } else {
            0
        };
        let mut groups = Vec::new();
        for low in [true, false] {
            let ids: Vec<usize> = (0..anchors.len())
                .filter(|&id| (anchors[id].as_bytes()[0] < split) == low)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let build = |fat| {
                packed::Config::new()
                    .match_kind(packed::MatchKind::LeftmostFirst)
                    .only_teddy_fat(fat)
                    .builder()
                    .extend(ids.iter().map(|&id| &anchors[id]))
                    .build()
            };
            // Sixteen buckets (fat Teddy, where the CPU has it) spread the
            // anchors thinner than eight: fewer false candidates to check.
            groups.push(Group {
                anchors: build(Some(true)).or_else(|| build(None))?,
                phrases: ids
                    .iter()
                    .map(|&id| std::mem::take(&mut holders[id]))
                    .collect(),
            });
        }
        Some(Anchors { groups })
    }

    /// The kind of the phrase found first (by its anchor) in `lower`
    /// (lowercase text): the first found by any searcher.
    fn find(&self, lower: &[u8]) -> Option<ParagraphKind> {
        self.groups
            .iter()
            .filter_map(|g| g.find(lower))
            .min_by_key(|&(at, _)| at)
            .map(|(_, kind)| kind)
    }
}

impl Group {
    /// Where the anchor of the phrase found first in `lower` (lowercase
    /// text) stands, and the phrase's kind.
    fn find(&self, lower: &[u8]) -> Option<(usize, ParagraphKind)> {
        let mut at = 0;
        while let Some(m) = self
            .anchors
            .find_in(lower, aho_corasick::Span::from(at..lower.len()))
        {
            for (phrase, offset, kind) in &self.phrases[m.pattern().as_usize()] {
                let fits = m
                    .start()
                    .checked_sub(*offset)
                    .is_some_and(|start| lower[start..].starts_with(phrase));
                if fits {
                    return Some((m.start(), *kind));
                }
            }
            at = m.start() + 1;
        }
        None
    }
}

impl Phrases {
    /// Parses a list in the format of `data/boilerplate_phrases.txt`; lines
    /// that do not parse are skipped (the embedded list is checked by a test).
    pub(crate) fn parse(list: &str) -> Phrases {
        let mut start = (Vec::new(), Vec::new());
        let mut anywhere = Vec::new();
        let mut notices = Vec::new();
        for line in list.lines() {
            match parse_line(line) {
                Some((kind, Place::Anywhere, phrase)) => {
                    let lower = phrase.to_ascii_lowercase();
                    if is_notice(kind) {
                        notices.push((lower.clone(), kind));
                    }
                    anywhere.push((lower, kind));
                }
                Some((kind, place, phrase)) => {
                    start.0.push(phrase);
                    start.1.push((kind, place));
                }
                None => {}
            }
        }
        // Used through the `Automaton` trait, so that the walk is compiled
        // here, each transition a table lookup (behind the `AhoCorasick`
        // wrapper every byte would cost a dynamic call).
        let start = (!start.0.is_empty())
            .then(|| {
                NFA::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(&start.0)
                    .ok()
            })
            .flatten()
            .map(|a| (a, start.1));
        Phrases {
            start,
            anywhere: Anchors::new(anywhere, GROUP_MAX),
            notices: Anchors::new(notices, GROUP_MAX),
        }
    }

    /// The phrases standing where they count in `line` (a paragraph's
    /// text), `len` long in Latin-letter equivalents: the longest phrase
    /// that is the line or starts it, searched only in a line short enough
    /// for it to count (every whole-line phrase is shorter than
    /// [`START_PHRASE_MAX_LEN`]); and the first phrase standing anywhere,
    /// any kind in the head of a line up to [`ANYWHERE_PHRASE_MAX_LEN`],
    /// a legal or comment notice in the head of a longer one.
    pub(crate) fn find(&self, line: &str, len: f32) -> Hits {
        let mut h = Hits::default();
        if len <= START_PHRASE_MAX_LEN {
            if let Some((automaton, meta)) = &self.start {
                let input = Input::new(line).anchored(Anchored::Yes);
                if let Ok(Some(m)) = automaton.try_find(&input) {
                    let (kind, place) = meta[m.pattern().as_usize()];
                    let fits = match place {
                        Place::Line => only_marks_after(&line[m.end()..]),
                        _ => {
                            word_ends(line, m.end())
                                && !(kind == ParagraphKind::Byline
                                    && lowercase_after(&line[m.end()..]))
                        }
                    };
                    if fits {
                        h.line = Some(Hit { kind, place });
                    }
                }
            }
        }
        // A notice names itself early: the head of a paragraph is searched,
        // not all of it.
        let anchors = if len <= ANYWHERE_PHRASE_MAX_LEN {
            &self.anywhere
        } else {
            &self.notices
        };
        if let Some(anchors) = anchors {
            let head = &line.as_bytes()[..floor_boundary(line, SEARCHED)];
            let mut buf = [0u8; SEARCHED];
            buf[..head.len()].copy_from_slice(head);
            // All of the buffer, a length the compiler knows: it lowercases
            // many bytes an instruction.
            buf.make_ascii_lowercase();
            h.anywhere = anchors.find(&buf[..head.len()]).map(|kind| Hit {
                kind,
                place: Place::Anywhere,
            });
        }
        h
    }
}

/// Kinds whose phrases count anywhere in a line of any length.
pub(crate) fn is_notice(kind: ParagraphKind) -> bool {
    matches!(kind, ParagraphKind::Legal | ParagraphKind::Comments)
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

/// True when the word after a byline's opening words starts lowercase: a
/// sentence ("By taking the bus…", "Updated figures show…"), not a name or
/// a date ("By Jane Roe", "Updated: 12 May").
fn lowercase_after(rest: &str) -> bool {
    rest.trim_start_matches([' ', ':', '-', '|'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
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
    use crate::{Paragraph, Span};

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
        paragraphs
            .iter()
            .map(|p| phrases.find(&text[p.span], p.span.len() as f32))
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

    #[test]
    fn two_searchers_find_what_one_finds() {
        let anywhere: Vec<(String, ParagraphKind)> = EMBEDDED
            .lines()
            .filter_map(parse_line)
            .filter(|(_, place, _)| *place == Place::Anywhere)
            .map(|(kind, _, p)| (p.to_ascii_lowercase(), kind))
            .collect();
        let split = Anchors::new(anywhere.clone(), GROUP_MAX).expect("anchors");
        let one = Anchors::new(anywhere.clone(), usize::MAX).expect("anchors");
        assert_eq!((split.groups.len(), one.groups.len()), (2, 1));
        let mut texts: Vec<String> = [
            "© 2024 acme. all rights reserved. privacy policy | terms of use",
            "your email address will not be published, broadcast or rewritten",
            "photo: jane roe (photo: afp) / afp",
            "nothing to see here, just prose about the ferry and the quay.",
            "",
        ]
        .map(String::from)
        .to_vec();
        // Every pair of phrases, apart and glued, cut short too.
        for (a, _) in &anywhere {
            for (b, _) in &anywhere {
                texts.push(format!("x {a} {b}"));
                let glued = format!("{a}{b}");
                texts.push(glued[..floor_boundary(&glued, a.len() + b.len() / 2)].to_string());
                texts.push(glued);
            }
        }
        for text in &texts {
            let lower = text.as_bytes();
            assert_eq!(split.find(lower), one.find(lower), "{text:?}");
        }
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
