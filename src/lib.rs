//! byline reads English news articles and says who said what about whom.
//!
//! Given an article's text, an [`Annotator`] returns a [`Document`] of
//! typed annotations, each a [`Span`] of UTF-8 byte offsets into that text:
//!
//! - **paragraphs and sentences**, robust to abbreviations (Mr., U.S., Jan.),
//!   initials, decimals, ellipses and quotations that end a sentence;
//! - **named entities**: [`Mention`]s of people, organizations, places and
//!   groups, each resolved to one [`Entity`] with a canonical name;
//! - **attributed quotes**: each [`Quote`]'s content, its speaker and the
//!   entity the speaker resolves to, and the speech verb.
//!
//! ```
//! use byline::Annotator;
//!
//! let text = "Mr. Smith arrived in the U.S. on Jan. 5. He stayed.";
//! let doc = Annotator::new().annotate(text);
//! assert_eq!(&text[doc.sentences[0]], "Mr. Smith arrived in the U.S. on Jan. 5.");
//! assert_eq!(&text[doc.sentences[1]], "He stayed.");
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
mod document;
mod entity;
mod error;
mod quote;
mod segment;
mod span;
mod speech_verbs;

pub use annotator::{Annotator, AnnotatorBuilder, Spans};
pub use document::{Document, Entity, EntityId, EntityKind, Mention, MentionId, Quote, QuoteKind};
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
