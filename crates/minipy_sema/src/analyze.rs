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

type Names = FxHashSet<String>;

pub fn resolve(table: &mut SymbolTable) -> Result<(), Diagnostic> {
    let mut free = Names::default();
    let mut global = Names::default();
    analyze_block(table, 0, None, &mut free, &mut global)
}

fn directive_error(table: &SymbolTable, id: ScopeId, name: &str, message: String) -> Diagnostic {
    let span = table
        .directives
        .get(&(id, name.to_string()))
        .copied()
        .unwrap_or_default();
    Diagnostic::syntax(message, span)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), Diagnostic> {
    let kind = table.scopes[id].kind;
    let mut local = Names::default();
    let mut scopes: Vec<(String, SymbolScope)> = Vec::new();
    let mut new_global = Names::default();
    let mut new_free = Names::default();
    let mut new_bound = Names::default();
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
    }

    let symbols: Vec<(String, u16)> = table.scopes[id]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in symbols {
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(directive_error(
                    table,
                    id,
                    &name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.clone());
            if let Some(b) = bound.as_deref_mut() {
                b.remove(&name);
            }
            SymbolScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound.as_deref() else {
                return Err(directive_error(
                    table,
                    id,
                    &name,
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !b.contains(&name) {
                return Err(directive_error(
                    table,
                    id,
                    &name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(name.clone());
            SymbolScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(&name);
            SymbolScope::Local
        } else if bound.as_deref().is_some_and(|b| b.contains(&name)) {
            free.insert(name.clone());
            SymbolScope::Free
        } else {
            SymbolScope::GlobalImplicit
        };
        scopes.push((name, scope));
    }

    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }

    let mut all_free = Names::default();
    let children = table.scopes[id].children.clone();
    for child in children {
        let mut child_bound = new_bound.clone();
        let mut child_free = new_free.clone();
        let mut child_global = new_global.clone();
        analyze_block(
            table,
            child,
            Some(&mut child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        all_free.extend(child_free);
    }
    new_free.extend(all_free);

    match kind {
        ScopeKind::Function => {
            // Locals that inner scopes use freely become cells.
            for (name, scope) in scopes.iter_mut() {
                if *scope == SymbolScope::Local && new_free.remove(name.as_str()) {
                    *scope = SymbolScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                table.scopes[id].needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }

    let scope = &mut table.scopes[id];
    for (name, resolved) in &scopes {
        scope.set_scope(name, *resolved);
    }
    let mut passing: Vec<&String> = new_free.iter().collect();
    passing.sort();
    for name in passing {
        if let Some(sym) = scope.lookup(name) {
            if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                scope.add_flags(name, DEF_FREE_CLASS);
            }
            continue;
        }
        if bound.as_deref().is_some_and(|b| !b.contains(name.as_str())) {
            continue;
        }
        scope.add_flags(name, 0);
        scope.set_scope(name, SymbolScope::Free);
    }
    free.extend(new_free);
    Ok(())
}
