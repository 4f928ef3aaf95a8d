//! Placeholder; the foundation issue writes the corpus bench.
use criterion::{criterion_group, criterion_main, Criterion};

fn annotate(c: &mut Criterion) {
    let annotator = byline::Annotator::new();
    c.bench_function("annotate/tiny", |b| {
        b.iter(|| annotator.annotate("One sentence. Two."))
    });
}

criterion_group!(benches, annotate);
criterion_main!(benches);
