//! Resolution: one entity per referent. "Bachelet" after "Michelle
//! Bachelet" is her; "Zhang" after "Zhang Jun" is him; "the UN" is the
//! gazetteer's "United Nations"; "WHO" after "World Health Organization
//! (WHO)" is the organization; a headline's "LEICESTERSHIRE" is the team
//! the story calls "Leicestershire".

use super::fingerprint::{eq_ignore_ascii_case, fingerprint, fingerprint_in};
use super::gazetteer::Gazetteer;
use super::rules::{Candidate, Strength};
use super::tokens::{Token, CAP, LOWER, PUNCT};
use super::words::{key_fingerprint, name_fingerprint, name_key, NameLists, W_ORG_HEAD};
use crate::{Document, Entity, EntityId, EntityKind, Mention, MentionId, Span};

/// Name words of a person's full name that later mentions may use alone.
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    // the pieces of `split([' ', '-'])`, found over bytes (both are ASCII,
    // so every piece is cut on char boundaries)
    let b = name.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at <= b.len() {
            let start = at;
            let end = b[start..]
                .iter()
                .position(|&x| x == b' ' || x == b'-')
                .map_or(b.len(), |k| start + k);
            at = end + 1;
            let w = name[start..end].trim_end_matches('.');
            // a capital and at least one more char
            let capital = match w.as_bytes() {
                [first, ..] if first.is_ascii() => first.is_ascii_uppercase() && w.len() >= 2,
                _ => {
                    let mut chars = w.chars();
                    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some()
                }
            };
            if capital {
                return Some(w);
            }
        }
        None
    })
}

/// [`name_words`] of a name in ASCII, over its bytes, as byte ranges.
fn ascii_name_words(name: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    name.split(|&x| x == b' ' || x == b'-')
        .filter_map(move |mut w| {
            let at = start;
            start += w.len() + 1;
            while let [rest @ .., b'.'] = w {
                w = rest;
            }
            (w.len() >= 2 && w[0].is_ascii_uppercase()).then_some((at, at + w.len()))
        })
}

/// Buffers and maps reused from one text to the next, so resolving a
/// text allocates little besides its output. Names are keyed by the
/// fingerprints of their lowercase keys ([`name_key`]).
#[derive(Default)]
pub(crate) struct Buffers {
    /// Fingerprint of each candidate's lowercase key, and whether its
    /// text is tidy ([`key_fingerprint`]): side by side, one push each.
    keys: Vec<(u64, bool)>,
    /// Words of people's full names: (word fingerprint, candidate start,
    /// candidate), sorted by word and then position.
    person_words: Vec<(u64, usize, usize)>,
    /// A bit per class of the fingerprints of `person_words`: most
    /// candidates' words are no word of a full name, and one test tells.
    person_filter: [u64; 16],
    /// A bit per class of the keys of the candidates that may be short
    /// forms of an organization's name: most organizations' short forms
    /// are no such key, and are not worth building.
    short_filter: [u64; 16],
    /// The kind each surface form was given where the evidence was good.
    surface_kind: FpMap<(EntityKind, Strength, usize)>,
    acronyms: FpMap<usize>,
    /// Acronyms the text defines: "London Stock Exchange (LSE)".
    defined: FpMap<usize>,
    short_forms: FpMap<usize>,
    /// Entities by kind (the tag) and key.
    by_key: FpMap<usize>,
    /// The candidates of multiword organization names found with good
    /// evidence.
    orgs: Vec<usize>,
    refers: Vec<usize>,
    keep: Vec<bool>,
    /// A word or acronym being built.
    word: String,
    /// A first name and the surname it shares ("Ruth Hale" of "Ruth and
    /// Tom Hale"), being built.
    full_name: String,
    /// A shorter form of a person's name being built ("Sarah Halimi" of
    /// "Sarah Lucy Halimi").
    short_name: String,
    /// Byte ends of the words of one key.
    word_ends: Vec<usize>,
    /// Keys of the canonical names of listed senses in this text
    /// ([`key_fingerprint`]).
    /// Keyed by sense index + 1 (a key is never 0).
    canonical_keys: FpMap<(u64, bool)>,
    /// The candidate that names each entity, its kind, and whether the
    /// name is tidy.
    entity_roots: Vec<(usize, EntityKind, bool)>,
    /// Mentions of each entity.
    counts: Vec<usize>,
}

impl Buffers {
    fn clear(&mut self) {
        self.keys.clear();
        self.person_words.clear();
        self.person_filter = [0; 16];
        self.short_filter = [0; 16];
        self.surface_kind.clear();
        self.acronyms.clear();
        self.defined.clear();
        self.short_forms.clear();
        self.by_key.clear();
        self.orgs.clear();
        self.refers.clear();
        self.keep.clear();
        self.canonical_keys.clear();
        self.entity_roots.clear();
        self.counts.clear();
    }
}

/// Turns candidates into `doc.mentions` and `doc.entities`.
pub(crate) fn resolve(
    text: &str,
    toks: &[Token],
    gaz: &Gazetteer,
    lists: &NameLists,
    cands: &mut Vec<Candidate>,
    b: &mut Buffers,
    doc: &mut Document,
) {
    // (the rules push candidates in text order and apart nearly always:
    // one pass without branches tells, and the sort and the filter are
    // skipped)
    let mut apart = true;
    let mut last_end = 0;
    for c in cands.iter() {
        apart &= c.start >= last_end && c.end > c.start;
        last_end = c.end;
    }
    if !apart {
        let key = |c: &Candidate| (c.start, std::cmp::Reverse(c.end));
        if cands.windows(2).any(|w| key(&w[0]) > key(&w[1])) {
            cands.sort_by_key(key);
        }
        let mut last_end = 0;
        cands.retain(|c| {
            let keep = c.start >= last_end && c.end > c.start;
            if keep {
                last_end = c.end;
            }
            keep
        });
    }
    if cands.is_empty() {
        return;
    }
    b.clear();

    // Pass 1: the key of each candidate, strong names, acronyms defined in
    // the text, and the kind each surface form was given where the
    // evidence was good.
    for (i, c) in cands.iter().enumerate() {
        let (fp, tidy) = match c.surname {
            Some((s, e)) => {
                // (built in a buffer kept from text to text, not allocated)
                b.full_name.clear();
                b.full_name.push_str(&text[c.start..c.end]);
                b.full_name.push(' ');
                b.full_name.push_str(&text[s..e]);
                (name_fingerprint(&b.full_name, &mut b.word), false)
            }
            // one ASCII word is its own key but for case: the fingerprint
            // of its text, known from the gazetteer's look-up (0 for a
            // word not in ASCII)
            None if c.fp != 0 => (c.fp, true),
            None => key_fingerprint(&text[c.start..c.end], &mut b.word),
        };
        b.keys.push((fp, tidy));
        // (the candidates pass 2 may take for a short form)
        if c.strength != Strength::Listed
            && c.sense.is_none()
            && (!c.style || c.lone || c.short_only)
        {
            let (word, bit) = filter_position(fp);
            b.short_filter[word] |= bit;
        }

        if c.kind == EntityKind::Person
            && (c.strength >= Strength::Weak || c.namelike)
            && !c.style
            && (c.tok.1 - c.tok.0 >= 2 || c.surname.is_some())
        {
            // "Ruth" of "Ruth and Tom Hale": a later "Ruth" is her
            let (full, surname) = match c.surname {
                Some((s, e)) => ("", Some(&text[s..e])),
                None => (&text[c.start..c.end], None),
            };
            if let Some(surname) = surname {
                for w in [&text[c.start..c.end], surname] {
                    let fp = name_fingerprint(w, &mut b.word);
                    b.person_words.push((fp, c.start, i));
                }
            }
            if b.keys[i].1 {
                // (the words of a tidy name are ASCII without white space:
                // each its own key but for case)
                for (s, e) in ascii_name_words(full.as_bytes()) {
                    let fp = fingerprint_in(text.as_bytes(), c.start + s, c.start + e);
                    b.person_words.push((fp, c.start, i));
                }
            } else {
                for w in name_words(full) {
                    let fp = word_fingerprint(w, &mut b.word);
                    b.person_words.push((fp, c.start, i));
                }
            }
            // multi-word and hyphenated surnames: "Van Der Beek", "von der
            // Leyen", "Karlsson Berg", "Hudson-Smith" after the full name
            // (a rest holds a space or hyphen when it holds the last one:
            // none for a name of two words)
            if let Some(last) = full.bytes().rposition(|x| x == b' ' || x == b'-') {
                for at in spaces(&full[..last]) {
                    let rest = full[at + 1..].trim_start();
                    if full.len() - rest.len() <= last {
                        let fp = name_fingerprint(rest, &mut b.word);
                        b.person_words.push((fp, c.start, i));
                    }
                }
            }
            // shorter forms of a name of three words or more: "Sarah
            // Halimi" and "Sarah Lucy" after "Sarah Lucy Halimi"
            let mut words = full.split_whitespace();
            if c.tok.1 - c.tok.0 < 3 {
                // fewer than three tokens: no three words
            } else if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
                if words.next().is_some() {
                    b.short_name.clear();
                    b.short_name.push_str(first);
                    b.short_name.push(' ');
                    b.short_name.push_str(last);
                    let fp = name_fingerprint(&b.short_name, &mut b.word);
                    b.person_words.push((fp, c.start, i));
                    let mut words = full.split_whitespace();
                    b.short_name.clear();
                    b.short_name.push_str(words.next().unwrap_or(""));
                    while let Some(w) = words.next() {
                        if words.clone().next().is_none() {
                            break;
                        }
                        b.short_name.push(' ');
                        b.short_name.push_str(w);
                        let fp = name_fingerprint(&b.short_name, &mut b.word);
                        b.person_words.push((fp, c.start, i));
                    }
                }
            }
        }
        if c.strength >= Strength::Weak && !c.style {
            let e = b
                .surface_kind
                .or_insert(b.keys[i].0, 0, (c.kind, c.strength, i));
            if c.strength > e.1 {
                *e = (c.kind, c.strength, i);
            }
        }
        if c.kind != EntityKind::Organization {
            continue;
        }
        if c.tok.1 - c.tok.0 >= 2 && c.strength >= Strength::Rule {
            b.orgs.push(i);
        }
        // "World Health Organization (WHO)"
        if c.tok.1 + 2 < toks.len() {
            let (o, a, cl) = (toks[c.tok.1], toks[c.tok.1 + 1], toks[c.tok.1 + 2]);
            if o.is(PUNCT)
                && &text[o.start..o.end] == "("
                && cl.is(PUNCT)
                && &text[cl.start..cl.end] == ")"
            {
                let acr = &text[a.start..a.end];
                if acr.len() >= 2
                    && acr
                        .chars()
                        .all(|ch| ch.is_uppercase() || ch == '.' || ch == '&')
                {
                    let fp = without_periods(acr, &mut b.word);
                    *b.acronyms.or_insert(fp, 0, i) = i;
                    let letters = std::mem::take(&mut b.word);
                    capital_initials(&text[c.start..c.end], &mut b.word);
                    if abbreviates(&letters, &b.word) {
                        *b.defined.or_insert(fp, 0, i) = i;
                    }
                }
            }
        }
    }
    // candidates are in text order: a stable sort keeps each word's
    // mentions in text order
    b.person_words.sort_by_key(|&(fp, _, _)| fp);
    for &(fp, _, _) in &b.person_words {
        let (word, bit) = filter_position(fp);
        b.person_filter[word] |= bit;
    }
    // Multiword organization names found with good evidence give two
    // other ways to name them:
    // - their initials: "Leicestershire County Cricket Club" is not
    //   abbreviated, but "Palestine Liberation Organisation" is PLO;
    // - short forms: "Jamesway" and "Acme Widgets" for "Jamesway Corp" and
    //   "Acme Widgets Inc.", "Reserve Bank" for "Reserve Bank of Australia",
    //   "Dalhousie" for "Dalhousie University".
    // (an organization's initials are worth finding only when an unlisted
    // name in capitals may stand for them)
    let initials_wanted = !b.orgs.is_empty()
        && cands
            .iter()
            .any(|c| c.strength != Strength::Listed && in_capitals(c, text, toks));
    for &i in &b.orgs {
        let c = &cands[i];
        let surface = &text[c.start..c.end];
        if initials_wanted {
            capital_initials(surface, &mut b.word);
            if b.word.chars().count() >= 2 {
                b.acronyms.or_insert(fingerprint(b.word.as_bytes()), 0, i);
            }
        }

        // A short form is the key cut at a space: a tidy surface's
        // prefixes before its spaces, fingerprinted as they stand, tell
        // whether any candidate may be one.
        // (every prefix is tested, the bits or-ed: one branch at the end
        // instead of a hard-to-foresee one per space)
        // "Polygraph" for the outlet "Polygraph.info"
        if let Some(label) = domain_label(surface) {
            let fp = fingerprint_in(text.as_bytes(), c.start, c.start + label);
            let (word, bit) = filter_position(fp);
            if b.short_filter[word] & bit != 0 {
                b.short_forms.or_insert(fp, 0, i);
            }
            continue;
        }
        if b.keys[i].1 {
            let hits = spaces(surface).fold(0, |hits, at| {
                let (word, bit) =
                    filter_position(fingerprint_in(text.as_bytes(), c.start, c.start + at));
                hits | (b.short_filter[word] & bit)
            });
            // (and the last word: "Review-Journal")
            let last = surface.rfind(' ').map_or(0, |k| k + 1);
            let (word, bit) =
                filter_position(fingerprint_in(text.as_bytes(), c.start + last, c.end));
            if hits | (b.short_filter[word] & bit) == 0 {
                continue;
            }
        }

        b.word.clear();
        if b.keys[i].1 {
            // a tidy surface is its key but for ASCII case (what
            // `name_key` would check again)
            b.word.push_str(surface);
            b.word.make_ascii_lowercase();
        } else {
            name_key(surface, &mut b.word);
        }
        let key = b.word.as_str();
        b.word_ends.clear();
        for (k, &x) in key.as_bytes().iter().enumerate() {
            if x == b' ' {
                b.word_ends.push(k);
            }
        }
        b.word_ends.push(key.len());
        let word = |k: usize, ends: &[usize]| {
            let from = if k == 0 { 0 } else { ends[k - 1] + 1 };
            &key[from..ends[k]]
        };
        let n = b.word_ends.len();
        let mut cut = n;
        while cut > 1 && is_company_suffix(word(cut - 1, &b.word_ends)) {
            cut -= 1;
        }
        // "Dalhousie" for "Dalhousie University" (a listed place, "Boston",
        // keeps its own entity: short forms are not looked up for those)
        if cut == n && n >= 2 && matches!(word(n - 1, &b.word_ends), "university" | "college") {
            cut -= 1;
        }
        if cut < n {
            let short = fingerprint(&key.as_bytes()[..b.word_ends[cut - 1]]);
            b.short_forms.or_insert(short, 0, i);
        }
        let of = (0..n).find(|&k| matches!(word(k, &b.word_ends), "of" | "for" | "and" | "&"));
        // the last word when it is an organization's head, a paper's
        // name after its city: "Review-Journal" for "Las Vegas
        // Review-Journal", "Gazette" for "Montreal Gazette"
        if cut == n && n >= 2 && of.is_none() {
            let last = word(n - 1, &b.word_ends);
            let head = last.rsplit('-').next().unwrap_or(last);
            if lists.classes(head) & W_ORG_HEAD != 0 {
                let from = b.word_ends[n - 2] + 1;
                b.short_forms
                    .or_insert(fingerprint(&key.as_bytes()[from..]), 0, i);
            }
        }
        if let Some(of) = of {
            if of >= 2 {
                let short = fingerprint(&key.as_bytes()[..b.word_ends[of - 1]]);
                b.short_forms.or_insert(short, 0, i);
            }
        } else {
            // the first words of a name of its own: "Merrill Lynch" and
            // "Morgan" for "Merrill Lynch Capital Markets" and "Morgan
            // Stanley" (a capital of style never takes them)
            for k in 1..cut.min(3) {
                let short = fingerprint(&key.as_bytes()[..b.word_ends[k - 1]]);
                b.short_forms.or_insert(short, 0, i);
            }
        }
    }

    // Pass 2: decide each candidate's kind and the candidate it refers to.
    let n = cands.len();
    b.refers.extend(0..n);
    b.keep.resize(n, true);
    for i in 0..n {
        // (a reference, not a copy of the whole candidate)
        let c = &cands[i];
        let single = c.tok.1 - c.tok.0 == 1;
        // surname or first name of a person named in full
        // An acronym the text defines wins over a list's reading of the
        // same letters: "London Stock Exchange (LSE)" makes LSE the exchange.
        // (the text's definitions first: mostly none, a branch foreseen)
        if !b.defined.is_empty() && single && c.strength == Strength::Listed {
            let acr = &text[c.start..c.end];
            if acr.len() >= 2 && !has_lowercase(acr) {
                let fp = without_periods(acr, &mut b.word);
                if let Some(j) = b.defined.get(fp, 0) {
                    if j != i {
                        b.refers[i] = j;
                        cands[i].kind = cands[j].kind;
                        cands[i].sense = None;
                        continue;
                    }
                }
            }
        }
        // (`&` and `|`, not `&&` and `||`: the tests are cheap, and one
        // branch on their result is foreseen better than four)
        let unlisted = c.strength < Strength::Listed;
        let short = single | ((c.tok.1 - c.tok.0 <= 5) & unlisted);
        if short & ((c.kind != EntityKind::Organization) | unlisted) & !c.short_only {
            let fp = b.keys[i].0;
            let (word, bit) = filter_position(fp);
            // (the filter first: most words are no word of a full name)
            let person_ok = b.person_filter[word] & bit != 0
                && (c.strength < Strength::Listed
                    || !matches!(c.kind, EntityKind::Place | EntityKind::Group)
                    || !toks[c.tok.0].informative_cap()
                    || !preceded_by_preposition(text, toks, lists, c.tok.0));
            if person_ok {
                let from = b.person_words.partition_point(|&(w, _, _)| w < fp);
                // mostly no full name has this word: one search tells
                let rest = &b.person_words[from..];
                let list = match rest.first() {
                    Some(&(w, _, _)) if w == fp => {
                        &rest[..rest.partition_point(|&(w, _, _)| w == fp)]
                    }
                    _ => &[],
                };
                if !list.is_empty() {
                    // the nearest full name before, else the first after;
                    // but a full name named far more often before wins
                    // over one named once in passing ("Cheney" after "her
                    // father Dick Cheney" in a story of Liz Cheney)
                    let before = list.partition_point(|&(_, pos, _)| pos <= c.start);
                    let best = before
                        .checked_sub(1)
                        .map(|b| most_named(text, cands, &list[..b + 1]))
                        .or_else(|| list.first());
                    // (a word only a surname claims: the full name must
                    // end with it)
                    let claims = |j: usize| {
                        let (word, full) = (&text[c.start..c.end], &cands[j]);
                        !c.last_word_only
                            || text[full.start..full.end]
                                .strip_suffix(word)
                                .is_some_and(|rest| rest.ends_with([' ', '-']))
                    };
                    if let Some(&(_, _, j)) = best.filter(|&&(_, _, j)| claims(j)) {
                        if j != i {
                            b.refers[i] = j;
                            cands[i].kind = EntityKind::Person;
                            continue;
                        }
                    }
                }
            }
        }
        if c.strength == Strength::Listed {
            continue;
        }
        // acronym defined or implied in the text
        if !b.acronyms.is_empty() && in_capitals(c, text, toks) {
            let acr = without_periods(&text[c.start..c.end], &mut b.word);
            if let Some(j) = b.acronyms.get(acr, 0) {
                if j != i {
                    b.refers[i] = j;
                    cands[i].kind = cands[j].kind;
                    continue;
                }
            }
        }
        // a short form of an organization named in full
        if let Some(j) = b.short_forms.get(b.keys[i].0, 0) {
            if j != i && c.sense.is_none() && (!c.style || c.lone || c.short_only) {
                b.refers[i] = j;
                cands[i].kind = EntityKind::Organization;
                continue;
            }
        }
        // the same surface classified with better evidence elsewhere
        if let Some((kind, strength, j)) = b.surface_kind.get(b.keys[i].0, 0) {
            if strength > c.strength {
                cands[i].kind = kind;
                if cands[j].sense.is_some() {
                    cands[i].sense = cands[j].sense;
                }
                continue;
            }
        }
        if c.style {
            b.keep[i] = false;
            continue;
        }
        if c.strength == Strength::Unknown {
            cands[i].kind = if c.namelike {
                EntityKind::Person
            } else {
                EntityKind::Organization
            };
        }
    }

    // Build entities: follow `refers` to the candidate that names the
    // referent, then group by kind and canonical key (for a listed name,
    // the key of its canonical name).
    // Entities are made at their first mention, in text order: already in
    // the order of first mention the document promises.
    // Entities are numbered first and built after, so that the output's
    // vectors are each allocated once, at their final size (the mentions
    // at most one per candidate).
    let first_mention = doc.mentions.len();
    let first_entity = doc.entities.len();
    doc.mentions.reserve_exact(n);
    for i in 0..n {
        if !b.keep[i] {
            continue;
        }
        let mut r = i;
        for _ in 0..4 {
            if b.refers[r] == r {
                break;
            }
            r = b.refers[r];
        }
        let kind = cands[r].kind;
        let (key, tidy) = match cands[r].sense {
            Some(s) => match b.canonical_keys.get(s as u64 + 1, 0) {
                Some(k) => k,
                None => {
                    let canonical = &gaz.senses[s].canonical;
                    let root = &cands[r];
                    // most listed names are written as their canonical
                    // name (the same bytes mostly: one `memcmp`), but for
                    // case: then its key is the root's
                    let written = &text.as_bytes()[root.start..root.end];
                    let k = if root.surname.is_none()
                        && (written == canonical.as_bytes()
                            || eq_ignore_ascii_case(written, canonical.as_bytes()))
                    {
                        b.keys[r]
                    } else {
                        key_fingerprint(canonical, &mut b.word)
                    };
                    *b.canonical_keys.or_insert(s as u64 + 1, 0, k)
                }
            },
            None => b.keys[r],
        };
        let new = b.entity_roots.len();
        let e = *b.by_key.or_insert(key, kind as u8, new);
        if e == new {
            b.entity_roots.push((r, kind, tidy));
            b.counts.push(0);
        }
        b.counts[e] += 1;
        doc.mentions.push(Mention {
            span: Span::new(cands[i].start, cands[i].end),
            kind: b.entity_roots[e].1,
            entity: EntityId::new(first_entity + e),
        });
    }
    doc.entities.reserve_exact(b.entity_roots.len());
    for (&(r, kind, tidy), &count) in b.entity_roots.iter().zip(&b.counts) {
        let root = &cands[r];
        if let Some((s, e)) = root.surname {
            doc.entities.push(Entity {
                id: EntityId::new(doc.entities.len()),
                kind,
                name: joined(text[root.start..root.end].trim(), &text[s..e]),
                mentions: Vec::with_capacity(count),
                references: Vec::new(),
            });
            continue;
        }
        let name = match root.sense {
            Some(s) => &gaz.senses[s].canonical,
            None if tidy => &text[root.start..root.end],
            None => text[root.start..root.end].trim(),
        };
        doc.entities.push(Entity {
            id: EntityId::new(doc.entities.len()),
            kind,
            name: if tidy {
                name.to_string()
            } else {
                collapse_ws(name)
            },
            mentions: Vec::with_capacity(count),
            references: Vec::new(),
        });
    }
    for (k, m) in doc.mentions.iter().enumerate().skip(first_mention) {
        doc.entities[m.entity.index()]
            .mentions
            .push(MentionId::new(k));
    }
}

/// Of the full names `prior` holds (word, position, candidate), in text
/// order, the last: or the last of another name that the 64 latest name
/// three times or more, and at least twice as often as the last one.
fn most_named<'l>(
    text: &str,
    cands: &[Candidate],
    prior: &'l [(u64, usize, usize)],
) -> &'l (u64, usize, usize) {
    let last = &prior[prior.len() - 1];
    let recent = &prior[prior.len().saturating_sub(64)..];
    if recent.len() < 3 {
        return last;
    }
    let name = |e: &(u64, usize, usize)| &text[cands[e.2].start..cands[e.2].end];
    // (few distinct names share a word: counted in a short array, the
    // names past its eighth left out)
    const MOST: usize = 8;
    let mut counts: [(&str, usize, usize); MOST] = [("", 0, 0); MOST];
    let mut distinct = 0;
    for (at, e) in recent.iter().enumerate() {
        let n = name(e);
        match counts[..distinct].iter_mut().find(|(m, _, _)| *m == n) {
            Some(slot) => {
                slot.1 += 1;
                slot.2 = at;
            }
            None if distinct < MOST => {
                counts[distinct] = (n, 1, at);
                distinct += 1;
            }
            None => {}
        }
    }
    let counts = &counts[..distinct];
    let last_count = counts
        .iter()
        .find(|(m, _, _)| *m == name(last))
        .map_or(1, |c| c.1);
    match counts.iter().max_by_key(|(_, count, _)| *count) {
        Some(&(_, count, at)) if count >= 3 && count >= 2 * last_count => &recent[at],
        _ => last,
    }
}

/// [`name_fingerprint`] of one word of a name, split at spaces: a word of
/// visible ASCII is its own key but for case, and only the others need
/// building a key.
fn word_fingerprint(w: &str, buf: &mut String) -> u64 {
    if w.bytes().all(|x| x.is_ascii_graphic()) {
        fingerprint(w.as_bytes())
    } else {
        name_fingerprint(w, buf)
    }
}

/// `format!("{first} {last}")`, allocated once at its size, without the
/// formatting machinery.
fn joined(first: &str, last: &str) -> String {
    let mut s = String::with_capacity(first.len() + 1 + last.len());
    s.push_str(first);
    s.push(' ');
    s.push_str(last);
    s
}

/// The byte offsets of the spaces in `s`.
fn spaces(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.bytes()
        .enumerate()
        .filter(|&(_, x)| x == b' ')
        .map(|(k, _)| k)
}

/// Where the bit of `fp` is in a filter of fingerprints ([`Buffers::person_filter`],
/// [`Buffers::short_filter`]): its top ten
/// bits.
#[inline]
fn filter_position(fp: u64) -> (usize, u64) {
    ((fp >> 60) as usize, 1 << (fp >> 54 & 63))
}

/// The capitals that start words of `s` ("Palestine Liberation
/// Organisation" → "PLO"), into `out`.
fn capital_initials(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        // the words of `split_whitespace`, without decoding chars
        let mut word_start = true;
        for &byte in s.as_bytes() {
            if word_start && byte.is_ascii_uppercase() {
                out.push(char::from(byte));
            }
            word_start = byte == b' ' || (b'\t'..=b'\r').contains(&byte);
        }
        return;
    }
    out.extend(
        s.split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|ch| ch.is_uppercase()),
    );
}

/// Whether `acronym` (periods left out) abbreviates a name whose capital
/// initials are `initials`: the same first letter, then the rest in order
/// ("TSSA" for "Transport Salaried Staffs’ Association", "LSE" for "London
/// Stock Exchange"; not "US" for "Chicago Cubs").
pub(crate) fn abbreviates(acronym: &str, initials: &str) -> bool {
    let mut rest = initials.chars();
    let mut letters = acronym.chars().filter(|c| c.is_alphabetic());
    match (letters.next(), rest.next()) {
        (Some(a), Some(i)) if a == i => {}
        _ => return false,
    }
    letters.all(|a| rest.any(|i| i == a))
}

/// Whether candidate `c` is written in capitals ("WHO", "U.N."), as an
/// acronym is.
#[inline]
fn in_capitals(c: &Candidate, text: &str, toks: &[Token]) -> bool {
    // (most names tell by their second byte, as `has_lowercase` does,
    // read here without slicing the text)
    toks[c.tok.0].is(CAP)
        && !(c.start + 1 < c.end && text.as_bytes()[c.start + 1].is_ascii_lowercase())
        && !has_lowercase(&text[c.start..c.end])
}

/// Whether `s` has a lowercase letter. Most names tell by their second
/// byte (an ASCII byte is a whole char), and only the others are decoded.
#[inline]
fn has_lowercase(s: &str) -> bool {
    s.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) || s.chars().any(char::is_lowercase)
}

/// The fingerprint of `s` with its periods left out ("U.N." → "UN").
fn without_periods(s: &str, buf: &mut String) -> u64 {
    buf.clear();
    // (most have none: copied whole, not char by char)
    if s.contains('.') {
        buf.extend(s.chars().filter(|&ch| ch != '.'));
    } else {
        buf.push_str(s);
    }
    fingerprint(buf.as_bytes())
}

/// The length of the label of a web address written as a name
/// ("Polygraph.info", "Preloved.co.uk"): a capital, letters and digits,
/// then a period and lowercase letters to the end.
fn domain_label(surface: &str) -> Option<usize> {
    let b = surface.as_bytes();
    let dot = b.iter().position(|&x| x == b'.')?;
    let label_ok = b[0].is_ascii_uppercase()
        && b[..dot]
            .iter()
            .all(|x| x.is_ascii_alphanumeric() || *x == b'-');
    let tld_ok = dot + 1 < b.len()
        && b[dot + 1..]
            .iter()
            .all(|&x| x.is_ascii_lowercase() || x == b'.')
        && b.last() != Some(&b'.');
    (label_ok && tld_ok).then_some(dot)
}

/// Words that end company names and may be left out: "Jamesway Corp" is
/// "Jamesway".
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "inc"
            | "corp"
            | "co"
            | "ltd"
            | "plc"
            | "llc"
            | "ag"
            | "sa"
            | "nv"
            | "group"
            | "holdings"
            | "corporation"
            | "company"
            | "limited"
            | "incorporated"
    )
}

fn collapse_ws(s: &str) -> String {
    let b = s.as_bytes();
    if !b.iter().any(|c| matches!(c, b'\n' | b'\t' | b'\r'))
        && !b.windows(2).any(|pair| pair == b"  ")
    {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn preceded_by_preposition(text: &str, toks: &[Token], lists: &NameLists, i: usize) -> bool {
    i > 0 && toks[i - 1].is(LOWER) && {
        let w = &text[toks[i - 1].start..toks[i - 1].end];
        lists.classes(w) & super::words::W_PREP != 0
    }
}

/// A map for one text from fingerprints (never 0) and a small tag to
/// small values: open addressing on the fingerprint's low bits (already
/// well mixed, so not hashed again), probed linearly, at most half full.
/// Keys are compared whole, fingerprint and tag, so it answers as a hash
/// map of those keys does.
#[derive(Clone, Debug)]
struct FpMap<V> {
    /// The fingerprint of each slot, 0 when empty: apart from the tags and
    /// values, so that clearing is one `memset`.
    keys: Vec<u64>,
    /// The tag and value of each slot.
    vals: Vec<(u8, V)>,
    len: usize,
}

impl<V> Default for FpMap<V> {
    fn default() -> Self {
        FpMap {
            keys: Vec::new(),
            vals: Vec::new(),
            len: 0,
        }
    }
}

impl<V: Copy> FpMap<V> {
    fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Empties the map, keeping its slots (texts are much alike in size).
    fn clear(&mut self) {
        if self.len > 0 {
            self.keys.fill(0);
            self.len = 0;
        }
    }

    #[inline]
    fn get(&self, fp: u64, tag: u8) -> Option<V> {
        debug_assert!(fp != 0);
        if self.len == 0 {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = fp as usize & mask;
        loop {
            let k = self.keys[i];
            if k == fp && self.vals[i].0 == tag {
                return Some(self.vals[i].1);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of the key, inserted as `v` when absent.
    #[inline]
    fn or_insert(&mut self, fp: u64, tag: u8, v: V) -> &mut V {
        debug_assert!(fp != 0);
        if 2 * (self.len + 1) > self.keys.len() {
            self.grow(v);
        }
        let mask = self.keys.len() - 1;
        let mut i = fp as usize & mask;
        loop {
            let k = self.keys[i];
            if k == fp && self.vals[i].0 == tag {
                return &mut self.vals[i].1;
            }
            if k == 0 {
                self.keys[i] = fp;
                self.vals[i] = (tag, v);
                self.len += 1;
                return &mut self.vals[i].1;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots; `fill` is any value, for the empty ones.
    #[cold]
    fn grow(&mut self, fill: V) {
        let size = (2 * self.keys.len()).max(64);
        let keys = std::mem::replace(&mut self.keys, vec![0; size]);
        let vals = std::mem::replace(&mut self.vals, vec![(0, fill); size]);
        let mask = size - 1;
        for (k, v) in keys.into_iter().zip(vals) {
            if k != 0 {
                let mut i = k as usize & mask;
                while self.keys[i] != 0 {
                    i = (i + 1) & mask;
                }
                self.keys[i] = k;
                self.vals[i] = v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_words_split_as_str_split_does() {
        let slow = |name: &str| -> Vec<String> {
            name.split([' ', '-'])
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| {
                    let mut chars = w.chars();
                    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some()
                })
                .map(str::to_string)
                .collect()
        };
        for name in [
            "Michelle Bachelet",
            "J. R. Ewing",
            "Jean-Pierre van der Berg",
            "Hudson-Smith",
            "A B- -C Dd--Ee.",
            "Élysée Ödön ÅB x",
            "",
            "-",
            " Ann ",
            "Ab.. C.D. Xy.z O'Neill-Jr.",
        ] {
            let fast: Vec<String> = name_words(name).map(str::to_string).collect();
            assert_eq!(fast, slow(name), "{name:?}");
            if name.is_ascii() {
                let bytes: Vec<&str> = ascii_name_words(name.as_bytes())
                    .map(|(s, e)| &name[s..e])
                    .collect();
                assert_eq!(bytes, fast);
            }
        }
        assert_eq!(joined("Ruth", "Hale"), "Ruth Hale");
        assert_eq!(joined("", ""), " ");
        let spaced: Vec<usize> = spaces("a b  c").collect();
        assert_eq!(spaced, [1, 3, 4]);
    }

    #[test]
    fn word_fingerprints_are_name_fingerprints() {
        let mut buf = String::new();
        for w in [
            "Bachelet",
            "O'Neill",
            "J.",
            "THE",
            "The",
            "Zhang\nJun",
            "a\tb",
            "Élysée",
            "",
            "x",
        ] {
            assert_eq!(
                word_fingerprint(w, &mut buf),
                name_fingerprint(w, &mut buf),
                "{w:?}"
            );
        }
    }

    #[test]
    fn acronyms_lose_their_periods() {
        let mut buf = String::new();
        for (acronym, letters) in [("U.N.", "UN"), ("WHO", "WHO"), ("A.T&T", "AT&T"), ("", "")] {
            assert_eq!(
                without_periods(acronym, &mut buf),
                fingerprint(letters.as_bytes())
            );
            assert_eq!(buf, letters);
        }
    }

    #[test]
    fn fp_map_answers_as_a_hash_map() {
        let mut map: FpMap<usize> = FpMap::default();
        let mut want = std::collections::HashMap::new();
        for round in 0..3 {
            map.clear();
            want.clear();
            assert!(map.is_empty());
            for n in 1..500u64 {
                // low bits alike, so that keys share home slots and probe
                let fp = (n << 40) | ((n % 7) + 1);
                let tag = (n % 3) as u8;
                let v = n as usize * round;
                *map.or_insert(fp, tag, v) += 1;
                *want.entry((fp, tag)).or_insert(v) += 1;
                if n % 5 == 0 {
                    *map.or_insert(fp, tag, 0) += 1;
                    *want.entry((fp, tag)).or_insert(0) += 1;
                }
            }
            for n in 1..600u64 {
                let fp = (n << 40) | ((n % 7) + 1);
                for tag in 0..3 {
                    assert_eq!(map.get(fp, tag), want.get(&(fp, tag)).copied());
                }
            }
        }
    }

    #[test]
    fn acronyms_abbreviate_their_initials_in_order() {
        for (acronym, initials, want) in [
            ("LSE", "LSE", true),
            ("TSSA", "TSSA", true),
            ("OBR", "OBR", true),
            ("U.S.", "CC", false),
            ("RMT", "TSSA", false),
            ("NR", "NR", true),
            ("BBC", "B", false),
            ("", "A", false),
        ] {
            let letters: String = acronym.chars().filter(|&c| c != '.').collect();
            assert_eq!(
                abbreviates(&letters, initials),
                want,
                "{acronym} {initials}"
            );
        }
    }

    #[test]
    fn capital_initials_of_the_words_split_at_white_space() {
        let mut out = String::new();
        for s in [
            "Palestine Liberation Organisation",
            "New\tYork\x0BTimes\x0CCo\r\nLtd",
            "  Reserve Bank of  Australia ",
            "AT&T Inc",
            "Élysée Palace",
            "",
        ] {
            let slow: String = s
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            capital_initials(s, &mut out);
            assert_eq!(out, slow, "{s:?}");
        }
    }
}
