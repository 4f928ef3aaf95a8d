//! [`Annotator`] and its builder: the entry point of the crate.

use std::path::PathBuf;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::coref::Coref;
use crate::entity::{GazetteerEntry, Recognizer};
use crate::quote::QuoteFinder;
use crate::segment::Segmenter;
use crate::speech_verbs::SpeechVerbs;
use crate::{BuildError, Document, Span};

/// Annotates English news text with paragraphs, sentences, named entities
/// and attributed quotes.
///
/// Build one and share it: it is `Send + Sync`, cloning is a reference-count
/// bump, and [`Annotator::new`] builds the embedded resources once per
/// process. Annotating never fails and never panics; odd input yields fewer
/// annotations.
///
/// ```
/// use byline::Annotator;
///
/// let text = "Mr. Smith arrived at 5 p.m. on Monday. He left.";
/// let annotator = Annotator::new();
/// let sentences: Vec<&str> = annotator.sentences(text).map(|s| &text[s]).collect();
/// assert_eq!(sentences, ["Mr. Smith arrived at 5 p.m. on Monday.", "He left."]);
/// ```
#[derive(Clone, Debug)]
pub struct Annotator {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    segmenter: Segmenter,
    speech_verbs: SpeechVerbs,
    recognizer: Recognizer,
    coref: Coref,
    quotes: QuoteFinder,
}

static DEFAULT: Lazy<Annotator> = Lazy::new(|| {
    AnnotatorBuilder::new()
        .build()
        .expect("the embedded resources are valid")
});

impl Annotator {
    /// An annotator with the embedded abbreviations, speech verbs and
    /// gazetteers (when the default `embedded` feature is on). The first call
    /// builds them; later calls share that build.
    pub fn new() -> Annotator {
        DEFAULT.clone()
    }

    /// A builder for an annotator with extra or replaced resources.
    pub fn builder() -> AnnotatorBuilder {
        AnnotatorBuilder::new()
    }

    /// Annotates `text`: paragraphs, sentences, entities, the pronouns and
    /// descriptions that refer to them, and quotes.
    ///
    /// ```
    /// use byline::Annotator;
    ///
    /// let text = "First paragraph.\n\nSecond one. It has two sentences.";
    /// let doc = Annotator::new().annotate(text);
    /// assert_eq!(doc.paragraphs.len(), 2);
    /// assert_eq!(&text[doc.sentences[2]], "It has two sentences.");
    /// ```
    pub fn annotate(&self, text: &str) -> Document {
        let inner = &*self.inner;
        let mut doc = Document::default();
        inner.segmenter.segment(text, &mut doc);
        inner
            .recognizer
            .recognize(text, &inner.speech_verbs, &mut doc);
        let pairs = crate::quote::pairs(text);
        let outers: Vec<Span> = pairs.iter().map(crate::quote::Pair::outer).collect();
        inner.coref.resolve(text, &outers, &mut doc);
        inner
            .quotes
            .find_in(text, &inner.speech_verbs, &pairs, &mut doc);
        doc
    }

    /// The sentences of `text`, in order.
    pub fn sentences<'h>(&self, text: &'h str) -> Spans<'h> {
        let mut doc = Document::default();
        self.inner.segmenter.segment(text, &mut doc);
        Spans::new(text, doc.sentences)
    }

    /// The paragraphs of `text`, in order.
    pub fn paragraphs<'h>(&self, text: &'h str) -> Spans<'h> {
        let mut paragraphs = Vec::new();
        self.inner.segmenter.paragraphs(text, &mut paragraphs);
        Spans::new(text, paragraphs)
    }
}

impl Default for Annotator {
    fn default() -> Annotator {
        Annotator::new()
    }
}

/// An iterator over spans of a text `'h` (sentences or paragraphs).
///
/// Yields [`Span`]s; [`Spans::strs`] turns it into an iterator of `&'h str`.
#[derive(Clone, Debug)]
pub struct Spans<'h> {
    text: &'h str,
    spans: std::vec::IntoIter<Span>,
}

impl<'h> Spans<'h> {
    fn new(text: &'h str, spans: Vec<Span>) -> Spans<'h> {
        Spans {
            text,
            spans: spans.into_iter(),
        }
    }

    /// The remaining spans as slices of the text.
    ///
    /// ```
    /// let text = "One. Two.";
    /// let s: Vec<&str> = byline::Annotator::new().sentences(text).strs().collect();
    /// assert_eq!(s, ["One.", "Two."]);
    /// ```
    pub fn strs(self) -> impl Iterator<Item = &'h str> {
        let text = self.text;
        self.spans.map(move |s| &text[s])
    }
}

impl Iterator for Spans<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        self.spans.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl ExactSizeIterator for Spans<'_> {}

/// Builds an [`Annotator`] with extra or replaced resources.
///
/// ```
/// use byline::{Annotator, EntityKind, GazetteerEntry};
///
/// let annotator = Annotator::builder()
///     .abbreviations(["Hon"])
///     .speech_verbs(["quipped"])
///     .gazetteer_entries([GazetteerEntry::new("Acme Widgets", EntityKind::Organization)])
///     .build()
///     .unwrap();
/// let text = "The Hon. Jane Roe spoke. Then she left.";
/// assert_eq!(annotator.sentences(text).count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct AnnotatorBuilder {
    embedded: bool,
    abbreviations: Vec<String>,
    speech_verbs: Vec<String>,
    gazetteer_entries: Vec<GazetteerEntry>,
    gazetteer_files: Vec<PathBuf>,
}

impl Default for AnnotatorBuilder {
    fn default() -> AnnotatorBuilder {
        AnnotatorBuilder::new()
    }
}

impl AnnotatorBuilder {
    /// A builder that starts from the embedded resources.
    pub fn new() -> AnnotatorBuilder {
        AnnotatorBuilder {
            embedded: cfg!(feature = "embedded"),
            abbreviations: Vec::new(),
            speech_verbs: Vec::new(),
            gazetteer_entries: Vec::new(),
            gazetteer_files: Vec::new(),
        }
    }

    /// Leaves out the embedded abbreviations, speech verbs and gazetteers, so
    /// that only what this builder is given is used (the rules still apply).
    pub fn without_embedded(mut self) -> AnnotatorBuilder {
        self.embedded = false;
        self
    }

    /// Adds abbreviations, written without their final period ("Gov",
    /// "approx"). A period after one ends a sentence only before a common
    /// sentence starter ("Acme Co. It closed."); write "prefix:Hon" for one
    /// that never does (like "Mr."), "number:Art" for one that stands before
    /// numbers (like "No. 5").
    pub fn abbreviations<I, S>(mut self, abbreviations: I) -> AnnotatorBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.abbreviations
            .extend(abbreviations.into_iter().map(Into::into));
        self
    }

    /// Adds speech verb forms ("quipped", "according to").
    pub fn speech_verbs<I, S>(mut self, verbs: I) -> AnnotatorBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.speech_verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Adds gazetteer entries.
    pub fn gazetteer_entries<I>(mut self, entries: I) -> AnnotatorBuilder
    where
        I: IntoIterator<Item = GazetteerEntry>,
    {
        self.gazetteer_entries.extend(entries);
        self
    }

    /// Adds the entries of a TSV file, `name<TAB>kind<TAB>canonical<TAB>aliases`
    /// (aliases `|`-separated; the last two columns may be empty). The file
    /// is read by [`AnnotatorBuilder::build`], whose error names the file and
    /// line of a bad entry.
    pub fn gazetteer_file(mut self, path: impl Into<PathBuf>) -> AnnotatorBuilder {
        self.gazetteer_files.push(path.into());
        self
    }

    /// Builds the annotator.
    ///
    /// # Errors
    ///
    /// When a gazetteer file cannot be read or has a malformed line, or an
    /// entry is unusable (an empty name).
    pub fn build(self) -> Result<Annotator, BuildError> {
        let mut entries = self.gazetteer_entries;
        for path in &self.gazetteer_files {
            let text = std::fs::read_to_string(path).map_err(|e| BuildError::read(path, &e))?;
            entries.extend(crate::entity::parse_tsv(
                &text,
                &path.display().to_string(),
            )?);
        }
        crate::speech_verbs::check(&self.speech_verbs)?;
        let inner = Inner {
            segmenter: Segmenter::new(self.embedded, &self.abbreviations),
            speech_verbs: SpeechVerbs::new(self.embedded, &self.speech_verbs),
            recognizer: Recognizer::build(self.embedded, entries)?,
            coref: Coref::new(self.embedded),
            quotes: QuoteFinder::new(),
        };
        Ok(Annotator {
            inner: Arc::new(inner),
        })
    }
}
