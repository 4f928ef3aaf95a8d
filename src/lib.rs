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
//! # Features
//!
//! - `embedded` (default): embeds the word lists and gazetteers of `data/`.
//!   Without it, give the [`AnnotatorBuilder`] your own.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod annotator;
mod ascii;
mod coref;
mod document;
mod entity;
mod error;
mod fnv;
mod quote;
mod segment;
mod shapes;
mod span;
mod speech_verbs;

pub use annotator::{Annotator, AnnotatorBuilder, Spans};
pub use document::{
    Document, Entity, EntityId, EntityKind, Mention, MentionId, Quote, QuoteKind, Reference,
    ReferenceForm, ReferenceId,
};
pub use entity::GazetteerEntry;
pub use error::BuildError;
pub use span::{OffsetConverter, Span};

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
