//! byline reads English news articles and says who said what about whom.
//!
//! Given an article's text, an [`Annotator`] returns a [`Document`] of
//! typed annotations, each a [`Span`] of UTF-8 byte offsets into that text:
//!
//! - **paragraphs and sentences**, robust to abbreviations (Mr., U.S., Jan.),
//!   initials, decimals, ellipses and quotations that end a sentence;
//! - **named entities**: [`Mention`]s of people, organizations, places and
//!   groups, each resolved to one [`Entity`] with a canonical name;
//! - **coreference**: [`Reference`]s, the pronouns and definite descriptions
//!   ("he", "the company", "Brazil's president") linked to the entity they
//!   mean;
//! - **attributed quotes**: each [`Quote`]'s content, its speaker and the
//!   entity the speaker resolves to, and the speech verb.
//!
//! ```
//! use byline::{Annotator, EntityKind, QuoteKind};
//!
//! let annotator = Annotator::new();
//! let text = "Mr. Smith arrived in the U.S. on Jan. 5. He stayed.";
//! let doc = annotator.annotate(text);
//! assert_eq!(&text[doc.sentences[0]], "Mr. Smith arrived in the U.S. on Jan. 5.");
//! assert_eq!(&text[doc.sentences[1]], "He stayed.");
//!
//! let text = "“We will not back down,” said Jane Roe, a spokeswoman for the ministry. Roe left for London.";
//! let doc = annotator.annotate(text);
//! let quote = &doc.quotes[0];
//! assert_eq!(&text[quote.content], "We will not back down,");
//! assert_eq!(quote.speaker_name.as_deref(), Some("Jane Roe"));
//! assert_eq!(&text[quote.verb.unwrap()], "said");
//! assert_eq!(quote.kind, QuoteKind::Direct);
//!
//! // "Roe" later in the story is the same person.
//! let roe = doc.mentions.iter().find(|m| &text[m.span] == "Roe").unwrap();
//! assert_eq!(doc.entities[roe.entity].name, "Jane Roe");
//! assert_eq!(roe.kind, EntityKind::Person);
//! ```
//!
//! Annotating never fails: any `&str` yields a `Document`, possibly an empty
//! one. Only building an annotator from custom resources can fail, with a
//! [`BuildError`].
//!
//! # Navigating
//!
//! A [`DocView`] pairs a document with its text and walks between
//! annotations without copying the text (see the [`DocView`] docs):
//!
//! ```
//! use byline::Annotator;
//!
//! // What `read_to_string` gives: `&text[span]` works on a `String` too.
//! let text = String::from("“It is done,” said Jane Roe. Later, Roe flew home.");
//! let annotated = Annotator::new().annotate_view(&text);
//! let view = annotated.view();
//! let roe = view.entity_named("Roe").unwrap();
//! for quote in roe.quotes() {
//!     assert_eq!(quote.text(), "It is done,");
//!     assert_eq!(quote.sentence().unwrap().text(), "“It is done,” said Jane Roe.");
//! }
//! assert_eq!(roe.mentions().count(), 2);
//! assert_eq!(&text[annotated.document().quotes[0].content], "It is done,");
//! ```
//!
//! Many texts: [`Annotator::annotate_many`] (lazy, in input order) or, with
//! the `rayon` feature, `Annotator::annotate_par`. For consumers of the JSON
//! in Python or JavaScript, [`Document::to_char_offsets`] and
//! [`Document::to_utf16_offsets`] convert every span in one go.
//!
//! # Features
//!
//! - `embedded` (default): embeds the word lists and gazetteers of `data/`.
//!   Without it, give the [`AnnotatorBuilder`] your own: every list the
//!   embedded build reads ([`WordList`], gazetteers) can come from code, a
//!   path or any `Read`.
//! - `serde` (default): `Serialize`/`Deserialize` for [`Document`] and its
//!   parts, with the field names of the JSON contract.
//! - `patterns`: `AnnotatorBuilder::entity_pattern`, user-defined entities
//!   by regular expression (brings in `regex`).
//! - `rayon`: `Annotator::annotate_par` on rayon's thread pool.
//!
//! # Data and attribution
//!
//! The embedded lists come from openly licensed sources, listed with their
//! licences in `data/SOURCES.md` (shipped in the package). Two of them put
//! duties on whoever redistributes a binary that embeds them (the default
//! `embedded` feature):
//!
//! - the places gazetteer contains data from [GeoNames](https://www.geonames.org/),
//!   licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/):
//!   give the credit "Contains data from GeoNames (geonames.org), licensed
//!   under CC BY 4.0." with your program (its notices, about box or docs);
//! - the common-words list is derived from SCOWL (Copyright 2000-2011 by
//!   Kevin Atkinson and others, via Debian's `wamerican-small`), whose
//!   licence asks that its copyright and permission notice appear in all
//!   copies and in supporting documentation: ship
//!   `data/gazetteer/SCOWL-COPYRIGHT.txt` with the binary's notices.
//!
//! The other sources are public domain, CC0, PDDL or MIT (see
//! `data/SOURCES.md`). Building without `embedded` embeds none of them.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod annotator;
mod ascii;
mod boilerplate;
mod coref;
mod document;
mod entity;
mod error;
mod fnv;
pub mod line_break;
mod offsets;
#[cfg(feature = "patterns")]
mod patterns;
mod quote;
mod segment;
mod shapes;
mod span;
mod speech_verbs;
mod timing;
mod view;

pub use annotator::{Annotator, AnnotatorBuilder, Spans, WordList};
pub use document::{
    Document, Entity, EntityId, EntityKind, Mention, MentionId, Paragraph, ParagraphKind,
    ParseKindError, Quote, QuoteKind, Reference, ReferenceForm, ReferenceId,
};
pub use entity::GazetteerEntry;
pub use error::{BuildError, BuildErrorKind};
pub use span::{OffsetConverter, Span};
pub use timing::StageTimes;
pub use view::{Annotated, DocView, EntityView, MentionView, QuoteView, SentenceView};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotator_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Annotator>();
        assert_send_sync::<Document>();
        assert_send_sync::<BuildError>();
    }
}
