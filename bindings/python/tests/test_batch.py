"""annotate_many: input order, threads, the GIL released, errors."""

import threading

import pytest

import byline


def texts(n):
    # documents that differ in how many sentences and quotes they hold
    out = []
    for i in range(n):
        sentences = " ".join(f"Sentence {j} of text {i}." for j in range(i % 7 + 1))
        quote = f" “Number {i} is here,” said Jane Roe." if i % 3 == 0 else ""
        out.append(sentences + quote)
    return out


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_documents_come_back_in_input_order(threads):
    batch = texts(200)
    docs = byline.annotate_many(batch, threads=threads)
    assert len(docs) == len(batch)
    for i, (text, doc) in enumerate(zip(batch, docs)):
        assert doc.text is text or doc.text == text
        assert len(doc.sentences) == i % 7 + 1 + (1 if i % 3 == 0 else 0)
        if i % 3 == 0:
            assert doc.quotes[0].text == f"Number {i} is here,"
        else:
            assert doc.quotes == []


def test_batch_equals_one_by_one():
    batch = texts(60) + ["", "Zoë Roe left Zürich. 😀 “Fine,” she said."]
    one = [byline.annotate(t).to_json() for t in batch]
    many = [d.to_json() for d in byline.annotate_many(iter(batch), threads=2)]
    assert many == one


def test_accepts_any_iterable_and_rejects_non_str():
    assert [len(d.sentences) for d in byline.annotate_many(t for t in ["It rained. We left.", "Fine."])] == [2, 1]
    with pytest.raises(TypeError):
        byline.annotate_many(["fine", 3])
    with pytest.raises(ValueError):
        byline.annotate_many(["fine"], threads=0)


def test_python_threads_share_an_annotator():
    batch = texts(100)
    expected = [d.to_json() for d in byline.annotate_many(batch, threads=1)]
    results = {}

    def work(k):
        results[k] = [d.to_json() for d in byline.annotate_many(batch, threads=2)]

    workers = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(results) == 4
    assert all(r == expected for r in results.values())


def test_gil_is_released_during_a_batch():
    # another Python thread keeps running while a long batch annotates
    batch = texts(50) * 40
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        byline.annotate_many(batch, threads=1)
    finally:
        done.set()
        t.join()
    assert len(ticks) > 1


def test_tables_have_one_row_per_quote_and_entity():
    docs = byline.annotate_many(texts(9))
    q = byline.quote_table(docs)
    assert q["doc"] == [0, 3, 6]
    assert q["content"] == ["Number 0 is here,", "Number 3 is here,", "Number 6 is here,"]
    assert q["speaker_name"] == ["Jane Roe"] * 3 and q["speaker_kind"] == ["person"] * 3
    assert q["verb"] == ["said"] * 3
    assert all(len(col) == 3 for col in q.values())
    e = byline.entity_table(docs)
    rows = list(zip(e["doc"], e["name"], e["kind"], e["mentions"], e["quotes"]))
    assert (3, "Jane Roe", "person", 1, 1) in rows


def test_document_table_counts_match_the_documents():
    docs = byline.annotate_many(texts(9) + ["", "Zoë said “hi” 🙂.\r\n\r\nMenu | Home"])
    d = byline.document_table(docs)
    assert all(len(col) == len(docs) for col in d.values())
    assert d["chars"] == [len(doc.text) for doc in docs]
    assert d["sentences"] == [len(doc.sentences) for doc in docs]
    assert d["paragraphs"] == [len(doc.paragraphs) for doc in docs]
    assert d["body_paragraphs"] == [sum(p.is_body for p in doc.paragraphs) for doc in docs]
    assert d["quotes"] == [len(doc.quotes) for doc in docs]
    assert d["entities"] == [len(doc.entities) for doc in docs]
    assert d["quotes"][:9] == [1, 0, 0] * 3 and d["chars"][9] == 0
    # the counts are the group lengths of the tables' doc column
    q = byline.quote_table(docs)
    assert [q["doc"].count(i) for i in range(len(docs))] == d["quotes"]
    e = byline.entity_table(docs)
    assert [e["doc"].count(i) for i in range(len(docs))] == d["entities"]
