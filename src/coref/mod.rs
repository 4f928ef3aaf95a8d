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
//! It reads the entity stage's tokens (the text is tokenized once) and turns
//! most words away by their first, second and last letters and length
//! before any lookup. One pass over the text in order keeps a short history
//! of who was named or referred to in which sentence. A reference goes to the most *salient*
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
//!   "the bank"; any organization for "the company"), or whose kind the
//!   article gave ("the carmaker Veltro", "Veltro, the Italian carmaker,"
//!   make "the carmaker" Veltro). A person's role ("the
//!   minister", "the Polish leader") goes only to a person the article gives
//!   that role, learned from the article itself: a title before a name
//!   ("Foreign Minister Anna Berg", "vice president Fred Zuckerman"), an
//!   appositive ("Anna Berg, the foreign minister,"; "The transport
//!   secretary, Grant Shapps, said") or "X, who heads the agency"; the
//!   description's modifiers ("Polish", "Brazil's") prefer the person whose
//!   role words share them. "The 35-year-old" goes to the most salient person,
//!   and so does one of a people ("the Dutchman", "the 22-year-old
//!   Brazilian", a group's mention), though without making that person more
//!   salient for the pronouns after it.
//!   A description closed in apposition is the name before its comma
//!   ("UFJ Holdings, Japan's fourth-largest bank,").
//!   An indefinite description ("an analyst at a Frankfurt bank") is a new,
//!   unnamed referent and is not linked.

mod lexicon;
mod packed;

pub(crate) use lexicon::Lexicon;
use lexicon::{Found, Gender, Head};

use crate::entity::Token;

use crate::{Document, EntityId, EntityKind, Reference, ReferenceForm, ReferenceId, Span};

/// Links pronouns and descriptions to entities.
#[derive(Clone, Debug, Default)]
pub(crate) struct Coref {
    lex: Lexicon,
}

/// What the text tells about one entity: plain data, so that the table
/// of a whole article is filled and dropped without a loop.
#[derive(Clone, Copy, Debug, Default)]
struct Info {
    /// The gender a title or noun beside a name tells.
    gender: Option<Gender>,
    /// The gender pronouns resolved to it tell.
    said: Option<Gender>,
    /// The gender its first name suggests (census).
    prior: Option<Gender>,
    /// Role words the article gives a person, lowercase, in [`Words`].
    roles: Chain,
    /// The words around those roles ("foreign", "polish"), lowercase.
    mods: Chain,
    /// Mentions and references so far.
    count: u32,
}

/// One entity's list of words in [`Words`], the newest first.
#[derive(Clone, Copy, Debug, Default)]
struct Chain {
    /// One more than the index of the newest word; 0 for none.
    first: u32,
    len: u32,
}

/// The role and modifier words of all entities of an article, lowercase,
/// in one buffer (no allocation per word).
#[derive(Debug, Default)]
struct Words {
    text: String,
    /// Per word: its range in `text` and one more than the index of the
    /// next word of its chain (0 for none).
    list: Vec<(u32, u32, u32)>,
}

impl Words {
    fn clear(&mut self) {
        self.text.clear();
        self.list.clear();
    }

    /// The words of chain `c`, newest first, as bytes: every comparison
    /// is of bytes, and no slice of the buffer is checked for char
    /// boundaries (words are pushed whole).
    fn iter(&self, c: Chain) -> impl Iterator<Item = &[u8]> + '_ {
        let mut at = c.first;
        std::iter::from_fn(move || {
            let &(a, b, next) = self.list.get(at.checked_sub(1)? as usize)?;
            at = next;
            self.text.as_bytes().get(a as usize..b as usize)
        })
    }

    fn push(&mut self, c: &mut Chain, word: &str) {
        self.push_with(c, word, false);
    }

    /// Adds `word` to chain `c`, lowercased, unless the chain has it (up
    /// to ASCII case) or is full ([`MAX_WORDS`]).
    fn add_new(&mut self, c: &mut Chain, word: &str) {
        if (c.len as usize) < MAX_WORDS
            && !self
                .iter(*c)
                .any(|x| x.eq_ignore_ascii_case(word.as_bytes()))
        {
            self.push_lowercase(c, word);
        }
    }

    /// Pushes `word` lowercased: an ASCII word in place in the buffer, no
    /// copy on the side.
    fn push_lowercase(&mut self, c: &mut Chain, word: &str) {
        if word.is_ascii() {
            self.push_with(c, word, true);
        } else {
            self.push_with(c, &word.to_lowercase(), false);
        }
    }

    fn push_with(&mut self, c: &mut Chain, word: &str, ascii_lower: bool) {
        if self.list.is_empty() {
            self.text.reserve(256);
            self.list.reserve(32);
        }
        let a = self.text.len();
        self.text.push_str(word);
        if ascii_lower {
            self.text[a..].make_ascii_lowercase();
        }
        self.list.push((a as u32, self.text.len() as u32, c.first));
        c.first = self.list.len() as u32;
        c.len += 1;
    }
}

/// One time an entity came up as a sentence's subject (its first event),
/// outside quoted speech: the only events [`issuer`] asks about.
#[derive(Clone, Copy, Debug)]
struct Event {
    /// Ordinal among all events, subjects or not.
    index: u32,
    /// Ordinal among the sentences with an event.
    sentence: u32,
    /// Index in `Document::sentences`.
    raw: u32,
    /// Where its mention or reference ends.
    end: usize,
    entity: EntityId,
}

/// A pronoun or description waiting to be resolved: plain data (a head
/// by its index in the lexicon, modifiers by their range in
/// [`Scratch::cand_mods`]), so that the list is kept across texts.
#[derive(Clone, Copy, Debug)]
struct Cand {
    span: Span,
    what: What,
}

#[derive(Clone, Copy, Debug)]
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
        head: Span,
        /// What the head is, its index in the lexicon (`None` for an age).
        lexeme: Option<u32>,
        /// The range of its modifiers in [`Scratch::cand_mods`].
        mods: (u32, u32),
        /// The entity an appositive names outright.
        named: Option<EntityId>,
        age: bool,
        /// Linked without making its entity more salient: a guess that is
        /// wrong must not send the next pronouns after it ("the Dutchman").
        quiet: bool,
    },
}

/// The buffers of one text's pass, kept per thread for the next text: no
/// allocation per text once they have grown (but for the output).
#[derive(Default)]
struct Scratch {
    info: Vec<Info>,
    words: Words,
    /// [`Coref::learn`]'s role and modifier words around one mention.
    roles: Vec<Span>,
    mods: Vec<Span>,
    cands: Vec<Cand>,
    /// The modifiers of all descriptions in `cands`.
    cand_mods: Vec<Span>,
    /// The subject events so far.
    events: Vec<Event>,
    active: Active,
    /// Per entity: how many references it has.
    counts: Vec<u32>,
    /// Per entity: whether its name has a word of an organization head's
    /// `also` list, for the head last asked (twice its index plus one,
    /// plus one for yes; 0 for none asked): a description's head is asked
    /// of the same organizations again and again.
    name_fits: Vec<std::cell::Cell<u32>>,
}

impl Scratch {
    /// Drops buffers a long text grew, rather than keep them for good.
    fn trim(&mut self) {
        const KEEP: usize = 1 << 14;
        if self.info.capacity() > KEEP || self.events.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// How many sentences back an entity stays a candidate for a pronoun.
const PRONOUN_REACH: u32 = 6;
/// How many role and modifier words an entity keeps.
const MAX_WORDS: usize = 16;
/// How many history events a source ("the statement") looks through.
const LOOKBACK: u32 = 80;
/// How many of the entities that came up last a reference weighs.
const ACTIVE: usize = 32;

/// The entities that came up, the most recent first, with the sentence
/// ordinals of their last event and last event as a subject: all [`best`]
/// needs of the history, one entry per entity rather than one per event.
/// A list linked through the entities, so that one coming up again moves
/// to the front in a few steps; [`best`] reads its first [`ACTIVE`].
#[derive(Default)]
struct Active {
    /// The most recent entity's index, `NONE` for none.
    head: u32,
    /// Per entity: its links and what [`best`] reads of it, side by side
    /// (one load per entity it weighs, not one per table).
    nodes: Vec<Node>,
}

/// One entity of [`Active`].
#[derive(Clone, Copy, Debug)]
struct Node {
    /// The one before it in the list, and the one after it.
    before: u32,
    after: u32,
    /// Its last event and last event as a subject, `u32::MAX` never.
    last: u32,
    last_subject: u32,
    /// Its entity's kind, copied here from the document.
    kind: EntityKind,
}

/// No entity, in [`Active`]'s links.
const NONE: u32 = u32::MAX;

impl Active {
    /// Empty, for the entities of these kinds.
    fn reset(&mut self, kinds: impl Iterator<Item = EntityKind>) {
        self.head = NONE;
        self.nodes.clear();
        self.nodes.extend(kinds.map(|kind| Node {
            before: NONE,
            after: NONE,
            last: u32::MAX,
            last_subject: u32::MAX,
            kind,
        }));
    }

    /// Moves entity `e` to the front, its last event in sentence `s`
    /// (inlined: called for every event, it is a few moves).
    #[inline]
    fn touch(&mut self, e: EntityId, s: u32, subject: bool) {
        let x = e.index() as u32;
        let Some(node) = self.nodes.get_mut(e.index()) else {
            return;
        };
        let listed = node.last != u32::MAX;
        node.last = s;
        if subject {
            node.last_subject = s;
        }
        if self.head == x {
            return;
        }
        let (before, after) = (node.before, node.after);
        (node.before, node.after) = (NONE, self.head);
        if listed {
            // out of its place (it is not the head: it has one before it)
            self.nodes[before as usize].after = after;
            if after != NONE {
                self.nodes[after as usize].before = before;
            }
        }
        if self.head != NONE {
            self.nodes[self.head as usize].before = x;
        }
        self.head = x;
    }

    /// The entities, the most recent first, at most [`ACTIVE`].
    fn recent(&self) -> impl Iterator<Item = (EntityId, &Node)> + '_ {
        let mut at = self.head;
        std::iter::from_fn(move || {
            let node = self.nodes.get(at as usize)?;
            let e = EntityId(at);
            at = node.after;
            Some((e, node))
        })
        .take(ACTIVE)
    }
}

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
    /// `toks` are the entity stage's tokens of `text`.
    pub(crate) fn resolve(&self, text: &str, toks: &[Token], quotes: &[Span], doc: &mut Document) {
        doc.references.clear();
        for e in &mut doc.entities {
            e.references.clear();
        }
        if doc.entities.is_empty() {
            return;
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                self.resolve_with(text, toks, quotes, doc, &mut scratch);
                scratch.trim();
            }
            // re-entered on this thread (cannot happen today): fresh buffers
            Err(_) => self.resolve_with(text, toks, quotes, doc, &mut Scratch::default()),
        })
    }

    fn resolve_with(
        &self,
        text: &str,
        toks: &[Token],
        quotes: &[Span],
        doc: &mut Document,
        s: &mut Scratch,
    ) {
        s.info.clear();
        s.info.resize(doc.entities.len(), Info::default());
        s.words.clear();
        self.learn(text, toks, quotes, doc, s);
        self.candidates(text, toks, quotes, doc, s);
        self.sweep(text, quotes, doc, s);
    }

    /// Genders and roles from names, titles and appositives.
    #[inline(never)]
    fn learn(&self, text: &str, toks: &[Token], quotes: &[Span], doc: &Document, s: &mut Scratch) {
        let Scratch {
            info,
            words,
            roles,
            mods,
            ..
        } = s;
        for (e, entity) in doc.entities.iter().enumerate() {
            if entity.kind == EntityKind::Person {
                let first = first_word(&entity.name);
                info[e].prior = self.lex.first_name(first);
            }
        }
        // The role and modifier words around one mention (`roles`, `mods`)
        // are kept only when a role is among them ("said Smith" teaches
        // nothing).
        // Mentions come in text order: the quote and token searches go on
        // from where the last mention's left off.
        let (mut quote, mut tok, mut last_start) = (0, 0, 0);
        for m in &doc.mentions {
            let person = m.kind == EntityKind::Person;
            if !(person || m.kind == EntityKind::Organization) || m.entity.index() >= info.len() {
                continue;
            }
            if m.span.start < last_start {
                (quote, tok) = (0, 0);
            }
            last_start = m.span.start;
            while quote < quotes.len() && quotes[quote].end <= m.span.start {
                quote += 1;
            }
            if quotes.get(quote).is_some_and(|q| q.start < m.span.end) {
                continue;
            }
            let i = tok + toks[tok..].partition_point(|t| t.start < m.span.start);
            // a name is a few tokens: stepped over one by one
            let mut j = i;
            while toks.get(j).is_some_and(|t| t.start < m.span.end) {
                j += 1;
            }
            tok = i;
            let inf = &mut info[m.entity.index()];
            if !person {
                self.learn_org_kind(text, toks, i, j, m.span, inf, words);
                continue;
            }
            roles.clear();
            mods.clear();
            let mut heads = false;
            // A title the name itself starts with: "Pope Francis", "King
            // Charles".
            if j - i >= 2 && self.lex.is_role(&text[span_of(&toks[i])]) {
                roles.push(span_of(&toks[i]));
            }
            // Words before: a title run, or a description with a comma.
            let mut k = i;
            let mut n = 0;
            let gap_ok = |a: usize, b: usize, first: bool| {
                if spaces(text, a, b) {
                    return true;
                }
                let Some(gap) = text.get(a..b) else {
                    return false;
                };
                // (a gap without a comma is no comma trimmed: most are not
                // trimmed at all)
                blank(gap) || (first && gap.as_bytes().contains(&b',') && gap.trim() == ",")
            };
            let mut prev_end = m.span.start;
            let mut first = true;
            while n < 6 {
                let Some(pk) = prev_word(toks, k) else {
                    break;
                };
                let w = span_of(&toks[pk]);
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
                        k = pk;
                        n += 1;
                        continue;
                    }
                    break;
                }
                let (role, gender) = if n == 0 {
                    self.lex.role_and_gender(word)
                } else {
                    (self.lex.is_role(word), None)
                };
                if let Some(g) = gender {
                    inf.gender.get_or_insert(g);
                }
                if role {
                    roles.push(w);
                } else if roles.is_empty() && word.starts_with(|c: char| c.is_lowercase()) {
                    // "said Smith", "met with Smith": a title run holds no
                    // lowercase word before its role.
                    break;
                } else if !word.bytes().any(|b| b.is_ascii_digit()) {
                    mods.push(w);
                }
                prev_end = w.start;
                k = pk;
                n += 1;
            }
            // An appositive after: ", the foreign minister," / ", who heads".
            let rest = &text[m.span.end..];
            if rest.starts_with(", ") {
                let mut found_role = false;
                let mut gap_start = m.span.end + 1;
                let mut at = j;
                let mut after_who = false;
                for n in 0..9 {
                    let Some(wk) = next_word(toks, at) else {
                        break;
                    };
                    at = wk + 1;
                    let w = &span_of(&toks[wk]);
                    if !spaces(text, gap_start, w.start) && !blank(&text[gap_start..w.start]) {
                        break;
                    }
                    gap_start = w.end;
                    let word = &text[*w];
                    if n == 0 && matches!(word, "who") {
                        after_who = true;
                        continue;
                    }
                    if n == 1 && matches!(word, "heads" | "leads" | "runs" | "chairs") {
                        heads = true;
                        found_role = true;
                        continue;
                    }
                    // "Keegan, who ordered the defender home": after "who"
                    // only a verb of being gives the name a role
                    if after_who
                        && n == 1
                        && !matches!(
                            word,
                            "is" | "was" | "became" | "serves" | "served" | "has" | "had" | "been"
                        )
                    {
                        break;
                    }
                    // (nor a clause inside the appositive: "the coach who
                    // signed the striker")
                    if n > 0 && matches!(word, "who" | "which" | "that" | "whose") {
                        break;
                    }
                    let (role, gender) = self.lex.role_and_gender(word);
                    if let Some(g) = gender {
                        inf.gender.get_or_insert(g);
                    }
                    if role {
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
                    if (inf.roles.len as usize) < MAX_WORDS
                        && !words.iter(inf.roles).any(|x| x == r.as_bytes())
                    {
                        words.push(&mut inf.roles, r);
                    }
                }
            }
            if roles.is_empty() {
                continue;
            }
            for (spans, into) in [(&*roles, &mut inf.roles), (&*mods, &mut inf.mods)] {
                for w in spans.iter() {
                    words.add_new(into, &text[*w]);
                }
            }
        }
    }

    /// The kind of organization the article calls a name, an organization
    /// head of `data/coref/descriptions.tsv` right before it ("the
    /// carmaker Veltro") or in an appositive closed after it ("Veltro, the
    /// Italian carmaker,"), kept among its roles: "the carmaker" later is
    /// Veltro whatever the words of its name. (", the bank said" after a
    /// name is the bank speaking, not the name's kind.)
    #[allow(clippy::too_many_arguments)]
    fn learn_org_kind(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        j: usize,
        span: Span,
        inf: &mut Info,
        words: &mut Words,
    ) {
        let kind_word = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && self.lex.head(w).is_some_and(|h| !h.person && !h.source)
        };
        if let Some(pk) = prev_word(toks, i) {
            let w = span_of(&toks[pk]);
            // "the carmaker Veltro", and a description in apposition
            // before the name: "The international players’ union, Fifpro,"
            let before = text.get(w.end..span.start);
            if (spaces(text, w.end, span.start) || before == Some(", ")) && kind_word(&text[w]) {
                words.add_new(&mut inf.roles, &text[w]);
            }
        }
        if !text[span.end..].starts_with(", ") {
            return;
        }
        let (mut at, mut gap_start) = (j, span.end + 1);
        for n in 0..5 {
            let Some(wk) = next_word(toks, at) else {
                return;
            };
            at = wk + 1;
            let w = span_of(&toks[wk]);
            if !spaces(text, gap_start, w.start) {
                return;
            }
            gap_start = w.end;
            let word = &text[w];
            if n == 0 {
                if !matches!(word, "the" | "a" | "an") {
                    return;
                }
                continue;
            }
            if kind_word(word) {
                let closed = text[w.end..].starts_with([',', '.', ';', ')']);
                if closed {
                    words.add_new(&mut inf.roles, word);
                }
                return;
            }
            if !word.chars().all(char::is_alphabetic) {
                return;
            }
        }
    }

    /// Pronouns and definite descriptions outside quoted speech.
    #[inline(never)]
    fn candidates(
        &self,
        text: &str,
        toks: &[Token],
        quotes: &[Span],
        doc: &Document,
        s: &mut Scratch,
    ) {
        let bytes = text.as_bytes();
        let out = &mut s.cands;
        out.clear();
        s.cand_mods.clear();
        let mut mention = 0;
        // Only the runs of tokens wholly outside the quotes are read: the
        // tokens of quoted speech are stepped over by two binary searches.
        let mut lo = 0;
        for q in 0..=quotes.len() {
            let hi = match quotes.get(q) {
                Some(q) => lo + toks[lo..].partition_point(|t| t.end <= q.start),
                None => toks.len(),
            };
            // Most tokens are stepped over in a loop of their own, by their
            // first and last bytes and length; the rest are asked more.
            let mut at = lo;
            while let Some(k) = next_gate(&self.lex, bytes, &toks[at..hi]) {
                let i = at + k;
                at = i + 1;
                let t = &toks[i];
                if !t.is_word() {
                    continue;
                }
                let len = t.end - t.start;
                let Some(word) = bytes.get(t.start..t.end) else {
                    continue;
                };
                let (what, head) = if word[0].is_ascii_digit() {
                    if len < 11 || !is_age(&text[t.start..t.end]) {
                        continue;
                    }
                    (None, self.lex.head_entry(&text[t.start..t.end]))
                } else {
                    if !self.lex.may_start(word) {
                        continue;
                    }
                    let word = &text[t.start..t.end];
                    match self.lex.pronoun_or_head(word) {
                        Some(Found::Pronoun(p)) => (Some(pronoun_at(p)), None),
                        Some(Found::Head(k, h)) => (None, Some((k, h))),
                        None => continue,
                    }
                };
                // Not part of a name.
                while mention < doc.mentions.len() && doc.mentions[mention].span.end <= t.start {
                    mention += 1;
                }
                if doc
                    .mentions
                    .get(mention)
                    .is_some_and(|m| m.span.start < t.end)
                {
                    continue;
                }
                let w = span_of(t);
                if let Some(what) = what {
                    out.push(Cand { span: w, what });
                    continue;
                }
                if let Some(c) = self.description(text, toks, i, head, doc, &mut s.cand_mods) {
                    out.push(c);
                }
            }
            if let Some(q) = quotes.get(q) {
                lo = hi + toks[hi..].partition_point(|t| t.start < q.end);
            }
        }
        self.demonym_descriptions(text, toks, quotes, doc, s);
    }

    /// "The Dutchman", "the 22-year-old Brazilian": a group's word for one
    /// of its people, after "the", is a description of a person, as "the
    /// 35-year-old" is (the entity stage made the word a mention of the
    /// group). Added to the candidates in text order.
    fn demonym_descriptions(
        &self,
        text: &str,
        toks: &[Token],
        quotes: &[Span],
        doc: &Document,
        s: &mut Scratch,
    ) {
        let before = s.cands.len();
        // (mentions and quotes are both in text order: one walk over each)
        let mut quote = 0;
        for m in doc.mentions.iter().filter(|m| m.kind == EntityKind::Group) {
            while quote < quotes.len() && quotes[quote].end <= m.span.start {
                quote += 1;
            }
            let word = &text[m.span];
            if !one_of_a_people(word)
                || !text[..m.span.start].ends_with(' ')
                || quotes.get(quote).is_some_and(|q| q.overlaps(m.span))
            {
                continue;
            }
            let i = toks.partition_point(|t| t.start < m.span.start);
            if toks.get(i).is_some_and(|t| t.end == m.span.end) {
                if let Some(mut c) = self.description(text, toks, i, None, doc, &mut s.cand_mods) {
                    if let What::Description { quiet, .. } = &mut c.what {
                        *quiet = true;
                    }
                    s.cands.push(c);
                }
            }
        }
        if s.cands.len() > before {
            s.cands.sort_by_key(|c| c.span.start);
        }
    }

    /// The description ending at head word `i`, if it is definite.
    #[inline(never)]
    fn description(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        entry: Option<(u32, &Head)>,
        doc: &Document,
        all_mods: &mut Vec<Span>,
    ) -> Option<Cand> {
        let head = entry.map(|(_, h)| h);
        let w = span_of(&toks[i]);
        let word = &text[w];
        let capital = word.starts_with(|c: char| c.is_uppercase());
        // The next word: a capitalized name makes the head a title
        // ("President Trump"); another head makes it a modifier ("the
        // company spokesman").
        if let Some(next) = toks.get(i + 1).filter(|t| t.is_word()).map(span_of) {
            if spaces(text, w.end, next.start) || blank(&text[w.end..next.start]) {
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
        // Spans first, lowercased only once the description is definite;
        // pushed onto all descriptions' list, and taken off again if this
        // is no description.
        let from = all_mods.len();
        let mods = &mut *all_mods;
        let mut start = None;
        let mut k = i;
        let mut end = w.start;
        while i - k < 5 {
            let Some(mut pk) = prev_word(toks, k) else {
                break;
            };
            let mut p = span_of(&toks[pk]);
            let mut gap = &text[p.end..end];
            // "the “Pose” actor": a quoted title between the description's
            // words and its head is read past, as a modifier is.
            if let Some(open) = crate::quote::title_before(text, end) {
                // the word before the opening mark
                while toks[pk].end > open {
                    let Some(before) = prev_word(toks, pk) else {
                        break;
                    };
                    pk = before;
                }
                if toks[pk].end > open {
                    break;
                }
                (p, gap) = (span_of(&toks[pk]), &text[toks[pk].end..open]);
            }
            // "the international players’ union": a plural possessor is a
            // modifier of the head, read past
            if matches!(gap, "’ " | "' ") && text[p].ends_with('s') {
                mods.push(p);
                end = p.start;
                k = pk;
                continue;
            }
            if !blank(gap) {
                if matches!(gap.trim_end(), "'s" | "’s") && i - k < 4 {
                    let owner = &text[p];
                    if owner.starts_with(|c: char| c.is_uppercase()) && pronoun(owner).is_none() {
                        mods.push(p);
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
            mods.push(p);
            end = p.start;
            k = pk;
        }
        let Some(start) = start else {
            all_mods.truncate(from);
            return None;
        };
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
        let person = head.is_some_and(|h| h.person);
        let named = named
            .flatten()
            .or_else(|| appositive_to(text, doc, span, person));
        Some(Cand {
            span,
            what: What::Description {
                head: w,
                lexeme: entry.map(|(k, _)| k),
                mods: (from as u32, all_mods.len() as u32),
                named,
                age: head.is_none(),
                quiet: false,
            },
        })
    }

    /// Resolves the candidates in text order against the history of who
    /// came up where.
    #[inline(never)]
    fn sweep(&self, text: &str, quotes: &[Span], doc: &mut Document, s: &mut Scratch) {
        let Scratch {
            info,
            words,
            cands,
            cand_mods,
            events,
            active,
            counts,
            name_fits,
            ..
        } = s;
        let mut quote = 0;
        events.clear();
        active.reset(doc.entities.iter().map(|e| e.kind).take(info.len()));
        name_fits.clear();
        name_fits.resize(info.len(), std::cell::Cell::new(0));
        let mut sentence = 0usize;
        let mut last_event_sentence = u32::MAX;
        // Sentences with an event so far: distances count only those, so
        // that sentences of quoted speech in between do not age anyone.
        let mut ordinal = 0u32;
        let (mut m, mut c) = (0, 0);
        // Events so far, subjects or not.
        let mut event = 0u32;
        let sentence_of = |pos: usize, sentence: &mut usize| {
            while *sentence + 1 < doc.sentences.len() && doc.sentences[*sentence].end <= pos {
                *sentence += 1;
            }
            *sentence as u32
        };
        let mut refs: Vec<Reference> = Vec::with_capacity(cands.len());
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
                // A name inside quoted speech is the speaker's word, and
                // "a Netflix documentary" names no participant: neither
                // makes anyone salient.
                while quote < quotes.len() && quotes[quote].end <= mention.span.start {
                    quote += 1;
                }
                if quotes
                    .get(quote)
                    .is_some_and(|q| q.start < mention.span.end)
                    || premodifier(text, mention.span)
                {
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
                if subject {
                    events.push(Event {
                        index: event,
                        sentence: s,
                        raw,
                        end: mention.span.end,
                        entity: mention.entity,
                    });
                }
                event += 1;
                active.touch(mention.entity, s, subject);
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
            // the subject events among the last LOOKBACK events
            let recent = event.saturating_sub(LOOKBACK);
            let found = match &cand.what {
                What::Pronoun {
                    person,
                    organization,
                    group,
                    gender,
                    reach,
                } => best(active, s, *reach, info, |e, kind, inf| {
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
                            // (the pronouns and the first name both
                            // against it: Sarah, "she" so far, is no "his")
                            let against = |h: Option<Gender>| h.is_some_and(|h| h != *g);
                            if against(inf.gender) || (against(inf.said) && against(inf.prior)) {
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
                    lexeme,
                    mods,
                    named,
                    age,
                    ..
                } => match named {
                    Some(e) => Some(*e),
                    None if *age => best(active, s, 3, info, |_, kind, _| {
                        (kind == EntityKind::Person).then_some(0.0)
                    }),
                    None => {
                        // The candidate scan looked the head up already.
                        let head = &text[*head];
                        let mods = cand_mods
                            .get(mods.0 as usize..mods.1 as usize)
                            .unwrap_or_default();
                        let k = lexeme.unwrap_or(0);
                        match lexeme.and_then(|k| self.lex.head_at(k)) {
                            Some(h) if h.source => issuer(text, doc, events, recent, s, raw, h),
                            Some(h) if h.person => {
                                best(active, s, u32::MAX, info, |_, kind, inf| {
                                    if kind != EntityKind::Person {
                                        return None;
                                    }
                                    let role = words.iter(inf.roles).any(|r| {
                                        r.eq_ignore_ascii_case(head.as_bytes())
                                            || h.also.iter().any(|a| a.as_bytes() == r)
                                    });
                                    role.then(|| 2.0 * overlap(text, mods, words, inf.mods))
                                })
                                .or_else(|| {
                                    // "the actor" in a story about one
                                    let main = |_, kind, _: &Info| {
                                        (kind == EntityKind::Person).then_some(0.0)
                                    };
                                    h.any.then(|| best(active, s, 2, info, main)).flatten()
                                })
                            }
                            Some(h) => best(active, s, 12, info, |e, kind, inf| {
                                if kind != EntityKind::Organization {
                                    return None;
                                }
                                // the kind the article called it ("the
                                // carmaker Veltro"; every organization
                                // is a "firm" already)
                                let called = !h.any
                                    && words
                                        .iter(inf.roles)
                                        .any(|r| r.eq_ignore_ascii_case(head.as_bytes()));
                                let name = &doc.entities[e].name;
                                let asked = name_fits.get(e.index());
                                let key = (k + 1) << 1;
                                let name_words = match asked.map(std::cell::Cell::get) {
                                    Some(v) if v & !1 == key => v & 1 != 0,
                                    _ => {
                                        let yes = has_any_word(name, &h.also);
                                        if let Some(c) = asked {
                                            c.set(key | u32::from(yes));
                                        }
                                        yes
                                    }
                                };
                                let fits = called
                                    || name_words
                                    || mods.iter().any(|m| name_shares(name, &text[*m]));
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
            // (a quiet link leaves who came up where as it was)
            let quiet = matches!(cand.what, What::Description { quiet: true, .. });
            if !quiet {
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
                if subject {
                    events.push(Event {
                        index: event,
                        sentence: s,
                        raw,
                        end: cand.span.end,
                        entity: e,
                    });
                }
                event += 1;
                active.touch(e, s, subject);
            }
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
        // Each entity's list is allocated once, at its length.
        counts.clear();
        counts.resize(doc.entities.len(), 0);
        for r in &refs {
            counts[r.entity.index()] += 1;
        }
        for (e, &n) in doc.entities.iter_mut().zip(counts.iter()) {
            if n > 0 {
                e.references.reserve_exact(n as usize);
            }
        }
        for (k, r) in refs.iter().enumerate() {
            doc.entities[r.entity].references.push(ReferenceId::new(k));
        }
        doc.references = refs;
    }
}

/// The most salient of the `active` entities last seen at most `reach`
/// sentences before sentence `s` that `fits` accepts; `fits` gives a bonus.
#[inline(never)]
fn best(
    active: &Active,
    s: u32,
    reach: u32,
    info: &[Info],
    fits: impl Fn(EntityId, EntityKind, &Info) -> Option<f32>,
) -> Option<EntityId> {
    /// The weight of an event `d` sentences back, 6 and more alike.
    const RECENCY: [f32; 7] = [3.0, 2.0, 1.2, 0.8, 0.5, 0.3, 0.2];
    let recency = |d: u32| RECENCY[d.min(6) as usize];
    let subject = |d: u32| if d <= 1 { 1.5 } else { 0.5 };
    let mut top: Option<(f32, EntityId)> = None;
    for (e, node) in active.recent() {
        let d = s.saturating_sub(node.last);
        if d > reach {
            break;
        }
        let Some(inf) = info.get(e.index()) else {
            continue;
        };
        let Some(bonus) = fits(e, node.kind, inf) else {
            continue;
        };
        // Its best event: the last one, or the last as a subject.
        let mut salience = recency(d);
        if node.last_subject != u32::MAX {
            let ds = s.saturating_sub(node.last_subject);
            if ds <= reach {
                salience = f32::max(salience, recency(ds) + subject(ds));
            }
        }
        let score = salience + bonus + 0.05 * inf.count.min(20) as f32;
        if top.map_or(true, |(t, _)| score > t) {
            top = Some((score, e));
        }
    }
    top.map(|(_, e)| e)
}

/// Whoever issued the source (`the statement`) named by head `h` in
/// sentence `raw`: the subject of the latest earlier sentence that issues
/// one a few words after it ("Big Machine Records issued a statement"),
/// among the subject `events` from event `from` on.
#[inline(never)]
fn issuer(
    text: &str,
    doc: &Document,
    events: &[Event],
    from: u32,
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
    events
        .iter()
        .rev()
        .take_while(|ev| ev.index >= from && s.saturating_sub(ev.sentence) <= 10)
        .filter(|ev| ev.raw != raw)
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
fn overlap(text: &str, mods: &[Span], words: &Words, known: Chain) -> f32 {
    let stem = |a: &[u8], b: &[u8]| {
        let common = a
            .iter()
            .zip(b)
            .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
            .count();
        common >= 3 && common * 2 >= a.len().min(b.len())
    };
    mods.iter()
        .filter(|m| words.iter(known).any(|k| stem(text[**m].as_bytes(), k)))
        .count() as f32
}

/// True when `name` has one of `words` as a whole word (ASCII
/// case-insensitive): the name is split once for all of them.
fn has_any_word(name: &str, words: &[Box<str>]) -> bool {
    if words.is_empty() {
        return false;
    }
    let any = |w: &[u8]| words.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
    if name.is_ascii() {
        return name
            .as_bytes()
            .split(|&b| !b.is_ascii_alphanumeric() && b != b'-')
            .any(any);
    }
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| any(w.as_bytes()))
}

/// True when a word of `name` shares a stem with the modifier `m` ("the
/// production company" and "Dick Clark Productions").
fn name_shares(name: &str, m: &str) -> bool {
    // ASCII case folded byte by byte: no lowercase copy of the name.
    let prefix = |long: &[u8], short: &[u8]| {
        long.len() >= short.len() && long[..short.len()].eq_ignore_ascii_case(short)
    };
    let m = m.as_bytes();
    let fits = |w: &[u8]| w.len() >= 4 && (prefix(w, m) || prefix(m, w));
    if m.len() < 4 {
        return false;
    }
    if name.is_ascii() {
        // the same words split by bytes, without decoding chars
        return name
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .any(fits);
    }
    name.split(|c: char| !c.is_alphanumeric())
        .map(str::as_bytes)
        .any(fits)
}

/// True for a name standing as a noun's modifier after an indefinite
/// article: "a Netflix documentary", "an Acme spokesman".
fn premodifier(text: &str, span: Span) -> bool {
    let before = &text.as_bytes()[..span.start];
    // "a " or "an " (either capitalized) after a byte that is no letter
    // or digit: the last bytes read from the end, most names turned away
    // by the first.
    let article = match before {
        [.., x, b'a' | b'A', b' '] => !x.is_ascii_alphanumeric(),
        [.., x, b'a' | b'A', b'n', b' '] => !x.is_ascii_alphanumeric(),
        _ => false,
    };
    let after = &text.as_bytes()[span.end..];
    article && after.first() == Some(&b' ') && after.get(1).is_some_and(u8::is_ascii_lowercase)
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

/// The first word of `name` as `split_whitespace` finds it, by bytes
/// while they are ASCII.
fn first_word(name: &str) -> &str {
    let b = name.as_bytes();
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut i = 0;
    while i < b.len() && space(b[i]) {
        i += 1;
    }
    let mut j = i;
    while j < b.len() && b[j] < 0x80 && !space(b[j]) {
        j += 1;
    }
    if b.get(j).is_some_and(|&c| c >= 0x80) {
        return name.split_whitespace().next().unwrap_or("");
    }
    &name[i..j]
}

/// True when `word`, a group's name in the text, names one of its
/// people: "Dutchman", "Brazilian", "Spaniard", "Israeli"; not the people
/// ("Brazilians", "the French", "the Chinese", "the Swiss").
fn one_of_a_people(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && (word.ends_with("man")
            || !["s", "sh", "ch", "ese"]
                .iter()
                .any(|end| word.ends_with(end)))
}

/// "35-year-old".
fn is_age(word: &str) -> bool {
    if !word.ends_with("-old") {
        return false;
    }
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The pronoun `word` is, if any.
fn pronoun(word: &str) -> Option<What> {
    pronoun_of(word)
}

/// What the pronoun of index `i` in [`PRONOUNS`] is: [`pronoun_of`] of
/// it, without the lowercasing and matching.
fn pronoun_at(i: usize) -> What {
    let p = |person, organization, group, gender, reach| What::Pronoun {
        person,
        organization,
        group,
        gender,
        reach,
    };
    match i {
        0..=3 => p(true, false, false, Some(Gender::Male), PRONOUN_REACH),
        4..=7 => p(true, false, false, Some(Gender::Female), PRONOUN_REACH),
        8 => p(false, true, false, None, 1),
        9 | 10 => p(false, true, false, None, 2),
        _ => p(false, true, true, None, 2),
    }
}

/// Every pronoun [`pronoun_of`] knows, for the lexicon's first test.
pub(crate) const PRONOUNS: [&str; 15] = [
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "themselves",
];

#[inline(never)]
fn pronoun_of(word: &str) -> Option<What> {
    let bytes = word.as_bytes();
    if !(2..=10).contains(&bytes.len()) || !matches!(bytes[0] | 0x20, b'h' | b's' | b'i' | b't') {
        return None;
    }
    let mut buf = [0u8; 10];
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    let p = |person, organization, group, gender, reach| {
        Some(What::Pronoun {
            person,
            organization,
            group,
            gender,
            reach,
        })
    };
    match &*lower {
        b"he" | b"him" | b"his" | b"himself" => {
            p(true, false, false, Some(Gender::Male), PRONOUN_REACH)
        }
        b"she" | b"her" | b"hers" | b"herself" => {
            p(true, false, false, Some(Gender::Female), PRONOUN_REACH)
        }
        b"it" => p(false, true, false, None, 1),
        b"its" | b"itself" => p(false, true, false, None, 2),
        b"they" | b"them" | b"their" | b"themselves" => p(false, true, true, None, 2),
        _ => None,
    }
}

/// The first of `toks` that may be a pronoun, head or age by its first and
/// last bytes and length ([`Lexicon::may_be_candidate`]): nine tokens in
/// ten are turned away by this loop of few values, which stay in registers.
#[inline(never)]
fn next_gate(lex: &Lexicon, bytes: &[u8], toks: &[Token]) -> Option<usize> {
    toks.iter().position(|t| {
        let (Some(&first), Some(&last)) = (bytes.get(t.start), bytes.get(t.end.wrapping_sub(1)))
        else {
            return false;
        };
        lex.may_be_candidate(first, last, t.end.wrapping_sub(t.start))
    })
}

/// The entity a description closed by a comma or a period stands in
/// apposition to: the name right before its comma ("UFJ Holdings, Japan's
/// fourth-largest bank,"; "(MTFG), Japan's second-largest bank."), of the
/// description's kind. ("Veltro, the company said" is the company
/// speaking: not closed.)
fn appositive_to(text: &str, doc: &Document, span: Span, person: bool) -> Option<EntityId> {
    let before = text.get(..span.start)?.strip_suffix(", ")?;
    if !text[span.end..].starts_with([',', '.', ';', ')']) {
        return None;
    }
    let end = before.strip_suffix(')').unwrap_or(before).len();
    let m = doc.mentions.partition_point(|m| m.span.end < end);
    doc.mentions
        .get(m)
        .filter(|m| m.span.end == end && (m.kind == EntityKind::Person) == person)
        .map(|m| m.entity)
}

/// True when `gap` is white space only (most gaps are one space: tested
/// by bytes before any char decoding).
#[inline]
fn blank(gap: &str) -> bool {
    gap.bytes().all(|b| b == b' ') || gap.trim().is_empty()
}

/// True when `text[a..b]` is one space or more, as most gaps are: read as
/// bytes, without slicing the text ([`blank`] says the same and more).
#[inline]
fn spaces(text: &str, a: usize, b: usize) -> bool {
    text.as_bytes()
        .get(a..b)
        .is_some_and(|g| !g.is_empty() && g.iter().all(|&c| c == b' '))
}

/// The span of token `t`.
#[inline]
fn span_of(t: &Token) -> Span {
    Span::new(t.start, t.end)
}

/// The word token before token `i`, across at most a few marks (a mark
/// between two words makes their gap non-blank, which the callers test).
fn prev_word(toks: &[Token], i: usize) -> Option<usize> {
    (i.saturating_sub(4)..i).rev().find(|&k| toks[k].is_word())
}

/// The first word token from token `i` on, across at most a few marks.
fn next_word(toks: &[Token], i: usize) -> Option<usize> {
    (i..toks.len().min(i + 4)).find(|&k| toks[k].is_word())
}

#[cfg(test)]
mod tests;
