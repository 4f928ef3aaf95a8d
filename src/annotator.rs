//! [`Annotator`] and its builder: the entry point of the crate.

use std::fmt;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::boilerplate::Boilerplate;
use crate::coref::Coref;
use crate::entity::{GazetteerEntry, Recognizer};
use crate::quote::QuoteFinder;
use crate::segment::Segmenter;
use crate::speech_verbs::SpeechVerbs;
use crate::timing::{Clock, NoClock, Stage, Stopwatch};
use crate::view::Annotated;
use crate::{BuildError, Document, EntityKind, Span, StageTimes};

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
///
/// Its `Debug` is a one-line summary, not the tables:
///
/// ```
/// let annotator = byline::Annotator::builder().speech_verbs(["quipped"]).build().unwrap();
/// let debug = format!("{annotator:?}");
/// assert!(debug.starts_with("Annotator { embedded: "), "{debug}");
/// assert!(debug.contains("extra speech verbs: 1"), "{debug}");
/// assert!(!debug.contains('\n'));
/// ```
#[derive(Clone)]
pub struct Annotator {
    inner: Arc<Inner>,
}

struct Inner {
    segmenter: Segmenter,
    speech_verbs: SpeechVerbs,
    recognizer: Recognizer,
    #[cfg(feature = "patterns")]
    patterns: crate::patterns::Patterns,
    coref: Coref,
    quotes: QuoteFinder,
    boilerplate: Boilerplate,
    body_only: bool,
    summary: Summary,
}

/// What an annotator was built from, for its `Debug`.
#[derive(Clone, Copy, Debug, Default)]
struct Summary {
    embedded: bool,
    abbreviations: usize,
    speech_verbs: usize,
    gazetteer_entries: usize,
    word_lists: usize,
    patterns: usize,
}

impl fmt::Debug for Annotator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.inner.summary;
        write!(
            f,
            "Annotator {{ embedded: {}, extra abbreviations: {}, extra speech verbs: {}, \
             extra gazetteer entries: {}, extra word lists: {}, entity patterns: {} }}",
            s.embedded,
            s.abbreviations,
            s.speech_verbs,
            s.gazetteer_entries,
            s.word_lists,
            s.patterns
        )
    }
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

    /// Annotates `text`: paragraphs (each flagged article body or a kind of
    /// boilerplate), sentences, entities, the pronouns and descriptions that
    /// refer to them, and quotes. Entities, references and quotes come from
    /// every paragraph unless the annotator was built with
    /// [`AnnotatorBuilder::body_only`].
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
        self.run(text, &mut NoClock)
    }

    /// Annotates `text` as [`Annotator::annotate`] does, and says how long
    /// each stage took: summed over a corpus, where the time goes.
    ///
    /// ```
    /// let text = "“We will appeal,” said Jane Roe. She left.";
    /// let annotator = byline::Annotator::new();
    /// let (doc, times) = annotator.annotate_timed(text);
    /// assert_eq!(doc, annotator.annotate(text));
    /// assert!(times.total() >= times.entities);
    /// ```
    pub fn annotate_timed(&self, text: &str) -> (Document, StageTimes) {
        let mut clock = Stopwatch::start();
        let doc = self.run(text, &mut clock);
        (doc, clock.times)
    }

    /// The pipeline, with `clock` told where each stage ends. Inlined into
    /// both callers so that `annotate`'s no-op clock costs nothing.
    #[inline(always)]
    fn run(&self, text: &str, clock: &mut impl Clock) -> Document {
        let inner = &*self.inner;
        let mut doc = Document::default();
        // The text is scanned once for its rarer line breaks; segmenter,
        // quote pairing and attribution share the verdict.
        let breaks = crate::line_break::Finder::new(text);
        inner.segmenter.segment_with(text, breaks, &mut doc);
        // The lines, found between the paragraphs (which hold no line
        // break): quote pairing and attribution walk them.
        let lines =
            crate::line_break::lines_between(text, breaks, doc.paragraphs.iter().map(|p| p.span));
        clock.lap(Stage::Sentences);
        inner.boilerplate.classify(text, &mut doc.paragraphs);
        clock.lap(Stage::Boilerplate);
        // Coreference reads the entity stage's tokens: the text is
        // tokenized once.
        let pairs =
            inner
                .recognizer
                .recognize_then(text, &inner.speech_verbs, &mut doc, |toks, doc| {
                    #[cfg(feature = "patterns")]
                    inner.patterns.apply(text, doc);
                    clock.lap(Stage::Entities);
                    let pairs = crate::quote::pairs(text, &lines);
                    let outers: Vec<Span> = pairs.iter().map(crate::quote::Pair::outer).collect();
                    clock.lap(Stage::Quotes);
                    inner.coref.resolve(text, toks, &outers, doc);
                    clock.lap(Stage::Coreference);
                    (pairs, outers)
                });
        let (pairs, outers) = pairs;
        clock.lap(Stage::Entities);
        inner
            .quotes
            .find_in(text, &lines, &inner.speech_verbs, &pairs, &outers, &mut doc);
        clock.lap(Stage::Quotes);
        if inner.body_only {
            crate::boilerplate::keep_body_only(&mut doc);
            clock.lap(Stage::Boilerplate);
        }
        doc
    }

    /// Annotates `text` and keeps it beside the document, for navigation:
    /// see [`DocView`](crate::DocView).
    ///
    /// ```
    /// let text = String::from("“Fine,” said Jane Roe.");
    /// let annotated = byline::Annotator::new().annotate_view(&text);
    /// let quote = annotated.view().quotes().next().unwrap();
    /// assert_eq!(quote.speaker().unwrap().name(), "Jane Roe");
    /// ```
    pub fn annotate_view<'t>(&self, text: &'t str) -> Annotated<'t> {
        Annotated::new(text, self.annotate(text))
    }

    /// Annotates each text in turn, yielding the documents in input order.
    /// Lazy: a text is annotated when its document is asked for.
    ///
    /// ```
    /// let texts = vec![String::from("One. Two."), String::from("Three.")];
    /// let docs: Vec<_> = byline::Annotator::new().annotate_many(&texts).collect();
    /// assert_eq!(docs[0].sentences.len(), 2);
    /// assert_eq!(docs[1].sentences.len(), 1);
    /// ```
    pub fn annotate_many<'a, I>(&'a self, texts: I) -> impl Iterator<Item = Document> + 'a
    where
        I: IntoIterator,
        I::IntoIter: 'a,
        I::Item: AsRef<str>,
    {
        texts.into_iter().map(move |t| self.annotate(t.as_ref()))
    }

    /// Annotates the texts in parallel on rayon's global thread pool (the
    /// `rayon` feature); the documents come back in input order.
    ///
    /// ```
    /// let texts = ["One. Two.", "Three.", "Four. Five. Six."];
    /// let docs = byline::Annotator::new().annotate_par(&texts);
    /// let counts: Vec<usize> = docs.iter().map(|d| d.sentences.len()).collect();
    /// assert_eq!(counts, [2, 1, 3]);
    /// ```
    #[cfg(feature = "rayon")]
    pub fn annotate_par<S>(&self, texts: &[S]) -> Vec<Document>
    where
        S: AsRef<str> + Sync,
    {
        use rayon::prelude::*;
        texts
            .par_iter()
            .map(|t| self.annotate(t.as_ref()))
            .collect()
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

/// A word list the embedded build reads, which a builder can be given too
/// (see [`AnnotatorBuilder::word_list`]), so that an annotator built
/// `without_embedded()` or without the `embedded` feature can reach the same
/// quality with the user's own lists.
///
/// The text format of each (for [`AnnotatorBuilder::word_list_file`] and
/// [`AnnotatorBuilder::word_list_reader`]) is that of its file in `data/`:
/// one entry per line, `#` lines are comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordList {
    /// Given names, first column of each line (`data/gazetteer/first_names.tsv`):
    /// a capitalized word listed here starts a person's name.
    FirstNames,
    /// Family names (`data/gazetteer/surnames.txt`).
    Surnames,
    /// Common lowercase English words (`data/gazetteer/common_words.txt`):
    /// a capitalized word listed here is less likely a name.
    CommonWords,
    /// Abbreviations (`data/abbreviations.txt`: one per line without its
    /// period, `[kind]` lines for the kinds); entries given in code are as
    /// for [`AnnotatorBuilder::abbreviations`].
    Abbreviations,
    /// Speech verbs (`data/speech_verbs.txt`: a lemma and its forms per
    /// line, comma separated); entries given in code are single forms.
    SpeechVerbs,
    /// Places (`data/gazetteer/places.tsv`:
    /// `name<TAB>type<TAB>canonical<TAB>aliases<TAB>population`, where a
    /// type of `country` or a population of 4 million or more marks a
    /// country); entries given in code are place names. Other gazetteers
    /// go through [`AnnotatorBuilder::gazetteer_file`].
    Places,
}

/// Where a word list comes from.
#[derive(Clone, Debug)]
enum Source {
    Text(String),
    File(PathBuf),
    /// A reader that failed: reported by `build`.
    Failed(BuildError),
}

/// Builds an [`Annotator`] with extra or replaced resources.
///
/// ```
/// use byline::{Annotator, EntityKind, GazetteerEntry, WordList};
///
/// let annotator = Annotator::builder()
///     .abbreviations(["Hon"])
///     .speech_verbs(["quipped"])
///     .gazetteer_entries([GazetteerEntry::new("Acme Widgets", EntityKind::Organization)])
///     .word_list(WordList::FirstNames, ["Aroha"])
///     .build()
///     .unwrap();
/// let text = "The Hon. Jane Roe spoke. Then she left.";
/// assert_eq!(annotator.sentences(text).count(), 2);
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct AnnotatorBuilder {
    embedded: bool,
    abbreviations: Vec<String>,
    speech_verbs: Vec<String>,
    gazetteer_entries: Vec<GazetteerEntry>,
    gazetteer_files: Vec<PathBuf>,
    gazetteer_texts: Vec<(String, Result<String, BuildError>)>,
    word_lists: Vec<(WordList, Source)>,
    #[cfg_attr(not(feature = "patterns"), allow(dead_code))]
    patterns: Vec<(EntityKind, String)>,
    body_only: bool,
}

impl Default for AnnotatorBuilder {
    fn default() -> AnnotatorBuilder {
        AnnotatorBuilder::new()
    }
}

/// Reads all of `reader`, or says why not (named `name`).
fn read_all(name: &str, mut reader: impl Read) -> Result<String, BuildError> {
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map(|_| text)
        .map_err(|e| BuildError::read(name, e))
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
            gazetteer_texts: Vec::new(),
            word_lists: Vec::new(),
            patterns: Vec::new(),
            body_only: false,
        }
    }

    /// Leaves out the embedded abbreviations, speech verbs, gazetteers and
    /// word lists, so that only what this builder is given is used (the
    /// rules still apply).
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

    /// Adds the entries of a gazetteer in the format of
    /// [`AnnotatorBuilder::gazetteer_file`], read now from `reader`; `name`
    /// stands for the file in error messages. A read error is reported by
    /// [`AnnotatorBuilder::build`].
    ///
    /// ```
    /// let tsv = "Zorbian Trade Council\torganization\t\tZTC\n";
    /// let annotator = byline::Annotator::builder()
    ///     .gazetteer_reader("orgs.tsv", tsv.as_bytes())
    ///     .build()
    ///     .unwrap();
    /// let text = "The ZTC met on Monday.";
    /// let doc = annotator.annotate(text);
    /// assert_eq!(doc.entities[doc.mentions[0].entity].name, "Zorbian Trade Council");
    /// ```
    pub fn gazetteer_reader(mut self, name: &str, reader: impl Read) -> AnnotatorBuilder {
        self.gazetteer_texts
            .push((name.to_string(), read_all(name, reader)));
        self
    }

    /// Adds entries to one of the word lists, given in code: one word (or,
    /// for abbreviations and speech verbs, one entry) per item.
    ///
    /// ```
    /// use byline::{Annotator, WordList};
    ///
    /// // Without the embedded lists, "Quillon" is not known as a surname.
    /// let annotator = Annotator::builder()
    ///     .without_embedded()
    ///     .word_list(WordList::Surnames, ["Quillon"])
    ///     .build()
    ///     .unwrap();
    /// let doc = annotator.annotate("Quillon arrived on Monday.");
    /// assert_eq!(doc.entities.len(), 1);
    /// ```
    pub fn word_list<I, S>(mut self, list: WordList, words: I) -> AnnotatorBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let words = words.into_iter().map(Into::into);
        match list {
            WordList::Abbreviations => self.abbreviations.extend(words),
            WordList::SpeechVerbs => self.speech_verbs.extend(words),
            _ => {
                let mut text = String::new();
                for w in words {
                    // one per line, as the file would have it
                    text.push_str(w.split(['\n', '\r', '\t']).next().unwrap_or(""));
                    text.push('\n');
                }
                self.word_lists.push((list, Source::Text(text)));
            }
        }
        self
    }

    /// Adds the entries of a word-list file in the format of its `data/`
    /// file (see [`WordList`]); read by [`AnnotatorBuilder::build`].
    pub fn word_list_file(mut self, list: WordList, path: impl Into<PathBuf>) -> AnnotatorBuilder {
        self.word_lists.push((list, Source::File(path.into())));
        self
    }

    /// Adds the entries of a word list read now from `reader`, in the
    /// format of its `data/` file; a read error is reported by
    /// [`AnnotatorBuilder::build`].
    ///
    /// ```
    /// use byline::{Annotator, WordList};
    ///
    /// let verbs = "# my verbs\nmuse, mused, muses, musing\n";
    /// let annotator = Annotator::builder()
    ///     .word_list_reader(WordList::SpeechVerbs, verbs.as_bytes())
    ///     .build()
    ///     .unwrap();
    /// let text = "“Perhaps,” mused Jane Roe.";
    /// let doc = annotator.annotate(text);
    /// assert_eq!(&text[doc.quotes[0].verb.unwrap()], "mused");
    /// ```
    pub fn word_list_reader(mut self, list: WordList, reader: impl Read) -> AnnotatorBuilder {
        let source = match read_all("word list", reader) {
            Ok(text) => Source::Text(text),
            Err(e) => Source::Failed(e),
        };
        self.word_lists.push((list, source));
        self
    }

    /// Adds a pattern for entities the lists and rules cannot know: ticker
    /// symbols, case numbers, product codes (the `patterns` feature, which
    /// brings in the `regex` crate). Each match becomes a mention of `kind`,
    /// replacing names found otherwise that it overlaps, and each distinct
    /// matched text one entity. Patterns use the `regex` crate's syntax and
    /// are compiled by [`AnnotatorBuilder::build`].
    ///
    /// ```
    /// use byline::{Annotator, EntityKind};
    ///
    /// let annotator = Annotator::builder()
    ///     .entity_pattern(EntityKind::Organization, r"\bNASDAQ:[A-Z]{1,5}\b")
    ///     .build()
    ///     .unwrap();
    /// let text = "Shares of NASDAQ:ZORB rose. NASDAQ:ZORB later fell.";
    /// let doc = annotator.annotate(text);
    /// let tickers: Vec<&str> = doc.mentions.iter().map(|m| &text[m.span]).collect();
    /// assert_eq!(tickers, ["NASDAQ:ZORB", "NASDAQ:ZORB"]);
    /// assert_eq!(doc.entities[doc.mentions[0].entity].mentions.len(), 2);
    ///
    /// let err = Annotator::builder()
    ///     .entity_pattern(EntityKind::Organization, "(")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), byline::BuildErrorKind::InvalidPattern);
    /// ```
    #[cfg(feature = "patterns")]
    pub fn entity_pattern(
        mut self,
        kind: EntityKind,
        pattern: impl Into<String>,
    ) -> AnnotatorBuilder {
        self.patterns.push((kind, pattern.into()));
        self
    }

    /// With `true`, entities and quotes come from the article's body
    /// paragraphs only: mentions and quotes in paragraphs flagged as
    /// boilerplate (menus, captions, author bios, "Related" links) are left
    /// out, and so are entities left without a mention. Paragraphs and
    /// sentences still cover the whole text. The default, `false`,
    /// annotates everything and only flags the paragraphs.
    ///
    /// ```
    /// use byline::Annotator;
    ///
    /// let text = "The mayor of Springfield, Jane Roe, opened the new bridge on Monday after two years of work.\n\nJohn Doe is a reporter based in London. He covers city politics for the paper.";
    /// let all = Annotator::new().annotate(text);
    /// let body = Annotator::builder().body_only(true).build().unwrap().annotate(text);
    /// assert!(all.entities.iter().any(|e| e.name == "John Doe"));
    /// assert!(!body.entities.iter().any(|e| e.name == "John Doe"));
    /// assert!(body.entities.iter().any(|e| e.name == "Jane Roe"));
    /// assert_eq!(body.sentences, all.sentences);
    /// ```
    pub fn body_only(mut self, body_only: bool) -> AnnotatorBuilder {
        self.body_only = body_only;
        self
    }

    /// Builds the annotator.
    ///
    /// # Errors
    ///
    /// When a gazetteer or word-list file or reader cannot be read, a
    /// gazetteer is not UTF-8 or has a malformed line, an entry is unusable
    /// (an empty name, or a name, canonical name or alias holding a
    /// [line break](crate::line_break): a mention never runs across one) or
    /// an entity pattern does not compile.
    pub fn build(self) -> Result<Annotator, BuildError> {
        let mut entries = self.gazetteer_entries;
        for path in &self.gazetteer_files {
            let bytes = std::fs::read(path).map_err(|e| BuildError::read(path, e))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                // name the line, as for any other bad line
                let bad = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let line = 1 + memchr::memchr_iter(b'\n', &bytes[..bad]).count();
                let column = bad
                    - bytes[..bad]
                        .iter()
                        .rposition(|&b| b == b'\n')
                        .map_or(0, |i| i + 1);
                BuildError::line(
                    path.display().to_string(),
                    line,
                    format!("not UTF-8: invalid byte at byte {} of the line", column + 1),
                )
            })?;
            entries.extend(crate::entity::parse_tsv(
                &text,
                &path.display().to_string(),
            )?);
        }
        for (name, text) in self.gazetteer_texts {
            entries.extend(crate::entity::parse_tsv(&text?, &name)?);
        }
        let mut lists: Vec<(WordList, String)> = Vec::with_capacity(self.word_lists.len());
        for (list, source) in self.word_lists {
            let text = match source {
                Source::Text(text) => text,
                Source::File(path) => {
                    std::fs::read_to_string(&path).map_err(|e| BuildError::read(&path, e))?
                }
                Source::Failed(e) => return Err(e),
            };
            lists.push((list, text));
        }
        let of = |want: WordList| -> Vec<&str> {
            lists
                .iter()
                .filter(|(l, _)| *l == want)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        crate::speech_verbs::check(&self.speech_verbs)?;
        let summary = Summary {
            embedded: self.embedded,
            abbreviations: self.abbreviations.len(),
            speech_verbs: self.speech_verbs.len(),
            gazetteer_entries: entries.len(),
            word_lists: lists.len(),
            patterns: self.patterns.len(),
        };
        let mut recognizer = Recognizer::build_with(self.embedded, entries, &of(WordList::Places))?;
        let mut coref = Coref::new(self.embedded);
        for (list, text) in &lists {
            recognizer.add_word_list(*list, text);
            if *list == WordList::FirstNames {
                coref.add_first_names(text);
            }
        }
        let inner = Inner {
            segmenter: Segmenter::with_lists(
                self.embedded,
                &self.abbreviations,
                &of(WordList::Abbreviations),
            ),
            speech_verbs: SpeechVerbs::with_lists(
                self.embedded,
                &self.speech_verbs,
                &of(WordList::SpeechVerbs),
            ),
            recognizer,
            #[cfg(feature = "patterns")]
            patterns: compile_patterns(&self.patterns)?,
            coref,
            quotes: QuoteFinder::new(),
            summary,
            boilerplate: Boilerplate::new(),
            body_only: self.body_only,
        };
        Ok(Annotator {
            inner: Arc::new(inner),
        })
    }
}

#[cfg(feature = "patterns")]
fn compile_patterns(
    patterns: &[(EntityKind, String)],
) -> Result<crate::patterns::Patterns, BuildError> {
    let mut compiled = Vec::with_capacity(patterns.len());
    for (kind, p) in patterns {
        let re = regex::Regex::new(p).map_err(|e| BuildError::pattern(p, e.to_string()))?;
        compiled.push((*kind, re));
    }
    Ok(crate::patterns::Patterns::new(compiled))
}
