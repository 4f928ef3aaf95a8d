//! The owned, serde-ready result of [`Annotator::annotate`](crate::Annotator::annotate).
//!
//! The JSON field names below are a stable contract: scoring tools read them.
//! Fields may be added; none are renamed.
//!
//! ```json
//! {"paragraphs": [{"start": 0, "end": 120, "kind": "body"}],
//!  "sentences":  [{"start": 0, "end": 57}],
//!  "mentions":   [{"start": 3, "end": 12, "kind": "person", "entity": 0}],
//!  "references": [{"start": 60, "end": 62, "form": "pronoun", "entity": 0}],
//!  "entities":   [{"id": 0, "kind": "person", "name": "Zhang Jun", "mentions": [0],
//!                  "references": [0]}],
//!  "quotes":     [{"content": {"start": 20, "end": 40}, "speaker": {"start": 3, "end": 12},
//!                  "speaker_entity": 0, "speaker_name": "Zhang Jun",
//!                  "verb": {"start": 13, "end": 17}, "kind": "direct", "follow_on": false}]}
//! ```

use std::fmt;
use std::ops::{Index, IndexMut};
use std::str::FromStr;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::Span;

/// Everything byline found in one text. Every span indexes the text that
/// was annotated.
///
/// ```
/// use byline::Annotator;
///
/// let text = "Jane Roe spoke in Paris.\n\n“We agreed,” she said. It rained.";
/// let doc = Annotator::new().annotate(text);
/// let paragraphs: Vec<&str> = doc.paragraphs.iter().map(|p| &text[p.span]).collect();
/// assert_eq!(paragraphs, ["Jane Roe spoke in Paris.", "“We agreed,” she said. It rained."]);
/// assert_eq!(&text[doc.sentences[2]], "It rained.");
/// assert_eq!(&text[doc.quotes[0].content], "We agreed,");
/// let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["Jane Roe", "Paris"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Document {
    /// Paragraphs in text order: the non-blank lines, each with its kind
    /// (article body or a kind of page furniture).
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order, never crossing a paragraph boundary, with
    /// surrounding white space trimmed.
    pub sentences: Vec<Span>,
    /// Every mention of a named entity, in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Every pronoun ("he", "its") and definite description ("the company",
    /// "Brazil's president") outside quoted speech that refers to an entity,
    /// in text order, non-overlapping. Names are never references: they are
    /// [`Document::mentions`].
    #[cfg_attr(feature = "serde", serde(default))]
    pub references: Vec<Reference>,
    /// One record per resolved referent; `Entity::id` is its index here.
    pub entities: Vec<Entity>,
    /// Attributed quotations in text order.
    pub quotes: Vec<Quote>,
}

impl Document {
    /// Keeps the mentions `keep` accepts, drops the entities left without
    /// a mention and renumbers the rest in their order, mentions and
    /// entities pointing at each other's new ids. Returns each old entity
    /// id's new one (`None` for a dropped entity), for the fields that
    /// still hold old ids (references, quote speakers).
    pub(crate) fn retain_mentions(
        &mut self,
        mut keep: impl FnMut(&Mention) -> bool,
    ) -> Vec<Option<EntityId>> {
        let mut mention_ids: Vec<Option<MentionId>> = vec![None; self.mentions.len()];
        let mut kept = Vec::with_capacity(self.mentions.len());
        for (i, m) in self.mentions.iter().enumerate() {
            if keep(m) {
                mention_ids[i] = Some(MentionId::new(kept.len()));
                kept.push(*m);
            }
        }
        let mut entity_ids: Vec<Option<EntityId>> = vec![None; self.entities.len()];
        let mut entities = Vec::with_capacity(self.entities.len());
        for (i, mut e) in std::mem::take(&mut self.entities).into_iter().enumerate() {
            e.mentions.retain_mut(|m| match mention_ids[m.index()] {
                Some(new) => {
                    *m = new;
                    true
                }
                None => false,
            });
            if !e.mentions.is_empty() {
                e.id = EntityId::new(entities.len());
                entity_ids[i] = Some(e.id);
                entities.push(e);
            }
        }
        for m in &mut kept {
            // a kept mention's entity keeps that mention, so it was kept
            if let Some(id) = entity_ids[m.entity.index()] {
                m.entity = id;
            }
        }
        self.mentions = kept;
        self.entities = entities;
        entity_ids
    }
}

/// One paragraph: a non-blank line of the text, and whether it is article
/// body or page furniture around the article. Serializes as
/// `{"start", "end", "kind"}`.
///
/// ```
/// use byline::{Annotator, ParagraphKind};
///
/// let text = "Share on Facebook\n\nThe council approved the budget on Monday, and the mayor said the vote was a relief for the city.";
/// let doc = Annotator::new().annotate(text);
/// assert_eq!(&text[doc.paragraphs[0].span], "Share on Facebook");
/// assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Share);
/// assert!(doc.paragraphs[1].is_body());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Paragraph {
    /// Where the paragraph stands in the text, trimmed of white space.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// Article body, or the kind of boilerplate it was recognized as
    /// (`body` when a JSON document of an earlier version has no `kind`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub kind: ParagraphKind,
}

impl Paragraph {
    /// True when the paragraph is part of the article.
    #[inline]
    pub fn is_body(&self) -> bool {
        self.kind == ParagraphKind::Body
    }
}

/// Whether a [`Paragraph`] is article body or, if not, what sort of page
/// furniture the rules took it for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum ParagraphKind {
    /// Part of the article: its headline, paragraphs, subheadings, lists.
    #[default]
    Body,
    /// Menus, breadcrumbs, section links, "Back to top", "Log in".
    Navigation,
    /// Share bars and follow links: "Share on Facebook", "Tweet".
    Share,
    /// Ad markers and promotions: "Advertisement", "Story continues below".
    Advertisement,
    /// Image and video captions and credits: "(Photo: Getty Images)".
    Caption,
    /// The author and date lines: "By Jane Roe", "Published 2 hours ago".
    Byline,
    /// A paragraph about the author: "Jane Roe is a reporter based in …".
    Bio,
    /// Links to other stories: "Related Articles", "Read more", teasers.
    Related,
    /// Copyright, cookie and privacy notices, terms of use.
    Legal,
    /// Comment sections and their prompts: "Leave a comment".
    Comments,
    /// Page furniture of no kind more specific than these.
    Boilerplate,
}

impl ParagraphKind {
    /// The lowercase name used in JSON and in `data/boilerplate_phrases.txt`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Navigation => "navigation",
            ParagraphKind::Share => "share",
            ParagraphKind::Advertisement => "advertisement",
            ParagraphKind::Caption => "caption",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Bio => "bio",
            ParagraphKind::Related => "related",
            ParagraphKind::Legal => "legal",
            ParagraphKind::Comments => "comments",
            ParagraphKind::Boilerplate => "boilerplate",
        }
    }

    /// Parses the names [`ParagraphKind::as_str`] gives.
    pub fn parse(name: &str) -> Option<ParagraphKind> {
        use ParagraphKind::*;
        [
            Body,
            Navigation,
            Share,
            Advertisement,
            Caption,
            Byline,
            Bio,
            Related,
            Legal,
            Comments,
            Boilerplate,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

impl std::fmt::Display for ParagraphKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Identifies an [`Entity`] of one [`Document`]: its index in
/// [`Document::entities`].
///
/// A newtype rather than a bare `usize`, so that an entity id cannot be used
/// where a mention index (or any other number) is meant. It serializes as a
/// plain number, as the JSON contract has it. Index a document's entities
/// with it directly: `doc.entities[id]` or `doc[id]`.
///
/// ```
/// use byline::{Annotator, EntityId};
///
/// let text = "Jane Roe met Acme Corp. officials. Roe left.";
/// let doc = Annotator::new().annotate(text);
/// let id: EntityId = doc.mentions[0].entity;
/// assert_eq!(doc.entities[id].name, "Jane Roe");
/// assert_eq!(doc[id].id, id);
/// assert_eq!(id.index(), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize), serde(transparent))]
pub struct EntityId(pub u32);

/// Identifies a [`Mention`] of one [`Document`]: its index in
/// [`Document::mentions`]. Serializes as a plain number.
///
/// ```
/// use byline::Annotator;
///
/// let text = "Jane Roe spoke. Roe left.";
/// let doc = Annotator::new().annotate(text);
/// let roe = &doc.entities[doc.mentions[1].entity];
/// let last = *roe.mentions.last().unwrap();
/// assert_eq!(&text[doc.mentions[last].span], "Roe");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize), serde(transparent))]
pub struct MentionId(pub u32);

macro_rules! id_impls {
    ($id:ident, $item:ident, $field:ident) => {
        impl $id {
            /// The id of the item at `index`.
            ///
            /// # Panics
            ///
            /// When `index` does not fit in a `u32`.
            #[inline]
            pub fn new(index: usize) -> $id {
                $id(u32::try_from(index).expect("an id fits in a u32"))
            }

            /// The index this id stands for, to use with slices and `get`.
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl From<$id> for usize {
            #[inline]
            fn from(id: $id) -> usize {
                id.index()
            }
        }

        impl fmt::Display for $id {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Index<$id> for [$item] {
            type Output = $item;

            #[inline]
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }

        impl Index<$id> for Vec<$item> {
            type Output = $item;

            #[inline]
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }

        impl IndexMut<$id> for [$item] {
            #[inline]
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }

        impl IndexMut<$id> for Vec<$item> {
            #[inline]
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }

        impl Index<$id> for Document {
            type Output = $item;

            #[inline]
            fn index(&self, id: $id) -> &$item {
                &self.$field[id.index()]
            }
        }
    };
}

id_impls!(EntityId, Entity, entities);
id_impls!(MentionId, Mention, mentions);

/// Identifies a [`Reference`] of one [`Document`]: its index in
/// [`Document::references`]. Serializes as a plain number.
///
/// ```
/// use byline::{Annotator, ReferenceId};
///
/// let text = "Acme Corp. cut 40 jobs. The company said it would hire again.";
/// let doc = Annotator::new().annotate(text);
/// let acme = &doc.entities[doc.references[0].entity];
/// let first: ReferenceId = acme.references[0];
/// assert_eq!(first, ReferenceId::new(0));
/// assert_eq!(&text[doc[first].span], "The company");
/// assert_eq!(&text[doc.references[acme.references[1]].span], "it");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize), serde(transparent))]
pub struct ReferenceId(pub u32);

id_impls!(ReferenceId, Reference, references);

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: "Michelle Bachelet", "Zhang".
    Person,
    /// A company, agency, party, team, news outlet or other body: "United Nations".
    Organization,
    /// A country, region, city or other geographic place: "Xinjiang".
    Place,
    /// A nationality, ethnic, religious or political group: "Uyghurs", "Muslim".
    Group,
}

impl EntityKind {
    /// Every kind, in the order of the enum.
    ///
    /// ```
    /// use byline::EntityKind;
    ///
    /// let names: Vec<&str> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
    /// assert_eq!(names, ["person", "organization", "place", "group"]);
    /// ```
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
    ];

    /// The lowercase name used in JSON and in gazetteer files.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
        }
    }

    /// Parses the names [`EntityKind::as_str`] gives, plus the common short
    /// forms `per`, `org`, `loc` and `gpe`, case-insensitively.
    pub fn parse(name: &str) -> Option<EntityKind> {
        let name = name.trim();
        let kinds = [
            ("person", EntityKind::Person),
            ("per", EntityKind::Person),
            ("organization", EntityKind::Organization),
            ("organisation", EntityKind::Organization),
            ("org", EntityKind::Organization),
            ("place", EntityKind::Place),
            ("loc", EntityKind::Place),
            ("location", EntityKind::Place),
            ("gpe", EntityKind::Place),
            ("group", EntityKind::Group),
            ("norp", EntityKind::Group),
        ];
        kinds
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, k)| k)
    }
}

/// The lowercase name; width, fill and alignment are honoured, so kinds line
/// up in tables.
///
/// ```
/// use byline::EntityKind;
///
/// assert_eq!(format!("[{:<12}]", EntityKind::Place), "[place       ]");
/// assert_eq!(EntityKind::Organization.to_string(), "organization");
/// ```
impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses what [`EntityKind::parse`] accepts.
///
/// ```
/// use byline::EntityKind;
///
/// assert_eq!("ORG".parse::<EntityKind>(), Ok(EntityKind::Organization));
/// let err = "fruit".parse::<EntityKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown entity kind \"fruit\" (expected person, organization, place or group)");
/// ```
impl FromStr for EntityKind {
    type Err = ParseKindError;

    fn from_str(s: &str) -> Result<EntityKind, ParseKindError> {
        EntityKind::parse(s).ok_or_else(|| ParseKindError {
            what: "entity kind",
            expected: "person, organization, place or group",
            found: s.to_string(),
        })
    }
}

/// A name that is not one of the kinds, from [`EntityKind::from_str`] or
/// [`QuoteKind::from_str`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseKindError {
    what: &'static str,
    expected: &'static str,
    found: String,
}

impl fmt::Display for ParseKindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected {})",
            self.what, self.found, self.expected
        )
    }
}

impl std::error::Error for ParseKindError {}

/// One place in the text where an entity is named.
///
/// ```
/// use byline::{Annotator, EntityKind};
///
/// let text = "Talks with Michelle Bachelet ended. Bachelet left.";
/// let doc = Annotator::new().annotate(text);
/// let m = &doc.mentions[1];
/// assert_eq!(&text[m.span], "Bachelet");
/// assert_eq!((m.span.start, m.span.end), (36, 44));
/// assert_eq!(m.kind, EntityKind::Person);
/// assert_eq!(doc.entities[m.entity].name, "Michelle Bachelet");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// Where the name stands in the text.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// The kind of the entity it names.
    pub kind: EntityKind,
    /// The entity it resolves to.
    pub entity: EntityId,
}

/// How a [`Reference`] refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum ReferenceForm {
    /// A personal or possessive pronoun: "he", "her", "its", "they".
    Pronoun,
    /// A definite description or role: "the company", "the Polish leader",
    /// "Brazil's president", "the 35-year-old".
    Description,
}

/// A pronoun or description that refers to an entity named elsewhere in
/// the text: the coreference stage's link.
///
/// ```
/// use byline::{Annotator, ReferenceForm, ReferenceId};
///
/// let text = "Acme Corp. cut 40 jobs on Monday. The company said it would hire again in May.";
/// let doc = Annotator::new().annotate(text);
/// let r = &doc.references[0];
/// assert_eq!((r.span.start, r.span.end), (34, 45));
/// assert_eq!(&text[r.span], "The company");
/// assert_eq!(r.form, ReferenceForm::Description);
/// assert_eq!(doc.entities[r.entity].name, "Acme Corp.");
/// assert_eq!(&text[doc.references[1].span], "it");
/// assert_eq!(doc.entities[r.entity].references, [ReferenceId::new(0), ReferenceId::new(1)]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Reference {
    /// Where the words stand in the text: the pronoun, or the whole
    /// description with its determiner ("the Polish leader").
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// Pronoun or description.
    pub form: ReferenceForm,
    /// The entity it refers to.
    pub entity: EntityId,
}

/// A resolved referent: everything the text calls "Michelle Bachelet",
/// "Bachelet" and "the UN human rights chief" when they mean one person.
///
/// ```
/// use byline::{Annotator, EntityKind};
///
/// let text = "Michelle Bachelet met Zhang Jun. Bachelet spoke first.";
/// let doc = Annotator::new().annotate(text);
/// let e = &doc.entities[0];
/// assert_eq!((e.name.as_str(), e.kind), ("Michelle Bachelet", EntityKind::Person));
/// let said: Vec<&str> = e.mentions.iter().map(|&m| &text[doc.mentions[m].span]).collect();
/// assert_eq!(said, ["Michelle Bachelet", "Bachelet"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Entity {
    /// Index in [`Document::entities`].
    pub id: EntityId,
    /// What it is.
    pub kind: EntityKind,
    /// Canonical name: the gazetteer's name, or the fullest form in the text.
    pub name: String,
    /// Its mentions, indexes into [`Document::mentions`], in text order.
    pub mentions: Vec<MentionId>,
    /// The pronouns and descriptions that refer to it, indexes into
    /// [`Document::references`], in text order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub references: Vec<ReferenceId>,
}

/// What sort of quotation a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum QuoteKind {
    /// Quoted speech or writing reported word for word:
    /// `“We will win,” she said.`
    Direct,
    /// A few quoted words inside reported speech:
    /// `Zhang said Beijing remained “strongly opposed” to the release.`
    Partial,
}

impl QuoteKind {
    /// Every kind, in the order of the enum.
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Direct, QuoteKind::Partial];

    /// The lowercase name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// The lowercase name, padded like a `str`.
///
/// ```
/// use byline::QuoteKind;
///
/// assert_eq!(format!("{:>8}|", QuoteKind::Direct), "  direct|");
/// ```
impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses `direct` or `partial`, case-insensitively.
///
/// ```
/// use byline::QuoteKind;
///
/// assert_eq!("Partial".parse::<QuoteKind>(), Ok(QuoteKind::Partial));
/// assert!("indirect".parse::<QuoteKind>().is_err());
/// ```
impl FromStr for QuoteKind {
    type Err = ParseKindError;

    fn from_str(s: &str) -> Result<QuoteKind, ParseKindError> {
        QuoteKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParseKindError {
                what: "quote kind",
                expected: "direct or partial",
                found: s.to_string(),
            })
    }
}

/// An attributed quotation: who said it, with which verb, and what.
///
/// ```
/// use byline::{Annotator, QuoteKind};
///
/// let text = "“Prices will fall,” Jane Roe told reporters. “Soon.”";
/// let doc = Annotator::new().annotate(text);
/// let q = &doc.quotes[0];
/// assert_eq!(&text[q.content], "Prices will fall,");
/// assert_eq!(q.content.start, 3); // after the 3-byte “
/// assert_eq!(q.speaker.map(|s| &text[s]), Some("Jane Roe"));
/// assert_eq!(q.speaker_name.as_deref(), Some("Jane Roe"));
/// assert_eq!(q.verb.map(|v| &text[v]), Some("told"));
/// assert_eq!(q.kind, QuoteKind::Direct);
/// // the second continues the first's speaker, without a verb of its own
/// assert!(doc.quotes[1].follow_on);
/// assert_eq!(doc.quotes[1].verb, None);
/// assert_eq!(doc.quotes[1].speaker_entity, q.speaker_entity);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub content: Span,
    /// The words in the attribution that name the speaker ("he", "Zhang",
    /// "a police spokesman"); `None` when nothing in the text says who.
    pub speaker: Option<Span>,
    /// The entity the speaker resolves to, when it resolves to one.
    pub speaker_entity: Option<EntityId>,
    /// That entity's canonical name, copied for readers of the JSON.
    pub speaker_name: Option<String>,
    /// The speech verb or phrase: "said", "told", "according to".
    pub verb: Option<Span>,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// True when the quote has no attribution of its own and continues the
    /// previous quote's speaker: a further sentence after `“Q1,” he said.`,
    /// or the next paragraph of a quotation that runs over several. Its
    /// `verb` is `None`; its speaker fields are the previous quote's.
    #[cfg_attr(feature = "serde", serde(default))]
    pub follow_on: bool,
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use crate::Annotator;

    #[test]
    fn ids_serialize_as_plain_numbers() {
        let text = "“No,” said Jane Roe. Roe left.";
        let doc = Annotator::new().annotate(text);
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["mentions"][1]["entity"], 0);
        assert_eq!(json["entities"][0]["id"], 0);
        assert_eq!(json["entities"][0]["mentions"], serde_json::json!([0, 1]));
        assert_eq!(json["quotes"][0]["speaker_entity"], 0);
        assert_eq!(json["mentions"][1]["start"], text.rfind("Roe").unwrap());
        let back: super::Document = serde_json::from_value(json).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn a_reversed_span_is_rejected_inside_a_document() {
        let bad = r#"{"paragraphs":[{"start":5,"end":1}],"sentences":[],"mentions":[],"entities":[],"quotes":[]}"#;
        let err = serde_json::from_str::<super::Document>(bad).unwrap_err();
        assert!(err.to_string().contains("after its end"), "{err}");
        let bad_mention = r#"{"paragraphs":[],"sentences":[],"mentions":[{"start":5,"end":1,"kind":"person","entity":0}],"entities":[],"quotes":[]}"#;
        assert!(serde_json::from_str::<super::Document>(bad_mention).is_err());
    }
}
