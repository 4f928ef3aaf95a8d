//! The annotate example at the edges, run as a user would: a JSONL file
//! starting with a byte-order mark, output into a closed pipe, an
//! interrupted batch and its `--resume`, an empty folder, a symbolic link
//! loop, `--format text` with `--jsonl`.
//!
//! The binary is the one `cargo test` builds with the examples
//! (`target/debug/examples/annotate`); run `cargo build --example annotate`
//! first when running this file alone.
#![cfg(unix)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn annotate_bin() -> PathBuf {
    // target/debug/deps/cli-HASH -> target/debug/examples/annotate
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .unwrap()
        .join("examples")
        .join(format!("annotate{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} is missing: `cargo test` builds it, or run `cargo build --example annotate`",
        bin.display()
    );
    bin
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("byline-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(annotate_bin()).args(args).output().unwrap()
}

/// `n` JSONL records with ids `doc-0`..: short news texts with names and
/// quotes, so that each takes some annotating.
fn records(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let text = format!(
            "LONDON (Reuters) - “We will not back down {i},” said Jane Roe, a spokeswoman for \
             the ministry.\nMr. Smith of Acme Corp. told reporters in New York on Monday that \
             the plan, number {i}, was “a disgrace.” He left for Paris."
        );
        s.push_str(&serde_json_line(&format!("doc-{i}"), &text));
    }
    s
}

fn serde_json_line(id: &str, text: &str) -> String {
    let mut line = serde_json::json!({ "id": id, "text": text }).to_string();
    line.push('\n');
    line
}

/// The ids of JSONL output, checking that every line is a complete record.
fn ids(output: &str) -> Vec<String> {
    output
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("incomplete output line ({e}): {line:?}"));
            assert!(v.get("sentences").is_some(), "not a document: {line:?}");
            v["id"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Starts annotating `input` as JSONL, waits for the first output line,
/// sends `signal`, and returns the exit code, the output and stderr.
fn interrupted(input: &Path, extra: &[&str], signal: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(annotate_bin())
        .arg("--jsonl")
        .arg(input)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut out = String::new();
    stdout.read_line(&mut out).unwrap();
    assert!(!out.is_empty(), "no output before the signal");
    let killed = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    stdout.read_to_string(&mut out).unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    (status.code(), out, err)
}

#[test]
fn a_jsonl_file_starting_with_a_bom_keeps_its_first_record() {
    let dir = temp_dir("bom");
    let path = dir.join("in.jsonl");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json_line("first", "One. Two.").as_bytes());
    bytes.extend(serde_json_line("second", "Three.").as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let out = run(&["--jsonl".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        ids(&String::from_utf8(out.stdout).unwrap()),
        ["first", "second"]
    );

    // the same from standard input
    let mut child = Command::new(annotate_bin())
        .args(["--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        ids(&String::from_utf8(out.stdout).unwrap()),
        ["first", "second"]
    );

    // a BOM anywhere else is still an error, reported with its line
    let mut bytes = serde_json_line("first", "One.").into_bytes();
    bytes.extend(b"\xEF\xBB\xBF");
    bytes.extend(serde_json_line("second", "Two.").as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let out = run(&["--jsonl".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("in.jsonl:2: malformed JSON"), "{err}");
    assert_eq!(ids(&String::from_utf8(out.stdout).unwrap()), ["first"]);
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = temp_dir("pipe");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, records(3000)).unwrap();
    let mut child = Command::new(annotate_bin())
        .arg("--jsonl")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -1`: read one line, then close the pipe
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(ids(&first), ["doc-0"]);
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "stderr: {err}");
}

#[test]
fn an_interrupted_run_leaves_only_complete_lines() {
    let dir = temp_dir("interrupt");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, records(3000)).unwrap();
    let (code, out, err) = interrupted(&path, &[], "-TERM");
    assert_eq!(code, Some(130), "{err}");
    let done = ids(&out);
    assert!(done.len() < 3000, "the run ended before the signal");
    let said = format!("interrupted: {} records written", done.len());
    assert!(err.contains(&said), "stderr {err:?}, want {said:?}");
    // in input order, from the first
    assert!(done
        .iter()
        .enumerate()
        .all(|(i, id)| *id == format!("doc-{i}")));
}

#[test]
fn resume_completes_an_interrupted_run() {
    let dir = temp_dir("resume");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, records(3000)).unwrap();
    let full = run(&["--jsonl".as_ref(), path.as_os_str()]);
    assert!(full.status.success());
    let full = String::from_utf8(full.stdout).unwrap();
    let all: Vec<String> = ids(&full);
    assert_eq!(all.len(), 3000);

    let (code, first, err) = interrupted(&path, &[], "-INT");
    assert_eq!(code, Some(130), "{err}");
    let part = dir.join("part.jsonl");
    std::fs::write(&part, &first).unwrap();
    let rest = run(&[
        "--jsonl".as_ref(),
        path.as_os_str(),
        "--resume".as_ref(),
        part.as_os_str(),
    ]);
    assert!(
        rest.status.success(),
        "{}",
        String::from_utf8_lossy(&rest.stderr)
    );
    let (first, rest) = (ids(&first), ids(&String::from_utf8(rest.stdout).unwrap()));
    assert!(!first.is_empty() && !rest.is_empty());
    assert_eq!(
        first.len() + rest.len(),
        all.len(),
        "a record was done twice or never"
    );
    let union: BTreeSet<&String> = first.iter().chain(&rest).collect();
    assert_eq!(union, all.iter().collect::<BTreeSet<_>>());

    // resuming a finished run annotates nothing, and that is success
    let full_out = dir.join("full.jsonl");
    std::fs::write(&full_out, &full).unwrap();
    let again = run(&[
        "--jsonl".as_ref(),
        path.as_os_str(),
        "--resume".as_ref(),
        full_out.as_os_str(),
    ]);
    assert!(again.stdout.is_empty());
    assert!(again.status.success());
}

#[test]
fn a_folder_without_text_files_is_an_error() {
    let dir = temp_dir("empty");
    std::fs::write(dir.join("notes.md"), "not a .txt").unwrap();
    let out = run(&[dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no .txt files"), "{err}");
    assert!(err.contains("nothing was annotated"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_symlink_loop_is_reported_and_not_followed() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("a/b")).unwrap();
    std::fs::write(dir.join("a/b/story.txt"), "Jane Roe spoke. She left.").unwrap();
    std::os::unix::fs::symlink("..", dir.join("a/b/up")).unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("a/dangling")).unwrap();
    std::fs::write(dir.join("z.txt"), "Last one.").unwrap();
    let out = run(&[dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("up: symbolic link loops back to"), "{err}");
    assert!(err.contains("dangling: "), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let files: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].to_string())
        .collect();
    // each article once, the walk going on after the bad entries
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("story.txt\"") && files[1].ends_with("z.txt\""));
}

#[test]
fn format_text_with_jsonl_says_it_does_not_apply() {
    let dir = temp_dir("format");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, records(1)).unwrap();
    let out = run(&[
        "--format".as_ref(),
        "text".as_ref(),
        "--jsonl".as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--format text does not apply to --jsonl"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn timings_report_every_stage_and_leave_the_output_alone() {
    let dir = temp_dir("timings");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, records(20)).unwrap();
    let article = dir.join("article.txt");
    std::fs::write(
        &article,
        "“We will appeal,” said Jane Roe in London. She left.\n",
    )
    .unwrap();
    let runs: [Vec<&std::ffi::OsStr>; 2] = [
        vec!["--jsonl".as_ref(), input.as_os_str()],
        vec![article.as_os_str()],
    ];
    for args in runs {
        let plain = run(&args);
        let timed = run(&[&["--timings".as_ref()], &args[..]].concat());
        assert!(plain.status.success() && timed.status.success());
        assert_eq!(timed.stdout, plain.stdout, "--timings changed the output");
        assert!(plain.stderr.is_empty(), "no timings unless asked");
        let stderr = String::from_utf8(timed.stderr).unwrap();
        let line = stderr
            .lines()
            .find(|l| l.starts_with("timings: "))
            .unwrap_or_else(|| panic!("no timings line: {stderr:?}"));
        // the stages in pipeline order, each with its time and share
        let stages: Vec<&str> = line
            .split_once("): ")
            .unwrap_or_else(|| panic!("no stages: {line}"))
            .1
            .split(", ")
            .map(|s| s.split(' ').next().unwrap())
            .collect();
        assert_eq!(
            stages,
            [
                "sentences",
                "boilerplate",
                "entities",
                "coreference",
                "quotes"
            ],
            "{line}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
