//! Checks that every line-break form gives the same annotations: each
//! article of a JSONL corpus is annotated as it is (LF line ends) and with
//! every LF replaced by CR, CRLF, VT, FF, NEL, U+2028 and U+2029; the
//! sentences, mentions and quotes must have the same texts, kinds and
//! speakers in every form.
//!
//! ```text
//! cargo run --release --example line_endings -- [CORPUS.jsonl] [--limit N]
//! ```
//!
//! The corpus defaults to `../shared/corpus/news-all.jsonl` (records
//! `{"id", "text"}`); when it is missing the example says so and exits 2.
//! Prints one line per line-break form with the number of articles that
//! differ, the first differences, and exits 1 when any differ.

use std::io::{BufRead, BufReader};
use std::process::ExitCode;

use byline::{Annotator, Document};
use rayon::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Record<'a> {
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

/// What must not depend on the line-break form: the annotations as texts.
#[derive(PartialEq, Debug)]
struct Seen {
    sentences: Vec<String>,
    mentions: Vec<(String, String)>,
    /// content, speaker, verb, speaker name, kind, follow-on
    quotes: Vec<String>,
}

/// The annotations of `text` with each line break written as LF, so that
/// texts differing only in their breaks compare equal.
fn seen(annotator: &Annotator, text: &str, brk: &str) -> Seen {
    let doc: Document = annotator.annotate(text);
    let s = |span: byline::Span| text[span].replace(brk, "\n");
    Seen {
        sentences: doc.sentences.iter().map(|&x| s(x)).collect(),
        mentions: doc
            .mentions
            .iter()
            .map(|m| (s(m.span), m.kind.to_string()))
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{:?} {:?} {:?} {:?} {:?} {}",
                    s(q.content),
                    q.speaker.map(s),
                    q.verb.map(s),
                    q.speaker_name,
                    q.kind,
                    q.follow_on
                )
            })
            .collect(),
    }
}

/// The index of the first item where `a` and `b` differ (or where the
/// shorter ends).
fn first<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or_else(|| (a.len() != b.len()).then(|| a.len().min(b.len())))
}

/// `v[k]` for printing, or "(none)".
fn at<T: std::fmt::Debug>(v: &[T], k: usize) -> String {
    v.get(k).map_or("(none)".to_string(), |x| format!("{x:?}"))
}

fn main() -> ExitCode {
    let mut path = "../shared/corpus/news-all.jsonl".to_string();
    let mut limit = usize::MAX;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--limit" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => limit = n,
                None => {
                    eprintln!("error: --limit needs a number");
                    return ExitCode::from(2);
                }
            }
        } else {
            path = arg;
        }
    }
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("line_endings: SKIPPED — cannot open the corpus {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut texts = Vec::new();
    for line in BufReader::new(file).lines().take(limit) {
        let Ok(line) = line else { break };
        if let Ok(r) = serde_json::from_str::<Record>(&line) {
            // one form to start from: LF only
            texts.push(r.text.replace("\r\n", "\n"));
        }
    }
    let annotator = Annotator::new();
    let base: Vec<Seen> = texts
        .par_iter()
        .map(|t| seen(&annotator, t, "\n"))
        .collect();
    let forms = [
        ("CR", "\r"),
        ("CRLF", "\r\n"),
        ("VT", "\u{0B}"),
        ("FF", "\u{0C}"),
        ("NEL", "\u{85}"),
        ("LS", "\u{2028}"),
        ("PS", "\u{2029}"),
    ];
    let mut all_same = true;
    for (name, brk) in forms {
        let differ: Vec<(usize, Seen)> = texts
            .par_iter()
            .zip(&base)
            .enumerate()
            .filter_map(|(i, (t, want))| {
                // the text already holding this break would not round-trip
                if t.contains(brk) {
                    return None;
                }
                let got = seen(&annotator, &t.replace('\n', brk), brk);
                (got != *want).then_some((i, got))
            })
            .collect();
        println!(
            "{name:>4}: {} of {} articles differ from LF",
            differ.len(),
            texts.len()
        );
        for (i, got) in differ.iter().take(3) {
            all_same = false;
            let want = &base[*i];
            println!(
                "      article {i}: sentences {} vs {}, mentions {} vs {}, quotes {} vs {}",
                got.sentences.len(),
                want.sentences.len(),
                got.mentions.len(),
                want.mentions.len(),
                got.quotes.len(),
                want.quotes.len()
            );
            if let Some(k) = first(&got.quotes, &want.quotes) {
                println!(
                    "      quote {k}: {}\n         LF: {}",
                    at(&got.quotes, k),
                    at(&want.quotes, k)
                );
            } else if let Some(k) = first(&got.mentions, &want.mentions) {
                println!(
                    "      mention {k}: {}\n         LF: {}",
                    at(&got.mentions, k),
                    at(&want.mentions, k)
                );
            } else if let Some(k) = first(&got.sentences, &want.sentences) {
                println!(
                    "      sentence {k}: {}\n         LF: {}",
                    at(&got.sentences, k),
                    at(&want.sentences, k)
                );
            }
        }
        all_same &= differ.is_empty();
    }
    if all_same {
        println!("every line-break form gives the same sentences, mentions and quotes");
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
