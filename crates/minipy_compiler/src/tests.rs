//! Compiler unit tests: a few disassemblies; the snapshot tests cover more.

use crate::compile_module;
use minipy_bytecode::disassemble;
use minipy_diagnostics::SourceFile;

fn dis(src: &str) -> String {
    let source = SourceFile::new("t.py", src);
    let module = minipy_parser::parse_module(&source).expect("parses");
    let table = minipy_sema::analyze(&module).expect("analyzes");
    disassemble(&compile_module(&module, &table, &source).expect("compiles"))
}

fn error(src: &str) -> String {
    let source = SourceFile::new("t.py", src);
    let module = minipy_parser::parse_module(&source).expect("parses");
    let table = minipy_sema::analyze(&module).expect("analyzes");
    compile_module(&module, &table, &source)
        .expect_err("expected an error")
        .message
}

#[test]
fn assignment_and_call() {
    let text = dis("x = 1\nprint(x + 2)\n");
    assert!(text.contains("STORE_NAME               0 (x)"), "{text}");
    assert!(text.contains("BINARY_OP                0 (+)"), "{text}");
    assert!(text.contains("CALL                     1"), "{text}");
}

#[test]
fn functions_use_fast_locals() {
    let text = dis("def f(a):\n    b = a\n    return b\n");
    assert!(
        text.contains("Disassembly of <code object f, file \"t.py\", line 1>:"),
        "{text}"
    );
    assert!(text.contains("LOAD_FAST                0 (a)"), "{text}");
    assert!(text.contains("STORE_FAST               1 (b)"), "{text}");
}

#[test]
fn try_except_has_an_exception_table() {
    let text = dis("try:\n    x = 1\nexcept E:\n    pass\n");
    assert!(text.contains("ExceptionTable:"), "{text}");
    assert!(text.contains("PUSH_EXC_INFO"), "{text}");
}

#[test]
fn compile_time_errors() {
    assert_eq!(error("return 1\n"), "'return' outside function");
    assert_eq!(error("break\n"), "'break' outside loop");
    assert_eq!(error("continue\n"), "'continue' not properly in loop");
    assert_eq!(
        error("a, *b, *c = x\n"),
        "multiple starred expressions in assignment"
    );
}
