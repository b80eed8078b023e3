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
    let mut global = Names::default();
    analyze_block(table, 0, None, &mut free, &mut global, &mut changes)?;
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

fn analyze_block<'a>(
    table: &'a SymbolTable,
    id: ScopeId,
    mut bound: Option<&mut Names<'a>>,
    free: &mut Names<'a>,
    global: &mut Names<'a>,
    changes: &mut Vec<Change>,
) -> Result<(), Diagnostic> {
    let scope = &table.scopes[id];
    let kind = scope.kind;
    let mut local = Names::default();
    let mut resolved: Vec<SymbolScope> = Vec::with_capacity(scope.symbols.len());
    let mut new_global = Names::default();
    let mut new_free = Names::default();
    let mut new_bound = Names::default();
    if kind == ScopeKind::Class {
        new_global.clone_from(global);
        if let Some(b) = bound.as_deref() {
            new_bound.clone_from(b);
        }
    }

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
            global.insert(name);
            if let Some(b) = bound.as_deref_mut() {
                b.remove(name);
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
            global.remove(name);
            SymbolScope::Local
        } else if bound.as_deref().is_some_and(|b| b.contains(name)) {
            free.insert(name);
            SymbolScope::Free
        } else {
            SymbolScope::GlobalImplicit
        };
        resolved.push(resolution);
    }

    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().copied());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().copied());
        }
        new_global.extend(global.iter().copied());
    } else {
        new_bound.insert("__class__");
    }

    let mut all_free = Names::default();
    for &child in &scope.children {
        let mut child_bound = new_bound.clone();
        let mut child_free = new_free.clone();
        let mut child_global = new_global.clone();
        analyze_block(
            table,
            child,
            Some(&mut child_bound),
            &mut child_free,
            &mut child_global,
            changes,
        )?;
        all_free.extend(child_free);
    }
    new_free.extend(all_free);

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
