//! Stage 3 of the pipeline: scopes and symbol tables.
//!
//! A port of the idea in CPython's `Python/symtable.c`: one walk over the
//! tree records, for every scope (module, function, lambda, comprehension,
//! class), each name and how it is used (assigned, referenced, declared
//! `global`/`nonlocal`, a parameter...). A second pass decides where each
//! name lives: a fast local, a cell shared with inner functions, a free
//! variable coming from an outer function, or a global. The compiler reads
//! this table to choose between `LOAD_FAST`, `LOAD_DEREF` and `LOAD_GLOBAL`.
//! `minipy symbols` prints it; compare Python's `symtable` module.

mod analyze;
mod builder;
mod dump;
mod future;
mod table;

pub use dump::dump_symbols;
pub use future::{FutureFeatures, future_features};
pub use table::{Scope, ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable, flags, mangle};

use minipy_ast::Module;
use minipy_diagnostics::Diagnostic;

/// Builds the symbol table of a module, or reports the first error CPython's
/// symbol table pass would report.
pub fn analyze(module: &Module) -> Result<SymbolTable, Diagnostic> {
    let future = future_features(module)?;
    let mut table = builder::build(module, future)?;
    analyze::resolve(&mut table)?;
    Ok(table)
}

#[cfg(test)]
mod tests;
