//! The learner programs in `examples/` against their checked-in expected outputs.
//!
//! For every `examples/NAME.py`:
//! - `NAME.out` is what `python3 NAME.py` prints on stdout (run from inside
//!   `examples/`, with `PYTHONHASHSEED=0`); both CPython and `minipy run`
//!   must print exactly that.
//! - `NAME.err`, when present, is its stderr; the program must then exit
//!   with a non-zero status (the same under both), and without it with 0.
//!   Tracebacks name the script by its absolute path, so the examples
//!   directory is stored as `<examples>`.
//! - `NAME.tokens.txt`, `NAME.ast.txt`, `NAME.symbols.txt` and
//!   `NAME.dis.txt`, when present, are what `minipy <stage> NAME.py` prints
//!   from inside `examples/`, and `NAME.adaptive.txt` what
//!   `minipy dis --adaptive NAME.py` prints. The book includes these files.
//!
//! `MINIPY_BLESS=1 cargo test --test it examples` rewrites the expected
//! files from the current outputs instead of failing: `.out` and `.err`
//! from `python3`, the stage files from `minipy`. To add a stage file,
//! create it empty and bless. Without `python3` on the machine, the
//! CPython comparisons are skipped with a warning; the rest still runs.

use crate::support::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The stages with golden files, as `NAME.<kind>.txt`, and the `minipy`
/// arguments that print them.
const STAGES: [(&str, &[&str]); 5] = [
    ("tokens", &["tokens"]),
    ("ast", &["ast"]),
    ("symbols", &["symbols"]),
    ("dis", &["dis"]),
    ("adaptive", &["dis", "--adaptive"]),
];

/// What stands for the examples directory in `.err` files.
const PLACEHOLDER: &str = "<examples>";

const LIMIT: Duration = Duration::from_secs(60);

fn examples_dir() -> PathBuf {
    repo_root().join("examples")
}

fn blessing() -> bool {
    std::env::var("MINIPY_BLESS").is_ok_and(|v| v == "1")
}

/// Is CPython there to be the oracle? Says so loudly when it is not.
fn python_available() -> bool {
    let mut cmd = python();
    cmd.arg("--version");
    let ok = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        loud(
            "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
             !! WARNING: python3 (or $MINIPY_PYTHON) cannot be run.                !!\n\
             !! The examples are NOT being compared with CPython; only minipy's    !!\n\
             !! output is checked against the expected files.                      !!\n\
             !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n",
        );
    }
    ok
}

/// Writes to the real stderr, past the test harness's output capture, so
/// the message shows even when the test passes.
fn loud(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// Replaces the absolute path of `examples/` (as given and as the OS
/// resolves it) with the placeholder.
fn hide_paths(text: &str) -> String {
    let dir = examples_dir();
    let mut forms = vec![dir.display().to_string()];
    if let Ok(real) = dir.canonicalize() {
        forms.push(real.display().to_string());
    }
    // Longest first, so one form is never replaced inside another.
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut text = text.to_string();
    for form in forms {
        text = text.replace(&form, PLACEHOLDER);
    }
    text
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", shown(path)));
}

/// `examples/NAME.ext` for the program `examples/NAME.py`.
fn sibling(program: &Path, ext: &str) -> PathBuf {
    program.with_extension(ext)
}

/// Compares one text with its expected file, or rewrites the file.
fn check_text(file: &Path, actual: &str, what: &str, bless: bool, failures: &mut Vec<String>) {
    if bless {
        if read(file).as_deref() != Some(actual) {
            write(file, actual);
            loud(&format!("blessed {}", shown(file)));
        }
        return;
    }
    match read(file) {
        None => failures.push(format!("{}: missing (expected {what})", shown(file))),
        Some(expected) if expected != actual => failures.push(format!(
            "{}: {what} differs\n{}",
            shown(file),
            first_difference(&expected, actual).replace("\n  python3:\n", "\n  expected:\n")
        )),
        Some(_) => {}
    }
}

/// Runs `cmd NAME.py` from inside `examples/`.
fn run_program(cmd: std::process::Command, program: &Path) -> Output {
    let out = run_script(cmd, program, &[], LIMIT);
    assert!(!out.timed_out, "{} timed out", shown(program));
    out
}

/// Checks one interpreter's run of a program against `NAME.out`/`NAME.err`.
fn check_run(who: &str, out: &Output, program: &Path, failures: &mut Vec<String>) {
    let name = shown(program);
    let expected_out = read(&sibling(program, "out")).unwrap_or_default();
    let expected_err = read(&sibling(program, "err"));
    if out.stdout != expected_out {
        failures.push(format!(
            "{name}: `{who}` stdout differs from {}\n{}",
            shown(&sibling(program, "out")),
            first_difference(&expected_out, &out.stdout)
                .replace("\n  python3:\n", "\n  expected:\n")
                .replace("\n  minipy:\n", &format!("\n  {who}:\n"))
        ));
    }
    match &expected_err {
        None if out.status != 0 => failures.push(format!(
            "{name}: `{who}` exited with status {} (expected 0, as there is no .err file); stderr:\n{}",
            out.status, out.stderr
        )),
        Some(_) if out.status == 0 => failures.push(format!(
            "{name}: `{who}` exited with status 0, but the .err file expects an error"
        )),
        _ => {}
    }
    if let Some(expected) = expected_err {
        let actual = hide_paths(&out.stderr);
        if actual != expected {
            failures.push(format!(
                "{name}: `{who}` stderr differs from {}\n{}",
                shown(&sibling(program, "err")),
                first_difference(&expected, &actual)
                    .replace("\n  python3:\n", "\n  expected:\n")
                    .replace("\n  minipy:\n", &format!("\n  {who}:\n"))
            ));
        }
    } else if !out.stderr.is_empty() && out.status == 0 {
        failures.push(format!("{name}: `{who}` wrote to stderr:\n{}", out.stderr));
    }
}

fn check_program(program: &Path, have_python: bool, bless: bool) -> Vec<String> {
    let mut failures = Vec::new();
    let name = shown(program);
    if !bless && !sibling(program, "out").exists() {
        failures.push(format!(
            "{name}: no {} (create it with MINIPY_BLESS=1)",
            shown(&sibling(program, "out"))
        ));
    }

    let cpython = have_python.then(|| run_program(python(), program));
    let mut minipy_run = minipy();
    minipy_run.arg("run");
    let ours = run_program(minipy_run, program);

    if bless {
        match &cpython {
            Some(py) => {
                check_text(
                    &sibling(program, "out"),
                    &py.stdout,
                    "",
                    true,
                    &mut failures,
                );
                let err_file = sibling(program, "err");
                if py.status != 0 {
                    check_text(&err_file, &hide_paths(&py.stderr), "", true, &mut failures);
                } else if err_file.exists() {
                    std::fs::remove_file(&err_file).expect("removing a stale .err file");
                    loud(&format!("removed {}", shown(&err_file)));
                }
            }
            None => failures.push(format!(
                "{name}: cannot bless .out/.err files without python3"
            )),
        }
    }

    if let Some(py) = &cpython {
        if !bless {
            check_run("python3", py, program, &mut failures);
        }
        if py.status != ours.status {
            failures.push(format!(
                "{name}: exit status: python3 {}, minipy {}",
                py.status, ours.status
            ));
        }
    }
    if !bless || cpython.is_some() {
        check_run("minipy", &ours, program, &mut failures);
    }

    for (kind, args) in STAGES {
        let golden = sibling(program, &format!("{kind}.txt"));
        if !golden.exists() {
            continue;
        }
        let stage = args.join(" ");
        let mut cmd = minipy();
        cmd.args(args);
        let out = run_program(cmd, program);
        if out.status != 0 {
            failures.push(format!(
                "{name}: `minipy {stage}` failed with status {}:\n{}",
                out.status, out.stderr
            ));
            continue;
        }
        check_text(
            &golden,
            &out.stdout,
            &format!("the output of `minipy {stage}`"),
            bless,
            &mut failures,
        );
    }
    failures
}

/// Every file in `examples/` must belong to a program and be one of the
/// kinds this test checks, so nothing there goes stale unnoticed.
fn stray_files(programs: &[PathBuf]) -> Vec<String> {
    let mut failures = Vec::new();
    let entries = std::fs::read_dir(examples_dir()).expect("examples/ exists");
    for entry in entries.flatten() {
        let path = entry.path();
        let file = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if file != "__pycache__" {
                failures.push(format!("examples/{file}: unexpected directory"));
            }
            continue;
        }
        let Some((stem, kind)) = file.split_once('.') else {
            failures.push(format!("examples/{file}: unexpected file"));
            continue;
        };
        let known = kind == "py"
            || kind == "out"
            || kind == "err"
            || STAGES.iter().any(|(s, _)| kind == format!("{s}.txt"));
        if !known {
            failures.push(format!(
                "examples/{file}: not a kind of file the tests check"
            ));
        } else if !programs.contains(&examples_dir().join(format!("{stem}.py"))) {
            failures.push(format!(
                "examples/{file}: no examples/{stem}.py it belongs to"
            ));
        }
    }
    failures
}

/// Golden-file tests for the example programs (see the module comment).
#[test]
fn examples_match_expected_files() {
    let programs = python_files("examples");
    assert!(!programs.is_empty(), "no programs in examples/");
    let have_python = python_available();
    let bless = blessing();
    let mut failures: Vec<String> =
        parallel_map(&programs, |p| check_program(p, have_python, bless))
            .into_iter()
            .flatten()
            .collect();
    failures.extend(stray_files(&programs));
    assert_no_failures(
        "example programs (rerun with MINIPY_BLESS=1 to accept new outputs)",
        programs.len(),
        &failures,
    );
}
