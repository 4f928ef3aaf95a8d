from typing import Iterable, Optional

from ._byline import (
    Annotator as Annotator,
    Document as Document,
    Entity as Entity,
    Mention as Mention,
    Paragraph as Paragraph,
    Quote as Quote,
    Reference as Reference,
    Sentence as Sentence,
    Span as Span,
    document_table as document_table,
    entity_table as entity_table,
    quote_table as quote_table,
)

def default_annotator() -> Annotator: ...
def annotate(text: str) -> Document: ...
def annotate_many(texts: Iterable[str], threads: Optional[int] = None) -> list[Document]: ...
