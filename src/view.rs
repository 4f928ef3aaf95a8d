//! A borrowed view of a [`Document`] together with the text it annotates,
//! for navigating from one annotation to another: from a quote to its
//! sentence, paragraph and speaker, from an entity to its mentions and
//! quotes, from a follow-on quote to the quote it continues.
//!
//! Nothing here copies the text: every `text()` is a slice of the caller's
//! string, and lookups by position are binary searches over the document's
//! sorted spans.
//!
//! ```
//! use byline::Annotator;
//!
//! let text = String::from(
//!     "“We will not back down,” said Jane Roe, a spokeswoman. “Not now.”\n\n\
//!      Roe later flew to London.",
//! );
//! let annotated = Annotator::new().annotate_view(&text);
//! let view = annotated.view();
//!
//! let quote = view.quotes().next().unwrap();
//! assert_eq!(quote.text(), "We will not back down,");
//! assert_eq!(quote.verb_text(), Some("said"));
//! assert_eq!(quote.speaker().unwrap().name(), "Jane Roe");
//! assert_eq!(quote.sentence().unwrap().text(), "“We will not back down,” said Jane Roe, a spokeswoman.");
//!
//! // The second quote has no attribution of its own: it continues the first.
//! let next = view.quotes().nth(1).unwrap();
//! assert!(next.is_follow_on());
//! assert_eq!(next.continues().unwrap().text(), "We will not back down,");
//! assert_eq!(next.attribution_verb_text(), Some("said"));
//!
//! let roe = view.entity_named("Jane Roe").unwrap();
//! let said: Vec<&str> = roe.quotes().map(|q| q.text()).collect();
//! assert_eq!(said, ["We will not back down,", "Not now."]);
//! let names: Vec<&str> = roe.mentions().map(|m| m.text()).collect();
//! assert_eq!(names, ["Jane Roe", "Roe"]);
//! let last = roe.mentions().last().unwrap();
//! assert_eq!(last.sentence().unwrap().text(), "Roe later flew to London.");
//! ```

use std::borrow::Cow;

use crate::{Document, Entity, EntityId, EntityKind, Mention, MentionId, Quote, QuoteKind, Span};

impl Document {
    /// A view of this document over `text`, the text it was made from.
    ///
    /// The view trusts that the spans index `text`: pairing a document with
    /// another text gives slices of the wrong words, or a panic when a span
    /// falls outside it or off a char boundary.
    pub fn view<'t>(&'t self, text: &'t str) -> DocView<'t> {
        DocView::new(text, Cow::Borrowed(self))
    }
}

/// A [`Document`] with the text it annotates: the starting point for
/// navigation. Made by [`Document::view`] (borrowing the document) or held by
/// an [`Annotated`] from [`Annotator::annotate_view`](crate::Annotator::annotate_view).
#[derive(Clone, Debug)]
pub struct DocView<'t> {
    text: &'t str,
    doc: Cow<'t, Document>,
    /// For each quote, the index of the quote it continues (itself when it
    /// is not a follow-on, or when nothing precedes it).
    roots: Vec<u32>,
    /// The quotes of each speaker entity, grouped by entity: entity `e`'s
    /// quotes are `speaker_quotes[quote_starts[e]..quote_starts[e + 1]]`,
    /// in text order. Built once, so `EntityView::quotes` does not scan
    /// every quote of the document for each entity.
    quote_starts: Vec<u32>,
    speaker_quotes: Vec<u32>,
}

/// The owned result of [`Annotator::annotate_view`](crate::Annotator::annotate_view):
/// the document and the text it annotates. [`Annotated::view`] navigates it.
#[derive(Clone, Debug)]
pub struct Annotated<'t> {
    view: DocView<'t>,
}

/// An `Annotated` navigates like its [`DocView`]: `annotated.quotes()`.
impl<'t> std::ops::Deref for Annotated<'t> {
    type Target = DocView<'t>;

    fn deref(&self) -> &DocView<'t> {
        &self.view
    }
}

impl<'t> Annotated<'t> {
    pub(crate) fn new(text: &'t str, doc: Document) -> Annotated<'t> {
        Annotated {
            view: DocView::new(text, Cow::Owned(doc)),
        }
    }

    /// The view for navigating.
    pub fn view(&self) -> &DocView<'t> {
        &self.view
    }

    /// The document.
    pub fn document(&self) -> &Document {
        &self.view.doc
    }

    /// The document, given up by the view.
    pub fn into_document(self) -> Document {
        self.view.doc.into_owned()
    }
}

impl<'t> DocView<'t> {
    fn new(text: &'t str, doc: Cow<'t, Document>) -> DocView<'t> {
        let mut roots: Vec<u32> = Vec::with_capacity(doc.quotes.len());
        for (i, q) in doc.quotes.iter().enumerate() {
            let root = match (q.follow_on, i.checked_sub(1)) {
                (true, Some(prev)) => roots[prev],
                _ => i as u32,
            };
            roots.push(root);
        }
        // counting sort of the quotes by speaker entity (stable: text order)
        let mut quote_starts = vec![0u32; doc.entities.len() + 1];
        let speaker = |q: &crate::Quote| {
            q.speaker_entity
                .map(EntityId::index)
                .filter(|&e| e < doc.entities.len())
        };
        for e in doc.quotes.iter().filter_map(speaker) {
            quote_starts[e + 1] += 1;
        }
        for e in 0..doc.entities.len() {
            quote_starts[e + 1] += quote_starts[e];
        }
        let mut next = quote_starts.clone();
        let mut speaker_quotes = vec![0u32; quote_starts[doc.entities.len()] as usize];
        for (i, q) in doc.quotes.iter().enumerate() {
            if let Some(e) = speaker(q) {
                speaker_quotes[next[e] as usize] = i as u32;
                next[e] += 1;
            }
        }
        DocView {
            text,
            doc,
            roots,
            quote_starts,
            speaker_quotes,
        }
    }

    /// The annotated text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The sentences, in text order.
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = SentenceView<'_>> + '_ {
        (0..self.doc.sentences.len()).map(move |i| SentenceView {
            view: self,
            index: i,
        })
    }

    /// The paragraphs' texts, in order.
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.doc.paragraphs.iter().map(move |p| &self.text[p.span])
    }

    /// The quotes, in text order.
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = QuoteView<'_>> + '_ {
        (0..self.doc.quotes.len()).map(move |i| QuoteView {
            view: self,
            index: i,
        })
    }

    /// The entities, in id order.
    pub fn entities(&self) -> impl ExactSizeIterator<Item = EntityView<'_>> + '_ {
        (0..self.doc.entities.len()).map(move |i| EntityView {
            view: self,
            id: EntityId::new(i),
        })
    }

    /// The mentions, in text order.
    pub fn mentions(&self) -> impl ExactSizeIterator<Item = MentionView<'_>> + '_ {
        (0..self.doc.mentions.len()).map(move |i| MentionView {
            view: self,
            id: MentionId::new(i),
        })
    }

    /// The entity with this id, if the document has it.
    pub fn entity(&self, id: EntityId) -> Option<EntityView<'_>> {
        (id.index() < self.doc.entities.len()).then_some(EntityView { view: self, id })
    }

    /// The entity whose canonical name is `name` (ignoring ASCII case), or
    /// failing that, the entity of the first mention whose text is `name`
    /// ("Bachelet" finds "Michelle Bachelet").
    pub fn entity_named(&self, name: &str) -> Option<EntityView<'_>> {
        let name = name.trim();
        let id = self
            .doc
            .entities
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.id)
            .or_else(|| {
                self.doc
                    .mentions
                    .iter()
                    .find(|m| self.text[m.span].eq_ignore_ascii_case(name))
                    .map(|m| m.entity)
            })?;
        self.entity(id)
    }

    /// The sentence holding byte offset `at`, if one does (white space
    /// between sentences belongs to none).
    pub fn sentence_at(&self, at: usize) -> Option<SentenceView<'_>> {
        let i = containing(&self.doc.sentences, |s| *s, at)?;
        Some(SentenceView {
            view: self,
            index: i,
        })
    }

    /// The text of the paragraph holding byte offset `at`, with its span.
    pub fn paragraph_at(&self, at: usize) -> Option<(Span, &'t str)> {
        let i = containing(&self.doc.paragraphs, |p| p.span, at)?;
        let span = self.doc.paragraphs[i].span;
        Some((span, &self.text[span]))
    }

    fn slice(&self, span: Span) -> &'t str {
        &self.text[span]
    }
}

/// The index of the item of `items` (sorted, non-overlapping spans) whose
/// span holds `at`.
fn containing<T>(items: &[T], span: impl Fn(&T) -> Span, at: usize) -> Option<usize> {
    let i = items.partition_point(|x| span(x).end <= at);
    let s = span(items.get(i)?);
    (s.start <= at && at < s.end).then_some(i)
}

/// One sentence of a [`DocView`].
#[derive(Clone, Copy, Debug)]
pub struct SentenceView<'v> {
    view: &'v DocView<'v>,
    index: usize,
}

impl<'v> SentenceView<'v> {
    /// Its position in [`Document::sentences`].
    pub fn index(&self) -> usize {
        self.index
    }

    /// Its span.
    pub fn span(&self) -> Span {
        self.view.doc.sentences[self.index]
    }

    /// Its text.
    pub fn text(&self) -> &'v str {
        self.view.slice(self.span())
    }

    /// The mentions that start inside it, in text order.
    pub fn mentions(&self) -> impl Iterator<Item = MentionView<'v>> + 'v {
        let span = self.span();
        let view = self.view;
        let ms = &view.doc.mentions;
        let first = ms.partition_point(|m| m.span.start < span.start);
        let last = first + ms[first..].partition_point(|m| m.span.start < span.end);
        (first..last).map(move |i| MentionView {
            view,
            id: MentionId::new(i),
        })
    }
}

/// One quote of a [`DocView`].
#[derive(Clone, Copy, Debug)]
pub struct QuoteView<'v> {
    view: &'v DocView<'v>,
    index: usize,
}

impl<'v> QuoteView<'v> {
    /// The quote record.
    pub fn quote(&self) -> &'v Quote {
        &self.view.doc.quotes[self.index]
    }

    /// Its position in [`Document::quotes`].
    pub fn index(&self) -> usize {
        self.index
    }

    /// The quoted words, without the quote marks.
    pub fn text(&self) -> &'v str {
        self.view.slice(self.quote().content)
    }

    /// Direct or partial.
    pub fn kind(&self) -> QuoteKind {
        self.quote().kind
    }

    /// The words that name the speaker in the attribution ("he", "Jane Roe").
    pub fn speaker_text(&self) -> Option<&'v str> {
        self.quote().speaker.map(|s| self.view.slice(s))
    }

    /// The entity the speaker resolves to.
    pub fn speaker(&self) -> Option<EntityView<'v>> {
        self.view.entity(self.quote().speaker_entity?)
    }

    /// Its own speech verb ("said"); `None` for a follow-on quote.
    pub fn verb_text(&self) -> Option<&'v str> {
        self.quote().verb.map(|s| self.view.slice(s))
    }

    /// True when it has no attribution of its own and continues the
    /// previous quote's speaker.
    pub fn is_follow_on(&self) -> bool {
        self.quote().follow_on
    }

    /// For a follow-on quote, the attributed quote it continues; `None` for
    /// any other quote.
    pub fn continues(&self) -> Option<QuoteView<'v>> {
        let root = self.view.roots[self.index] as usize;
        (root != self.index).then_some(QuoteView {
            view: self.view,
            index: root,
        })
    }

    /// The verb that attributes it: its own, or for a follow-on quote the
    /// verb of the quote it continues.
    pub fn attribution_verb_text(&self) -> Option<&'v str> {
        self.verb_text()
            .or_else(|| self.continues().and_then(|q| q.verb_text()))
    }

    /// The sentence its content starts in.
    pub fn sentence(&self) -> Option<SentenceView<'v>> {
        self.view.sentence_at(self.quote().content.start)
    }

    /// The text of the paragraph its content starts in.
    pub fn paragraph(&self) -> Option<&'v str> {
        self.view
            .paragraph_at(self.quote().content.start)
            .map(|(_, t)| t)
    }
}

/// One entity of a [`DocView`].
#[derive(Clone, Copy, Debug)]
pub struct EntityView<'v> {
    view: &'v DocView<'v>,
    id: EntityId,
}

impl<'v> EntityView<'v> {
    /// The entity record.
    pub fn entity(&self) -> &'v Entity {
        &self.view.doc.entities[self.id]
    }

    /// Its id.
    pub fn id(&self) -> EntityId {
        self.id
    }

    /// Its canonical name.
    pub fn name(&self) -> &'v str {
        &self.entity().name
    }

    /// What it is.
    pub fn kind(&self) -> EntityKind {
        self.entity().kind
    }

    /// Its mentions, in text order.
    pub fn mentions(&self) -> impl ExactSizeIterator<Item = MentionView<'v>> + 'v {
        let view = self.view;
        self.entity()
            .mentions
            .iter()
            .map(move |&id| MentionView { view, id })
    }

    /// The quotes whose speaker resolves to it, in text order.
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = QuoteView<'v>> + 'v {
        let view = self.view;
        let e = self.id.index();
        let range = view.quote_starts[e] as usize..view.quote_starts[e + 1] as usize;
        view.speaker_quotes[range].iter().map(move |&i| QuoteView {
            view,
            index: i as usize,
        })
    }
}

/// One mention of a [`DocView`].
#[derive(Clone, Copy, Debug)]
pub struct MentionView<'v> {
    view: &'v DocView<'v>,
    id: MentionId,
}

impl<'v> MentionView<'v> {
    /// The mention record.
    pub fn mention(&self) -> &'v Mention {
        &self.view.doc.mentions[self.id]
    }

    /// Its id.
    pub fn id(&self) -> MentionId {
        self.id
    }

    /// Its span.
    pub fn span(&self) -> Span {
        self.mention().span
    }

    /// The words of the text it covers.
    pub fn text(&self) -> &'v str {
        self.view.slice(self.span())
    }

    /// The entity it names.
    pub fn entity(&self) -> EntityView<'v> {
        EntityView {
            view: self.view,
            id: self.mention().entity,
        }
    }

    /// The sentence it starts in.
    pub fn sentence(&self) -> Option<SentenceView<'v>> {
        self.view.sentence_at(self.span().start)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::{Annotator, WordList};

    /// The embedded lists, or (without them) the few words these texts need
    /// (shared with the offsets tests).
    pub(crate) fn annotator() -> Annotator {
        Annotator::builder()
            .speech_verbs(["said", "added"])
            .word_list(WordList::FirstNames, ["Jane", "Zoë"])
            .build()
            .unwrap()
    }

    #[test]
    fn navigation_on_odd_input_does_not_panic() {
        let annotator = Annotator::new();
        for text in ["", "“", "”Hi,” he said.", "\n\n“A” “B” “C”", "said “x”"]
        {
            let a = annotator.annotate_view(text);
            let v = a.view();
            for q in v.quotes() {
                let _ = (q.text(), q.sentence(), q.paragraph(), q.speaker());
                let _ = (q.continues(), q.attribution_verb_text());
            }
            for e in v.entities() {
                assert!(e.mentions().count() > 0);
                let _ = e.quotes().count();
            }
            assert!(v.sentence_at(text.len()).is_none());
        }
    }

    #[test]
    fn follow_on_chain_points_at_the_attributed_quote() {
        let text = "“One,” said Jane Roe. “Two.” “Three.”";
        let a = annotator().annotate_view(text);
        let v = a.view();
        let texts: Vec<_> = v.quotes().map(|q| q.text()).collect();
        assert_eq!(texts, ["One,", "Two.", "Three."]);
        for q in v.quotes().skip(1) {
            assert!(q.is_follow_on());
            assert_eq!(q.continues().unwrap().index(), 0);
            assert_eq!(q.attribution_verb_text(), Some("said"));
        }
        assert!(v.quotes().next().unwrap().continues().is_none());
    }

    #[test]
    fn entity_quotes_are_its_own_in_text_order() {
        let text = "“One,” said Jane Roe. “Two,” said Zoë Li. “Three,” said Jane Roe. \
                    “Four,” said Zoë Li.";
        let a = annotator().annotate_view(text);
        let v = a.view();
        let said = |name: &str| -> Vec<&str> {
            let e = v.entity_named(name).unwrap();
            e.quotes().map(|q| q.text()).collect()
        };
        assert_eq!(said("Jane Roe"), ["One,", "Three,"]);
        assert_eq!(said("Zoë Li"), ["Two,", "Four,"]);
        let all: usize = v.entities().map(|e| e.quotes().len()).sum();
        let spoken = v.quotes().filter(|q| q.speaker().is_some()).count();
        assert_eq!(all, spoken);
    }
}
