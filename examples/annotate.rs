//! Annotates news articles from the command line.
//!
//! ```text
//! cargo run --release --example annotate -- article.txt [more.txt | folder/ | -]
//! cargo run --release --example annotate -- --format text examples/sample_article.txt
//! cargo run --release --example annotate -- --jsonl articles.jsonl > annotated.jsonl
//! ```
//!
//! Files and folders (every `.txt` below a folder, sorted) print one JSON
//! object per article: `{"file": ..., "paragraphs": ..., "sentences": ...,
//! "mentions": ..., "entities": ..., "quotes": ...}`. `-` reads standard
//! input. `--jsonl FILE|-` reads one `{"id": .., "text": ..}` object per line
//! and writes one `{"id": .., ...Document}` line per input line, in input
//! order, annotating in parallel with a progress bar when stderr is a
//! terminal.
//!
//! A bad input (missing or unreadable file, invalid UTF-8, malformed JSON,
//! a line without "text") is reported on stderr with its file and line; the
//! rest of the batch still runs, and the exit status is 1.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use byline::{Annotator, Document, EntityKind};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

#[derive(Parser)]
#[command(about = "Annotate news articles: sentences, entities and attributed quotes")]
struct Args {
    /// Text files or folders of .txt files; `-` for standard input.
    files: Vec<PathBuf>,
    /// Read a JSONL stream of {"id", "text"} objects (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Output format for files (JSONL input always writes JSONL).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON object per article.
    Json,
    /// A readable view: sentences, quotes, entities.
    Text,
}

/// A document with the file it came from.
#[derive(Serialize)]
struct FileOutput<'a> {
    file: String,
    #[serde(flatten)]
    doc: &'a Document,
}

/// A document with the id of its JSONL record.
#[derive(Serialize)]
struct RecordOutput<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    doc: &'a Document,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.files.is_empty() && args.jsonl.is_none() {
        eprintln!("error: give one or more files or folders, `-`, or --jsonl FILE (see --help)");
        return ExitCode::from(2);
    }
    let annotator = Annotator::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;

    for path in expand_paths(&args.files, &mut ok) {
        match read_text(&path) {
            Ok(text) => {
                let doc = annotator.annotate(&text);
                let written = match args.format {
                    Format::Json => write_json(&mut out, &path, &doc),
                    Format::Text => write_text(&mut out, &path, &text, &doc),
                };
                if let Err(e) = written {
                    eprintln!("error: writing output: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                ok = false;
            }
        }
    }

    if let Some(path) = &args.jsonl {
        match annotate_jsonl(&annotator, path, &mut out) {
            Ok(all_ok) => ok &= all_ok,
            Err(msg) => {
                eprintln!("error: {msg}");
                ok = false;
            }
        }
    }

    if let Err(e) = out.flush() {
        eprintln!("error: writing output: {e}");
        return ExitCode::FAILURE;
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Files as given, folders replaced by the `.txt` files below them.
fn expand_paths(paths: &[PathBuf], ok: &mut bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            if let Err(e) = collect_txt(path, &mut files) {
                eprintln!("error: {}: {e}", path.display());
                *ok = false;
            }
            if files.len() == before {
                eprintln!("warning: {}: no .txt files", path.display());
            }
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_txt(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads a whole file (or stdin for `-`) as UTF-8, with an error that names
/// the file and, for bad UTF-8, the byte offset.
fn read_text(path: &Path) -> Result<String, String> {
    let name = path.display();
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn write_json(out: &mut impl Write, path: &Path, doc: &Document) -> io::Result<()> {
    let record = FileOutput {
        file: path.display().to_string(),
        doc,
    };
    serde_json::to_writer(&mut *out, &record)?;
    writeln!(out)
}

/// The readable view: numbered sentences, quotes as `Speaker — verb —
/// “content”`, then entities grouped by kind with their mention counts.
fn write_text(out: &mut impl Write, path: &Path, text: &str, doc: &Document) -> io::Result<()> {
    writeln!(out, "# {}", path.display())?;
    writeln!(out)?;
    writeln!(out, "## Sentences ({})", doc.sentences.len())?;
    for (i, s) in doc.sentences.iter().enumerate() {
        writeln!(out, "{:>4}  {}", i + 1, one_line(&text[*s]))?;
    }
    writeln!(out)?;
    writeln!(out, "## Quotes ({})", doc.quotes.len())?;
    for q in &doc.quotes {
        let speaker = match (&q.speaker_name, q.speaker) {
            (Some(name), _) => name.clone(),
            (None, Some(span)) => format!("({})", &text[span]),
            (None, None) => "(unattributed)".to_string(),
        };
        let verb = match q.verb {
            Some(v) => &text[v],
            None if q.follow_on => "(continued)",
            None => "-",
        };
        let kind = match q.kind {
            byline::QuoteKind::Direct => "",
            _ => " [partial]",
        };
        writeln!(
            out,
            "{speaker} — {verb} — “{}”{kind}",
            one_line(&text[q.content])
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## Entities ({})", doc.entities.len())?;
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
    ] {
        let mut of_kind: Vec<_> = doc.entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        of_kind.sort_by(|a, b| {
            b.mentions
                .len()
                .cmp(&a.mentions.len())
                .then(a.name.cmp(&b.name))
        });
        writeln!(out, "{kind}:")?;
        for e in of_kind {
            // Its names and references in text order, repeats counted:
            // `Anna Berg (5): Anna Berg, Berg, she ×2, the foreign minister`.
            let mut spans: Vec<byline::Span> =
                e.mentions.iter().map(|&m| doc.mentions[m].span).collect();
            spans.extend(e.references.iter().map(|&r| doc.references[r].span));
            spans.sort();
            let mut forms: Vec<(String, usize)> = Vec::new();
            for s in &spans {
                let form = one_line(&text[*s]);
                match forms.iter_mut().find(|(f, _)| *f == form) {
                    Some((_, n)) => *n += 1,
                    None => forms.push((form, 1)),
                }
            }
            let forms: Vec<String> = forms
                .into_iter()
                .map(|(f, n)| if n > 1 { format!("{f} ×{n}") } else { f })
                .collect();
            writeln!(out, "  {} ({}): {}", e.name, spans.len(), forms.join(", "))?;
        }
    }
    writeln!(out)
}

/// Collapses line breaks so each item prints on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One parsed JSONL line: its id and text, or what was wrong with it.
type Record = Result<(serde_json::Value, String), String>;

/// Annotates a JSONL stream in batches, in parallel, writing results in
/// input order. Returns whether every line was good.
fn annotate_jsonl(
    annotator: &Annotator,
    path: &Path,
    out: &mut impl Write,
) -> Result<bool, String> {
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("{name}: {e}"))?;
        Box::new(io::BufReader::new(file))
    };
    let progress = if io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles, {per_sec} ({elapsed})")
                .expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };

    const BATCH: usize = 512;
    let mut all_ok = true;
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        batch.clear();
        for (i, line) in lines.by_ref() {
            let line = line.map_err(|e| format!("{name}:{}: {e}", i + 1))?;
            batch.push((i + 1, line));
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(usize, Result<String, String>)> = batch
            .par_iter()
            .map(|(line_no, bytes)| {
                let result = parse_record(bytes).and_then(|(id, text)| {
                    let doc = annotator.annotate(&text);
                    serde_json::to_string(&RecordOutput { id: &id, doc: &doc })
                        .map_err(|e| e.to_string())
                });
                (*line_no, result)
            })
            .collect();
        for (line_no, result) in results {
            match result {
                Ok(json) => writeln!(out, "{json}").map_err(|e| format!("writing output: {e}"))?,
                Err(msg) if msg.is_empty() => {} // a blank line
                Err(msg) => {
                    all_ok = false;
                    progress.suspend(|| eprintln!("error: {name}:{line_no}: {msg}"));
                }
            }
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    Ok(all_ok)
}

/// The id and text of one JSONL line. A blank line is an `Err("")`, which the
/// caller skips silently.
fn parse_record(bytes: &[u8]) -> Record {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let line = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8: invalid byte at offset {} of the line",
            e.valid_up_to()
        )
    })?;
    if line.trim().is_empty() {
        return Err(String::new());
    }
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let text = value
        .get("text")
        .ok_or("no \"text\" field")?
        .as_str()
        .ok_or("\"text\" is not a string")?
        .to_string();
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    Ok((id, text))
}
