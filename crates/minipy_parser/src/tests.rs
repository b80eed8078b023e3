//! Parser unit tests: a few trees and error messages; the snapshot and
//! differential tests in `tests/` cover the rest.

use crate::parse_module;
use minipy_ast::dump_module;
use minipy_diagnostics::SourceFile;

fn dump(src: &str) -> String {
    let source = SourceFile::new("t.py", src);
    dump_module(&parse_module(&source).expect("parse failed"))
}

fn error(src: &str) -> String {
    let source = SourceFile::new("t.py", src);
    let err = parse_module(&source).expect_err("expected a syntax error");
    format!("{}: {}", err.class, err.message)
}

#[test]
fn simple_assignment() {
    assert_eq!(
        dump("x = 1\n"),
        "Module(\n body=[\n  Assign(\n   targets=[\n    Name(id='x', ctx=Store())],\n   value=Constant(value=1))],\n type_ignores=[])"
    );
}

#[test]
fn errors_use_cpython_words() {
    assert_eq!(error("if x\n  pass\n"), "SyntaxError: expected ':'");
    assert_eq!(
        error("f() = 1\n"),
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        error("print(a b)\n"),
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        error("if x:\nreturn\n"),
        "IndentationError: expected an indented block after 'if' statement on line 1"
    );
    assert_eq!(
        error("x = 1\n  y = 2\n"),
        "IndentationError: unexpected indent"
    );
    assert_eq!(
        error("def f(a=1, b): pass\n"),
        "SyntaxError: non-default argument follows default argument"
    );
}
