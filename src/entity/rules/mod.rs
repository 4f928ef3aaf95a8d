//! The rules that turn tokens and gazetteer hits into typed candidate
//! mentions: which capitalized words form a name, and whether that name is
//! a person, an organization, a place or a group.
//!
//! Order of evidence, strongest first: a gazetteer name covering the whole
//! name; an organization head ("... University", "Bank of ..."); a title
//! ("Ambassador Zhang Jun"); a first name followed by a capitalized word;
//! the context (speech verbs, role nouns, place prepositions, sports
//! results). What is left is an *unknown* name, which resolution may tie to
//! a name seen elsewhere in the text.
//!
//! Here: the candidate types, the lexical classes of a token (looked up
//! once, lazily) and the growth of runs of capitals. [`listed`] decides what
//! a gazetteer hit means in context, [`classify`] what kind a run is, and
//! [`domains`] reads web domains and email addresses.

mod acronyms;
mod classify;
mod domains;
mod listed;

use super::fingerprint::{fingerprint, fingerprint_in};
use super::gazetteer::Gazetteer;
use super::tokens::{
    Token, ALLCAPS, CAP, CAPS_LINE, DIGIT, LINE_START, LOWER, POSSESSIVE, PUNCT, SENT_END,
    SENT_START, TABLE,
};
use super::words::{self, Lower, NameLists};
use crate::speech_verbs::SpeechVerbs;
use crate::EntityKind;

/// How sure a candidate's kind is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A capitalized name nothing classified.
    Unknown,
    /// A guess from weak evidence (a surname list, a lone capital).
    Weak,
    /// A rule with good evidence (a title, an organization head).
    Rule,
    /// A gazetteer name.
    Listed,
}

/// A candidate mention.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    /// First and one-past-last token.
    pub tok: (usize, usize),
    pub kind: EntityKind,
    pub strength: Strength,
    /// Gazetteer sense giving the canonical name.
    pub sense: Option<usize>,
    /// Its words fit a person's name (first name or surname lists).
    pub namelike: bool,
    /// A capital of style ("Western"): kept only when resolution ties it
    /// to a name found elsewhere.
    pub style: bool,
    /// One unlisted word no rule classified ("Jamesway", "Palmyra"): kept,
    /// as a capital of style is, only when resolution ties it to a name
    /// found elsewhere, and unlike one it may be the short form of an
    /// organization ("Jamesway" for "Jamesway Corp").
    pub lone: bool,
    /// A word of a group or a creed by its ending, standing in a list
    /// ("Astrobotic" in "to Astrobotic, Intuitive Machines and
    /// OrbitBeyond"): a capital of style unless the list makes it a place
    /// or an organization ([`Rules::coordinated`]).
    pub list_only: bool,
    /// English words in capitals ("Big Machine"): kept only as the short
    /// form of an organization named in full ("Big Machine Records").
    pub short_only: bool,
    /// A capital of style that only a person named in full whose last
    /// word it is claims: a surname shaped like a group's word ("says
    /// Hammans" after "Chris Hammans", not "Islamic" after a name that
    /// starts so), a title alone ("King told" after "David King", not
    /// "Lord" after "Lord Scarman").
    pub last_word_only: bool,
    /// A first name sharing the surname of the next name, as byte span:
    /// "Ruth" in "Ruth and Tom Hale" is Ruth Hale.
    pub surname: Option<(usize, usize)>,
    /// The fingerprint of the text of a one-token capitalized candidate in
    /// ASCII, known from [`Gazetteer::name_starts`]; 0 when not known or
    /// not in ASCII.
    pub fp: u64,
}

const NONE: u32 = u32::MAX;

/// A lone word (see [`Candidate::lone`]) given a kind by its context.
fn take_kind(c: Candidate) -> Candidate {
    Candidate {
        strength: Strength::Weak,
        style: false,
        lone: false,
        list_only: false,
        short_only: false,
        ..c
    }
}

/// Places this big keep their name even when it is an English word
/// ("China", "Turkey", "Chile").
const BIG_PLACE: u64 = 1_000_000;
/// A place under this many people, named like no English word, may be a
/// first name before a surname ("Clive Palmer": Clive, Iowa).
const SMALL_PLACE: u64 = 200_000;

/// The accepted hit covering each token (its index in the accepted hits),
/// NONE for the other tokens. The buffer is all NONE between texts: only
/// the hits' slots are written, and they are put back when this is
/// dropped (unwinding too), so that no text pays a fill of every slot.
struct HitSlots<'b> {
    slots: &'b mut Vec<u32>,
    accepted: &'b [Accepted],
}

impl<'b> HitSlots<'b> {
    fn mark(slots: &'b mut Vec<u32>, n: usize, accepted: &'b [Accepted]) -> HitSlots<'b> {
        if slots.len() < n {
            slots.resize(n, NONE);
        }
        debug_assert!(slots.iter().all(|&h| h == NONE));
        for (k, h) in accepted.iter().enumerate() {
            for slot in &mut slots[h.a..h.b] {
                *slot = k as u32;
            }
        }
        HitSlots { slots, accepted }
    }
}

impl Drop for HitSlots<'_> {
    fn drop(&mut self) {
        for h in self.accepted {
            for slot in &mut self.slots[h.a..h.b] {
                *slot = NONE;
            }
        }
    }
}

/// A gazetteer hit accepted in context: tokens `a..b`, the sense chosen.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Accepted {
    pub a: usize,
    pub b: usize,
    pub sense: usize,
    /// One word that is also a common English word.
    pub common: bool,
    /// A place name standing for a sports team.
    pub team: bool,
}

pub(crate) struct Rules<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub lists: &'a NameLists,
    pub gaz: &'a Gazetteer,
    pub verbs: &'a SpeechVerbs,
    pub lower: Lower,
    /// Lexical classes per token (`L_*`), computed lazily.
    pub lex: Vec<u32>,
    /// The fingerprint of the text of each capitalized token (from
    /// [`Gazetteer::name_starts`], written by [`Rules::lex_capitals`]);
    /// other slots hold stale values and are never read. Kept from one
    /// text to the next, so that it is never cleared.
    pub cap_fp: Vec<u64>,
    /// A sports results story: place names are teams.
    pub sports_doc: bool,
    /// The run being classified is followed by ", <listed place>"
    /// ("Tavildara, Tajikistan").
    pub place_after_run: bool,
    /// The run being classified stands before a title ("Review-Journal"
    /// in "Review-Journal Editor Keith Moyer"): whatever it is, it is not
    /// the person.
    pub before_title: bool,
    /// The fingerprints of the capitalized words that stand alone before
    /// or after a speech verb somewhere in the text ("Bang says", "said
    /// Bang"), sorted; worked out when a rule first asks
    /// ([`Rules::speaks_alone`]).
    pub lone_speakers: Option<Vec<u64>>,
}

const L_DONE: u32 = 1 << 31;
const L_SPEECH: u32 = 1 << 30;
/// [`Rules::is_speech_verb`] of the token has been worked out (few tokens
/// are asked: the speech verb list is read only then).
const L_SPEECH_DONE: u32 = 1 << 27;
const L_FIRST: u32 = words::W_FIRST as u32;
const L_SURNAME: u32 = words::W_SURNAME as u32;
const L_COMMON: u32 = words::W_COMMON as u32;
const L_TITLE: u32 = words::W_TITLE as u32;
const L_ROLE: u32 = words::W_ROLE as u32;
const L_ORG_HEAD: u32 = words::W_ORG_HEAD as u32;
const L_ORG_OF: u32 = words::W_ORG_OF as u32;
const L_NEVER: u32 = words::W_NEVER as u32;
const L_PREP: u32 = words::W_PREP as u32;
const L_SPORTS: u32 = words::W_SPORTS_VERB as u32;
const L_DATE_ABBR: u32 = words::W_DATE_ABBR as u32;
const L_CONNECTOR: u32 = words::W_CONNECTOR as u32;
const L_ORG_NOUN: u32 = words::W_ORG_NOUN as u32;
const L_SPORT_WORD: u32 = words::W_SPORT_WORD as u32;
/// [`Rules::title_before`] of the token has been worked out ...
const L_TITLE_BEFORE_DONE: u32 = 1 << 29;
/// ... and is true.
const L_TITLE_BEFORE: u32 = 1 << 28;
/// The token is a word in ASCII (known once its classes are looked up).
const L_ASCII: u32 = 1 << 25;
/// The token is on none of the closed lists ([`NameLists::may_be_closed`]).
const L_NOT_CLOSED: u32 = 1 << 26;
/// The token starts a listed name given up for the run of capitals it
/// opens before the word of a place ("Stamford Bridge").
const L_LISTED_PLACE_START: u32 = 1 << 24;
/// What is known of a token besides its classes, kept when they are
/// looked up.
const KEPT: u32 =
    L_SPEECH_DONE | L_SPEECH | L_TITLE_BEFORE_DONE | L_TITLE_BEFORE | L_LISTED_PLACE_START;

/// Whether `word` is a contraction of a function word, with a straight or
/// a curly apostrophe: "I’m", "We're", "Don’t", "He’d", "You’ve", "They'll".
/// Names with an apostrophe have a capital after it ("O’Brien", "D'Alema")
/// or a longer ending ("Qur'an").
fn is_contraction(word: &str, lists: &NameLists) -> bool {
    if !maybe_contraction(word.as_bytes()) {
        return false;
    }
    let b = word.as_bytes();
    let n = b.len();
    let apostrophe_at = |k: usize| -> Option<(usize, usize)> {
        if n > k && b[n - 1 - k] == b'\'' {
            Some((n - 1 - k, 1))
        } else if n >= 3 + k && &b[n - 3 - k..n - k] == "’".as_bytes() {
            Some((n - 3 - k, 3))
        } else {
            None
        }
    };
    let Some((at, len)) = apostrophe_at(1).or_else(|| apostrophe_at(2)) else {
        return false;
    };
    let (stem, tail) = (&word[..at], &word[at + len..]);
    if stem.is_empty() || !stem.is_ascii() {
        return false;
    }
    match tail {
        "t" | "T" => stem.ends_with(['n', 'N']),
        "m" | "re" | "ve" | "ll" | "d" | "M" | "RE" | "VE" | "LL" | "D" => {
            stem.eq_ignore_ascii_case("i") || lists.classes(stem) & words::W_COMMON != 0
        }
        _ => false,
    }
}

/// The cheap test [`is_contraction`] starts with: the apostrophe stands
/// one or two letters from the end, so only there is one looked for (this
/// runs for every word looked up).
#[inline]
fn maybe_contraction(b: &[u8]) -> bool {
    let n = b.len();
    // a straight apostrophe or the last byte of a curly one, one or two
    // letters from the end; most words have neither
    let quote = |x: u8| x == b'\'' || x == 0x99;
    n >= 2 && quote(b[n - 2]) || n >= 3 && quote(b[n - 3])
}

/// "In" or "At" written with a capital.
fn is_capital_in_at(word: &[u8]) -> bool {
    matches!(word, b"In" | b"At" | b"IN" | b"AT")
}

impl<'a> Rules<'a> {
    #[inline]
    fn word(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// [`Rules::word`] as bytes, to compare with words in ASCII: no char
    /// boundaries to check.
    #[inline]
    fn bytes(&self, i: usize) -> &'a [u8] {
        let t = self.toks[i];
        &self.text.as_bytes()[t.start..t.end]
    }

    /// The lexical classes of token `i`, computed on first use (only
    /// capitalized words and their neighbours are ever looked up).
    #[inline]
    fn lex(&mut self, i: usize) -> u32 {
        self.lex_with(i, None)
    }

    /// [`Rules::lex`], given the fingerprint of the token's text when it is
    /// known.
    #[inline]
    fn lex_with(&mut self, i: usize, fp: Option<u64>) -> u32 {
        // most calls ask again about a word already looked up
        let cached = self.lex[i];
        if cached & L_DONE != 0 {
            return cached;
        }
        self.look_up_lex(i, fp)
    }

    fn look_up_lex(&mut self, i: usize, fp: Option<u64>) -> u32 {
        self.look_up_lex_inline(i, fp)
    }

    /// [`Rules::look_up_lex`], inlined into the loop over every capital.
    #[inline(always)]
    fn look_up_lex_inline(&mut self, i: usize, fp: Option<u64>) -> u32 {
        let t = self.toks[i];
        let mut f = L_DONE;
        if t.is_word() {
            // bytes, not a `str`: this runs for every word looked up, and
            // tokens start and end on char boundaries
            let w = &self.text.as_bytes()[t.start..t.end];
            let dot = w.last() == Some(&b'.');
            let stem = &w[..w.len() - usize::from(dot)];
            if words::is_ascii_word(stem) {
                // (a final period is ASCII too)
                f |= L_ASCII;
                // an ASCII word needs no lowercase copy: the lookup folds
                // case; the fingerprint of the whole word is the lookup's
                let fp = match fp {
                    Some(fp) if !dot => fp,
                    _ => fingerprint(stem),
                };
                f |= u32::from(self.lists.classes_of_bytes(stem, fp));
                if matches!(stem, [b'i' | b'I']) || maybe_contraction(w) && self.contraction(t) {
                    f |= L_NEVER;
                }
            } else {
                let w = &self.text[t.start..t.end];
                let l = self.lower.of(w);
                f |= u32::from(self.lists.classes(l));
                if l.eq_ignore_ascii_case("i") || is_contraction(w, self.lists) {
                    f |= L_NEVER;
                }
            }
        }
        // (what `is_speech_verb` and `title_before` kept here stays)
        let f = f | self.lex[i] & KEPT;
        self.lex[i] = f;
        f
    }

    #[cold]
    fn contraction(&self, t: Token) -> bool {
        is_contraction(&self.text[t.start..t.end], self.lists)
    }

    /// Looks up every capitalized word of `name_starts` (token indices
    /// with the fingerprints of their text) up front: nearly all of them
    /// are asked about, and their table slots are read ahead together so
    /// that the cache misses overlap.
    pub(crate) fn lex_capitals(&mut self, name_starts: &[(usize, u64)]) {
        let toks = self.toks;
        // (every start read ahead, capital or not: a test of each costs more
        // than the few other slots read)
        self.lists.warm(name_starts.iter().map(|&(_, fp)| fp));
        if self.cap_fp.len() < toks.len() {
            self.cap_fp.resize(toks.len(), 0);
        }
        for &(i, fp) in name_starts.iter().filter(|&&(i, _)| toks[i].is(CAP)) {
            self.cap_fp[i] = fp;
            if self.lex[i] & L_DONE == 0 {
                self.look_up_lex_inline(i, Some(fp));
            }
        }
    }

    #[inline]
    fn has(&mut self, i: usize, bits: u32) -> bool {
        let cached = self.lex[i];
        if cached & L_DONE != 0 {
            return cached & bits != 0;
        }
        // classes of the closed lists only (a constant at each call): most
        // words asked about are on none, and a filter tells without the
        // look-up
        if bits & !u32::from(words::CLOSED) == 0 {
            return cached & L_NOT_CLOSED == 0 && self.has_closed(i, bits);
        }
        self.look_up_lex(i, None) & bits != 0
    }

    /// [`Rules::has`] of classes of the closed lists, for a token not
    /// looked up yet.
    fn has_closed(&mut self, i: usize, bits: u32) -> bool {
        let cached = self.lex[i];
        if cached & L_NOT_CLOSED != 0 {
            return false;
        }
        let t = self.toks[i];
        let w = &self.text.as_bytes()[t.start..t.end];
        // the look-up's stem: a final period is no part of the word
        let stem = w.strip_suffix(b".").unwrap_or(w);
        if !t.is_word() || !self.lists.may_be_closed(stem) {
            self.lex[i] = cached | L_NOT_CLOSED;
            return false;
        }
        self.look_up_lex(i, None) & bits != 0
    }

    fn is_common(&mut self, i: usize) -> bool {
        self.has(i, L_COMMON)
    }

    fn prev_word(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        self.toks[p].is_word().then_some(p)
    }

    fn next_word(&self, i: usize) -> Option<usize> {
        let n = i + 1;
        (n < self.toks.len() && self.toks[n].is_word()).then_some(n)
    }

    fn is_speech_verb(&mut self, i: usize) -> bool {
        // (kept apart from the word's classes: they need not be looked up)
        let f = self.lex[i];
        if f & L_SPEECH_DONE != 0 {
            return f & L_SPEECH != 0;
        }
        let t = self.toks[i];
        let yes = t.is_word() && t.is(LOWER) && self.verbs.contains(&self.text[t.start..t.end]);
        self.lex[i] |= L_SPEECH_DONE | if yes { L_SPEECH } else { 0 };
        yes
    }

    /// Speech verb right after the name ("Zhang told") or right before it
    /// ("said Hung").
    fn speaker_position(&mut self, a: usize, b: usize) -> bool {
        let after = if b < self.toks.len() && self.toks[b].is(POSSESSIVE) {
            None
        } else {
            self.next_word(b.saturating_sub(1))
        };
        // an appositive: "the general secretary, Mick Lynch, said"
        let after_comma = |r: &Self| {
            let c = b;
            c + 1 < r.toks.len()
                && r.toks[c].is(PUNCT)
                && r.bytes(c) == b","
                && r.toks[c + 1].is(LOWER)
        };
        // but not "a manager at Compuknit Hosiery, says" (asked last: few
        // names stand before a comma and a lowercase word)
        let after_preposition = |r: &mut Self| {
            a > 0
                && r.toks[a - 1].is(LOWER)
                && (r.has(a - 1, L_PREP)
                    || matches!(r.bytes(a - 1), b"of" | b"for" | b"by" | b"with"))
        };
        // "cautioned Smith Barney's Greenbaum": the possessor is not who
        // speaks
        let possessive =
            self.toks[b - 1].is(POSSESSIVE) || (b < self.toks.len() && self.toks[b].is(POSSESSIVE));
        after.is_some_and(|n| self.is_speech_verb(n))
            || (!possessive && self.prev_word(a).is_some_and(|p| self.is_speech_verb(p)))
            || (after_comma(self) && !after_preposition(self) && self.is_speech_verb(b + 1))
    }

    /// Whether the word at `k` stands alone as a speaker somewhere in the
    /// text: a capitalized word, no capital beside it, before or after a
    /// speech verb ("Bang says", "said Bang").
    pub(super) fn speaks_alone(&mut self, k: usize) -> bool {
        let bytes = self.text.as_bytes();
        if self.lone_speakers.is_none() {
            let n = self.toks.len();
            let cap = |r: &Self, i: usize| r.toks[i].is(CAP) && r.toks[i].is_word();
            // (a speech verb is a lowercase word beside it; the classes of
            // a capital are known already, and pronouns and other words
            // never a name are passed over)
            let verb_at = |r: &mut Self, j: usize| r.toks[j].is(LOWER) && r.is_speech_verb(j);
            let mut fps = Vec::new();
            for i in 0..n {
                let t = self.toks[i];
                if !cap(self, i)
                    || t.is(ALLCAPS)
                    || (i > 0 && cap(self, i - 1))
                    || (i + 1 < n && cap(self, i + 1))
                {
                    continue;
                }
                let speaks = self.lex(i) & L_NEVER == 0
                    && ((i + 1 < n && !t.is(POSSESSIVE) && verb_at(self, i + 1))
                        || (i > 0 && verb_at(self, i - 1)));
                if speaks {
                    fps.push(fingerprint_in(bytes, t.start, t.end));
                }
            }
            fps.sort_unstable();
            fps.dedup();
            self.lone_speakers = Some(fps);
        }
        let t = self.toks[k];
        let fp = fingerprint_in(bytes, t.start, t.end);
        self.lone_speakers
            .as_ref()
            .is_some_and(|fps| fps.binary_search(&fp).is_ok())
    }

    /// Whether a title or a role stands before the token `a`; the rules
    /// ask it of a run's first token several times, so it is kept in
    /// `lex`.
    fn title_before(&mut self, a: usize) -> bool {
        let known = self.lex[a];
        if known & L_TITLE_BEFORE_DONE != 0 {
            return known & L_TITLE_BEFORE != 0;
        }
        let yes = self.find_title_before(a);
        self.lex[a] |= L_TITLE_BEFORE_DONE | if yes { L_TITLE_BEFORE } else { 0 };
        yes
    }

    fn find_title_before(&mut self, a: usize) -> bool {
        match self.prev_word(a) {
            Some(p) => {
                self.has(p, L_TITLE | L_ROLE) && {
                    let f = self.lex(p);
                    f & L_TITLE != 0 || (self.toks[p].is(LOWER) && f & L_ROLE != 0)
                }
            }
            // a role and a comma: "the union's general secretary, Mick Lynch"
            None if a >= 2 && self.bytes(a - 1) == b"," && self.toks[a - 2].is(LOWER) => {
                self.has(a - 2, L_ROLE | L_TITLE)
            }
            None => false,
        }
    }

    /// A place preposition before token `a`: "in", "near", and a capital
    /// "In" or "At" starting a sentence or on a line of capitals ("In
    /// Montreal , ...", a schedule's "MINNESOTA AT MILWAUKEE").
    fn place_preposition_before(&mut self, a: usize) -> bool {
        match self.prev_word(a) {
            Some(p) if self.toks[p].is(LOWER) => self.has(p, L_PREP),
            Some(p) => is_capital_in_at(self.bytes(p)),
            None => false,
        }
    }

    fn sports_context(&mut self, a: usize, b: usize) -> bool {
        if self.toks[a].is(TABLE) && b < self.toks.len() && self.toks[b].is(DIGIT) {
            return true;
        }
        let before = self.prev_word(a).is_some_and(|p| self.has(p, L_SPORTS));
        let after = self
            .next_word(b.saturating_sub(1))
            .is_some_and(|n| self.has(n, L_SPORTS));
        before || after
    }

    /// True when token `i` can be part of a name.
    #[inline(always)]
    fn nameish(&mut self, i: usize, hit_at: &[u32]) -> bool {
        let t = self.toks[i];
        if !t.is_word() {
            return false;
        }
        if hit_at[i] != NONE {
            return true;
        }
        if !t.is(CAP) {
            return false;
        }
        let f = self.lex(i);
        if f & L_NEVER != 0 {
            return self.first_name_after_title(i, f);
        }
        if t.informative_cap() {
            return true;
        }
        // a name particle starting a sentence: "Van Der Beek said", "De
        // Wolf added", "Van der Flier agreed"
        if f & L_CONNECTOR != 0 && self.name_particle(i) {
            let n = self.toks.len();
            let name_at = |r: &Self, k: usize| k < n && r.toks[k].is(CAP) && r.toks[k].is_word();
            let particle_then_name = i + 2 < n
                && self.toks[i + 1].is(LOWER)
                && self.name_particle(i + 1)
                && name_at(self, i + 2);
            return (name_at(self, i + 1) || particle_then_name) && !self.toks[i].is(ALLCAPS);
        }
        f & L_COMMON == 0 || f & L_TITLE != 0 || self.first_name_starting_sentence(i, f, hit_at)
    }

    /// Token `i`, a word never a name alone (classes `f`), is a first
    /// name after a capitalized title and before a capital: "Dr June
    /// Raine", "Mrs April Jones" (not "Mr May said").
    pub(super) fn first_name_after_title(&mut self, i: usize, f: u32) -> bool {
        f & L_FIRST != 0
            && i > 0
            && i + 1 < self.toks.len()
            && self.toks[i - 1].is(CAP)
            && self.toks[i + 1].is(CAP)
            && self.toks[i + 1].is_word()
            && self.has(i - 1, L_TITLE)
            && !self.has(i + 1, L_NEVER)
    }

    /// Token `k` is a name particle ("van", "de", "ten"; "Van", "De" at a
    /// sentence start): a connector but those that join an organization's
    /// words ("of", "for", "on", "&", a capital "Y") and a capital "Do",
    /// mostly the English verb.
    pub(super) fn name_particle(&mut self, k: usize) -> bool {
        self.has(k, L_CONNECTOR)
            && !matches!(
                self.bytes(k),
                b"of" | b"for" | b"on" | b"Of" | b"For" | b"On" | b"Y" | b"&" | b"Do"
            )
    }

    /// A listed name, a connector and a person: "the Liberal Party of
    /// Justin Trudeau" is the party and the man, not one name.
    fn person_after_listed_name(
        &mut self,
        a: usize,
        b: usize,
        k: usize,
        accepted: &[Accepted],
        hit_at: &[u32],
    ) -> bool {
        let whole_hit = hit_at[a] != NONE && accepted[hit_at[a] as usize].b == b;
        whole_hit
            && match hit_at[k] {
                NONE => self.first_name_at(k, self.toks.len()),
                h => self.gaz.senses[accepted[h as usize].sense].kind == EntityKind::Person,
            }
    }

    /// A first name that is also an English word, starting a sentence
    /// before a capital that tells a name ("Peter Marsh runs the ferry.",
    /// "Grace Dent wrote"): the capital of the first word says nothing
    /// there, the second one's does. Not before a listed name ("Will
    /// Labour win?") nor in a headline, where no capital tells.
    fn first_name_starting_sentence(&mut self, i: usize, f: u32, hit_at: &[u32]) -> bool {
        f & L_FIRST != 0
            && hit_at.get(i + 1) == Some(&NONE)
            && self.toks[i + 1].is_word()
            && self.first_name_tells_at_start(i)
            && self.lex(i + 1) & (L_NEVER | L_TITLE | L_ROLE | L_ORG_HEAD) == 0
    }

    /// Token `i`, an English word and a usual first name, starts a sentence
    /// before a capital that tells a name on the same line: there it is the
    /// first name ("Grace Dent wrote"), where a rare one is the word ("An
    /// IAAF official", "Many MPs").
    pub(super) fn first_name_tells_at_start(&self, i: usize) -> bool {
        self.toks[i].is(SENT_START)
            && i + 1 < self.toks.len()
            && self.toks[i + 1].informative_cap()
            && !self.toks[i + 1].is(LINE_START)
            && !self.lists.rare_first_name(self.bytes(i))
    }

    /// Finds every candidate mention. `name_starts` are the tokens that
    /// may start a name (from [`Gazetteer::name_starts`]): every run of
    /// name words and every accepted hit starts on one of them.
    pub(crate) fn candidates(
        &mut self,
        name_starts: &[(usize, u64)],
        accepted: &[Accepted],
        hit_at: &mut Vec<u32>,
        out: &mut Vec<Candidate>,
    ) {
        out.clear();
        let n = self.toks.len();
        let hits = HitSlots::mark(hit_at, n, accepted);
        let hit_at = &hits.slots[..n];
        let mut i = 0;
        // the possible starts at or after `i` in turn: other tokens are
        // neither name words nor capitals of style
        for &(next, _) in name_starts {
            if next < i {
                continue; // inside the name just classified
            }
            i = next;
            if !self.nameish(i, hit_at) {
                self.style_capital(i, out);
                i += 1;
                continue;
            }
            // Grow the run: name tokens, connectors between them, whole hits.
            let a = i;
            let mut b = i + 1;
            loop {
                if hit_at[b - 1] != NONE {
                    b = b.max(accepted[hit_at[b - 1] as usize].b);
                }
                if b < n && self.possessive_inside_name(b, hit_at) {
                    // "Women’s Super League", "Transport Salaried Staffs’
                    // Association": the apostrophe and the words after it
                    b += 2;
                    continue;
                }
                if b >= n || self.toks[b - 1].is(POSSESSIVE) || self.toks[b].is(LINE_START) {
                    break;
                }
                if self.nameish(b, hit_at) && !self.toks[b - 1].is(PUNCT) {
                    b += 1;
                    continue;
                }
                // connector words: "Bank of England", "Ludwig van Beethoven"
                // and particle pairs: "Jean-Pierre van der Berg", "de la Cruz"
                let t = self.toks[b];
                let mut k = b;
                // (a name never runs across a line break: the connectors
                // stay on the line too)
                while k < n
                    && k < b + 3
                    && self.toks[k].is(LOWER)
                    && !self.toks[k].is(LINE_START)
                    && self.has(k, words::W_CONNECTOR.into())
                {
                    k += 1;
                }
                // ("Carla Babb on Nov. 16": no date after a connector)
                if k > b
                    && k < n
                    && self.nameish(k, hit_at)
                    && !self.toks[k].is(LINE_START)
                    && !self.has(k, L_DATE_ABBR)
                    && !self.person_after_listed_name(a, b, k, accepted, hit_at)
                {
                    b = k + 1;
                    continue;
                }
                // (both tests below want a word of two or three letters)
                let short = matches!(t.end - t.start, 2 | 3);
                // "Office of Rail and Road", "Mandalay Bay Hotel and Casino"
                if short && t.is(LOWER) {
                    if let Some(e) = self.and_in_org(a, b, hit_at) {
                        b = e;
                        continue;
                    }
                    if let Some(e) = self.in_place_of_org(a, b, accepted, hit_at) {
                        b = e;
                        continue;
                    }
                }
                // a capitalized "Of" or "For" inside a name: "Sons Of Liberty
                // Media"
                if short
                    && t.is(CAP)
                    && matches!(self.bytes(b), b"Of" | b"For")
                    && !self.toks[b].is(LINE_START)
                    && b + 1 < n
                    && !self.toks[b + 1].is(LINE_START)
                    && self.nameish(b + 1, hit_at)
                {
                    b += 2;
                    continue;
                }
                // "AT & T", "Procter & Gamble"
                if t.end - t.start == 1
                    && self.text.as_bytes()[t.start] == b'&'
                    && b + 1 < n
                    && !self.toks[b + 1].is(LINE_START)
                    && self.nameish(b + 1, hit_at)
                {
                    b += 2;
                    continue;
                }
                break;
            }
            if let Some(e) = self.club_with_code(a, b) {
                self.push(a, e, EntityKind::Organization, Strength::Rule, None, out);
                i = e;
                continue;
            }
            self.run(a, b, accepted, hit_at, out);
            i = b;
        }
        self.coordinated(out);
        self.owner_of_person(out);
        self.relatives(out);
        self.domains(out);
        self.acronym_long_forms(out);
    }

    /// In a sports story, one name and a code of one or two capitals in
    /// brackets is a club told from another of that name ("Mladost (BJ)",
    /// "Zeleznik ( B )"): the end of the name with the brackets.
    fn club_with_code(&mut self, a: usize, b: usize) -> Option<usize> {
        let n = self.toks.len();
        if !self.sports_doc
            || b != a + 1
            || b + 2 >= n
            || self.bytes(b) != b"("
            || self.bytes(b + 2) != b")"
            || self.toks[a].is(ALLCAPS)
        {
            return None;
        }
        let code = self.toks[b + 1];
        let len = code.end - code.start;
        if !code.is_word() || !code.is(ALLCAPS) || !(1..=2).contains(&len) {
            return None;
        }
        if !self.text[code.start..code.end]
            .bytes()
            .all(|c| c.is_ascii_uppercase())
        {
            return None;
        }
        (self.lex(a) & (L_FIRST | L_TITLE) == 0).then_some(b + 3)
    }

    /// "Cheshire, Lancashire, Manchester and Merseyside", "Astrobotic,
    /// Deep Space Systems, Draper": a lone unlisted word in a list (a comma,
    /// "and" or "or" between) with a place or an organization found on good
    /// evidence is one too. Forward, then backward, so that a kind runs
    /// along the list.
    fn coordinated(&mut self, out: &mut [Candidate]) {
        if !out.iter().any(|c| c.lone) {
            return;
        }
        // (asked first: few candidates stand one token apart)
        let adjacent = |x: &Candidate, y: &Candidate| y.tok.0 == x.tok.1 + 1;
        let joined = |r: &Self, x: &Candidate, y: &Candidate| {
            y.tok.0 == x.tok.1 + 1 && matches!(r.bytes(x.tok.1), b"," | b"and" | b"or")
        };
        let takes = |c: &Candidate| {
            !c.style
                && c.strength >= Strength::Weak
                && matches!(c.kind, EntityKind::Place | EntityKind::Organization)
        };
        for i in 1..out.len() {
            let (x, y) = (&out[i - 1], &out[i]);
            if adjacent(x, y) && self.lone_or_surname(y) && takes(x) && joined(self, x, y) {
                out[i] = Candidate {
                    kind: x.kind,
                    ..take_kind(*y)
                };
            }
        }
        for i in (1..out.len()).rev() {
            let (x, y) = (&out[i - 1], &out[i]);
            if adjacent(x, y) && self.lone_or_surname(x) && takes(y) && joined(self, x, y) {
                out[i - 1] = Candidate {
                    kind: y.kind,
                    ..take_kind(*x)
                };
            }
        }
        // The group words no list took stay capitals of style, which only
        // a person named in full claims ("says Hammans, a worker" after
        // "Chris Hammans").
        for c in out.iter_mut().filter(|c| c.list_only) {
            c.list_only = false;
            c.lone = false;
            c.last_word_only = true;
        }
    }

    /// The end of an organization's name that goes on past "and" at token
    /// `b` of the run `a..b`: one to three capitalized words after it
    /// ending with an organization head ("Hotel and Tourism Association",
    /// "Morgan Stanley and Co Inc"), or one or two after an "X of Y"
    /// organization ("Office of Rail and Road"). Two names joined by "and"
    /// stay two: no listed name, first name or initial after it, and a
    /// listed name before it only with "and Co".
    fn and_in_org(&mut self, a: usize, b: usize, hit_at: &[u32]) -> Option<usize> {
        let n = self.toks.len();
        if self.bytes(b) != b"and" || self.toks[b].is(LINE_START) {
            return None;
        }
        let k = b + 1;
        let mut e = k;
        while e < n
            && e < k + 3
            && self.toks[e].is(CAP)
            && !self.toks[e].is(ALLCAPS)
            && !self.toks[e].is(LINE_START)
            && hit_at[e] == NONE
            && self.nameish(e, hit_at)
            && !self.has(e, L_TITLE)
            // (a first name that is an English word too may be a head's
            // word: "Savings and Loan Association")
            && self.lex(e) & (L_FIRST | L_COMMON) != L_FIRST
        {
            e += 1;
        }
        if e == k || (e < n && self.toks[e].is(CAP) && self.toks[e].is_word()) {
            return None;
        }
        // (a first name there only among English words: "Rob Da Bank" is
        // a person's name)
        if (k..e).any(|x| self.has(x, L_FIRST)) && !(k..e).all(|x| self.has(x, L_COMMON)) {
            return None;
        }
        let and_co = matches!(self.bytes(k), b"Co" | b"Co." | b"Company" | b"Sons");
        // ("Mandalay Bay Hotel and Casino": two heads around "and" join a
        // listed name too)
        let heads = self.has(b - 1, L_ORG_HEAD) && self.has(k, L_ORG_HEAD);
        let left_listed = (a..b).any(|x| hit_at[x] != NONE);
        // ("Santa Barbara Savings and Loan Association": an English word
        // past the listed name, and a head, join it too)
        let mut word_past_listed = || {
            hit_at[b - 1] == NONE
                && self.toks[b - 1].is(CAP)
                // (not a whole organization already: "British Bankers
                // Association and ...", "Department of Health and ...")
                && !self.has(b - 1, L_ORG_HEAD)
                && (a..b).all(|x| !self.toks[x].is(LOWER))
                && self.lex(b - 1) & (L_COMMON | L_FIRST | L_SURNAME) == L_COMMON
                && self.has(e - 1, L_ORG_HEAD)
        };
        if left_listed && !and_co && !heads && !word_past_listed() {
            return None;
        }
        // two whole names with the same head: "Southern Water and South
        // East Water", "Citizens Bank and Canal Bank"
        if b - a >= 2
            && e - k >= 2
            && self.has(b - 1, L_ORG_HEAD)
            && self.bytes(b - 1).eq_ignore_ascii_case(self.bytes(e - 1))
        {
            return None;
        }
        if and_co || self.has(e - 1, L_ORG_HEAD) {
            return Some(e);
        }
        let of = (a + 1..b).find(|&x| matches!(self.bytes(x), b"of" | b"for"))?;
        let x_of_y = (a..of).any(|x| self.has(x, L_ORG_OF));
        (x_of_y && e - k <= 2).then_some(e)
    }

    /// The end of an "X of Y" or "X for Y" organization's name (a head
    /// word before the "of": "Organisation for Security and Cooperation")
    /// that goes on with "in" and a country or a continent at token `b`:
    /// "... in Europe" is part of the name.
    fn in_place_of_org(
        &mut self,
        a: usize,
        b: usize,
        accepted: &[Accepted],
        hit_at: &[u32],
    ) -> Option<usize> {
        let k = b + 1;
        if self.bytes(b) != b"in" || k >= self.toks.len() || hit_at[k] == NONE {
            return None;
        }
        let h = accepted[hit_at[k] as usize];
        let place = &self.gaz.senses[h.sense];
        if h.a != k
            || place.kind != EntityKind::Place
            // (a country or a continent, not a city: "Max Planck Institute
            // for Astrophysics in Munich" is in Munich)
            || !(place.country || place.population >= 100_000_000)
            || self.toks[k].is(LINE_START)
        {
            return None;
        }
        let of = (a + 1..b).find(|&x| matches!(self.bytes(x), b"of" | b"for"))?;
        (a..of).any(|x| self.has(x, L_ORG_OF)).then_some(h.b)
    }

    /// "Chelsea’s Emma Hayes", "Acme’s Dana Whitlock": one unlisted word
    /// whose possessive stands right before a person's full name is where
    /// that person works or comes from, not a person (a first name alone
    /// would otherwise make it one).
    fn owner_of_person(&mut self, out: &mut [Candidate]) {
        for i in 1..out.len() {
            let (x, y) = (&out[i - 1], &out[i]);
            if !self.toks[x.tok.0].is(POSSESSIVE)
                || x.kind != EntityKind::Person
                || x.strength > Strength::Weak
                || x.tok.1 != x.tok.0 + 1
                || y.tok.0 != x.tok.1 + 1
                || y.kind != EntityKind::Person
                || y.tok.1 - y.tok.0 < 2
            {
                continue;
            }
            out[i - 1] = Candidate {
                kind: EntityKind::Organization,
                strength: Strength::Rule,
                namelike: false,
                ..take_kind(*x)
            };
        }
    }

    /// A lone word, or one word that only a list of surnames makes a
    /// person ("Draper" among companies).
    fn lone_or_surname(&self, c: &Candidate) -> bool {
        c.lone
            || (c.tok.1 == c.tok.0 + 1
                && c.kind == EntityKind::Person
                && c.strength == Strength::Weak
                && c.namelike
                && c.sense.is_none())
    }

    /// "Ruth and Tom Hale": a lone first name joined by "and" to a first
    /// name and surname shares the surname.
    fn relatives(&mut self, out: &mut [Candidate]) {
        for i in 1..out.len() {
            let (c, next) = (out[i - 1], out[i]);
            let t = c.tok.0;
            if c.tok.1 != t + 1
                || next.tok.0 != t + 2
                || next.tok.1 != next.tok.0 + 2
                || next.kind != EntityKind::Person
                || c.strength == Strength::Listed && c.kind != EntityKind::Person
                || !matches!(self.bytes(t + 1), b"and" | b"&")
                || !self.toks[t].is(CAP)
                || self.toks[t].is(ALLCAPS)
            {
                continue;
            }
            if self.lex(t) & L_FIRST == 0 || self.lex(next.tok.0) & L_FIRST == 0 {
                continue;
            }
            let s = self.toks[next.tok.0 + 1];
            let c = &mut out[i - 1];
            c.kind = EntityKind::Person;
            c.strength = c.strength.max(Strength::Rule);
            c.namelike = true;
            c.style = false;
            c.sense = None;
            c.surname = Some((s.start, s.end));
        }
    }

    /// Token `b` is the apostrophe ("’s", or "’" after a plural) of an
    /// unlisted English word inside an organization's name: capitalized
    /// words follow, the last of them, within four, an organization head
    /// ("Women’s Super League", "Children’s Hospital"). A listed name before
    /// it stays a name of its own ("Britain’s Labour Party").
    fn possessive_inside_name(&mut self, b: usize, hit_at: &[u32]) -> bool {
        let p = b - 1;
        let w = self.toks[p];
        // (this runs at every word a name grows by: the cheap tests first)
        if !w.is(CAP) || hit_at[p] != NONE || b + 1 >= self.toks.len() {
            return false;
        }
        if !w.is(POSSESSIVE) {
            // or the apostrophe after a plural: one byte or three
            let t = self.toks[b];
            if !matches!(t.end - t.start, 1 | 3) {
                return false;
            }
            let apostrophe = &self.text[t.start..t.end];
            if !(matches!(apostrophe, "’" | "'") && self.bytes(p).ends_with(b"s")) {
                return false;
            }
        }
        // ("St George’s Park", "St Thomas’ Hospital": a saint's name
        // before a head, English word or not)
        let saint = p > 0 && matches!(self.bytes(p - 1), b"St" | b"St." | b"Saint");
        if !saint && !self.has(p, L_COMMON) {
            return false;
        }
        let mut k = b + 1;
        while k < self.toks.len()
            && k <= b + 4
            && self.toks[k].is(CAP)
            && !self.toks[k].is(LINE_START)
        {
            let head = self.has(k, L_ORG_HEAD) || (saint && self.lists.place_head(self.word(k)));
            if head && !(k + 1 < self.toks.len() && self.toks[k + 1].is(CAP)) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// A capitalized common word at a sentence start or in a headline
    /// ("Bush", "Brown"): kept only if resolution finds it named elsewhere.
    fn style_capital(&mut self, i: usize, out: &mut Vec<Candidate>) {
        let t = self.toks[i];
        if !t.is(CAP) || t.informative_cap() || t.end - t.start < 3 {
            return;
        }
        let f = self.lex(i);
        if f & L_COMMON == 0 || f & (L_NEVER | L_TITLE) != 0 {
            return;
        }
        self.push_style(i, i + 1, out);
    }

    /// Pushes tokens `a..b` as a capital of style: kept only if
    /// resolution ties it to a name found elsewhere.
    fn push_style(&mut self, a: usize, b: usize, out: &mut Vec<Candidate>) {
        self.push_namelike(
            a,
            b,
            EntityKind::Organization,
            Strength::Unknown,
            false,
            out,
        );
        if let Some(c) = out.last_mut() {
            c.style = true;
        }
    }

    fn skip_the(&self, s: usize, e: usize) -> usize {
        if e - s > 1 && self.bytes(s) == b"The" {
            s + 1
        } else {
            s
        }
    }

    fn push_hit(&mut self, a: usize, b: usize, s: usize, team: bool, out: &mut Vec<Candidate>) {
        let listed = self.gaz.senses[s].kind;
        // "University of Texas" is listed as a populated place; its head
        // word says what the text means.
        let org_head = listed == EntityKind::Place
            && b - a >= 2
            && self.has(a, L_ORG_OF)
            && (a + 1..b).any(|k| self.bytes(k) == b"of");
        let kind = if team || org_head {
            EntityKind::Organization
        } else {
            listed
        };
        self.push(a, b, kind, Strength::Listed, Some(s), out);
    }

    #[inline(always)]
    fn push(
        &mut self,
        a: usize,
        b: usize,
        kind: EntityKind,
        strength: Strength,
        sense: Option<usize>,
        out: &mut Vec<Candidate>,
    ) {
        out.push(Candidate {
            start: self.toks[a].start,
            end: self.toks[b - 1].end,
            tok: (a, b),
            kind,
            strength,
            sense,
            namelike: kind == EntityKind::Person,
            style: false,
            lone: false,
            list_only: false,
            short_only: false,
            last_word_only: false,
            surname: None,
            fp: if b == a + 1
                && self.toks[a].is(CAP)
                && self.lex[a] & (L_DONE | L_ASCII) == L_DONE | L_ASCII
            {
                self.cap_fp[a]
            } else {
                0
            },
        });
    }

    fn push_namelike(
        &mut self,
        a: usize,
        b: usize,
        kind: EntityKind,
        strength: Strength,
        namelike: bool,
        out: &mut Vec<Candidate>,
    ) {
        self.push(a, b, kind, strength, None, out);
        if let Some(c) = out.last_mut() {
            c.namelike = namelike;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hit_slots_mark_the_hits_and_are_all_none_again_after() {
        let hit = |a, b| Accepted {
            a,
            b,
            sense: 0,
            common: false,
            team: false,
        };
        let mut buffer = Vec::new();
        for (n, accepted) in [(6, vec![hit(1, 3), hit(4, 5)]), (3, vec![hit(0, 1)])] {
            {
                let hits = HitSlots::mark(&mut buffer, n, &accepted);
                let mut want = vec![NONE; n];
                for (k, h) in accepted.iter().enumerate() {
                    want[h.a..h.b].fill(k as u32);
                }
                assert_eq!(hits.slots[..n], want[..]);
            }
            assert!(buffer.iter().all(|&h| h == NONE));
        }
    }

    #[test]
    fn contractions_with_either_apostrophe() {
        let mut lists = NameLists::new();
        lists.add_common_words("we\nyou\nthey\nhe\n");
        for (word, want) in [
            ("I’m", true),
            ("I'm", true),
            ("We're", true),
            ("We’re", true),
            ("Don’t", true),
            ("Can't", true),
            ("He’d", true),
            ("You’ve", true),
            ("They'll", true),
            ("O’Brien", false),
            ("D'Alema", false),
            ("Qur'an", false),
            ("Sa'd", false),
            ("Smith", false),
        ] {
            assert_eq!(is_contraction(word, &lists), want, "{word}");
        }
    }
}
