//! Attribution: which words around a quote name its speaker, and which are
//! the speech verb.
//!
//! Every search looks at a bounded window: the rest of the quote's sentence
//! after its closing mark, or the part of its sentence before its opening
//! mark, each cut at the neighbouring quote and the paragraph. The patterns:
//!
//! - after the quote: `“Q,” X said` and `“Q,” said X` (X may carry an
//!   appositive: `“Q,” said Jane Doe, a spokeswoman`), and a verb later in
//!   the sentence for a partial quote (`“opposed” to it, Zhang said`);
//! - before the quote: `X said, “Q”`, `X said: “Q”`, `according to X, “Q”`,
//!   and partial quotes in reported speech (`Zhang said Beijing remained
//!   “strongly opposed”`); the nearest verb wins;
//! - `according to X` anywhere else in the quote's sentence names the
//!   source the report rests on ([`Attributor::according`]);
//! - a verb of naming right before a quoted term (`Beijing has dubbed
//!   “training centers”`) makes a partial quote of whoever did the naming.
//!
//! The speaker is the noun phrase next to the verb: a pronoun, a name with
//! its titles, or a description ("a police spokesman"), skipping adverbs,
//! auxiliaries and times ("he later added", "Smith has said", "the ministry
//! on Monday said"), a parenthesis ("Rep. Jo Ames (D-Ore.) said") and an
//! appositive set off by commas ("Hugh Hill, a doctor, said"); for "X, who
//! said" it is X. A participle ("..., saying", "released a statement
//! calling") and a verb after "and" or "but" take the subject of the
//! sentence, found after any leading adverbial ("In June, she ..."). The
//! subject of a passive ("Smith was asked") is no speaker.

use crate::ascii::letters_run_end;
use crate::quote::title_before;
use crate::quote::tokens::{tokenize, tokenize_until, Tok};
use crate::speech_verbs::{SpeechVerbs, VerbClass};
use crate::Span;
use std::cell::Cell;

/// Who said a quote and with which verb, as found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub speaker: Option<Span>,
    pub verb: Span,
    /// True when the verb introduces the quote directly (`said, “Q”`,
    /// `“Q,” he said`) rather than from within reported speech.
    pub direct: bool,
    pub class: VerbClass,
}

/// How far from a quote the attribution may lie, in bytes.
const WINDOW: usize = 400;

/// Tokens of a window, as many are: 40 tokens fit the allocator's fast
/// path for small blocks (up to about 1 KB), more would not.
const TOKENS: usize = 40;

/// Auxiliaries and adverbs that may stand between a speaker and the verb.
const BETWEEN: Words = Words::new(&[
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "are",
    "would",
    "will",
    "also",
    "later",
    "then",
    "again",
    "once",
    "previously",
    "recently",
    "just",
    "further",
    "often",
    "may",
    "might",
    "could",
    "should",
    "did",
    "does",
    "do",
    "not",
    "never",
    "reportedly",
    "simply",
    "still",
    "now",
    "even",
    "first",
    "already",
    "since",
    "flatly",
    "last",
    "been",
    "being",
    "always",
    "long",
    "can",
    "must",
    "sometimes",
]);

/// Words that end a noun phrase (read backward or forward).
const STOP: Words = Words::new(&[
    "that", "which", "who", "whom", "whose", "when", "while", "because", "and", "but", "or", "as",
    "if", "after", "before", "since", "though", "although", "where", "in", "on", "at", "to",
    "with", "from", "by", "during", "over", "under", "about", "into", "than", "so", "then", "also",
    "what", "how", "why", "not", "nor", "this", "there", "here", "said", "says", "told", "has",
    "have", "had", "was", "is", "were", "are", "would", "will", "be", "it's", "yet", "even",
    "against", "like", "upon", "through", "without", "once", "whether", "for", "of", "until",
    "unless",
]);

/// Past forms not ending in -ed, which end a subject ("Smith sent ...").
const IRREGULAR_PAST: Words = Words::new(&[
    "sent", "made", "took", "gave", "went", "came", "put", "got", "hit", "held", "met", "left",
    "kept", "struck", "spoke", "ran", "won", "lost", "began", "brought", "thought", "found",
    "felt", "stood", "led", "paid", "cut", "set", "let", "shot", "fought", "sought", "caught",
    "built", "chose", "drew", "threw", "knew", "saw", "told", "said", "wrote", "took", "sat",
    "broke", "spent", "became", "fell", "rose", "tore", "swore", "shook", "hung", "lit",
]);

const DETERMINERS: Words = Words::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "another", "one", "some", "several", "many", "two", "three",
]);

/// Time words that may stand between a speaker and the verb.
const TIME: Words = Words::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "ago",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "meanwhile",
    "weeks",
    "months",
    "years",
    "days",
    "day",
]);

/// Words that lead up to a time word ("last week", "two days ago").
const BEFORE_TIME: Words = Words::new(&[
    "last",
    "this",
    "next",
    "on",
    "earlier",
    "late",
    "early",
    "two",
    "three",
    "four",
    "five",
    "several",
    "few",
    "a",
    "in",
    "the",
    "days",
    "weeks",
    "months",
    "years",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
]);

/// Determiners that cannot be a speaker on their own ("Several said" can).
const ARTICLES: Words = Words::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those",
]);

/// Words before a verb form that make it a noun ("the notes", "in remarks").
const NOUN_MARKERS: Words = Words::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "in", "of", "on", "with", "for", "to",
]);

const PRONOUNS: Words = Words::new(&["he", "she", "they", "i", "we", "it", "you"]);
/// The forms of "be" and "have" a passive's verb chain is made of ("has
/// been", "was being").
const AUXILIARIES: Words = Words::new(&[
    "was", "were", "is", "are", "been", "being", "be", "has", "have", "had",
]);

const DAYS: Words = Words::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "later",
    "earlier",
    "then",
    "also",
    "previously",
    "repeatedly",
]);

/// A fixed list of lowercase words, with the (first letter, length) pairs
/// that occur in it, so that most words are rejected without comparing,
/// and the words of each first letter and of each length, so that the
/// others are compared with a word or two only.
struct Words {
    list: &'static [&'static str],
    /// Bit `n` of `shapes[c - b'a']`: a word of the list starts with `c`
    /// and has `n` bytes.
    shapes: [u32; 26],
    /// Bit `i` of `by_first[c - b'a']`: word `i` of the list starts with `c`.
    by_first: [u128; 26],
    /// Bit `i` of `by_len[n]`: word `i` of the list has `n` bytes.
    by_len: [u128; 32],
    /// A word of the list fits no shape (it starts with no ASCII lowercase
    /// letter or has 32 bytes or more): compare every word.
    odd: bool,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        assert!(list.len() <= 128, "one bit per word in `by_first`");
        let mut shapes = [0u32; 26];
        let mut by_first = [0u128; 26];
        let mut by_len = [0u128; 32];
        let mut odd = false;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if !w.is_empty() && w[0].is_ascii_lowercase() && w.len() < 32 {
                shapes[(w[0] - b'a') as usize] |= 1 << w.len();
                by_first[(w[0] - b'a') as usize] |= 1 << i;
                by_len[w.len()] |= 1 << i;
            } else {
                odd = true;
            }
            i += 1;
        }
        Words {
            list,
            shapes,
            by_first,
            by_len,
            odd,
        }
    }

    /// True when `word` (any case) is in the list.
    #[inline]
    fn contains(&self, word: &[u8]) -> bool {
        if self.odd {
            return self
                .list
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(word));
        }
        let Some(first) = word.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        if !first.is_ascii_lowercase()
            || word.len() >= 32
            || self.shapes[(first - b'a') as usize] & (1 << word.len()) == 0
        {
            return false;
        }
        let mut candidates = self.by_first[(first - b'a') as usize] & self.by_len[word.len()];
        while candidates != 0 {
            let i = candidates.trailing_zeros() as usize;
            if self.list[i].as_bytes().eq_ignore_ascii_case(word) {
                return true;
            }
            candidates &= candidates - 1;
        }
        false
    }
}

#[inline]
fn word_in(text: &str, t: &Tok, list: &Words) -> bool {
    t.is_word() && list.contains(token_bytes(text, t))
}

fn word_is(text: &str, t: &Tok, list: &[&str]) -> bool {
    let word = token_bytes(text, t);
    t.is_word() && list.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// The bytes of `t`: ASCII case is all the lists compare, and bytes need
/// no check for char boundaries.
#[inline]
fn token_bytes<'t>(text: &'t str, t: &Tok) -> &'t [u8] {
    &text.as_bytes()[t.span.start..t.span.end]
}

/// True when `t` ends a sentence: a period, question or exclamation mark
/// followed by a space, a quote mark or the end (not the period of
/// "(D-Ore.)").
fn is_sentence_end(text: &str, t: &Tok) -> bool {
    t.ends_sentence() && text[t.span.end..].chars().next().map_or(true, ends_after)
}

/// May a sentence end before `c`?
fn ends_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '’')
}

fn is_adverb(text: &str, t: &Tok) -> bool {
    let w = &text[t.span];
    t.is_word() && w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase())
}

/// Finds attributions in the windows around one quote.
pub(crate) struct Attributor<'a> {
    text: &'a str,
    verbs: &'a SpeechVerbs,
    toks: Vec<Tok>,
    /// Bit `i % 64` of word `i / 64`: token `i` of `toks` is one that
    /// [`Attributor::verb_at`] found to start no verb. The searches ask
    /// again and again about the same tokens, and most are no verb; the
    /// tokens past the bits are asked each time.
    no_verb: [Cell<u64>; 4],
    /// The sentence of a window that `toks` hold, if known: a quote's
    /// source ([`Attributor::according`]) is looked for in the window just
    /// searched for its speaker.
    held: Option<(Cut, Span)>,
}

/// Which sentence of a window the tokens are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    /// The first ([`Attributor::first_sentence`]).
    First,
    /// The last ([`Attributor::last_sentence`]).
    Last,
}

/// A verb found among tokens: first and last token index, span, class.
#[derive(Clone, Copy, Debug)]
struct Verb {
    first: usize,
    last: usize,
    span: Span,
    class: VerbClass,
}

impl<'a> Attributor<'a> {
    pub(crate) fn new(text: &'a str, verbs: &'a SpeechVerbs) -> Attributor<'a> {
        Attributor {
            text,
            verbs,
            // Enough for the tokens of most windows, so that they rarely grow.
            toks: Vec::with_capacity(TOKENS),
            no_verb: Default::default(),
            held: None,
        }
    }

    /// True when `toks` hold the `cut` sentence of `window`.
    fn holds(&self, cut: Cut, window: Span) -> bool {
        self.held == Some((cut, window))
    }

    /// Makes `toks` the `cut` sentence of `window`, unless they are.
    fn cut(&mut self, cut: Cut, window: Span) {
        if self.holds(cut, window) {
            return;
        }
        match cut {
            Cut::First => self.first_sentence(window),
            Cut::Last => self.last_sentence(window),
        }
        self.held = Some((cut, window));
    }

    /// Forgets the verbs found among the previous tokens.
    fn new_tokens(&mut self) {
        self.no_verb = Default::default();
    }

    /// The verb whose first token is `i`, if any: inline, so that an
    /// answer remembered in `no_verb` costs no call.
    #[inline]
    fn verb_at(&self, i: usize) -> Option<Verb> {
        let bits = self.no_verb.get(i / 64);
        let bit = 1u64 << (i % 64);
        if bits.is_some_and(|b| b.get() & bit != 0) {
            return None;
        }
        let verb = self.find_verb_at(i);
        if let (Some(b), None) = (bits, verb) {
            b.set(b.get() | bit);
        }
        verb
    }

    /// [`Attributor::verb_at`], not remembered: the cheap tests that turn
    /// most tokens away, in a small function.
    #[inline(never)]
    fn find_verb_at(&self, i: usize) -> Option<Verb> {
        let t = self.toks[i];
        // "States" and "Post" are names; a verb is lowercase unless it
        // starts the sentence ("According to", "Said Smith"). Verbs start
        // with an ASCII letter.
        let bytes = self.text.as_bytes();
        let first = bytes[t.span.start];
        if !t.is_word() || (i > 0 && !first.is_ascii_lowercase()) {
            return None;
        }
        // The verb's first word is the ASCII letters from the token's
        // start, which may run on past a window's end.
        let first_end = letters_run_end(bytes, t.span.start);
        // The verb lookup first: it rejects most words faster than the
        // list of noun markers does.
        if !self.verbs.may_start(&bytes[t.span.start..first_end]) {
            return None;
        }
        self.verb_starting(i, first_end)
    }

    /// The verb whose first token is `i` and whose first word ends at
    /// `first_end`, past [`Attributor::find_verb_at`]'s tests.
    #[inline(never)]
    fn verb_starting(&self, i: usize, first_end: usize) -> Option<Verb> {
        let t = self.toks[i];
        let (end, class) = self.verbs.match_word(self.text, t.span.start, first_end)?;
        if i > 0 && word_in(self.text, &self.toks[i - 1], &NOUN_MARKERS) {
            // "in a statement" is fine, "the notes" is not a verb; but
            // "according to" follows anything.
            if !self.text[t.span].eq_ignore_ascii_case("according") {
                return None;
            }
        }
        let last = (i..self.toks.len()).find(|&j| self.toks[j].span.end >= end)?;
        Some(Verb {
            first: i,
            last,
            span: Span::new(t.span.start, end),
            class,
        })
    }

    /// True when token `k` ends a sentence (see [`is_sentence_end`]).
    fn is_sentence_end(&self, k: usize) -> bool {
        is_sentence_end(self.text, &self.toks[k])
    }

    /// Cuts `window` to the sentence that ends it (looking back from its end).
    fn last_sentence(&mut self, window: Span) {
        let text = self.text;
        let bytes = text.as_bytes();
        // The last byte that may be a sentence end; tokens from the white
        // space before it on are those of the whole window.
        let candidate = memchr::memrchr3_iter(b'.', b'!', b'?', &bytes[window.start..window.end])
            .map(|q| window.start + q)
            .find(|&p| text[p + 1..].chars().next().map_or(true, ends_after));
        if let Some(p) = candidate {
            let from = (window.start..p)
                .rev()
                .find(|&r| bytes[r].is_ascii_whitespace())
                .unwrap_or(window.start);
            tokenize(text, Span::new(from, window.end), &mut self.toks);
            if let Some(k) = (0..self.toks.len())
                .rev()
                .find(|&k| self.is_sentence_end(k))
            {
                self.toks.drain(..=k);
                self.new_tokens();
                return;
            }
            // An abbreviation's period ("Mr. "): the whole window.
        }
        tokenize(text, window, &mut self.toks);
        if let Some(k) = (0..self.toks.len())
            .rev()
            .find(|&k| self.is_sentence_end(k))
        {
            self.toks.drain(..=k);
        }
        self.new_tokens();
    }

    /// Cuts `window` to the sentence that starts it.
    fn first_sentence(&mut self, window: Span) {
        let text = self.text;
        let _ = tokenize_until(text, window, &mut self.toks, &mut |t| {
            is_sentence_end(text, t)
        });
        self.new_tokens();
    }

    /// The attribution in the rest of the sentence after a quote ending at
    /// `after.start`; `ends_sentence` when the quote itself ended with a
    /// period.
    pub(crate) fn after(&mut self, after: Span, quote_ends_sentence: bool) -> Option<Attribution> {
        let window = clamp(self.text, after, WINDOW);
        self.cut(Cut::First, window);
        let n = self.toks.len();
        let lo = self
            .toks
            .iter()
            .position(|t| t.is_word())
            .filter(|&lo| self.toks[..lo].iter().all(|t| t.is(',') || is_dash(t)))?;
        // “Q,” said X / “Q,” according to X
        if let Some(v) = self.verb_at(lo) {
            if v.class == VerbClass::Speech {
                let mut k = v.last + 1;
                while k < n && word_in(self.text, &self.toks[k], &DAYS) {
                    k += 1;
                }
                if let Some((sp, end)) = self.np_after(k) {
                    if !quote_ends_sentence || n - end <= 4 {
                        return Some(Attribution {
                            speaker: Some(sp),
                            verb: v.span,
                            direct: true,
                            class: v.class,
                        });
                    }
                }
            }
        }
        // “Q,” X said
        for i in lo + 1..n.min(lo + 16) {
            // “Q,” the statement read.
            let v = match self.verb_at(i) {
                Some(v) => v,
                None if self.document_reads(i, lo) => Verb {
                    first: i,
                    last: i,
                    span: self.toks[i].span,
                    class: VerbClass::Speech,
                },
                None => continue,
            };
            // a verb of naming that ends the sentence (the tokens stop
            // before its end) says the quote: “Q,” he described. (“Q,”
            // she called them: a term)
            let says = v.class == VerbClass::Speech || (!quote_ends_sentence && v.last + 1 == n);
            if !says {
                break;
            }
            if let Some((sp, start)) = self.np_before(v.first, lo) {
                if start == lo && (!quote_ends_sentence || self.bare_tail(v.last + 1)) {
                    return Some(Attribution {
                        speaker: Some(sp),
                        verb: v.span,
                        direct: true,
                        class: VerbClass::Speech,
                    });
                }
            }
            break;
        }
        if quote_ends_sentence {
            return None;
        }
        // “opposed” to the release, Zhang said.
        for i in lo..n {
            let Some(v) = self.verb_at(i) else { continue };
            if v.class != VerbClass::Speech {
                continue;
            }
            // ... about the decision, said RoseAnn DeMoro.
            let inverted = || {
                (v.first > lo && self.toks[v.first - 1].is(','))
                    .then(|| self.np_after(v.last + 1))
                    .flatten()
            };
            if let Some((sp, _)) = self.np_before(v.first, lo).or_else(inverted) {
                return Some(Attribution {
                    speaker: Some(sp),
                    verb: v.span,
                    direct: false,
                    class: v.class,
                });
            }
        }
        None
    }

    /// The attribution in the part of the sentence before a quote that
    /// opens at `before.end`.
    pub(crate) fn before(&mut self, before: Span) -> Option<Attribution> {
        let window = clamp_back(self.text, before, WINDOW);
        self.cut(Cut::Last, window);
        let n = self.toks.len();
        let mut i = n;
        while i > 0 {
            i -= 1;
            let Some(v) = self.verb_at(i) else { continue };
            // `Smith said she would name judges who are “tough”`: a speech act
            // still to come reports nothing, nor does a passive (`Gonzalez
            // is contending the jury should have been told that “Q”`); the
            // verb that does is earlier.
            // (not `in what is being criticized as “Q”`: a term whose
            // users go unnamed, whatever verb came earlier)
            let passive = || {
                v.class == VerbClass::Speech
                    && self.is_passive(v)
                    && self.toks[v.last + 1..].iter().any(|t| t.is_word())
                    && !self.toks[..v.first]
                        .iter()
                        .rev()
                        .find(|t| !word_in(self.text, t, &AUXILIARIES) && !is_adverb(self.text, t))
                        .is_some_and(|t| word_is(self.text, t, &["what"]))
            };
            if (self.after_modal(v.first) || passive()) && self.speech_verb_before(v) {
                continue;
            }
            // Words between the verb and the quote.
            let gap = &self.toks[v.last + 1..];
            let gap_words = gap.iter().filter(|t| t.is_word()).count();
            // "told reporters: “Q”", "said in a statement: “Q”": a short
            // object or adverbial, then a colon, introduces the speech
            let direct = gap_words == 0
                || (gap_words <= 6
                    && gap.last().is_some_and(|t| t.is(':'))
                    && gap[..gap.len() - 1]
                        .iter()
                        .all(|t| t.is_word() || t.is(',')));
            // "rejected the accusations as “Q”": a verb that names through
            // "as" names nothing without it ("rejected the plan"), and is
            // the cue only where no speech verb reports the sentence ("her
            // brief said ... and dismissed the reports as “Q”": "said").
            if v.class == VerbClass::NamingAs && !self.names_through_as(v) {
                continue;
            }
            if matches!(v.class, VerbClass::Naming | VerbClass::NamingAs) {
                // dubbed “Q”, called it “Q”, described the field as “Q”
                if gap_words > 8 || gap.iter().any(|t| !t.is_word()) {
                    return None;
                }
                // "a book called “Dune”", "a man named “Shorty”": a title or a
                // nickname, nobody's words.
                let prev = v.first.checked_sub(1).map(|k| self.toks[k]);
                let reduced_relative = gap_words == 0
                    && self.text[v.span].ends_with("ed")
                    && prev.is_some_and(|t| {
                        t.is_word()
                            && self.text[t.span].starts_with(char::is_lowercase)
                            && !word_in(self.text, &t, &PRONOUNS)
                            && !word_in(self.text, &t, &BETWEEN)
                    });
                if reduced_relative {
                    return None;
                }
                // "Ban condemned what he called a “brazen breach”": the term
                // belongs to the statement the sentence reports.
                if let Some((_, w)) = self.np_before(v.first, 0) {
                    if w > 0 && word_is(self.text, &self.toks[w - 1], &["what"]) {
                        let main = (0..w - 1)
                            .rev()
                            .find_map(|k| self.verb_at(k).filter(|m| m.class == VerbClass::Speech));
                        if let Some(m) = main {
                            let speaker = self.np_before(m.first, 0).map(|(s, _)| s);
                            if speaker.is_some() {
                                return Some(Attribution {
                                    speaker,
                                    verb: m.span,
                                    direct: false,
                                    class: m.class,
                                });
                            }
                        }
                    }
                }
                let speaker = if self.text[v.span].ends_with("ing") {
                    self.sentence_subject(v.first)
                } else {
                    self.np_before(v.first, 0)
                        .map(|(s, _)| s)
                        .or_else(|| self.subject_of_conjoined(v.first))
                };
                return Some(Attribution {
                    speaker,
                    verb: v.span,
                    direct: false,
                    class: v.class,
                });
            }
            let according = is_according(self.text, v.span);
            let participle = !according && self.text[v.span].ends_with("ing");
            let speaker = if according {
                self.np_after(v.last + 1).map(|(s, _)| s)
            } else if participle {
                // Smith issued a statement saying “Q”; Rubio hit back, calling it “Q”
                self.sentence_subject(v.first)
            } else {
                self.np_before(v.first, 0)
                    .map(|(s, _)| s)
                    .or_else(|| self.subject_of_conjoined(v.first))
                    .or_else(|| {
                        // Said Smith: “Q”
                        self.np_after(v.last + 1)
                            .filter(|&(_, e)| {
                                // Said Dorothy Poynter, who grew up with him, “Q”
                                v.first == 0 && e < self.toks.len()
                            })
                            .map(|(s, _)| s)
                    })
            };
            return Some(Attribution {
                speaker,
                verb: v.span,
                direct: direct || according,
                class: v.class,
            });
        }
        None
    }

    /// An `according to X` elsewhere in a quote's sentence: after the quote
    /// (`“Q,” Smith said, according to a pool report.`; not looked for when
    /// the quote ended its sentence) or before it (`According to the Post,
    /// Smith said “Q”`). The report rests on X, so X is the source and
    /// "according to" the cue, whatever verb reports the speech inside it.
    pub(crate) fn according(
        &mut self,
        before: Span,
        after: Option<Span>,
        quote_ends_sentence: bool,
    ) -> Option<Attribution> {
        // The windows' tokens are mostly at hand, from the search for the
        // speaker; else few windows hold "according", and a byte search
        // spares tokenizing the others.
        if let Some(after) = after.filter(|_| !quote_ends_sentence) {
            let window = clamp(self.text, after, WINDOW);
            if self.holds(Cut::First, window) || according_in(self.text, window) {
                self.cut(Cut::First, window);
                if let Some(a) = self.first_according() {
                    return Some(a);
                }
            }
        }
        let window = clamp_back(self.text, before, WINDOW);
        if !(self.holds(Cut::Last, window) || according_in(self.text, window)) {
            return None;
        }
        self.cut(Cut::Last, window);
        self.first_according()
    }

    /// The first `according to X` among the tokens, with its X.
    fn first_according(&self) -> Option<Attribution> {
        (0..self.toks.len()).find_map(|i| {
            // A verb's span starts with its token's letters: only a token
            // starting with "according" can start the verb.
            let t = self.toks[i].span;
            let head = &self.text.as_bytes()[t.start..t.end];
            if head.len() < 9 || !head[..9].eq_ignore_ascii_case(b"according") {
                return None;
            }
            let v = self
                .verb_at(i)
                .filter(|v| is_according(self.text, v.span))?;
            let (speaker, _) = self.np_after(v.last + 1)?;
            Some(Attribution {
                speaker: Some(speaker),
                verb: v.span,
                direct: false,
                class: v.class,
            })
        })
    }

    /// True when token `v` follows a modal (`would name`, `he’d tell`, `will
    /// not say`): a speech act that is to come or only possible.
    fn after_modal(&self, v: usize) -> bool {
        const MODALS: Words = Words::new(&[
            "would",
            "will",
            "could",
            "can",
            "should",
            "might",
            "may",
            "must",
            "shall",
            "cannot",
            "can't",
            "can’t",
            "won't",
            "won’t",
            "wouldn't",
            "wouldn’t",
            "couldn't",
            "couldn’t",
        ]);
        let text = self.text;
        let mut j = v;
        while j > 0
            && (word_is(
                text,
                &self.toks[j - 1],
                &["not", "never", "also", "then", "soon"],
            ) || is_adverb(text, &self.toks[j - 1]))
        {
            j -= 1;
        }
        // "he’d tell" is "he would", "he’d asked" is "he had".
        let participle = text[self.toks[v].span].ends_with("ed");
        let contracted: &[&str] = if participle {
            &["’ll", "'ll"]
        } else {
            &["’d", "'d", "’ll", "'ll"]
        };
        let modal = |t: &Tok| {
            let w = &text[t.span];
            word_in(text, t, &MODALS)
                || (t.is_word()
                    && contracted
                        .iter()
                        .any(|m| w.len() > m.len() && w.ends_with(m)))
        };
        if j > 0 && word_is(text, &self.toks[j - 1], &["and", "or"]) {
            // "would sit down and tell": the modal governs both verbs.
            return self.toks[..j - 1]
                .iter()
                .rev()
                .take(6)
                .take_while(|t| t.is_word())
                .any(modal);
        }
        j > 0 && modal(&self.toks[j - 1])
    }

    /// The attribution of a paragraph that ends with a colon and introduces
    /// the quote of the next paragraph (`In a statement, the ministry said:`).
    pub(crate) fn colon_intro(&mut self, paragraph: Span) -> Option<Attribution> {
        let trimmed = self.text[paragraph].trim_end();
        if !trimmed.ends_with(':') {
            return None;
        }
        let end = paragraph.start + trimmed.len() - 1;
        self.before(Span::new(paragraph.start, end))
            .map(|a| Attribution { direct: true, ..a })
    }

    /// True when token `k` is "read" or "reads" after a document's noun
    /// that follows the quote's window start `lo`: “Q,” the statement
    /// read. (Elsewhere "read" is no speech verb: "she read “Dune”".)
    fn document_reads(&self, k: usize, lo: usize) -> bool {
        const DOCUMENTS: Words = Words::new(&[
            "statement",
            "letter",
            "note",
            "post",
            "message",
            "email",
            "tweet",
            "release",
            "notice",
            "sign",
            "caption",
            "report",
            "memo",
            "filing",
        ]);
        k > lo
            && matches!(token_bytes(self.text, &self.toks[k]), b"read" | b"reads")
            && word_in(self.text, &self.toks[k - 1], &DOCUMENTS)
    }

    /// True when the tokens from `k` on add nothing but a setting ("in a
    /// statement", "on Monday"): the sentence is only an attribution.
    fn bare_tail(&self, k: usize) -> bool {
        const SETTING: Words = Words::new(&[
            "in",
            "on",
            "at",
            "during",
            "to",
            "after",
            "before",
            "while",
            "from",
            "via",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "reporters",
            "later",
            "recently",
            "earlier",
        ]);
        self.toks.get(k).map_or(true, |t| {
            // `“Q1.” He added, “Q2.”`: a comma or colon introduces the next quote
            word_in(self.text, t, &SETTING) || !(t.is_word() || t.is(',') || t.is(':'))
        })
    }

    /// The subject of the sentence whose tokens come before `v`: after a
    /// leading adverbial ("In June, ", "Hours later, "), a pronoun or a noun
    /// phrase up to its first lowercase word that looks like a verb.
    fn sentence_subject(&self, v: usize) -> Option<Span> {
        const LEADING: Words = Words::new(&[
            "in",
            "on",
            "at",
            "after",
            "before",
            "during",
            "last",
            "earlier",
            "later",
            "hours",
            "when",
            "while",
            "asked",
            "speaking",
            "but",
            "and",
            "still",
            "however",
            "meanwhile",
            "then",
            "also",
            "today",
            "yesterday",
            "since",
            "for",
            "with",
            "as",
            "so",
            "over",
            "under",
            "instead",
            "now",
            "days",
            "weeks",
            "by",
            "although",
            "though",
            "if",
            "even",
            "amid",
            "despite",
            "there",
            "here",
            "yet",
            "because",
            "following",
            "among",
            "from",
            "to",
            "once",
            "until",
            "minutes",
            "moments",
            "outside",
            "inside",
            "alongside",
            "across",
            "around",
            "throughout",
            "within",
            "unlike",
            "like",
            "reached",
            "following",
            "according",
            "whether",
        ]);
        let text = self.text;
        let mut k = 0;
        // A dateline: "WASHINGTON (AP) —"
        let caps = |t: &Tok| {
            let w = &text[t.span];
            t.is_word() && w.len() > 1 && !w.chars().any(char::is_lowercase)
        };
        if self.toks.first().is_some_and(caps) {
            if let Some(d) = self.toks[..v].iter().take(8).position(is_dash) {
                k = d + 1;
            }
        }
        // "Speaking to reporters, ...", "Shortly after, ..."
        let adverbial = |t: &Tok| {
            let w = &text[t.span];
            word_in(text, t, &LEADING)
                || (t.is_word() && w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly")))
        };
        if self.toks.get(k).is_some_and(adverbial) {
            match self.toks[k..v].iter().take(12).position(|t| t.is(',')) {
                Some(c) => k += c + 1,
                None if word_is(text, &self.toks[k], &["but", "and", "so", "still"]) => k += 1,
                None => return self.nearest_name(k + 1, v),
            }
        }
        if k >= v {
            return None;
        }
        let first = self.toks[k];
        if word_in(text, &first, &PRONOUNS) {
            return Some(first.span);
        }
        let mut e = k;
        while e < v && e - k < 8 {
            let t = self.toks[e];
            let w = &text[t.span];
            let lower = w.starts_with(char::is_lowercase);
            let verbish = lower
                && (w.ends_with("ed")
                    || (w.ends_with('s') && !w.ends_with("ss"))
                    || (word_in(text, &t, &STOP) && !word_is(text, &t, &["of", "for"]))
                    || word_in(text, &t, &BETWEEN)
                    || word_in(text, &t, &IRREGULAR_PAST)
                    || self.verb_at(e).is_some());
            if !t.is_word() || verbish {
                break;
            }
            e += 1;
        }
        while e > k && word_is(text, &self.toks[e - 1], &["of", "for"]) {
            e -= 1;
        }
        if e == k || (k..e).all(|i| word_in(text, &self.toks[i], &ARTICLES)) {
            return None;
        }
        Some(Span::new(first.span.start, self.toks[e - 1].span.end))
    }

    /// The last pronoun, or run of capitalized words, among tokens
    /// `from..to`: the likely subject when the sentence starts with an
    /// adverbial ("In a speech Tuesday he hit back, accusing ...").
    fn nearest_name(&self, from: usize, to: usize) -> Option<Span> {
        let text = self.text;
        let capital = |t: &Tok| t.is_word() && text[t.span].starts_with(char::is_uppercase);
        let mut i = to;
        while i > from {
            i -= 1;
            let t = self.toks[i];
            if word_in(text, &t, &PRONOUNS) {
                return Some(t.span);
            }
            if capital(&t) && !word_in(text, &t, &TIME) {
                let mut s = i;
                while s > from && capital(&self.toks[s - 1]) {
                    s -= 1;
                }
                return Some(Span::new(self.toks[s].span.start, t.span.end));
            }
        }
        None
    }

    /// For `She hinted ... and said` (or `..., called`), the subject that
    /// opens the sentence ([`Attributor::sentence_subject`]).
    fn subject_of_conjoined(&self, v: usize) -> Option<Span> {
        let text = self.text;
        let mut j = v;
        while j > 0
            && (word_in(text, &self.toks[j - 1], &BETWEEN) || is_adverb(text, &self.toks[j - 1]))
        {
            j -= 1;
        }
        if j == 0
            || !(word_is(text, &self.toks[j - 1], &["and", "but", "or"])
                || self.toks[j - 1].is(','))
        {
            return None;
        }
        self.sentence_subject(j - 1)
    }

    /// The noun phrase that ends right before token `v` (skipping adverbs,
    /// auxiliaries and an appositive), not reaching before token `lo`: its
    /// span and first token.
    fn np_before(&self, v: usize, lo: usize) -> Option<(Span, usize)> {
        let text = self.text;
        // "Sanders was asked", "I was always told": the subject of a
        // passive did not speak.
        let mut aux = v;
        while aux > lo + 1
            && (is_adverb(text, &self.toks[aux - 1])
                || word_is(
                    text,
                    &self.toks[aux - 1],
                    &["always", "never", "often", "also"],
                ))
        {
            aux -= 1;
        }
        if aux > lo
            && word_is(
                text,
                &self.toks[v],
                &["asked", "told", "called", "quoted", "named"],
            )
            && word_is(
                text,
                &self.toks[aux - 1],
                &["was", "were", "been", "being", "is", "are", "be"],
            )
        {
            return None;
        }
        let mut j = v;
        loop {
            while j > lo
                && (word_in(text, &self.toks[j - 1], &BETWEEN)
                    || is_adverb(text, &self.toks[j - 1]))
            {
                j -= 1;
            }
            // "Smith last week said", "the ministry on Monday said"
            if j > lo && word_in(text, &self.toks[j - 1], &TIME) {
                j -= 1;
                while j > lo && word_in(text, &self.toks[j - 1], &BEFORE_TIME) {
                    j -= 1;
                }
                continue;
            }
            break;
        }
        if j == lo {
            return None;
        }
        if self.toks[j - 1].is(')') {
            // Rep. Earl Blumenauer (D-Ore.) said
            if let Some(open) = (lo..j - 1).rev().take(8).find(|&k| self.toks[k].is('(')) {
                j = open;
                if j == lo {
                    return None;
                }
            }
        }
        let last = self.toks[j - 1];
        if word_is(text, &last, &["who"]) {
            // Hale, who said: “Q”
            let mut k = j - 1;
            if k > lo && self.toks[k - 1].is(',') {
                k -= 1;
            }
            return self.np_ending(k, lo);
        }
        if word_in(text, &last, &PRONOUNS) {
            return Some((last.span, j - 1));
        }
        if last.is('–') || last.is('—') {
            // "Giorgia Meloni – who could be prime minister – responded",
            // "The 32 NGOs – representing most agencies – say": the phrase
            // before the opening dash
            let dash = last.punct;
            let open = (lo..j - 1)
                .rev()
                .take(30)
                .take_while(|&k| !self.toks[k].ends_sentence())
                .find(|&k| self.toks[k].punct == dash);
            // (an appositive set off by commas may sit before it); a
            // phrase that opens with neither a capital nor a determiner is
            // no speaker ("but rather — in some cases — may")
            return open
                .and_then(|d| self.np_before_appositive(d, lo))
                .filter(|&(_, first)| {
                    let t = &self.toks[first];
                    text[t.span].starts_with(char::is_uppercase) || word_in(text, t, &DETERMINERS)
                });
        }
        if last.is(',') {
            // Hugh Hill, a doctor, said
            let comma = j - 1;
            let open = (lo..comma)
                .rev()
                .take(30)
                // "Mitch McConnell, R-Ky., said": a period before a comma
                // ends an abbreviation, not the sentence.
                .take_while(|&k| {
                    !self.toks[k].ends_sentence() || self.toks.get(k + 1).is_some_and(|t| t.is(','))
                })
                .find(|&k| self.toks[k].is(','));
            if let Some(c) = open {
                if let Some(np) = self.np_ending(c, lo) {
                    // "Tom Hale, a scientist at American University in
                    // Washington, D.C., said": a place after a preposition
                    // is the appositive's end; the name is before its comma
                    let inside = np.1 > lo && {
                        let p = &self.toks[np.1 - 1];
                        word_is(text, p, &["in", "at", "of", "from", "near"])
                    };
                    if inside {
                        let earlier = (lo..np.1)
                            .rev()
                            .take(30)
                            .take_while(|&k| !self.toks[k].ends_sentence())
                            .find(|&k| self.toks[k].is(','));
                        // (not a time opening the sentence: "A month later,
                        // one of Lew's top deputies, Adam Szubin, testified")
                        if let Some(e) = earlier {
                            let timed = e > lo && {
                                let t = &self.toks[e - 1];
                                word_in(text, t, &TIME) || word_is(text, t, &["later", "earlier"])
                            };
                            if let Some(np) = self.np_ending(e, lo).filter(|_| !timed) {
                                return Some(np);
                            }
                        }
                    }
                    return Some(np);
                }
                return self.np_ending(comma, c + 1);
            }
            return None;
        }
        self.np_ending(j, lo)
    }

    /// The noun phrase ending right before token `end`, or before the
    /// appositive set off by commas that ends there ("Giorgia Meloni, the
    /// leader of Brothers of Italy –").
    fn np_before_appositive(&self, end: usize, lo: usize) -> Option<(Span, usize)> {
        // (a dash right after a comma closes no phrase)
        if end > lo && self.toks[end - 1].is(',') {
            return None;
        }
        let comma = (lo..end)
            .rev()
            .take(20)
            .take_while(|&k| !self.toks[k].ends_sentence())
            .find(|&k| self.toks[k].is(','));
        if let Some(c) = comma {
            // a name before the comma ("Giorgia Meloni, the leader"), not
            // a sentence's first word ("Nevertheless, the 20-year-old")
            let name = |&(_, first): &(Span, usize)| {
                self.text[self.toks[first].span].starts_with(char::is_uppercase)
                    && !(first + 1 == c && (first == 0 || self.toks[first - 1].ends_sentence()))
            };
            if let Some(np) = self.np_ending(c, lo).filter(name) {
                return Some(np);
            }
        }
        self.np_ending(end, lo)
    }

    /// The noun phrase made of the words right before token `end`; a
    /// description keeps its prepositional tail ("an analyst at a Frankfurt
    /// bank", "the head of the agency").
    fn np_ending(&self, end: usize, lo: usize) -> Option<(Span, usize)> {
        let text = self.text;
        let mut k = end;
        let mut words = 0;
        while k > lo && words < 8 {
            let t = self.toks[k - 1];
            if !t.is_word() {
                // "the “Pose” actor": a quoted title inside the phrase
                match self.title_opening(k, lo) {
                    Some(open) if words > 0 => {
                        words += k - 1 - open;
                        k = open;
                        continue;
                    }
                    _ => break,
                }
            }
            if word_in(text, &t, &STOP) || self.verb_at(k - 1).is_some() {
                // "the head of the agency", "a spokeswoman for the ministry",
                // "an analyst at a Frankfurt bank"
                let inner = words > 0 && self.joins_phrase(k - 1, lo);
                // "the Russian and Syrian defense ministries": adjectives
                // joined before a common noun (not "Smith and Jones").
                let capital = |i: usize| text[self.toks[i].span].starts_with(char::is_uppercase);
                let joined = word_is(text, &t, &["and"])
                    && k - 1 > lo
                    && words > 0
                    && self.toks[k - 2].is_word()
                    && capital(k - 2)
                    && capital(k)
                    && text[self.toks[end - 1].span].starts_with(char::is_lowercase);
                if !inner && !joined {
                    break;
                }
            }
            k -= 1;
            words += 1;
            if word_in(text, &t, &DETERMINERS) && !(k > lo && self.joins_phrase(k - 1, lo)) {
                break;
            }
            // "Nisan Ahmado's source": a possessor's name opens the phrase.
            let w = &text[t.span];
            if words > 1
                && w.starts_with(char::is_uppercase)
                && (w.ends_with("'s") || w.ends_with("’s"))
            {
                while k > lo
                    && self.toks[k - 1].is_word()
                    && text[self.toks[k - 1].span].starts_with(char::is_uppercase)
                    && !word_in(text, &self.toks[k - 1], &STOP)
                {
                    k -= 1;
                }
                break;
            }
        }
        if k == end {
            return None;
        }
        // Do not begin with "of", nor consist of determiners only.
        while k < end && word_is(text, &self.toks[k], INNER) {
            k += 1;
        }
        if (k..end).all(|i| word_in(text, &self.toks[i], &ARTICLES)) {
            return None;
        }
        Some((
            Span::new(self.toks[k].span.start, self.toks[end - 1].span.end),
            k,
        ))
    }

    /// True when the verb `v`, of the [`VerbClass::NamingAs`] kind, names
    /// the quote that follows the tokens at hand: "as" ends the words
    /// between the verb and the quote, no speech verb comes before it in the sentence, and
    /// it is not a passive ("the argument was dismissed as “Q” by
    /// Souter": its subject named nothing).
    fn names_through_as(&self, v: Verb) -> bool {
        let text = self.text;
        self.toks.last().is_some_and(|t| word_is(text, t, &["as"]))
            && v.last + 1 < self.toks.len()
            && !self.is_passive(v)
            && !self.speech_verb_before(v)
    }

    /// True when verb `v` is a passive participle after a form of "be"
    /// ("was told", "had been asked"; not "was saying").
    fn is_passive(&self, v: Verb) -> bool {
        !self.text[v.span].ends_with("ing")
            && v.first.checked_sub(1).is_some_and(|b| {
                word_is(
                    self.text,
                    &self.toks[b],
                    &["was", "were", "is", "are", "been", "being", "be"],
                )
            })
    }

    /// True when a speech verb stands before verb `v` among the tokens at
    /// hand.
    fn speech_verb_before(&self, v: Verb) -> bool {
        (0..v.first).any(|j| {
            self.verb_at(j)
                .is_some_and(|w| w.class == VerbClass::Speech)
        })
    }

    /// True when token `p` (a word) is a preposition inside a noun phrase
    /// that goes on before it, not before token `lo`: one of [`INNER`]
    /// after a word ("the head of the agency"), or of [`INNER_AFTER_NOUN`]
    /// after a common noun, not a verb or an adverb ("experts on race",
    /// "sources in the camp"; not "speaking in Harrogate").
    fn joins_phrase(&self, p: usize, lo: usize) -> bool {
        let text = self.text;
        if p <= lo || !self.toks[p - 1].is_word() || word_in(text, &self.toks[p - 1], &STOP) {
            return false;
        }
        let t = &self.toks[p];
        word_is(text, t, INNER)
            || (word_is(text, t, INNER_AFTER_NOUN) && {
                let w = &text[self.toks[p - 1].span];
                w.starts_with(char::is_lowercase)
                    && !["ing", "ed", "ly"].iter().any(|s| w.ends_with(s))
                    && self.verb_at(p - 1).is_none()
            })
    }

    /// The token of the opening mark of the quoted title ([`title_before`])
    /// that stands right before token `k`, when a word after token `lo`
    /// precedes it (`the “Pose” actor`).
    fn title_opening(&self, k: usize, lo: usize) -> Option<usize> {
        let open = title_before(self.text, self.toks.get(k)?.span.start)?;
        let j = (lo..k)
            .rev()
            .take(12)
            .find(|&j| self.toks[j].span.start <= open)?;
        (self.toks[j].span.start == open && j > lo && self.toks[j - 1].is_word()).then_some(j)
    }

    /// The noun phrase starting at token `k`: its span and the token after it.
    fn np_after(&self, k: usize) -> Option<(Span, usize)> {
        let text = self.text;
        let n = self.toks.len();
        let mut e = k;
        while e < n && e - k < 8 {
            let t = self.toks[e];
            if !t.is_word() {
                break;
            }
            if (word_in(text, &t, &STOP) || (e > k && self.verb_at(e).is_some()))
                && !(word_is(text, &t, &["of", "for"]) && e > k)
            {
                break;
            }
            e += 1;
        }
        while e > k && word_is(text, &self.toks[e - 1], &["of", "for"]) {
            e -= 1;
        }
        // "said Tuesday": a day is no speaker.
        if e == k
            || (k..e).all(|i| word_in(text, &self.toks[i], &ARTICLES))
            || (k..e).all(|i| word_in(text, &self.toks[i], &TIME))
        {
            return None;
        }
        Some((
            Span::new(self.toks[k].span.start, self.toks[e - 1].span.end),
            e,
        ))
    }
}

/// True when the verb at `span` is "according to".
pub(crate) fn is_according(text: &str, span: Span) -> bool {
    text[span]
        .get(..9)
        .is_some_and(|w| w.eq_ignore_ascii_case("according"))
}

/// True when "according" (any ASCII case) starts at a byte of `span`, as
/// the verb of every `according to` among the tokens of `span` does.
fn according_in(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    // Up to the last byte of a word starting in `span`.
    let hay = &bytes[span.start..(span.end + 8).min(bytes.len())];
    // From each "g", the word's last letter, look back.
    memchr::memchr2_iter(b'g', b'G', hay)
        .any(|q| q >= 8 && hay[q - 8..=q].eq_ignore_ascii_case(b"according"))
}

fn is_dash(t: &Tok) -> bool {
    matches!(t.punct, Some('—' | '–' | '-'))
}

/// `span` cut to at most `max` bytes from its start, on a char boundary.
fn clamp(text: &str, span: Span, max: usize) -> Span {
    let mut end = span.end.min(span.start + max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(span.start, end)
}

/// `span` cut to at most `max` bytes before its end, on a char boundary.
fn clamp_back(text: &str, span: Span, max: usize) -> Span {
    let mut start = span.start.max(span.end.saturating_sub(max));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, span.end)
}

/// Prepositions inside a speaker's description before its verb.
const INNER: &[&str] = &["of", "for", "at", "from", "inside"];

/// Prepositions a description keeps after a common noun only ("one banker
/// on the committee", "sources in the camp").
const INNER_AFTER_NOUN: &[&str] = &["on", "in"];

#[cfg(test)]
mod tests {
    // Some tests read the embedded lists; without them their helpers go unused.
    #![cfg_attr(not(feature = "embedded"), allow(dead_code, unused_imports))]

    use super::*;

    fn run(
        text: &str,
        f: impl Fn(&mut Attributor, usize, usize) -> Option<Attribution>,
    ) -> (String, String, bool) {
        let verbs = SpeechVerbs::new(true, ["quipped"]);
        let mut a = Attributor::new(text, &verbs);
        let open = text.find('“').unwrap();
        let close = text.find('”').unwrap() + '”'.len_utf8();
        match f(&mut a, open, close) {
            Some(at) => (
                at.speaker.map_or(String::new(), |s| text[s].to_string()),
                text[at.verb].to_string(),
                at.direct,
            ),
            None => Default::default(),
        }
    }

    #[test]
    fn according_in_matches_a_plain_search() {
        let plain = |text: &str, span: Span| {
            (span.start..span.end).any(|p| {
                text.as_bytes()
                    .get(p..p + 9)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"according"))
            })
        };
        let texts = [
            "",
            "according",
            "According to the Post, he said",
            "he said, ACCORDING to them",
            "accordin g",
            "aCcOrDiNg to",
            "Über „according“ to",
            "ggg according according",
            "accord",
            "it is not accordingly",
            "é according é",
        ];
        for text in texts {
            for span in crate::quote::every_window(text) {
                assert_eq!(
                    according_in(text, span),
                    plain(text, span),
                    "{text:?} {span:?}"
                );
            }
        }
    }

    #[test]
    #[cfg(feature = "embedded")] // needs the embedded speech verbs
    fn after_quote() {
        let cases = [
            ("“Q,” Zhang told reporters.", "Zhang", "told"),
            (
                "“Q,” said Jane Doe, a spokeswoman for the ministry.",
                "Jane Doe",
                "said",
            ),
            ("“Q,” he added.", "he", "added"),
            ("“Q,” he later added.", "he", "added"),
            ("“Q,” Smith last week said.", "Smith", "said"),
            ("“Q,” the ministry on Monday said.", "the ministry", "said"),
            (
                "“Q,” the ministry said in a statement.",
                "the ministry",
                "said",
            ),
            ("“Q,” Jane Doe, a spokeswoman, said.", "Jane Doe", "said"),
            (
                "“Q,” according to the report.",
                "the report",
                "according to",
            ),
            (
                "“Q,” a police spokesman said.",
                "a police spokesman",
                "said",
            ),
            ("“Q,” Smith wrote on Twitter.", "Smith", "wrote"),
            ("“Q?” she asked.", "she", "asked"),
            ("“Q,” quipped Mr. Smith.", "Mr. Smith", "quipped"),
            ("“Q.” Smith said he would go.", "", ""),
            ("“Q.” He added, “Q2.”", "", ""),
            (
                "“Q” about it, said Rose Moro, a nurse.",
                "Rose Moro",
                "said",
            ),
            (
                "“Q,” the head of the agency said.",
                "the head of the agency",
                "said",
            ),
        ];
        for (text, sp, verb) in cases {
            let got = run(text, |a, open, close| {
                let q = &text[open..close];
                a.after(Span::new(close, text.len()), q.ends_with(".”"))
            });
            assert_eq!((got.0.as_str(), got.1.as_str()), (sp, verb), "{text}");
        }
    }

    #[test]
    #[cfg(feature = "embedded")] // needs the embedded speech verbs
    fn before_quote() {
        let cases = [
            ("Zhang said, “Q.”", "Zhang", "said", true),
            ("Zhang said: “Q.”", "Zhang", "said", true),
            ("It went to Hale, who said: “Q.”", "Hale", "said", true),
            ("Hugh Hill, a doctor, said: “Q.”", "Hugh Hill", "said", true),
            (
                "Hours before, China’s UN Ambassador Zhang Jun said Beijing remained “Q” to it.",
                "China’s UN Ambassador Zhang Jun",
                "said",
                false,
            ),
            (
                "camps that Beijing has dubbed “Q” but",
                "Beijing",
                "dubbed",
                false,
            ),
            ("According to Smith, “Q.”", "Smith", "According to", true),
            (
                "She hinted and said she is “Q” before",
                "She",
                "said",
                false,
            ),
            ("It rained. The film “Dune” opened.", "", "", false),
            ("a man known as “Shorty”", "", "", false),
            ("a short film called “Tenemos Familias”", "", "", false),
            (
                "what he calls the “Washington cartel”",
                "he",
                "calls",
                false,
            ),
            ("In the notes “Q”", "", "", false),
            (
                "Kim said she would name judges who are “tough” on it",
                "Kim",
                "said",
                false,
            ),
            (
                "Kim says he’d sit down and tell them “no” to it",
                "Kim",
                "says",
                false,
            ),
            (
                "Kim said he’d asked them “why” then",
                "he’d",
                "asked",
                false,
            ),
            ("Kim will say “no” to it", "Kim", "say", true),
            ("Sanders was asked “Q”", "", "asked", true),
            (
                "WASHINGTON (AP) — Smith issued a statement saying “Q”",
                "Smith",
                "saying",
                true,
            ),
            (
                "Rubio’s campaign sent out a press release saying “Q”",
                "Rubio’s campaign",
                "saying",
                true,
            ),
            (
                "In June, Smith hit back, calling it “Q”",
                "Smith",
                "calling",
                false,
            ),
        ];
        for (text, sp, verb, direct) in cases {
            let got = run(text, |a, open, _| a.before(Span::new(0, open)));
            assert_eq!(got, (sp.to_string(), verb.to_string(), direct), "{text}");
        }
    }
}
