"""Shared helpers of the byline Python tests."""

import pathlib

import pytest

import byline

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def annotator() -> byline.Annotator:
    return byline.default_annotator()


def spans_of(doc: byline.Document):
    """Every (start, end, text) span a document exposes, by attribute."""
    for group in (doc.sentences, doc.paragraphs, doc.mentions, doc.references, doc.quotes):
        for item in group:
            yield item.start, item.end, item.text
    for q in doc.quotes:
        for s in (q.speaker, q.verb):
            if s is not None:
                yield s.start, s.end, s.text
