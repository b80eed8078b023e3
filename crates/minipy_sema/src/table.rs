//! The symbol table's data: scopes, symbols, their flags and resolved kinds.

use hashbrown::HashTable;
use minipy_diagnostics::Span;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::borrow::Cow;
use std::hash::BuildHasher;

fn name_hash(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

/// Flags recorded while walking the tree, named as in CPython's `symtable.h`.
pub mod flags {
    /// Declared `global`.
    pub const DEF_GLOBAL: u16 = 1;
    /// Assigned in this scope.
    pub const DEF_LOCAL: u16 = 2;
    /// A parameter.
    pub const DEF_PARAM: u16 = 4;
    /// Declared `nonlocal`.
    pub const DEF_NONLOCAL: u16 = 8;
    /// Read in this scope.
    pub const USE: u16 = 16;
    /// Free in a nested scope, bound in this class (the `LOAD_CLASSDEREF` case).
    pub const DEF_FREE_CLASS: u16 = 64;
    /// Bound by `import`.
    pub const DEF_IMPORT: u16 = 128;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u16 = 256;
    /// Appears in the iterable of a comprehension.
    pub const DEF_COMP_ITER: u16 = 512;
    /// Any kind of binding.
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// Where a name lives at run time (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// Unresolved: only during the walk.
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

impl SymbolScope {
    pub fn name(self) -> &'static str {
        match self {
            SymbolScope::Unknown => "UNKNOWN",
            SymbolScope::Local => "LOCAL",
            SymbolScope::GlobalExplicit => "GLOBAL_EXPLICIT",
            SymbolScope::GlobalImplicit => "GLOBAL_IMPLICIT",
            SymbolScope::Free => "FREE",
            SymbolScope::Cell => "CELL",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u16,
    pub scope: SymbolScope,
}

impl Symbol {
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

pub type ScopeId = usize;

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, a function or class name, `lambda`, `listcomp`, `genexpr`...
    pub name: String,
    /// The defining node's span (empty for the module).
    pub span: Span,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    pub symbols: Vec<Symbol>,
    /// Positions in `symbols`, hashed by name, so each name is stored once.
    index: HashTable<usize>,
    /// Parameter names in order (CPython's `ste_varnames`).
    pub params: Vec<String>,
    /// Nested inside a function (so free variables are possible).
    pub nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    /// A class whose methods use `super()` or `__class__` needs a
    /// `__class__` cell.
    pub needs_class_closure: bool,
    /// The class this scope's names are mangled for (`__x` → `_C__x`).
    pub private: Option<String>,
}

impl Scope {
    pub fn new(kind: ScopeKind, name: String, span: Span, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            span,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashTable::new(),
            params: Vec::new(),
            nested: false,
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            needs_class_closure: false,
            private: None,
        }
    }

    fn position(&self, name: &str, hash: u64) -> Option<usize> {
        self.index
            .find(hash, |&i| self.symbols[i].name == name)
            .copied()
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.position(name, name_hash(name))
            .map(|i| &self.symbols[i])
    }

    pub fn flags_of(&self, name: &str) -> u16 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` here; unknown names are global.
    pub fn scope_of(&self, name: &str) -> SymbolScope {
        self.lookup(name)
            .map_or(SymbolScope::GlobalImplicit, |s| s.scope)
    }

    /// The position of `name` in `symbols`, added with no flags if new.
    fn symbol_index(&mut self, name: &str) -> usize {
        let hash = name_hash(name);
        if let Some(i) = self.position(name, hash) {
            return i;
        }
        let i = self.symbols.len();
        self.symbols.push(Symbol {
            name: name.to_string(),
            flags: 0,
            scope: SymbolScope::Unknown,
        });
        let symbols = &self.symbols;
        self.index
            .insert_unique(hash, i, |&j| name_hash(&symbols[j].name));
        i
    }

    pub fn add_flags(&mut self, name: &str, flags: u16) {
        let i = self.symbol_index(name);
        self.symbols[i].flags |= flags;
    }

    pub fn set_scope(&mut self, name: &str, scope: SymbolScope) {
        let i = self.symbol_index(name);
        self.symbols[i].scope = scope;
    }

    /// Names of cell variables, sorted as CPython sorts `co_cellvars`.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure {
            cells.push("__class__".to_string());
        }
        cells.sort();
        cells
    }

    /// Names of free variables, sorted as CPython sorts `co_freevars`.
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| {
                s.scope == SymbolScope::Free
                    || (self.kind == ScopeKind::Class && s.has(flags::DEF_FREE_CLASS))
            })
            .map(|s| s.name.clone())
            .collect();
        free.sort();
        free.dedup();
        free
    }
}

/// Every scope of a module, and a way to find a node's scope.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<(u32, u32), ScopeId>,
    /// Where each `global`/`nonlocal` (or comprehension walrus) was
    /// declared, for the errors the resolution pass reports.
    pub directives: FxHashMap<(ScopeId, String), Span>,
    pub future: crate::FutureFeatures,
}

impl SymbolTable {
    pub fn new() -> SymbolTable {
        SymbolTable {
            scopes: Vec::new(),
            by_node: FxHashMap::default(),
            directives: FxHashMap::default(),
            future: crate::FutureFeatures::default(),
        }
    }

    pub fn push(&mut self, scope: Scope) -> ScopeId {
        let id = self.scopes.len();
        self.by_node.insert((scope.span.start, scope.span.end), id);
        if let Some(parent) = scope.parent {
            self.scopes[parent].children.push(id);
        }
        self.scopes.push(scope);
        id
    }

    /// The scope a `def`, `class`, `lambda` or comprehension node opens.
    pub fn scope_for(&self, span: Span) -> ScopeId {
        self.by_node[&(span.start, span.end)]
    }

    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }
}

impl Default for SymbolTable {
    fn default() -> Self {
        SymbolTable::new()
    }
}

/// CPython's private name mangling: inside `class C`, `__x` becomes `_C__x`
/// (but not dunder names, and not when the class name is all underscores).
/// Most names are not mangled, so they come back borrowed.
pub fn mangle<'a>(class_name: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(class_name) = class_name else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}
