//! The command line itself: exit statuses, messages for files that cannot
//! be run, arguments passed to the program.

use crate::support::*;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(20);

/// A program written to a directory of its own, removed when the test is
/// done with it (the tests run in parallel, so each gets its own).
struct Scratch(std::path::PathBuf);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;

    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn scratch(name: &str, text: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!(
        "minipy-cli-{}-{}",
        std::process::id(),
        name.trim_end_matches(".py")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    Scratch(path)
}

#[test]
fn missing_file_exits_2_like_python() {
    let dir = std::env::temp_dir();
    for stage in ["run", "tokens", "ast", "symbols", "dis", "check"] {
        let mut cmd = minipy();
        cmd.args([stage, "no_such_file.py"]);
        let out = run(cmd, &dir, LIMIT);
        assert_eq!(out.status, 2, "minipy {stage}: {out:?}");
        let mut py = python();
        py.arg("no_such_file.py");
        let expected = run(py, &dir, LIMIT);
        // CPython names itself first: compare from "can't open file" on.
        let tail = |s: &str| s[s.find("can't open file").unwrap()..].to_string();
        assert_eq!(tail(&out.stderr), tail(&expected.stderr), "minipy {stage}");
    }
}

#[test]
fn arguments_reach_sys_argv() {
    let file = scratch(
        "argv.py",
        "import sys\nprint(sys.argv[1:])\nprint(len(sys.argv))\n",
    );
    let mut cmd = minipy();
    cmd.arg("run");
    let out = run_script(cmd, &file, &["one", "--two", "-3"], LIMIT);
    assert_eq!(out.stdout, "['one', '--two', '-3']\n4\n", "{out:?}");
}

#[test]
fn exit_status_follows_sys_exit() {
    for (source, status) in [
        ("import sys\nsys.exit(3)\n", 3),
        ("raise SystemExit('bye')\n", 1),
        ("pass\n", 0),
    ] {
        let file = scratch("exit.py", source);
        let mut cmd = minipy();
        cmd.arg("run");
        let out = run_script(cmd, &file, &[], LIMIT);
        let expected = run_script(python(), &file, &[], LIMIT);
        assert_eq!(
            (out.status, &out.stderr),
            (status, &expected.stderr),
            "{source}"
        );
    }
}

#[test]
fn every_stage_reports_a_syntax_error_with_status_1() {
    let file = scratch("bad.py", "x = (1,\n");
    for stage in ["ast", "symbols", "dis", "check", "run"] {
        let mut cmd = minipy();
        cmd.arg(stage);
        let out = run_script(cmd, &file, &[], LIMIT);
        assert_eq!(out.status, 1, "minipy {stage}: {out:?}");
        assert_eq!(
            out.last_error_line(),
            "SyntaxError: '(' was never closed",
            "minipy {stage}"
        );
    }
}

#[test]
fn no_subcommand_prints_usage() {
    let out = run(minipy(), &std::env::temp_dir(), LIMIT);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("Usage: minipy"), "{}", out.stderr);
}

/// Local time follows the `TZ` of the environment, as in CPython: a zone
/// east of UTC, one west of it with summer time, and one in the southern
/// hemisphere. Skipped where the system has no time zone database.
#[test]
fn local_time_follows_tz_like_cpython() {
    let program = repo_root().join("tests/corpus/stdlib_time/local_time_zones.py");
    for zone in [
        "Europe/Paris",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Tokyo",
    ] {
        if !std::path::Path::new("/usr/share/zoneinfo")
            .join(zone)
            .exists()
        {
            eprintln!("no time zone data for {zone}; skipped");
            continue;
        }
        let mut py = python();
        py.env("TZ", zone);
        let expected = run_script(py, &program, &[], LIMIT);
        let mut mp = minipy();
        mp.env("TZ", zone).arg("run");
        let actual = run_script(mp, &program, &[], LIMIT);
        assert_eq!(actual.stdout, expected.stdout, "TZ={zone}");
        assert_eq!(actual.status, expected.status, "TZ={zone}");
    }
}
