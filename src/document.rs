//! The owned, serde-ready result of [`Annotator::annotate`](crate::Annotator::annotate).
//!
//! The JSON field names below are a stable contract: scoring tools read them.
//! Fields may be added; none are renamed.
//!
//! ```json
//! {"paragraphs": [{"start": 0, "end": 120}],
//!  "sentences":  [{"start": 0, "end": 57}],
//!  "mentions":   [{"start": 3, "end": 12, "kind": "person", "entity": 0}],
//!  "references": [{"start": 60, "end": 62, "form": "pronoun", "entity": 0}],
//!  "entities":   [{"id": 0, "kind": "person", "name": "Zhang Jun", "mentions": [0],
//!                  "references": [0]}],
//!  "quotes":     [{"content": {"start": 20, "end": 40}, "speaker": {"start": 3, "end": 12},
//!                  "speaker_entity": 0, "speaker_name": "Zhang Jun",
//!                  "verb": {"start": 13, "end": 17}, "kind": "direct", "follow_on": false}]}
//! ```

use serde::{Deserialize, Serialize};

use crate::Span;

/// Everything byline found in one text. Every span indexes the text that
/// was annotated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Paragraphs in text order: runs of text separated by line breaks.
    pub paragraphs: Vec<Span>,
    /// Sentences in text order, never crossing a paragraph boundary, with
    /// surrounding white space trimmed.
    pub sentences: Vec<Span>,
    /// Every mention of a named entity, in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Every pronoun ("he", "its") and definite description ("the company",
    /// "Brazil's president") outside quoted speech that refers to an entity,
    /// in text order, non-overlapping. Names are never references: they are
    /// [`Document::mentions`].
    #[serde(default)]
    pub references: Vec<Reference>,
    /// One record per resolved referent; `Entity::id` is its index here.
    pub entities: Vec<Entity>,
    /// Attributed quotations in text order.
    pub quotes: Vec<Quote>,
}

/// Index of an [`Entity`] in [`Document::entities`].
pub type EntityId = usize;

/// Index of a [`Mention`] in [`Document::mentions`].
pub type MentionId = usize;

/// Index of a [`Reference`] in [`Document::references`].
pub type ReferenceId = usize;

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place in the text where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// Where the name stands in the text.
    #[serde(flatten)]
    pub span: Span,
    /// The kind of the entity it names.
    pub kind: EntityKind,
    /// The entity it resolves to.
    pub entity: EntityId,
}

/// How a [`Reference`] refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
/// use byline::{Annotator, ReferenceForm};
///
/// let text = "Acme Corp. cut 40 jobs on Monday. The company said it would hire again in May.";
/// let doc = Annotator::new().annotate(text);
/// let r = &doc.references[0];
/// assert_eq!((r.span.start, r.span.end), (34, 45));
/// assert_eq!(&text[r.span], "The company");
/// assert_eq!(r.form, ReferenceForm::Description);
/// assert_eq!(doc.entities[r.entity].name, "Acme Corp.");
/// assert_eq!(&text[doc.references[1].span], "it");
/// assert_eq!(doc.entities[r.entity].references, [0, 1]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    /// Where the words stand in the text: the pronoun, or the whole
    /// description with its determiner ("the Polish leader").
    #[serde(flatten)]
    pub span: Span,
    /// Pronoun or description.
    pub form: ReferenceForm,
    /// The entity it refers to.
    pub entity: EntityId,
}

/// A resolved referent: everything the text calls "Michelle Bachelet",
/// "Bachelet" and "the UN human rights chief" when they mean one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(default)]
    pub references: Vec<ReferenceId>,
}

/// What sort of quotation a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuoteKind {
    /// Quoted speech or writing reported word for word:
    /// `“We will win,” she said.`
    Direct,
    /// A few quoted words inside reported speech:
    /// `Zhang said Beijing remained “strongly opposed” to the release.`
    Partial,
}

/// An attributed quotation: who said it, with which verb, and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(default)]
    pub follow_on: bool,
}
