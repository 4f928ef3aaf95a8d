//! The speaker the context gives a quote with no attribution of its own.
//!
//! Such a quote must open its paragraph and read as speech: a capital (or
//! an ellipsis) first, at least three words, and a sentence's end at its
//! close. Its speaker is then, in this order:
//!
//! 1. the person (or organization) a dash after it names (`“Q.” ― Jane
//!    Roe`: those words and the dash are its speaker and cue), or the one
//!    that opens the sentence right after it in the same paragraph, named or
//!    referred to (`“I was down to my last $500.” Ali Clarke had been
//!    nurturing her startup`); when the quote's sentence goes on in
//!    lowercase, the context says nothing;
//! 2. the entity the previous paragraph is about: the person or
//!    organization it names or refers to most often outside quotations
//!    (on a tie a person, then the later one), as in a profile or a communiqué introduced
//!    by `extracts from the communique of the OPEC conference`; when that
//!    paragraph ends with a colon (`Sanders made the following comment:`),
//!    the entity's last words there are the speaker and the word before the
//!    colon the cue.
//!
//! When neither gives one, the quote is not reported.

use super::marks::Pair;
use crate::{Document, EntityId, EntityKind, Quote, QuoteKind, Span};

/// True when `p` opens paragraph `para` and reads as speech.
pub(super) fn opens_paragraph(text: &str, para: Span, p: &Pair) -> bool {
    text[para.start..p.open.start].trim().is_empty() && reads_as_speech(text, para, p)
}

/// True when `p`, in paragraph `para`, reads as speech: a capital (or an
/// ellipsis) first, at least three words, and a sentence's end at its
/// close (or nothing after it in the paragraph).
pub(super) fn reads_as_speech(text: &str, para: Span, p: &Pair) -> bool {
    let content = text[p.content].trim();
    let capital = content.starts_with(|c: char| c.is_uppercase() || c == '…');
    let words = content.split_whitespace().nth(2).is_some();
    let after = p.close.map_or("", |c| text[c.end..para.end].trim_start());
    let ends = content.ends_with(['.', '!', '?', '…'])
        || after.is_empty()
        || after.starts_with(['.', '!', '?'])
        || p.close.is_none();
    capital && words && ends
}

/// What the context says of a quote's speaker.
#[derive(Clone, Copy)]
pub(super) struct Context {
    /// Who it is.
    pub entity: EntityId,
    /// The words naming them, when they stand right at the quote (a dash
    /// signature, a paragraph ending with a colon).
    pub speaker: Option<Span>,
    /// The cue: the dash, or the word before the colon.
    pub verb: Option<Span>,
}

/// The speaker the context gives quote `p` on line `line` (see the module
/// documentation); `outers` are the outer spans of all quotations.
impl Context {
    /// The direct quote of `content` that this context attributes, with the
    /// entity's resolved `name`.
    pub(super) fn quote(&self, content: Span, name: Option<String>) -> Quote {
        Quote {
            content,
            speaker: self.speaker,
            speaker_entity: Some(self.entity),
            speaker_name: name,
            verb: self.verb,
            kind: QuoteKind::Direct,
            follow_on: false,
        }
    }
}

pub(super) fn speaker(
    text: &str,
    doc: &Document,
    outers: &[Span],
    lines: &[Span],
    line: usize,
    p: &Pair,
) -> Option<Context> {
    let line_span = |l: usize| lines[l];
    // 1. The sentence right after the quote opens with its speaker, or a
    // dash signs it (`“Q.” ― Jane Roe`).
    if let Some(close) = p.close {
        let para = line_span(line);
        let rest = &text[close.end..para.end];
        let at = close.end + (rest.len() - rest.trim_start().len());
        let after = &text[at..para.end];
        if signed(text, doc, para, p).is_some() {
            return signed(text, doc, para, p);
        }
        if !after.is_empty() && !after.starts_with(|c: char| c.is_uppercase()) {
            return None; // the quote's sentence goes on
        }
        if let Some(c) = named_after(text, doc, para, p) {
            return Some(c);
        }
    }
    // 2. The previous paragraph's main participant.
    let mut l = line;
    while l > 0 {
        l -= 1;
        let span = line_span(l);
        let trimmed = text[span].trim_end();
        if trimmed.trim_start().is_empty() {
            if line - l > 3 {
                break;
            }
            continue;
        }
        let (entity, last) = focus(doc, outers, span)?;
        // `X made the following comment:` names the speaker and the cue.
        let colon = trimmed.ends_with(':').then(|| {
            let end = span.start + trimmed.len() - 1;
            let word = text[span.start..end].trim_end();
            let start = word
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(span.start, |(i, c)| span.start + i + c.len_utf8());
            Span::new(start, span.start + word.len())
        });
        return Some(Context {
            entity,
            speaker: colon.map(|_| last),
            verb: colon.filter(|v| text[*v].chars().all(char::is_alphabetic) && !v.is_empty()),
        });
    }
    None
}

/// The person or organization a dash after quote `p` names, in paragraph
/// `para` (`“Q.” ― Jane Roe`).
pub(super) fn signed(text: &str, doc: &Document, para: Span, p: &Pair) -> Option<Context> {
    let close = p.close?;
    let rest = text.get(close.end..para.end)?;
    let at = close.end + (rest.len() - rest.trim_start().len());
    let dash = text[at..para.end]
        .chars()
        .next()
        .filter(|c| matches!(c, '―' | '—' | '–'))?;
    let dash = Span::new(at, at + dash.len_utf8());
    let rest = &text[dash.end..para.end];
    let name = dash.end + (rest.len() - rest.trim_start().len());
    let m = doc.mentions.partition_point(|m| m.span.start < name);
    doc.mentions
        .get(m)
        .filter(|m| m.span.start == name && speaks(doc, m.entity))
        .map(|m| Context {
            entity: m.entity,
            speaker: Some(m.span),
            verb: Some(dash),
        })
}

/// The person named or referred to at the start of the sentence right
/// after quote `p` in paragraph `para`.
pub(super) fn named_after(text: &str, doc: &Document, para: Span, p: &Pair) -> Option<Context> {
    let close = p.close?;
    let rest = text.get(close.end..para.end)?;
    let at = close.end + (rest.len() - rest.trim_start().len());
    (at < para.end)
        .then(|| opening_at(doc, at))
        .flatten()
        .map(|entity| Context {
            entity,
            speaker: None,
            verb: None,
        })
}

fn speaks(doc: &Document, e: EntityId) -> bool {
    doc.entities
        .get(e.index())
        .is_some_and(|x| matches!(x.kind, EntityKind::Person | EntityKind::Organization))
}

/// The person or organization named or referred to right at `at`.
fn opening_at(doc: &Document, at: usize) -> Option<EntityId> {
    let m = doc.mentions.partition_point(|m| m.span.start < at);
    if let Some(m) = doc.mentions.get(m).filter(|m| m.span.start == at) {
        return Some(m.entity)
            .filter(|&e| speaks(doc, e) && doc.entities[e].kind == EntityKind::Person);
    }
    let r = doc.references.partition_point(|r| r.span.start < at);
    doc.references
        .get(r)
        .filter(|r| r.span.start == at)
        .map(|r| r.entity)
        .filter(|&e| speaks(doc, e))
}

/// The entity `para` names or refers to most often outside quotations,
/// with the span of its last mention or reference there.
pub(super) fn focus(doc: &Document, outers: &[Span], para: Span) -> Option<(EntityId, Span)> {
    let outside = |s: Span| {
        let i = outers.partition_point(|q| q.end <= s.start);
        !outers.get(i).is_some_and(|q| q.start < s.end)
    };
    let m0 = doc.mentions.partition_point(|m| m.span.start < para.start);
    let r0 = doc
        .references
        .partition_point(|r| r.span.start < para.start);
    let mentions = doc.mentions[m0..]
        .iter()
        .take_while(|m| m.span.start < para.end)
        .map(|m| (m.span, m.entity));
    let references = doc.references[r0..]
        .iter()
        .take_while(|r| r.span.start < para.end)
        .map(|r| (r.span, r.entity));
    // (entity, count, last position); a paragraph names few entities.
    let mut seen: Vec<(EntityId, u32, Span)> = Vec::new();
    // Bounded: a paragraph of thousands of names is not worth more.
    for (span, e) in mentions.take(256).chain(references.take(256)) {
        if !outside(span) || !speaks(doc, e) {
            continue;
        }
        match seen.iter_mut().find(|x| x.0 == e) {
            Some(x) => {
                x.1 += 1;
                if span.start > x.2.start {
                    x.2 = span;
                }
            }
            None => seen.push((e, 1, span)),
        }
    }
    // On a tie a person (who can be quoted at length) before an
    // organization, then the later one.
    let person = |e: EntityId| doc.entities[e].kind == EntityKind::Person;
    seen.iter()
        .max_by_key(|x| (x.1, person(x.0), x.2.start))
        .map(|x| (x.0, x.2))
}
