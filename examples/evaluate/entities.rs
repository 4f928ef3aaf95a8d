//! Entity gold: CoNLL-style span files (`{"text","entities":[{start,end,kind}]}`)
//! scored by exact span and kind, and the seed article's entity lists
//! (`{"text","people","organizations","places"}`) scored by canonical name.

use std::collections::{BTreeMap, HashMap, HashSet};

use byline::{Annotator, EntityKind};
use serde_json::Value;

use crate::{prf, Section};

/// True for records of an entity gold file.
pub fn detect(record: &Value) -> bool {
    record.get("people").is_some()
        || record
            .get("entities")
            .and_then(Value::as_array)
            .is_some_and(|a| a.first().map_or(true, |e| e.get("start").is_some()))
}

/// Scores the records.
pub fn evaluate(annotator: &Annotator, name: &str, records: &[Value]) -> Vec<Section> {
    if records[0].get("people").is_some() {
        records.iter().map(|r| seed(annotator, name, r)).collect()
    } else {
        vec![spans(annotator, name, records)]
    }
}

const KINDS: [&str; 3] = ["person", "organization", "place"];

fn metric_prefix(name: &str) -> &'static str {
    if name.contains("conll") {
        "entities.conll"
    } else {
        "entities.spans"
    }
}

/// Exact span and kind over person, organization and place (gold `misc` and
/// predicted `group` left out), plus an untyped span-only score where
/// `group` counts against `misc`.
fn spans(annotator: &Annotator, name: &str, records: &[Value]) -> Section {
    let mut tp: HashMap<&str, usize> = HashMap::new();
    let mut pred: HashMap<&str, usize> = HashMap::new();
    let mut gold: HashMap<&str, usize> = HashMap::new();
    let (mut u_tp, mut u_pred, mut u_gold) = (0, 0, 0);
    let mut misses: BTreeMap<String, usize> = BTreeMap::new();
    let mut wrong: BTreeMap<String, usize> = BTreeMap::new();
    let mut confusion: BTreeMap<String, usize> = BTreeMap::new();
    for r in records {
        let text = r["text"].as_str().unwrap_or("");
        let doc = annotator.annotate(text);
        let gold_set: HashSet<(usize, usize, String)> = r["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                Some((
                    e["start"].as_u64()? as usize,
                    e["end"].as_u64()? as usize,
                    e["kind"].as_str()?.to_string(),
                ))
            })
            .collect();
        let gold_spans: HashSet<(usize, usize)> = gold_set.iter().map(|g| (g.0, g.1)).collect();
        let pred_set: HashSet<(usize, usize, String)> = doc
            .mentions
            .iter()
            .map(|m| (m.span.start, m.span.end, m.kind.as_str().to_string()))
            .collect();
        let pred_spans: HashSet<(usize, usize)> = pred_set.iter().map(|p| (p.0, p.1)).collect();
        u_tp += pred_spans.intersection(&gold_spans).count();
        u_pred += pred_spans.len();
        u_gold += gold_spans.len();
        for kind in KINDS {
            let g: HashSet<_> = gold_set.iter().filter(|e| e.2 == kind).collect();
            let p: HashSet<_> = pred_set.iter().filter(|e| e.2 == kind).collect();
            *tp.entry(kind).or_default() += p.intersection(&g).count();
            *pred.entry(kind).or_default() += p.len();
            *gold.entry(kind).or_default() += g.len();
            for e in g.difference(&p) {
                let got = pred_set
                    .iter()
                    .find(|x| x.0 == e.0 && x.1 == e.1)
                    .map_or("none", |x| x.2.as_str());
                *misses
                    .entry(format!("{kind}->{got}: {}", &text[e.0..e.1]))
                    .or_default() += 1;
            }
            for e in p.difference(&g) {
                let was = gold_set
                    .iter()
                    .find(|x| x.0 == e.0 && x.1 == e.1)
                    .map_or("none", |x| x.2.as_str());
                let overlap = if was != "none" {
                    "same span"
                } else if gold_set.iter().any(|x| x.0 < e.1 && e.0 < x.1) {
                    "overlaps gold"
                } else {
                    "no gold"
                };
                *confusion
                    .entry(format!("predicted {kind}, gold {was} ({overlap})"))
                    .or_default() += 1;
                if was == "none" {
                    *wrong
                        .entry(format!("{kind}<-none: {}", &text[e.0..e.1]))
                        .or_default() += 1;
                }
            }
        }
    }
    let prefix = metric_prefix(name);
    let mut metrics = Vec::new();
    let mut notes = vec![format!(
        "{:<14} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "kind", "P", "R", "F1", "gold", "pred"
    )];
    let (mut all_tp, mut all_pred, mut all_gold) = (0, 0, 0);
    for kind in KINDS {
        let (t, p, g) = (tp[kind], pred[kind], gold[kind]);
        all_tp += t;
        all_pred += p;
        all_gold += g;
        let (pr, re, f) = prf(t, p, g);
        notes.push(format!(
            "{kind:<14} {pr:>6.3} {re:>6.3} {f:>6.3} {g:>6} {p:>6}"
        ));
        metrics.push((format!("{prefix}.{kind}.precision"), pr));
        metrics.push((format!("{prefix}.{kind}.recall"), re));
        metrics.push((format!("{prefix}.{kind}.f1"), f));
    }
    let (pr, re, f) = prf(all_tp, all_pred, all_gold);
    notes.push(format!(
        "{:<14} {pr:>6.3} {re:>6.3} {f:>6.3} {all_gold:>6} {all_pred:>6}",
        "micro"
    ));
    metrics.push((format!("{prefix}.micro_precision"), pr));
    metrics.push((format!("{prefix}.micro_recall"), re));
    metrics.push((format!("{prefix}.micro_f1"), f));
    let (upr, ure, uf) = prf(u_tp, u_pred, u_gold);
    notes.push(format!(
        "{:<14} {upr:>6.3} {ure:>6.3} {uf:>6.3} {u_gold:>6} {u_pred:>6}  (span only; group vs misc)",
        "untyped"
    ));
    metrics.push((format!("{prefix}.untyped.precision"), upr));
    metrics.push((format!("{prefix}.untyped.recall"), ure));
    metrics.push((format!("{prefix}.untyped.f1"), uf));
    if std::env::var_os("BYLINE_EVAL_ERRORS").is_some() {
        for (title, map) in [
            ("false positives", &confusion),
            ("misses", &misses),
            ("spurious", &wrong),
        ] {
            let mut v: Vec<_> = map.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            notes.push(format!("most frequent {title}:"));
            for (k, c) in v.into_iter().take(60) {
                notes.push(format!("  {c:>4}  {k}"));
            }
        }
    }
    Section {
        title: format!("entities ({name}): exact span and kind"),
        metrics,
        notes,
    }
}

fn norm(name: &str) -> String {
    let l = name.trim().to_lowercase();
    l.strip_prefix("the ").map(str::to_string).unwrap_or(l)
}

/// Every gold name found as an entity of that kind with that canonical name;
/// nothing else reported as a person.
fn seed(annotator: &Annotator, name: &str, record: &Value) -> Section {
    let text = record["text"].as_str().unwrap_or("");
    let doc = annotator.annotate(text);
    let found: HashSet<(EntityKind, String)> = doc
        .entities
        .iter()
        .map(|e| (e.kind, norm(&e.name)))
        .collect();
    let lists = [
        ("people", EntityKind::Person),
        ("organizations", EntityKind::Organization),
        ("places", EntityKind::Place),
    ];
    let (mut total, mut hit) = (0, 0);
    let mut notes = Vec::new();
    let mut gold_people = HashSet::new();
    for (field, kind) in lists {
        for g in record[field].as_array().into_iter().flatten() {
            let Some(g) = g.as_str() else { continue };
            total += 1;
            if kind == EntityKind::Person {
                gold_people.insert(norm(g));
            }
            if found.contains(&(kind, norm(g))) {
                hit += 1;
            } else if let Some(e) = doc.entities.iter().find(|e| {
                e.kind == kind
                    && e.mentions
                        .iter()
                        .any(|&m| norm(&text[doc.mentions[m].span]) == norm(g))
            }) {
                // named so in the text, but the gazetteer's canonical name
                // differs ("Cambridge University" / "University of Cambridge")
                hit += 1;
                notes.push(format!("found {kind}: {g} (canonical {:?})", e.name));
            } else {
                notes.push(format!("missed {kind}: {g}"));
            }
        }
    }
    let false_people: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && !gold_people.contains(&norm(&e.name)))
        .map(|e| e.name.as_str())
        .collect();
    for p in &false_people {
        notes.push(format!("false person: {p}"));
    }
    let others: Vec<String> = doc
        .entities
        .iter()
        .filter(|e| e.kind != EntityKind::Person)
        .map(|e| format!("{}:{}", e.kind, e.name))
        .collect();
    notes.push(format!("entities found: {}", others.join(", ")));
    let recall = if total == 0 {
        0.0
    } else {
        hit as f64 / total as f64
    };
    Section {
        title: format!("entities ({name}): seed article lists"),
        metrics: vec![
            ("entities.seed.recall".into(), recall),
            ("entities.seed.found".into(), hit as f64),
            ("entities.seed.gold".into(), total as f64),
            (
                "entities.seed.false_people".into(),
                false_people.len() as f64,
            ),
        ],
        notes,
    }
}
