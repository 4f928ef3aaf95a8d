//! Reader gold (`../shared/eval/reader/`): web news articles read by hand,
//! with every quotation's speaker resolved to the fullest name the article
//! gives (or its description when it never names one) and the people,
//! organizations and places each article names. A file of several records
//! shaped like the seed gold is reader gold.
//!
//! Scoring follows the set's README:
//! - **entities**, per kind: a gold name is found when an entity of that
//!   kind has it as its canonical name or as one of its mentions' texts (one
//!   entity per gold name); precision counts the entities of the kind that
//!   found none.
//! - **quotes**: a prediction matches a gold entry when their contents
//!   overlap (one to one, largest overlap first); `term` entries are not
//!   quotes, and a prediction that matches only a term is left out of the
//!   count rather than called false. A quote that runs on over lines
//!   without reopening is one gold entry; byline reports it a part per
//!   line (the later ones follow-ons starting on the next line), and those
//!   parts are one prediction here.
//! - **speakers**, over matched entries with a gold speaker: a *named*
//!   speaker (one the article's entity lists hold) must come back as the
//!   same full name in `speaker_name`; a *described* one as no name, with
//!   the description as the `speaker` span (leading articles ignored). Names
//!   are compared with case, accents, punctuation and Mr/Ms/Dr ignored.
//!
//! `--verbose` prints each article's false and missed names, every missed
//! quote and every wrong speaker with its quote's first words.

use std::collections::HashSet;

use byline::{Annotator, Document, EntityId, EntityKind, Span};
use serde_json::Value;

use crate::{prf, Section};

/// True for a file of reader gold: more than one record with entity lists
/// and quotes (the seed gold is a single such record).
pub fn detect(records: &[Value]) -> bool {
    records.len() > 1
        && records
            .iter()
            .all(|r| r.get("people").is_some() && r.get("quotes").is_some())
}

const LISTS: [(&str, EntityKind); 3] = [
    ("people", EntityKind::Person),
    ("organizations", EntityKind::Organization),
    ("places", EntityKind::Place),
];

/// Scores the records: one section for entities, one for quotes.
pub fn evaluate(annotator: &Annotator, name: &str, records: &[Value]) -> Vec<Section> {
    let docs: Vec<(&str, &str, Document)> = records
        .iter()
        .map(|r| {
            let text = r["text"].as_str().unwrap_or("");
            let id = r["id"].as_str().unwrap_or("?");
            (id, text, annotator.annotate(text))
        })
        .collect();
    let entities = score_entities(name, records, &docs);
    let quotes = score_quotes(name, records, &docs);
    vec![entities, quotes]
}

fn score_entities(name: &str, records: &[Value], docs: &[(&str, &str, Document)]) -> Section {
    let mut counts = [(0usize, 0usize, 0usize); 3]; // (true positives, predicted, gold)
    let mut notes = Vec::new();
    for (r, (id, text, doc)) in records.iter().zip(docs) {
        for (k, (field, kind)) in LISTS.iter().enumerate() {
            let gold: Vec<&str> = names(&r[*field]);
            let predicted: Vec<(EntityId, HashSet<String>)> = doc
                .entities
                .iter()
                .filter(|e| e.kind == *kind)
                .map(|e| {
                    let mut forms: HashSet<String> = e
                        .mentions
                        .iter()
                        .map(|&m| fold(&text[doc.mentions[m].span]))
                        .collect();
                    forms.insert(fold(&e.name));
                    (e.id, forms)
                })
                .collect();
            let mut used = vec![false; predicted.len()];
            let mut missed = Vec::new();
            for g in &gold {
                let g_folded = fold(g);
                let hit =
                    (0..predicted.len()).find(|&i| !used[i] && predicted[i].1.contains(&g_folded));
                match hit {
                    Some(i) => used[i] = true,
                    None => missed.push(*g),
                }
            }
            let found = used.iter().filter(|&&u| u).count();
            counts[k].0 += found;
            counts[k].1 += predicted.len();
            counts[k].2 += gold.len();
            if crate::verbose() {
                let false_names: Vec<&str> = predicted
                    .iter()
                    .zip(&used)
                    .filter(|(_, &u)| !u)
                    .map(|((e, _), _)| doc.entities[*e].name.as_str())
                    .collect();
                if !false_names.is_empty() {
                    notes.push(format!("{id}: false {kind}: {}", false_names.join(" | ")));
                }
                if !missed.is_empty() {
                    notes.push(format!("{id}: missed {kind}: {}", missed.join(" | ")));
                }
            }
        }
    }
    let mut metrics = Vec::new();
    let mut table = vec![format!("{:<13} {:>6} {:>6} {:>6}", "kind", "P", "R", "F1")];
    for (k, (_, kind)) in LISTS.iter().enumerate() {
        let (tp, predicted, gold) = counts[k];
        let (p, r, f) = prf(tp, predicted, gold);
        let m = |what: &str| format!("entities.reader.{kind}.{what}");
        metrics.push((m("precision"), p));
        metrics.push((m("recall"), r));
        metrics.push((m("f1"), f));
        table.push(format!("{:<13} {p:>6.3} {r:>6.3} {f:>6.3}", kind.as_str()));
    }
    table.append(&mut notes);
    Section {
        title: format!(
            "entities ({name}): names per kind over {} articles",
            records.len()
        ),
        metrics,
        notes: table,
    }
}

fn score_quotes(name: &str, records: &[Value], docs: &[(&str, &str, Document)]) -> Section {
    let (mut gold_n, mut pred_n, mut tp) = (0, 0, 0);
    // (correct, scored) for named and described speakers
    let mut named = (0, 0);
    let mut described = (0, 0);
    let mut notes = Vec::new();
    for (r, (id, text, doc)) in records.iter().zip(docs) {
        let entries: Vec<&Value> = r["quotes"].as_array().into_iter().flatten().collect();
        let article_names: HashSet<String> = LISTS
            .iter()
            .flat_map(|(field, _)| names(&r[*field]))
            .map(fold)
            .collect();
        let gold_spans: Vec<Vec<Span>> = entries.iter().map(|q| spans(&q["content"])).collect();
        // A quote that runs on over lines without reopening is one entry
        // of the gold, and byline's parts of it (a follow-on starting right
        // on the next line, no mark between) one prediction: `first[p]` is
        // the quote whose speaker prediction `p` has.
        let mut pred_spans: Vec<Vec<Span>> = Vec::new();
        let mut first: Vec<usize> = Vec::new();
        for (k, q) in doc.quotes.iter().enumerate() {
            let runs_on = k > 0 && q.follow_on && {
                let prev = doc.quotes[k - 1].content;
                prev.end <= q.content.start && text[prev.end..q.content.start].trim().is_empty()
            };
            match pred_spans.last_mut() {
                Some(spans) if runs_on => spans.push(q.content),
                _ => {
                    pred_spans.push(vec![q.content]);
                    first.push(k);
                }
            }
        }
        let pairs = crate::quotes::match_pairs(&gold_spans, &pred_spans);
        let is_term = |g: usize| entries[g]["kind"].as_str() == Some("term");
        let quote_entries = entries.iter().enumerate().filter(|&(g, _)| !is_term(g));
        gold_n += quote_entries.count();
        let matched_terms = pairs.iter().filter(|&&(g, _)| is_term(g)).count();
        pred_n += pred_spans.len() - matched_terms;
        if crate::verbose() {
            let matched: HashSet<usize> = pairs.iter().map(|&(g, _)| g).collect();
            for (g, q) in entries.iter().enumerate() {
                if is_term(g) || matched.contains(&g) {
                    continue;
                }
                let first: String = gold_spans[g]
                    .first()
                    .map(|&s| text[s].chars().take(40).collect())
                    .unwrap_or_default();
                notes.push(format!(
                    "{id}: missed quote “{first}…” ({}, speaker {:?})",
                    q["kind"].as_str().unwrap_or("?"),
                    q["speaker"].as_str()
                ));
            }
        }
        for &(g, p) in &pairs {
            if is_term(g) {
                continue;
            }
            tp += 1;
            let Some(want) = entries[g]["speaker"].as_str() else {
                continue;
            };
            let q = &doc.quotes[first[p]];
            let got_words = q.speaker.map(|s| &text[s]);
            let ok = if article_names.contains(&fold(want)) {
                let ok = q
                    .speaker_name
                    .as_deref()
                    .is_some_and(|n| person_key(n) == person_key(want));
                named.0 += ok as usize;
                named.1 += 1;
                ok
            } else {
                let ok = q.speaker_name.is_none()
                    && got_words.is_some_and(|w| description_key(w) == description_key(want));
                described.0 += ok as usize;
                described.1 += 1;
                ok
            };
            if !ok && crate::verbose() {
                let first: String = text[q.content].chars().take(40).collect();
                notes.push(format!(
                    "{id}: “{first}…”: speaker {:?} (words {got_words:?}), want {want:?}",
                    q.speaker_name
                ));
            }
        }
    }
    let (p, r, f) = prf(tp, pred_n, gold_n);
    let share = |(ok, n): (usize, usize)| if n == 0 { 0.0 } else { ok as f64 / n as f64 };
    let m = |what: &str| format!("quotes.reader.{what}");
    Section {
        title: format!(
            "quotes ({name}): resolved speakers over {} articles",
            records.len()
        ),
        metrics: vec![
            (m("gold"), gold_n as f64),
            (m("predicted"), pred_n as f64),
            (m("precision"), p),
            (m("recall"), r),
            (m("f1"), f),
            (
                m("speaker_accuracy"),
                share((named.0 + described.0, named.1 + described.1)),
            ),
            (m("speaker_accuracy_named"), share(named)),
            (m("speaker_accuracy_described"), share(described)),
            (m("speakers_scored"), (named.1 + described.1) as f64),
        ],
        notes,
    }
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn spans(v: &Value) -> Vec<Span> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some(Span::new(p[0].as_u64()? as usize, p[1].as_u64()? as usize)))
        .filter(|s| s.start <= s.end)
        .collect()
}

/// A name as the scoring compares it: lowercase, accents and punctuation
/// dropped, words separated by single spaces.
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = strip_accent(c);
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c == '\'' || c == '’' || c == '.' {
            // "O'Neill" and "U.S." keep their letters together
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    let out = out.trim_end();
    out.strip_prefix("the ").unwrap_or(out).to_string()
}

/// A person's or organization's name without a leading courtesy title.
fn person_key(name: &str) -> String {
    let folded = fold(name);
    for title in ["mr ", "mrs ", "ms ", "miss ", "dr "] {
        if let Some(rest) = folded.strip_prefix(title) {
            return rest.to_string();
        }
    }
    folded
}

/// A description without its leading article.
fn description_key(words: &str) -> String {
    let folded = fold(words);
    for article in ["a ", "an ", "the "] {
        if let Some(rest) = folded.strip_prefix(article) {
            return rest.to_string();
        }
    }
    folded
}

/// The base letter of the accented Latin letters news names use.
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'ś' | 'š' | 'ş' => 's',
        'Ś' | 'Š' | 'Ş' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ř' => 'r',
        'Ř' => 'R',
        'ţ' | 'ț' | 'ť' => 't',
        'Ţ' | 'Ț' | 'Ť' => 'T',
        other => other,
    }
}
