"""Building annotators: resources, errors as Python exceptions."""

import pytest

import byline


def test_gazetteer_file_adds_entities(tmp_path):
    tsv = tmp_path / "orgs.tsv"
    tsv.write_text("Zorbian Trade Council\torganization\t\tZTC\n", encoding="utf-8")
    a = byline.Annotator(gazetteers=[tsv])
    doc = a.annotate("The ZTC met on Monday.")
    assert [(m.text, m.kind, m.entity.name) for m in doc.mentions] == [
        ("ZTC", "organization", "Zorbian Trade Council")
    ]


def test_bad_gazetteer_line_is_a_value_error_naming_file_and_line(tmp_path):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("Good Name\tperson\n\nBroken Entry\tnot-a-kind\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        byline.Annotator(gazetteers=[str(tsv)])
    assert f"{tsv}:3:" in str(err.value)


def test_missing_gazetteer_is_an_os_error(tmp_path):
    with pytest.raises(OSError) as err:
        byline.Annotator(gazetteers=[tmp_path / "missing.tsv"])
    assert "missing.tsv" in str(err.value)


def test_speech_verbs_and_body_only():
    a = byline.Annotator(speech_verbs=["opined"])
    q = a.annotate("“Fine,” opined Jane Roe.").quotes[0]
    assert (q.verb.text, q.speaker_name) == ("opined", "Jane Roe")
    with pytest.raises(ValueError):
        byline.Annotator(speech_verbs=[""])
    page = "Home\nNews\nSport\n\nJane Roe said the vote was a relief for the whole city council.\n"
    body = byline.Annotator(body_only=True).annotate(page)
    assert [m.text for m in body.mentions] == ["Jane Roe"]
    for m in body.mentions:
        (holder,) = [p for p in body.paragraphs if p.start <= m.start < p.end]
        assert holder.is_body


def test_default_annotator_is_shared():
    assert byline.default_annotator() is byline.default_annotator()
    assert byline.annotate("One. Two.").to_json() == byline.Annotator().annotate("One. Two.").to_json()


def test_docstrings_and_module_doctest():
    import doctest

    for obj in (byline.Annotator, byline.Document, byline.Quote, byline.Entity, byline.annotate_many):
        assert obj.__doc__ and len(obj.__doc__) > 20
    failures, tried = doctest.testmod(byline)
    assert tried > 0 and failures == 0
