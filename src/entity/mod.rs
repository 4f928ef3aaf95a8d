//! Named entities: people, organizations, places and groups, each mention
//! resolved to one entity with a canonical name.
//!
//! The pipeline, each step one pass over the text or its tokens:
//!
//! 1. [`tokens`]: words with case, sentence-start, headline and table flags
//!    (a sentence start also comes from `Document::sentences`);
//! 2. [`gazetteer`]: from every capitalized word, the longest listed name
//!    (ASCII case-insensitive lookup in a word-prefix index), then checked
//!    against the case of the original text;
//! 3. [`rules`]: runs of capitalized words, split at listed names and
//!    classified by organization heads, titles, first names, speech verbs,
//!    place prepositions, datelines and sports results;
//! 4. [`resolve`]: surnames, acronyms, aliases and repeated forms to one
//!    entity each.
//!
//! [`words`] holds the word classes the rules consult: first names,
//! surnames and common words from the embedded lists, and the closed
//! classes (titles, organization heads, ...) written there.

mod fingerprint;
mod gazetteer;
mod resolve;
mod rules;
mod tokens;

pub(crate) use tokens::Token;
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
    #[cfg_attr(not(test), allow(dead_code))] // the unit tests build one this way
    pub(crate) fn build(
        embedded: bool,
        entries: Vec<GazetteerEntry>,
    ) -> Result<Recognizer, BuildError> {
        Recognizer::build_with(embedded, entries, &[])
    }

    /// As [`Recognizer::build`], plus place lists in the format of
    /// `data/gazetteer/places.tsv` (with its population column).
    pub(crate) fn build_with(
        embedded: bool,
        entries: Vec<GazetteerEntry>,
        places: &[&str],
    ) -> Result<Recognizer, BuildError> {
        let mut builder = GazetteerBuilder::default();
        for e in &entries {
            builder.add(e)?;
        }
        for text in places {
            gazetteer::add_places_owned(&mut builder, text);
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

    /// Adds a list of first names, surnames or common words, in the format
    /// of the embedded files (first column of each line, `#` lines skipped).
    pub(crate) fn add_word_list(&mut self, list: crate::WordList, text: &str) {
        use crate::WordList;
        match list {
            WordList::FirstNames => self.lists.add_first_names(text),
            WordList::Surnames => self.lists.add_surnames(text),
            WordList::CommonWords => self.lists.add_common_words(text),
            // read by the segmenter and the speech verbs
            WordList::Abbreviations | WordList::SpeechVerbs | WordList::Places => {}
        }
    }

    /// Fills `doc.mentions` and `doc.entities`; reads `doc.sentences`.
    #[cfg(test)]
    pub(crate) fn recognize(&self, text: &str, verbs: &SpeechVerbs, doc: &mut Document) {
        self.recognize_then(text, verbs, doc, |_, _| ());
    }

    /// [`recognize`](Self::recognize), then `then` with the text's tokens,
    /// so that later stages (coreference) need not tokenize again.
    pub(crate) fn recognize_then<R>(
        &self,
        text: &str,
        verbs: &SpeechVerbs,
        doc: &mut Document,
        then: impl FnOnce(&[Token], &mut Document) -> R,
    ) -> R {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                self.recognize_with(text, verbs, doc, &mut scratch);
                let r = then(&scratch.toks, doc);
                scratch.trim();
                r
            }
            // re-entered on this thread (cannot happen today): fresh buffers
            Err(_) => {
                let mut scratch = Scratch::default();
                self.recognize_with(text, verbs, doc, &mut scratch);
                then(&scratch.toks, doc)
            }
        })
    }

    fn recognize_with(&self, text: &str, verbs: &SpeechVerbs, doc: &mut Document, s: &mut Scratch) {
        s.starts.clear();
        s.starts.extend(doc.sentences.iter().map(|x| x.start));
        // the name starts fingerprinted once, as they are tokenized, for
        // both the gazetteer and the word classes
        tokens::tokenize_names(
            text,
            &s.starts,
            self.gazetteer.start_flags(),
            &mut s.toks,
            &mut s.name_starts,
        );
        self.gazetteer
            .find(text, &s.toks, &s.name_starts, &mut s.probes, &mut s.hits);
        s.lex.clear();
        s.lex.resize(s.toks.len(), 0);
        let mut rules = Rules {
            text,
            toks: &s.toks,
            lists: &self.lists,
            gaz: &self.gazetteer,
            verbs,
            lower: std::mem::take(&mut s.lower),
            lex: std::mem::take(&mut s.lex),
            cap_fp: std::mem::take(&mut s.cap_fp),
            sports_doc: false,
            place_after_run: false,
            before_title: false,
            lone_speakers: None,
        };
        rules.lex_capitals(&s.name_starts);
        rules.detect_sports();
        rules.accept_hits(&s.hits, &mut s.accepted);
        rules.candidates(&s.name_starts, &s.accepted, &mut s.hit_at, &mut s.cands);
        s.lex = std::mem::take(&mut rules.lex);
        s.cap_fp = std::mem::take(&mut rules.cap_fp);
        s.lower = std::mem::take(&mut rules.lower);
        resolve::resolve(
            text,
            &s.toks,
            &self.gazetteer,
            &self.lists,
            &mut s.cands,
            &mut s.resolve,
            doc,
        );
    }
}

/// Buffers reused across texts on one thread, so annotating a text does
/// not allocate per token.
#[derive(Default)]
struct Scratch {
    starts: Vec<usize>,
    toks: Vec<tokens::Token>,
    name_starts: Vec<(usize, u64)>,
    probes: Vec<(usize, u64)>,
    hits: Vec<gazetteer::Hit>,
    lex: Vec<u32>,
    cap_fp: Vec<u64>,
    accepted: Vec<rules::Accepted>,
    hit_at: Vec<u32>,
    cands: Vec<rules::Candidate>,
    lower: Lower,
    resolve: resolve::Buffers,
}

impl Scratch {
    /// Lets go of buffers a huge text grew, so that one 10 MB input does
    /// not pin its memory to the thread.
    fn trim(&mut self) {
        const KEEP: usize = 1 << 16;
        if self.toks.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityKind::{self, *};
    use crate::MentionId;

    /// Rules alone (no embedded lists), plus a few listed names.
    fn annotate(text: &str) -> Document {
        let entries = vec![
            GazetteerEntry::new("United Nations", Organization).alias("UN"),
            GazetteerEntry::new("Geneva", Place),
            GazetteerEntry::new("Leeds", Place),
            GazetteerEntry::new("Reading", Place),
            GazetteerEntry::new("Uyghurs", Group).alias("Uyghur"),
        ];
        let mut recognizer = Recognizer::build(false, entries).unwrap();
        // a few English words, as the embedded list would have them
        recognizer
            .lists
            .add_common_words("reading\nrelated\narticles\nreport\nshares\ntrade\nlater\n");
        let verbs = SpeechVerbs::new(false, ["said", "told", "says", "added"]);
        let mut doc = Document::default();
        recognizer.recognize(text, &verbs, &mut doc);
        doc
    }

    fn found(text: &str, surface: &str) -> Option<(EntityKind, String)> {
        let doc = annotate(text);
        doc.mentions
            .iter()
            .find(|m| &text[m.span] == surface)
            .map(|m| (m.kind, doc.entities[m.entity].name.clone()))
    }

    #[test]
    fn rule_table() {
        // (text, surface, expected kind and entity name; None: no mention)
        type Case = (
            &'static str,
            &'static str,
            Option<(EntityKind, &'static str)>,
        );
        let table: &[Case] = &[
            // organization heads and "X of Y"
            (
                "He said Acme Widgets Inc. fell.",
                "Acme Widgets Inc.",
                Some((Organization, "Acme Widgets Inc.")),
            ),
            (
                "He joined the Zorb Trade Council in May.",
                "Zorb Trade Council",
                Some((Organization, "Zorb Trade Council")),
            ),
            (
                "A loan from the Bank of Zorbia arrived.",
                "Bank of Zorbia",
                Some((Organization, "Bank of Zorbia")),
            ),
            // titles and honorifics, stripped from the span
            (
                "Talks with Mr. Quillon ended.",
                "Quillon",
                Some((Person, "Quillon")),
            ),
            (
                "UN Ambassador Zhang Jun left.",
                "Zhang Jun",
                Some((Person, "Zhang Jun")),
            ),
            (
                "The UN Ambassador Zhang Jun left.",
                "UN",
                Some((Organization, "United Nations")),
            ),
            // speaker position of a speech verb
            ("“No,” said Okonkwo.", "Okonkwo", Some((Person, "Okonkwo"))),
            (
                "Prices rose, Okonkwo told reporters.",
                "Okonkwo",
                Some((Person, "Okonkwo")),
            ),
            // initials and particles
            (
                "Dr. J. R. Ewing spoke.",
                "J. R. Ewing",
                Some((Person, "J. R. Ewing")),
            ),
            (
                "Guests included Mr. Ludwig van Quast.",
                "Ludwig van Quast",
                Some((Person, "Ludwig van Quast")),
            ),
            // sentence-initial common words and lone capitals are no names
            ("But the vote failed.", "But", None),
            ("Related Articles", "Related", None),
            // X-based, place prepositions, common-word places
            (
                "The Geneva-based group met.",
                "Geneva",
                Some((Place, "Geneva")),
            ),
            (
                "She lives in Reading now.",
                "Reading",
                Some((Place, "Reading")),
            ),
            ("Reading the report, he sighed.", "Reading", None),
            // datelines and teams
            (
                "GENEVA 1996-08-30\nTalks resumed.",
                "GENEVA",
                Some((Place, "Geneva")),
            ),
            (
                "Leeds beat Zorbia 2-1 on Saturday.",
                "Leeds",
                Some((Organization, "Leeds")),
            ),
            // unlisted places by their context
            (
                "Troops held the town of Quazbad.",
                "Quazbad",
                Some((Place, "Quazbad")),
            ),
            (
                "QUAZBAD 1996-08-30\nTroops left.",
                "QUAZBAD",
                Some((Place, "QUAZBAD")),
            ),
            (
                "He was born in Quazbad, Geneva last year.",
                "Quazbad",
                Some((Place, "Quazbad")),
            ),
            // groups are not places
            (
                "Uyghur activists spoke.",
                "Uyghur",
                Some((Group, "Uyghurs")),
            ),
        ];
        for &(text, surface, want) in table {
            let got = found(text, surface);
            let want = want.map(|(k, n)| (k, n.to_string()));
            assert_eq!(got, want, "{surface:?} in {text:?}");
        }
    }

    /// Each mention's text and the name of its entity.
    fn mention_names<'t>(text: &'t str, doc: &'t Document) -> Vec<(&'t str, &'t str)> {
        doc.mentions
            .iter()
            .map(|m| (&text[m.span], doc.entities[m.entity].name.as_str()))
            .collect()
    }

    #[test]
    fn resolution_table() {
        let text = "The World Zorb Organization (WZO) met Michelle Quast in Geneva. \
                    Quast said the WZO would act. Michelle left the UN building.";
        let doc = annotate(text);
        let names = mention_names(text, &doc);
        assert_eq!(
            names,
            [
                ("World Zorb Organization", "World Zorb Organization"),
                ("WZO", "World Zorb Organization"),
                ("Michelle Quast", "Michelle Quast"),
                ("Geneva", "Geneva"),
                ("Quast", "Michelle Quast"),
                ("WZO", "World Zorb Organization"),
                ("Michelle", "Michelle Quast"),
                ("UN", "United Nations"),
            ]
        );
        assert_eq!(doc.entities.len(), 4);
        assert_eq!(doc.entities[1].mentions, [2, 4, 6].map(MentionId::new));

        // short forms of organization names
        let text = "He said Jamesway Corp would grow. Later Jamesway cut jobs at the \
                    Reserve Bank of Zorbia, and the Reserve Bank said so. A Quellbury \
                    University study agreed, a professor at Quellbury said.";
        let doc = annotate(text);
        let names = mention_names(text, &doc);
        assert_eq!(
            names,
            [
                ("Jamesway Corp", "Jamesway Corp"),
                ("Jamesway", "Jamesway Corp"),
                ("Reserve Bank of Zorbia", "Reserve Bank of Zorbia"),
                ("Reserve Bank", "Reserve Bank of Zorbia"),
                ("Quellbury University", "Quellbury University"),
                ("Quellbury", "Quellbury University"),
            ]
        );
    }
}
