//! Scores byline against gold files and prints a table.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/eval/sentences/*.json*
//! cargo run --release --example evaluate -- --json GOLD...
//! cargo run --release --example evaluate -- --floor sentences.golden_rules.exact=46 GOLD...
//! cargo run --release --example evaluate -- --verbose ../shared/eval/reader/reader-dev.jsonl
//! ```
//!
//! The format of each file is detected from its fields: a JSON array or one
//! JSON object per line. Each kind of gold data has its own module here,
//! which turns records into [`Section`]s of named metrics. `--floor
//! METRIC=MIN` makes the run fail when a metric is below `MIN` (or missing),
//! `--ceiling METRIC=MAX` when it is above `MAX`: that is how CI keeps
//! regression floors.

mod boilerplate;
mod entities;
mod quotes;
mod reader;
mod sentences;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use byline::Annotator;
use clap::Parser;
use serde_json::Value;

/// One block of the report: a dataset scored one way.
pub struct Section {
    /// What was scored, e.g. "sentences: golden rules (golden-rules-en.json)".
    pub title: String,
    /// Named figures, dotted names unique across the run
    /// (`sentences.gum.f1`); used by `--json` and `--floor`.
    pub metrics: Vec<(String, f64)>,
    /// Lines printed under the figures (failing ids, per-kind tables).
    pub notes: Vec<String>,
}

type Detect = fn(&Value) -> bool;
type Evaluate = fn(&Annotator, &str, &[Value]) -> Vec<Section>;

/// Every kind of gold data: a file is scored by each kind whose `detect`
/// accepts its first record (the seed gold has entities and quotes).
const KINDS: &[(Detect, Evaluate)] = &[
    (sentences::detect, sentences::evaluate),
    (entities::detect, entities::evaluate),
    (quotes::detect, quotes::evaluate),
    (boilerplate::detect, boilerplate::evaluate),
];

#[derive(Parser)]
#[command(about = "Score byline against gold annotation files")]
struct Args {
    /// Gold files (JSON array or JSONL); the format is detected.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one JSON object of all metrics instead of tables.
    #[arg(long)]
    json: bool,
    /// Fail unless METRIC >= MIN, e.g. sentences.golden_rules.exact=46.
    #[arg(long = "floor", value_name = "METRIC=MIN")]
    floors: Vec<String>,
    /// Fail unless METRIC <= MAX, e.g. entities.seed.false_people=0.
    #[arg(long = "ceiling", value_name = "METRIC=MAX")]
    ceilings: Vec<String>,
    /// Print every error behind the figures (false and missed names, wrong
    /// speakers) where a scorer lists them.
    #[arg(long)]
    verbose: bool,
}

static VERBOSE: AtomicBool = AtomicBool::new(false);

/// True when `--verbose` asked for every error to be listed.
pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

fn main() -> ExitCode {
    let args = Args::parse();
    VERBOSE.store(args.verbose, Ordering::Relaxed);
    let annotator = Annotator::new();
    let mut sections = Vec::new();
    let mut failed = false;
    for path in &args.files {
        match evaluate_file(&annotator, path) {
            Ok(mut s) => sections.append(&mut s),
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                failed = true;
            }
        }
    }

    if args.json {
        let all: serde_json::Map<String, Value> = sections
            .iter()
            .flat_map(|s| s.metrics.iter())
            .map(|(k, v)| (k.clone(), Value::from(*v)))
            .collect();
        println!("{}", Value::Object(all));
    } else {
        for s in &sections {
            print_section(s);
        }
    }

    let limits = args.floors.iter().map(|f| (f, Limit::Floor));
    let limits = limits.chain(args.ceilings.iter().map(|c| (c, Limit::Ceiling)));
    for (limit, kind) in limits {
        if let Err(msg) = check_limit(&sections, limit, kind) {
            eprintln!("limit failed: {msg}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn evaluate_file(annotator: &Annotator, path: &Path) -> Result<Vec<Section>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let records = parse_records(&text)?;
    let first = records.first().ok_or("no records")?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if reader::detect(&records) {
        return Ok(reader::evaluate(annotator, &name, &records));
    }
    let mut sections = Vec::new();
    let mut recognized = false;
    for (detect, evaluate) in KINDS {
        if detect(first) {
            recognized = true;
            sections.extend(evaluate(annotator, &name, &records));
        }
    }
    if !recognized {
        return Err("unrecognized gold format".into());
    }
    Ok(sections)
}

/// A JSON array, a single JSON object, or one JSON object per line.
fn parse_records(text: &str) -> Result<Vec<Value>, String> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return match serde_json::from_str(trimmed) {
            Ok(Value::Array(items)) => Ok(items),
            Ok(_) => Err("expected a JSON array".into()),
            Err(e) => Err(format!("invalid JSON: {e}")),
        };
    }
    if let Ok(v @ Value::Object(_)) = serde_json::from_str::<Value>(trimmed) {
        return Ok(vec![v]);
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

fn print_section(s: &Section) {
    println!("== {}", s.title);
    let width = s.metrics.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in &s.metrics {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            println!("  {k:<width$}  {v:.0}");
        } else {
            println!("  {k:<width$}  {v:.4}");
        }
    }
    for n in &s.notes {
        println!("  {n}");
    }
    println!();
}

/// Which side of a `--floor` or `--ceiling` a metric must stay on.
#[derive(Clone, Copy)]
enum Limit {
    Floor,
    Ceiling,
}

fn check_limit(sections: &[Section], limit: &str, kind: Limit) -> Result<(), String> {
    let (name, bound) = limit
        .split_once('=')
        .ok_or_else(|| format!("{limit:?} is not METRIC=VALUE"))?;
    let bound: f64 = bound
        .parse()
        .map_err(|_| format!("{limit:?}: {bound:?} is not a number"))?;
    let value = sections
        .iter()
        .flat_map(|s| s.metrics.iter())
        .find(|(k, _)| k == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("metric {name} was not measured"))?;
    match kind {
        Limit::Floor if value < bound => {
            Err(format!("{name} = {value:.4} is below the floor {bound}"))
        }
        Limit::Ceiling if value > bound => {
            Err(format!("{name} = {value:.4} is above the ceiling {bound}"))
        }
        Limit::Floor => {
            println!("floor ok: {name} = {value:.4} >= {bound}");
            Ok(())
        }
        Limit::Ceiling => {
            println!("ceiling ok: {name} = {value:.4} <= {bound}");
            Ok(())
        }
    }
}

/// Precision, recall and F1 from counts; 0 where undefined.
pub fn prf(true_pos: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        0.0
    } else {
        true_pos as f64 / predicted as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        true_pos as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}
