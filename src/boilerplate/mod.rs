//! Boilerplate: which paragraphs are the article and which are the page
//! around it (menus, share bars, ad markers, captions, bylines, author
//! bios, "Related" links, legal notices, comment prompts), decided from the
//! plain text alone.
//!
//! One pass over the paragraphs measures each ([`features`]) and looks up
//! the phrases of page furniture in one automaton pass over the text
//! ([`phrases`]); [`decide`] then scores every paragraph as prose or
//! furniture, takes the run of paragraphs with the highest total score as
//! the article (short lines inside it are its subheadings and list items,
//! runs of short lines around it its menus), and names the kind of each
//! paragraph outside it or flagged inside it.

mod decide;
mod features;
mod phrases;

use crate::{Document, EntityId, MentionId, Paragraph, Span};
use features::{FunctionWords, Line};
use phrases::Phrases;

/// The boilerplate rules and their word lists. Built once per annotator.
#[derive(Clone, Debug, Default)]
pub(crate) struct Boilerplate {
    phrases: Phrases,
    function_words: FunctionWords,
}

impl Boilerplate {
    /// The rules with their phrase and function-word lists. Those are part
    /// of the rules, like `data/entity_words.txt`, and small (11 kB): they
    /// are embedded whatever the `embedded` feature says, which governs the
    /// gazetteers.
    pub(crate) fn new() -> Boilerplate {
        let (phrases, words) = (phrases::EMBEDDED, features::EMBEDDED);
        Boilerplate {
            phrases: Phrases::parse(phrases),
            function_words: FunctionWords::parse(words),
        }
    }

    /// Sets the kind of every paragraph of `text` (`paragraphs` in text
    /// order, as the segmenter made them). One pass measures each paragraph
    /// and looks up its phrases into one buffer, which the decision reads.
    pub(crate) fn classify(&self, text: &str, paragraphs: &mut [Paragraph]) {
        if paragraphs.is_empty() {
            return;
        }
        let mut rows = Vec::with_capacity(paragraphs.len());
        let mut prev_end = 0;
        for (i, p) in paragraphs.iter().enumerate() {
            let s = &text[p.span];
            let line = Line::measure(s, &self.function_words);
            let hits = self.phrases.find(s, line.len);
            let blank_before =
                i == 0 || decide::breaks(&text.as_bytes()[prev_end..p.span.start]) >= 2;
            prev_end = p.span.end;
            rows.push(decide::Row::new(s, line, hits, blank_before));
        }
        decide::kinds(&mut rows, paragraphs);
    }
}

/// Drops the mentions, references and quotes standing in boilerplate
/// paragraphs, and the entities left without a mention (ids renumbered in order, so each
/// `Entity::id` is still its index). A kept quote whose speaker entity was
/// dropped keeps its `speaker` words and `speaker_name` but loses its
/// `speaker_entity`.
pub(crate) fn keep_body_only(doc: &mut Document) {
    let paragraphs = &doc.paragraphs;
    let in_body = |span: Span| -> bool {
        let i = paragraphs.partition_point(|p| p.span.end < span.end);
        paragraphs
            .get(i)
            .is_some_and(|p| p.is_body() && p.span.start <= span.start)
    };
    let mut mention_ids: Vec<Option<MentionId>> = vec![None; doc.mentions.len()];
    let mut kept = Vec::with_capacity(doc.mentions.len());
    for (i, m) in doc.mentions.iter().enumerate() {
        if in_body(m.span) {
            mention_ids[i] = Some(MentionId::new(kept.len()));
            kept.push(*m);
        }
    }
    let mut entity_ids: Vec<Option<EntityId>> = vec![None; doc.entities.len()];
    let mut entities = Vec::with_capacity(doc.entities.len());
    for (i, mut e) in std::mem::take(&mut doc.entities).into_iter().enumerate() {
        e.mentions = e
            .mentions
            .iter()
            .filter_map(|&m| mention_ids[m.index()])
            .collect();
        if !e.mentions.is_empty() {
            e.id = EntityId::new(entities.len());
            entity_ids[i] = Some(e.id);
            entities.push(e);
        }
    }
    for m in &mut kept {
        // A kept mention's entity keeps that mention, so it was kept.
        if let Some(id) = entity_ids[m.entity.index()] {
            m.entity = id;
        }
    }
    doc.mentions = kept;
    doc.entities = entities;
    // References go with their paragraph and their entity, and each kept
    // entity lists its kept references again.
    for e in &mut doc.entities {
        e.references.clear();
    }
    let references = std::mem::take(&mut doc.references);
    for mut r in references {
        let Some(id) = entity_ids.get(r.entity.index()).copied().flatten() else {
            continue;
        };
        if in_body(r.span) {
            r.entity = id;
            doc.entities[id].references.push(doc.references.len());
            doc.references.push(r);
        }
    }
    let quotes = std::mem::take(&mut doc.quotes);
    doc.quotes = quotes
        .into_iter()
        .filter(|q| in_body(q.content))
        .map(|mut q| {
            q.speaker_entity = q.speaker_entity.and_then(|e| entity_ids[e.index()]);
            q
        })
        .collect();
}
