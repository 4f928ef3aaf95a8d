"""byline: who said what about whom in English news text.

Sentences, paragraphs (article body or a kind of boilerplate), named entities
(people, organizations, places, groups) with their mentions and references,
and attributed quotes (content, speaker, speech verb), from the Rust crate
of the same name. Every span is a Python ``str`` index range::

    >>> import byline
    >>> text = "“We will rebuild,” Mayor Zoë Kowalski said on Tuesday."
    >>> doc = byline.annotate(text)
    >>> q = doc.quotes[0]
    >>> text[q.start:q.end] == q.text == "We will rebuild,"
    True
    >>> q.speaker_name, q.verb.text
    ('Zoë Kowalski', 'said')

``annotate_many(texts, threads=None)`` annotates a batch in parallel in Rust,
without the GIL, and returns the documents in input order.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ._byline import (
    Annotator,
    Document,
    Entity,
    Mention,
    Paragraph,
    Quote,
    Reference,
    Sentence,
    Span,
    document_table,
    entity_table,
    quote_table,
)

__all__ = [
    "Annotator",
    "Document",
    "Entity",
    "Mention",
    "Paragraph",
    "Quote",
    "Reference",
    "Sentence",
    "Span",
    "annotate",
    "annotate_many",
    "default_annotator",
    "document_table",
    "entity_table",
    "quote_table",
]

_default: Optional[Annotator] = None


def default_annotator() -> Annotator:
    """The shared annotator with the embedded word lists and gazetteers,
    built on first use (about a second) and reused by ``annotate`` and
    ``annotate_many``."""
    global _default
    if _default is None:
        _default = Annotator()
    return _default


def annotate(text: str) -> Document:
    """Annotates ``text`` with the default annotator."""
    return default_annotator().annotate(text)


def annotate_many(texts: Iterable[str], threads: Optional[int] = None) -> list[Document]:
    """Annotates ``texts`` with the default annotator, in parallel in Rust
    (``threads=None``: every core), returning the documents in input order."""
    return default_annotator().annotate_many(texts, threads)
