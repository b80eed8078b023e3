//! No input may crash minipy: no panic, no stack overflow, no hang.
//! Extreme programs are compared with CPython; mutated programs must give
//! an ordinary error or run.

use crate::support::*;
use std::path::PathBuf;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Programs at the limits of nesting and size, each compared with CPython
/// on exit status and last error line.
fn extreme_programs() -> Vec<(&'static str, String)> {
    let nested = |open: &str, close: &str, n: usize| {
        format!(
            "x = {}1{}\nprint('done')\n",
            open.repeat(n),
            close.repeat(n)
        )
    };
    let mut blocks = String::new();
    for depth in 0..25 {
        blocks.push_str(&"    ".repeat(depth));
        blocks.push_str("for i in range(1):\n");
    }
    blocks.push_str(&"    ".repeat(25));
    blocks.push_str("pass\n");
    let mut indents = String::new();
    for depth in 0..120 {
        indents.push_str(&" ".repeat(depth));
        indents.push_str("if True:\n");
    }
    indents.push_str(&" ".repeat(120));
    indents.push_str("pass\n");
    vec![
        ("parens_199", nested("(", ")", 199)),
        ("parens_200", nested("(", ")", 200)),
        ("lists_1000", nested("[", "]", 1000)),
        (
            "unary_minus_5000",
            format!("print({}1)\n", "-".repeat(5000)),
        ),
        (
            "unary_not_100000",
            format!("print({}1)\n", "not ".repeat(100_000)),
        ),
        (
            "sum_of_50000_terms",
            format!("print({}1)\n", "1+".repeat(50_000)),
        ),
        (
            "call_chain_20000",
            format!("f = lambda: f\nprint(f{} is f)\n", "()".repeat(20_000)),
        ),
        (
            "attribute_chain_50000",
            format!("print(1{})\n", ".real".repeat(50_000)),
        ),
        ("statically_nested_blocks", blocks),
        ("indent_levels_120", indents),
        (
            "lambda_nesting_1000",
            format!("f = {}1\nprint('ok')\n", "lambda: ".repeat(1000)),
        ),
        (
            "recursion",
            "def f(n):\n    return f(n + 1)\nf(0)\n".to_string(),
        ),
        (
            "mutual_recursion",
            "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n".to_string(),
        ),
        (
            "recursion_in_repr",
            "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n"
                .to_string(),
        ),
        (
            "nested_list_repr",
            "x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)) > 0)\n".to_string(),
        ),
        (
            "nested_list_compare",
            "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n"
                .to_string(),
        ),
        (
            // Freeing: dict entries and instance dicts go through the
            // trashcan like list items.
            "nested_dicts_and_instances_freed",
            "d = {}\nfor i in range(300000):\n    d = {'k': d}\ndel d\nclass A: pass\na = A()\nfor i in range(300000):\n    b = A()\n    b.next = a\n    a = b\ndel a, b\nprint('freed')\n"
                .to_string(),
        ),
        (
            "huge_int_power",
            "x = 7 ** 20000\nprint(len(str(x)))\n".to_string(),
        ),
        ("empty", String::new()),
        ("only_comment", "# nothing\n".to_string()),
        ("nul_byte", "x = 1\x00\n".to_string()),
        ("tab_mix", "if True:\n\tx = 1\n        y = 2\n".to_string()),
    ]
}

/// Resuming a generator or coroutine runs a nested eval loop on the native
/// stack, one per level of `yield from` or `await`. With the recursion
/// limit raised far beyond what the stack holds, minipy must still end with
/// a RecursionError. (CPython itself crashes on these, so there is nothing
/// to compare with.)
#[test]
fn deep_generator_and_coroutine_nesting_raise_recursion_error() {
    let source = r#"import sys
sys.setrecursionlimit(10**7)
def g(n):
    return (yield from g(n - 1)) + 1 if n else 0
async def c(n):
    return 1 + await c(n - 1) if n else 0
for make in (lambda: g(10**6), lambda: c(10**6)):
    try:
        make().send(None)
    except StopIteration:
        print('finished')
    except RecursionError as e:
        print('RecursionError:', e)
"#;
    let file = scratch_dir().join("deep_native_nesting.py");
    std::fs::write(&file, source).unwrap();
    let mut cmd = minipy();
    cmd.arg("run");
    let out = run_script(cmd, &file, &[], LIMIT);
    assert!(
        !out.crashed() && !out.timed_out,
        "minipy crashed or hung: {out:?}"
    );
    assert_eq!(
        out.stdout,
        "RecursionError: maximum recursion depth exceeded\n".repeat(2),
        "{out:?}"
    );
}

#[test]
fn extreme_programs_fail_like_cpython() {
    let dir = scratch_dir();
    let cases = extreme_programs();
    let failures: Vec<String> = parallel_map(&cases, |(name, source)| {
        let file = dir.join(format!("{name}.py"));
        std::fs::write(&file, source).unwrap();
        let expected = run_script(python(), &file, &[], LIMIT);
        let mut cmd = minipy();
        cmd.arg("run");
        let actual = run_script(cmd, &file, &[], LIMIT);
        if actual.crashed() || actual.timed_out {
            return Some(format!("{name}: minipy crashed or hung: {actual:?}"));
        }
        let same = actual.status == expected.status
            && actual.stdout == expected.stdout
            && actual.last_error_line() == expected.last_error_line();
        (!same).then(|| {
            format!(
                "{name}: python3 gave status {} / {:?}, minipy gave status {} / {:?}",
                expected.status,
                expected.last_error_line(),
                actual.status,
                actual.last_error_line()
            )
        })
    })
    .into_iter()
    .flatten()
    .collect();
    assert_no_failures("extreme programs", cases.len(), &failures);
}

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "=",
    "\n",
    "    ",
    "\t",
    "'",
    "\"",
    "\"\"\"",
    "\\",
    "#",
    "lambda",
    "def ",
    "class ",
    "if ",
    "else",
    "for ",
    "in ",
    "yield",
    "return",
    "*",
    "**",
    "@",
    "f'",
    "{x}",
    "0x",
    "1e",
    "_",
    "not ",
    "async ",
    "await ",
    "match ",
    "case ",
    "global x\n",
    "nonlocal x\n",
    ";",
    ".",
    "...",
    "->",
    ":=",
    "\u{e9}",
    "\r",
];

/// Damages `source` in a few random places.
fn mutate(source: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            // Cut short, sometimes right after a backslash (inside a string
            // that once made the lexer step past the end of the file).
            4 => chars.truncate(at),
            5 => {
                let backslashes: Vec<usize> =
                    (0..chars.len()).filter(|&i| chars[i] == '\\').collect();
                if !backslashes.is_empty() {
                    chars.truncate(backslashes[rng.below(backslashes.len())] + 1);
                }
            }
            0 if !chars.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            1 => {
                let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                chars.splice(at..at, fragment.chars());
            }
            2 if !chars.is_empty() => {
                let from = rng.below(chars.len());
                let end = (from + rng.below(40)).min(chars.len());
                let copy: Vec<char> = chars[from..end].to_vec();
                chars.splice(at..at, copy);
            }
            _ => {
                if at < chars.len() {
                    let other = rng.below(chars.len());
                    chars.swap(at, other);
                }
            }
        }
    }
    chars.into_iter().collect()
}

/// Every stage of the front end, in process, on thousands of damaged
/// programs: each must give a result or an error, never a panic.
#[test]
fn mutated_programs_never_panic_the_front_end() {
    let sources: Vec<String> = python_files("tests/corpus")
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let dir = scratch_dir();
    let jobs: Vec<usize> = (0..sources.len()).collect();
    let failures: Vec<String> = parallel_map(&jobs, |&i| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (i as u64 + 1));
        let file = dir.join(format!("mutant_{i}.py"));
        for round in 0..12 {
            let text = mutate(&sources[i], &mut rng);
            std::fs::write(&file, &text).unwrap();
            let path = file.to_str().unwrap().to_string();
            let result = std::panic::catch_unwind(|| {
                minipy_driver::with_big_stack(move || {
                    let statuses = [
                        minipy_driver::tokens_command(&path).status,
                        minipy_driver::ast_command(&path).status,
                        minipy_driver::symbols_command(&path).status,
                        minipy_driver::dis_command(&path, false).status,
                    ];
                    statuses.iter().all(|s| *s == 0 || *s == 1)
                })
            });
            match result {
                Ok(true) => {}
                Ok(false) => {
                    return Some(format!(
                        "mutant {i}.{round}: unexpected exit status\n{text}"
                    ));
                }
                Err(_) => return Some(format!("mutant {i}.{round}: panicked\n---\n{text}\n---")),
            }
        }
        None
    })
    .into_iter()
    .flatten()
    .collect();
    assert_no_failures("mutated programs", jobs.len() * 12, &failures);
}

/// Some damaged programs also run: the VM must end them with an exception
/// or a result, never a crash. (A mutant may loop forever; that is the
/// program's doing, so a time-out is not a failure.)
#[test]
fn mutated_programs_never_crash_the_vm() {
    let files = python_files("tests/corpus/programs");
    let dir = scratch_dir();
    let jobs: Vec<usize> = (0..files.len()).collect();
    let failures: Vec<String> = parallel_map(&jobs, |&i| {
        let source = std::fs::read_to_string(&files[i]).unwrap();
        let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ (i as u64 + 7));
        for round in 0..3 {
            let text = mutate(&source, &mut rng);
            let file = dir.join(format!("run_mutant_{i}_{round}.py"));
            std::fs::write(&file, &text).unwrap();
            let mut cmd = minipy();
            cmd.arg("run");
            let out = run_script(cmd, &file, &[], Duration::from_secs(5));
            if out.crashed() {
                return Some(format!(
                    "{}: crashed\n{}\n---\n{text}",
                    file.display(),
                    out.stderr
                ));
            }
        }
        None
    })
    .into_iter()
    .flatten()
    .collect();
    assert_no_failures("mutated runs", jobs.len() * 3, &failures);
}
