"""Spans are Python str indices: non-ASCII text, emoji and CRLF slice right."""

import byline

from conftest import spans_of


def check_slices(doc: byline.Document) -> int:
    text = doc.text
    n = 0
    for start, end, sliced in spans_of(doc):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == sliced
        n += 1
    return n


def test_accented_names_and_curly_quotes():
    text = (
        "Zoë Kowalski, the mayor of Zürich, met the Société Générale board.\n\n"
        "“Ça ira mieux demain,” Kowalski said on Tuesday."
    )
    doc = byline.annotate(text)
    assert check_slices(doc) > 5
    names = {e.name: e.kind for e in doc.entities}
    assert names.get("Zoë Kowalski") == "person"
    q = doc.quotes[0]
    assert text[q.start : q.end] == q.text == "Ça ira mieux demain,"
    assert q.speaker_name == "Zoë Kowalski"
    assert q.verb is not None and q.verb.text == "said"
    assert q.speaker is not None and q.speaker.text == "Kowalski"
    # the mention after the quote is the same entity as the first
    zoe = doc.entity_named("Zoë Kowalski")
    assert zoe is not None and [m.text for m in zoe.mentions] == ["Zoë Kowalski", "Kowalski"]
    assert zoe.quotes[0].text == q.text
    assert q.speaker_entity == zoe


def test_emoji_and_astral_chars_count_as_one_index():
    # each emoji is one str index but four UTF-8 bytes and two UTF-16 units
    text = "😀😀 🎉 “We won 🏆 again,” said Jane Roe. 😀 She smiled at Omar Haddad."
    doc = byline.annotate(text)
    check_slices(doc)
    q = doc.quotes[0]
    assert q.text == "We won 🏆 again,"
    assert q.start == text.index("We won")
    assert q.speaker_name == "Jane Roe"
    omar = [m for m in doc.mentions if m.text == "Omar Haddad"]
    assert omar and omar[0].start == text.index("Omar") and omar[0].kind == "person"
    she = [r for r in doc.references if r.text == "She"]
    assert she and she[0].entity.name == "Jane Roe" and she[0].form == "pronoun"


def test_crlf_text_slices_and_matches_lf():
    lf = (
        "Council backs harbor plan\n\n"
        "The Halifax Regional Council voted on Tuesday.\n\n"
        "“It is done,” Mayor Andrea Kowalski said. She thanked Dalhousie University.\n"
    )
    crlf = lf.replace("\n", "\r\n")
    doc_lf = byline.annotate(lf)
    doc_crlf = byline.annotate(crlf)
    assert check_slices(doc_crlf) > 5
    assert [s.text for s in doc_crlf.sentences] == [s.text for s in doc_lf.sentences]
    assert [p.text for p in doc_crlf.paragraphs] == [p.text for p in doc_lf.paragraphs]
    assert [(m.text, m.kind) for m in doc_crlf.mentions] == [(m.text, m.kind) for m in doc_lf.mentions]
    assert [q.text for q in doc_crlf.quotes] == ["It is done,"]
    # offsets shift by one per CR before the span
    for a, b in zip(doc_lf.mentions, doc_crlf.mentions):
        assert b.start - a.start == lf[: a.start].count("\n")


def test_to_dict_uses_char_offsets_and_says_so():
    text = "Ünal Öztürk arrived. “Good,” said Ünal Öztürk."
    d = byline.annotate(text).to_dict()
    assert d["offsets"] == "chars"
    q = d["quotes"][0]
    assert text[q["content"]["start"] : q["content"]["end"]] == "Good,"
    assert text[q["verb"]["start"] : q["verb"]["end"]] == "said"
    for m in d["mentions"]:
        assert text[m["start"] : m["end"]] == "Ünal Öztürk"
    assert d["entities"][0]["name"] == "Ünal Öztürk"


def test_paragraph_kinds_and_navigation():
    text = (
        "Home\nNews\nSport\n\n"
        "The council approved the budget on Monday after a long debate, and the mayor said the vote was a relief.\n\n"
        "Share on Facebook\n"
    )
    doc = byline.annotate(text)
    kinds = [(p.text, p.kind, p.is_body) for p in doc.paragraphs]
    assert ("Share on Facebook", "share", False) in kinds
    assert any(k == "body" and body for _, k, body in kinds)
    body = [p for p in doc.paragraphs if p.is_body][0]
    assert body.text.startswith("The council approved")


def test_any_str_annotates_without_error():
    for text in ["", " ", "\r\n\r\n", "“", "”“", "\u2028\u2029", "\ud7ff" * 3, "a\x00b", "“" * 50 + "said"]:
        doc = byline.annotate(text)
        check_slices(doc)


def test_lone_surrogates_raise_unicode_error():
    try:
        byline.annotate("bad \udc80 text")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("a str that is not valid Unicode should raise UnicodeEncodeError")
