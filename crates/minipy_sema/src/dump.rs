//! `minipy symbols`: every scope and each name's kind, in CPython's vocabulary.
//!
//! `tests/tools/symtable_dump.py` prints Python's own `symtable` in this
//! same layout, so the two can be compared line for line.

use crate::table::{ScopeId, ScopeKind, SymbolTable, flags::*};
use minipy_diagnostics::SourceFile;
use std::fmt::Write;

pub fn dump_symbols(table: &SymbolTable, source: &SourceFile) -> String {
    let mut out = String::new();
    dump_scope(table, source, 0, 0, &mut out);
    out
}

fn dump_scope(
    table: &SymbolTable,
    source: &SourceFile,
    id: ScopeId,
    depth: usize,
    out: &mut String,
) {
    let scope = &table.scopes[id];
    let indent = "  ".repeat(depth);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Function => "function",
        ScopeKind::Class => "class",
    };
    let line = if id == 0 {
        0
    } else {
        source.line_of(scope.span.start)
    };
    let _ = writeln!(out, "{indent}{kind} {} (line {line})", scope.name);
    let mut symbols: Vec<_> = scope.symbols.iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    let width = symbols
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0);
    for sym in symbols {
        let namespace = scope
            .children
            .iter()
            .any(|&c| table.scopes[c].name == sym.name);
        let words: Vec<&str> = [
            (sym.has(DEF_PARAM), "parameter"),
            (sym.has(DEF_NONLOCAL), "nonlocal"),
            (sym.has(DEF_IMPORT), "imported"),
            (sym.has(DEF_ANNOT), "annotated"),
            (sym.has(DEF_LOCAL), "assigned"),
            (sym.has(USE), "referenced"),
            (namespace, "namespace"),
        ]
        .into_iter()
        .filter_map(|(on, word)| on.then_some(word))
        .collect();
        let line = format!(
            "{indent}  {:<width$}  {:<16} {}",
            sym.name,
            sym.scope.name(),
            words.join(", ")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for &child in &scope.children {
        dump_scope(table, source, child, depth + 1, out);
    }
}
