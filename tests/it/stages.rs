//! Stages 1 to 3 against CPython: `minipy tokens`, `minipy ast` and
//! `minipy symbols` must print what `python3 -m tokenize`, `ast.dump` and
//! the `symtable` module give, for every program the tests know. Stage 4
//! (`minipy dis`) cannot match byte for byte, since CPython's offsets count
//! inline caches and its specialising opcodes differ; it is pinned by
//! snapshots that a reviewer compares with `python3 -m dis`.

use crate::support::*;
use minipy_driver::Outcome;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

/// Every program used by any test: the corpus, the examples and the cases.
fn all_programs() -> Vec<PathBuf> {
    ["tests/corpus", "tests/cases", "examples"]
        .iter()
        .flat_map(|d| python_files(d))
        .collect()
}

/// CPython's output for each file, or `None` where CPython rejects it.
fn oracle(mode: &str, files: &[PathBuf]) -> HashMap<PathBuf, Option<String>> {
    let mut cmd = python();
    cmd.arg(repo_root().join("tests/tools/oracle.py"))
        .arg(mode)
        .args(files);
    let out = run(cmd, &repo_root(), Duration::from_secs(600));
    assert_eq!(out.status, 0, "oracle.py failed:\n{}", out.stderr);
    let mut results = HashMap::new();
    for chunk in out.stdout.split("\0FILE ").skip(1) {
        let (path, body) = chunk.split_once('\n').unwrap();
        let body = (body != "\0ERROR\n").then(|| body.to_string());
        results.insert(PathBuf::from(path), body);
    }
    results
}

fn check_stage(mode: &str, command: fn(&str) -> Outcome) {
    let files = all_programs();
    let expected = oracle(mode, &files);
    // Python's `tokenize` module is more lenient than the real tokenizer:
    // on a lexical error it goes on with ERRORTOKENs. minipy, like the
    // tokenizer CPython compiles with, stops with the SyntaxError, which
    // is right whenever CPython cannot compile the file either.
    let compiles = if mode == "tokens" {
        oracle("ast", &files)
    } else {
        HashMap::new()
    };
    let failures: Vec<String> = parallel_map(&files, |file| {
        let path = file.to_str().unwrap().to_string();
        let outcome = minipy_driver::with_big_stack(move || command(&path));
        let name = shown(file);
        match &expected[file] {
            Some(text) if outcome.status == 0 && &outcome.stdout == text => None,
            Some(text) if outcome.status == 0 => Some(format!(
                "{name}\n{}",
                first_difference(text, &outcome.stdout)
            )),
            Some(_) if compiles.get(file).is_some_and(Option::is_none) => None,
            Some(_) => Some(format!(
                "{name}: minipy failed where CPython did not:\n{}",
                outcome.stderr
            )),
            None if outcome.status == 1 => None,
            None => Some(format!(
                "{name}: CPython rejects this file, minipy does not"
            )),
        }
    })
    .into_iter()
    .flatten()
    .collect();
    assert_no_failures(&format!("`minipy {mode}` outputs"), files.len(), &failures);
}

/// Every file of CPython's own standard library: `minipy check` accepts
/// exactly the files `compile()` accepts (the whole grammar, every
/// compile-time error, source encodings).
#[test]
fn check_agrees_with_cpython_on_its_standard_library() {
    let mut cmd = python();
    cmd.args([
        "-c",
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
    ]);
    let stdlib = run(cmd, &repo_root(), Duration::from_secs(60))
        .stdout
        .trim()
        .to_string();
    let mut files = Vec::new();
    let mut dirs = vec![PathBuf::from(&stdlib)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("site-packages") {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(
        files.len() > 1000,
        "found only {} files under {stdlib}",
        files.len()
    );
    let expected = oracle("compiles", &files);
    let failures: Vec<String> = parallel_map(&files, |file| {
        let path = file.to_str().unwrap().to_string();
        let outcome = minipy_driver::with_big_stack(move || minipy_driver::check_command(&path));
        let cpython_ok = expected[file].is_some();
        let minipy_ok = outcome.status == 0;
        (cpython_ok != minipy_ok || !matches!(outcome.status, 0 | 1)).then(|| {
            format!(
                "{}: CPython {}, minipy {}\n{}",
                file.display(),
                if cpython_ok { "accepts" } else { "rejects" },
                if minipy_ok { "accepts" } else { "rejects" },
                outcome.stderr
            )
        })
    })
    .into_iter()
    .flatten()
    .collect();
    assert_no_failures("standard library files", files.len(), &failures);
}

#[test]
fn tokens_match_python_tokenize() {
    check_stage("tokens", minipy_driver::tokens_command);
}

#[test]
fn ast_matches_python_ast_dump() {
    check_stage("ast", minipy_driver::ast_command);
}

#[test]
fn symbols_match_python_symtable() {
    check_stage("symbols", minipy_driver::symbols_command);
}

/// What `minipy STAGE FILE` prints for each of `tests/cases/STAGE/*.py`,
/// run from that directory so that paths are relative, held in snapshots.
fn stage_snapshots(stage: &str) {
    let dir = repo_root().join("tests/cases").join(stage);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo_root().join("tests/it/snapshots").join(stage));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!(dir.as_path(), "*.py", |path| {
            let mut cmd = minipy();
            cmd.arg(stage);
            let out = run_script(cmd, path, &[], Duration::from_secs(20));
            let shown = format!(
                "{}--- stderr ---\n{}--- exit status: {} ---\n",
                out.stdout,
                out.stderr.replace(&format!("{}/", dir.display()), ""),
                out.status
            );
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            insta::assert_snapshot!(name, shown);
        });
    });
}

#[test]
fn tokens_snapshots() {
    stage_snapshots("tokens");
}

#[test]
fn ast_snapshots() {
    stage_snapshots("ast");
}

#[test]
fn symbols_snapshots() {
    stage_snapshots("symbols");
}

#[test]
fn dis_snapshots() {
    stage_snapshots("dis");
}

#[test]
fn run_snapshots() {
    stage_snapshots("run");
}
