//! Quotations: pairing quote marks, then attributing each quote to a
//! speaker and a speech verb.
//!
//! The stage runs after segmentation and entity recognition and works in
//! three steps, each in its own module:
//!
//! 1. [`marks`]: one byte-level pass pairs the quote marks of the whole text
//!    (apostrophes, nested and stray marks handled there);
//! 2. [`attribution`]: for each quote, the speaker words and the verb in a
//!    bounded window around it (see that module for the patterns);
//! 3. [`speaker`]: the speaker words resolved to an entity of the document.
//!
//! # What is reported
//!
//! - A quote with its own attribution is **direct** when it stands as
//!   speech of its own (`“Q,” she said`, `She said: “Q”`, `“Q1,” she said,
//!   “Q2.”`) and **partial** when quoted words sit inside reported speech
//!   (`Zhang said Beijing remained “strongly opposed”`, `he said “we knew
//!   it” then`). Both parts of a quote split around its attribution carry
//!   the same verb span.
//! - **Second-hand reports**: when the quote's sentence also says where the
//!   report comes from (`“Q,” Smith said, according to a pool report`,
//!   `According to the Post, Smith said “Q”`), the source is the speaker and
//!   "according to" the verb, as in PolNeAR: the writer vouches only for
//!   the source, and the source for Smith's words.
//! - A quote with no attribution of its own that starts a sentence right
//!   after an attributed quote (in the same or the next paragraph)
//!   continues that speaker: a *follow-on* quote, `verb` `None`,
//!   [`Quote::follow_on`](crate::Quote::follow_on) set. A quote in the same
//!   sentence as an attributed one (`“Q1,” he said of the “Q2” plan`) shares
//!   its attribution.
//! - A quote with no attribution of its own that starts a sentence right
//!   after a sentence of reported speech (`Kent said the project was
//!   special. “Q.”`) is that speaker's, with `verb` `None`, whether or not
//!   a quote came before it. A passive speech verb (`had been told that
//!   “Q”`) names nobody: the sentence's own verb before it is the cue.
//! - A quote opening a paragraph after one that ends by introducing it
//!   (`In a statement, the ministry said:`) takes that paragraph's speaker
//!   and verb.
//! - A quote with no attribution at all that opens a paragraph and reads as
//!   speech (a capital, a few words, a sentence's end) is still a direct
//!   quote when the context says whose it is (see [`context`]): a profile
//!   quoting its subject paragraph after paragraph, a communiqué quoted at
//!   length. Its `speaker` words and `verb` are `None`, its
//!   `speaker_entity` the one the context gives.
//! - **Multi-paragraph quotes** (a paragraph leaves the quote open and the
//!   next opens it again) are reported one quote per paragraph, so that
//!   every content span stays inside one paragraph: the first part carries
//!   the attribution (found in the first part, or else in the first later
//!   part that has one), the later parts are follow-on quotes of the same
//!   speaker unless they name a speaker of their own. A quote that runs on
//!   over the next lines without reopening (`“Q1.⏎Q2.”`, see [`marks`]) is
//!   reported the same way; one whose closing mark is missing at its
//!   paragraph's end is closed there when it plainly is speech.
//! - **Quoted terms, titles and nicknames** are reported only when someone
//!   is said to use them: a verb of naming before the term (`camps that
//!   Beijing has dubbed “training centers”`, `she called the plan “a
//!   disgrace”`) makes a partial quote of the namer. A term with no speech or
//!   naming verb in its sentence (`the film “Dune”`, `a man known as
//!   “Shorty”`), or named by a participle right after a noun (`a book called
//!   “Dune”`), is not reported at all: a quote needs an attribution, or an
//!   attributed quote just before it. Some verbs name only through "as"
//!   (`the Pentagon rejected the claims as “false”`). A title quoted inside
//!   a speaker's description (`the “Pose” actor said`) is part of the
//!   description and no quote.
//! - `''` counts as a double quote mark (the NYT archive writes quotes so).

mod attribution;
mod context;
mod marks;
mod speaker;
mod tokens;

use crate::speech_verbs::{SpeechVerbs, VerbClass};
use crate::{Document, EntityId, Quote, QuoteKind, Span};

use attribution::{is_according, Attribution, Attributor};
pub(crate) use marks::{title_before, Pair};
use speaker::Resolver;

/// Finds attributed quotes.
#[derive(Clone, Debug, Default)]
pub(crate) struct QuoteFinder {}

impl QuoteFinder {
    pub(crate) fn new() -> QuoteFinder {
        QuoteFinder {}
    }

    /// Fills `doc.quotes`; reads every other field of `doc`.
    #[cfg(test)]
    pub(crate) fn find(&self, text: &str, verbs: &SpeechVerbs, doc: &mut Document) {
        let breaks = crate::line_break::Finder::new(text);
        let lines = crate::line_break::lines_between(text, breaks, []);
        let pairs = pairs(text, &lines);
        let outers: Vec<Span> = pairs.iter().map(Pair::outer).collect();
        self.find_in(text, &lines, verbs, &pairs, &outers, doc);
    }

    /// Fills `doc.quotes` from the quote-mark `pairs` of `text` (from
    /// [`pairs`]) and their [outer spans](Pair::outer); `lines` are the
    /// lines of `text` (paragraphs are lines), each without its
    /// [line break](crate::line_break). Reads every other field of `doc`,
    /// the coreference links included.
    pub(crate) fn find_in(
        &self,
        text: &str,
        lines: &[Span],
        verbs: &SpeechVerbs,
        pairs: &[Pair],
        outers: &[Span],
        doc: &mut Document,
    ) {
        if pairs.is_empty() {
            return;
        }
        let quotes = attribute(text, lines, verbs, pairs, outers, doc);
        doc.quotes = quotes;
    }
}

/// The paired quote marks of `text`, whose `lines` are given, in text
/// order: the coreference stage reads their outer spans to leave quoted
/// speech alone.
pub(crate) fn pairs(text: &str, lines: &[Span]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    marks::find_pairs_with(text, lines, &mut pairs);
    pairs
}

/// What was decided for one pair.
#[derive(Clone, Debug)]
struct Decided {
    pair: usize,
    quote: Quote,
}

fn attribute(
    text: &str,
    lines: &[Span],
    verbs: &SpeechVerbs,
    pairs: &[Pair],
    outers: &[Span],
    doc: &Document,
) -> Vec<Quote> {
    let line_of = |pos: usize| lines.partition_point(|s| s.start <= pos) - 1;
    let line_span = |l: usize| lines[l];
    // The line of each opening mark, asked for again and again below.
    let open_lines: Vec<usize> = pairs.iter().map(|p| line_of(p.open.start)).collect();
    let mut attributor = Attributor::new(text, verbs);
    let mut resolver = Resolver::new(&doc.mentions, &doc.entities, &doc.references);
    let mut out: Vec<Decided> = Vec::with_capacity(pairs.len());
    // Parts of a multi-paragraph quote still waiting for an attribution.
    let mut pending: Vec<usize> = Vec::new();
    // The speaker the context gives the first of `pending`.
    let mut pending_context: Option<context::Context> = None;

    for (k, p) in pairs.iter().enumerate() {
        // `“Q,” the “Pose” actor said`: the title stands in the speaker's
        // words of the quote before it (titles before the quote they
        // describe are dropped at the end).
        let outer = p.outer();
        if out
            .last()
            .and_then(|d| d.quote.speaker)
            .is_some_and(|s| s.start < outer.start && outer.end < s.end)
        {
            continue;
        }
        let line = open_lines[k];
        let para = line_span(line);
        let prev_same = (k > 0 && line_of(outers[k - 1].end.saturating_sub(1)) == line)
            .then(|| outers[k - 1].end);
        // The after-window runs to the next quote of the paragraph, over
        // quoted terms of a few words (`“Q,” Bill Eastland, wearing “Ted
        // Cruz” pins, said`).
        let next_same = (k + 1..pairs.len())
            .take(4)
            .take_while(|&n| open_lines[n] == line)
            .map(|n| &pairs[n])
            .find(|n| n.close.is_none() || more_words_than(&text[n.content], 3))
            .map(|n| n.open.start)
            .or_else(|| {
                (k + 5 < pairs.len() && open_lines[k + 5] == line).then(|| pairs[k + 5].open.start)
            });
        let before = Span::new(
            prev_same.unwrap_or(para.start).min(p.open.start),
            p.open.start,
        );
        let starts_sentence = starts_sentence(&text[before]);
        let content = text[p.content].trim_end();
        let ends_with_period = content.ends_with('.');
        let last = out.last().filter(|d| d.pair + 1 == k);

        let after_span = p
            .close
            .map(|c| Span::new(c.end, next_same.unwrap_or(para.end).max(c.end)));
        let after = after_span.and_then(|w| attributor.after(w, ends_with_period));
        if p.continues_previous && after.map_or(true, |a| !a.direct) {
            // The next paragraph of a quote: its speaker's, unless it names
            // one of its own (`“Q2,” Obama said.`).
            if let Some(prev) = last {
                let quote = follow(&prev.quote, p.content);
                out.push(Decided { pair: k, quote });
                continue;
            }
        }
        let mut found: Option<(Attribution, QuoteKind)> = None;
        // The last part of a quote over several paragraphs that only the
        // context attributes.
        let mut context_chain = false;
        if let Some(a) = after.filter(|a| a.direct) {
            let capital = content.starts_with(|c: char| c.is_uppercase());
            let direct = starts_sentence || (capital && text[before].trim_end().ends_with(','));
            found = Some((a, kind(direct)));
        }
        if found.is_none() {
            if let Some(a) = attributor.before(before) {
                // `said “we knew”` without a comma is a fragment of the
                // sentence; `said, “and we knew.”` is speech of its own.
                let intro = text[before].trim_end().ends_with([',', ':']);
                let capital = content.starts_with(|c: char| !c.is_lowercase());
                let direct = a.class == VerbClass::Speech && a.direct && (intro || capital);
                found = Some((a, kind(direct)));
            }
        }
        if found.is_none() {
            if let Some(a) = after {
                found = Some((a, kind(starts_sentence)));
            }
        }
        // `“Q,” Smith said, according to a pool report`: the report is the
        // source of the whole sentence, its speaker and cue.
        if let Some((a, kind)) = found.filter(|(a, _)| !is_according(text, a.verb)) {
            let source = attributor
                .according(before, after_span, ends_with_period)
                .filter(|s| !overlaps_any(outers, s.verb));
            if let Some(s) = source {
                found = Some((
                    Attribution {
                        direct: a.direct,
                        ..s
                    },
                    kind,
                ));
            }
        }
        let same_sentence = prev_same.is_some()
            && memchr::memchr3(b'.', b'!', b'?', text[before].as_bytes()).is_none();
        if found.is_none() && line > 0 && prev_same.is_none() && starts_sentence {
            // “Q” after a paragraph ending `the ministry said:`
            let mut l = line - 1;
            while l > 0 && line - l < 4 && text[line_span(l)].trim().is_empty() {
                l -= 1;
            }
            let intro = line_span(l);
            let quoted = k > 0 && outers[k - 1].end > intro.start;
            if let Some(a) = attributor.colon_intro(intro).filter(|_| !quoted) {
                found = Some((a, QuoteKind::Direct));
            }
        }

        // Never take attribution words from inside a quotation.
        let found = found
            .filter(|(a, _)| !overlaps_any(outers, a.verb))
            .map(|(a, kind)| {
                let speaker = a
                    .speaker
                    .filter(|&s| !overlaps_any(outers, s) || holds_titles_only(outers, s));
                (Attribution { speaker, ..a }, kind)
            });
        let quote = match found {
            Some((a, kind)) => {
                let mut speaker = a.speaker;
                let mut entity = speaker.and_then(|s| resolver.resolve(text, s, outers));
                if entity.is_none() {
                    // "the official" after "an official at the ministry said"
                    speaker = speaker.map(|s| {
                        speaker::introduced(text, outers, verbs, s)
                            .or_else(|| speaker::group_before(text, outers, s))
                            .unwrap_or(s)
                    });
                }
                if speaker.is_none() && same_sentence {
                    // “Q1,” he said, adding that it was “Q2”.
                    if let Some(prev) = last {
                        speaker = prev.quote.speaker;
                        entity = prev.quote.speaker_entity;
                    }
                }
                Quote {
                    content: p.content,
                    speaker,
                    speaker_entity: entity,
                    speaker_name: entity.and_then(|e| resolver.name(e)),
                    verb: Some(a.verb),
                    kind,
                    follow_on: false,
                }
            }
            None if context::signed(text, doc, para, p).is_some() => {
                let c = context::signed(text, doc, para, p);
                let c = c.expect("checked");
                Quote {
                    content: p.content,
                    speaker: c.speaker,
                    speaker_entity: Some(c.entity),
                    speaker_name: resolver.name(c.entity),
                    verb: c.verb,
                    kind: QuoteKind::Direct,
                    follow_on: false,
                }
            }
            None => {
                let prev = out.last().filter(|d| {
                    let l = open_lines[d.pair];
                    l == line
                        || (prev_same.is_none() && line - l <= 4 && follows(text, lines, l, line))
                });
                // `Kent said the project was special. “Q.”` with no quote
                // before it: the speaker of the reported speech that the
                // quote goes on with.
                let reported_first = (prev.is_none()
                    && !p.continues_previous
                    && p.close.is_some()
                    && prev_same.is_none()
                    && starts_sentence
                    && !text[before].trim().is_empty()
                    && context::reads_as_speech(text, para, p))
                .then(|| reported_before(text, &mut attributor, before))
                .flatten();
                match prev {
                    Some(prev) if same_sentence && !starts_sentence => Quote {
                        content: p.content,
                        kind: QuoteKind::Partial,
                        ..prev.quote.clone()
                    },
                    Some(prev) if starts_sentence => {
                        // `“Q.” Brendan Gibson remembers …` in a paragraph
                        // of its own is Gibson's, not the last speaker's,
                        let fresh = open_lines[prev.pair] != line && prev_same.is_none();
                        // or `Swift's rep told Fox News that it was not
                        // true. “Q.”`: the sentence before reports the
                        // speech of the one the quote goes on with.
                        let reported = fresh
                            .then(|| reported_before(text, &mut attributor, before))
                            .flatten()
                            .map(|s| (s, resolver.resolve(text, s, outers)))
                            .filter(|&(_, e)| e.is_none() || e != prev.quote.speaker_entity);
                        let named = (fresh && reported.is_none())
                            .then(|| {
                                // or `Kelly says. “Q.”`: whom the paragraph
                                // spoke of before the quote
                                context::named_after(text, doc, para, p).or_else(|| {
                                    let before = Span::new(para.start, p.open.start);
                                    context::focus(doc, outers, before).map(|(entity, _)| {
                                        context::Context {
                                            entity,
                                            speaker: None,
                                            verb: None,
                                        }
                                    })
                                })
                            })
                            .flatten()
                            .filter(|c| Some(c.entity) != prev.quote.speaker_entity);
                        match (reported, named) {
                            (Some((s, entity)), _) => {
                                reported_quote(text, outers, verbs, &resolver, p.content, s, entity)
                            }
                            (None, named) => match named {
                                // the entity only: its words and cue stand elsewhere
                                Some(c) => context::Context {
                                    speaker: None,
                                    verb: None,
                                    ..c
                                }
                                .quote(p.content, resolver.name(c.entity)),
                                None => follow(&prev.quote, p.content),
                            },
                        }
                    }
                    None if reported_first.is_some() => {
                        let s = reported_first.expect("checked");
                        let entity = resolver.resolve(text, s, outers);
                        reported_quote(text, outers, verbs, &resolver, p.content, s, entity)
                    }
                    _ if !p.continues_previous
                        && p.close.is_some()
                        && prev_same.is_none()
                        && context::opens_paragraph(text, para, p) =>
                    {
                        match context::speaker(text, doc, outers, lines, line, p) {
                            Some(c) => c.quote(p.content, resolver.name(c.entity)),
                            None => {
                                pending.clear();
                                if p.close.is_none() {
                                    pending.push(k);
                                }
                                continue;
                            }
                        }
                    }
                    _ => {
                        let chained =
                            p.continues_previous && pending.last() == Some(&(k.wrapping_sub(1)));
                        if p.close.is_none() {
                            if !chained {
                                pending.clear();
                                // A quote over several paragraphs with no
                                // attribution in any: the context's, if so.
                                pending_context = (!p.continues_previous
                                    && prev_same.is_none()
                                    && context::opens_paragraph(text, para, p))
                                .then(|| context::speaker(text, doc, outers, lines, line, p))
                                .flatten();
                            }
                            pending.push(k);
                            continue;
                        }
                        match pending_context.take().filter(|_| chained) {
                            Some(c) => {
                                context_chain = true;
                                c.quote(p.content, resolver.name(c.entity))
                            }
                            None => {
                                pending.clear();
                                continue;
                            }
                        }
                    }
                }
            }
        };
        // A multi-paragraph quote attributed only in a later part.
        if p.continues_previous && pending.last() == Some(&(k.wrapping_sub(1))) {
            for (n, &j) in pending.iter().enumerate() {
                let q = if n == 0 {
                    Quote {
                        content: pairs[j].content,
                        kind: QuoteKind::Direct,
                        ..quote.clone()
                    }
                } else {
                    follow(&quote, pairs[j].content)
                };
                out.push(Decided { pair: j, quote: q });
            }
        }
        pending.clear();
        let quote = if context_chain {
            follow(&quote, p.content)
        } else {
            quote
        };
        out.push(Decided { pair: k, quote });
    }
    out.sort_by_key(|d| d.pair);
    // A title quoted inside a speaker's words ("the “Pose” actor said") is
    // part of the description, nobody's quote.
    let speakers: Vec<Span> = {
        let mut v: Vec<Span> = out.iter().filter_map(|d| d.quote.speaker).collect();
        v.sort_by_key(|s| s.start);
        v
    };
    out.into_iter()
        .filter(|d| !inside_any(&speakers, pairs[d.pair].outer()))
        .map(|d| d.quote)
        .collect()
}

/// True when every quotation of `outers` overlapping `span` stands inside
/// it, neither at its start nor at its end: a quoted title within a
/// description (`the “Pose” actor`), not quoted words.
fn holds_titles_only(outers: &[Span], span: Span) -> bool {
    let i = outers.partition_point(|s| s.end <= span.start);
    outers[i..]
        .iter()
        .take_while(|s| s.start < span.end)
        .all(|s| s.start > span.start && s.end < span.end)
}

/// True when `span` stands strictly inside one of `spans` (sorted by start;
/// they may overlap).
fn inside_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.start < span.start);
    spans[..i]
        .iter()
        .rev()
        .take(4)
        .any(|s| s.start < span.start && span.end < s.end)
}

/// The speaker of the reported speech in the sentence that ends right
/// before a quote opening a sentence at `before.end` (`Swift's rep told
/// Fox News that this was not the whole truth. “Q.”`): the quote goes on
/// with that speaker's words.
fn reported_before(text: &str, attributor: &mut Attributor, before: Span) -> Option<Span> {
    let words = text[before].trim_end();
    // Only a sentence of narration: no quotation of its own before it in
    // the paragraph (`said: "Q1. "Q2."` reopens one speaker's quote).
    if words.contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    let period = words.strip_suffix('.')?;
    let mut window = Span::new(before.start, before.start + period.len());
    // The verb nearest the end may be inside the reported clause (`Ines
    // Halloran said the water rose faster than the old gauge suggested`):
    // then the one before it is asked, once.
    for _ in 0..2 {
        let a = attributor.before(window)?;
        let mut earlier = Span::new(window.start, a.verb.start);
        if let Some(speaker) = a
            .speaker
            .filter(|_| a.class == VerbClass::Speech && !a.direct)
        {
            // The sentence's subject, after at most a leading adverbial (`On
            // Wednesday, Jacques Barrot, ..., said that`), not a noun phrase
            // deep inside it (`... if he got a greater say`).
            let lead = text.get(window.start..speaker.start)?;
            let lead = lead
                .rfind(". ")
                .or_else(|| lead.rfind("! "))
                .or_else(|| lead.rfind("? "))
                .map_or(lead, |i| &lead[i + 2..])
                .trim();
            if lead.is_empty() || lead.ends_with(',') {
                return Some(speaker);
            }
            earlier = Span::new(window.start, speaker.start.min(a.verb.start));
        }
        window = earlier;
    }
    None
}

/// The direct quote of `content` that goes on with the reported speech of
/// `speaker` (see [`reported_before`]), who is `entity`; an unnamed one
/// keeps the description that introduced them ("the official" after "an
/// official at the ministry said").
fn reported_quote(
    text: &str,
    outers: &[Span],
    verbs: &SpeechVerbs,
    resolver: &Resolver<'_>,
    content: Span,
    speaker: Span,
    entity: Option<EntityId>,
) -> Quote {
    let words = entity
        .is_none()
        .then(|| speaker::introduced(text, outers, verbs, speaker))
        .flatten()
        .unwrap_or(speaker);
    Quote {
        content,
        speaker: Some(words),
        speaker_entity: entity,
        speaker_name: entity.and_then(|e| resolver.name(e)),
        verb: None,
        kind: QuoteKind::Direct,
        follow_on: false,
    }
}

/// True when `s` has more than `n` words separated by white space (as
/// `split_whitespace` counts them), looking no further than word `n + 1`.
fn more_words_than(s: &str, n: usize) -> bool {
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII white space is TAB to CR and the space; other chars are
        // decoded.
        let (space, width) = if b.is_ascii() {
            (b == b' ' || (b'\t'..=b'\r').contains(&b), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        i += width;
    }
    false
}

/// True when `span` overlaps one of the sorted, non-overlapping `spans`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.start < span.end)
}

/// True when lines `from` and `to` are adjacent paragraphs (only blank lines
/// between them).
fn follows(text: &str, lines: &[Span], from: usize, to: usize) -> bool {
    (from + 1..to).all(|l| text[lines[l]].trim().is_empty())
}

fn kind(direct: bool) -> QuoteKind {
    if direct {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// A follow-on quote of `prev`'s speaker.
fn follow(prev: &Quote, content: Span) -> Quote {
    Quote {
        content,
        verb: None,
        kind: QuoteKind::Direct,
        follow_on: true,
        ..prev.clone()
    }
}

/// True when text ending with `before` leaves the next quote at the start
/// of a sentence (or after a colon or a dash).
fn starts_sentence(before: &str) -> bool {
    let t = before.trim_end();
    let mut chars = t.chars().rev();
    match chars.next() {
        None => true,
        Some('.' | '!' | '?' | ':' | ';' | '—' | '–' | '•' | '(' | '[') => true,
        Some('"' | '”' | '’' | '\'') => matches!(chars.next(), Some('.' | '!' | '?')),
        _ => false,
    }
}

/// Every span of `text` that starts and ends on char boundaries: the
/// windows over which the tests hold the fast scans to plain versions.
#[cfg(test)]
fn every_window(text: &str) -> Vec<Span> {
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let mut windows = Vec::new();
    for (k, &a) in bounds.iter().enumerate() {
        windows.extend(bounds[k..].iter().map(|&b| Span::new(a, b)));
    }
    windows
}

#[cfg(test)]
mod tests {
    // Some tests read the embedded lists; without them their helpers go unused.
    #![cfg_attr(not(feature = "embedded"), allow(dead_code, unused_imports))]

    use super::*;

    #[test]
    fn word_count_matches_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "one two three",
            " one  two\tthree\nfour ",
            "a\u{0B}b\u{0C}c\rd",
            "é\u{A0}ü\u{2003}ö\u{85}x",
            "東京 said\u{200B}it",
        ];
        for text in texts {
            for n in 0..6 {
                assert_eq!(
                    more_words_than(text, n),
                    text.split_whitespace().nth(n).is_some(),
                    "{text:?} {n}"
                );
            }
        }
    }

    /// Content, speaker words, verb, kind, follow-on.
    type Row = (String, Option<String>, Option<String>, QuoteKind, bool);

    fn quotes(text: &str) -> Vec<Row> {
        let verbs = SpeechVerbs::new(true, Vec::<String>::new());
        let mut doc = Document::default();
        QuoteFinder::new().find(text, &verbs, &mut doc);
        doc.quotes
            .iter()
            .map(|q| {
                (
                    text[q.content].to_string(),
                    q.speaker.map(|s| text[s].to_string()),
                    q.verb.map(|s| text[s].to_string()),
                    q.kind,
                    q.follow_on,
                )
            })
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    #[cfg(feature = "embedded")] // needs the embedded speech verbs
    fn patterns() {
        use QuoteKind::*;
        let text = "“We will win,” Zhang told reporters. “We said so.”\n\n“It is a lie,” he added.";
        assert_eq!(
            quotes(text),
            [
                ("We will win,".into(), s("Zhang"), s("told"), Direct, false),
                ("We said so.".into(), s("Zhang"), None, Direct, true),
                ("It is a lie,".into(), s("he"), s("added"), Direct, false),
            ]
        );
        let text = "“One,” she said, “two.”";
        assert_eq!(
            quotes(text),
            [
                ("One,".into(), s("she"), s("said"), Direct, false),
                ("two.".into(), s("she"), s("said"), Direct, false),
            ]
        );
        let text = "He said “we knew it” then. He said, “and we knew.”";
        assert_eq!(
            quotes(text),
            [
                ("we knew it".into(), s("He"), s("said"), Partial, false),
                ("and we knew.".into(), s("He"), s("said"), Direct, false),
            ]
        );
        let text = "In a statement, the ministry said:\n\n“We regret it.”";
        assert_eq!(
            quotes(text),
            [(
                "We regret it.".into(),
                s("the ministry"),
                s("said"),
                Direct,
                false
            )]
        );
        let text = "Smith said:\n“One\n“Two\n“Three.”\nNo.";
        let q = quotes(text);
        assert_eq!(q.len(), 3);
        assert!(q.iter().all(|q| q.1 == s("Smith")));
        assert_eq!((q[1].4, q[2].4), (true, true));
        let text = "“One\n“Two,” Smith said.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.1 == s("Smith")));
        let text = "She saw the film “Dune” with a man known as “Shorty”.";
        assert_eq!(quotes(text), []);
    }

    #[test]
    #[cfg(feature = "embedded")] // needs the embedded speech verbs
    fn according_to_names_the_source() {
        use QuoteKind::*;
        // The report the sentence rests on is the source, after the quote or
        // before it.
        let text = "“We will win,” Smith said at the rally, according to a pool report.";
        assert_eq!(
            quotes(text),
            [(
                "We will win,".into(),
                s("a pool report"),
                s("according to"),
                Direct,
                false
            )]
        );
        let text = "According to the Post, Smith said he was “very happy” with it.";
        assert_eq!(
            quotes(text),
            [(
                "very happy".into(),
                s("the Post"),
                s("According to"),
                Partial,
                false
            )]
        );
        // Not from the sentence before (whose last word is a domain name), nor
        // from the next sentence, nor from inside the quote.
        let text = "Prices rose, according to Slate.com. “We will win,” Smith said.";
        assert_eq!(
            quotes(text),
            [("We will win,".into(), s("Smith"), s("said"), Direct, false)]
        );
        let text = "Smith said: “We will win.” Prices rose, according to the Post.";
        assert_eq!(
            quotes(text),
            [("We will win.".into(), s("Smith"), s("said"), Direct, false)]
        );
        let text = "Smith said: “We will win, according to the polls.”";
        assert_eq!(
            quotes(text),
            [(
                "We will win, according to the polls.".into(),
                s("Smith"),
                s("said"),
                Direct,
                false
            )]
        );
    }
}
