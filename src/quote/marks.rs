//! Quote-mark pairing at byte level.
//!
//! One pass over the bytes finds every candidate mark: curly “ ” ‘ ’,
//! straight " and ' (and '' standing for a double mark), guillemets « » ‹ ›,
//! and the low „. Each mark belongs to a *family* (double: “ ” " „ « »; single: ‘ ’ ' ‹ ›) and has a role
//! (opens, closes, or either) that its neighbours refine: a straight mark
//! opens after the start, a space or a bracket and closes before a space or
//! punctuation; a single mark between letters, or before a digit (the '90s),
//! is an apostrophe; a closing single mark after a letter (Jones') closes
//! only when a single quote is open.
//!
//! Marks are paired with a stack at most two deep: the outer quote and one
//! inner quote (single quotes inside double ones, or the reverse in British
//! style). Only outer pairs are reported. Quotes never cross a paragraph
//! (a line) except by the news convention: a paragraph that leaves a quote
//! open, followed by a paragraph that opens one again, continues the quote;
//! each paragraph's part is reported as its own [`Pair`] and the later parts
//! say so in [`Pair::continues_previous`]. Web pages that print a sentence a
//! line also run a quote on over the next lines without reopening it
//! (`“Q1.⏎Q2.”`): when the next lines, none blank, hold no double mark until
//! one ends with a closing mark, each line's part is reported the same way,
//! from an empty opening mark at the line's start. Pages that collapse a
//! quote's paragraphs onto one line reopen it there (`“Q1. “Q2.”`): a double
//! mark opening inside an open double quote whose content ends a sentence
//! closes that part with an empty mark and opens the quote's next part. A
//! quote left open with neither continuation is closed by an empty mark at
//! its paragraph's end when it plainly is speech (see [`Pairing::ends_open`]);
//! otherwise it is dropped, and the complete quotes nested in it are reported
//! instead. Odd or stray marks are ignored: nothing here fails, and the work
//! is linear in the text.

use crate::Span;

/// Every byte that may start a quote mark (see [`mark_at`]): `"` and `'`,
/// the lead byte E2 of the curly marks “ ” „ ‘ ’ ‹ ›, and the lead byte C2
/// of the guillemets « ».
///
/// Two SIMD scans, merged in text order: one for `"`, `'` and E2, one for
/// C2 (a scan takes at most three bytes). The positions include lead bytes
/// of other characters (a dash, a no-break space); [`mark_at`] tells the
/// marks from them.
fn candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut marks = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut c2 = memchr::memchr_iter(0xC2, bytes).peekable();
    std::iter::from_fn(move || match (marks.peek(), c2.peek()) {
        (Some(&a), Some(&b)) if b < a => c2.next(),
        (Some(_), _) => marks.next(),
        (None, _) => c2.next(),
    })
}

/// A pair of quote marks and what lies between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs to the end of its
    /// paragraph and continues in the next one.
    pub close: Option<Span>,
    /// Between the marks (or from the opening mark to the paragraph end),
    /// never empty.
    pub content: Span,
    /// True when this part continues a quote left open at the end of the
    /// previous paragraph.
    pub continues_previous: bool,
}

impl Pair {
    /// From the opening mark to the end of the closing mark (or content).
    pub(crate) fn outer(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.content.end, |c| c.end),
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// The mark starting at byte `i`, if any: its length, family and base role.
#[inline]
fn mark_at(bytes: &[u8], i: usize) -> Option<(usize, Family, Role)> {
    match bytes[i] {
        b'"' => Some((1, Family::Double, Role::Either)),
        // '' stands for a double mark in some archives (the NYT's)
        b'\'' if bytes.get(i + 1) == Some(&b'\'') => Some((2, Family::Double, Role::Either)),
        b'\'' => Some((1, Family::Single, Role::Either)),
        0xC2 => match bytes.get(i + 1) {
            Some(0xAB) => Some((2, Family::Double, Role::Open)),
            Some(0xBB) => Some((2, Family::Double, Role::Close)),
            _ => None,
        },
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9C) => Some((3, Family::Double, Role::Open)),
            Some(0x9D) => Some((3, Family::Double, Role::Close)),
            Some(0x9E) => Some((3, Family::Double, Role::Open)),
            Some(0x98) => Some((3, Family::Single, Role::Open)),
            Some(0x99) => Some((3, Family::Single, Role::Close)),
            Some(0xB9) => Some((3, Family::Single, Role::Open)),
            Some(0xBA) => Some((3, Family::Single, Role::Close)),
            _ => None,
        },
        _ => None,
    }
}

/// Where the quoted title standing right before byte `end` of `text` opens
/// (the byte of its opening mark): one to four capitalized words between
/// double marks, after a space and before spaces. From the start of
/// "actor" in `the “Pose” actor`, the byte of `“`. The quote stage reads
/// such a title as part of a speaker's description, and coreference reads
/// past it as a modifier.
pub(crate) fn title_before(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?.trim_end_matches(' ');
    let body = head.strip_suffix('"').or_else(|| head.strip_suffix('”'))?;
    // The opening mark, at most a few short words back.
    let from = body.len().saturating_sub(80);
    let at = from + body.get(from..)?.rfind(['"', '“'])?;
    let inner = &body[at + body[at..].chars().next()?.len_utf8()..];
    let mut words = 0;
    let title = inner.split(' ').all(|w| {
        words += 1;
        words <= 4 && w.starts_with(char::is_uppercase) && !w.contains(is_quote_char)
    });
    let before = &body[..at];
    (title && before.ends_with(' ') && !before.trim_end().is_empty()).then_some(at)
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '«' | '»' | '‹' | '›'
    )
}

/// May a quote open after `prev`?
fn left_boundary(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '…')
                || is_quote_char(c)
        }
    }
}

/// May a quote close before `next`?
fn right_boundary(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '…'
                )
                || is_quote_char(c)
        }
    }
}

/// What a mark does here, given the open families: `Some(true)` opens,
/// `Some(false)` closes, `None` is no quote mark (an apostrophe or a
/// stray).
fn decide(
    text: &str,
    i: usize,
    len: usize,
    family: Family,
    role: Role,
    open: impl Fn(Family) -> bool,
) -> Option<bool> {
    let prev = text[..i].chars().next_back();
    let next = text[i + len..].chars().next();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if family == Family::Single {
        // don't, rock'n'roll, O’Brien
        if alnum(prev) && alnum(next) {
            return None;
        }
        // the '90s, ‘90s
        if role != Role::Close && left_boundary(prev) && next.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    let can_open = left_boundary(prev) && next.is_some_and(|c| !c.is_whitespace());
    let can_close = right_boundary(next) && prev.is_some_and(|c| !c.is_whitespace());
    let is_open = open(family);
    match role {
        Role::Open => {
            if is_open && can_close && !can_open {
                Some(false)
            } else if family == Family::Single && !can_open {
                None
            } else {
                Some(true)
            }
        }
        Role::Close => {
            if is_open {
                // Jones’ closes only a quote that is open; so does any ”.
                (can_close || family == Family::Double).then_some(false)
            } else if can_open && !can_close && family == Family::Double {
                Some(true)
            } else {
                None
            }
        }
        Role::Either => {
            if is_open && can_close {
                Some(false)
            } else if can_open && (!can_close || !is_open) {
                // A single straight mark after a letter closes or is an
                // apostrophe (Jones'); it opens only where it can't close.
                if family == Family::Single && can_close {
                    None
                } else {
                    Some(true)
                }
            } else {
                None
            }
        }
    }
}

#[derive(Clone, Copy)]
struct Open {
    family: Family,
    mark: Span,
    continues_previous: bool,
}

/// Appends every outer quote of `text` to `out`, in text order.
#[cfg(test)]
pub(crate) fn find_pairs(text: &str, out: &mut Vec<Pair>) {
    let breaks = crate::line_break::Finder::new(text);
    let lines = crate::line_break::lines_between(text, breaks, []);
    find_pairs_with(text, &lines, out);
}

/// Appends every outer quote of `text` to `out`, in text order; `lines`
/// are the lines of `text`, each without its line break, found once by the
/// caller.
pub(crate) fn find_pairs_with(text: &str, lines: &[Span], out: &mut Vec<Pair>) {
    let bytes = text.as_bytes();
    let mut pairing = Pairing {
        text,
        lines,
        next_line: 0,
        stack: [None, None],
        nested: Vec::new(),
        continuation_at: None,
    };
    // Where the next mark may start: after a '' mark, its second ' is no
    // mark of its own.
    let mut next_mark = 0;
    // Line breaks before this position were dealt with.
    let mut scanned = 0;
    for i in candidates(bytes) {
        if i < next_mark {
            continue;
        }
        // The apostrophe of "don't", "Jones's", most straight single
        // marks: between ASCII letters or digits a single mark is none
        // ([`decide`]), and skipping it leaves the next mark's look for a
        // line break the same first break to find.
        if bytes[i] == b'\''
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let Some((len, family, role)) = mark_at(bytes, i) else {
            continue;
        };
        pairing.line_break_in(scanned, i, out);
        scanned = i;
        pairing.mark(i, len, family, role, out);
        next_mark = i + len;
    }
    pairing.line_break_in(scanned, bytes.len(), out);
    if let Some(outer) = pairing.stack[0] {
        // left open at the end of the text
        let end = trim_end(bytes, bytes.len());
        let content = trim(text, Span::new(outer.mark.end.min(end), end));
        let line_start = lines.last().map_or(0, |l| l.start.min(outer.mark.start));
        if content.is_empty() || !pairing.ends_open(outer, line_start, content, out) {
            out.append(&mut pairing.nested);
        }
    }
}

/// The state of the pairing between two marks.
struct Pairing<'h> {
    text: &'h str,
    /// The lines of `text`: a line break stands between two of them.
    lines: &'h [Span],
    /// No line break before the end of this line was asked for yet.
    next_line: usize,
    /// The stack: outer quote, then at most one inner quote.
    stack: [Option<Open>; 2],
    /// Complete quotes nested in the open outer one, reported if it never
    /// closes.
    nested: Vec<Pair>,
    /// The next opening mark continues a quote left open (its position).
    continuation_at: Option<usize>,
}

impl Pairing<'_> {
    /// Ends the paragraph at the first line break in `from..to`, if any.
    /// A line break changes nothing while no quote is open, so the scanner
    /// does not look for them: they are looked for here, between marks,
    /// only while a quote is open.
    fn line_break_in(&mut self, from: usize, to: usize, out: &mut Vec<Pair>) {
        let Some(outer) = self.stack[0] else {
            return;
        };
        let bytes = self.text.as_bytes();
        // `from` only grows: the lines ending before it are passed once.
        let lines = self.lines;
        while self.next_line + 1 < lines.len() && lines[self.next_line].end < from {
            self.next_line += 1;
        }
        let l = self.next_line;
        if l + 1 >= lines.len() || lines[l].end >= to.min(bytes.len()) {
            return;
        }
        let br = Span::new(lines[l].end, lines[l + 1].start);
        let para_end = trim_end(bytes, br.start);
        let next = skip_ws(bytes, br.end);
        let continues = next < bytes.len()
            && mark_at(bytes, next).is_some_and(|(len, fam, role)| {
                fam == outer.family
                    && decide(self.text, next, len, fam, role, |_| false) == Some(true)
            });
        let content = trim(self.text, Span::new(outer.mark.end.min(para_end), para_end));
        if continues && !content.is_empty() {
            out.push(Pair {
                open: outer.mark,
                close: None,
                content,
                continues_previous: outer.continues_previous,
            });
            self.continuation_at = Some(next);
        } else if !content.is_empty() && self.runs_on(l, outer.family) {
            // The quote goes on at the start of the next line without a
            // mark: an empty opening mark there, and that line's break
            // asked for too, before the mark that ends `to`.
            out.push(Pair {
                open: outer.mark,
                close: None,
                content,
                continues_previous: outer.continues_previous,
            });
            self.nested.clear();
            self.stack = [
                Some(Open {
                    family: outer.family,
                    mark: Span::new(next, next),
                    continues_previous: true,
                }),
                None,
            ];
            self.line_break_in(next, to, out);
            return;
        } else if !self.ends_open(outer, lines[l].start, content, out) {
            out.append(&mut self.nested);
        }
        self.nested.clear();
        self.stack = [None, None];
    }

    /// Reports the quote `outer`, left open at the end of its line (which
    /// starts at `line_start`) and not continued, as closed there by an
    /// empty mark when it plainly is speech that only lacks its closing
    /// mark (`“Last year was a big low,” he admitted. “You fight a lot of
    /// struggles.` and no mark after): a double opening mark that opens
    /// only, content of three words or more that ends a sentence, and a
    /// quote closed before it on the line, a colon or comma right before
    /// it, or a quote it continues. True when it did.
    fn ends_open(
        &self,
        outer: Open,
        line_start: usize,
        content: Span,
        out: &mut Vec<Pair>,
    ) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        let opens_only = outer.family == Family::Double
            && !outer.mark.is_empty()
            && mark_at(bytes, outer.mark.start).is_some_and(|m| m.2 == Role::Open);
        let words = &text[content];
        let speech = opens_only
            && words.ends_with(['.', '!', '?', '…'])
            && words.split_whitespace().nth(2).is_some();
        if !speech {
            return false;
        }
        let before = text[line_start..outer.mark.start].trim_end();
        let quoted_before = out
            .last()
            .and_then(|p| p.close)
            .is_some_and(|c| c.start >= line_start);
        if !(outer.continues_previous || quoted_before || before.ends_with([':', ','])) {
            return false;
        }
        out.push(Pair {
            open: outer.mark,
            close: Some(Span::new(content.end, content.end)),
            content,
            continues_previous: outer.continues_previous,
        });
        true
    }

    /// True when a double quote left open at the end of line `l` runs on
    /// over the next lines without reopening and closes at the end of one
    /// of them, as web pages of a sentence a line print it (`“Q1.⏎Q2.”`):
    /// of the next [`RUN_ON_LINES`] lines, none blank, each holds no double
    /// mark until one holds only a closing mark, at its end.
    fn runs_on(&self, l: usize, family: Family) -> bool {
        if family != Family::Double {
            return false;
        }
        let bytes = self.text.as_bytes();
        for line in self.lines.iter().skip(l + 1).take(RUN_ON_LINES) {
            if line.is_empty() {
                return false;
            }
            let mut marks = memchr::memchr3_iter(b'"', 0xE2, 0xC2, &bytes[line.start..line.end])
                .map(|k| line.start + k)
                .filter_map(|i| {
                    mark_at(bytes, i)
                        .filter(|m| m.1 == Family::Double)
                        .map(|m| (i, m))
                });
            let Some((i, (len, fam, role))) = marks.next() else {
                continue;
            };
            let closes = decide(self.text, i, len, fam, role, |f| f == family) == Some(false);
            let ends_line = trim_end(bytes, line.end) == i + len;
            return closes && ends_line && marks.next().is_none();
        }
        false
    }

    /// Opens or closes a quote with the mark at byte `i`, or ignores it.
    fn mark(&mut self, i: usize, len: usize, family: Family, role: Role, out: &mut Vec<Pair>) {
        let text = self.text;
        let stack = &mut self.stack;
        let is_open = |f: Family| stack.iter().flatten().any(|o| o.family == f);
        let mark = Span::new(i, i + len);
        match decide(text, i, len, family, role, is_open) {
            Some(true) => {
                let entry = Open {
                    family,
                    mark,
                    continues_previous: self.continuation_at == Some(i),
                };
                let inner_open = stack[1].is_some();
                if let Some(outer) = stack[0].filter(|o| !inner_open && reopens(text, o, family, i))
                {
                    // paragraphs run together on one line: the part so far
                    // closes at its end, and the quote goes on
                    let content = trim(text, Span::new(outer.mark.end, i));
                    out.push(Pair {
                        open: outer.mark,
                        close: Some(Span::new(content.end, content.end)),
                        content,
                        continues_previous: outer.continues_previous,
                    });
                    self.nested.clear();
                    *stack = [
                        Some(Open {
                            continues_previous: true,
                            ..entry
                        }),
                        None,
                    ];
                } else if stack[0].is_none() {
                    stack[0] = Some(entry);
                } else if stack[1].is_none() {
                    stack[1] = Some(entry);
                }
            }
            Some(false) => {
                let pair = |o: Open| Pair {
                    open: o.mark,
                    close: Some(mark),
                    content: trim(text, Span::new(o.mark.end, i)),
                    continues_previous: o.continues_previous,
                };
                if let Some(inner) = stack[1].filter(|o| o.family == family) {
                    stack[1] = None;
                    if !text[inner.mark.end..i].trim().is_empty() {
                        self.nested.push(pair(inner));
                    }
                } else if let Some(outer) = stack[0].filter(|o| o.family == family) {
                    *stack = [None, None];
                    self.nested.clear();
                    if !text[outer.mark.end..i].trim().is_empty() {
                        out.push(pair(outer));
                    }
                }
            }
            None => {}
        }
    }
}

/// True when a double mark opening at `i` inside the open double quote
/// `outer` (no inner quote open) reopens it as the news convention opens
/// each paragraph of a long quote, its paragraph breaks lost (`"Q1. "Q2.
/// "Q3."` on one line): the quote so far ends a sentence in three words or
/// more. A double quote is never nested in one of its own family.
fn reopens(text: &str, outer: &Open, family: Family, i: usize) -> bool {
    if family != Family::Double || outer.family != Family::Double {
        return false;
    }
    let so_far = text[outer.mark.end..i].trim_end();
    so_far.ends_with(['.', '!', '?', '…']) && so_far.split_whitespace().nth(2).is_some()
}

/// How many lines after its own a quote may run on over without reopening
/// ([`Pairing::runs_on`]).
const RUN_ON_LINES: usize = 3;

/// `span` without white space at its edges (« like this »), white space
/// as the segmenter trims paragraphs ([`is_space`](crate::segment::is_space):
/// a BOM or zero-width space too), so that a content ends inside its
/// paragraph.
fn trim(text: &str, span: Span) -> Span {
    let s = &text[span];
    let space = crate::segment::is_space;
    let start = span.start + (s.len() - s.trim_start_matches(space).len());
    Span::new(
        start.min(span.end),
        (span.start + s.trim_end_matches(space).len()).max(start.min(span.end)),
    )
}

/// `i` advanced past ASCII white space and line breaks.
fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
        } else {
            match crate::line_break::len_at(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
    }
    i
}

fn trim_end(bytes: &[u8], mut end: usize) -> usize {
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find_pairs(text, &mut out);
        out.iter().map(|p| &text[p.content]).collect()
    }

    #[test]
    fn a_quote_reopened_on_its_line_goes_on() {
        // paragraphs of one quote run together on a line: each part ends
        // where the next opens, and the later ones continue it
        for t in [
            "He said: \"We know it will be fast. \"The title is gone now. \"It will be exciting.\" Then rain.",
            "He said: “We know it will be fast. “The title is gone now. “It will be exciting.” Then rain.",
        ] {
            let mut pairs = Vec::new();
            find_pairs(t, &mut pairs);
            let parts: Vec<(&str, bool)> = pairs
                .iter()
                .map(|p| (&t[p.content], p.continues_previous))
                .collect();
            assert_eq!(
                parts,
                [
                    ("We know it will be fast.", false),
                    ("The title is gone now.", true),
                    ("It will be exciting.", true)
                ],
                "{t:?}"
            );
        }
        // a quote inside one that has not ended a sentence is nested, and
        // so is one after too few words
        assert_eq!(
            contents("\"He said \"no\" to me,\" she said."),
            ["He said \"no\" to me,"]
        );
        assert_eq!(contents("“Go on. “Yes.”"), ["Yes."]);
    }

    #[test]
    fn a_quote_runs_on_over_lines_without_reopening() {
        // a sentence a line: each line's part, the later ones continuing
        // from an empty mark at the line's start
        let t = "He said, “We waited.\nNobody came.\nWe left.”\nThen rain.";
        let mut pairs = Vec::new();
        find_pairs(t, &mut pairs);
        let parts: Vec<&str> = pairs.iter().map(|p| &t[p.content]).collect();
        assert_eq!(parts, ["We waited.", "Nobody came.", "We left."]);
        assert_eq!(pairs[0].open, Span::new(9, 12));
        assert_eq!(pairs[1].open, Span::new(23, 23), "an empty mark");
        assert!(!pairs[0].continues_previous && pairs[1].continues_previous);
        assert_eq!((pairs[1].close, pairs[2].close.is_some()), (None, true));
        // not over a blank line, past a line with a mark of its own, to a
        // closing mark inside a line, or beyond three lines
        for t in [
            "He said, “We waited.\n\nNobody came.”",
            "He said, “We waited.\nThey said “no” to it.”",
            "He said, “We waited.\nNobody came,” he said.",
            "“One.\nTwo.\nThree.\nFour.\nFive.”",
        ] {
            assert!(
                contents(t)
                    .iter()
                    .all(|c| !c.contains("We waited") && *c != "One."),
                "{t:?}"
            );
        }
    }

    #[test]
    fn a_quote_left_open_at_its_paragraph_end_closes_there() {
        // after a quote closed on its line, or a colon: closed by an empty
        // mark at the content's end, also at the end of the text
        for t in [
            "“It was hard,” he said. “We lost a lot of games.\n\nThen he left.",
            "The mayor said: “We lost a lot of games.",
        ] {
            let mut pairs = Vec::new();
            find_pairs(t, &mut pairs);
            let last = pairs.last().unwrap();
            assert_eq!(&t[last.content], "We lost a lot of games.", "{t:?}");
            let close = last.close.unwrap();
            assert_eq!(
                (close.start, close.end),
                (last.content.end, last.content.end)
            );
        }
        // not without a sign of speech, a sentence's end, three words, or
        // an opening mark that only opens
        for t in [
            "The mayor went on. “We lost a lot of games.\n\nThen he left.",
            "He said: “We lost a lot of games\n\nThen he left.",
            "He said: “We lost.\n\nThen he left.",
            "He said: \"We lost a lot of games.\n\nThen he left.",
        ] {
            assert!(contents(t).is_empty(), "{t:?}");
        }
    }

    #[test]
    fn titles_before_a_word() {
        let t = "the “Pose” actor said";
        assert_eq!(title_before(t, t.find("actor").unwrap()), Some(4));
        let t = "the \"Harbour Nights\" actor";
        assert_eq!(title_before(t, t.find("actor").unwrap()), Some(4));
        // Lowercase words, a title opening the text, too many words, no mark.
        for t in [
            "she said “not now” actor",
            "“Pose” actor",
            "the “One Two Three Four Five” actor",
            "the Pose actor",
        ] {
            assert_eq!(title_before(t, t.find("actor").unwrap()), None, "{t:?}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("“We will win,” she said.", &["We will win,"]),
            ("\"We will win,\" she said.", &["We will win,"]),
            ("She said: \"Go.\" Then \"stop\".", &["Go.", "stop"]),
            ("'We will win,' she said.", &["We will win,"]),
            ("‘We will win,’ she said.", &["We will win,"]),
            ("«Nous gagnerons», dit-il.", &["Nous gagnerons"]),
            ("« Nous gagnerons », dit-il.", &["Nous gagnerons"]),
            ("„Wir gewinnen“, sagte er.", &["Wir gewinnen"]),
            ("‹oui›", &["oui"]),
            // apostrophes
            ("I don't know, it's the '90s, Jones' car.", &[]),
            ("I don’t know, it’s the ’90s and ‘90s.", &[]),
            ("“I don’t know,” he said of Jones’ car.", &["I don’t know,"]),
            (
                "“It's James' and the '90s' fault,” he said.",
                &["It's James' and the '90s' fault,"],
            ),
            // nested
            (
                "“He told me ‘never,’ and left,” she said.",
                &["He told me ‘never,’ and left,"],
            ),
            (
                "'He said \"no\" to me,' she said.",
                &["He said \"no\" to me,"],
            ),
            // odd and stray marks
            ("He said “yes and left.", &[]),
            ("He said “yes and “no” then.", &["no"]),
            ("stray ” mark and a “real” one", &["real"]),
            ("“”", &[]),
            ("a\"b", &[]),
            ("6'2\" tall and \"strong\"", &["strong"]),
            ("“end of text”", &["end of text"]),
            ("rock 'n' roll", &["n"]),
            (
                "''We won,'' he said of the ''big'' day.",
                &["We won,", "big"],
            ),
            ("Jones' and Smiths' cars", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&contents(text), want, "{text}");
        }
    }

    #[test]
    fn continued_paragraphs() {
        let text = "“One\n\n“Two\n“Three.”\nNo.";
        let mut out = Vec::new();
        find_pairs(text, &mut out);
        let got: Vec<(&str, bool, bool)> = out
            .iter()
            .map(|p| (&text[p.content], p.close.is_some(), p.continues_previous))
            .collect();
        assert_eq!(
            got,
            [
                ("One", false, false),
                ("Two", false, true),
                ("Three.", true, true)
            ]
        );
    }

    #[test]
    fn unclosed_paragraph_without_continuation_is_dropped() {
        assert_eq!(contents("“One\nTwo “three”"), ["three"]);
        assert_eq!(contents("“One\n"), Vec::<&str>::new());
    }

    #[test]
    fn many_marks_are_linear_and_safe() {
        let text = "“".repeat(10_000) + &"”'\"‘’".repeat(10_000);
        let mut out = Vec::new();
        find_pairs(&text, &mut out);
        for p in &out {
            assert!(text.is_char_boundary(p.content.start) && text.is_char_boundary(p.content.end));
        }
    }
}
