//! Resolution: one entity per referent. "Bachelet" after "Michelle
//! Bachelet" is her; "Zhang" after "Zhang Jun" is him; "the UN" is the
//! gazetteer's "United Nations"; "WHO" after "World Health Organization
//! (WHO)" is the organization; a headline's "LEICESTERSHIRE" is the team
//! the story calls "Leicestershire".

use super::gazetteer::Gazetteer;
use super::rules::{Candidate, Strength};
use super::tokens::{Token, CAP, LOWER, PUNCT};
use super::words::{name_key, FastMap};
use crate::{Document, Entity, EntityKind, Mention, Span};

/// Name words of a person's full name that later mentions may use alone.
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split([' ', '-'])
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_uppercase))
}

struct Draft {
    kind: EntityKind,
    name: String,
    mentions: Vec<usize>,
}

/// Turns candidates into `doc.mentions` and `doc.entities`.
pub(crate) fn resolve(
    text: &str,
    toks: &[Token],
    gaz: &Gazetteer,
    cands: &mut Vec<Candidate>,
    doc: &mut Document,
) {
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut last_end = 0;
    cands.retain(|c| {
        let keep = c.start >= last_end && c.end > c.start;
        if keep {
            last_end = c.end;
        }
        keep
    });
    if cands.is_empty() {
        return;
    }

    // Pass 1: strong names, acronyms defined in the text, and the kind each
    // surface form was given where the evidence was good.
    let mut person_words: FastMap<String, Vec<(usize, usize)>> = FastMap::default(); // word -> (cand, pos)
                                                                                     // One buffer holds every candidate's lowercase key.
    let mut key_buf = String::with_capacity(text.len().min(1 << 16) / 4);
    let mut key_end = Vec::with_capacity(cands.len());
    for c in cands.iter() {
        name_key(&text[c.start..c.end], &mut key_buf);
        key_end.push(key_buf.len());
    }
    let keys: Vec<&str> = (0..cands.len())
        .map(|i| &key_buf[if i == 0 { 0 } else { key_end[i - 1] }..key_end[i]])
        .collect();
    let mut word_key = String::new();
    let mut surface_kind: FastMap<&str, (EntityKind, Strength, usize)> = FastMap::default();
    let mut acronyms: FastMap<String, usize> = FastMap::default();
    for (i, c) in cands.iter().enumerate() {
        let surface = &text[c.start..c.end];
        if c.kind == EntityKind::Person
            && (c.strength >= Strength::Weak || c.namelike)
            && !c.style
            && c.tok.1 - c.tok.0 >= 2
        {
            for w in name_words(surface) {
                // an owned key only for a word not seen before
                word_key.clear();
                name_key(w, &mut word_key);
                match person_words.get_mut(word_key.as_str()) {
                    Some(list) => list.push((i, c.start)),
                    None => {
                        person_words.insert(word_key.clone(), vec![(i, c.start)]);
                    }
                }
            }
        }
        if c.strength >= Strength::Weak && !c.style {
            let e = surface_kind
                .entry(keys[i])
                .or_insert((c.kind, c.strength, i));
            if c.strength > e.1 {
                *e = (c.kind, c.strength, i);
            }
        }
        // "World Health Organization (WHO)"
        if c.kind == EntityKind::Organization && c.tok.1 + 2 < toks.len() {
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
                    acronyms.insert(acr.replace('.', ""), i);
                }
            }
        }
    }
    // Initials of multiword organizations: "Leicestershire County Cricket
    // Club" is not abbreviated, but "Palestine Liberation Organisation" is PLO.
    for (i, c) in cands.iter().enumerate() {
        if c.kind != EntityKind::Organization
            || c.tok.1 - c.tok.0 < 2
            || c.strength < Strength::Rule
        {
            continue;
        }
        let initials: String = text[c.start..c.end]
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|ch| ch.is_uppercase())
            .collect();
        if initials.chars().count() >= 2 {
            acronyms.entry(initials).or_insert(i);
        }
    }

    // Short forms of organization names: "Jamesway" and "Acme Widgets" for
    // "Jamesway Corp" and "Acme Widgets Inc.", "Reserve Bank" for "Reserve
    // Bank of Australia".
    let mut short_forms: FastMap<String, usize> = FastMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.kind != EntityKind::Organization
            || c.tok.1 - c.tok.0 < 2
            || c.strength < Strength::Rule
        {
            continue;
        }
        let words: Vec<&str> = keys[i].split(' ').collect();
        let mut cut = words.len();
        while cut > 1 && is_company_suffix(words[cut - 1]) {
            cut -= 1;
        }
        if cut < words.len() {
            short_forms.entry(words[..cut].join(" ")).or_insert(i);
        }
        if let Some(of) = words.iter().position(|&w| w == "of") {
            if of >= 2 {
                short_forms.entry(words[..of].join(" ")).or_insert(i);
            }
        }
    }

    // Pass 2: decide each candidate's kind and the candidate it refers to.
    let n = cands.len();
    let mut refers: Vec<usize> = (0..n).collect();
    let mut keep = vec![true; n];
    for i in 0..n {
        let c = cands[i];
        let surface = &text[c.start..c.end];
        let single = c.tok.1 - c.tok.0 == 1;
        // surname or first name of a person named in full
        if single && (c.kind != EntityKind::Organization || c.strength < Strength::Listed) {
            let person_ok = c.strength < Strength::Listed
                || !matches!(c.kind, EntityKind::Place | EntityKind::Group)
                || !toks[c.tok.0].informative_cap()
                || !preceded_by_preposition(text, toks, c.tok.0);
            if person_ok {
                if let Some(list) = person_words.get(keys[i]) {
                    // the nearest full name before, else the first after
                    // (the list is in text order: a binary search)
                    let before = list.partition_point(|&(_, pos)| pos <= c.start);
                    let best = before
                        .checked_sub(1)
                        .map(|b| &list[b])
                        .or_else(|| list.first());
                    if let Some(&(j, _)) = best {
                        if j != i {
                            refers[i] = j;
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
        if !acronyms.is_empty() && toks[c.tok.0].is(CAP) && !surface.chars().any(char::is_lowercase)
        {
            let acr_key: String = surface.chars().filter(|&ch| ch != '.').collect();
            if let Some(&j) = acronyms.get(&acr_key) {
                if j != i {
                    refers[i] = j;
                    cands[i].kind = cands[j].kind;
                    continue;
                }
            }
        }
        // a short form of an organization named in full
        if let Some(&j) = short_forms.get(keys[i]) {
            if j != i && c.sense.is_none() {
                refers[i] = j;
                cands[i].kind = EntityKind::Organization;
                continue;
            }
        }
        // the same surface classified with better evidence elsewhere
        if let Some(&(kind, strength, j)) = surface_kind.get(keys[i]) {
            if strength > c.strength {
                cands[i].kind = kind;
                if cands[j].sense.is_some() {
                    cands[i].sense = cands[j].sense;
                }
                continue;
            }
        }
        if c.style {
            keep[i] = false;
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
    let mut sense_keys = String::with_capacity(key_buf.len());
    let sense_key: Vec<(usize, usize)> = cands
        .iter()
        .map(|c| {
            let from = sense_keys.len();
            if let Some(s) = c.sense {
                name_key(&gaz.senses[s].canonical, &mut sense_keys);
            }
            (from, sense_keys.len())
        })
        .collect();
    let mut by_key: FastMap<(EntityKind, &str), usize> = FastMap::default();
    let mut drafts: Vec<Draft> = Vec::new();
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let mut r = i;
        for _ in 0..4 {
            if refers[r] == r {
                break;
            }
            r = refers[r];
        }
        let c = cands[i];
        let root = cands[r];
        let kind = if r != i { root.kind } else { c.kind };
        let (name, key): (&str, &str) = match root.sense {
            Some(s) => (&gaz.senses[s].canonical, {
                let (from, to) = sense_key[r];
                &sense_keys[from..to]
            }),
            None => (text[root.start..root.end].trim(), keys[r]),
        };
        let id = *by_key.entry((kind, key)).or_insert_with(|| {
            drafts.push(Draft {
                kind,
                name: collapse_ws(name),
                mentions: Vec::new(),
            });
            drafts.len() - 1
        });
        let m = doc.mentions.len();
        doc.mentions.push(Mention {
            span: Span::new(c.start, c.end),
            kind,
            entity: id,
        });
        drafts[id].mentions.push(m);
    }
    // Entities in order of first mention.
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&d| drafts[d].mentions[0]);
    let mut new_id = vec![0; drafts.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    for m in &mut doc.mentions {
        m.entity = new_id[m.entity];
    }
    let mut slots: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
    for (new, &old) in order.iter().enumerate() {
        if let Some(d) = slots[old].take() {
            doc.entities.push(Entity {
                id: new,
                kind: d.kind,
                name: d.name,
                mentions: d.mentions,
            });
        }
    }
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
    if !s.contains(['\n', '\t', '\r']) && !s.contains("  ") {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn preceded_by_preposition(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && toks[i - 1].is(LOWER) && {
        let w = &text[toks[i - 1].start..toks[i - 1].end];
        super::words::is_place_preposition(w)
    }
}
