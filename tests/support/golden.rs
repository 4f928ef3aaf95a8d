//! Golden-file checks shared by `tests/sentences.rs`, `tests/quotes.rs` and
//! `tests/coref.rs`: each `tests/fixtures/<set>/*.txt` article has its
//! expected rendering beside it; `UPDATE_GOLDEN=1` rewrites those files for
//! review in the diff instead of comparing.

#![allow(dead_code)] // each user takes what it needs

use std::path::{Path, PathBuf};

/// The folder `tests/fixtures/<set>`.
pub fn dir(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(set)
}

/// The `.txt` articles of `tests/fixtures/<set>`, sorted; never empty.
pub fn articles(set: &str) -> Vec<PathBuf> {
    let dir = dir(set);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    paths
}

/// Renders every article of `set` and compares it with the file beside it
/// that has extension `expected` (or rewrites that file under
/// `UPDATE_GOLDEN`). Panics listing every difference; returns how many
/// articles were checked.
pub fn check(set: &str, expected: &str, render: impl Fn(&str) -> String) -> usize {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let paths = articles(set);
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let got = render(&text);
        let expected_path = path.with_extension(expected);
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}: differs from {}\n--- expected\n{want}--- got\n{got}",
                path.display(),
                expected_path.display()
            )),
            Err(_) => failures.push(format!(
                "{}: missing (run with UPDATE_GOLDEN=1)",
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    paths.len()
}
