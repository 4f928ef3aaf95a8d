//! What a run of capitalized words is: split at listed names, then an
//! organization by its head word, a person by a title, a first name or a
//! speech verb, a team in results, or an unknown name left to resolution.

use super::*;

/// A listed place of fewer people than this may be a first name before a
/// frequent surname ("Warwick Smith": Warwick, 82,000).
const TOWN_AS_FIRST_NAME: u64 = 200_000;

/// Runs of capitals longer than this are not one name.
const MAX_RUN_TOKENS: usize = 16;

impl Rules<'_> {
    /// Classifies the run of name tokens `a..b`.
    pub(super) fn run(
        &mut self,
        a: usize,
        b: usize,
        accepted: &[Accepted],
        hit_at: &[u32],
        out: &mut Vec<Candidate>,
    ) {
        self.place_after_run = b + 1 < self.toks.len()
            && hit_at[b + 1] != NONE
            && self.bytes(b) == b","
            && self.gaz.senses[accepted[hit_at[b + 1] as usize].sense].kind == EntityKind::Place;
        // No name is this long: a title-case line or a list of capitals;
        // nor does a name hold a capitalized "Who" or "Your": the title of
        // a work. Keep only the listed names in it, and in a title the
        // people it names by a first name ("His Name Is George Floyd").
        let title = (a + 1..b).any(|k| self.toks[k].is(CAP) && self.lists.title_word(self.word(k)));
        if b - a > MAX_RUN_TOKENS || title {
            let mut k = a;
            while k < b {
                if hit_at[k] == NONE {
                    let person = title
                        && k + 1 < b
                        && hit_at[k + 1] == NONE
                        && !self.lists.title_word(self.word(k + 1))
                        && self.first_name_at(k, b);
                    if person {
                        self.push(k, k + 2, EntityKind::Person, Strength::Rule, None, out);
                    }
                    k += if person { 2 } else { 1 };
                    continue;
                }
                let h = accepted[hit_at[k] as usize];
                let (ha, hb) = (h.a.max(a), h.b.min(b));
                self.push_hit(ha, hb, h.sense, h.team, out);
                k = hb.max(k + 1);
            }
            return;
        }
        // A gazetteer name covering the run.
        if hit_at[a] != NONE {
            let Accepted {
                a: ha,
                b: hb,
                sense: s,
                ..
            } = accepted[hit_at[a] as usize];
            if ha == a && hb == b {
                // a town named like a usual first name, after a title, is
                // the person: "her elder sister Susan" (not "the official
                // Kent house")
                let sense = &self.gaz.senses[s];
                let person = b == a + 1
                    && sense.kind == EntityKind::Place
                    && !sense.country
                    && sense.population < TOWN_AS_FIRST_NAME
                    && self.toks[a].informative_cap()
                    && !self.toks[a].is(ALLCAPS)
                    && self.has(a, L_FIRST)
                    && !self.lists.rare_first_name(self.bytes(a))
                    && self.prev_word(a).is_some_and(|p| self.has(p, L_TITLE));
                if person {
                    self.push(a, b, EntityKind::Person, Strength::Rule, None, out);
                    return;
                }
                let team = accepted[hit_at[a] as usize].team;
                self.push_hit(a, b, s, team, out);
                return;
            }
            // a listed organization and more capitals before a noun of
            // organization are one name: "the BBC Sport unit", "PC Pro magazine"
            let org = |r: &Self, h: u32| {
                r.gaz.senses[accepted[h as usize].sense].kind == EntityKind::Organization
            };
            if ha == a
                && hb < b
                && org(self, hit_at[a])
                && (hb..b).all(|k| hit_at[k] == NONE || org(self, hit_at[k]))
                && self.org_noun_after(b)
            {
                let a = self.skip_the(a, b);
                self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
                return;
            }
        }
        // A capitalized "Of" or "For" inside a name mid-sentence joins it
        // whole, also when a listed name follows it: "Sons Of Liberty
        // Media" is not "Liberty Media".
        if self.capital_of_inside(a, b) {
            let a = self.skip_the(a, b);
            self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        // A title inside the run: "Clark County Coroner John Fudenberg",
        // "Review-Journal Editor-in-Chief Keith Moyer": what stands before
        // it is no part of the person's name.
        if let Some(k) = self.title_inside(a, b) {
            let before = std::mem::replace(&mut self.before_title, true);
            self.run(a, k, accepted, hit_at, out);
            self.before_title = before;
            self.leftover(k, b, k, b, out);
            return;
        }
        // In a sports story an unlisted name in brackets after a player is
        // the club: "Frederic Michalak (Stade Toulousain)".
        if self.sports_doc
            && hit_at[a] == NONE
            && a >= 2
            && b < self.toks.len()
            && self.bytes(a - 1) == b"("
            && self.bytes(b) == b")"
            && self.toks[a - 2].is_word()
        {
            self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        // Two names run together: "with Sam Patel Open Water Trust", a list
        // without commas "Ana Ruiz Tom Hale".
        if let Some(k) = self
            .person_then_name(a, b)
            .filter(|&k| (a..k).all(|x| hit_at[x] == NONE))
        {
            self.leftover(a, k, a, k, out);
            self.run(k, b, accepted, hit_at, out);
            return;
        }
        // "David Wyss of Data Resources Inc.", "Dana Whitlock of The Daily
        // Ledger": a person, then where they work.
        if let Some(of) = self.person_of(a, b) {
            self.leftover(a, of, a, of, out);
            self.run(of + 1, b, accepted, hit_at, out);
            return;
        }
        // A lowercase "for" or "on" joins the words of an organization
        // ("Office for National Statistics", "Everytown for Gun Safety"),
        // not a person to another name: "Paul Laverty for Ken Loach",
        // "Pence on Trump", "Anna Moskwa on Twitter" are two, and so are a
        // place by its head and a name ("left Skerra Island for Cape
        // Wrath").
        if let Some(k) = (a + 1..b - 1).find(|&k| matches!(self.bytes(k), b"for" | b"on")) {
            let person = |r: &mut Self, x: usize, y: usize| {
                let listed = hit_at[x] != NONE
                    && r.gaz.senses[accepted[hit_at[x] as usize].sense].kind == EntityKind::Person;
                listed || (hit_at[x] == NONE && r.first_name_at(x, y))
            };
            let no_head = (a..k).all(|x| !self.has(x, L_ORG_HEAD | L_ORG_OF | L_ORG_NOUN));
            let split = no_head
                && (person(self, a, k)
                    || person(self, k + 1, b)
                    || ((a..k).all(|x| hit_at[x] == NONE) && self.place_run(a, k)));
            if split {
                self.run(a, k, accepted, hit_at, out);
                self.run(k + 1, b, accepted, hit_at, out);
                return;
            }
        }
        // Organization heads make the whole run one organization.
        if b - a >= 2 && !self.all_hit_persons(a, b, hit_at) {
            // (two or three bytes first: most words are neither)
            let of_word = |r: &Self, k: usize| {
                let t = r.toks[k];
                matches!(t.end - t.start, 2 | 3) && matches!(r.bytes(k), b"of" | b"for")
            };
            let of_at = (a + 1..b).find(|&k| of_word(self, k));
            let has_of = of_at.is_some();
            let head_last = (self.has(b - 1, L_ORG_HEAD) || self.hyphened_org_head(b - 1))
                && !self.toks[b - 1].is(LOWER)
                && (hit_at[b - 1] == NONE
                    || self.gaz.senses[accepted[hit_at[b - 1] as usize].sense].kind
                        != EntityKind::Organization);
            // "Bank of England", "Reserve Bank of Australia": a head word
            // before the first "of"
            // "Office for Budget Responsibility", "Institute for Fiscal Studies"
            let of_at = of_at.unwrap_or(a);
            let head_first = has_of && (a..of_at).any(|k| self.has(k, L_ORG_OF));
            if head_last || head_first {
                let a = self.skip_the(a, b);
                self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
                return;
            }
        }
        // English words in capitals after "the" before a listed one-word
        // organization are its full name: "the Business Roundtable".
        if self.common_words_before_org(a, b, accepted, hit_at) {
            self.push(a, b, EntityKind::Organization, Strength::Rule, None, out);
            return;
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
        // A role before two or three capitals makes them one person even
        // when a word of the name is a small place: "the Dutch athlete Femke
        // Bol", "striker Jordan Henderson".
        if (2..=3).contains(&(b - a))
            && self.toks[a].informative_cap()
            && (a..b).all(|k| self.toks[k].is(CAP) && !self.toks[k].is(ALLCAPS))
            && self.title_before(a)
            && (a..b).all(|k| {
                hit_at[k] == NONE || {
                    let h = accepted[hit_at[k] as usize];
                    let sense = &self.gaz.senses[h.sense];
                    h.b - h.a == 1
                        && matches!(sense.kind, EntityKind::Place | EntityKind::Person)
                        && !sense.country
                        && sense.population < BIG_PLACE
                }
            })
        {
            self.push(a, b, EntityKind::Person, Strength::Rule, None, out);
            return;
        }
        // Two small places run together name neither: "Midland Montagu" is a
        // bank, a place beside a place takes a comma ("Leeds, Bradford").
        if b - a == 2 && self.toks[a].informative_cap() && !self.toks[a].is(ALLCAPS) {
            let small_place = |r: &Self, k: usize| {
                hit_at[k] != NONE && {
                    let h = accepted[hit_at[k] as usize];
                    let sense = &r.gaz.senses[h.sense];
                    h.b - h.a == 1
                        && sense.kind == EntityKind::Place
                        && !sense.country
                        && sense.population < BIG_PLACE
                }
            };
            // (not a first name and a surname: "Esmeralda Pimentel")
            if small_place(self, a)
                && small_place(self, a + 1)
                && !(self.has(a, L_FIRST) && self.has(a + 1, L_SURNAME))
            {
                self.push(a, b, EntityKind::Organization, Strength::Weak, None, out);
                return;
            }
        }
        // Two one-word companies run together are a person named like
        // them when either word is a name and neither an English word:
        // "Gaia Vince" (Gaia, Inc. and Vince Holding; not "Commons
        // Treasury").
        if b - a == 2 && self.toks[a].informative_cap() && !self.toks[a].is(ALLCAPS) {
            let one_word_org = |r: &Self, k: usize| {
                hit_at[k] != NONE && {
                    let h = accepted[hit_at[k] as usize];
                    h.a == k
                        && h.b == k + 1
                        && r.gaz.senses[h.sense].kind == EntityKind::Organization
                }
            };
            if one_word_org(self, a)
                && one_word_org(self, a + 1)
                && !self.toks[a + 1].is(ALLCAPS)
                && (self.lex(a) | self.lex(a + 1)) & (L_FIRST | L_SURNAME) != 0
                && (self.lex(a) | self.lex(a + 1)) & L_COMMON == 0
            {
                self.push(a, b, EntityKind::Person, Strength::Rule, None, out);
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
                let mut end = self.person_end(ha, b, hit_at);
                // "Ana Sofia Delgado Zarate": a small place ends it
                if end + 1 == b && end >= stretch + 2 {
                    let h = accepted[hit_at[end] as usize];
                    if h.a == end && self.person_before_place(stretch, end, h.sense) {
                        end = b;
                    }
                }
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
            // A small place ending a person's name: "Jose Ines Garcia
            // Zarate", "John F Kennedy".
            if hb == b && self.person_before_place(stretch, ha, s) {
                self.push(stretch, b, EntityKind::Person, Strength::Rule, None, out);
                stretch = b;
                k = b;
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

    /// A capitalized title or role at `k` inside the run `a..b` (not its
    /// first word), the titles after it, then a capitalized word that is no
    /// title, role or organization head.
    fn title_inside(&mut self, a: usize, b: usize) -> Option<usize> {
        let titleish = |r: &mut Self, k: usize| {
            r.toks[k].is(CAP) && !r.toks[k].is(ALLCAPS) && r.has(k, L_TITLE | L_ROLE)
        };
        let k = (a + 1..b.saturating_sub(1)).find(|&k| titleish(self, k))?;
        if self.toks[k - 1].is(LOWER) || !self.toks[k - 1].is_word() {
            return None; // "Bank of England", "Smith, Secretary"
        }
        if (a..k).all(|x| titleish(self, x)) {
            return None; // titles opening the run: "Det Ch Supt"
        }
        let mut n = k + 1;
        while n < b && titleish(self, n) {
            n += 1;
        }
        let next_ok = n < b
            && self.toks[n].is(CAP)
            && (!self.has(n, L_ORG_HEAD | L_ORG_OF | L_COMMON | L_NEVER) || {
                let f = self.lex(n);
                self.first_name_after_title(n, f)
            });
        next_ok.then_some(k)
    }

    /// Where a second name starts in the run `a..b` of plain capitalized
    /// words (no hit, no connector) that opens with a first name and a
    /// surname: at a first name followed by a capital ("Ana Ruiz Tom
    /// Hale"), or at two or more words ending with an organization head
    /// ("Sam Patel Open Water Trust").
    fn person_then_name(&mut self, a: usize, b: usize) -> Option<usize> {
        if b - a < 4 || !self.first_name_at(a, b) || self.title_before(a) {
            return None;
        }
        let k = a + 2;
        let plain = |r: &mut Self, x: usize| {
            let t = r.toks[x];
            t.is(CAP) && !t.is(ALLCAPS) && !r.bytes(x).ends_with(b".") && !r.has(x, L_TITLE)
        };
        let surname = self.lex(a + 1);
        if !(a..b).all(|x| plain(self, x))
            || surname & L_ORG_HEAD != 0
            || surname & (L_COMMON | L_SURNAME) == L_COMMON
        {
            return None;
        }
        let second_person =
            self.first_name_at(k, b) && (k + 2 == b || self.first_name_at(k + 2, b) || b - k == 3);
        // a surname that is also a word ("Merrill Lynch Capital Markets")
        // may be an organization's own name
        let org = self.has(b - 1, L_ORG_HEAD)
            && !self.has(k, L_ORG_HEAD | L_ORG_OF)
            && surname & L_COMMON == 0;
        (second_person || org).then_some(k)
    }

    /// The "of" of a run `a..b` that is a person's name (a first name and
    /// one to three more words, or a titled name), "of" and a capitalized
    /// name after it; no organization head before the "of".
    fn person_of(&mut self, a: usize, b: usize) -> Option<usize> {
        // (titles opening the run count as a title before the name: "Det
        // Ch Supt Mark Kameen of Merseyside police")
        let start = a;
        let mut a = a;
        while a + 1 < b && self.toks[a].is(CAP) && self.has(a, L_TITLE) {
            a += 1;
        }
        let of = (a + 2..b.saturating_sub(1)).find(|&k| self.bytes(k) == b"of")?;
        if of - a > 4 || !self.toks[of + 1].is(CAP) && self.bytes(of + 1) != b"the" {
            return None;
        }
        if (a..of).any(|k| !self.toks[k].is(CAP) || self.has(k, L_ORG_HEAD | L_ORG_OF | L_TITLE)) {
            return None;
        }
        (a > start || self.first_name_at(a, of) || self.title_before(a)).then_some(of)
    }

    /// A lowercase noun of organization at `b`, or after one more
    /// lowercase word ("investment bank").
    fn org_noun_after(&mut self, b: usize) -> bool {
        let lower = |r: &Self, k: usize| k < r.toks.len() && r.toks[k].is(LOWER);
        if !lower(self, b) {
            return false;
        }
        let noun = self.has(b, L_ORG_NOUN)
            || (lower(self, b + 1) && !self.has(b, L_ORG_NOUN) && self.has(b + 1, L_ORG_NOUN));
        // (the speech verb list last: few words pass the test above)
        noun && !self.is_speech_verb(b)
    }

    pub(super) fn first_name_then_hit(&mut self, f: usize, sense: usize) -> bool {
        let kind = self.gaz.senses[sense].kind;
        if !matches!(kind, EntityKind::Place | EntityKind::Group) {
            return false;
        }
        let t = self.toks[f];
        t.is(CAP) && !t.is(ALLCAPS) && self.lex(f) & (L_FIRST | L_COMMON) == L_FIRST
    }

    /// Tokens `s..ha` (no hit among them) are a first name and one or two
    /// more words of a name, and the one-word hit at `ha` of sense `sense`
    /// is a place too small to stand beside a name: the surname.
    fn person_before_place(&mut self, s: usize, ha: usize, sense: usize) -> bool {
        let place = &self.gaz.senses[sense];
        if !(2..=3).contains(&(ha - s))
            || place.kind != EntityKind::Place
            || place.country
            || place.population >= BIG_PLACE
            || self.toks[ha].is(ALLCAPS)
            || self.before_title
        {
            return false;
        }
        let plain = (s..=ha).all(|x| {
            let t = self.toks[x];
            x == s || (t.is(CAP) && t.is_word() && !t.is(LINE_START))
        });
        plain && self.first_name_at(s, ha)
    }

    pub(super) fn all_hit_persons(&self, a: usize, b: usize, hit_at: &[u32]) -> bool {
        hit_at[a] != NONE && hit_at[b - 1] == hit_at[a]
    }

    /// Hit `ha..hb` is one word that a first name before it or a surname
    /// after it turns into part of a person's name.
    pub(super) fn person_over_hit(
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
        // a first name, a name particle and a capital: "Mara de Wit"
        if hb + 1 < b
            && self.toks[hb].is(LOWER)
            && self.name_particle(hb)
            && self.toks[hb + 1].is(CAP)
            && self.lex(ha) & L_FIRST != 0
        {
            return true;
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
            // A town (or a group's word that is a usual first name) named
            // like a first name before a surname that is no place's head:
            // one of the most frequent ones ("Warwick Smith", "Cary
            // Grant", "Christian Porter"; not "Walton Hall", "Russian
            // Booker"), or, after a town named like a usual first name
            // mid-sentence, any census surname of three letters or more
            // that heads no name ("Norman Wisdom", "Bruce Banner"; not
            // "Kent Police", "Preston Road", "Virginia Democrats", nor a
            // pronoun that is a surname too: "Miranda He presented"). A
            // city's sides and streets are not people ("Leeds West",
            // "Texas Parks").
            let sense = &self.gaz.senses[s];
            let usual_first = first & L_FIRST != 0 && !self.lists.rare_first_name(self.bytes(ha));
            let town_first = !sense.country
                && sense.population < TOWN_AS_FIRST_NAME
                && !self.toks[hb].is(ALLCAPS)
                && !self.lists.place_head(self.word(hb));
            let not_a_name = L_ORG_HEAD | L_ORG_OF | L_TITLE | L_ROLE | L_NEVER | L_ORG_NOUN;
            if town_first
                && (kind == EntityKind::Place || usual_first)
                && next & (L_SURNAME | L_ORG_HEAD | L_TITLE | L_ROLE) == L_SURNAME
                && self.lists.frequent_surname(self.bytes(hb))
            {
                return true;
            }
            if town_first
                && kind == EntityKind::Place
                && usual_first
                && self.toks[hb].informative_cap()
                && next & (L_SURNAME | not_a_name) == L_SURNAME
                && self.bytes(hb).len() > 2
                && !self.lists.named_after(self.word(hb))
            {
                return true;
            }
        }
        let _ = stretch;
        false
    }

    /// The run `a..b` is three or more capitalized words mid-sentence with
    /// a capital "Of" or "For" between two of them ("Sons Of Liberty
    /// Media", "Friends For Animals"): no headline capitalizes them.
    fn capital_of_inside(&self, a: usize, b: usize) -> bool {
        // (after a lowercase word: "from Sons Of Liberty Media"; a title
        // after a colon or "entitled" is a work, not an organization)
        b - a >= 3
            && a > 0
            && self.toks[a - 1].is(LOWER)
            && !matches!(
                self.bytes(a - 1),
                b"entitled" | b"titled" | b"called" | b"named"
            )
            && self.toks[a].informative_cap()
            && !self.toks[a].is(CAPS_LINE)
            && (a + 1..b - 1).any(|k| {
                let t = self.toks[k];
                t.end - t.start <= 3
                    && t.is(CAP)
                    && !t.is(ALLCAPS)
                    && matches!(self.bytes(k), b"Of" | b"For")
            })
            && (a..b).all(|k| self.toks[k].is(CAP) && !self.toks[k].is(SENT_START))
    }

    /// The name `s..e` is defined by an acronym of its initials right
    /// after it: "Network Rail (NR)", "Office for Budget Responsibility
    /// (OBR)". The text's own definition makes it an organization even
    /// when its words are English words.
    fn defined_by_acronym(&self, s: usize, e: usize) -> bool {
        let n = self.toks.len();
        if e - s < 2 || e + 2 >= n || self.bytes(e) != b"(" || self.bytes(e + 2) != b")" {
            return false;
        }
        let t = self.toks[e + 1];
        if !t.is(ALLCAPS) || !t.is_word() {
            return false;
        }
        let letters: String = self.word(e + 1).chars().filter(|&c| c != '.').collect();
        let initials: String = (s..e)
            .filter(|&k| self.toks[k].is(CAP))
            .filter_map(|k| self.word(k).chars().next())
            .collect();
        letters.chars().count() >= 2
            && letters.chars().count() == initials.chars().count()
            && crate::entity::resolve::abbreviates(&letters, &initials)
    }

    pub(super) fn person_end(&mut self, from: usize, b: usize, hit_at: &[u32]) -> usize {
        let mut e = from + 1;
        while e < b && (hit_at[e] == NONE || e == from + 1) {
            e += 1;
        }
        e
    }

    /// Classifies tokens `s..e` (no gazetteer hit inside) of the run `a..b`.
    pub(super) fn leftover(
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
                if s < e && self.bytes(s) == b"of" {
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
            // a lone title that is a surname too ("King told the
            // Guardian" after "David King"), not a noun after a word
            // ("the Pope said"): kept for resolution to tie
            if e - a == 1
                && self.toks[a].is(CAP)
                && self.has(a, L_SURNAME)
                && !(a > 0 && self.toks[a - 1].is(LOWER))
            {
                self.push_style(a, e, out);
                if let Some(c) = out.last_mut() {
                    c.last_word_only = true;
                }
            }
            return;
        }
        // a lone letter after a title is no one: "Gen Z"; nor is an
        // English word no list gives as a name: "Doctor Who", "Captain
        // Marvel" (a capital of style, which a name elsewhere may claim)
        if titled && e - s == 1 && self.word(s).chars().nth(1).is_none() {
            return;
        }
        // (after "Mr", "Dr." or another short title any word is a name:
        // "Mr Jobs")
        let honorific = s > 0 && {
            let t = self.word(s - 1);
            t.len() <= 3 || t.ends_with('.')
        };
        if titled
            && !honorific
            && e - s == 1
            && self.lex(s) & (L_COMMON | L_FIRST | L_SURNAME) == L_COMMON
        {
            self.push_style(s, e, out);
            return;
        }
        if s == a && !titled {
            titled = self.title_before(a);
        }
        let s = self.skip_the(s, e);
        // "its Sandoz unit", "Sal Oppenheim investment bank"
        if !titled && e == b && self.org_noun_after(b) {
            self.push(s, e, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        if !titled && self.place_run(s, e) {
            self.push(s, e, EntityKind::Place, Strength::Rule, None, out);
            return;
        }
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

    /// A comma and a person's role follow the name ending before token
    /// `e`: "Mick Lynch, general secretary of the RMT,", "Lee, the
    /// head coach,"; not a role another name takes ("Apple, chief
    /// executive Tim Cook") nor one an organization holds too ("Meta,
    /// owner of Facebook").
    /// The run `a..b` follows a lowercase "the" and is capitalized English
    /// words (no name's, title's or role's, each mid-sentence) before a
    /// listed organization of one word that ends it.
    fn common_words_before_org(
        &mut self,
        a: usize,
        b: usize,
        accepted: &[Accepted],
        hit_at: &[u32],
    ) -> bool {
        if b - a < 2 || a == 0 || self.bytes(a - 1) != b"the" || hit_at[b - 1] == NONE {
            return false;
        }
        let h = accepted[hit_at[b - 1] as usize];
        h.a == b - 1
            && self.gaz.senses[h.sense].kind == EntityKind::Organization
            && (a..b - 1).all(|k| {
                let t = self.toks[k];
                hit_at[k] == NONE
                    && t.is(CAP)
                    && !t.is(ALLCAPS)
                    && t.informative_cap()
                    && self.lex(k) & (L_COMMON | L_FIRST | L_SURNAME | L_TITLE | L_ROLE) == L_COMMON
            })
    }

    /// Token `s` stands after "the", "a" or "an" and before a mark that
    /// joins no name to it, a preposition or the end: "the Oscar.", "an
    /// Oscar for".
    fn thing_after_article(&mut self, s: usize) -> bool {
        let article = s > 0
            && self.toks[s - 1].is_word()
            && matches!(self.bytes(s - 1), b"the" | b"The" | b"a" | b"an" | b"An");
        // (not a name joined to more: "the Clinton/Feinstein ban", "a
        // Boris-continuity candidate", "the Johnson’s birthday")
        article
            && !self.toks[s].is(POSSESSIVE)
            && self.toks.get(s + 1).map_or(true, |t| {
                (!t.is_word() && !matches!(self.bytes(s + 1), b"-" | b"/" | b"&"))
                    // ("the Johnson of the Gray report" is the man)
                    || (t.is(LOWER)
                        && self.bytes(s + 1) != b"of"
                        && self.has(s + 1, L_PREP | L_CONNECTOR))
            })
    }

    /// A comma, an age (a number from 10 to 119) and a comma follow the
    /// name ending before token `e`: "Neymar, 30, was on the bench".
    fn age_after(&self, e: usize) -> bool {
        e + 2 < self.toks.len()
            && self.bytes(e) == b","
            && self.bytes(e + 2) == b","
            && matches!(
                self.bytes(e + 1),
                [b'1'..=b'9', b'0'..=b'9'] | [b'1', b'0'..=b'1', b'0'..=b'9']
            )
    }

    /// A comma, "the" and a noun of organization follow the name ending
    /// before token `e`, across a few modifiers and a possessor:
    /// "Monsanto, the longtime Roundup maker,", "Cineworld, the world’s
    /// second-largest cinema chain,".
    pub(super) fn org_noun_in_apposition(&mut self, e: usize) -> bool {
        let n = self.toks.len();
        if e + 2 >= n
            || self.bytes(e) != b","
            || !matches!(self.bytes(e + 1), b"the" | b"a" | b"an")
        {
            return false;
        }
        for k in e + 2..(e + 8).min(n) {
            let t = self.toks[k];
            if t.is(LINE_START) {
                return false;
            }
            if t.is(LOWER) && self.has(k, L_ORG_NOUN) {
                // the head, not a modifier of a person's role nor a
                // possessor: "a startup founder", "the company's boss"
                let modifier =
                    t.is(POSSESSIVE) || (k + 1 < n && self.has(k + 1, L_ROLE | L_ORG_NOUN));
                return !modifier;
            }
            // a person's role or a preposition first: "the English
            // professor among a group"
            if t.is(LOWER) && self.has(k, L_ROLE | L_PREP) {
                return false;
            }
            // modifiers: words and a possessor's "’s", no other mark
            if !t.is_word() && !self.toks[k - 1].is(POSSESSIVE) {
                return false;
            }
        }
        false
    }

    fn role_after(&mut self, e: usize) -> bool {
        if e + 1 >= self.toks.len() || self.bytes(e) != b"," {
            return false;
        }
        let mut k = e + 1;
        // ("Vivendi, its boss and ...": the boss is someone else's)
        if matches!(self.bytes(k), b"the" | b"a" | b"an") {
            k += 1;
        }
        for _ in 0..3 {
            if k >= self.toks.len() || !self.toks[k].is(LOWER) {
                return false;
            }
            if self.has(k, L_ROLE) {
                return !self.lists.org_role(self.word(k))
                    && !self.toks.get(k + 1).is_some_and(|t| t.is(CAP));
            }
            k += 1;
        }
        false
    }

    /// Token `k` is hyphenated and its last part an organization's head:
    /// "Review-Journal", "Post-Gazette", "Star-Ledger".
    fn hyphened_org_head(&self, k: usize) -> bool {
        let w = self.word(k);
        match w.rsplit_once('-') {
            // (the fingerprint folds ASCII case: no lowercase copy)
            Some((_, last)) if last.len() >= 3 && last.is_ascii() => {
                let fp = crate::entity::fingerprint::fingerprint(last.as_bytes());
                u32::from(self.lists.classes_of_bytes(last.as_bytes(), fp)) & L_ORG_HEAD != 0
            }
            _ => false,
        }
    }

    /// Tokens `s..e` name a place by their last word: "Clark County",
    /// "Goodison Park", "Dnieper River", English words too ("Orange
    /// County", "Wall Street"), a listed name too ("Stamford Bridge",
    /// "Sydney Harbour"); but a first name and a surname that is such a
    /// word are a person ("Stephen Park", "Lois Lane").
    fn place_run(&mut self, s: usize, e: usize) -> bool {
        if e - s < 2 || !self.toks[e - 1].is(CAP) {
            return false;
        }
        if self.lists.place_head(self.word(e - 1)) {
            // (a first name the census gives often, even an English word,
            // before a head that is a frequent surname is a person: "Harry
            // Hill", "Bookmaker William Hill"; not "Forest Hill", "Rose
            // Bay", "Victoria Park" or "St James Park")
            let before = e - 2;
            let person = self.toks[before].is(CAP)
                && !self.has(before, L_LISTED_PLACE_START)
                && (s..before).all(|k| self.is_common(k))
                && self.has(before, L_FIRST)
                && !self.lists.rare_first_name(self.bytes(before))
                && self.lists.frequent_surname(self.bytes(e - 1));
            // (four English words or more, a short one not a connector
            // among them, are a title: "Running Up That Hill", not "Border
            // Field State Park")
            let title = e - s > 3
                && (s..e).all(|k| self.toks[k].is(LOWER) || self.is_common(k))
                && (s + 1..e).any(|k| self.word(k).len() <= 3 && !self.has(k, L_CONNECTOR));
            // (a first name no English word and a surname: "Lois Lane",
            // unless the first is a listed place's start: "Victoria Park")
            let named = !title
                && !person
                && self.first_name_opens(s, e)
                && self.has(e - 1, L_SURNAME)
                && !self.has(s, L_LISTED_PLACE_START);
            return !(title || person || named);
        }
        // "Lake Titicaca", "Mount Kosciuszko": a head first, and no head
        // of an organization last ("Mount Sinai Hospital")
        self.toks[s].is(CAP)
            && self.lists.place_prefix(self.word(s))
            && self.lex(e - 1) & L_ORG_HEAD == 0
    }

    /// Context before the name at `s` (of the run starting at `a`) that
    /// makes it an organization: a capital "The" mid-sentence, a noun of
    /// organization ("energy company Burisma", "think-tank Demos"), a role
    /// and "at", "for", "of" or "with" ("an analyst at Stratfor").
    fn org_context_before(&mut self, s: usize, a: usize) -> bool {
        if s == a + 1 && self.bytes(a) == b"The" && self.toks[a].informative_cap() {
            return true;
        }
        if s != a || a == 0 || !self.toks[a - 1].is(LOWER) {
            return false;
        }
        let p = a - 1;
        if self.has(p, L_ORG_NOUN) {
            return true;
        }
        p > 0
            && matches!(self.bytes(p), b"at" | b"for" | b"of" | b"with")
            && self.toks[p - 1].is(LOWER)
            && self.has(p - 1, L_ROLE)
    }

    /// Tokens `s..e` are two or more words opening with a first name that
    /// is no English word ("Tessa Vane").
    /// Token `k`, after a first name, is a census surname that is no
    /// English word, no organization's head and none of `also` (classes
    /// `L_*`), or one of the most frequent surnames though it is an
    /// English word ("Tyler West", "Grace Young"; not a place's head:
    /// "Victoria Park").
    pub(super) fn surname_after_first_name(&mut self, k: usize, also: u32) -> bool {
        let f = self.lex(k);
        if f & (L_SURNAME | L_ORG_HEAD | also) != L_SURNAME {
            return false;
        }
        f & L_COMMON == 0
            || (self.lists.frequent_surname(self.bytes(k))
                && f & (L_TITLE | L_ROLE | L_NEVER) == 0
                && !self.lists.place_head(self.word(k))
                && !self.lists.named_after(self.word(k)))
    }

    /// Token `k` is two or more English words of two letters or more
    /// joined in one ASCII word, each from a capital after a lowercase
    /// letter: "WeWork", "LifeSiteNews" (a word's first capital, then
    /// those inside it).
    fn joined_english_words(&self, k: usize) -> bool {
        let w = self.bytes(k);
        if w.len() < 5 || w.len() > 24 || !w.is_ascii() {
            return false;
        }
        let mut parts = 0;
        let mut start = 0;
        for i in 1..=w.len() {
            let at_boundary =
                i == w.len() || (w[i].is_ascii_uppercase() && w[i - 1].is_ascii_lowercase());
            if !at_boundary {
                continue;
            }
            // (an ASCII word's classes are looked up whatever its case)
            let part = &self.word(k)[start..i];
            if part.len() < 2 || self.lists.classes(part) & words::W_COMMON == 0 {
                return false;
            }
            parts += 1;
            start = i;
        }
        parts >= 2
    }

    /// Tokens `s` and `s + 1` are a first name no list knows and a census
    /// surname, which may be an English word that is a first name too
    /// ("Raheem Sterling", "Aimen Dean"; not "Martian House"): a person, as
    /// no organization or place is named so; neither word is a title, a
    /// role or a head of another name.
    fn given_name_and_surname(&mut self, s: usize) -> bool {
        let (first, last) = (self.lex(s), self.lex(s + 1));
        let not_a_name = L_TITLE | L_ROLE | L_ORG_HEAD | L_ORG_NOUN | L_NEVER | L_PREP;
        !self.toks[s].is(ALLCAPS)
            && !self.toks[s + 1].is(ALLCAPS)
            && self.toks[s + 1].is(CAP)
            && (first | last) & not_a_name == 0
            && first & (L_COMMON | L_FIRST | L_SURNAME) == 0
            && last & L_SURNAME != 0
            && (last & L_COMMON == 0 || last & L_FIRST != 0)
            && !self.lists.group_word(self.bytes(s))
            && !self.lists.place_head(self.word(s + 1))
            && !self.lists.named_after(self.word(s + 1))
    }

    /// The one word at `s` is a whole name: no possessive, figure,
    /// capital or joining word after it carries the name on ("Women's
    /// Aid", "Climate 200", "Gambling with Lives", "Air India").
    fn name_ends_after(&mut self, s: usize) -> bool {
        let e = s + 1;
        if self.toks[s].is(POSSESSIVE) {
            return false;
        }
        let Some(&next) = self.toks.get(e) else {
            return true;
        };
        !next.is_word()
            || (next.is(LOWER)
                && !self.has(e, L_CONNECTOR)
                && !matches!(self.bytes(e), b"with" | b"against" | b"and"))
    }

    /// Tokens `s` and `s + 1` are two capitalized words, neither in
    /// capitals nor of the classes `not_a_name`, the first no word of a
    /// group and the second no place's head: what [`Rules::name_pair`] and
    /// [`Rules::surname_speaks_alone`] ask first.
    fn plain_capitals(&mut self, s: usize, not_a_name: u32) -> bool {
        self.toks[s].is(CAP)
            && self.toks[s + 1].is(CAP)
            && !self.toks[s].is(ALLCAPS)
            && !self.toks[s + 1].is(ALLCAPS)
            && (self.lex(s) | self.lex(s + 1)) & not_a_name == 0
            && !self.lists.group_word(self.bytes(s))
            && !self.lists.place_head(self.word(s + 1))
    }

    /// Tokens `s` and `s + 1` are two capitalized words, the first a first
    /// name or no English word, the second one of the most frequent
    /// surnames or no English word, and neither a word of titles, roles,
    /// organizations, places or groups: "Jofra Archer", "Pep Guardiola",
    /// "Zadie Smith" (not "Market Forces"; "Juicy Couture" is read so too).
    /// Most such pairs in news are people.
    fn name_pair(&mut self, s: usize) -> bool {
        let not_a_name =
            L_TITLE | L_ROLE | L_ORG_HEAD | L_ORG_NOUN | L_ORG_OF | L_NEVER | L_PREP | L_DATE_ABBR;
        if !self.plain_capitals(s, not_a_name) {
            return false;
        }
        let (first, last) = (self.lex(s), self.lex(s + 1));
        (first & L_COMMON == 0 || first & L_FIRST != 0)
            && (last & L_COMMON == 0
                || (last & L_SURNAME != 0 && self.lists.frequent_surname(self.bytes(s + 1))))
            && !self.lists.named_after(self.word(s + 1))
    }

    /// Tokens `s` and `s + 1` are two capitalized words, neither in
    /// capitals nor a word of titles, roles or organizations, the first no
    /// longer English word but a first name, whose second speaks alone
    /// elsewhere in the text: "Claes Bang" after which "Bang says" (the
    /// surname is an English word no census list holds often).
    fn surname_speaks_alone(&mut self, s: usize) -> bool {
        let not_a_name = L_TITLE | L_ROLE | L_ORG_HEAD | L_ORG_NOUN | L_ORG_OF | L_NEVER;
        self.plain_capitals(s, not_a_name)
            // (an English word first is a first name only when a short
            // one or a census one: "Pep Guardiola", not "Planet Morrison")
            && (self.lex(s) & (L_COMMON | L_FIRST) != L_COMMON || self.word(s).len() <= 4)
            && self.speaks_alone(s + 1)
    }

    fn first_name_opens(&mut self, s: usize, e: usize) -> bool {
        e - s >= 2 && self.lex(s) & (L_FIRST | L_COMMON) == L_FIRST
    }

    /// Tokens `s..e` open a quotation and end it within three more tokens
    /// (“Allahu Akbar”, “Dawson’s Creek”).
    fn quoted(&self, s: usize, e: usize) -> bool {
        let mark = |r: &Self, k: usize| matches!(r.word(k), "“" | "\"" | "”" | "‘");
        s > 0
            && self.toks[s - 1].is(PUNCT)
            && mark(self, s - 1)
            && (e..(e + 4).min(self.toks.len()))
                .take_while(|&k| !self.toks[k].is(SENT_END | LINE_START))
                .any(|k| matches!(self.word(k), "”" | "\"" | "’"))
    }

    /// `k` is a first name followed by a capitalized word that is no common
    /// word: "Michelle Bachelet", "Phil Simmons".
    pub(super) fn first_name_at(&mut self, k: usize, e: usize) -> bool {
        if k + 1 >= e || !self.toks[k + 1].is(CAP) {
            return false;
        }
        // an initial counts as a first name: "S. Waugh", "J. R. Ewing"
        let w = self.bytes(k);
        let initial = w.len() == 2 && w.ends_with(b".") && self.toks[k].is(CAP);
        let f = self.lex(k);
        // (a first name that is an English word tells by its capital, or
        // at a sentence start by the capital after it: "Grace Dent wrote")
        let tells = self.toks[k].informative_cap() || self.first_name_tells_at_start(k);
        if !initial && (f & L_FIRST == 0 || (f & L_COMMON != 0 && !tells)) {
            return false;
        }
        let next = self.lex(k + 1);
        let next_ok = next & L_ORG_HEAD == 0 && (next & L_COMMON == 0 || next & L_SURNAME != 0);
        // initials and particles after the first name are fine
        next_ok || self.bytes(k + 1).ends_with(b".")
    }

    /// Token `k` stands in a list of names: a comma, "and" or "or" follows
    /// it, or one comes before it and no lowercase word follows ("Zorbic
    /// officials" is a word of a group before its noun).
    fn in_list(&self, k: usize) -> bool {
        let joins = |r: &Self, j: usize| matches!(r.bytes(j), b"," | b"and" | b"or");
        let n = self.toks.len();
        (k + 1 < n && joins(self, k + 1))
            || (k > 0 && joins(self, k - 1) && !(k + 1 < n && self.toks[k + 1].is(LOWER)))
    }

    /// A name that no strong rule classified: decide from context, or leave
    /// it to resolution as unknown. [`Rules::leftover`] has ruled out a
    /// title before it (that makes a person there), so none is looked for.
    pub(super) fn unknown_or_drop(
        &mut self,
        s: usize,
        e: usize,
        a: usize,
        b: usize,
        out: &mut Vec<Candidate>,
    ) {
        let single = e - s == 1;
        // "in May", "May 5": the month, not Theresa May
        if single && self.bytes(s) == b"May" {
            let before = self
                .prev_word(s)
                .is_some_and(|p| self.has(p, words::W_MONTH_CONTEXT.into()));
            let after = s + 1 < self.toks.len() && self.toks[s + 1].is(DIGIT);
            if before || after {
                return;
            }
        }
        if single
            && (self.word(s).trim_end_matches('.').chars().nth(1).is_none()
                || self.has(s, L_DATE_ABBR))
        {
            return; // a lone letter or initial, "Sept"
        }
        if single && is_plural_of_letters(self.bytes(s)) {
            return; // "CBDCs", "SUVs": things counted, nobody's name
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
        // (the cheap tests first: most leftovers are not the whole run; a
        // speaker's place and a sports context decide nothing for a run of
        // common words, which is style below)
        let whole = s == a && e == b && !all_common;
        let speaker = whole && self.speaker_position(a, b);
        let sports = whole && self.sports_context(a, b);
        // a speech verb makes a person of a name's words, not of a run of
        // English words ("the union and Arriva North West said"; "said Alyn
        // Hockey" is a person)
        let speaker = speaker
            && !self.before_title
            && (self.first_name_opens(s, e)
                || (s..e)
                    .filter(|&k| {
                        self.toks[k].is(CAP)
                            && self.is_common(k)
                            && !self.has(k, L_FIRST | L_SURNAME)
                    })
                    .nth(1)
                    .is_none());
        // Letters and digits in one word no list knows are a code, not a
        // name: a postcode ("London N1"), a road ("the A40"), a vitamin
        // ("D3"), a chip ("M2"), an amount ("$US1.5m"), unless the text
        // makes an organization of it ("the charity Care4Calais",
        // "Grow2Know said")
        if single && is_code(self.bytes(s)) {
            if speaker || self.org_context_before(s, a) {
                self.push(s, e, EntityKind::Organization, Strength::Rule, None, out);
            }
            return;
        }
        // "Islamic", "Stalinists", "Martian": a word of a group or a
        // creed, not a name (listed groups were matched before), unless
        // a list of places or organizations it stands in makes it one
        // ("to Astrobotic, Intuitive Machines and OrbitBeyond")
        if single
            && !namelike
            && !self.toks[s].is(ALLCAPS | POSSESSIVE)
            && self.lists.group_word(self.bytes(s))
        {
            if !all_common && self.toks[s].is(CAP) && self.in_list(s) {
                self.push_style(s, e, out);
                if let Some(c) = out.last_mut() {
                    c.lone = true;
                    c.list_only = true;
                }
            } else if self.toks[s].is(CAP) {
                // (kept as a capital of style: a surname shaped like one,
                // "says Hammans" after "Chris Hammans", is still tied)
                self.push_style(s, e, out);
                if let Some(c) = out.last_mut() {
                    c.last_word_only = true;
                }
            }
            return;
        }
        // One unlisted word before "said" that is on no list of names is
        // mostly a company ("Cofinec said"; "said Okonkwo" and "Okonkwo told
        // reporters" are people): a surname is tied to its full name by
        // resolution whatever its kind here.
        if speaker
            && single
            && !namelike
            && !all_common
            && e < self.toks.len()
            && matches!(self.bytes(e), b"said" | b"says")
        {
            // (a noun of organization before it is good evidence: "the oil
            // firm Brennix said")
            let strength = if self.org_context_before(s, a) {
                Strength::Rule
            } else {
                Strength::Weak
            };
            self.push(s, e, EntityKind::Organization, strength, None, out);
            return;
        }
        // "Neymar, 30,": an age set off by commas is a person's
        // (not a suffix cut from its name: "Richardson Jr, 33,")
        if single && !all_common && self.word(s).len() > 2 && self.age_after(e) {
            self.push(s, e, EntityKind::Person, Strength::Rule, None, out);
            return;
        }
        // "Monsanto, the longtime Roundup maker,": the organization the
        // appositive names
        if single
            && s == a
            && e == b
            && self.lex(s) & (L_COMMON | L_ORG_HEAD | L_DATE_ABBR) == 0
            && self.org_noun_in_apposition(e)
        {
            self.push(s, e, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        // English words joined in one capitalized word that speak are a
        // company, not a person: "WeWork said", "LifeSiteNews reported"
        // ("LeBron", "McDonald" join no two English words; elsewhere such
        // a word is as often a product: "AirPods")
        if speaker && single && self.joined_english_words(s) {
            self.push(s, e, EntityKind::Organization, Strength::Weak, None, out);
            return;
        }
        // An acronym speaks for an organization ("the RMT warned"), and so
        // does a name after "the" ("the Review-Journal reported"): people
        // take no article.
        let after_the = s > 0 && matches!(self.bytes(s - 1), b"the" | b"The");
        if speaker
            && single
            && !namelike
            && ((self.toks[s].is(ALLCAPS) && self.word(s).len() >= 2) || after_the)
        {
            self.push(s, e, EntityKind::Organization, Strength::Weak, None, out);
            return;
        }
        // (one word no list knows speaks as weak evidence: "Avanti told the
        // MP" is the company where the text calls it "the operator Avanti")
        if speaker && !all_common {
            let strength = if single && !namelike {
                Strength::Weak
            } else {
                Strength::Rule
            };
            self.push(s, e, EntityKind::Person, strength, None, out);
            return;
        }
        if !namelike && self.defined_by_acronym(s, e) {
            let s = self.skip_the(s, e);
            self.push(s, e, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        // A surname with its particle capitalized, of English words ("Ten
        // Hag said" after "Erik ten Hag"): kept only as the person's.
        if all_common
            && !single
            && self.toks[s].is(CAP)
            && !self.toks[s].is(ALLCAPS)
            && self.name_particle(s)
        {
            self.push_namelike(s, e, EntityKind::Person, Strength::Unknown, true, out);
            if let Some(c) = out.last_mut() {
                c.style = true;
                c.lone = true;
            }
            return;
        }
        // "the union Unison", "the charity Shelter", "the retailer Next": a
        // noun of organization before one English word capitalized
        // mid-sentence makes it the organization's name
        if all_common
            && single
            && s == a
            && s > 0
            && self.toks[s].informative_cap()
            && self.toks[s - 1].is(LOWER)
            && self.has(s - 1, L_ORG_NOUN)
            && self.lex(s) & (L_TITLE | L_ROLE | L_NEVER | L_ORG_HEAD | L_ORG_NOUN) == 0
            && self.name_ends_after(s)
        {
            self.push(s, e, EntityKind::Organization, Strength::Rule, None, out);
            return;
        }
        if all_common {
            // "Western", "Related Articles": capitals of style, not names —
            // unless resolution finds the word as a name elsewhere, or
            // the words as the short form of an organization named in
            // full ("Big Machine" after "Big Machine Records").
            if single && informative {
                self.push_style(s, e, out);
            } else if !single && e - s <= 3 && self.toks[s].informative_cap() && !self.before_title
            {
                self.push_style(s, e, out);
                if let Some(c) = out.last_mut() {
                    c.short_only = true;
                }
            }
            return;
        }
        // Places by their context: "Tavildara, Tajikistan", "the town of
        // Tavildara", a dateline "TAVILDARA 1996-08-30".
        let town_of = s >= 2
            && self.bytes(s - 1) == b"of"
            && matches!(
                self.bytes(s - 2),
                b"town"
                    | b"city"
                    | b"village"
                    | b"province"
                    | b"region"
                    | b"district"
                    | b"capital"
                    | b"port"
                    | b"island"
                    | b"county"
                    | b"suburb"
                    | b"outskirts"
                    | b"state"
            );
        let dateline = s == a
            && self.toks[a].is(LINE_START)
            && self.toks[a].is(ALLCAPS)
            && b < self.toks.len()
            && self.toks[b].is(DIGIT)
            && self.bytes(b).contains(&b'-');
        if town_of || dateline || (e == b && self.place_after_run && !namelike) {
            self.push(s, e, EntityKind::Place, Strength::Rule, None, out);
            return;
        }
        // Unlisted words filling a quotation are a phrase or a title, not a
        // name: “Allahu Akbar”, “Dawson’s Creek”.
        if self.quoted(s, e) {
            if single && self.toks[s].informative_cap() {
                self.push_style(s, e, out);
            }
            return;
        }
        // A name before the noun of a thing named after it, in lowercase
        // ("the Booker prize", "a Nobel prize") is no one there; the name
        // found elsewhere is still tied to it.
        if namelike
            && e < self.toks.len()
            && self.toks[e].is(LOWER)
            && self.lists.named_after(self.word(e))
        {
            self.push_style(s, e, out);
            return;
        }
        // A name after an article and before no word it modifies is a
        // thing named after someone: "won the Oscar.", "an Oscar for best
        // actress", "the Booker" ("the Trump administration" keeps its
        // person)
        if namelike && single && self.thing_after_article(s) {
            return;
        }
        if namelike && (e - s <= 3) && !self.before_title {
            // one name after "at" or "in" is where, not who: "ten years at
            // Chelsea" (a surname there is still tied to its full name)
            let place_word = single
                && s > 0
                && self.toks[s - 1].is(LOWER)
                && matches!(self.bytes(s - 1), b"at" | b"in");
            if place_word {
                self.push(s, e, EntityKind::Organization, Strength::Weak, None, out);
                return;
            }
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
        let particle = |r: &mut Self, k: usize| r.toks[k].is(LOWER) && r.name_particle(k);
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
        // A first name that is no English word and one capitalized word:
        // a person whatever the second word is ("Nicolas Mas", "Stevie
        // Wonder"; an organization's head made an organization above), but
        // for a thing named after someone ("Davis Cup", "Tony Award").
        // Particles between them count for nothing ("Erik ten Hag").
        let first_and_word = capitals == 2
            && (s + 1..e - 1).all(|k| particle(self, k))
            && self.toks[e - 1].is(CAP)
            && !self.toks[e - 1].is(ALLCAPS)
            && self.first_name_opens(s, e)
            && !self.lists.named_after(self.word(e - 1));
        // A first name that is also an English word and a surname that is
        // none: "Mick Lynch", "Rose Byrne".
        let first_and_surname = capitals == 2
            && e - s == 2
            && self.has(s, L_FIRST)
            && self.toks[e - 1].is(CAP)
            && !self.toks[e - 1].is(ALLCAPS)
            && self.surname_after_first_name(e - 1, 0);
        let name_shaped = name_shaped
            || player
            || first_and_word
            || first_and_surname
            || (capitals == 2 && e - s == 2 && self.given_name_and_surname(s))
            || (e - s == 2 && self.name_pair(s))
            || self.role_after(e)
            || (e - s == 2 && self.surname_speaks_alone(s));
        let kind = if name_shaped || namelike {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
        let namelike = namelike || name_shaped;
        // One unlisted word that no rule classified ("Stalin", "Palmyra",
        // "Lycra") is an organization by its context only: a noun of
        // organization before it ("security firm Sophos"), a role and a
        // preposition ("an analyst at Stratfor"), a capital "The" ("owner
        // of The Sockery"), or letters in capitals ("CPUSA"). Otherwise it
        // is kept only when resolution ties it to a name found elsewhere.
        if single && kind == EntityKind::Organization && !self.toks[s].is(ALLCAPS) {
            if self.org_context_before(s, a) {
                self.push(s, e, kind, Strength::Rule, None, out);
                return;
            }
            self.push_style(s, e, out);
            if let Some(c) = out.last_mut() {
                c.lone = true;
            }
            return;
        }
        // "MacBook Pro", "iPad Air", "Galaxy S22 Ultra": a model, not a
        // company (products are no names here)
        if kind == EntityKind::Organization
            && e - s >= 2
            && self.toks[e - 1].is(CAP)
            && self.lists.product_word(self.word(e - 1))
        {
            return;
        }
        self.push_namelike(s, e, kind, Strength::Unknown, namelike, out);
        // In a line of capitals nothing says what an unlisted word is, nor
        // does the capital of one word starting a sentence ("Handsets",
        // "Spammers", "Entrepreneurship"): keep it only when the story
        // names it elsewhere.
        let sentence_start =
            single && !namelike && !self.toks[s].informative_cap() && !self.toks[s].is(ALLCAPS);
        if self.toks[s].is(CAPS_LINE) || sentence_start {
            if let Some(c) = out.last_mut() {
                c.style = true;
            }
        }
    }
}

/// Two or more capitals and a final lowercase "s": the plural of an
/// acronym ("CBDCs", "SUVs", "IPOs").
fn is_plural_of_letters(w: &[u8]) -> bool {
    match w.split_last() {
        Some((b's', caps)) => caps.len() >= 2 && caps.iter().all(u8::is_ascii_uppercase),
        _ => false,
    }
}

/// An ASCII word of letters and digits, both: "N1", "A40", "PM2",
/// "Care4Calais" (a hyphen inside too: "PD-L1").
fn is_code(w: &[u8]) -> bool {
    w.iter().any(u8::is_ascii_digit)
        && w.iter().any(u8::is_ascii_alphabetic)
        && w.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
}
