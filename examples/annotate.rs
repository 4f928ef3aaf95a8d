//! Annotates news articles from the command line.
//!
//! ```text
//! cargo run --release --example annotate -- article.txt [more.txt | folder/ | -]
//! cargo run --release --example annotate -- --format text examples/sample_article.txt
//! cargo run --release --example annotate -- --jsonl articles.jsonl > annotated.jsonl
//! cargo run --release --example annotate -- --jsonl articles.jsonl --resume annotated.jsonl >> annotated.jsonl
//! cargo run --release --example annotate -- --timings --jsonl articles.jsonl > /dev/null
//! ```
//!
//! Files and folders (every `.txt` below a folder, sorted, symbolic links
//! followed) print one JSON object per article: `{"file": ..., "paragraphs":
//! ..., "sentences": ..., "mentions": ..., "entities": ..., "quotes": ...}`.
//! `-` reads standard input. `--jsonl FILE|-` reads one `{"id": .., "text":
//! ..}` object per line and writes one `{"id": .., ...Document}` line per
//! input line, in input order, annotating in parallel with a progress bar
//! when stderr is a terminal. `--format text` applies to files only.
//! `--timings` prints on stderr, at the end, the time each stage of the
//! annotation took (`Annotator::annotate_timed`), summed over the inputs
//! (and over the threads, with `--jsonl`); the output is unchanged. The
//! first text with a web address pays a one-time cost in `entities` (the
//! index of organizations by web domain, built on first use).
//!
//! What happens at the edges:
//!
//! - A bad input (missing or unreadable file or subfolder, invalid UTF-8,
//!   malformed JSON, a line without "text") is reported on stderr with its
//!   file and line; the rest of the batch still runs, and the exit status
//!   is 1. A symbolic link that loops back to a folder being walked is
//!   reported and not followed. Naming inputs of which none could be
//!   annotated (a folder without `.txt` files) exits 1 too.
//! - A UTF-8 byte-order mark at the start of a JSONL stream is skipped.
//! - Output into a closed pipe (`annotate ... | head -1`) ends the run
//!   quietly with exit status 0, as Unix filters do.
//! - On SIGINT or SIGTERM the line being written is finished and flushed,
//!   stderr says how many records were written, and the exit status is 130:
//!   every output line is a complete record (a second signal exits at once,
//!   for a run waiting on its input). `--resume OUT.jsonl` then skips
//!   the input records whose `id` is already in `OUT.jsonl` (records
//!   without an id are always annotated; a line of `OUT.jsonl` that does
//!   not parse is ignored, so its record is annotated again).

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use byline::{Annotator, Document, EntityKind, StageTimes};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

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
    /// With --jsonl: skip the records whose id is already in this earlier
    /// output (of an interrupted run).
    #[arg(long, value_name = "OUT.jsonl", requires = "jsonl")]
    resume: Option<PathBuf>,
    /// Entities and quotes from the article body only, not from paragraphs
    /// flagged as boilerplate (menus, captions, bios, "Related" links).
    #[arg(long)]
    body_only: bool,
    /// Print on stderr, at the end, the time each stage of annotation took,
    /// summed over all inputs (and threads, with --jsonl).
    #[arg(long)]
    timings: bool,
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

/// One JSONL input line, borrowing from it: the id as its raw JSON text
/// (written back as it was) and the text, borrowed unless it holds escapes.
/// Other fields ("title", ...) are ignored.
#[derive(Deserialize)]
struct Record<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
}

/// The id of a line of an earlier output, for `--resume`.
#[derive(Deserialize)]
struct Done<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
}

/// A document with the id of its JSONL record.
#[derive(Serialize)]
struct RecordOutput<'a> {
    id: &'a RawValue,
    #[serde(flatten)]
    doc: &'a Document,
}

/// Set by SIGINT or SIGTERM: finish the current line and stop.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Why a run stopped before its end.
enum Stop {
    /// Output went to a closed pipe: end quietly.
    BrokenPipe,
    /// Writing failed otherwise.
    Write(io::Error),
    /// SIGINT or SIGTERM.
    Interrupted,
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Stop::BrokenPipe
        } else {
            Stop::Write(e)
        }
    }
}

/// What a run did: records (or files) written, and whether every input was
/// good.
struct Tally {
    written: usize,
    /// records skipped by --resume, which count as done
    skipped: usize,
    ok: bool,
    /// with --timings: the stages' time and the bytes annotated
    times: StageTimes,
    bytes: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.files.is_empty() && args.jsonl.is_none() {
        eprintln!("error: give one or more files or folders, `-`, or --jsonl FILE (see --help)");
        return ExitCode::from(2);
    }
    if args.jsonl.is_some() && args.format == Format::Text {
        eprintln!("error: --format text does not apply to --jsonl, which always writes JSONL");
        return ExitCode::from(2);
    }
    // The first signal stops after the line being written; a second one
    // (the run waits on its input, say) exits at once.
    let on_signal = || {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    };
    if let Err(e) = ctrlc::set_handler(on_signal) {
        eprintln!("warning: cannot handle SIGINT/SIGTERM: {e}");
    }
    let annotator = if args.body_only {
        Annotator::builder()
            .body_only(true)
            .build()
            .expect("the embedded resources are valid")
    } else {
        Annotator::new()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut tally = Tally {
        written: 0,
        skipped: 0,
        ok: true,
        times: StageTimes::default(),
        bytes: 0,
    };
    let mut run = annotate_files(&annotator, &args, &mut out, &mut tally);
    if let (Ok(()), Some(path)) = (&run, &args.jsonl) {
        run = annotate_jsonl(
            &annotator,
            path,
            args.resume.as_deref(),
            args.timings,
            &mut out,
            &mut tally,
        );
    }
    let run = run.and_then(|()| out.flush().map_err(Stop::from));
    if args.timings {
        report_timings(&tally);
    }
    match run {
        Ok(()) => {}
        Err(Stop::BrokenPipe) => return ExitCode::SUCCESS,
        Err(Stop::Write(e)) => {
            eprintln!("error: writing output: {e}");
            return ExitCode::FAILURE;
        }
        Err(Stop::Interrupted) => {
            // the line being written is complete: flush it, then say so
            match out.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    eprintln!("error: writing output: {e}")
                }
                _ => {}
            }
            let what = if args.jsonl.is_some() {
                "records"
            } else {
                "documents"
            };
            eprintln!(
                "interrupted: {} {what} written, each a complete line",
                tally.written
            );
            return ExitCode::from(130);
        }
    }
    if tally.written + tally.skipped == 0 {
        eprintln!("error: nothing was annotated");
        return ExitCode::FAILURE;
    }
    if tally.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Annotates the files and folders of `args`, writing one document each.
fn annotate_files(
    annotator: &Annotator,
    args: &Args,
    out: &mut impl Write,
    tally: &mut Tally,
) -> Result<(), Stop> {
    for path in expand_paths(&args.files, &mut tally.ok) {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(Stop::Interrupted);
        }
        match read_text(&path) {
            Ok(text) => {
                let doc = if args.timings {
                    let (doc, times) = annotator.annotate_timed(&text);
                    tally.times += times;
                    tally.bytes += text.len();
                    doc
                } else {
                    annotator.annotate(&text)
                };
                match args.format {
                    Format::Json => write_json(&mut *out, &path, &doc)?,
                    Format::Text => write_text(&mut *out, &path, &text, &doc)?,
                }
                tally.written += 1;
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                tally.ok = false;
            }
        }
    }
    Ok(())
}

/// Files as given, folders replaced by the `.txt` files below them
/// (sorted, symbolic links followed). A subfolder that cannot be read and a
/// link that loops back to a folder being walked are reported and skipped;
/// the walk goes on.
fn expand_paths(paths: &[PathBuf], ok: &mut bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let before = files.len();
        let walk = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(e) => {
                    if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt") {
                        files.push(e.into_path());
                    }
                }
                Err(e) => {
                    let at = e.path().unwrap_or(path).display();
                    match e.loop_ancestor() {
                        Some(to) => eprintln!(
                            "error: {at}: symbolic link loops back to {}, not followed",
                            to.display()
                        ),
                        None => match e.io_error() {
                            Some(io) => eprintln!("error: {at}: {io}, skipped"),
                            None => eprintln!("error: {at}: {e}, skipped"),
                        },
                    }
                    *ok = false;
                }
            }
        }
        if files.len() == before {
            eprintln!("warning: {}: no .txt files", path.display());
        }
    }
    files
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
        // Sentences of boilerplate paragraphs carry their kind.
        let p = doc.paragraphs.partition_point(|p| p.span.end < s.end);
        match doc.paragraphs.get(p).filter(|p| !p.is_body()) {
            Some(p) => writeln!(out, "{:>4}  [{}] {}", i + 1, p.kind, one_line(&text[*s]))?,
            None => writeln!(out, "{:>4}  {}", i + 1, one_line(&text[*s]))?,
        }
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

/// The ids (raw JSON text) of the complete lines of an earlier output.
fn done_ids(path: &Path) -> Result<HashSet<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut ids = HashSet::new();
    for line in bytes.split(|&b| b == b'\n') {
        let Ok(line) = std::str::from_utf8(line) else {
            continue;
        };
        if let Ok(Done { id: Some(id) }) = serde_json::from_str::<Done>(line) {
            ids.insert(id.get().to_string());
        }
    }
    Ok(ids)
}

/// What became of one input line.
#[derive(Clone)]
enum Outcome {
    /// Annotated: the output line.
    Line(String),
    /// Blank, or already in the --resume output.
    Skipped { resumed: bool },
    /// Bad: what was wrong.
    Bad(String),
}

/// Annotates a JSONL stream in batches, in parallel, writing results in
/// input order.
fn annotate_jsonl(
    annotator: &Annotator,
    path: &Path,
    resume: Option<&Path>,
    timings: bool,
    out: &mut impl Write,
    tally: &mut Tally,
) -> Result<(), Stop> {
    let name = path.display().to_string();
    let fail = |msg: String, tally: &mut Tally| {
        eprintln!("error: {msg}");
        tally.ok = false;
        Ok(())
    };
    let done = match resume.map(done_ids).transpose() {
        Ok(done) => done.unwrap_or_default(),
        Err(msg) => return fail(msg, tally),
    };
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(path) {
            Ok(file) => Box::new(io::BufReader::new(file)),
            Err(e) => return fail(format!("{name}: {e}"), tally),
        }
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
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
    let mut lines = reader.split(b'\n').enumerate();
    let mut read_error = None;
    loop {
        batch.clear();
        for (i, line) in lines.by_ref() {
            match line {
                Ok(mut line) => {
                    // a byte-order mark starts the stream, not the record
                    if i == 0 && line.starts_with(b"\xEF\xBB\xBF") {
                        line.drain(..3);
                    }
                    batch.push((i + 1, line));
                }
                Err(e) => {
                    read_error = Some(format!("{name}:{}: {e}", i + 1));
                    break;
                }
            }
            if batch.len() == BATCH || INTERRUPTED.load(Ordering::Relaxed) {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let (results, times, bytes) = annotate_batch(annotator, &batch, &done, timings);
        tally.times += times;
        tally.bytes += bytes;
        for (line_no, outcome) in results {
            if INTERRUPTED.load(Ordering::SeqCst) {
                progress.finish_and_clear();
                return Err(Stop::Interrupted);
            }
            match outcome {
                Outcome::Line(json) => {
                    writeln!(out, "{json}")?;
                    tally.written += 1;
                }
                Outcome::Skipped { resumed } => tally.skipped += usize::from(resumed),
                Outcome::Bad(msg) => {
                    tally.ok = false;
                    progress.suspend(|| eprintln!("error: {name}:{line_no}: {msg}"));
                }
            }
            progress.inc(1);
        }
        if read_error.is_some() {
            break;
        }
    }
    progress.finish_and_clear();
    if INTERRUPTED.load(Ordering::SeqCst) {
        return Err(Stop::Interrupted);
    }
    match read_error {
        Some(msg) => fail(msg, tally),
        None => Ok(()),
    }
}

/// A parsed line with its document, or what to report instead.
type Job<'b> = Result<(&'b Record<'b>, &'b Document), &'b Outcome>;

/// Parses a batch of JSONL lines, annotates their texts with the crate's
/// batch API (`Annotator::annotate_par`, documents back in input order)
/// and serializes them, each phase in parallel. With `timings`, also the
/// stages' time summed over the texts (`Annotator::annotate_timed`, in
/// parallel too), and the texts' bytes.
fn annotate_batch(
    annotator: &Annotator,
    batch: &[(usize, Vec<u8>)],
    done: &HashSet<String>,
    timings: bool,
) -> (Vec<(usize, Outcome)>, StageTimes, usize) {
    let parsed: Vec<Result<Record<'_>, Outcome>> = batch
        .par_iter()
        .map(|(_, bytes)| parse_line(bytes, done))
        .collect();
    let texts: Vec<&str> = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .map(|r| r.text.as_deref().unwrap_or_default())
        .collect();
    let mut times = StageTimes::default();
    let mut bytes = 0;
    let docs = if timings {
        let (docs, spent): (Vec<Document>, Vec<StageTimes>) = texts
            .par_iter()
            .map(|t| annotator.annotate_timed(t))
            .unzip();
        for t in spent {
            times += t;
        }
        bytes = texts.iter().map(|t| t.len()).sum();
        docs
    } else {
        annotator.annotate_par(&texts)
    };
    let mut docs = docs.iter();
    let jobs: Vec<(usize, Job<'_>)> = batch
        .iter()
        .zip(&parsed)
        .map(|((line_no, _), p)| {
            let job = match p {
                Ok(record) => Ok((record, docs.next().expect("one document per text"))),
                Err(outcome) => Err(outcome),
            };
            (*line_no, job)
        })
        .collect();
    let results = jobs
        .into_par_iter()
        .map(|(line_no, job)| {
            let outcome = match job {
                Ok((record, doc)) => serialize(record, doc),
                Err(outcome) => outcome.clone(),
            };
            (line_no, outcome)
        })
        .collect();
    (results, times, bytes)
}

/// `--timings`: the bytes annotated, the time and throughput per thread,
/// and each stage's time and share, on stderr.
fn report_timings(tally: &Tally) {
    let total = tally.times.total().as_secs_f64();
    let rate = if total > 0.0 {
        tally.bytes as f64 / 1e6 / total
    } else {
        0.0
    };
    let size = if tally.bytes >= 1_000_000 {
        format!("{:.2} MB", tally.bytes as f64 / 1e6)
    } else {
        format!("{:.1} kB", tally.bytes as f64 / 1e3)
    };
    eprintln!(
        "timings: {size} annotated in {:.1} ms ({rate:.1} MB/s per thread): {}",
        total * 1e3,
        tally.times
    );
}

/// Parses one JSONL line into a record with a text, or says why it is
/// skipped or bad.
fn parse_line<'a>(bytes: &'a [u8], done: &HashSet<String>) -> Result<Record<'a>, Outcome> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let line = std::str::from_utf8(bytes).map_err(|e| {
        Outcome::Bad(format!(
            "not UTF-8: invalid byte at offset {} of the line",
            e.valid_up_to()
        ))
    })?;
    if line.trim().is_empty() {
        return Err(Outcome::Skipped { resumed: false });
    }
    let record: Record = serde_json::from_str(line).map_err(|e| {
        Outcome::Bad(if e.is_data() {
            format!("not a {{\"id\", \"text\"}} record: {e}")
        } else {
            format!("malformed JSON: {e}")
        })
    })?;
    if record.text.is_none() {
        return Err(Outcome::Bad("no \"text\" field".to_string()));
    }
    if record.id.is_some_and(|id| done.contains(id.get())) {
        return Err(Outcome::Skipped { resumed: true });
    }
    Ok(record)
}

/// One output line: the record's id and its document.
fn serialize(record: &Record<'_>, doc: &Document) -> Outcome {
    let output = RecordOutput {
        id: record.id.unwrap_or(RawValue::NULL),
        doc,
    };
    match serde_json::to_string(&output) {
        Ok(json) => Outcome::Line(json),
        Err(e) => Outcome::Bad(e.to_string()),
    }
}
