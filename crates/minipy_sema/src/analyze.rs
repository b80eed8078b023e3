//! The second pass: decide where each name lives (CPython's `analyze_block`).
//!
//! Walking down, each scope learns which names enclosing functions bind
//! (`bound`) and which are declared global (`global`). Walking back up, the
//! free variables of inner scopes turn matching locals into cells, and pass
//! through scopes that do not bind them as free variables of their own.
//! Class scopes are special: their names are not visible in their methods.

use crate::table::{ScopeId, ScopeKind, SymbolScope, SymbolTable, flags::*};
use minipy_diagnostics::Diagnostic;
use rustc_hash::FxHashSet;
use std::borrow::Cow;

/// Names borrowed from the table: the walk copies these sets for every
/// scope, and copying pointers instead of strings keeps that cheap.
type Names<'a> = FxHashSet<&'a str>;

/// What the walk decided for one scope. The walk only reads the table, so
/// that its sets can borrow names from it; the decisions are written back
/// afterwards. No scope's analysis reads what another scope's decisions
/// change, so deferring them changes nothing.
enum Change {
    /// The resolved scope of each symbol, in the order of `symbols`.
    Resolved(ScopeId, Vec<SymbolScope>),
    /// A name bound in this class is free in a nested scope.
    FreeClass(ScopeId, String),
    /// A free name of a nested scope passes through this one.
    PassingFree(ScopeId, String),
    /// The class needs a `__class__` cell.
    ClassClosure(ScopeId),
}

pub fn resolve(table: &mut SymbolTable) -> Result<(), Diagnostic> {
    let mut changes = Vec::new();
    let mut free = Names::default();
    analyze_block(table, 0, None, &Names::default(), &mut free, &mut changes)?;
    for change in changes {
        match change {
            Change::Resolved(id, resolved) => {
                for (symbol, scope) in table.scopes[id].symbols.iter_mut().zip(resolved) {
                    symbol.scope = scope;
                }
            }
            Change::FreeClass(id, name) => table.scopes[id].add_flags(&name, DEF_FREE_CLASS),
            Change::PassingFree(id, name) => {
                let scope = &mut table.scopes[id];
                scope.add_flags(&name, 0);
                scope.set_scope(&name, SymbolScope::Free);
            }
            Change::ClassClosure(id) => table.scopes[id].needs_class_closure = true,
        }
    }
    Ok(())
}

fn directive_error(table: &SymbolTable, id: ScopeId, name: &str, message: String) -> Diagnostic {
    let span = table
        .directives
        .get(&(id, name.to_string()))
        .copied()
        .unwrap_or_default();
    Diagnostic::syntax(message, span)
}

/// `bound` and `global` are what the enclosing scopes bind and declare
/// global. This scope's changes to them reach its children but not its
/// parent or siblings, so it copies them only if it changes them (CPython
/// copies them for every child).
fn analyze_block<'a>(
    table: &'a SymbolTable,
    id: ScopeId,
    outer_bound: Option<&Names<'a>>,
    outer_global: &Names<'a>,
    free: &mut Names<'a>,
    changes: &mut Vec<Change>,
) -> Result<(), Diagnostic> {
    let scope = &table.scopes[id];
    let kind = scope.kind;
    let mut bound = outer_bound.map(Cow::Borrowed);
    let mut global = Cow::Borrowed(outer_global);
    let mut local = Names::default();
    let mut resolved: Vec<SymbolScope> = Vec::with_capacity(scope.symbols.len());

    for symbol in &scope.symbols {
        let name = symbol.name.as_str();
        let flags = symbol.flags;
        let resolution = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(directive_error(
                    table,
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            if !global.contains(name) {
                global.to_mut().insert(name);
            }
            if let Some(b) = bound.as_mut().filter(|b| b.contains(name)) {
                b.to_mut().remove(name);
            }
            SymbolScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound.as_deref() else {
                return Err(directive_error(
                    table,
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !b.contains(name) {
                return Err(directive_error(
                    table,
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(name);
            SymbolScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name);
            if global.contains(name) {
                global.to_mut().remove(name);
            }
            SymbolScope::Local
        } else if bound.as_deref().is_some_and(|b| b.contains(name)) {
            free.insert(name);
            SymbolScope::Free
        } else {
            SymbolScope::GlobalImplicit
        };
        resolved.push(resolution);
    }

    // What the children see: a class's names are not visible in its
    // methods, so they get what the class itself was given.
    let (child_bound, child_global) = match kind {
        ScopeKind::Class => {
            let mut b = outer_bound.cloned().unwrap_or_default();
            b.insert("__class__");
            (b, outer_global)
        }
        ScopeKind::Function => {
            let mut b = local;
            b.extend(bound.as_deref().into_iter().flatten().copied());
            (b, &*global)
        }
        ScopeKind::Module => (bound.as_deref().cloned().unwrap_or_default(), &*global),
    };

    // The children's free names are gathered straight into this scope's.
    let mut new_free = Names::default();
    for &child in &scope.children {
        analyze_block(
            table,
            child,
            Some(&child_bound),
            child_global,
            &mut new_free,
            changes,
        )?;
    }

    match kind {
        ScopeKind::Function => {
            // Locals that inner scopes use freely become cells.
            for (symbol, resolution) in scope.symbols.iter().zip(resolved.iter_mut()) {
                if *resolution == SymbolScope::Local && new_free.remove(symbol.name.as_str()) {
                    *resolution = SymbolScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                changes.push(Change::ClassClosure(id));
            }
        }
        ScopeKind::Module => {}
    }

    changes.push(Change::Resolved(id, resolved));
    let mut passing: Vec<&str> = new_free.iter().copied().collect();
    passing.sort_unstable();
    for name in passing {
        if let Some(sym) = scope.lookup(name) {
            if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                changes.push(Change::FreeClass(id, name.to_string()));
            }
            continue;
        }
        if bound.as_deref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        changes.push(Change::PassingFree(id, name.to_string()));
    }
    free.extend(new_free);
    Ok(())
}
