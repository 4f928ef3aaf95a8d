//! User-defined entity patterns (the `patterns` feature): regular
//! expressions that name entities the gazetteers and rules cannot know,
//! like ticker symbols, case numbers or product codes, in the spirit of
//! CoreNLP's RegexNER and spaCy's EntityRuler.
//!
//! They run after the recognizer and before quote attribution, over the
//! whole text once per pattern. Among overlapping matches the leftmost, then
//! longest, then earlier pattern wins. A match replaces the mentions found
//! otherwise that it overlaps (the user asked for it explicitly; an entity
//! left without mentions goes); each distinct matched text becomes one
//! entity, after the recognizer's.

use std::collections::HashMap;

use regex::Regex;

use crate::{Document, Entity, EntityId, EntityKind, Mention, MentionId, Span};

/// The compiled patterns of an annotator.
#[derive(Clone, Debug, Default)]
pub(crate) struct Patterns {
    patterns: Vec<(EntityKind, Regex)>,
}

impl Patterns {
    pub(crate) fn new(patterns: Vec<(EntityKind, Regex)>) -> Patterns {
        Patterns { patterns }
    }

    /// Adds the matches in `text` to `doc.mentions` and `doc.entities`.
    pub(crate) fn apply(&self, text: &str, doc: &mut Document) {
        if self.patterns.is_empty() {
            return;
        }
        let mut found: Vec<(Span, EntityKind)> = Vec::new();
        for (kind, re) in &self.patterns {
            for m in re.find_iter(text) {
                if m.start() < m.end() {
                    found.push((Span::new(m.start(), m.end()), *kind));
                }
            }
        }
        // Leftmost, then longest, then the earlier pattern (a stable sort).
        found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let mut kept: Vec<(Span, EntityKind)> = Vec::with_capacity(found.len());
        for (span, kind) in found {
            if kept.last().map_or(true, |(k, _)| k.end <= span.start) {
                kept.push((span, kind));
            }
        }
        if kept.is_empty() {
            return;
        }
        // The recognizer's mentions a match overlaps give way to it;
        // entities left without a mention go, the others keep their order.
        let mut k = 0;
        doc.retain_mentions(|m| {
            while k < kept.len() && kept[k].0.end <= m.span.start {
                k += 1;
            }
            !kept.get(k).is_some_and(|(s, _)| s.start < m.span.end)
        });
        let survivors = std::mem::take(&mut doc.mentions);
        let mut entities = std::mem::take(&mut doc.entities);
        for e in &mut entities {
            e.mentions.clear();
        }
        // One entity per distinct (text, kind) of the matches.
        let mut ids: HashMap<(&str, EntityKind), EntityId> = HashMap::new();
        let mut added: Vec<Mention> = Vec::with_capacity(kept.len());
        for (span, kind) in kept {
            let next = EntityId::new(entities.len());
            let id = *ids.entry((&text[span], kind)).or_insert_with(|| {
                entities.push(Entity {
                    id: next,
                    kind,
                    name: text[span].to_string(),
                    mentions: Vec::new(),
                    references: Vec::new(),
                });
                next
            });
            added.push(Mention {
                span,
                kind,
                entity: id,
            });
        }
        // Merge the two sorted lists and list every entity's mentions.
        let mut merged = Vec::with_capacity(survivors.len() + added.len());
        let (mut a, mut b) = (
            survivors.into_iter().peekable(),
            added.into_iter().peekable(),
        );
        loop {
            let take_old = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => x.span.start <= y.span.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            merged.extend(if take_old { a.next() } else { b.next() });
        }
        for (k, m) in merged.iter().enumerate() {
            entities[m.entity].mentions.push(MentionId::new(k));
        }
        doc.mentions = merged;
        doc.entities = entities;
    }
}

#[cfg(test)]
mod tests {
    use crate::{Annotator, EntityKind};

    #[test]
    fn matches_replace_what_they_overlap_and_ids_stay_consistent() {
        let annotator = Annotator::builder()
            .entity_pattern(EntityKind::Organization, r"\b[A-Z]{2,6}:[A-Z]{1,5}\b")
            .entity_pattern(EntityKind::Place, r"\bCase No\. \d+\b")
            .build()
            .unwrap();
        let text = "Jane Roe said NYSE:ACME fell. Case No. 42 opened in London. \
                    Roe said NYSE:ACME would recover.";
        let doc = annotator.annotate(text);
        let surface: Vec<&str> = doc.mentions.iter().map(|m| &text[m.span]).collect();
        assert!(surface.contains(&"NYSE:ACME"), "{surface:?}");
        assert!(surface.contains(&"Case No. 42"), "{surface:?}");
        assert!(surface.contains(&"Jane Roe"), "{surface:?}");
        assert!(!surface.contains(&"NYSE"), "{surface:?}");
        assert!(doc
            .mentions
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start));
        for (i, e) in doc.entities.iter().enumerate() {
            assert_eq!(e.id.index(), i);
            assert!(!e.mentions.is_empty());
            for &m in &e.mentions {
                assert_eq!(doc.mentions[m].entity, e.id);
                assert_eq!(doc.mentions[m].kind, e.kind);
            }
        }
        let ticker = doc
            .mentions
            .iter()
            .find(|m| &text[m.span] == "NYSE:ACME")
            .unwrap();
        assert_eq!(doc.entities[ticker.entity].mentions.len(), 2);
        assert_eq!(doc.entities[ticker.entity].kind, EntityKind::Organization);
        // speakers still resolve after the renumbering
        for q in &doc.quotes {
            if let Some(e) = q.speaker_entity {
                assert!(e.index() < doc.entities.len());
            }
        }
    }
}
