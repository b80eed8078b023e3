//! Criterion benchmarks of each pipeline stage: lexing, parsing, symbol tables, compiling, running.
//!
//! The front-end stages share one medium input (about 200 KB): every
//! program of tests/corpus and benches/programs that minipy compiles, each
//! wrapped in its own `def f_N():`, repeated with fresh names. They report
//! throughput in bytes of source. The run stage executes small programs in
//! the VM in-process; they print nothing (they check their own results
//! with `assert`), so the benchmark output stays clean.
//!
//! `cargo bench --bench stages`

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use minipy_bytecode::CodeObject;
use minipy_diagnostics::{Diagnostic, SourceFile};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Size the front-end input grows to.
const FRONT_END_BYTES: usize = 200 * 1024;

/// A program for the run stage: calls, loops, lists, dicts, strings,
/// classes and exceptions; prints nothing, fails an assert if wrong.
const RUN_PROGRAM: &str = r#"
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def work():
    total = 0
    for i in range(20000):
        total = (total + i * i) % 1000003
    counts = {}
    words = ("a b c d e f g " * 200).split()
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    xs = [Point(i, -i).norm1() for i in range(2000)]
    s = ",".join(["%d" % x for x in xs[:500]])
    caught = 0
    for i in range(1000):
        try:
            raise ValueError(i)
        except ValueError:
            caught += 1
    return total, len(counts), sum(xs), len(s), caught, fib(18)

assert work() == (670626, 7, 3998000, 1944, 1000, 2584), work()
"#;

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            out.push(path);
        }
    }
}

/// `body` as the body of `def f_<index>():`.
fn wrap_in_def(body: &str, index: usize) -> String {
    let mut out = format!("def f_{index}():\n");
    for line in body.lines() {
        if !line.trim().is_empty() {
            out.push_str("    ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str("    pass\n\n\n");
    out
}

fn compile(source: &SourceFile) -> Result<CodeObject, Diagnostic> {
    let module = minipy_parser::parse_module(source)?;
    let table = minipy_sema::analyze(&module)?;
    minipy_compiler::compile_module(&module, &table, source)
}

/// The front-end input: corpus and benchmark programs that compile, each
/// in its own function, repeated until it reaches [`FRONT_END_BYTES`].
fn front_end_input() -> Arc<SourceFile> {
    let mut files = Vec::new();
    python_files(&repo_path("benches/programs"), &mut files);
    python_files(&repo_path("tests/corpus"), &mut files);
    let bodies: Vec<String> = files
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .filter(|body| compile(&SourceFile::new("<unit>", wrap_in_def(body, 0))).is_ok())
        .collect();
    assert!(!bodies.is_empty(), "no compilable programs found");
    let mut text = String::from("\"\"\"Generated front-end benchmark input.\"\"\"\n\n");
    let mut index = 0;
    while text.len() < FRONT_END_BYTES {
        for body in &bodies {
            text.push_str(&wrap_in_def(body, index));
            index += 1;
        }
    }
    eprintln!(
        "front-end input: {} bytes, {index} functions from {} programs",
        text.len(),
        bodies.len()
    );
    let source = SourceFile::new("<bench>", text);
    if let Err(diagnostic) = compile(&source) {
        panic!(
            "front-end input does not compile:\n{}",
            diagnostic.render(&source)
        );
    }
    source
}

fn run(code: &CodeObject) -> i32 {
    let interp = minipy_vm::Interpreter::new();
    minipy_vm::run_main(&interp, code)
}

fn front_end(c: &mut Criterion) {
    let source = front_end_input();
    let text = source.text();
    let module = minipy_parser::parse_module(&source).expect("parses");
    let table = minipy_sema::analyze(&module).expect("analyzes");

    let mut group = c.benchmark_group("front_end");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(7));
    group.bench_function("lex", |b| {
        b.iter(|| {
            let mut tokens = 0usize;
            for token in minipy_lexer::Lexer::new(black_box(text)) {
                token.expect("lexes");
                tokens += 1;
            }
            tokens
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| minipy_parser::parse_module(black_box(&source)).expect("parses"))
    });
    group.bench_function("symbols", |b| {
        b.iter(|| minipy_sema::analyze(black_box(&module)).expect("analyzes"))
    });
    group.bench_function("compile", |b| {
        b.iter(|| {
            minipy_compiler::compile_module(black_box(&module), &table, &source).expect("compiles")
        })
    });
    group.bench_function("all_four", |b| {
        b.iter(|| compile(black_box(&source)).expect("compiles"))
    });
    group.finish();
}

fn vm(c: &mut Criterion) {
    let empty = compile(&SourceFile::new("<empty>", "")).expect("compiles");
    let program = compile(&SourceFile::new("<run>", RUN_PROGRAM)).expect("compiles");
    assert_eq!(run(&empty), 0, "the empty program failed");
    assert_eq!(run(&program), 0, "the run-stage program failed");

    let mut group = c.benchmark_group("run");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("empty_program", |b| b.iter(|| run(black_box(&empty))));
    group.bench_function("mixed_program", |b| b.iter(|| run(black_box(&program))));
    group.finish();
}

criterion_group!(benches, front_end, vm);
criterion_main!(benches);
