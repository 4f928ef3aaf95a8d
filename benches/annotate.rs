//! Throughput of byline on real news text.
//!
//! Reads the first `BYLINE_BENCH_MB` megabytes (default 8) of article text
//! from `../shared/corpus/news-all.jsonl`. When that corpus is absent it says
//! so and falls back to the project's own fixture articles in `examples/`
//! and `tests/fixtures/`, so the figures are then not comparable.
//!
//! Groups:
//! - `sentences`: byline's segmenter against unicode-segmentation's UAX #29
//!   `split_sentence_bounds`, the baseline, on the same text;
//! - `annotate`: the full pipeline (sentences, entities, quotes), right
//!   after the same baseline again, so the two are measured side by side;
//! - `build`: `Annotator::builder().build()`, the cost of loading the
//!   embedded resources;
//! - `short`: the full pipeline on short texts, where a per-call fixed cost
//!   would show: `headlines` (article titles), `paragraphs` (single
//!   paragraphs of 100 to 600 bytes) and, for the comparison, `articles`
//!   (whole articles of the same corpus, about as many bytes). Run alone
//!   with `cargo bench --bench annotate -- short`.
//!
//! Between `annotate` and `build` it also times the baseline and the full
//! pipeline in alternation, one pass each per round, and prints their
//! throughput ratio: the comparison the project makes, with both passes
//! meeting the same minute of a machine whose speed drifts. Then it prints
//! each stage's share of the full pipeline's time, from three passes of
//! `Annotator::annotate_timed`.
//!
//! Each loop asserts a count, so a bench cannot get faster by breaking.

use std::hint::black_box;
use std::path::Path;

use byline::{Annotator, StageTimes};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

const CORPUS: &str = "../shared/corpus/news-all.jsonl";

/// Articles of the bench corpus, and where they came from.
fn load_texts() -> (Vec<String>, &'static str) {
    let limit = std::env::var("BYLINE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(8)
        * 1_000_000;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    if let Ok(jsonl) = std::fs::read_to_string(&corpus) {
        let mut texts = Vec::new();
        let mut total = 0;
        for line in jsonl.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
                total += text.len();
                texts.push(text.to_string());
                if total >= limit {
                    break;
                }
            }
        }
        return (texts, "news corpus (../shared/corpus/news-all.jsonl)");
    }
    eprintln!(
        "bench: {} is missing; benchmarking the project's own fixtures instead (figures not comparable)",
        corpus.display()
    );
    let mut texts = Vec::new();
    for dir in ["examples", "tests/fixtures"] {
        collect_txt(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut texts);
    }
    (texts, "project fixtures")
}

fn collect_txt(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
}

/// Full annotation against the baseline, timed in alternation: one pass of
/// each per round, so that both meet the same minute of a machine whose
/// speed drifts. Prints the throughput ratio (full ÷ baseline) per round
/// and its median; criterion's groups above run one after the other.
fn compare_interleaved(
    texts: &[String],
    annotator: &Annotator,
    expected_bounds: usize,
    expected_doc: (usize, usize, usize),
) {
    const ROUNDS: usize = 11;
    let mut ratios = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = std::time::Instant::now();
        assert_eq!(baseline_sentences(texts), expected_bounds);
        let baseline = start.elapsed();
        let start = std::time::Instant::now();
        assert_eq!(annotate_all(texts, annotator), expected_doc);
        let full = start.elapsed();
        ratios.push(baseline.as_secs_f64() / full.as_secs_f64());
    }
    let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    ratios.sort_by(f64::total_cmp);
    eprintln!(
        "interleaved full/baseline throughput over {ROUNDS} rounds: median {:.2} (min {:.2}, max {:.2}); rounds: {}",
        ratios[ROUNDS / 2],
        ratios[0],
        ratios[ROUNDS - 1],
        shown.join(" ")
    );
}

/// Where full annotation spends its time: each stage's time and share over
/// three timed passes ([`Annotator::annotate_timed`]), printed.
fn stage_shares(texts: &[String], annotator: &Annotator, expected_doc: (usize, usize, usize)) {
    const PASSES: usize = 3;
    let mut times = StageTimes::default();
    for _ in 0..PASSES {
        let mut counts = (0, 0, 0);
        for text in texts {
            let (doc, spent) = annotator.annotate_timed(black_box(text));
            let c = doc_counts(&doc);
            counts = (counts.0 + c.0, counts.1 + c.1, counts.2 + c.2);
            times += spent;
        }
        assert_eq!(counts, expected_doc);
    }
    eprintln!("full annotation by stage ({PASSES} timed passes): {times}");
}

/// A document's sentences, mentions and quotes, counted.
fn doc_counts(d: &byline::Document) -> (usize, usize, usize) {
    (d.sentences.len(), d.mentions.len(), d.quotes.len())
}

/// Sentences, mentions and quotes of every text, counted.
fn annotate_all(texts: &[String], annotator: &Annotator) -> (usize, usize, usize) {
    texts
        .iter()
        .map(|t| doc_counts(&annotator.annotate(black_box(t))))
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
}

/// The baseline: UAX #29 sentence bounds of every text, counted.
fn baseline_sentences(texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| black_box(t).split_sentence_bounds().count())
        .sum()
}

/// Short texts of the corpus: titles, single paragraphs (100 to 600
/// bytes), and whole articles for comparison, about 1 MB each.
fn load_short() -> Option<[(&'static str, Vec<String>); 3]> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let Ok(jsonl) = std::fs::read_to_string(&corpus) else {
        eprintln!(
            "bench: {} is missing; the short-text group is skipped",
            corpus.display()
        );
        return None;
    };
    const LIMIT: usize = 1_000_000;
    let (mut titles, mut paragraphs, mut articles) = (Vec::new(), Vec::new(), Vec::new());
    let size = |v: &Vec<String>| v.iter().map(String::len).sum::<usize>();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(title) = v.get("title").and_then(|t| t.as_str()) {
            if !title.trim().is_empty() && size(&titles) < LIMIT / 4 {
                titles.push(title.to_string());
            }
        }
        if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
            for p in text.lines().map(str::trim) {
                if (100..=600).contains(&p.len()) && size(&paragraphs) < LIMIT {
                    paragraphs.push(p.to_string());
                }
            }
            if size(&articles) < LIMIT {
                articles.push(text.to_string());
            }
        }
        if size(&titles) >= LIMIT / 4 && size(&paragraphs) >= LIMIT && size(&articles) >= LIMIT {
            break;
        }
    }
    Some([
        ("headlines", titles),
        ("paragraphs", paragraphs),
        ("articles", articles),
    ])
}

fn bench_short(c: &mut Criterion, annotator: &Annotator) {
    let Some(sets) = load_short() else {
        return;
    };
    let mut group = c.benchmark_group("short");
    group.sample_size(10);
    for (name, texts) in &sets {
        let bytes: usize = texts.iter().map(String::len).sum();
        eprintln!(
            "bench short/{name}: {} texts, {:.0} bytes each on average",
            texts.len(),
            bytes as f64 / texts.len().max(1) as f64
        );
        let expected = annotate_all(texts, annotator);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(*name, |b| {
            b.iter(|| assert_eq!(annotate_all(texts, annotator), expected))
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    // the short texts first: a filtered run (`-- short`) then skips
    // loading the long ones' expected counts
    let annotator = Annotator::new();
    bench_short(c, &annotator);

    let (texts, origin) = load_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!(
        "bench: {} articles, {:.1} MB from {origin}",
        texts.len(),
        bytes as f64 / 1e6
    );
    assert!(bytes > 0, "no bench text found");

    let expected_sentences: usize = texts.iter().map(|t| annotator.sentences(t).count()).sum();
    let expected_bounds = baseline_sentences(&texts);

    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("byline", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| annotator.sentences(black_box(t)).count())
                .sum();
            assert_eq!(n, expected_sentences);
        })
    });
    group.bench_function("unicode-segmentation", |b| {
        b.iter(|| assert_eq!(baseline_sentences(&texts), expected_bounds))
    });
    group.finish();

    let expected_doc = annotate_all(&texts, &annotator);
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    // The baseline again, measured right before the full pipeline: on a
    // shared machine the speed drifts between groups, and the comparison
    // the project makes is between these two.
    group.bench_function("baseline (unicode-segmentation sentences)", |b| {
        b.iter(|| assert_eq!(baseline_sentences(&texts), expected_bounds))
    });
    group.bench_function("full", |b| {
        b.iter(|| assert_eq!(annotate_all(&texts, &annotator), expected_doc))
    });
    group.finish();

    compare_interleaved(&texts, &annotator, expected_bounds, expected_doc);
    stage_shares(&texts, &annotator, expected_doc);

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("annotator", |b| {
        b.iter(|| {
            let built = Annotator::builder()
                .build()
                .expect("embedded resources build");
            assert_eq!(built.sentences("One. Two.").count(), 2);
        })
    });
    group.finish();
}

criterion_group!(benches_group, benches);
criterion_main!(benches_group);
