//! Structure-aware fuzzing: the input bytes pick pieces of news text
//! (attributions, names, quote marks, apostrophes, abbreviations, every
//! line-break form, hostile Unicode; see `tests/support/mod.rs`), so that
//! mutations reach the attribution rules, and every documented invariant
//! of the `Document` is checked, not only "no panic": spans on char
//! boundaries, sentences inside paragraphs and covering the text, mentions
//! and quote contents inside one paragraph and free of line breaks, the
//! entity and mention cross-links, and the same annotation texts whether
//! the lines break with LF or with the form the input's first byte picks.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run news -- -max_total_time=1800 -jobs=1 -workers=1
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| {
    let Some((&form, rest)) = data.split_first() else {
        return;
    };
    let text = support::news_text(rest);
    let annotator = byline::Annotator::new();
    let doc = annotator.annotate(&text);
    if let Err(e) = support::check(&text, &doc) {
        panic!("{e}\nin {text:?}");
    }
    // The line-break form changes only the offsets.
    let lf = support::to_lf(&text);
    let brk = support::BREAK_FORMS[form as usize % support::BREAK_FORMS.len()];
    let other = lf.replace('\n', brk);
    let want = support::texts(&lf, &annotator.annotate(&lf));
    let got = support::texts(&other, &annotator.annotate(&other));
    assert_eq!(got, want, "{other:?} vs {lf:?}");
});
