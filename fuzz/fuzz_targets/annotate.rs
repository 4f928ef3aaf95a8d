//! Any UTF-8 input annotates without panicking, and the `Document` keeps
//! every documented invariant (see `tests/support/mod.rs`).
//!
//! Run with `cargo +nightly fuzz run annotate` from the repository root
//! (or `RUSTC_BOOTSTRAP=1 cargo fuzz run annotate` on stable). The
//! structure-aware target `news` reaches deeper into the attribution rules.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `Annotator::new()` shares one process-wide build: cheap per input.
    let doc = byline::Annotator::new().annotate(text);
    if let Err(e) = support::check(text, &doc) {
        panic!("{e}\nin {text:?}");
    }
});
