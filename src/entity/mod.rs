//! Named entities: people, organizations, places and groups, each mention
//! resolved to one entity with a canonical name.
//!
//! The pipeline, one pass each over the text:
//!
//! 1. [`tokens`]: words with case, sentence-start, headline and table flags;
//! 2. [`gazetteer`]: one aho-corasick pass (leftmost-longest, ASCII
//!    case-insensitive) finds every listed name; hits are then checked
//!    against the case of the original text;
//! 3. [`rules`]: runs of capitalized words, split at listed names and
//!    classified by titles, organization heads, first names, speech verbs,
//!    place prepositions and sports results;
//! 4. [`resolve`]: surnames, acronyms and aliases to one entity each.

mod gazetteer;
mod resolve;
mod rules;
mod tokens;
mod words;

pub(crate) use gazetteer::parse_tsv;
pub use gazetteer::GazetteerEntry;

use gazetteer::{Gazetteer, GazetteerBuilder};
use rules::Rules;
use words::{Lower, NameLists};

use crate::speech_verbs::SpeechVerbs;
use crate::{BuildError, Document, EntityKind};

/// Finds mentions of people, organizations, places and groups.
#[derive(Clone, Debug, Default)]
pub(crate) struct Recognizer {
    gazetteer: Gazetteer,
    lists: NameLists,
}

impl Recognizer {
    /// Builds the matcher from the embedded gazetteers (if `embedded`) plus
    /// `entries`. Entries given here win over embedded ones of the same
    /// name and kind.
    pub(crate) fn build(
        embedded: bool,
        entries: Vec<GazetteerEntry>,
    ) -> Result<Recognizer, BuildError> {
        let mut builder = GazetteerBuilder::default();
        for e in &entries {
            builder.add(e)?;
        }
        #[allow(unused_mut)]
        let mut lists = NameLists::default();
        if embedded {
            #[cfg(feature = "embedded")]
            embedded_data::add(&mut builder, &mut lists)?;
        }
        Ok(Recognizer {
            gazetteer: builder.build()?,
            lists,
        })
    }

    /// Fills `doc.mentions` and `doc.entities`; reads `doc.sentences`.
    pub(crate) fn recognize(&self, text: &str, verbs: &SpeechVerbs, doc: &mut Document) {
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.start).collect();
        let mut toks = Vec::new();
        tokens::tokenize(text, &starts, &mut toks);
        let mut hits = Vec::new();
        let starts = toks
            .iter()
            .filter(|t| t.is(tokens::CAP) || t.is(tokens::DIGIT))
            .map(|t| t.start);
        self.gazetteer.find(text, starts, &mut hits);
        let mut rules = Rules {
            text,
            toks: &toks,
            lists: &self.lists,
            gaz: &self.gazetteer,
            verbs,
            lower: Lower::default(),
            lex: vec![0; toks.len()],
            sports_doc: false,
        };
        rules.detect_sports();
        let mut accepted = Vec::new();
        rules.accept_hits(&hits, &mut accepted);
        drop(hits);
        let mut cands = Vec::new();
        rules.candidates(&accepted, &mut cands);
        if std::env::var_os("BYLINE_DEBUG").is_some() {
            for h in &accepted {
                eprintln!(
                    "hit {:?} {:?}",
                    &text[toks[h.a].start..toks[h.b - 1].end],
                    self.gazetteer.senses[h.sense]
                );
            }
            for c in &cands {
                eprintln!("cand {:?} {:?}", &text[c.start..c.end], c);
            }
        }
        resolve::resolve(text, &toks, &self.gazetteer, cands, doc);
    }
}

#[cfg(feature = "embedded")]
mod embedded_data {
    use super::*;

    pub(super) fn add(
        builder: &mut GazetteerBuilder,
        lists: &mut NameLists,
    ) -> Result<(), BuildError> {
        gazetteer::add_lenient(
            builder,
            include_str!("../../data/gazetteer/people.tsv"),
            EntityKind::Person,
        );
        gazetteer::add_lenient(
            builder,
            include_str!("../../data/gazetteer/organizations.tsv"),
            EntityKind::Organization,
        );
        gazetteer::add_lenient(
            builder,
            include_str!("../../data/gazetteer/groups.tsv"),
            EntityKind::Group,
        );
        gazetteer::add_places(builder, include_str!("../../data/gazetteer/places.tsv"))?;
        lists.add_first_names(include_str!("../../data/gazetteer/first_names.tsv"));
        lists.add_surnames(include_str!("../../data/gazetteer/surnames.txt"));
        lists.add_common_words(include_str!("../../data/gazetteer/common_words.txt"));
        Ok(())
    }
}

#[cfg(not(feature = "embedded"))]
#[allow(dead_code)]
fn _kind_used(_: EntityKind) {}
