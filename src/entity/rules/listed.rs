//! What a listed name means where it stands: its case against the text,
//! and which of its senses the context wants (a place after "in", a team
//! in sports results, a dateline's place, an English word only with more
//! than a capital).

use super::*;
use crate::entity::gazetteer::{case_fit, CaseFit, Hit};

impl Rules<'_> {
    /// Decides whether the text is a sports results story: several lines of
    /// figures, or a headline opening with a sport ("SOCCER - ...").
    pub(crate) fn detect_sports(&mut self) {
        let mut tables = 0;
        // (eight tokens at a time: lines start seldom, and one test of the
        // eight flags together passes over most tokens)
        for chunk in self.toks.chunks(8) {
            if chunk.iter().fold(0, |any, t| any | t.flags) & LINE_START == 0 {
                continue;
            }
            for &t in chunk {
                if t.flags & LINE_START == 0 {
                    continue;
                }
                tables += usize::from(t.is(TABLE));
                if t.is(CAPS_LINE) && t.is_word() {
                    // an ASCII word needs no lowercase copy: the lookup
                    // folds case
                    let w = &self.text[t.start..t.end];
                    let l = if w.is_ascii() { w } else { self.lower.of(w) };
                    if self.lists.classes(l) & words::W_SPORT != 0 {
                        self.sports_doc = true;
                        return;
                    }
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

    /// Whether a story in prose names national sides: countries followed by
    /// a word of sport ("France coach", "Ireland's squad", "the Wales
    /// game") or after one ("against Wales", "defeated England"), three
    /// times, once at least followed by one. There every country is a team,
    /// as a careful reader lists it (results tables keep CoNLL's reading of
    /// countries as places: they are sports stories already).
    fn names_national_sides(&mut self, hits: &[Hit]) -> bool {
        let (mut after, mut before) = (0, 0);
        for h in hits {
            if !(h.first..h.first + h.count).any(|s| self.gaz.senses[s].country) {
                continue;
            }
            let (a, mut b) = h.tok;
            if self.toks[b - 1].is(POSSESSIVE) {
                b += 1; // the "’s"
            }
            if b < self.toks.len() && self.toks[b].is(LOWER) && self.has(b, L_SPORT_WORD) {
                after += 1;
            } else if a > 0 && self.toks[a - 1].is(LOWER) && self.has(a - 1, L_SPORT_WORD) {
                before += 1;
            }
            if after >= 1 && after + before >= 3 {
                return true;
            }
        }
        false
    }

    /// Hit `h` of one word at token `a` is a usual first name, no listed
    /// person nor group ("Irish"), and a census surname follows that is no
    /// English word, first name or listed organization ("Jordan
    /// Henderson", not "Tory MPs", "Irish Sea", "France Telecom", "Tory
    /// Harold Macmillan"; "Ariana" is a rare first name). A small place
    /// that is no English word counts as a first name the census lacks
    /// ("Clive Palmer", "Paco Calvo"), but not after "in" or "at".
    fn first_name_before_surname(&mut self, a: usize, h: &Hit, next: Option<&Hit>) -> bool {
        let n = self.toks.len();
        let next_org = next.is_some_and(|x| {
            x.tok.0 == a + 1
                && self.gaz.senses[x.first..x.first + x.count]
                    .iter()
                    .any(|s| s.kind == EntityKind::Organization)
        });
        let senses = &self.gaz.senses[h.first..h.first + h.count];
        let small_place = senses.iter().all(|s| {
            // (a region's population is not listed: "Queensland Hansard")
            s.kind == EntityKind::Place && !s.country && (1..SMALL_PLACE).contains(&s.population)
        });
        // (after a first name, one more first name is a list: "Tory Harold
        // Macmillan"; after a place it is the surname: "Clive Palmer")
        let first_mask = if self.has(a, L_FIRST) { L_FIRST } else { 0 };
        let first_name = if self.has(a, L_FIRST) {
            !self.lists.rare_first_name(self.bytes(a))
        } else {
            small_place && !self.has(a, L_COMMON) && !self.place_preposition_before(a)
        };
        let next_word_ok = a + 1 < n
            && !next_org
            && !self.toks[a + 1].is(LINE_START)
            && self.toks[a + 1].is(CAP)
            && !self.toks[a + 1].is(ALLCAPS)
            && !self.toks[a].is(ALLCAPS)
            // ("Mercedes Benz" is "Mercedes-Benz")
            && !senses
                .iter()
                .any(|s| s.canonical.contains(self.word(a + 1)));
        // A club named like a usual first name ("Chelsea") before any
        // surname, English word or not, or a first name: "Chelsea Manning",
        // "Chelsea Clinton"; not before the head of an organization or a
        // place, nor a plain English word ("Chelsea Women", "Chelsea
        // Bridge").
        // (a rare first name too after a title or a role, or before a
        // last word that is a surname and no English word: "business
        // secretary Vince Cable", "Vince Vaughn", Vince being a listed
        // company)
        let club = senses.iter().all(|s| s.kind == EntityKind::Organization)
            && self.lex(a) & (L_FIRST | L_COMMON) == L_FIRST
            && (!self.lists.rare_first_name(self.bytes(a))
                || self.title_before(a)
                || (a + 1 < n
                    && self.lex(a + 1) & (L_SURNAME | L_COMMON | L_ORG_HEAD) == L_SURNAME
                    // (not a name after a party's: "Tory Harold Macmillan")
                    && !self.toks.get(a + 2).is_some_and(|t| t.is(CAP))));
        if club {
            return next_word_ok && {
                let next = self.lex(a + 1);
                next & L_ORG_HEAD == 0
                    && (next & L_COMMON == 0 || next & (L_SURNAME | L_FIRST) != 0)
                    && !self.lists.place_head(self.word(a + 1))
            };
        }
        // (a frequent surname that is an English word follows a census
        // first name only: "Tyler West", not "Kanye West" as the town)
        next_word_ok
            && first_name
            && if self.has(a, L_FIRST) {
                self.surname_after_first_name(a + 1, first_mask)
            } else {
                self.lex(a + 1) & (L_SURNAME | L_COMMON | L_ORG_HEAD) == L_SURNAME
            }
            && !senses
                .iter()
                .any(|s| matches!(s.kind, EntityKind::Person | EntityKind::Group))
            && (!self.has(a, L_FIRST) || self.first_name_at(a, n))
    }

    /// Token `a - 1`, before the `i`-th of `hits` at token `a`, is a
    /// capitalized word no hit ends with and no list names as an English
    /// word, a title, a head or any of `also` (classes `L_*`): the first
    /// name of someone the lists do not know ("Faisal", "Sofie").
    fn unlisted_word_before(&mut self, a: usize, i: usize, hits: &[Hit], also: u32) -> bool {
        a > 0
            && (i == 0 || hits[i - 1].tok.1 < a)
            && self.toks[a - 1].is(CAP)
            && !self.toks[a - 1].is(ALLCAPS)
            && self.lex(a - 1) & (L_COMMON | L_NEVER | L_TITLE | L_ORG_HEAD | also) == 0
    }

    /// The one-word hit `h` (`i`-th of `hits`) at token `a` names only
    /// places under [`BIG_PLACE`], no country, and is a census first name
    /// or surname standing where a person does: a speaker's place (a town
    /// of known population), or after a capitalized word no list holds (no
    /// hit ends there, no census first name: those are decided elsewhere).
    fn place_is_person(&mut self, a: usize, h: &Hit, i: usize, hits: &[Hit]) -> bool {
        let senses = &self.gaz.senses[h.first..h.first + h.count];
        let small = senses
            .iter()
            .all(|s| s.kind == EntityKind::Place && !s.country && s.population < BIG_PLACE);
        // (a region's or a state's population is not listed: "Florida said"
        // is the state's government)
        let town = senses.iter().all(|s| s.population > 0);
        if !small || self.toks[a].is(ALLCAPS) {
            return false;
        }
        if self.lex(a) & (L_SURNAME | L_FIRST) == 0 {
            // a surname the census lacks, named like a small place, after
            // an unlisted word, where a speaker stands: "Clément Beaune
            // said"
            return a > 0
                && self.unlisted_word_before(a, i, hits, L_PREP | L_FIRST)
                && self.speaker_position(a - 1, a + 1);
        }
        // ("St Vincent hospital", "St Kilda": a saint's place; a census
        // first name before a place is decided elsewhere,
        // [`Rules::first_name_then_hit`])
        // (in a sports story a town after a name is a club's: only a
        // speaker is a person there, "Southgate said")
        let after_name = a > 0
            && !self.sports_doc
            && !matches!(self.bytes(a - 1), b"St" | b"St." | b"Saint")
            && self.unlisted_word_before(a, i, hits, L_PREP | L_FIRST);
        // (not "a judge in Florida told", "in Widnes, Cheshire, said")
        let speaker = town
            && !self.place_preposition_before(a)
            && !(a > 0 && self.bytes(a - 1) == b",")
            && self.speaker_position(a, a + 1);
        after_name || speaker
    }

    /// The tokens from `b`, right after a hit and starting no other
    /// (`next`), are capitalized words that end a place's name and the
    /// capitals there ([`NameLists::place_head`]): "Bridge" after
    /// "Stamford", "River Valley" after "Ohio", not "County Superior
    /// Court" after "Santa Barbara".
    fn place_head_after(&self, b: usize, next: Option<&Hit>) -> bool {
        let mut k = b;
        while k < self.toks.len()
            && self.toks[k].is(CAP)
            && !self.toks[k].is(ALLCAPS)
            && self.lists.place_head(self.word(k))
        {
            k += 1;
        }
        k > b && next.map_or(true, |n| n.tok.0 >= k) && !self.toks.get(k).is_some_and(|t| t.is(CAP))
    }

    /// Checks case and context of the raw hits; returns the accepted ones
    /// as token ranges with their chosen sense.
    pub(crate) fn accept_hits(&mut self, hits: &[Hit], out: &mut Vec<Accepted>) {
        out.clear();
        let national_sides = !self.sports_doc && self.names_national_sides(hits);
        if national_sides {
            self.sports_doc = true;
        }
        for (i, h) in hits.iter().enumerate() {
            // the tokens the gazetteer matched (tokens are in text order
            // and do not overlap, so no search is needed)
            let (a, b) = h.tok;
            debug_assert!(self.toks[a].start == h.start && self.toks[b - 1].end == h.end);
            // A hit must start and end on capitalized words.
            if !self.toks[a].is(CAP) && !self.toks[a].is(DIGIT) {
                continue;
            }
            let found = &self.text[h.start..h.end];
            let single = b - a == 1;
            // A lone letter, "Sept", a month, a contraction or a word of
            // capitals that names no one ("CEO", "TV", "I’m") is no name,
            // whatever a list's alias says.
            let one_char = |w: &str| {
                let mut chars = w.chars();
                chars.next().is_some() && chars.next().is_none()
            };
            if single && (one_char(found) || self.has(a, L_DATE_ABBR | L_NEVER)) {
                continue;
            }
            // A one-word name that is also an English word ("Reading",
            // "Nice", "Bush") needs more than a capital: big places excepted
            // ("China", "Turkey").
            // (one walk over the senses for both questions asked of them)
            let (mut big_place, mut has_country) = (false, false);
            for sense in &self.gaz.senses[h.first..h.first + h.count] {
                big_place |= sense.kind == EntityKind::Place && sense.population >= BIG_PLACE;
                has_country |= sense.country;
            }
            let common = single && !big_place && self.has(a, L_COMMON | L_NEVER);
            let uninformative = !self.toks[a].informative_cap();
            if common && uninformative {
                continue;
            }
            let is_may = single && found.eq_ignore_ascii_case("may");
            if is_may {
                continue;
            }
            // A place or a club that is a first name, before a surname, is
            // a person's name: "Jordan Henderson", "Everton Gomes",
            // "Chelsea Handler" (a listed person keeps the hit).
            if single && self.first_name_before_surname(a, h, hits.get(i + 1)) {
                continue;
            }
            // A small place named like a person is the person where one
            // stands: as a speaker ("Jackson said", "said Hagen"), or as
            // the surname after an unlisted first name ("Sofie Hagen",
            // "Liv Garfield", "Deng Bibo").
            if single && self.place_is_person(a, h, i, hits) {
                continue;
            }
            // A town's name with a noun of organization in apposition is a
            // company's: "Monsanto, the longtime Roundup maker," (after
            // "in" or "of" it is a place in a longer name: "Citizens for
            // Responsibility and Ethics in Washington, a watchdog group")
            if single
                && !(a > 0 && self.toks[a - 1].is(LOWER) && self.has(a - 1, L_PREP | L_CONNECTOR))
                && self.gaz.senses[h.first..h.first + h.count].iter().all(|s| {
                    s.kind == EntityKind::Place
                        && !s.country
                        && (1..BIG_PLACE).contains(&s.population)
                })
                && self.org_noun_in_apposition(b)
            {
                continue;
            }
            // A group named like a surname after an unlisted name is that
            // surname: "Faisal Islam", "Yusuf Islam"; so is a company
            // after a first name: "Anne Lister", "Michael Dell".
            if single
                && self.gaz.senses[h.first..h.first + h.count]
                    .iter()
                    // (the group's own name, not a demonym's form:
                    // "Maronite Christian", "Citipointe Christian")
                    .all(|s| {
                        (s.kind == EntityKind::Group && s.surface == s.canonical)
                            || s.kind == EntityKind::Organization
                    })
                && self.lex(a) & L_SURNAME != 0
                && self.unlisted_word_before(a, i, hits, 0)
                && (self.gaz.senses[h.first].kind == EntityKind::Group || self.has(a - 1, L_FIRST))
            {
                continue;
            }
            // A listed name before the word of a place is that place's
            // name, found unlisted: "Stamford Bridge", "Sydney Harbour",
            // "Trump Tower".
            if self.place_head_after(b, hits.get(i + 1)) {
                // (the run is a place even when the listed name is also a
                // first name: "Sydney Harbour")
                self.lex(a);
                self.lex[a] |= L_LISTED_PLACE_START;
                continue;
            }
            let caps_line = self.toks[a].is(CAPS_LINE);
            let prep = self.place_preposition_before(a);
            // A dateline ("LONDON 1996-08-30") names the place of writing.
            let dateline = self.toks[a].is(LINE_START)
                && b < self.toks.len()
                && self.toks[b].is(DIGIT)
                && self.bytes(b).contains(&b'-');
            let sports = !dateline && ((self.sports_doc && !prep) || self.sports_context(a, b));
            let mut best: Option<(i32, usize)> = None;
            // A sense the text writes as a titled acronym: taken after the
            // loop, when no other sense fits.
            let mut titled = None;
            for s in h.first..h.first + h.count {
                let sense = &self.gaz.senses[s];
                let fit = case_fit(found, &sense.surface);
                let ok = match fit {
                    CaseFit::Exact => true,
                    CaseFit::Upper => caps_line || !common,
                    // Only an organization known by its acronym (OPEC,
                    // not CASA, an alias).
                    CaseFit::Titled => {
                        if sense.kind == EntityKind::Organization
                            && sense.surface == sense.canonical
                            && !common
                        {
                            titled = Some(s);
                        }
                        false
                    }
                    // "the Labour party", "the Metropolitan police": an
                    // institution's head in lowercase (of [org_of] and
                    // [org_head], or "police", "army", "parliament"; not
                    // "news", "group" or "press", which follow any name)
                    // (and not the end of a longer name: "the Freedom
                    // Front party" is not the Front Party)
                    CaseFit::LowerLast => {
                        sense.kind == EntityKind::Organization
                            && !(a > 0
                                && self.toks[a - 1].is(CAP)
                                && !self.toks[a - 1].is(SENT_START))
                            // ("Our party" starting a sentence)
                            && !(uninformative && b - a == 2 && self.has(a, L_COMMON | L_NEVER))
                            && self.has(b - 1, L_ORG_HEAD)
                            && self.has(b - 1, L_ORG_OF)
                    }
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
            // An English word or a first name in title case is that word
            // ("Care", "Gabriela" for GABRIELA), and a word next to another
            // name is part of it ("Casa de Narino", "Primera Liga").
            if let Some(s) = titled.filter(|_| best.is_none()) {
                let in_name = self.has(a, L_FIRST | L_SURNAME)
                    || self.toks.get(b).is_some_and(|t| t.is(CAP))
                    || (b < self.toks.len() && self.has(b, L_CONNECTOR))
                    || (a > 0 && !self.toks[a].is(SENT_START) && self.toks[a - 1].is(CAP));
                if !in_name {
                    best = Some((0, s));
                }
            }
            if let Some((_, sense)) = best {
                // Cities and counties in sports results are teams.
                let place = &self.gaz.senses[sense];
                // ("Ireland in Dublin": a city after "in" or "at" stays a
                // place; "lost to Wales" is the side)
                let venue = prep
                    && !place.country
                    && (matches!(self.bytes(a - 1), b"in" | b"at")
                        || is_capital_in_at(self.bytes(a - 1)));
                let team = (sports || (national_sides && !venue))
                    && place.kind == EntityKind::Place
                    && (!place.country || national_sides);
                // "the Labour party": the mention is the party's name, the
                // head in lowercase only chose the sense ("the Metropolitan
                // police", "the US army" keep it: their first words alone
                // are no name of theirs)
                let lower_last = self.bytes(b - 1) == b"party"
                    && case_fit(found, &self.gaz.senses[sense].surface) == CaseFit::LowerLast;
                out.push(Accepted {
                    a,
                    b: b - usize::from(lower_last),
                    sense,
                    common,
                    team,
                });
            }
        }
    }
}
