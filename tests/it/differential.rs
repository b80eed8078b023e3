//! The oracle test: every program in the corpus runs under `python3` and
//! under `minipy run`, and both must print the same stdout, the same stderr
//! (tracebacks and SyntaxError carets included) and exit with the same
//! status.

use crate::support::*;
use std::path::Path;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(20);

/// Extra command-line arguments a program asks for on its first line:
/// `# args: one two`.
pub fn args_of(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# args:"))
        .map(|rest| rest.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Compares one program; `None` when minipy agrees with CPython.
pub fn compare(file: &Path) -> Option<String> {
    let args = args_of(file);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let expected = run_script(python(), file, &args, LIMIT);
    let mut cmd = minipy();
    cmd.arg("run");
    let actual = run_script(cmd, file, &args, LIMIT);
    let name = shown(file);
    if actual.timed_out && !expected.timed_out {
        return Some(format!("{name}: minipy ran for more than {LIMIT:?}"));
    }
    if actual.stdout != expected.stdout {
        return Some(format!(
            "{name}: stdout differs\n{}",
            first_difference(&expected.stdout, &actual.stdout)
        ));
    }
    if actual.stderr != expected.stderr {
        return Some(format!(
            "{name}: stderr differs\n{}",
            first_difference(&expected.stderr, &actual.stderr)
        ));
    }
    if actual.status != expected.status {
        return Some(format!(
            "{name}: exit status {} (python3 gives {})",
            actual.status, expected.status
        ));
    }
    None
}

/// Modules that other programs import (`helper_*.py`, `pkg_*` packages)
/// are not programs of their own.
fn is_program(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with("helper_")
        && !file.components().any(|c| {
            c.as_os_str()
                .to_str()
                .is_some_and(|s| s.starts_with("pkg_"))
        })
}

fn compare_all(dirs: &[&str]) {
    let files: Vec<_> = dirs
        .iter()
        .flat_map(|d| python_files(d))
        .filter(|f| is_program(f))
        .collect();
    assert!(!files.is_empty(), "no programs found in {dirs:?}");
    let failures: Vec<String> = parallel_map(&files, |f| compare(f))
        .into_iter()
        .flatten()
        .collect();
    assert_no_failures("programs", files.len(), &failures);
}

#[test]
fn corpus_programs_match_cpython() {
    compare_all(&["tests/corpus", "tests/cases/run"]);
}

#[test]
fn examples_match_cpython() {
    compare_all(&["examples"]);
}
