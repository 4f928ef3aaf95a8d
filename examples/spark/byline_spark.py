"""Annotate a news corpus with byline on Spark and report who is quoted most.

Reads JSONL or Parquet records with ``id`` and ``text``, annotates them with
``byline.annotate_many`` one Arrow batch at a time (``mapInArrow``: the texts
go to Rust without a Python object per row), and writes three Parquet tables
under OUT:

- ``quotes``: doc_id, speaker_name, speaker_kind, verb, content, kind,
  follow_on, start, end (char offsets into the text),
- ``entities``: doc_id, name, kind, mentions (mention count), quotes (how
  many quotes it is the speaker of),
- ``sentences``: doc_id, sentences, paragraphs, body_paragraphs, chars,

then prints (and writes as ``report``) the people and organizations quoted
most across the corpus.

Nothing here is specific to local mode: the master, the executors' Python and
the shipped wheel come from ``spark-submit`` (see run.sh and the README, "At
scale with Spark")::

    spark-submit --archives byline_env.tar.gz#environment \\
        examples/spark/byline_spark.py corpus.jsonl out/ --limit 2000
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Iterator

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

QUOTE = pa.struct(
    [
        ("speaker_name", pa.string()),
        ("speaker_kind", pa.string()),
        ("verb", pa.string()),
        ("content", pa.string()),
        ("kind", pa.string()),
        ("follow_on", pa.bool_()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)
ENTITY = pa.struct(
    [
        ("name", pa.string()),
        ("kind", pa.string()),
        ("mentions", pa.int64()),
        ("quotes", pa.int64()),
    ]
)
ANNOTATED = pa.schema(
    [
        ("doc_id", pa.string()),
        ("chars", pa.int64()),
        ("sentences", pa.int64()),
        ("paragraphs", pa.int64()),
        ("body_paragraphs", pa.int64()),
        ("quotes", pa.list_(QUOTE)),
        ("entities", pa.list_(ENTITY)),
    ]
)

# The same schema for Spark (mapInArrow's result type).
ANNOTATED_DDL = (
    "doc_id string, chars bigint, sentences bigint, paragraphs bigint, body_paragraphs bigint, "
    "quotes array<struct<speaker_name: string, speaker_kind: string, verb: string, content: string, "
    "kind: string, follow_on: boolean, `start`: bigint, `end`: bigint>>, "
    "entities array<struct<name: string, kind: string, mentions: bigint, quotes: bigint>>"
)


def _nested(table: dict, n_docs: int, struct: pa.StructType) -> pa.ListArray:
    """Per-document lists from the flat columns of byline.quote_table /
    entity_table (rows grouped by their `doc` index, in order)."""
    counts = [0] * n_docs
    for d in table["doc"]:
        counts[d] += 1
    offsets = [0]
    for c in counts:
        offsets.append(offsets[-1] + c)
    fields = [pa.array(table[f.name], type=f.type) for f in struct]
    values = pa.StructArray.from_arrays(fields, fields=list(struct))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), values)


def annotate_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The mapInArrow function: runs on the executors, one call per partition."""
    import byline  # imported on the executor, from the shipped environment

    # One task per core: each annotates its batch on its own thread unless
    # BYLINE_THREADS says otherwise (set it with spark.executorEnv.BYLINE_THREADS).
    threads = int(os.environ.get("BYLINE_THREADS", "1"))
    for batch in batches:
        ids = batch.column("doc_id").to_pylist()
        texts = [t or "" for t in batch.column("text").to_pylist()]
        docs = byline.annotate_many(texts, threads=threads)
        quotes = byline.quote_table(docs)
        entities = byline.entity_table(docs)
        paragraphs = [d.paragraphs for d in docs]
        yield pa.RecordBatch.from_arrays(
            [
                pa.array(ids, type=pa.string()),
                pa.array([len(t) for t in texts], type=pa.int64()),
                pa.array([len(d.sentences) for d in docs], type=pa.int64()),
                pa.array([len(p) for p in paragraphs], type=pa.int64()),
                pa.array([sum(x.is_body for x in p) for p in paragraphs], type=pa.int64()),
                _nested(quotes, len(docs), QUOTE),
                _nested(entities, len(docs), ENTITY),
            ],
            schema=ANNOTATED,
        )


def read_corpus(spark: SparkSession, path: str, limit: int | None):
    """Records with `id` and `text` from JSONL (any other fields ignored) or Parquet."""
    if path.endswith(".parquet") or os.path.isdir(path):
        df = spark.read.parquet(path)
    else:
        df = spark.read.schema("id STRING, text STRING").json(path)
    df = df.select(F.col("id").cast("string").alias("doc_id"), F.col("text").cast("string"))
    if limit:
        df = df.limit(limit)
    return df


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSONL or Parquet with id and text")
    ap.add_argument("out", help="output folder for the Parquet tables")
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument(
        "--partitions",
        type=int,
        default=None,
        help="annotate in N even partitions (default: the default parallelism, one per core)",
    )
    ap.add_argument("--top", type=int, default=15, help="rows of the report per kind")
    args = ap.parse_args()

    spark = SparkSession.builder.appName("byline").getOrCreate()
    # Arrow batches of this many records go to annotate_many at once.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
    # One partition per core by default: each partition is one Python task,
    # and every extra wave of tasks costs a round of task scheduling.
    partitions = args.partitions or spark.sparkContext.defaultParallelism
    # The report's group-by shuffles into as many partitions as the
    # annotation has (Spark's default, 200, is for big joins, not for a few
    # thousand quote rows).
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    session_at = time.perf_counter()
    phases: list[tuple[str, float]] = []

    def phase(name: str) -> None:
        phases.append((name, time.perf_counter()))

    docs = read_corpus(spark, args.input, args.limit)
    # Round-robin into even partitions: file splits can be very uneven.
    docs = docs.repartition(partitions)
    annotated = docs.mapInArrow(annotate_batches, ANNOTATED_DDL).persist(StorageLevel.MEMORY_AND_DISK)

    quotes = annotated.select("doc_id", F.explode("quotes").alias("q")).select("doc_id", "q.*")
    entities = annotated.select("doc_id", F.explode("entities").alias("e")).select("doc_id", "e.*")
    sentences = annotated.select("doc_id", "sentences", "paragraphs", "body_paragraphs", "chars")

    out = args.out.rstrip("/")
    # The first write reads, annotates and fills the cache; the others read
    # the cached annotation.
    sentences.write.mode("overwrite").parquet(f"{out}/sentences")
    phase("read, annotate, cache, write sentences")
    quotes.write.mode("overwrite").parquet(f"{out}/quotes")
    phase("write quotes")
    entities.write.mode("overwrite").parquet(f"{out}/entities")
    phase("write entities")

    # The report is a few hundred rows: computed once and cached, written,
    # then collected from the cache (not read back from the files).
    report = (
        quotes.where(F.col("speaker_kind").isin("person", "organization"))
        .groupBy("speaker_kind", "speaker_name")
        .agg(F.count("*").alias("quotes"), F.countDistinct("doc_id").alias("articles"))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    report.write.mode("overwrite").parquet(f"{out}/report")
    rows = report.collect()
    phase("report: group, write, collect")
    totals = annotated.agg(
        F.count("*").alias("articles"),
        F.sum("sentences").alias("sentences"),
        F.sum(F.size("quotes")).alias("quotes"),
        F.sum(F.size("entities")).alias("entities"),
    ).first()
    phase("totals")
    done_at = time.perf_counter()

    for kind, title in (("person", "People"), ("organization", "Organizations")):
        print(f"\n{title} quoted most")
        top = sorted(
            (r for r in rows if r["speaker_kind"] == kind),
            key=lambda r: (-r["quotes"], -r["articles"], r["speaker_name"]),
        )[: args.top]
        for r in top:
            print(f"  {r['quotes']:5d} quotes in {r['articles']:4d} articles  {r['speaker_name']}")
    elapsed = done_at - session_at
    n = totals["articles"]
    print(
        f"\n{n} articles, {totals['sentences']} sentences, {totals['quotes']} quotes, "
        f"{totals['entities']} entity rows in {partitions} partitions; tables in {out}/"
    )
    last = session_at
    for name, at in phases:
        print(f"phase {at - last:6.1f} s  {name}")
        last = at
    print(f"job after the session started: {elapsed:.1f} s, {n / elapsed:.0f} articles/s")
    report.unpersist()
    annotated.unpersist()
    spark.stop()

if __name__ == "__main__":
    main()
