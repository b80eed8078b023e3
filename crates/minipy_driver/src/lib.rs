//! The pipeline glue: read a file, run it through the stages, report errors.
//!
//! Every entry point here returns an [`Outcome`]: what to print on stdout
//! and stderr and the exit status, exactly as `python3` would give them. The
//! CLI prints it; the tests compare it with CPython.

mod encoding;
mod run;
mod source;
mod stack;
mod stdlib;
mod warnings;

/// Ends the process by a signal (after an uncaught KeyboardInterrupt).
pub use minipy_vm::os_signals::die_of;
pub use run::run_command;
pub use source::{SourceError, read_script, read_source};
pub use stack::with_big_stack;

use minipy_diagnostics::{Diagnostic, SourceFile};
use std::sync::Arc;

/// What a command printed and how it exited.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            status: 0,
        }
    }

    fn failed(stdout: String, diagnostic: &Diagnostic, source: &SourceFile) -> Outcome {
        Outcome {
            stdout,
            stderr: diagnostic.render(source),
            status: 1,
        }
    }

    fn from_source_error(err: SourceError) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr: err.message,
            status: err.status,
        }
    }
}

/// Loads `path` and applies `stage` to it, turning load errors into an outcome.
fn with_source(path: &str, stage: impl FnOnce(Arc<SourceFile>) -> Outcome) -> Outcome {
    match read_source(path) {
        Ok(source) => stage(source),
        Err(err) => Outcome::from_source_error(err),
    }
}

/// `minipy tokens FILE`: the token stream, as `python3 -m tokenize` prints it.
pub fn tokens_command(path: &str) -> Outcome {
    with_source(path, |source| {
        let (text, error) = minipy_lexer::dump_tokens(&source);
        match error {
            None => Outcome::ok(text),
            Some(diagnostic) => Outcome::failed(text, &diagnostic, &source),
        }
    })
}

/// `minipy symbols FILE`: every scope and the kind of each name in it.
pub fn symbols_command(path: &str) -> Outcome {
    with_source(path, |source| {
        let result =
            minipy_parser::parse_module(&source).and_then(|module| minipy_sema::analyze(&module));
        match result {
            Ok(table) => Outcome::ok(minipy_sema::dump_symbols(&table, &source)),
            Err(diagnostic) => Outcome::failed(String::new(), &diagnostic, &source),
        }
    })
}

/// Runs stages 1 to 4: the module's code object, or the first error.
/// Compile-time SyntaxWarnings go to stderr as the code compiles, before
/// anything runs, as CPython's do.
pub fn compile_source(source: &SourceFile) -> Result<minipy_bytecode::CodeObject, Diagnostic> {
    let module = minipy_parser::parse_module(source)?;
    let table = minipy_sema::analyze(&module)?;
    let code = minipy_compiler::compile_module(&module, &table, source)?;
    let warnings = warnings::syntax_warnings(&module, source);
    if !warnings.is_empty() {
        minipy_vm::io::flush_stdout();
        minipy_vm::io::write_stderr(&warnings);
    }
    Ok(code)
}

/// Compiles source text handed over at run time (`exec`, `eval`,
/// `compile()`, imports): `mode` is `"exec"` or `"eval"`. Errors come back
/// as the fields of the `SyntaxError` the VM raises.
pub fn compile_text(
    text: &str,
    filename: &str,
    mode: &str,
) -> Result<minipy_bytecode::CodeObject, Box<minipy_diagnostics::SyntaxErrorInfo>> {
    if mode == "eval" {
        // `eval` ignores leading spaces and tabs, as CPython's does.
        let source = SourceFile::new(filename, text.trim_start_matches([' ', '\t']));
        let compiled = minipy_parser::parse_eval(&source).and_then(|expr| {
            let module = minipy_ast::Module {
                body: vec![minipy_ast::Stmt::new(
                    minipy_ast::StmtKind::Expr { value: expr },
                    Default::default(),
                )],
            };
            let table = minipy_sema::analyze(&module)?;
            minipy_compiler::compile_expression(&module, &table, &source)
        });
        return compiled.map_err(|d| {
            let mut info = d.info(&source);
            // CPython reports an error at the very end of `eval` input at
            // offset 0 (so no caret): its string tokenizer adds no newline.
            if matches!(d.location, minipy_diagnostics::Location::Span(s) if s.start as usize >= source.text().trim_end().len())
            {
                info.offset = Some(0);
            }
            Box::new(info)
        });
    }
    let source = SourceFile::new(filename, text);
    compile_source(&source).map_err(|d| Box::new(d.info(&source)))
}

/// `minipy dis FILE`: the bytecode, in the columns of `python3 -m dis`.
/// With `adaptive`, the instructions as the VM runs them, superinstructions
/// included (CPython's `dis.dis(..., adaptive=True)`).
pub fn dis_command(path: &str, adaptive: bool) -> Outcome {
    with_source(path, |source| match compile_source(&source) {
        Ok(code) if adaptive => Outcome::ok(minipy_bytecode::disassemble(
            &minipy_vm::quicken::quickened(&code),
        )),
        Ok(code) => Outcome::ok(minipy_bytecode::disassemble(&code)),
        Err(diagnostic) => Outcome::failed(String::new(), &diagnostic, &source),
    })
}

/// `minipy check FILE`: stages 1 to 4, reporting only the first error
/// (compare `python3 -m py_compile`).
pub fn check_command(path: &str) -> Outcome {
    with_source(path, |source| match compile_source(&source) {
        Ok(_) => Outcome::ok(String::new()),
        Err(diagnostic) => Outcome::failed(String::new(), &diagnostic, &source),
    })
}

/// `minipy check --stage-times FILE`: as [`check_command`], and also prints
/// on stderr how long each stage took, for profiling the front end. The
/// lexer runs once on its own to be timed; parsing lexes again as it goes,
/// so the parse line includes lexing.
pub fn check_stage_times_command(path: &str) -> Outcome {
    let mut times = Vec::new();
    let start = std::time::Instant::now();
    let mut lap = |stage: &'static str, since: &mut std::time::Instant| {
        times.push((stage, since.elapsed()));
        *since = std::time::Instant::now();
    };
    let mut since = start;
    let source = match read_source(path) {
        Ok(source) => source,
        Err(err) => return Outcome::from_source_error(err),
    };
    lap("read and decode", &mut since);
    let tokens = minipy_lexer::tokenize(source.text()).count();
    lap("lex (alone)", &mut since);
    let outcome = (|| {
        let module = minipy_parser::parse_module(&source)?;
        lap("lex and parse", &mut since);
        let table = minipy_sema::analyze(&module)?;
        lap("symbol table", &mut since);
        let code = minipy_compiler::compile_module(&module, &table, &source)?;
        lap("compile", &mut since);
        let warnings = warnings::syntax_warnings(&module, &source);
        lap("syntax warnings", &mut since);
        drop((module, table, code));
        lap("free", &mut since);
        Ok(warnings)
    })();
    let mut report = String::new();
    for (stage, took) in &times {
        report += &format!("{stage:<16} {:8.3} s\n", took.as_secs_f64());
    }
    report += &format!(
        "{:<16} {:8.3} s  ({} bytes, {tokens} tokens)\n",
        "total",
        start.elapsed().as_secs_f64(),
        source.text().len()
    );
    match outcome {
        Ok(warnings) => Outcome {
            stdout: String::new(),
            stderr: warnings + &report,
            status: 0,
        },
        Err(diagnostic) => {
            let mut failed = Outcome::failed(String::new(), &diagnostic, &source);
            failed.stderr += &report;
            failed
        }
    }
}

/// `minipy ast FILE`: the tree, as `ast.dump(ast.parse(src), indent=1)` prints it.
pub fn ast_command(path: &str) -> Outcome {
    with_source(path, |source| match minipy_parser::parse_module(&source) {
        // CPython turns its C tree into Python objects recursively, with a
        // limit of three times the recursion limit, module and statement
        // levels included.
        Ok(module) if minipy_ast::tree_depth_exceeds(&module, AST_CONSTRUCTION_LIMIT - 2) => {
            let diagnostic = Diagnostic::nowhere(
                minipy_diagnostics::ErrorClass::RecursionError,
                "maximum recursion depth exceeded during ast construction",
            );
            Outcome::failed(String::new(), &diagnostic, &source)
        }
        Ok(module) => Outcome::ok(minipy_ast::dump_module(&module) + "\n"),
        Err(diagnostic) => Outcome::failed(String::new(), &diagnostic, &source),
    })
}

/// CPython's limit on nesting when it builds the `ast` module's objects.
const AST_CONSTRUCTION_LIMIT: usize = 3000;
