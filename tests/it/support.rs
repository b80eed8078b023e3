//! Helpers the integration tests share: running `minipy` and `python3`
//! with a time limit, finding test programs, and running work in parallel.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a process printed and how it ended. `status` is -1 when a signal
/// killed it; `timed_out` when the test killed it for running too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
    pub timed_out: bool,
}

impl Output {
    /// The last line of stderr (the exception or error message).
    pub fn last_error_line(&self) -> &str {
        self.stderr.lines().last().unwrap_or("")
    }

    /// True if the process died the way no input may make minipy die.
    pub fn crashed(&self) -> bool {
        self.status < 0
            || self.stderr.contains("panicked at")
            || self.stderr.contains("stack overflow")
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `minipy` binary Cargo built for these tests.
pub fn minipy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minipy"))
}

/// CPython, the oracle: `$MINIPY_PYTHON` or `python3` from `PATH`.
pub fn python() -> Command {
    let mut cmd = Command::new(std::env::var("MINIPY_PYTHON").unwrap_or_else(|_| "python3".into()));
    // Keep CPython from writing `__pycache__` into the test tree, and fix
    // its string hashes, which minipy always computes as with seed 0.
    cmd.env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0");
    cmd
}

/// Runs `cmd` in `dir`, feeding it nothing on stdin, and kills it after
/// `limit`.
pub fn run(mut cmd: Command, dir: &Path, limit: Duration) -> Output {
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for a child process") {
            break status;
        }
        if start.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("waiting for a killed child process");
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    Output {
        stdout: text(out_reader.join().unwrap()),
        stderr: text(err_reader.join().unwrap()),
        status: status.code().unwrap_or(-1),
        timed_out,
    }
}

/// Runs a script the way a user would: from its own directory, by name.
pub fn run_script(mut cmd: Command, script: &Path, args: &[&str], limit: Duration) -> Output {
    let dir = script.parent().unwrap();
    cmd.arg(script.file_name().unwrap()).args(args);
    run(cmd, dir, limit)
}

/// Every `.py` file under `dir` (relative to the repository), sorted.
pub fn python_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo_root().join(dir), &mut out);
    out.sort();
    out
}

/// The path of `file` relative to the repository, for messages.
pub fn shown(file: &Path) -> String {
    file.strip_prefix(repo_root())
        .unwrap_or(file)
        .display()
        .to_string()
}

/// Applies `work` to every item on all cores, keeping the order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= items.len() {
                        break;
                    }
                    let r = work(&items[i]);
                    *results[i].lock().unwrap() = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().unwrap())
        .collect()
}

/// Fails the test with every problem found, not just the first.
pub fn assert_no_failures(what: &str, checked: usize, failures: &[String]) {
    if !failures.is_empty() {
        panic!(
            "{} of {checked} {what} failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

/// A short unified-style view of where two texts differ.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let i = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let context = |lines: &[&str]| {
        lines
            .iter()
            .skip(i.saturating_sub(2))
            .take(5)
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "  first difference at line {}\n  python3:\n{}\n  minipy:\n{}",
        i + 1,
        context(&e),
        context(&a)
    )
}
