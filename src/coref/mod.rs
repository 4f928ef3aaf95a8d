//! Coreference: the pronouns and definite descriptions of a text linked to
//! the entities the entity stage found.
//!
//! The stage runs after entity recognition and before quotes; it fills
//! [`Document::references`](crate::Document::references) and each entity's
//! `references`, and the quote stage reads them to resolve a speaker such as
//! "he" or "the company". Nothing inside quoted speech is a reference (a
//! quote's "he" is the speaker's, not the narrator's).
//!
//! # What links, and to what
//!
//! One pass over the text in order keeps a short history of who was named or
//! referred to in which sentence. A reference goes to the most *salient*
//! entity that agrees with it:
//!
//! - **pronouns**: "he/him/his" and "she/her" only to a person, "it/its" only
//!   to an organization, "they/them/their" to an organization or a group.
//!   Salience: how many sentences back the entity last came up, whether it
//!   was a sentence's subject (its first entity), and how often the article
//!   has named it (its main participants). A person's gender must not
//!   contradict the pronoun: it comes from the text only, a title or noun
//!   before or beside a name ("Ms.", "spokeswoman", `data/coref/gender_words.tsv`),
//!   the first name (1990 US census, only names mostly borne by one sex), and
//!   the pronouns already resolved to that person.
//! - **descriptions**: `the` (or a possessor, "Brazil's") with up to four
//!   modifiers before a head of `data/coref/descriptions.tsv`. An
//!   organization head ("the company", "the bank", "the paper") goes to the
//!   most salient organization whose name fits the head ("Deutsche Bank" for
//!   "the bank"; any organization for "the company"). A person's role ("the
//!   minister", "the Polish leader") goes only to a person the article gives
//!   that role, learned from the article itself: a title before a name
//!   ("Foreign Minister Anna Berg", "vice president Fred Zuckerman"), an
//!   appositive ("Anna Berg, the foreign minister,"; "The transport
//!   secretary, Grant Shapps, said") or "X, who heads the agency"; the
//!   description's modifiers ("Polish", "Brazil's") prefer the person whose
//!   role words share them. "The 35-year-old" goes to the most salient person.
//!   An indefinite description ("an analyst at a Frankfurt bank") is a new,
//!   unnamed referent and is not linked.

mod lexicon;

pub(crate) use lexicon::Lexicon;
use lexicon::{with_lowercase, Gender, Head};

use crate::{Document, EntityId, EntityKind, Reference, ReferenceForm, Span};

/// Links pronouns and descriptions to entities.
#[derive(Clone, Debug, Default)]
pub(crate) struct Coref {
    lex: Lexicon,
}

/// What the text tells about one entity.
#[derive(Clone, Debug, Default)]
struct Info {
    /// The gender a title or noun beside a name tells.
    gender: Option<Gender>,
    /// The gender pronouns resolved to it tell.
    said: Option<Gender>,
    /// The gender its first name suggests (census).
    prior: Option<Gender>,
    /// Role words the article gives a person, lowercase.
    roles: Vec<Box<str>>,
    /// The words around those roles ("foreign", "polish"), lowercase.
    mods: Vec<Box<str>>,
    /// Mentions and references so far.
    count: u32,
}

/// One time an entity came up, outside quoted speech.
#[derive(Clone, Copy, Debug)]
struct Event {
    /// Ordinal among the sentences with an event.
    sentence: u32,
    /// Index in `Document::sentences`.
    raw: u32,
    /// Where its mention or reference ends.
    end: usize,
    entity: EntityId,
    subject: bool,
}

/// A pronoun or description waiting to be resolved.
#[derive(Clone, Debug)]
struct Cand {
    span: Span,
    what: What,
}

#[derive(Clone, Debug)]
enum What {
    /// A pronoun: the kinds it may refer to and the gender it says.
    Pronoun {
        person: bool,
        organization: bool,
        group: bool,
        gender: Option<Gender>,
        /// How many sentences back it may look.
        reach: u32,
    },
    /// A description with this head; `mods` are its modifiers, lowercase.
    Description {
        head: Box<str>,
        mods: Vec<Box<str>>,
        /// The entity an appositive names outright.
        named: Option<EntityId>,
        age: bool,
    },
}

/// How many sentences back an entity stays a candidate for a pronoun.
const PRONOUN_REACH: u32 = 6;
/// How many role and modifier words an entity keeps.
const MAX_WORDS: usize = 16;
/// How many history events a reference looks through.
const LOOKBACK: usize = 80;

impl Coref {
    pub(crate) fn new(embedded: bool) -> Coref {
        Coref {
            lex: Lexicon::new(embedded),
        }
    }

    /// Adds census-style first names (`name<TAB>f|m|u<TAB>count`) that
    /// tell a gender, as given to the builder.
    pub(crate) fn add_first_names(&mut self, text: &str) {
        self.lex.add_first_names(text);
    }

    /// Fills `doc.references` and the entities' `references`; `quotes` are
    /// the outer spans of the quotations, sorted and non-overlapping.
    pub(crate) fn resolve(&self, text: &str, quotes: &[Span], doc: &mut Document) {
        doc.references.clear();
        for e in &mut doc.entities {
            e.references.clear();
        }
        if doc.entities.is_empty() {
            return;
        }
        let mut words = Vec::with_capacity(text.len() / 6 + 1);
        scan_outside(text, quotes, &mut words);
        let mut info = vec![Info::default(); doc.entities.len()];
        self.learn(text, &words, quotes, doc, &mut info);
        let cands = self.candidates(text, &words, doc);
        self.sweep(text, &cands, doc, &mut info);
    }

    /// Genders and roles from names, titles and appositives.
    fn learn(
        &self,
        text: &str,
        words: &[Span],
        quotes: &[Span],
        doc: &Document,
        info: &mut [Info],
    ) {
        for (e, entity) in doc.entities.iter().enumerate() {
            if entity.kind == EntityKind::Person {
                let first = entity.name.split_whitespace().next().unwrap_or("");
                info[e].prior = self.lex.first_name(first);
            }
        }
        // The role and modifier words around one mention, kept only when a
        // role is among them ("said Smith" teaches nothing).
        let mut roles: Vec<Span> = Vec::new();
        let mut mods: Vec<Span> = Vec::new();
        for m in &doc.mentions {
            if m.kind != EntityKind::Person
                || m.entity.index() >= info.len()
                || inside_any(quotes, m.span)
            {
                continue;
            }
            let i = words.partition_point(|w| w.start < m.span.start);
            let j = words.partition_point(|w| w.start < m.span.end);
            let inf = &mut info[m.entity.index()];
            roles.clear();
            mods.clear();
            let mut heads = false;
            // Words before: a title run, or a description with a comma.
            let mut k = i;
            let mut n = 0;
            let gap_ok = |a: usize, b: usize, first: bool| {
                let Some(gap) = text.get(a..b) else {
                    return false;
                };
                gap.trim().is_empty() || (first && gap.trim() == ",")
            };
            let mut prev_end = m.span.start;
            let mut first = true;
            while k > 0 && n < 6 {
                let w = words[k - 1];
                if !gap_ok(w.end, prev_end, first) {
                    // "Brazil's President X": the possessor is a modifier.
                    let gap = text.get(w.end..prev_end).unwrap_or("");
                    if matches!(gap.trim_end(), "'s" | "’s") {
                        mods.push(w);
                    }
                    break;
                }
                first = false;
                let word = &text[w];
                if matches!(word, "the" | "The" | "a" | "an" | "A" | "An" | "and" | "of") {
                    if word == "and" || word == "of" {
                        prev_end = w.start;
                        k -= 1;
                        n += 1;
                        continue;
                    }
                    break;
                }
                if n == 0 {
                    if let Some(g) = self.lex.gender_word(word) {
                        inf.gender.get_or_insert(g);
                    }
                }
                if self.lex.is_role(word) {
                    roles.push(w);
                } else if !word.bytes().any(|b| b.is_ascii_digit()) {
                    mods.push(w);
                }
                prev_end = w.start;
                k -= 1;
                n += 1;
            }
            // An appositive after: ", the foreign minister," / ", who heads".
            let rest = &text[m.span.end..];
            if rest.starts_with(", ") {
                let mut found_role = false;
                for (n, w) in words[j..].iter().take(9).enumerate() {
                    let gap_start = if n == 0 {
                        m.span.end + 1
                    } else {
                        words[j + n - 1].end
                    };
                    if !text[gap_start..w.start].trim().is_empty() {
                        break;
                    }
                    let word = &text[*w];
                    if n == 0 && matches!(word, "who") {
                        continue;
                    }
                    if n == 1 && matches!(word, "heads" | "leads" | "runs" | "chairs") {
                        heads = true;
                        found_role = true;
                        continue;
                    }
                    if let Some(g) = self.lex.gender_word(word) {
                        inf.gender.get_or_insert(g);
                    }
                    if self.lex.is_role(word) {
                        roles.push(*w);
                        found_role = true;
                    } else if word.chars().next().is_some_and(char::is_alphabetic)
                        && !matches!(word, "the" | "a" | "an" | "of" | "for" | "at" | "and")
                    {
                        mods.push(*w);
                    }
                    if n == 0 && !found_role && !matches!(word, "the" | "a" | "an") {
                        // not an appositive noun phrase ("Smith, 42, said")
                        if !word.chars().next().is_some_and(char::is_alphabetic) {
                            break;
                        }
                    }
                }
            }
            if heads {
                for r in ["head", "leader"] {
                    if inf.roles.len() < MAX_WORDS && !inf.roles.iter().any(|x| &**x == r) {
                        inf.roles.push(r.into());
                    }
                }
            }
            if roles.is_empty() {
                continue;
            }
            for (spans, into) in [(&roles, &mut inf.roles), (&mods, &mut inf.mods)] {
                for w in spans.iter() {
                    // One lowercasing (on the stack) for the test and the copy.
                    with_lowercase(&text[*w], |l| {
                        if !into.iter().any(|x| &**x == l) && into.len() < MAX_WORDS {
                            into.push(l.into());
                        }
                    });
                }
            }
        }
    }

    /// Pronouns and definite descriptions outside quoted speech.
    fn candidates(&self, text: &str, words: &[Span], doc: &Document) -> Vec<Cand> {
        let mut out = Vec::new();
        let mut mention = 0;
        // `words` come from `scan_outside`: none lies inside a quote.
        for (i, &w) in words.iter().enumerate() {
            while mention < doc.mentions.len() && doc.mentions[mention].span.end <= w.start {
                mention += 1;
            }
            if doc
                .mentions
                .get(mention)
                .is_some_and(|m| m.span.start < w.end)
            {
                continue; // part of a name
            }
            let word = &text[w];
            if let Some(what) = pronoun(word) {
                out.push(Cand { span: w, what });
                continue;
            }
            let age = is_age(word);
            let head = if age { None } else { self.lex.head(word) };
            if head.is_none() && !age {
                continue;
            }
            if let Some(c) = self.description(text, words, i, head, doc) {
                out.push(c);
            }
        }
        out
    }

    /// The description ending at head word `i`, if it is definite.
    fn description(
        &self,
        text: &str,
        words: &[Span],
        i: usize,
        head: Option<&Head>,
        doc: &Document,
    ) -> Option<Cand> {
        let w = words[i];
        let word = &text[w];
        let capital = word.starts_with(|c: char| c.is_uppercase());
        // The next word: a capitalized name makes the head a title
        // ("President Trump"); another head makes it a modifier ("the
        // company spokesman").
        if let Some(&next) = words.get(i + 1) {
            if text[w.end..next.start].trim().is_empty() {
                let nw = &text[next];
                if self.lex.head(nw).is_some() {
                    return None;
                }
                if capital && nw.starts_with(|c: char| c.is_uppercase()) {
                    return None;
                }
                if starts_mention(doc, next.start) {
                    return None;
                }
            }
        }
        let mut mods: Vec<Box<str>> = Vec::new();
        let mut start = None;
        let mut k = i;
        let mut end = w.start;
        while k > 0 && i - k < 5 {
            let p = words[k - 1];
            let gap = &text[p.end..end];
            if !gap.trim().is_empty() {
                if matches!(gap.trim_end(), "'s" | "’s") && i - k < 4 {
                    let owner = &text[p];
                    if owner.starts_with(|c: char| c.is_uppercase()) && pronoun(owner).is_none() {
                        mods.push(owner.to_lowercase().into());
                        start = Some(p.start);
                    }
                }
                break;
            }
            let pw = &text[p];
            match pw {
                "the" | "The" | "this" | "This" => {
                    start = Some(p.start);
                    break;
                }
                _ if is_stop(pw) => break,
                _ => {}
            }
            mods.push(pw.to_lowercase().into());
            end = p.start;
            k -= 1;
        }
        let start = start?;
        let span = Span::new(start, w.end);
        // "The transport secretary, Grant Shapps, said"
        let named = text[w.end..].starts_with(", ").then(|| {
            let at = w.end + 2;
            let m = doc.mentions.partition_point(|m| m.span.start < at);
            doc.mentions
                .get(m)
                .filter(|m| m.span.start == at)
                .filter(|m| {
                    let person = head.is_some_and(|h| h.person);
                    (m.kind == EntityKind::Person) == person
                })
                .filter(|m| text[m.span.end..].starts_with([',', ' ', '.']))
                .map(|m| m.entity)
        });
        Some(Cand {
            span,
            what: What::Description {
                head: word.to_lowercase().into(),
                mods,
                named: named.flatten(),
                age: head.is_none(),
            },
        })
    }

    /// Resolves the candidates in text order against the history of who
    /// came up where.
    fn sweep(&self, text: &str, cands: &[Cand], doc: &mut Document, info: &mut [Info]) {
        let _ = text;
        let mut events: Vec<Event> = Vec::new();
        let mut sentence = 0usize;
        let mut last_event_sentence = u32::MAX;
        // Sentences with an event so far: distances count only those, so
        // that sentences of quoted speech in between do not age anyone.
        let mut ordinal = 0u32;
        let (mut m, mut c) = (0, 0);
        let sentence_of = |pos: usize, sentence: &mut usize| {
            while *sentence + 1 < doc.sentences.len() && doc.sentences[*sentence].end <= pos {
                *sentence += 1;
            }
            *sentence as u32
        };
        let mut refs: Vec<Reference> = Vec::new();
        while m < doc.mentions.len() || c < cands.len() {
            let take_mention = match (doc.mentions.get(m), cands.get(c)) {
                (Some(a), Some(b)) => a.span.start <= b.span.start,
                (Some(_), None) => true,
                _ => false,
            };
            if take_mention {
                let mention = doc.mentions[m];
                m += 1;
                if mention.kind == EntityKind::Place || mention.entity.index() >= info.len() {
                    continue;
                }
                let raw = sentence_of(mention.span.start, &mut sentence);
                let subject = last_event_sentence != raw;
                if subject {
                    ordinal += 1;
                }
                last_event_sentence = raw;
                let s = ordinal;
                info[mention.entity.index()].count += 1;
                events.push(Event {
                    sentence: s,
                    raw,
                    end: mention.span.end,
                    entity: mention.entity,
                    subject,
                });
                continue;
            }
            let cand = &cands[c];
            c += 1;
            if refs.last().is_some_and(|r| r.span.end > cand.span.start) {
                continue;
            }
            let raw = sentence_of(cand.span.start, &mut sentence);
            let s = if raw == last_event_sentence {
                ordinal
            } else {
                ordinal + 1
            };
            let recent = &events[events.len().saturating_sub(LOOKBACK)..];
            let found = match &cand.what {
                What::Pronoun {
                    person,
                    organization,
                    group,
                    gender,
                    reach,
                } => best(recent, s, *reach, doc, info, |e, kind, inf| {
                    let _ = e;
                    match kind {
                        EntityKind::Person if *person => {
                            let Some(g) = gender else {
                                return Some(0.0);
                            };
                            // The text's word beats the pronouns, which beat
                            // the census.
                            let agree = |h: Option<Gender>, yes: f32, no: f32| match h {
                                Some(h) if h == *g => yes,
                                Some(_) => no,
                                None => 0.0,
                            };
                            if inf.gender.is_some_and(|h| h != *g) {
                                return None;
                            }
                            Some(
                                agree(inf.gender, 0.5, 0.0)
                                    + agree(inf.said, 0.5, -3.0)
                                    + agree(inf.prior, 0.3, -1.0),
                            )
                        }
                        EntityKind::Organization if *organization => Some(0.0),
                        EntityKind::Group if *group => Some(0.0),
                        _ => None,
                    }
                }),
                What::Description {
                    head,
                    mods,
                    named,
                    age,
                } => match named {
                    Some(e) => Some(*e),
                    None if *age => best(recent, s, 3, doc, info, |_, kind, _| {
                        (kind == EntityKind::Person).then_some(0.0)
                    }),
                    None => {
                        let h = self.lex.head(head);
                        match h {
                            Some(h) if h.source => issuer(text, doc, recent, s, raw, h),
                            Some(h) if h.person => {
                                best(recent, s, u32::MAX, doc, info, |_, kind, inf| {
                                    if kind != EntityKind::Person {
                                        return None;
                                    }
                                    let role = inf
                                        .roles
                                        .iter()
                                        .any(|r| **r == **head || h.also.iter().any(|a| a == r));
                                    role.then(|| 2.0 * overlap(mods, &inf.mods))
                                })
                                .or_else(|| {
                                    // "the actor" in a story about one
                                    let main = |_, kind, _: &Info| {
                                        (kind == EntityKind::Person).then_some(0.0)
                                    };
                                    h.any.then(|| best(recent, s, 2, doc, info, main)).flatten()
                                })
                            }
                            Some(h) => best(recent, s, 12, doc, info, |e, kind, _| {
                                if kind != EntityKind::Organization {
                                    return None;
                                }
                                let name = &doc.entities[e].name;
                                let fits = h.also.iter().any(|a| has_word(name, a))
                                    || mods.iter().any(|m| name_shares(name, m));
                                if fits {
                                    Some(3.0)
                                } else if h.any {
                                    Some(0.0)
                                } else {
                                    None
                                }
                            }),
                            None => None,
                        }
                    }
                },
            };
            let Some(e) = found.filter(|&e| e.index() < info.len()) else {
                continue;
            };
            if let What::Pronoun {
                gender: Some(g), ..
            } = cand.what
            {
                info[e.index()].said = Some(g);
            }
            let subject = last_event_sentence != raw;
            if subject {
                ordinal += 1;
            }
            last_event_sentence = raw;
            info[e.index()].count += 1;
            events.push(Event {
                sentence: s,
                raw,
                end: cand.span.end,
                entity: e,
                subject,
            });
            let form = match cand.what {
                What::Pronoun { .. } => ReferenceForm::Pronoun,
                What::Description { .. } => ReferenceForm::Description,
            };
            refs.push(Reference {
                span: cand.span,
                form,
                entity: e,
            });
        }
        for (k, r) in refs.iter().enumerate() {
            doc.entities[r.entity].references.push(k);
        }
        doc.references = refs;
    }
}

/// The most salient entity among the `recent` events at most `reach`
/// sentences before sentence `s` that `fits` accepts; `fits` gives a bonus.
fn best(
    recent: &[Event],
    s: u32,
    reach: u32,
    doc: &Document,
    info: &[Info],
    fits: impl Fn(EntityId, EntityKind, &Info) -> Option<f32>,
) -> Option<EntityId> {
    let mut top: Option<(f32, EntityId)> = None;
    for ev in recent.iter().rev() {
        let d = s.saturating_sub(ev.sentence);
        if d > reach {
            break;
        }
        let Some(entity) = doc.entities.get(ev.entity.index()) else {
            continue;
        };
        let inf = &info[ev.entity.index()];
        let Some(bonus) = fits(ev.entity, entity.kind, inf) else {
            continue;
        };
        let recency = match d {
            0 => 3.0,
            1 => 2.0,
            2 => 1.2,
            3 => 0.8,
            4 => 0.5,
            5 => 0.3,
            _ => 0.2,
        };
        let subject = match (ev.subject, d) {
            (true, 0 | 1) => 1.5,
            (true, _) => 0.5,
            _ => 0.0,
        };
        let score = recency + subject + bonus + 0.05 * inf.count.min(20) as f32;
        if top.map_or(true, |(t, _)| score > t) {
            top = Some((score, ev.entity));
        }
    }
    top.map(|(_, e)| e)
}

/// Whoever issued the source (`the statement`) named by head `h` in
/// sentence `raw`: the subject of the latest earlier sentence that issues
/// one a few words after it ("Big Machine Records issued a statement").
fn issuer(
    text: &str,
    doc: &Document,
    recent: &[Event],
    s: u32,
    raw: u32,
    h: &Head,
) -> Option<EntityId> {
    // The source's word a little after the subject: "X issued a
    // statement", "X said in a statement".
    let says = |ev: &Event| {
        doc.sentences.get(ev.raw as usize).is_some_and(|span| {
            let end = span.end.min(ev.end + 48);
            let bytes = &text.as_bytes()[ev.end.min(end)..end];
            h.also.iter().any(|w| {
                bytes
                    .windows(w.len())
                    .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
            })
        })
    };
    recent
        .iter()
        .rev()
        .take_while(|ev| s.saturating_sub(ev.sentence) <= 10)
        .filter(|ev| ev.raw != raw && ev.subject)
        .filter(|ev| {
            doc.entities
                .get(ev.entity.index())
                .is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
        })
        .find(|ev| says(ev))
        .map(|ev| ev.entity)
}

/// How many of `mods` one of `known` shares (a common stem of three
/// letters or more: "polish" and "poland", "brazil" and "brazilian").
fn overlap(mods: &[Box<str>], known: &[Box<str>]) -> f32 {
    let stem = |a: &str, b: &str| {
        let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        common >= 3 && common * 2 >= a.len().min(b.len())
    };
    mods.iter()
        .filter(|m| known.iter().any(|k| stem(m, k)))
        .count() as f32
}

/// True when `name` has `word` as a whole word (ASCII case-insensitive).
fn has_word(name: &str, word: &str) -> bool {
    // Called for every organization event a description weighs: split an
    // ASCII name by bytes, no char decoding (same words).
    if name.is_ascii() {
        return name
            .as_bytes()
            .split(|&b| !b.is_ascii_alphanumeric() && b != b'-')
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    }
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// True when a word of `name` shares a stem with the modifier `m` ("the
/// production company" and "Dick Clark Productions").
fn name_shares(name: &str, m: &str) -> bool {
    m.len() >= 4
        && name.split(|c: char| !c.is_alphanumeric()).any(|w| {
            with_lowercase(w, |w| {
                w.len() >= 4 && (w.starts_with(m) || m.starts_with(w))
            })
        })
}

fn starts_mention(doc: &Document, at: usize) -> bool {
    let m = doc.mentions.partition_point(|m| m.span.start < at);
    doc.mentions.get(m).is_some_and(|m| m.span.start == at)
}

/// Words that end a description's modifiers going back.
fn is_stop(word: &str) -> bool {
    !word.chars().next().is_some_and(char::is_alphanumeric)
        || matches!(
            word,
            "a" | "an"
                | "A"
                | "An"
                | "and"
                | "or"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "said"
                | "says"
                | "is"
                | "was"
                | "that"
                | "one"
                | "another"
                | "every"
                | "each"
                | "any"
                | "no"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
        )
}

/// "35-year-old".
fn is_age(word: &str) -> bool {
    if !word.ends_with("-old") {
        return false;
    }
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[inline]
fn pronoun(word: &str) -> Option<What> {
    // Most words are no pronoun: turned away by length and first letter
    // here, inlined in the word loop, before the comparisons.
    let bytes = word.as_bytes();
    if !(2..=10).contains(&bytes.len()) || !matches!(bytes[0] | 0x20, b'h' | b's' | b'i' | b't') {
        return None;
    }
    pronoun_of(word)
}

#[inline(never)]
fn pronoun_of(word: &str) -> Option<What> {
    let lower = |w: &str| word.eq_ignore_ascii_case(w);
    let p = |person, organization, group, gender, reach| {
        Some(What::Pronoun {
            person,
            organization,
            group,
            gender,
            reach,
        })
    };
    if ["he", "him", "his", "himself"].iter().any(|w| lower(w)) {
        p(true, false, false, Some(Gender::Male), PRONOUN_REACH)
    } else if ["she", "her", "hers", "herself"].iter().any(|w| lower(w)) {
        p(true, false, false, Some(Gender::Female), PRONOUN_REACH)
    } else if lower("it") {
        p(false, true, false, None, 1)
    } else if ["its", "itself"].iter().any(|w| lower(w)) {
        p(false, true, false, None, 2)
    } else if ["they", "them", "their", "themselves"]
        .iter()
        .any(|w| lower(w))
    {
        p(false, true, true, None, 2)
    } else {
        None
    }
}

/// True when `span` lies inside one of the sorted, non-overlapping `quotes`.
fn inside_any(quotes: &[Span], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.end <= span.start);
    quotes.get(i).is_some_and(|q| q.start < span.end)
}

/// The words of `text`: runs of letters, digits and inner hyphens (one
/// byte-level pass in two tight loops; a char is decoded only for non-ASCII
/// bytes).
#[cfg(test)]
fn scan_words(text: &str, out: &mut Vec<Span>) {
    scan_range(text, 0, text.len(), out);
}

/// The words of `text` outside the sorted, non-overlapping `quotes`: only
/// those can be references or give roles.
fn scan_outside(text: &str, quotes: &[Span], out: &mut Vec<Span>) {
    let mut from = 0;
    for q in quotes {
        if q.start > from {
            scan_range(text, from, q.start.min(text.len()), out);
        }
        from = from.max(q.end);
    }
    if from < text.len() {
        scan_range(text, from, text.len(), out);
    }
}

/// The words of `text[from..to]` (both char boundaries).
fn scan_range(text: &str, from: usize, to: usize, out: &mut Vec<Span>) {
    use crate::ascii::ALNUM;
    let bytes = &text.as_bytes()[..to];
    let n = bytes.len();
    // Whether the char at `i` is a word char, and its length.
    let at = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (ALNUM[usize::from(b)], 1)
        } else {
            let c = text[i..to].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = from;
    while i < n {
        // Skip to the next word char.
        while i < n && bytes[i] < 0x80 && !ALNUM[usize::from(bytes[i])] {
            i += 1;
        }
        if i >= n {
            break;
        }
        let (word, len) = at(i);
        if !word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        loop {
            while i < n && ALNUM[usize::from(bytes[i])] {
                i += 1;
            }
            if i >= n {
                break;
            }
            let b = bytes[i];
            if b == b'-' && bytes.get(i + 1).is_some_and(|&c| ALNUM[usize::from(c)]) {
                i += 1;
                continue;
            }
            if b >= 0x80 {
                let (word, len) = at(i);
                if word {
                    i += len;
                    continue;
                }
            }
            break;
        }
        out.push(Span::new(start, i));
    }
}

#[cfg(test)]
mod tests;
