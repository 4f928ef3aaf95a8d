"""Type stubs of the extension module ``byline._byline`` (re-exported by ``byline``)."""

from __future__ import annotations

import os
from typing import Any, Iterable, Literal, Optional, Sequence, Union

EntityKind = Literal["person", "organization", "place", "group"]
QuoteKind = Literal["direct", "partial"]
ParagraphKind = Literal[
    "body",
    "navigation",
    "share",
    "advertisement",
    "caption",
    "byline",
    "bio",
    "related",
    "legal",
    "comments",
    "boilerplate",
]
ReferenceForm = Literal["pronoun", "description"]

class Annotator:
    """Rules, word lists and gazetteers, built once and reused for every text.

    With no arguments it shares the build of the default annotator. A bad
    gazetteer line raises ``ValueError`` naming the file and line
    (``"orgs.tsv:3: ..."``); an unreadable file raises ``OSError``.
    """

    def __init__(
        self,
        *,
        gazetteers: Sequence[Union[str, os.PathLike[str]]] = ...,
        speech_verbs: Sequence[str] = ...,
        abbreviations: Sequence[str] = ...,
        body_only: bool = False,
        embedded: bool = True,
    ) -> None: ...
    def annotate(self, text: str) -> Document:
        """Annotates one text."""
    def annotate_many(self, texts: Iterable[str], threads: Optional[int] = None) -> list[Document]:
        """Annotates the texts in parallel in Rust without the GIL; documents in input order."""

class Document:
    """The annotations of one text; every span is a ``str`` index range of ``text``."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def paragraphs(self) -> list[Paragraph]: ...
    @property
    def mentions(self) -> list[Mention]: ...
    @property
    def entities(self) -> list[Entity]: ...
    @property
    def references(self) -> list[Reference]: ...
    @property
    def quotes(self) -> list[Quote]: ...
    def entity_named(self, name: str) -> Optional[Entity]: ...
    def to_json(self) -> str:
        """The Rust JSON field names, char offsets, and ``"offsets": "chars"``."""
    def to_dict(self) -> dict[str, Any]:
        """``json.loads(self.to_json())``."""

class Span:
    """A span of the text (a quote's speaker or verb)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...

class _Item:
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def document(self) -> Document: ...

class Sentence(_Item): ...

class Paragraph(_Item):
    @property
    def kind(self) -> ParagraphKind: ...
    @property
    def is_body(self) -> bool: ...

class Mention(_Item):
    @property
    def kind(self) -> EntityKind: ...
    @property
    def entity(self) -> Entity: ...
    @property
    def sentence(self) -> Optional[Sentence]: ...

class Reference(_Item):
    @property
    def form(self) -> ReferenceForm: ...
    @property
    def entity(self) -> Entity: ...

class Quote(_Item):
    """A quote; ``start``/``end``/``text`` are its content."""

    @property
    def kind(self) -> QuoteKind: ...
    @property
    def follow_on(self) -> bool: ...
    @property
    def speaker(self) -> Optional[Span]: ...
    @property
    def speaker_name(self) -> Optional[str]: ...
    @property
    def speaker_entity(self) -> Optional[Entity]: ...
    @property
    def verb(self) -> Optional[Span]: ...
    @property
    def sentence(self) -> Optional[Sentence]: ...

class Entity:
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> EntityKind: ...
    @property
    def mentions(self) -> list[Mention]: ...
    @property
    def references(self) -> list[Reference]: ...
    @property
    def quotes(self) -> list[Quote]: ...
    @property
    def document(self) -> Document: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def quote_table(docs: Sequence[Document]) -> dict[str, list[Any]]:
    """Columns ``doc, speaker_name, speaker_kind, verb, content, kind, follow_on, start, end``."""

def entity_table(docs: Sequence[Document]) -> dict[str, list[Any]]:
    """Columns ``doc, name, kind, mentions, quotes``."""

def document_table(docs: Sequence[Document]) -> dict[str, list[int]]:
    """One row per document: ``chars, sentences, paragraphs, body_paragraphs, quotes, entities``."""
