"""Annotate a news corpus with byline on Spark and report who is quoted most.

Reads JSONL or Parquet records with ``id`` and ``text``, annotates them with
``byline.annotate_many`` one Arrow batch at a time (``mapInArrow``: Arrow
batches in and out, no pandas and no Row objects; the output columns are made
in Rust), once, and writes three Parquet tables under OUT from that one
(persisted) annotation:

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
import itertools
import os
import time
from typing import Iterator

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import Observation, SparkSession
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


def _nested(table: dict, counts: list[int], struct: pa.StructType) -> pa.ListArray:
    """Per-document lists from the flat columns of byline.quote_table /
    entity_table (rows grouped by document, in order; `counts` are the
    groups' lengths, from byline.document_table)."""
    offsets = pa.array(itertools.accumulate(counts, initial=0), type=pa.int32())
    fields = [pa.array(table[f.name], type=f.type) for f in struct]
    values = pa.StructArray.from_arrays(fields, fields=list(struct))
    return pa.ListArray.from_arrays(offsets, values)


def annotate_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The mapInArrow function: runs on the executors, one call per partition."""
    import byline  # imported on the executor, from the shipped environment

    # One task per core: each annotates its batch on its own thread unless
    # BYLINE_THREADS says otherwise (set it with spark.executorEnv.BYLINE_THREADS).
    threads = int(os.environ.get("BYLINE_THREADS", "1"))
    for batch in batches:
        texts = [t or "" for t in batch.column("text").to_pylist()]
        docs = byline.annotate_many(texts, threads=threads)
        # every column is made in Rust, in one pass per table
        counts = byline.document_table(docs)
        yield pa.RecordBatch.from_arrays(
            [
                batch.column("doc_id").cast(pa.string()),
                pa.array(counts["chars"], type=pa.int64()),
                pa.array(counts["sentences"], type=pa.int64()),
                pa.array(counts["paragraphs"], type=pa.int64()),
                pa.array(counts["body_paragraphs"], type=pa.int64()),
                _nested(byline.quote_table(docs), counts["quotes"], QUOTE),
                _nested(byline.entity_table(docs), counts["entities"], ENTITY),
            ],
            schema=ANNOTATED,
        )


def read_corpus(spark: SparkSession, path: str, limit: int | None, partitions: int):
    """Records with `id` and `text` from JSONL (any other fields ignored) or
    Parquet, in about `partitions` even partitions."""
    if path.endswith(".parquet") or os.path.isdir(path):
        df = spark.read.parquet(path)
    else:
        # an explicit schema: no pass over the file to infer one
        df = spark.read.schema("id STRING, text STRING").json(path)
    df = df.select(F.col("id").cast("string").alias("doc_id"), F.col("text").cast("string"))
    if limit:
        # a limit gathers the rows in one partition: spread them again
        # (round-robin, one shuffle)
        df = df.limit(limit).repartition(partitions)
    return df


def run_job(spark: SparkSession, path: str, out: str, limit: int | None, partitions: int):
    """Reads, annotates once, writes the three tables and the report; returns
    the totals, the report rows and the time of each phase."""
    started = time.perf_counter()
    phases: list[tuple[str, float]] = []

    def phase(name: str) -> None:
        phases.append((name, time.perf_counter()))

    docs = read_corpus(spark, path, limit, partitions)
    annotated = docs.mapInArrow(annotate_batches, ANNOTATED_DDL).persist(StorageLevel.MEMORY_AND_DISK)
    # The totals are observed while the first table is written (no job of their own).
    totals = Observation("totals")
    sentences = annotated.observe(
        totals,
        F.count(F.lit(1)).alias("articles"),
        F.sum("sentences").alias("sentences"),
        F.sum(F.size("quotes")).alias("quotes"),
        F.sum(F.size("entities")).alias("entities"),
    ).select("doc_id", "sentences", "paragraphs", "body_paragraphs", "chars")
    quotes = annotated.select("doc_id", F.explode("quotes").alias("q")).select("doc_id", "q.*")
    entities = annotated.select("doc_id", F.explode("entities").alias("e")).select("doc_id", "e.*")

    # The first write reads, annotates and fills the cache; the others read
    # the cached annotation.
    sentences.write.mode("overwrite").parquet(f"{out}/sentences")
    phase("read, annotate, cache, write sentences")
    quotes.write.mode("overwrite").parquet(f"{out}/quotes")
    phase("write quotes")
    entities.write.mode("overwrite").parquet(f"{out}/entities")
    phase("write entities")

    # The report is a few hundred rows: one aggregation (one shuffle: the
    # distinct articles as a set, not a second distinct aggregation),
    # collected once as Arrow and written from the driver.
    report = (
        quotes.where(F.col("speaker_kind").isin("person", "organization"))
        .groupBy("speaker_kind", "speaker_name")
        .agg(F.count(F.lit(1)).alias("quotes"), F.size(F.collect_set("doc_id")).alias("articles"))
        .toArrow()
    )
    spark.createDataFrame(report).write.mode("overwrite").parquet(f"{out}/report")
    rows = report.to_pylist()
    phase("report: group, collect, write")
    done = time.perf_counter()
    annotated.unpersist()
    return totals.get, rows, done - started, [(n, at - started) for n, at in phases]


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
    ap.add_argument(
        "--again",
        action="append",
        default=[],
        metavar="INPUT",
        help="then run the job again in the same session on INPUT (repeatable; for the bench: "
        "a warm JVM and warm Python workers, as a long-lived session or notebook has them)",
    )
    args = ap.parse_args()

    spark = SparkSession.builder.appName("byline").getOrCreate()
    conf = spark.conf
    # One partition per core by default: each partition is one Python task,
    # and every extra wave of tasks costs a round of task scheduling.
    partitions = args.partitions or spark.sparkContext.defaultParallelism
    # Sized to the data (these are session settings: a cluster job sets them
    # the same way). File splits: Spark counts every file as at least
    # openCostInBytes (4 MB) when it cuts the input into partitions, which
    # for a few MB of JSONL gives one split of nearly everything and a
    # sliver; counted at its size, the file splits into `partitions` even
    # byte ranges, without a shuffle.
    conf.set("spark.sql.files.openCostInBytes", str(1 << 16))
    conf.set("spark.sql.files.minPartitionNum", str(partitions))
    # The report's group-by shuffles into as many partitions as the
    # annotation has (Spark's default, 200, is for big joins, not for a few
    # thousand quote rows); adaptive execution may coalesce them further.
    conf.set("spark.sql.shuffle.partitions", str(partitions))
    # Arrow batches of up to this many records go to annotate_many at once.
    conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")

    out = args.out.rstrip("/")
    runs = [("first job after the session started", args.input, args.limit)]
    runs += [(f"again, same session, {p}", p, None) for p in args.again]
    for i, (title, path, limit) in enumerate(runs):
        totals, rows, elapsed, phases = run_job(spark, path, out, limit, partitions)
        n = totals["articles"]
        if i == 0:
            for kind, heading in (("person", "People"), ("organization", "Organizations")):
                print(f"\n{heading} quoted most")
                top = sorted(
                    (r for r in rows if r["speaker_kind"] == kind),
                    key=lambda r: (-r["quotes"], -r["articles"], r["speaker_name"]),
                )[: args.top]
                for r in top:
                    print(f"  {r['quotes']:5d} quotes in {r['articles']:4d} articles  {r['speaker_name']}")
            print(
                f"\n{n} articles, {totals['sentences']} sentences, {totals['quotes']} quotes, "
                f"{totals['entities']} entity rows in {partitions} partitions; tables in {out}/"
            )
        last = 0.0
        for name, at in phases:
            print(f"phase {i} {at - last:6.2f} s  {name}")
            last = at
        print(f"run {i}: {title}: {n} articles in {elapsed:.2f} s, {n / elapsed:.0f} articles/s")
    spark.stop()


if __name__ == "__main__":
    main()
