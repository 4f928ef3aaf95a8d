"""The Python JSON is the Rust JSON with char offsets, on the sample article."""

import json
import os
import subprocess

import byline

from conftest import REPO


def rust_json(path):
    """The document the Rust `annotate` example writes for `path` (byte offsets)."""
    exe = os.environ.get("BYLINE_ANNOTATE")
    cmd = [exe] if exe else ["cargo", "run", "--release", "--quiet", "--example", "annotate", "--"]
    out = subprocess.run(cmd + [str(path)], cwd=REPO, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def bytes_to_chars(text: str):
    """A table from UTF-8 byte offset to str index (at char boundaries)."""
    table = {}
    b = 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def convert(node, table):
    """`node` with every start/end converted through `table`."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            out[k] = table[v] if k in ("start", "end") else convert(v, table)
        return out
    if isinstance(node, list):
        return [convert(v, table) for v in node]
    return node


def test_sample_article_matches_rust_json():
    path = REPO / "examples" / "sample_article.txt"
    text = path.read_text(encoding="utf-8")
    assert len(text) != len(text.encode("utf-8")), "the sample should hold multi-byte chars"
    rust = rust_json(path)
    rust.pop("file")
    expected = convert(rust, bytes_to_chars(text))
    got = byline.annotate(text).to_dict()
    assert got.pop("offsets") == "chars"
    assert got == expected
    assert len(got["quotes"]) >= 5 and len(got["entities"]) >= 10


def test_attributes_agree_with_the_dict():
    text = (REPO / "examples" / "sample_article.txt").read_text(encoding="utf-8")
    doc = byline.annotate(text)
    d = doc.to_dict()
    assert [(s.start, s.end) for s in doc.sentences] == [(s["start"], s["end"]) for s in d["sentences"]]
    assert [p.kind for p in doc.paragraphs] == [p["kind"] for p in d["paragraphs"]]
    for q, dq in zip(doc.quotes, d["quotes"], strict=True):
        assert (q.start, q.end) == (dq["content"]["start"], dq["content"]["end"])
        assert q.speaker_name == dq["speaker_name"]
        assert q.kind == dq["kind"] and q.follow_on == dq["follow_on"]
        assert (q.speaker_entity.id if q.speaker_entity else None) == dq["speaker_entity"]
        assert (q.verb.start if q.verb else None) == (dq["verb"]["start"] if dq["verb"] else None)
    for e, de in zip(doc.entities, d["entities"], strict=True):
        assert (e.id, e.name, e.kind) == (de["id"], de["name"], de["kind"])
        assert [m.index for m in e.mentions] == de["mentions"]
        assert all(m.entity == e for m in e.mentions)
        assert all(q.speaker_entity == e for q in e.quotes)
    for m, dm in zip(doc.mentions, d["mentions"], strict=True):
        assert (m.start, m.end, m.kind, m.entity.id) == (dm["start"], dm["end"], dm["kind"], dm["entity"])
        assert m.sentence is not None and m.sentence.start <= m.start < m.sentence.end
