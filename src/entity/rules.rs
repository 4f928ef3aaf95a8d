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

use super::gazetteer::{case_fit, CaseFit, Gazetteer, Hit};
use super::tokens::{
    Token, ALLCAPS, CAP, CAPS_LINE, DIGIT, LINE_START, LOWER, POSSESSIVE, PUNCT, TABLE,
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
}

const NONE: u32 = u32::MAX;

/// Places this big keep their name even when it is an English word
/// ("China", "Turkey", "Chile").
const BIG_PLACE: u64 = 1_000_000;

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
    pub lex: Vec<u16>,
    /// A sports results story: place names are teams.
    pub sports_doc: bool,
}

const L_DONE: u16 = 1 << 15;
const L_SPEECH: u16 = 1 << 14;
const L_FIRST: u16 = words::W_FIRST;
const L_SURNAME: u16 = words::W_SURNAME;
const L_COMMON: u16 = words::W_COMMON;
const L_TITLE: u16 = words::W_TITLE;
const L_ROLE: u16 = words::W_ROLE;
const L_ORG_HEAD: u16 = words::W_ORG_HEAD;
const L_ORG_OF: u16 = words::W_ORG_OF;
const L_NEVER: u16 = words::W_NEVER;
const L_PREP: u16 = words::W_PREP;
const L_SPORTS: u16 = words::W_SPORTS_VERB;
const L_DATE_ABBR: u16 = words::W_DATE_ABBR;

impl<'a> Rules<'a> {
    #[inline]
    fn word(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The lexical classes of token `i`, computed on first use (only
    /// capitalized words and their neighbours are ever looked up).
    fn lex(&mut self, i: usize) -> u16 {
        let cached = self.lex[i];
        if cached & L_DONE != 0 {
            return cached;
        }
        let t = self.toks[i];
        let w = &self.text[t.start..t.end];
        let mut f = L_DONE;
        if t.is_word() {
            let l = self.lower.of(w);
            f |= self.lists.classes(l);
            if l == "i" {
                f |= L_NEVER;
            }
            if t.is(LOWER) && self.verbs.contains(w) {
                f |= L_SPEECH;
            }
        }
        self.lex[i] = f;
        f
    }

    #[inline]
    fn has(&mut self, i: usize, bits: u16) -> bool {
        self.lex(i) & bits != 0
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
        self.has(i, L_SPEECH)
    }

    /// Speech verb right after the name ("Zhang told") or right before it
    /// ("said Hung").
    fn speaker_position(&mut self, a: usize, b: usize) -> bool {
        let after = if b < self.toks.len() && self.toks[b].is(POSSESSIVE) {
            None
        } else {
            self.next_word(b.saturating_sub(1))
        };
        after.is_some_and(|n| self.is_speech_verb(n))
            || self.prev_word(a).is_some_and(|p| self.is_speech_verb(p))
    }

    fn title_before(&mut self, a: usize) -> bool {
        match self.prev_word(a) {
            Some(p) => {
                let f = self.lex(p);
                f & L_TITLE != 0 || (self.toks[p].is(LOWER) && f & L_ROLE != 0)
            }
            None => false,
        }
    }

    fn place_preposition_before(&mut self, a: usize) -> bool {
        match self.prev_word(a) {
            Some(p) if self.toks[p].is(LOWER) => self.has(p, L_PREP),
            _ => false,
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

    /// Decides whether the text is a sports results story: several lines of
    /// figures, or a headline opening with a sport ("SOCCER - ...").
    pub(crate) fn detect_sports(&mut self) {
        let mut tables = 0;
        for i in 0..self.toks.len() {
            let t = self.toks[i];
            if !t.is(LINE_START) {
                continue;
            }
            if t.is(TABLE) {
                tables += 1;
            }
            if t.is(CAPS_LINE) && t.is_word() {
                let l = self.lower.of(&self.text[t.start..t.end]);
                if self.lists.classes(l) & words::W_SPORT != 0 {
                    self.sports_doc = true;
                    return;
                }
            }
        }
        // Lines of figures alone may be prices or polls: a results story
        // also uses a sports verb ("beat", "drew", "v").
        if tables >= 3 {
            self.sports_doc = (0..self.toks.len()).any(|k| {
                let t = self.toks[k];
                t.is(LOWER) && t.end - t.start <= 9 && self.has(k, L_SPORTS)
            });
        }
    }

    /// Checks case and context of the raw hits; returns the accepted ones
    /// as token ranges with their chosen sense.
    pub(crate) fn accept_hits(&mut self, hits: &[Hit], out: &mut Vec<Accepted>) {
        out.clear();
        for h in hits {
            let a = self.toks.partition_point(|t| t.start < h.start);
            if a >= self.toks.len() || self.toks[a].start != h.start {
                continue;
            }
            let b = a + self.toks[a..].partition_point(|t| t.end <= h.end);
            if b == a || self.toks[b - 1].end != h.end {
                continue;
            }
            // A hit must start and end on capitalized words.
            if !self.toks[a].is(CAP) && !self.toks[a].is(DIGIT) {
                continue;
            }
            let found = &self.text[h.start..h.end];
            let single = b - a == 1;
            if single && (found.chars().count() == 1 || self.has(a, L_DATE_ABBR)) {
                continue;
            }
            // A one-word name that is also an English word ("Reading",
            // "Nice", "Bush") needs more than a capital: big places excepted
            // ("China", "Turkey").
            let big_place = (h.first..h.first + h.count).any(|s| {
                let sense = &self.gaz.senses[s];
                sense.kind == EntityKind::Place && sense.population >= BIG_PLACE
            });
            let common = single && !big_place && {
                let l = self.lower.of(found);
                self.lists.classes(l) & (L_COMMON | L_NEVER) != 0
            };
            let uninformative = !self.toks[a].informative_cap();
            if common && uninformative {
                continue;
            }
            let is_may = single && found.eq_ignore_ascii_case("may");
            if is_may {
                continue;
            }
            let caps_line = self.toks[a].is(CAPS_LINE);
            let prep = self.place_preposition_before(a);
            // A dateline ("LONDON 1996-08-30") names the place of writing.
            let dateline = self.toks[a].is(LINE_START)
                && b < self.toks.len()
                && self.toks[b].is(DIGIT)
                && self.word(b).contains('-');
            let sports = !dateline && (self.sports_context(a, b) || (self.sports_doc && !prep));
            let has_country = (h.first..h.first + h.count).any(|s| self.gaz.senses[s].country);
            let mut best: Option<(i32, usize)> = None;
            for s in h.first..h.first + h.count {
                let sense = &self.gaz.senses[s];
                let fit = case_fit(found, &sense.surface);
                let ok = match fit {
                    CaseFit::Exact => true,
                    CaseFit::Upper => caps_line || !common,
                    CaseFit::No => false,
                };
                if !ok {
                    continue;
                }
                let score = match sense.kind {
                    EntityKind::Person => 50,
                    EntityKind::Organization => {
                        if prep && !sports {
                            10
                        } else if sports && !has_country {
                            60
                        } else {
                            30
                        }
                    }
                    EntityKind::Group => 40,
                    EntityKind::Place => {
                        if common && !prep {
                            continue;
                        }
                        if sports && !sense.country {
                            20
                        } else if prep || sense.country || sense.population >= 100_000 {
                            45
                        } else {
                            25
                        }
                    }
                };
                if best.map_or(true, |(b, _)| score > b) {
                    best = Some((score, s));
                }
            }
            if let Some((_, sense)) = best {
                // Cities and counties in sports results are teams.
                let place = &self.gaz.senses[sense];
                let team = sports && place.kind == EntityKind::Place && !place.country;
                out.push(Accepted {
                    a,
                    b,
                    sense,
                    common,
                    team,
                });
            }
        }
    }

    /// True when token `i` can be part of a name.
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
            return false;
        }
        if t.informative_cap() {
            return true;
        }
        f & L_COMMON == 0 || f & L_TITLE != 0
    }

    /// Finds every candidate mention.
    pub(crate) fn candidates(
        &mut self,
        accepted: &[Accepted],
        hit_at: &mut Vec<u32>,
        out: &mut Vec<Candidate>,
    ) {
        out.clear();
        let n = self.toks.len();
        hit_at.clear();
        hit_at.resize(n, NONE);
        for (k, h) in accepted.iter().enumerate() {
            for h in &mut hit_at[h.a..h.b] {
                *h = k as u32;
            }
        }
        let hit_at = &hit_at[..];
        let mut i = 0;
        while i < n {
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
                while k < n
                    && k < b + 3
                    && self.toks[k].is(LOWER)
                    && self.has(k, words::W_CONNECTOR)
                {
                    k += 1;
                }
                if k > b && k < n && self.nameish(k, hit_at) && !self.toks[k].is(LINE_START) {
                    b = k + 1;
                    continue;
                }
                // "AT & T", "Procter & Gamble"
                if &self.text[t.start..t.end] == "&" && b + 1 < n && self.nameish(b + 1, hit_at) {
                    b += 2;
                    continue;
                }
                break;
            }
            self.run(a, b, accepted, hit_at, out);
            i = b;
        }
        self.domains(out);
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
        self.push_namelike(
            i,
            i + 1,
            EntityKind::Organization,
            Strength::Unknown,
            false,
            out,
        );
        if let Some(c) = out.last_mut() {
            c.style = true;
        }
    }

    /// Classifies the run of name tokens `a..b`.
    fn run(
        &mut self,
        a: usize,
        b: usize,
        accepted: &[Accepted],
        hit_at: &[u32],
        out: &mut Vec<Candidate>,
    ) {
        // A gazetteer name covering the run.
        if hit_at[a] != NONE {
            let Accepted {
                a: ha,
                b: hb,
                sense: s,
                ..
            } = accepted[hit_at[a] as usize];
            if ha == a && hb == b {
                let team = accepted[hit_at[a] as usize].team;
                self.push_hit(a, b, s, team, out);
                return;
            }
        }
        // Organization heads make the whole run one organization.
        if b - a >= 2 && !self.all_hit_persons(a, b, hit_at) {
            let has_of = (a + 1..b).any(|k| self.word(k) == "of");
            let head_last = self.has(b - 1, L_ORG_HEAD)
                && !self.toks[b - 1].is(LOWER)
                && (hit_at[b - 1] == NONE
                    || self.gaz.senses[accepted[hit_at[b - 1] as usize].sense].kind
                        != EntityKind::Organization);
            let head_first = has_of && self.has(a, L_ORG_OF);
            if head_last || head_first {
                let a = self.skip_the(a, b);
                self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
                return;
            }
        }
        // A team: a place with other unlisted names in a results story
        // ("Deportivo Coruna", "Bayern Munich").
        if self.sports_doc && b - a >= 2 && b - a <= 4 && (a..b).all(|k| self.toks[k].is_word()) {
            let places = (a..b)
                .filter(|&k| {
                    hit_at[k] != NONE
                        && self.gaz.senses[accepted[hit_at[k] as usize].sense].kind
                            == EntityKind::Place
                })
                .count();
            let others_plain = (a..b).all(|k| {
                hit_at[k] != NONE || (!self.is_common(k) && !self.has(k, L_FIRST | L_TITLE))
            });
            if places >= 1 && places < b - a && others_plain {
                self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
                return;
            }
        }
        // Otherwise split at gazetteer hits; classify what is between.
        let mut k = a;
        let mut stretch = a;
        while k < b {
            if hit_at[k] == NONE {
                k += 1;
                continue;
            }
            let Accepted {
                a: ha,
                b: hb,
                sense: s,
                common,
                team,
            } = accepted[hit_at[k] as usize];
            // A common word listed as a name does not split a longer name:
            // "World Cup" is not the newspaper "World".
            if common && b - a > 1 {
                k = hb;
                continue;
            }
            // A first name before a one-word place or group hit is a person
            // ("Jordan Henderson", "Paris Hilton" read the other way too).
            if self.person_over_hit(stretch, ha, hb, b, s) {
                let end = self.person_end(ha, b, hit_at);
                self.leftover(stretch, end.min(b), a, b, out);
                stretch = end.min(b);
                k = stretch;
                continue;
            }
            // A first name before a one-word place: "Michael Jordan",
            // "Paris Georgia" read as a person.
            if stretch < ha && hb - ha == 1 && hb <= b && self.first_name_then_hit(ha - 1, s) {
                if stretch < ha - 1 {
                    self.leftover(stretch, ha - 1, a, b, out);
                }
                self.push(ha - 1, hb, EntityKind::Person, Strength::Rule, None, out);
                k = hb;
                stretch = hb;
                continue;
            }
            if stretch < ha {
                self.leftover(stretch, ha, a, b, out);
            }
            let (ha, hb) = (ha.max(a), hb.min(b));
            self.push_hit(ha, hb, s, team, out);
            k = hb;
            stretch = hb;
        }
        if stretch < b {
            self.leftover(stretch, b, a, b, out);
        }
    }

    fn first_name_then_hit(&mut self, f: usize, sense: usize) -> bool {
        let kind = self.gaz.senses[sense].kind;
        if !matches!(kind, EntityKind::Place | EntityKind::Group) {
            return false;
        }
        let t = self.toks[f];
        t.is(CAP) && !t.is(ALLCAPS) && self.lex(f) & (L_FIRST | L_COMMON) == L_FIRST
    }

    fn all_hit_persons(&self, a: usize, b: usize, hit_at: &[u32]) -> bool {
        hit_at[a] != NONE && hit_at[b - 1] == hit_at[a]
    }

    /// Hit `ha..hb` is one word that a first name before it or a surname
    /// after it turns into part of a person's name.
    fn person_over_hit(
        &mut self,
        stretch: usize,
        ha: usize,
        hb: usize,
        b: usize,
        s: usize,
    ) -> bool {
        let kind = self.gaz.senses[s].kind;
        if hb - ha != 1 || !matches!(kind, EntityKind::Place | EntityKind::Group) {
            return false;
        }
        if self.gaz.senses[s].country && self.gaz.senses[s].population > 5_000_000 {
            return false;
        }
        // hit word is a first name followed by a surname-ish word
        if hb < b && (self.toks[hb].informative_cap() || self.toks[hb].is(CAPS_LINE)) {
            let first = self.lex(ha);
            let next = self.lex(hb);
            if first & L_FIRST != 0
                && next & (L_COMMON | L_ORG_HEAD) == 0
                && (next & L_SURNAME != 0 || !self.toks[hb].is(CAPS_LINE))
            {
                return true;
            }
        }
        let _ = stretch;
        false
    }

    fn person_end(&mut self, from: usize, b: usize, hit_at: &[u32]) -> usize {
        let mut e = from + 1;
        while e < b && (hit_at[e] == NONE || e == from + 1) {
            e += 1;
        }
        e
    }

    /// Classifies tokens `s..e` (no gazetteer hit inside) of the run `a..b`.
    fn leftover(
        &mut self,
        mut s: usize,
        mut e: usize,
        a: usize,
        b: usize,
        out: &mut Vec<Candidate>,
    ) {
        // trim connectors and punctuation at the edges
        while s < e && (!self.toks[s].is_word() || self.toks[s].is(LOWER)) {
            s += 1;
        }
        while e > s && (!self.toks[e - 1].is_word() || self.toks[e - 1].is(LOWER)) {
            e -= 1;
        }
        if s >= e {
            return;
        }
        // Titles: "President", "Mr.", "UN Ambassador".
        let mut titled = s > a && self.has(s - 1, L_TITLE);
        while s < e {
            let f = self.lex(s);
            if f & L_TITLE != 0 || (f & L_ROLE != 0 && e - s > 1) {
                titled = true;
                s += 1;
                if s < e && self.word(s) == "of" {
                    // "President of Chile", "Secretary of State": an office
                    titled = false;
                    s += 1;
                    continue;
                }
                while s < e && self.toks[s].is(LOWER) {
                    s += 1;
                }
            } else {
                break;
            }
        }
        if s >= e {
            return;
        }
        if s == a && !titled {
            titled = self.title_before(a);
        }
        let s = self.skip_the(s, e);
        // A first name inside: the person starts there.
        if !titled {
            if let Some(f) = (s..e.saturating_sub(1)).find(|&k| self.first_name_at(k, e)) {
                if f > s {
                    self.unknown_or_drop(s, f, a, b, out);
                }
                self.push(f, e, EntityKind::Person, Strength::Rule, None, out);
                return;
            }
        }
        if titled {
            self.push(s, e, EntityKind::Person, Strength::Rule, None, out);
            return;
        }
        self.unknown_or_drop(s, e, a, b, out);
    }

    /// `k` is a first name followed by a capitalized word that is no common
    /// word: "Michelle Bachelet", "Phil Simmons".
    fn first_name_at(&mut self, k: usize, e: usize) -> bool {
        if k + 1 >= e || !self.toks[k + 1].is(CAP) {
            return false;
        }
        let f = self.lex(k);
        if f & L_FIRST == 0 || (f & L_COMMON != 0 && !self.toks[k].informative_cap()) {
            return false;
        }
        let next = self.lex(k + 1);
        let next_ok = next & L_ORG_HEAD == 0 && (next & L_COMMON == 0 || next & L_SURNAME != 0);
        // initials and particles after the first name are fine
        next_ok || self.word(k + 1).ends_with('.')
    }

    /// A name that no strong rule classified: decide from context, or leave
    /// it to resolution as unknown.
    fn unknown_or_drop(
        &mut self,
        s: usize,
        e: usize,
        a: usize,
        b: usize,
        out: &mut Vec<Candidate>,
    ) {
        let single = e - s == 1;
        // "in May", "May 5": the month, not Theresa May
        if single && self.word(s) == "May" {
            let before = self
                .prev_word(s)
                .is_some_and(|p| self.has(p, words::W_MONTH_CONTEXT));
            let after = s + 1 < self.toks.len() && self.toks[s + 1].is(DIGIT);
            if before || after {
                return;
            }
        }
        if single
            && (self.word(s).trim_end_matches('.').chars().count() <= 1 || self.has(s, L_DATE_ABBR))
        {
            return; // a lone letter or initial, "Sept"
        }
        let informative = self.toks[s].informative_cap() || self.toks[s].is(CAPS_LINE);
        let all_common =
            (s..e).all(|k| !self.toks[k].is_word() || self.toks[k].is(LOWER) || self.is_common(k));
        let namelike = (s..e)
            .filter(|&k| self.toks[k].is_word() && !self.toks[k].is(LOWER))
            .all(|k| {
                let f = self.lex(k);
                f & (L_SURNAME | L_FIRST) != 0 && f & L_COMMON == 0
            });
        let speaker = self.speaker_position(a, b) && s == a && e == b;
        let titled = s == a && self.title_before(a);
        let sports = self.sports_context(a, b) && s == a && e == b;
        if titled || (speaker && !all_common) {
            self.push(s, e, EntityKind::Person, Strength::Rule, None, out);
            return;
        }
        if all_common {
            // "Western", "Related Articles": capitals of style, not names —
            // unless resolution finds the word as a name elsewhere.
            if single && informative {
                self.push_namelike(
                    s,
                    e,
                    EntityKind::Organization,
                    Strength::Unknown,
                    false,
                    out,
                );
                if let Some(c) = out.last_mut() {
                    c.style = true;
                }
            }
            return;
        }
        if namelike && (e - s <= 3) {
            self.push_namelike(s, e, EntityKind::Person, Strength::Weak, true, out);
            return;
        }
        if sports && single {
            self.push(s, e, EntityKind::Organization, Strength::Weak, None, out);
            return;
        }
        // Two or three capitalized words, none an English word, none an
        // organization head: most often a person's name ("Waqar Younis").
        // Name particles ("Joost van der Westhuizen") do not count.
        let particle = |r: &mut Self, k: usize| {
            r.toks[k].is(LOWER)
                && r.has(k, words::W_CONNECTOR)
                && !matches!(r.word(k), "of" | "for" | "on")
        };
        let capitals = (s..e).filter(|&k| !particle(self, k)).count();
        let name_shaped = (2..=3).contains(&capitals)
            && (s..e).all(|k| {
                particle(self, k)
                    || (self.toks[k].is_word()
                        && !self.toks[k].is(LOWER)
                        && !self.toks[k].is(ALLCAPS)
                        && !self.is_common(k))
            });
        // In a results story a lone unlisted name not followed by figures is
        // a player ("Hollioake took three wickets").
        let player = self.sports_doc
            && single
            && self.toks[s].informative_cap()
            && !self.toks[s].is(ALLCAPS)
            && !self.is_common(s);
        let name_shaped = name_shaped || player;
        let kind = if name_shaped || namelike {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
        let namelike = namelike || name_shaped;
        self.push_namelike(s, e, kind, Strength::Unknown, namelike, out);
        // In a line of capitals nothing says what an unlisted word is: keep
        // it only when the story names it elsewhere.
        if self.toks[s].is(CAPS_LINE) {
            if let Some(c) = out.last_mut() {
                c.style = true;
            }
        }
    }

    fn skip_the(&self, s: usize, e: usize) -> usize {
        if e - s > 1 && self.word(s) == "The" {
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
            && (a + 1..b).any(|k| self.word(k) == "of");
        let kind = if team || org_head {
            EntityKind::Organization
        } else {
            listed
        };
        self.push(a, b, kind, Strength::Listed, Some(s), out);
    }

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

    /// Web domains ("globalnews.ca", "hung@interreviewed.com") name
    /// organizations: a listed outlet whose squashed name is the label, and
    /// capitalized words equal to a label elsewhere in the text.
    fn domains(&mut self, out: &mut Vec<Candidate>) {
        let n = self.toks.len();
        let mut labels: Vec<(usize, Option<usize>)> = Vec::new();
        let mut locals: Vec<usize> = Vec::new();
        for k in 1..n.saturating_sub(2) {
            let t = self.toks[k];
            if !t.is_word() || self.word(k + 1) != "." || !self.toks[k + 2].is(LOWER) {
                continue;
            }
            if self.toks[k + 2].start != self.toks[k + 1].end || self.toks[k + 1].start != t.end {
                continue;
            }
            let tld = self.word(k + 2);
            if !matches!(
                tld,
                "com"
                    | "ca"
                    | "org"
                    | "net"
                    | "co"
                    | "uk"
                    | "gov"
                    | "news"
                    | "info"
                    | "au"
                    | "de"
                    | "fr"
                    | "in"
            ) {
                continue;
            }
            let prev = self.word(k - 1);
            if !matches!(prev, "@" | "/" | "." | "www") {
                continue;
            }
            if prev == "@" && k >= 2 && self.toks[k - 2].is_word() {
                locals.push(k - 2);
            }
            let label = self.lower.of(self.word(k));
            let sense = self.gaz.by_domain(label);
            labels.push((k, sense));
        }
        if labels.is_empty() {
            return;
        }
        for &(k, sense) in &labels {
            if let Some(s) = sense {
                self.push(
                    k,
                    k + 1,
                    EntityKind::Organization,
                    Strength::Listed,
                    Some(s),
                    out,
                );
            }
        }
        // Capitalized words spelled like a domain label are that organization.
        for c in out.iter_mut() {
            if c.tok.1 - c.tok.0 != 1 || c.strength == Strength::Listed {
                continue;
            }
            let w = &self.text[c.start..c.end];
            if labels
                .iter()
                .any(|&(k, _)| self.word(k).eq_ignore_ascii_case(w))
            {
                c.kind = EntityKind::Organization;
                c.strength = Strength::Rule;
                c.namelike = false;
                c.style = false;
            } else if locals.iter().any(|&k| self.word(k).eq_ignore_ascii_case(w)) {
                // "Hung ... hung@example.com": the writer's name
                c.kind = EntityKind::Person;
                c.strength = Strength::Rule;
                c.namelike = true;
                c.style = false;
            }
        }
        out.sort_by_key(|c| c.start);
    }
}
