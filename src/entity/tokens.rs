//! Word tokens with the facts the rules need: where a word is, how it is
//! capitalized, and whether its capital says anything (sentence starts and
//! headlines capitalize every kind of word).
//!
//! One `Vec<Token>` per text; no allocation per token.

use super::fingerprint::fingerprint_in;
use crate::ascii::{alnum_run_end, ALNUM, PUNCTUATION};

/// Token flags.
pub(crate) const CAP: u16 = 1; // first char is an uppercase letter
pub(crate) const ALLCAPS: u16 = 1 << 1; // has letters, none lowercase
pub(crate) const LOWER: u16 = 1 << 2; // first char is a lowercase letter
pub(crate) const DIGIT: u16 = 1 << 3; // first char is a digit
pub(crate) const PUNCT: u16 = 1 << 4; // not a word
pub(crate) const SENT_START: u16 = 1 << 5; // first word of a sentence
pub(crate) const HEADLINE: u16 = 1 << 6; // on an all-caps or title-case line
pub(crate) const POSSESSIVE: u16 = 1 << 7; // followed by 's / ’s
pub(crate) const CAPS_LINE: u16 = 1 << 8; // on an all-caps line
pub(crate) const TABLE: u16 = 1 << 9; // on a line dense with numbers (results, tables)
pub(crate) const SENT_END: u16 = 1 << 10; // punctuation that ends a sentence
pub(crate) const LINE_START: u16 = 1 << 11; // first token of its line

/// A word or punctuation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub flags: u16,
}

impl Token {
    #[inline]
    pub(crate) fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        self.flags & PUNCT == 0
    }

    /// A capitalized word whose capital is informative: not the first word
    /// of a sentence and not on a headline line.
    #[inline]
    pub(crate) fn informative_cap(&self) -> bool {
        // one comparison, not a branch per flag: the rules ask it of most
        // words
        self.flags & (CAP | SENT_START | HEADLINE) == CAP
    }
}

/// Abbreviations that keep their final period inside the token.
const KEEP_PERIOD: &[&str] = &[
    "Bros", "Capt", "Co", "Col", "Corp", "Dr", "Ft", "Gen", "Gov", "Inc", "Jr", "Lt", "Ltd", "Mr",
    "Mrs", "Ms", "Mt", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St",
];

/// Whether `word` is in [`KEEP_PERIOD`]; those are capitalized and short,
/// which rules out most words before the list is searched.
#[inline]
fn keeps_period(word: &str) -> bool {
    word.len() <= 4
        && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && KEEP_PERIOD.contains(&word)
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    match b.get(i) {
        None => None,
        Some(&c) if c < 0x80 => Some(c as char),
        Some(_) => text[i..].chars().next(),
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Words connected by a hyphen to a capitalized word stay one token:
/// "al-Assad", "bin-Laden", "el-Sisi".
const HYPHEN_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "ben", "ad", "as", "ash", "at", "az", "d",
];

/// Splits `text` into tokens. `sentence_starts` are sorted byte offsets at
/// which a sentence begins (from the segmenter); line starts and the words
/// after `.`, `!`, `?` and `:` count as sentence starts too.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, sentence_starts: &[usize], out: &mut Vec<Token>) {
    tokenize_names(text, sentence_starts, 0, out, &mut Vec::new());
}

/// What the word scans gather besides the tokens: the name starts, and the
/// numbers of the current line (for [`mark_line`]).
struct Gather<'a> {
    /// the flags that make a word a name start
    name_flags: u16,
    name_starts: &'a mut Vec<(usize, u64)>,
    /// words with [`DIGIT`] on the current line
    line_digits: usize,
}

impl Gather<'_> {
    /// Notes the word `start..end` with case flags `flags`, about to be
    /// pushed as token `index`.
    #[inline(always)]
    fn word(&mut self, bytes: &[u8], index: usize, start: usize, end: usize, flags: u16) {
        // most words are lowercase: one test for them
        if flags & (CAP | DIGIT) != 0 {
            if flags & self.name_flags != 0 {
                self.name_starts
                    .push((index, fingerprint_in(bytes, start, end)));
            }
            self.line_digits += usize::from(flags & DIGIT != 0);
        }
    }
}

/// [`tokenize`], also collecting into `name_starts` each word that has one
/// of `name_flags` ([`CAP`], [`DIGIT`]) with the fingerprint of its text
/// (the gazetteer's and word classes' key), in the same pass: the word is
/// still in cache and its case known.
pub(crate) fn tokenize_names(
    text: &str,
    sentence_starts: &[usize],
    name_flags: u16,
    out: &mut Vec<Token>,
    name_starts: &mut Vec<(usize, u64)>,
) {
    out.clear();
    name_starts.clear();
    let mut g = Gather {
        name_flags,
        name_starts,
        line_digits: 0,
    };
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut i = 0;
    let mut at_start = true;
    let mut line_first = 0; // index of the first token of the current line
    let mut line_has_word = false;
    let mut sent_idx = 0;
    // sentence_starts[sent_idx], or past the end: nothing to check before it
    let mut next_sent = sentence_starts.first().copied().unwrap_or(usize::MAX);
    while i < len {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        // Fast path: ASCII letters and digits followed by a space or by a
        // mark that joins nothing ([`ends_plain_word`]), most words of
        // running text. The general path below makes the same token of
        // it, asking more questions (joiners, possessives, final periods).
        if PUNCTUATION[bytes[i] as usize] && i < next_sent {
            // an ASCII mark (no letter, digit, space, control or line
            // break) away from a sentence start: a token of its own, as
            // the general path makes it
            push_mark(
                out,
                i,
                bytes[i] as char,
                line_first,
                line_has_word,
                &mut at_start,
            );
            i += 1;
            continue;
        }
        // the end of the ASCII run a word starts with, when worked out
        // here: the general path's word scan goes on from it
        let mut run_end = i;
        if ALNUM[bytes[i] as usize] {
            // a sentence the segmenter starts here: the general path below
            // asks again and finds the same
            if i >= next_sent {
                next_sent = next_sentence(sentence_starts, i, &mut sent_idx, &mut at_start);
            }
            let end = alnum_run_end(bytes, i);
            run_end = end;
            if ends_plain_word(bytes, i, end) {
                let flags = ascii_word_flags(&bytes[i..end]);
                g.word(bytes, out.len(), i, end, flags);
                push_word(out, i, end, flags, at_start, line_first);
                line_has_word = true;
                i = plain_words(bytes, end, next_sent.min(len), out, &mut g);
                // a sentence starts after the word only if the loop stopped
                // after a mark that ends one
                at_start = out.last().is_some_and(|t| t.is(SENT_END));
                continue;
            }
            if let Some(next) = possessive_after(bytes, end) {
                // "Warner's": the word with POSSESSIVE, then "'s", as the
                // general path makes them
                let flags = ascii_word_flags(&bytes[i..end]);
                g.word(bytes, out.len(), i, end, flags);
                push_word(out, i, end, flags | POSSESSIVE, at_start, line_first);
                out.push(Token {
                    start: end,
                    end: next,
                    flags: PUNCT,
                });
                at_start = false;
                line_has_word = true;
                i = next;
                continue;
            }
            if bytes.get(end) == Some(&b'.') && drops_final_period(bytes, i, end) {
                // "Smith." at a sentence end: the word, then the period on
                // the next turn, as the general path makes them
                let flags = ascii_word_flags(&bytes[i..end]);
                g.word(bytes, out.len(), i, end, flags);
                push_word(out, i, end, flags, at_start, line_first);
                at_start = false;
                line_has_word = true;
                i = end;
                continue;
            }
        }
        let (c, word_start) = if ALNUM[bytes[i] as usize] {
            // the common case: an ASCII letter or digit starts a word
            (bytes[i] as char, true)
        } else {
            let c = match char_at(text, i) {
                Some(c) => c,
                None => break,
            };
            if crate::line_break::is_line_break(c) {
                mark_line(text, &mut out[line_first..], g.line_digits);
                g.line_digits = 0;
                line_first = out.len();
                line_has_word = false;
                at_start = true;
                // a CRLF is one break
                i += crate::line_break::len_at(bytes, i);
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                i += c.len_utf8();
                continue;
            }
            // an ASCII letter or digit took the branch above
            (c, !c.is_ascii() && c.is_alphanumeric())
        };
        let clen = c.len_utf8();
        if i >= next_sent {
            next_sent = next_sentence(sentence_starts, i, &mut sent_idx, &mut at_start);
        }
        if word_start {
            let start = i;
            // a non-ASCII letter starts no ASCII run: `run_end` is `i`
            let end = scan_word_after_run(text, i, run_end);
            // most words start lowercase: LOWER, without slicing the word
            let mut flags = if bytes[start].is_ascii_lowercase() {
                LOWER
            } else {
                word_flags(&text[start..end])
            };
            let mut next = end;
            // Possessive 's / ’s: a separate punctuation token.
            if let Some(a) = char_at(text, end) {
                if is_apostrophe(a) {
                    let after = end + a.len_utf8();
                    if matches!(bytes.get(after), Some(b's') | Some(b'S'))
                        && !char_at(text, after + 1).is_some_and(char::is_alphanumeric)
                    {
                        flags |= POSSESSIVE;
                        next = after + 1;
                    }
                }
            }
            g.word(bytes, out.len(), start, end, flags);
            push_word(out, start, end, flags, at_start, line_first);
            at_start = false;
            line_has_word = true;
            if next > end {
                out.push(Token {
                    start: end,
                    end: next,
                    flags: PUNCT,
                });
            }
            // A word keeping its final period ("U.S.", "Jan.") at the end of
            // a sentence: the next capital may start a new sentence.
            if bytes[end - 1] == b'.' {
                let word = &text[start..end - 1];
                if !KEEP_PERIOD.contains(&word) && word.len() > 1 {
                    at_start = next_is_capital_after_space(text, end);
                }
            }
            i = next;
        } else {
            push_mark(out, i, c, line_first, line_has_word, &mut at_start);
            i += clen;
        }
    }
    mark_line(text, &mut out[line_first..], g.line_digits);
}

/// The ends of the first `max` tokens of `text`, in order, into `out`:
/// where [`tokenize`] ends them, without the flags it works out (no line,
/// sentence or headline marks). The gazetteer takes the word prefixes of
/// ~20k listed names this way when built.
pub(crate) fn token_ends(text: &str, max: usize, out: &mut Vec<usize>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        let b = bytes[i];
        let (c, word_start) = if ALNUM[b as usize] {
            (b as char, true)
        } else if b == b' ' {
            i += 1;
            continue;
        } else {
            let Some(c) = char_at(text, i) else { break };
            if crate::line_break::is_line_break(c) {
                i += crate::line_break::len_at(bytes, i);
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                i += c.len_utf8();
                continue;
            }
            (c, !c.is_ascii() && c.is_alphanumeric())
        };
        if !word_start {
            i += c.len_utf8();
            out.push(i);
            continue;
        }
        let end = scan_word(text, i);
        out.push(end);
        i = end;
        // a possessive 's / ’s is a token of its own
        if let Some(a) = char_at(text, end).filter(|&a| is_apostrophe(a)) {
            let after = end + a.len_utf8();
            if matches!(bytes.get(after), Some(b's') | Some(b'S'))
                && !char_at(text, after + 1).is_some_and(char::is_alphanumeric)
                && out.len() < max
            {
                out.push(after + 1);
                i = after + 1;
            }
        }
    }
}

/// Pushes the word `start..end` with the flags of its place (first of a
/// sentence, first of its line).
#[inline]
fn push_word(
    out: &mut Vec<Token>,
    start: usize,
    end: usize,
    mut flags: u16,
    at_start: bool,
    line_first: usize,
) {
    if at_start {
        flags |= SENT_START;
    }
    if out.len() == line_first {
        flags |= LINE_START;
    }
    out.push(Token { start, end, flags });
}

fn next_is_capital_after_space(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    trimmed.len() < rest.len() && trimmed.chars().next().is_some_and(char::is_uppercase)
}

/// The end of the word starting at `i`.
#[inline]
fn scan_word(text: &str, i: usize) -> usize {
    scan_word_after_run(text, i, alnum_run_end(text.as_bytes(), i))
}

/// [`scan_word`] of the word starting at `start`, whose leading run of
/// ASCII letters and digits ends at `run_end` (`start` when it starts with
/// another letter): the tokenizer's fast path has found that run already.
#[inline(always)]
fn scan_word_after_run(text: &str, start: usize, run_end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = run_end;
    let mut part_start = start;
    let mut internal_period = false;
    loop {
        // after a run of ASCII alphanumerics
        match bytes.get(i) {
            // the common cases: nothing joins across a space, a comma, a
            // line end; of ASCII marks only these may join
            Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'&') => break,
            None => break,
            _ => {}
        }
        while let Some(c) = char_at(text, i) {
            if c.is_alphanumeric() || is_combining(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(sep) = char_at(text, i) else { break };
        let after = i + sep.len_utf8();
        let Some(next) = char_at(text, after) else {
            break;
        };
        if !next.is_alphanumeric() {
            break;
        }
        let part = &text[part_start..i];
        let joins = match sep {
            '-' | '‐' => {
                let part_upper = part.chars().next().is_some_and(char::is_uppercase);
                let part_digit = part.bytes().next().is_some_and(|b| b.is_ascii_digit());
                if next.is_uppercase() {
                    part_upper
                        || HYPHEN_PARTICLES
                            .iter()
                            .any(|p| p.eq_ignore_ascii_case(part))
                        // the end of "Ata-ur-Rehman"
                        || (part.len() <= 3
                            && part_start > start
                            && part.bytes().all(|b| b.is_ascii_lowercase())
                            && text[start..].starts_with(char::is_uppercase))
                } else if next.is_lowercase() {
                    // "one-day" joins, "London-based" splits, and a short
                    // particle between capitals joins: "Ata-ur-Rehman"
                    !part_upper || particle_between_capitals(text, after)
                } else {
                    part_digit || !part_upper
                }
            }
            '\'' | '’' => {
                // O'Brien, don't; but not the possessive (handled by caller)
                !((next == 's' || next == 'S')
                    && !char_at(text, after + 1).is_some_and(char::is_alphanumeric))
            }
            '.' => {
                // U.S, e.g: single letters joined by periods
                let single = part.chars().count() == 1;
                let next_single =
                    !char_at(text, after + next.len_utf8()).is_some_and(char::is_alphanumeric);
                single && next_single && next.is_alphabetic()
            }
            '&' => {
                part.len() <= 3
                    && next.is_uppercase()
                    && part.bytes().all(|b| b.is_ascii_uppercase())
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if sep == '.' {
            internal_period = true;
        }
        i = after;
        part_start = i;
        // the next part's run of alphanumerics, ASCII first
        i = alnum_run_end(bytes, i);
    }
    // Keep a final period for initials, dotted abbreviations and titles.
    if bytes.get(i) == Some(&b'.') {
        let word = &text[start..i];
        let mut chars = word.chars();
        let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        if internal_period || single_upper || keeps_period(word) {
            i += 1;
        }
    }
    i
}

/// At `i`: up to three lowercase letters, a hyphen and a capital.
fn particle_between_capitals(text: &str, i: usize) -> bool {
    let rest = &text.as_bytes()[i..];
    let n = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    (1..=3).contains(&n)
        && rest.get(n) == Some(&b'-')
        && rest.get(n + 1).is_some_and(u8::is_ascii_uppercase)
}

#[inline]
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// [`word_flags`] of a word of ASCII letters and digits, without the
/// questions other characters raise.
#[inline]
fn ascii_word_flags(word: &[u8]) -> u16 {
    let rest = || word.iter().skip(1);
    match word.first() {
        Some(b'a'..=b'z') => LOWER,
        Some(b'A'..=b'Z') if rest().any(u8::is_ascii_lowercase) => CAP,
        Some(b'A'..=b'Z') => CAP | ALLCAPS,
        // a number, or a word like "3M"
        _ if rest().any(u8::is_ascii_lowercase) => DIGIT,
        _ if rest().any(u8::is_ascii_uppercase) => DIGIT | ALLCAPS,
        _ => DIGIT,
    }
}

/// The case flags of a word (`CAP`, `ALLCAPS`, `LOWER`, `DIGIT`).
fn word_flags(word: &str) -> u16 {
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_uppercase() => {
            // ALLCAPS unless a lowercase letter follows; non-ASCII: the
            // general path below
            let mut k = 1;
            while k < bytes.len() {
                let c = bytes[k];
                if c.is_ascii_lowercase() {
                    return CAP;
                }
                if c >= 0x80 {
                    break;
                }
                k += 1;
            }
            if k == bytes.len() {
                return CAP | ALLCAPS;
            }
        }
        _ => {}
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    let mut flags = 0;
    if first.is_uppercase() {
        flags |= CAP;
    } else if first.is_lowercase() {
        flags |= LOWER;
    } else if first.is_numeric() {
        flags |= DIGIT;
    }
    let mut letters = false;
    let mut lower = false;
    for c in word.chars() {
        if c.is_alphabetic() {
            letters = true;
            if c.is_lowercase() {
                lower = true;
                break;
            }
        }
    }
    if letters && !lower {
        flags |= ALLCAPS;
    }
    flags
}

/// What decides whether a line is a headline or a table, counted over its
/// words.
#[derive(Clone, Copy, Default)]
struct LineCounts {
    words: usize,
    lower: usize,
    /// lowercase words of up to four letters ("of", "the", "in")
    function_words: usize,
    cap: usize,
    /// all-caps words of 2+ letters
    caps_words: usize,
    digits: usize,
}

impl LineCounts {
    #[inline]
    fn add(&mut self, flags: u16, len: usize) {
        if flags & DIGIT != 0 {
            self.digits += 1;
            return;
        }
        self.words += 1;
        if flags & LOWER != 0 {
            self.lower += 1;
            self.function_words += usize::from(len <= 4);
        } else if flags & CAP != 0 {
            self.cap += 1;
            self.caps_words += usize::from(flags & ALLCAPS != 0 && len >= 2);
        }
    }
}

/// Moves `sent_idx` past the sentence starts up to `i`, sets `at_start` if
/// a sentence starts at `i`, and returns the first start after `i` (past
/// the end when none is left): nothing needs checking before it, so the
/// words after a sentence's first take the fast path's loop.
#[inline]
fn next_sentence(starts: &[usize], i: usize, sent_idx: &mut usize, at_start: &mut bool) -> usize {
    while *sent_idx < starts.len() && starts[*sent_idx] <= i {
        *at_start |= starts[*sent_idx] == i;
        *sent_idx += 1;
    }
    starts.get(*sent_idx).copied().unwrap_or(usize::MAX)
}

/// Whether the run of ASCII letters and digits `start..end` is a whole
/// word as [`scan_word`] would find it, with nothing to join or keep: the
/// text ends there, or a space or an ASCII mark that never joins words
/// follows (a comma, a bracket, a line break), or a period that a word
/// starting lowercase never keeps, unless a letter or digit follows it
/// ("e.g").
#[inline]
fn ends_plain_word(bytes: &[u8], start: usize, end: usize) -> bool {
    match bytes.get(end) {
        None => true,
        // one table test for nearly every word, not a test per kind of byte
        Some(&b) if PLAIN_END[usize::from(b)] => true,
        Some(b'.') => {
            bytes[start].is_ascii_lowercase()
                && bytes
                    .get(end + 1)
                    .map_or(true, |&b| b < 0x80 && !ALNUM[b as usize])
        }
        Some(_) => false,
    }
}

/// The bytes after which a run of ASCII letters and digits is a whole word,
/// whatever the run: ASCII but for the marks that may join words (`-`,
/// `'`, `&`) and the period, which may be kept ([`ends_plain_word`]).
static PLAIN_END: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !matches!(b as u8, b'-' | b'\'' | b'&' | b'.');
        b += 1;
    }
    table
};

/// Whether the run of ASCII letters and digits `start..end`, before a
/// period, is a word without it, as [`scan_word`] finds it: no letter or
/// digit follows the period (which would join "U.S"), and the word is
/// neither a capital alone ("J.") nor a title that keeps its period
/// ("Mr.").
#[inline(never)]
fn drops_final_period(bytes: &[u8], start: usize, end: usize) -> bool {
    let word = &bytes[start..end];
    let keeps = match word {
        [only] => only.is_ascii_uppercase(),
        _ => word.len() <= 4 && KEEP_PERIOD.iter().any(|k| k.as_bytes() == word),
    };
    !keeps
        && bytes
            .get(end + 1)
            .map_or(true, |&b| b < 0x80 && !ALNUM[b as usize])
}

/// Where the possessive `'s` after the run of ASCII letters and digits
/// ending at `end` ends, when one follows and a word would end there as
/// [`scan_word`] and the general path find it: the apostrophe joins nothing
/// before an `s` that ends the word.
#[inline]
fn possessive_after(bytes: &[u8], end: usize) -> Option<usize> {
    match bytes.get(end..end + 2) {
        Some([b'\'', b's' | b'S']) => bytes
            .get(end + 2)
            .map_or(true, |&b| b < 0x80 && !ALNUM[b as usize])
            .then_some(end + 2),
        _ => None,
    }
}

/// Pushes the mark `c` at `i`, a token of its own; a sentence may start
/// after it.
#[inline]
fn push_mark(
    out: &mut Vec<Token>,
    i: usize,
    c: char,
    line_first: usize,
    line_has_word: bool,
    at_start: &mut bool,
) {
    let mut flags = PUNCT;
    if out.len() == line_first {
        flags |= LINE_START;
    }
    if matches!(c, '.' | '!' | '?' | ':' | ';' | '…') {
        flags |= SENT_END;
        *at_start = true;
    } else if matches!(c, '•' | '|' | '·' | '*' | '>' | '–' | '—') && !line_has_word {
        *at_start = true;
    }
    out.push(Token {
        start: i,
        end: i + c.len_utf8(),
        flags,
    });
}

/// Pushes the tokens from `i` on, up to `stop`, while they are words of
/// ASCII letters and digits that end plainly ([`ends_plain_word`]), spaces
/// between them, and ASCII marks (a comma, a bracket, a straight quote),
/// up to and with the first that ends a sentence (`.`, `!`, `?`, `:`, `;`),
/// and returns where it stopped: the fast path's loop
/// for the middle of a sentence and line, where a token takes no flag of
/// its place. It is entered after a word of the line, so no token here is
/// the first of its line, and none of these marks is a bullet that starts
/// a sentence (those do only before the line's first word). Few values live,
/// so they stay in registers.
#[inline]
fn plain_words(
    bytes: &[u8],
    mut i: usize,
    stop: usize,
    out: &mut Vec<Token>,
    g: &mut Gather<'_>,
) -> usize {
    // `stop` is at most the length: one bounds test per token
    let head = &bytes[..stop];
    // the space after the caller's word, skipped without a turn of its own
    i += usize::from(head.get(i) == Some(&b' '));
    while let Some(&b) = head.get(i) {
        if ALNUM[b as usize] {
            let end = alnum_run_end(bytes, i);
            // most words end at a space
            let space = bytes.get(end) == Some(&b' ');
            if !space && !ends_plain_word(bytes, i, end) {
                // the general path's word: a joiner, a kept period, a
                // letter beyond ASCII
                break;
            }
            // a lowercase word without slicing it or gathering anything
            let flags = if b.is_ascii_lowercase() {
                LOWER
            } else {
                let flags = ascii_word_flags(&bytes[i..end]);
                g.word(bytes, out.len(), i, end, flags);
                flags
            };
            out.push(Token {
                start: i,
                end,
                flags,
            });
            // the space after most words, skipped without another turn
            i = end + usize::from(space);
        } else if b == b' ' {
            i += 1;
        } else if b.is_ascii_graphic() {
            let ends = matches!(b, b'.' | b'!' | b'?' | b':' | b';');
            out.push(Token {
                start: i,
                end: i + 1,
                flags: if ends { PUNCT | SENT_END } else { PUNCT },
            });
            i += 1;
            if ends {
                // a sentence starts after it: the caller's to mark
                break;
            }
            // the space after most marks ("said, then"), skipped without
            // another turn: the test for a space below is then rarely true
            i += usize::from(head.get(i) == Some(&b' '));
        } else {
            break;
        }
    }
    i
}

/// Marks the tokens of a line as headline or table, from the counts of
/// its words (taken here in a loop of their own, not as each word is
/// pushed, so that the tokenizer's loops keep fewer values live) and the
/// number of its numbers, `digits`, which the tokenizer counted.
fn mark_line(text: &str, line: &mut [Token], digits: usize) {
    let mut c = LineCounts::default();
    // A table needs two numbers and at least half as many as other words.
    let table_until = if digits >= 2 { 2 * digits } else { 0 };
    // Most lines are running text, and counting stops as soon as they can
    // be neither: a lowercase word of five letters or more rules out a
    // headline for good (both kinds need every lowercase word short), and
    // a table once the other words outnumber twice the line's numbers.
    for t in line.iter().filter(|t| t.is_word()) {
        c.add(t.flags, t.end - t.start);
        if c.lower > c.function_words && c.words > table_until {
            return;
        }
    }
    debug_assert_eq!(c.digits, digits);
    let mut flags = 0;
    if c.words > 0 && c.lower == 0 && c.caps_words > 0 && c.caps_words * 2 >= c.cap {
        flags |= HEADLINE | CAPS_LINE;
    } else if c.words >= 4 && c.cap >= 4 && c.lower <= c.function_words && c.lower * 4 <= c.words {
        // Title Case Headline: only short function words in lowercase.
        let last_is_stop = line
            .iter()
            .rev()
            .find(|t| !text[t.start..t.end].trim().is_empty())
            .is_some_and(|t| t.is(SENT_END) && &text[t.start..t.end] == ".");
        if !last_is_stop {
            flags |= HEADLINE;
        }
    }
    if c.digits >= 2 && c.digits * 2 >= c.words {
        flags |= TABLE;
    }
    if flags != 0 {
        for t in line.iter_mut() {
            t.flags |= flags;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &[], &mut out);
        out.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn splits_words_possessives_and_hyphens() {
        let table: &[(&str, &[&str])] = &[
            ("China’s UN envoy", &["China", "’s", "UN", "envoy"]),
            ("Bashar al-Assad's", &["Bashar", "al-Assad", "'s"]),
            ("London-based firm", &["London", "-", "based", "firm"]),
            (
                "the U.S. and Mr. Smith",
                &["the", "U.S.", "and", "Mr.", "Smith"],
            ),
            ("J. R. Ewing", &["J.", "R.", "Ewing"]),
            ("O'Brien don't", &["O'Brien", "don't"]),
            (
                "Jean-Pierre anti-China",
                &["Jean-Pierre", "anti", "-", "China"],
            ),
            ("AT&T Inc. said.", &["AT&T", "Inc.", "said", "."]),
            // the fast path's words before a mark, as the general path
            (
                "said. Then, he (left)\nend",
                &["said", ".", "Then", ",", "he", "(", "left", ")", "end"],
            ),
            // the fast path's possessives and dropped periods
            (
                "Warner's AT's 3M's Smith. 2005. Mr. J. U.S. Wu's",
                &[
                    "Warner", "'s", "AT", "'s", "3M", "'s", "Smith", ".", "2005", ".", "Mr.", "J.",
                    "U.S.", "Wu", "'s",
                ],
            ),
            (
                "e.g. x.y a.m. end.\"",
                &["e.g.", "x.y", "a.m.", "end", ".", "\""],
            ),
            (
                "Smith, (Jones)\"x\"/y;z",
                &[
                    "Smith", ",", "(", "Jones", ")", "\"", "x", "\"", "/", "y", ";", "z",
                ],
            ),
        ];
        for (text, want) in table {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn token_ends_are_where_tokenize_ends_tokens() {
        let texts = [
            "China’s UN envoy",
            "Bashar al-Assad's London-based firm",
            "the U.S. and Mr. Smith, J. R. Ewing",
            "O'Brien don't Jean-Pierre anti-China",
            "AT&T Inc. said. Smith, (Jones)\"x\"/y;z",
            "Ata-ur-Rehman 3M 7-Eleven Caf\u{e9} M\u{fc}ller-L\u{fc}denscheidt",
            "Line one\r\nLine\u{2028}two\u{85}three\tfour\u{a0}five",
            "e\u{301}cole Jones' the '90s \u{201c}Yes,\u{201d} \u{2014} Ltd. Co.",
            "Wu's s's 's X.Y.Z. A. B",
        ];
        let mut toks = Vec::new();
        let mut ends = Vec::new();
        for text in texts {
            tokenize(text, &[], &mut toks);
            let want: Vec<usize> = toks.iter().map(|t| t.end).collect();
            for max in [0, 1, 2, 3, usize::MAX] {
                token_ends(text, max, &mut ends);
                assert_eq!(ends, want[..want.len().min(max)], "{text} ({max})");
            }
        }
    }

    #[cfg(feature = "embedded")]
    #[test]
    fn token_ends_agree_on_every_embedded_name() {
        let mut toks = Vec::new();
        let mut ends = Vec::new();
        for list in [
            include_str!("../../data/gazetteer/organizations.tsv"),
            include_str!("../../data/gazetteer/people.tsv"),
            include_str!("../../data/gazetteer/places.tsv"),
            include_str!("../../data/gazetteer/groups.tsv"),
        ] {
            for line in list.lines() {
                for name in line
                    .split('\t')
                    .take(1)
                    .chain(line.split('\t').skip(3).flat_map(|a| a.split('|')))
                {
                    tokenize(name, &[], &mut toks);
                    token_ends(name, usize::MAX, &mut ends);
                    assert!(
                        toks.iter().map(|t| t.end).eq(ends.iter().copied()),
                        "{name}"
                    );
                }
            }
        }
    }

    #[test]
    fn keep_period_words_pass_the_quick_test() {
        for word in KEEP_PERIOD {
            assert!(keeps_period(word), "{word}");
        }
        assert!(!keeps_period("said") && !keeps_period("Smith"));
    }

    #[test]
    fn plain_end_is_ascii_but_joiners_and_the_period() {
        for b in 0..=255u8 {
            let want = b.is_ascii() && !matches!(b, b'-' | b'\'' | b'&' | b'.');
            assert_eq!(PLAIN_END[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn ascii_word_flags_match_the_general_case() {
        for word in [
            "said", "Zhang", "UN", "U", "a", "NATO", "McDonald", "iPhone", "3M", "3m", "1990",
            "7Eleven", "B52", "x86", "A1", "9",
        ] {
            assert_eq!(
                ascii_word_flags(word.as_bytes()),
                word_flags(word),
                "{word}"
            );
        }
    }

    #[test]
    fn marks_sentence_starts_and_headlines() {
        let text = "But Bachelet left. May came.\nSOCCER - JAPAN WIN\nUN Legal Office Releases Report on Uyghurs";
        let mut t = Vec::new();
        tokenize(text, &[], &mut t);
        let get = |w: &str| *t.iter().find(|x| &text[x.start..x.end] == w).unwrap();
        assert!(get("But").is(SENT_START));
        assert!(!get("Bachelet").is(SENT_START));
        assert!(get("May").is(SENT_START));
        assert!(get("JAPAN").is(CAPS_LINE));
        assert!(get("Releases").is(HEADLINE));
        assert!(!get("Bachelet").is(HEADLINE));

        // possessives keep their flag on the fast path; a sentence starts
        // after a period the fast path's loop pushed
        let text = "Warner's profit rose. Shares fell; Smith. Jones left.";
        tokenize(text, &[], &mut t);
        let get = |w: &str| *t.iter().find(|x| &text[x.start..x.end] == w).unwrap();
        assert!(get("Warner").is(POSSESSIVE));
        assert!(get("Shares").is(SENT_START) && get("Jones").is(SENT_START));
        assert!(!get("fell").is(SENT_START) && get("Smith").is(SENT_START));
        assert!(get(";").is(SENT_END) && get(".").is(SENT_END));
    }
}
