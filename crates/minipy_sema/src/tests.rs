//! Symbol table unit tests: scope resolution and the errors CPython reports.

use crate::{SymbolScope, analyze};
use minipy_diagnostics::SourceFile;

fn table(src: &str) -> crate::SymbolTable {
    let source = SourceFile::new("t.py", src);
    let module = minipy_parser::parse_module(&source).expect("parses");
    analyze(&module).expect("analyzes")
}

fn error(src: &str) -> String {
    let source = SourceFile::new("t.py", src);
    let module = minipy_parser::parse_module(&source).expect("parses");
    analyze(&module).expect_err("expected an error").message
}

#[test]
fn closures_make_cells_and_free_variables() {
    let t = table(
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        return x + y\n    return inner\n",
    );
    let outer = &t.scopes[1];
    let inner = &t.scopes[2];
    assert_eq!(outer.scope_of("x"), SymbolScope::Cell);
    assert_eq!(inner.scope_of("x"), SymbolScope::Free);
    assert_eq!(inner.scope_of("y"), SymbolScope::GlobalImplicit);
    assert_eq!(t.scopes[0].scope_of("outer"), SymbolScope::Local);
}

#[test]
fn class_names_are_not_visible_in_methods() {
    let t = table(
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
    );
    assert_eq!(t.scopes[3].scope_of("x"), SymbolScope::Free);
    assert_eq!(t.scopes[1].scope_of("x"), SymbolScope::Cell);
}

#[test]
fn super_gives_the_class_a_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n");
    assert!(t.scopes[1].needs_class_closure);
    assert_eq!(t.scopes[2].scope_of("__class__"), SymbolScope::Free);
}

#[test]
fn errors_match_cpython() {
    assert_eq!(
        error("nonlocal x\n"),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        error("def f():\n    x = 1\n    global x\n"),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        error("def f():\n    print(x)\n    nonlocal x\n"),
        "name 'x' is used prior to nonlocal declaration"
    );
    assert_eq!(
        error("def f():\n    nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        error("def f(a, a): pass\n"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        error("x = [(yield) for i in y]\n"),
        "'yield' inside list comprehension"
    );
}
