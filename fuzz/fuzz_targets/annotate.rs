//! Any UTF-8 input annotates without panicking, and every span the
//! annotator returns slices the input on char boundaries.
//!
//! Run with `cargo +nightly fuzz run annotate` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `Annotator::new()` shares one process-wide build: cheap per input.
    let doc = byline::Annotator::new().annotate(text);
    let check = |s: byline::Span| {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    };
    doc.paragraphs.iter().map(|p| p.span).for_each(check);
    doc.sentences.iter().copied().for_each(check);
    doc.mentions.iter().for_each(|m| check(m.span));
    for q in &doc.quotes {
        check(q.content);
        q.speaker.into_iter().chain(q.verb).for_each(check);
    }
});

