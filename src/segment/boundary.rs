//! Where sentences end inside a paragraph (or list item).
//!
//! The scanner walks the bytes looking for terminators (`.`, `?`, `!`, `…`
//! and their kin) and decides each candidate from a small window around it:
//! the terminator run itself (`?!`, `...`, `. . . .`), the closing quotes
//! and brackets after it, the word before it and the first word after it.
//! Each candidate is decided once and the scan never goes back, so the work
//! is linear in the text.
//!
//! A candidate ends a sentence only when white space follows it (after any
//! closing punctuation: `.”`, `.)`), and never when a lower-case word
//! follows (`“Why?” and left`, `Yahoo! in`, `etc. and`). Before a capital
//! or a digit, a period's fate depends on the word before it:
//!
//! | word before the period | ends the sentence when the next word is |
//! |---|---|
//! | a plain word or number (`bank.`, `$100.00.`) | capitalized or a number |
//! | a list label at a sentence start (`1.`, `a.`) | never |
//! | a `prefix` abbreviation (`Mr.`, `Mt.`, `e.g.`) | never |
//! | a `number` abbreviation (`No.`, `p.`, `Jan.`) | capitalized (`"No. Definitely not."`), never before a digit |
//! | an `ordinary` abbreviation (`Co.`, `etc.`), an initial (`E.`) or a dotted initialism (`U.S.`) | a common sentence starter (`The`, `He`, `How`) |
//! | `a.m.` / `p.m.` | capitalized, unless a day, month or time zone, or the sentence so far is only "At 5 a.m." |
//!
//! Ellipses end a sentence before a capitalized word, except a three-dot
//! ellipsis before "I" (always capitalized, so no evidence); an editor's
//! `[...]` only before a common sentence starter; in "word. . . . Next" the
//! first period ends the sentence and the ellipsis starts the next one. A
//! dash after a terminator continues the sentence (`." - Matthew Ingram`).
//! A photo credit ("Image: Jane Roe") starts a sentence ([`credit`]).
//!
//! Quotations: a terminator inside closing quotes ends the sentence like
//! any other (`“We will win.” She left.` is two), unless a lower-case word
//! follows (`“Why?” he asked.` is one); a sentence inside a longer quotation
//! ends where its terminator is followed by a capital.

use super::abbreviation::{Abbreviations, Kind};
use super::chars::{
    ascii_word_start, char_at, char_before, is_closer, is_number_prefix, is_opener, is_space,
    is_strong_terminator, skip_space,
};
use super::starter::is_starter;
use super::{credit, list};

/// How far back the word before a period is looked for, in bytes. Longer
/// "words" (URLs, runs of symbols) are plain words.
const MAX_WORD: usize = 48;

/// The first word after a candidate terminator, by its first letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next<'h> {
    Lower,
    /// Capitalized; holds the bytes of the text from the word on (only its
    /// leading ASCII letters are ever read, so no char boundary is needed).
    Upper(&'h [u8]),
    Digit,
    /// A dash: an attribution or aside follows ("- Matthew Ingram").
    Dash,
    Other,
    End,
}

impl Next<'_> {
    fn is_starter(self) -> bool {
        matches!(self, Next::Upper(w) if is_starter(w))
    }
}

/// Where the next candidate of each search is: an ASCII terminator, a
/// colon, a wide terminator; `text.len()` when there is none. The searches run to the end of the text, not of the paragraph:
/// paragraphs are scanned in order, so a search that finds nothing in one
/// paragraph has already found the next candidate of a later one, and each
/// search runs once per candidate rather than once per paragraph too.
pub(crate) struct Cursors {
    ascii: usize,
    colon: usize,
    wide: usize,
}

impl Cursors {
    /// The cursors for `text`, searched from its start.
    pub(crate) fn new(text: &str) -> Cursors {
        let bytes = text.as_bytes();
        Cursors {
            ascii: find(bytes, 0, scan::ascii),
            colon: find(bytes, 0, scan::colon),
            wide: find_wide(text, 0),
        }
    }

    /// The next candidate at or after `i`, moving the cursors that are
    /// behind `i`.
    #[inline]
    fn next(&mut self, text: &str, i: usize) -> usize {
        let bytes = text.as_bytes();
        if self.ascii < i {
            self.ascii = find(bytes, i, scan::ascii);
        }
        if self.colon < i {
            self.colon = find(bytes, i, scan::colon);
        }
        if self.wide < i {
            self.wide = find_wide(text, i);
        }
        self.ascii.min(self.colon).min(self.wide)
    }
}

/// Where the first wide terminator (`…`, `‼`, `。`, `？` and their kin) at
/// or after `i` starts, or `text.len()`. Their lead bytes also start curly
/// quotes and dashes, common in news, which are passed over here rather
/// than handed to the scan loop one by one.
fn find_wide(text: &str, mut i: usize) -> usize {
    loop {
        let at = find(text.as_bytes(), i, scan::wide);
        match char_at(text, at) {
            Some(c) if c != '…' && !is_strong_terminator(c) => i = at + c.len_utf8(),
            _ => return at,
        }
    }
}

/// Where `search` first matches in `bytes[i..]`, or `bytes.len()`.
#[inline]
fn find(bytes: &[u8], i: usize, search: fn(&[u8]) -> Option<usize>) -> usize {
    search(&bytes[i..]).map_or(bytes.len(), |o| i + o)
}

/// Calls `f(start, end)` for each sentence of `text[start..end]` (a
/// paragraph or list item), before trimming; together they cover the range.
/// `cursors` were made for `text` and have seen only earlier ranges.
pub(crate) fn sentences(
    abbreviations: &Abbreviations,
    text: &str,
    start: usize,
    end: usize,
    cursors: &mut Cursors,
    mut f: impl FnMut(usize, usize),
) {
    let bytes = text.as_bytes();
    let mut sentence = start;
    let mut i = start;
    loop {
        i = cursors.next(text, i);
        if i >= end {
            break;
        }
        match bytes[i] {
            b'.' | b'?' | b'!' => {}
            b':' => {
                if let Some(label) = credit::label_start(text, sentence, i) {
                    f(sentence, label);
                    sentence = label;
                }
                i += 1;
                continue;
            }
            _ => {
                let c = char_at(text, i).unwrap_or(' ');
                if c != '…' && !is_strong_terminator(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
        }
        let (boundary, next) = decide(abbreviations, text, end, sentence, i);
        debug_assert!(next > i);
        if let Some((sentence_end, next_start)) = boundary {
            f(sentence, sentence_end);
            sentence = next_start;
        }
        i = next;
    }
    f(sentence, end);
}

/// The three searches of [`sentences`]. On x86-64 memchr's AVX2 searchers
/// are made once: `memchr::memchr3` picks its routine and sets up its
/// vectors on every call, and the scan calls it once per terminator.
#[cfg(target_arch = "x86_64")]
mod scan {
    use memchr::arch::x86_64::avx2::memchr::{One, Three};
    use std::sync::OnceLock;

    struct Searchers {
        ascii: Three,
        colon: One,
        wide: Three,
    }

    /// `None` where the processor has no AVX2.
    fn searchers() -> Option<&'static Searchers> {
        static SEARCHERS: OnceLock<Option<Searchers>> = OnceLock::new();
        SEARCHERS
            .get_or_init(|| {
                Some(Searchers {
                    ascii: Three::new(b'.', b'?', b'!')?,
                    colon: One::new(b':')?,
                    wide: Three::new(0xE2, 0xE3, 0xEF)?,
                })
            })
            .as_ref()
    }

    /// The first `.`, `?` or `!`.
    pub(super) fn ascii(h: &[u8]) -> Option<usize> {
        match searchers() {
            Some(s) => s.ascii.find(h),
            None => super::scan_any::ascii(h),
        }
    }

    /// The first `:`.
    pub(super) fn colon(h: &[u8]) -> Option<usize> {
        match searchers() {
            Some(s) => s.colon.find(h),
            None => super::scan_any::colon(h),
        }
    }

    /// The first lead byte E2, E3 or EF.
    pub(super) fn wide(h: &[u8]) -> Option<usize> {
        match searchers() {
            Some(s) => s.wide.find(h),
            None => super::scan_any::wide(h),
        }
    }
}

/// The three searches of [`sentences`] on any processor.
#[cfg(not(target_arch = "x86_64"))]
use scan_any as scan;

mod scan_any {
    /// The first `.`, `?` or `!`.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub(super) fn ascii(h: &[u8]) -> Option<usize> {
        memchr::memchr3(b'.', b'?', b'!', h)
    }

    /// The first `:`.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub(super) fn colon(h: &[u8]) -> Option<usize> {
        memchr::memchr(b':', h)
    }

    /// The first lead byte E2, E3 or EF.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub(super) fn wide(h: &[u8]) -> Option<usize> {
        memchr::memchr3(0xE2, 0xE3, 0xEF, h)
    }
}

/// Decides the terminator at `i`. Returns the boundary, if any, as (end of
/// this sentence, start of the next), and where to resume scanning.
fn decide(
    abbreviations: &Abbreviations,
    text: &str,
    end: usize,
    sentence: usize,
    i: usize,
) -> (Option<(usize, usize)>, usize) {
    let run = Run::scan(text, i, end);
    let j = run.end;
    // "[...]": an editor's elision, which ends a sentence only before a
    // sentence starter.
    if run.dots >= 2 && j < end && char_before(text, i) == Some('[') && bytes_at(text, j) == b']' {
        let k = j + 1;
        if k < end && char_at(text, k).is_some_and(is_space) {
            let n = skip_space(text, k, end);
            if next_word(text, n, end).is_starter() {
                return (Some((k, n)), k);
            }
        }
        return (None, k);
    }
    let mut k = j;
    // Most runs are followed by a space, not by closing punctuation.
    while k < end && bytes_at(text, k) != b' ' {
        match char_at(text, k) {
            Some(c) if is_closer(c) => k += c.len_utf8(),
            _ => break,
        }
    }
    if k >= end {
        return (None, k);
    }
    // "3.14", "U.S.A", "Jr.'s", "e.g.,", "mean...see": no space, no end.
    if !char_at(text, k).is_some_and(is_space) {
        return (None, k);
    }
    let n = skip_space(text, k, end);
    let next = next_word(text, n, end);
    let boundary = (Some((k, n)), k);
    // "etc. and", "“Why?” he asked", `game." - Matthew Ingram`.
    if matches!(next, Next::Lower | Next::Dash | Next::End) {
        return (None, k);
    }

    if run.strong {
        return boundary;
    }
    if run.dots >= 2 {
        let Next::Upper(word) = next else {
            return (None, k);
        };
        let attached = char_before(text, i).is_some_and(|c| !is_space(c));
        if attached && run.first_group == 1 && run.spaced && run.dots >= 4 {
            // "compounds. . . . The": a period, then an ellipsis that
            // opens the next sentence.
            return (Some((i + 1, skip_space(text, i + 1, end))), k);
        }
        if run.dots < 4 && leading_letters(word) == b"I" {
            return (None, k);
        }
        return boundary;
    }

    // A single period before a capital, a digit or a symbol.
    if i - sentence <= 12 && list::is_label(&text[sentence..i]) {
        return (None, k);
    }
    let word = word_before(text, sentence, i);
    // A single capital is an initial ("Ellen P. Hart"), whatever the list
    // says about its lower case ("p. 55").
    let listed = word
        .filter(|w| !(w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase()))
        .and_then(|w| abbreviations.get(w));
    let ends = match listed {
        Some(Kind::Prefix) => false,
        Some(Kind::Number) => next != Next::Digit,
        Some(Kind::Ordinary) => next.is_starter(),
        None => match word {
            None => true,
            Some(w) if is_time(w) => ends_after_time(text, sentence, i - w.len(), next),
            Some(w) if is_initialism(w) || is_initial(w) => next.is_starter(),
            Some(_) => true,
        },
    };
    if ends {
        boundary
    } else {
        (None, k)
    }
}

/// A run of terminators starting at a candidate: "." "?!" "..." ". . . ."
/// "…" "?..." .
#[derive(Debug)]
struct Run {
    end: usize,
    /// Periods, counting "…" as three.
    dots: usize,
    /// Periods before the first space of a spaced ellipsis.
    first_group: usize,
    /// Whether the periods are spaced (". . .").
    spaced: bool,
    /// A question or exclamation mark is in the run.
    strong: bool,
}

impl Run {
    fn scan(text: &str, i: usize, end: usize) -> Run {
        let bytes = text.as_bytes();
        if bytes[i] == b'.' && Run::ends_after_one(bytes, i + 1, end) {
            return Run {
                end: i + 1,
                dots: 1,
                first_group: 1,
                spaced: false,
                strong: false,
            };
        }
        let mut run = Run {
            end: i,
            dots: 0,
            first_group: 0,
            spaced: false,
            strong: false,
        };
        let mut j = i;
        let mut after_dot = false;
        while j < end {
            let c = match bytes[j] {
                b @ (b'.' | b' ' | b'?' | b'!') => char::from(b),
                b if b < 0x80 => break,
                _ => char_at(text, j).unwrap_or(' '),
            };
            match c {
                '.' | '…' => {
                    run.dots += if c == '.' { 1 } else { 3 };
                    if !run.spaced {
                        run.first_group = run.dots;
                    }
                    after_dot = true;
                }
                // ". . .": a space between periods, the next one not the
                // start of a word (".NET").
                ' ' if after_dot
                    && j + 1 < end
                    && bytes[j + 1] == b'.'
                    && !bytes.get(j + 2).is_some_and(|b| b.is_ascii_alphanumeric()) =>
                {
                    run.spaced = true;
                    after_dot = false;
                }
                c if is_strong_terminator(c) => {
                    run.strong = true;
                    after_dot = false;
                }
                _ => break,
            }
            j += c.len_utf8();
        }
        run.end = j;
        run
    }

    /// Whether a run that has one period, before byte `j`, ends there: the
    /// common case ("bank. The"), decided from two bytes without the loop.
    #[inline]
    fn ends_after_one(bytes: &[u8], j: usize, end: usize) -> bool {
        if j >= end {
            return true;
        }
        match bytes[j] {
            // ". ." may go on as a spaced ellipsis
            b' ' => !(j + 1 < end && bytes[j + 1] == b'.'),
            b'.' | b'?' | b'!' => false,
            // "…" or a wide question mark may go on
            b => b < 0x80,
        }
    }
}

/// What the text at `n` (after white space) starts with, openers skipped.
#[inline]
fn next_word(text: &str, n: usize, end: usize) -> Next<'_> {
    // Most words start with an ASCII letter or digit: no opener to skip,
    // no char to decode.
    if n < end {
        match text.as_bytes()[n] {
            b'a'..=b'z' => return Next::Lower,
            b'A'..=b'Z' => return Next::Upper(&text.as_bytes()[n..end]),
            b'0'..=b'9' => return Next::Digit,
            _ => {}
        }
    }
    next_word_chars(text, n, end)
}

/// [`next_word`] char by char, out of line so that the ASCII check above
/// inlines.
#[inline(never)]
fn next_word_chars(text: &str, mut n: usize, end: usize) -> Next<'_> {
    let mut after_opener = false;
    while n < end {
        let Some(c) = char_at(text, n) else { break };
        // `? " she wrote`: a detached quote mark closes rather than opens.
        if is_opener(c) || (after_opener && is_space(c)) {
            after_opener = true;
            n += c.len_utf8();
            continue;
        }
        return if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() {
            Next::Upper(&text.as_bytes()[n..end])
        } else if c.is_ascii_digit() {
            Next::Digit
        } else if matches!(c, '-' | '–' | '—') {
            Next::Dash
        } else {
            Next::Other
        };
    }
    Next::End
}

/// The word ending at the period at `i`, opening punctuation and currency
/// signs stripped; `None` when there is none (" ."). Only its last
/// [`MAX_WORD`] bytes are read.
#[inline]
fn word_before(text: &str, sentence: usize, i: usize) -> Option<&str> {
    let floor = sentence.max(i.saturating_sub(MAX_WORD));
    let bytes = text.as_bytes();
    // ASCII bytes without decoding a char, then chars from the first
    // non-ASCII byte, if any, on.
    let mut t = ascii_word_start(bytes, floor, i);
    if t > floor && bytes[t - 1] >= 0x80 {
        while t > floor {
            match char_before(text, t) {
                Some(c) if !is_space(c) => t -= c.len_utf8(),
                _ => break,
            }
        }
    }
    let word = &text[t..i];
    // Openers and number signs are no letters or digits: a word starting
    // with one of those has nothing to strip.
    let first = word.as_bytes().first();
    if first.is_some_and(u8::is_ascii_alphanumeric) {
        return Some(word);
    }
    let word = word.trim_start_matches(|c| is_opener(c) || is_number_prefix(c));
    (!word.is_empty()).then_some(word)
}

/// The byte at `i` of `text`.
fn bytes_at(text: &str, i: usize) -> u8 {
    text.as_bytes()[i]
}

/// The ASCII letters `word` starts with.
fn leading_letters(word: &[u8]) -> &[u8] {
    let len = word
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    &word[..len]
}

/// One letter: an initial ("George W. Bush") or a one-letter abbreviation.
fn is_initial(word: &str) -> bool {
    match word.as_bytes() {
        [b] => return b.is_ascii_alphabetic(),
        // two or more bytes starting with an ASCII one: two chars or more
        [b, _, ..] if *b < 0x80 => return false,
        _ => {}
    }
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Dotted letters: "U.S", "Ph.D", "a.m", "U.S.A" (the final period is the
/// candidate), but not "example.com".
fn is_initialism(word: &str) -> bool {
    let bytes = word.as_bytes();
    // The last part is one or two letters after a period: three last bytes
    // without a period or a separator rule it out (most words before a
    // period, "bank."), before the word is scanned.
    if let [.., a, b, c] = bytes {
        if ![a, b, c].iter().any(|&&x| matches!(x, b'.' | b'-' | b'/')) {
            return false;
        }
    }
    // "Japan-U.S": the last part decides.
    let from = bytes
        .iter()
        .rposition(|&b| b == b'-' || b == b'/')
        .map_or(0, |p| p + 1);
    // One pass over the bytes: segments of one or two letters between
    // periods, at least two of them.
    let mut periods = 0;
    let mut letters = 0;
    for &b in &bytes[from..] {
        if b == b'.' {
            if letters == 0 {
                return false;
            }
            periods += 1;
            letters = 0;
        } else if b.is_ascii_alphabetic() && letters < 2 {
            letters += 1;
        } else {
            return false;
        }
    }
    periods >= 1 && letters > 0
}

fn is_time(word: &str) -> bool {
    ["a.m", "p.m"].iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Words after "5 p.m." that continue the sentence.
const AFTER_TIME: &[&str] = &[
    "april",
    "august",
    "cdt",
    "cst",
    "ct",
    "december",
    "eastern",
    "edt",
    "est",
    "et",
    "february",
    "friday",
    "gmt",
    "january",
    "july",
    "june",
    "local",
    "march",
    "mdt",
    "monday",
    "mst",
    "mt",
    "november",
    "october",
    "pacific",
    "pdt",
    "pst",
    "pt",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "utc",
    "wednesday",
];

/// Prepositions that open an introductory time phrase: "At 5 a.m. Mr. Smith".
const TIME_PREPOSITIONS: &[&str] = &[
    "after", "around", "at", "before", "by", "from", "since", "till", "until",
];

/// Whether "a.m."/"p.m." (the word starting at `w`) ends the sentence before `next`.
fn ends_after_time(text: &str, sentence: usize, w: usize, next: Next<'_>) -> bool {
    let Next::Upper(word) = next else {
        return next == Next::Other;
    };
    let word = leading_letters(word);
    if AFTER_TIME
        .iter()
        .any(|t| t.as_bytes().eq_ignore_ascii_case(word))
    {
        return false;
    }
    // "At 5 a.m." alone is no sentence: an introductory phrase.
    if w - sentence <= 40 {
        let mut words = text[sentence..w].split_whitespace();
        let first = words.next().unwrap_or("");
        let count = 1 + words.count();
        if count <= 3
            && TIME_PREPOSITIONS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(first))
        {
            return false;
        }
    }
    true
}

// The rows rely on the embedded abbreviation list.
#[cfg(all(test, feature = "embedded"))]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbreviations = Abbreviations::parse(super::super::abbreviation::EMBEDDED);
        let mut out = Vec::new();
        let mut cursors = Cursors::new(text);
        sentences(&abbreviations, text, 0, text.len(), &mut cursors, |s, e| {
            let t = text[s..e].trim();
            if !t.is_empty() {
                out.push(t);
            }
        });
        out
    }

    #[test]
    fn one_row_per_phenomenon() {
        let cases: &[(&str, &[&str])] = &[
            ("Plain. Two.", &["Plain.", "Two."]),
            (
                "Why? Because! Yes?! No!!",
                &["Why?", "Because!", "Yes?!", "No!!"],
            ),
            ("Mr. Smith met Dr. Jones.", &["Mr. Smith met Dr. Jones."]),
            (
                "Gov. Hochul and Sen. Schumer spoke.",
                &["Gov. Hochul and Sen. Schumer spoke."],
            ),
            (
                "It rose on Jan. 5. It fell.",
                &["It rose on Jan. 5.", "It fell."],
            ),
            ("He won No. 5 easily.", &["He won No. 5 easily."]),
            (
                "He said no. The vote failed.",
                &["He said no.", "The vote failed."],
            ),
            (
                "He lives in the U.S. He works.",
                &["He lives in the U.S.", "He works."],
            ),
            ("The U.S. Senate voted.", &["The U.S. Senate voted."]),
            ("The U.K. economy shrank.", &["The U.K. economy shrank."]),
            (
                "Apples, pears, etc. They rot.",
                &["Apples, pears, etc.", "They rot."],
            ),
            (
                "Use e.g. Paris or i.e. Rome.",
                &["Use e.g. Paris or i.e. Rome."],
            ),
            ("J. R. R. Tolkien wrote.", &["J. R. R. Tolkien wrote."]),
            ("George W. Bush spoke.", &["George W. Bush spoke."]),
            ("Ellen P. Hart, see p. 55.", &["Ellen P. Hart, see p. 55."]),
            ("Pi is 3.14 or so.", &["Pi is 3.14 or so."]),
            (
                "It cost $4.5 million. Then more.",
                &["It cost $4.5 million.", "Then more."],
            ),
            ("Up 2.5%. Down 1.1%.", &["Up 2.5%.", "Down 1.1%."]),
            ("At 5 a.m. Mr. Lee left.", &["At 5 a.m. Mr. Lee left."]),
            (
                "He left at 6 p.m. Mr. Lee stayed.",
                &["He left at 6 p.m.", "Mr. Lee stayed."],
            ),
            ("It ends at 5 p.m. Friday.", &["It ends at 5 p.m. Friday."]),
            (
                "See www.example.com. It works.",
                &["See www.example.com.", "It works."],
            ),
            (
                "Mail jo.roe@example.org. Now.",
                &["Mail jo.roe@example.org.", "Now."],
            ),
            (
                "Go to https://a.b/c.html?x=1. Then.",
                &["Go to https://a.b/c.html?x=1.", "Then."],
            ),
            ("He (a doctor.) left.", &["He (a doctor.) left."]),
            (
                "It ended. (He left.) Then.",
                &["It ended.", "(He left.)", "Then."],
            ),
            ("“We will win,” she said.", &["“We will win,” she said."]),
            ("“We will win.” She left.", &["“We will win.”", "She left."]),
            (
                "He asked, “Why?” and left.",
                &["He asked, “Why?” and left."],
            ),
            ("'Go.' she said.", &["'Go.' she said."]),
            ("Yahoo! in Sunnyvale.", &["Yahoo! in Sunnyvale."]),
            ("JFK Jr.'s book.", &["JFK Jr.'s book."]),
            ("Wait... what? Fine.", &["Wait... what?", "Fine."]),
            (
                "I meant that.... She left.",
                &["I meant that....", "She left."],
            ),
            ("Well … It is.", &["Well …", "It is."]),
            ("‘Well’ – so … It is.", &["‘Well’ – so …", "It is."]),
            ("So . . . I stayed.", &["So . . . I stayed."]),
            ("Ends. . . . The next.", &["Ends.", ". . . The next."]),
            ("“Cut [...] here.”", &["“Cut [...] here.”"]),
            ("The .NET team. Yes.", &["The .NET team.", "Yes."]),
            (
                "Hello World. 5 people came.",
                &["Hello World.", "5 people came."],
            ),
            ("1. First item.", &["1. First item."]),
            ("Q. Why? A. Because.", &["Q. Why?", "A. Because."]),
            ("Stop.Go on.", &["Stop.Go on."]),
            ("Why? \" she wrote.", &["Why? \" she wrote."]),
            ("Japan-U.S. Trade talks.", &["Japan-U.S. Trade talks."]),
            (
                "Sold in the U.S. Within a year it grew.",
                &["Sold in the U.S.", "Within a year it grew."],
            ),
            ("....", &["...."]),
            ("A sentence without end", &["A sentence without end"]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }

    #[test]
    fn run_shapes() {
        let cases = [
            ("...", 3, 3, false, false),
            (". . . .", 4, 1, true, false),
            ("?!", 0, 0, false, true),
            ("…", 3, 3, false, false),
            (". .NET", 1, 1, false, false),
            (".", 1, 1, false, false),
            (". The", 1, 1, false, false),
            (".x", 1, 1, false, false),
            (". . .", 3, 1, true, false),
            (".?", 1, 1, false, true),
            (".…", 4, 4, false, false),
            (".”", 1, 1, false, false),
        ];
        for (text, dots, first, spaced, strong) in cases {
            let run = Run::scan(text, 0, text.len());
            assert_eq!(
                (run.dots, run.first_group, run.spaced, run.strong),
                (dots, first, spaced, strong),
                "{text:?}"
            );
        }
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;

    #[test]
    fn find_wide_passes_over_quotes_and_dashes() {
        let text = "“A” – ‘b’ … c？";
        assert_eq!(find_wide(text, 0), text.find('…').unwrap());
        assert_eq!(
            find_wide(text, text.find('…').unwrap() + 1),
            text.find('？').unwrap()
        );
        assert_eq!(find_wide("“A” – ‘b’", 0), "“A” – ‘b’".len());
        assert_eq!(find_wide("", 0), 0);
    }

    #[test]
    fn is_initialism_matches_splitting() {
        let plain = |word: &str| {
            let word = word.rsplit(['-', '/']).next().unwrap_or(word);
            let segments: Vec<&str> = word.split('.').collect();
            segments.len() >= 2
                && segments.iter().all(|s| {
                    (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
                })
        };
        let words = [
            "",
            ".",
            "U.S",
            "U.S.A",
            "Ph.D",
            "a.m",
            "Japan-U.S",
            "U.S-",
            "U.S/",
            "x/U.K",
            "example.com",
            "U..S",
            ".U.S",
            "U.S.",
            "USA",
            "U",
            "é.e",
            "U.é",
            "ab.cd",
            "abc.d",
            "3.14",
            "U.S-Japan",
            "A.B.C.D.E",
            "-",
            "é",
        ];
        for w in words {
            assert_eq!(is_initialism(w), plain(w), "{w:?}");
        }
    }

    #[test]
    fn word_before_matches_a_char_scan() {
        fn plain(text: &str, sentence: usize, i: usize) -> Option<&str> {
            let floor = sentence.max(i.saturating_sub(MAX_WORD));
            let mut t = i;
            while t > floor {
                match char_before(text, t) {
                    Some(c) if !is_space(c) => t -= c.len_utf8(),
                    _ => break,
                }
            }
            let word = text[t..i].trim_start_matches(|c| is_opener(c) || is_number_prefix(c));
            (!word.is_empty()).then_some(word)
        }
        let texts = [
            "He went to the bank.",
            "Paid $100.",
            "“Café.",
            "at\u{A0}noon\u{2003}déjà.",
            "x\u{0B}y\u{85}z.",
            "(Mr.",
            " .",
            "https://example.com/a/very/long/path/that/goes/on/and/on/for/ever.",
            "ééééééééééééééééééééééééééééééé.",
            "aééééééééééééééééééééééééééééééé.",
        ];
        for text in texts {
            for (i, _) in text.match_indices('.') {
                for sentence in (0..=i).filter(|&s| text.is_char_boundary(s)) {
                    assert_eq!(
                        word_before(text, sentence, i),
                        plain(text, sentence, i),
                        "{text:?} {sentence} {i}"
                    );
                }
            }
        }
    }
}
