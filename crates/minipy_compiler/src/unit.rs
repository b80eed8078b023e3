//! `CodeUnit`: the code object being built for one scope, before assembly.
//!
//! Instructions are appended with symbolic jump targets ([`Label`]s) and
//! pseudo-instructions that mark exception-handling regions
//! (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`, `POP_BLOCK`), as in
//! CPython's compiler. The assembler (`assemble.rs`) resolves them.

use hashbrown::HashTable;
use minipy_bytecode::{Constant, Location, Opcode};
use minipy_sema::ScopeId;
use rustc_hash::{FxBuildHasher, FxHasher};
use std::hash::{BuildHasher, Hasher};

fn name_hash(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

/// The position of `name` in `list`, appended if new; `index` holds the
/// list's positions hashed by name.
fn add_unique(list: &mut Vec<String>, index: &mut HashTable<u32>, name: &str) -> u32 {
    let hash = name_hash(name);
    if let Some(&i) = index.find(hash, |&i| list[i as usize] == name) {
        return i;
    }
    let i = list.len() as u32;
    list.push(name.to_string());
    index.insert_unique(hash, i, |&j| name_hash(&list[j as usize]));
    i
}

fn const_hash(c: &Constant) -> u64 {
    let mut state = FxHasher::default();
    c.hash_identity(&mut state);
    state.finish()
}

/// A position in the instruction list, bound later with [`CodeUnit::bind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// An instruction as the compiler emits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emitted {
    /// A real instruction; jump arguments are label numbers until assembly.
    Op(Opcode, u32),
    /// Start of a region whose exceptions go to the label; the stack is cut
    /// to the depth here (CPython's `SETUP_FINALLY`).
    SetupFinally(Label),
    /// As `SetupFinally`, but the handler also receives `lasti`
    /// (`SETUP_CLEANUP`).
    SetupCleanup(Label),
    /// As `SetupCleanup`, for `with`: the depth excludes the `__enter__`
    /// result on top of the stack (`SETUP_WITH`).
    SetupWith(Label),
    /// End of the innermost region (`POP_BLOCK`).
    PopBlock,
}

/// What kind of frame block the compiler is inside, for `break`,
/// `continue` and `return` (CPython's `fblocktype`).
#[derive(Clone, Debug)]
pub enum FBlock {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    /// `try` body of a `try/finally`; holds the `finally` statements to
    /// compile on every way out.
    FinallyTry(std::rc::Rc<Vec<minipy_ast::Stmt>>),
    FinallyEnd,
    /// A `with` (or `async with`, whose `__aexit__` result is awaited).
    With {
        span: minipy_diagnostics::Span,
        is_async: bool,
    },
    /// An `except` body; holds the `as` name to clear on the way out.
    HandlerCleanup(Option<String>),
    PopValue,
    ExceptionHandler,
}

pub struct CodeUnit {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub instrs: Vec<(Emitted, Location)>,
    pub labels: Vec<Option<u32>>,
    pub consts: Vec<Constant>,
    /// Indices into `consts`, hashed by `Constant::hash_identity`, so that
    /// sharing a constant does not scan every earlier one.
    const_index: HashTable<u32>,
    pub names: Vec<String>,
    /// Positions in `names` and `varnames`, hashed by name, so each name
    /// is stored once.
    name_index: HashTable<u32>,
    pub varnames: Vec<String>,
    var_index: HashTable<u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub fblocks: Vec<FBlock>,
    pub location: Location,
    /// The body of an `async def` (CPython's `COMPILER_SCOPE_ASYNC_FUNCTION`),
    /// where `await`, `async for` and `async with` are allowed. The symbol
    /// table's `is_coroutine` is not enough: an `await` sets it too.
    pub is_async_function: bool,
}

impl CodeUnit {
    pub fn new(scope: ScopeId, name: String, qualname: String, firstlineno: u32) -> CodeUnit {
        CodeUnit {
            scope,
            name,
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashTable::new(),
            names: Vec::new(),
            name_index: HashTable::new(),
            varnames: Vec::new(),
            var_index: HashTable::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            fblocks: Vec::new(),
            is_async_function: false,
            location: Location::default(),
        }
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.instrs.push((Emitted::Op(op, arg), self.location));
    }

    /// A pseudo-instruction; `POP_BLOCK` never has a line of its own (as in
    /// CPython, where it is added with `ADDOP_NOLINE`).
    pub fn emit_pseudo(&mut self, e: Emitted) {
        let location = if e == Emitted::PopBlock {
            Location::default()
        } else {
            self.location
        };
        self.instrs.push((e, location));
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        debug_assert!(op.is_jump());
        self.emit(op, target.0);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
    }

    /// Index of a constant, adding it if new; equal constants are shared.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let hash = const_hash(&c);
        let consts = &self.consts;
        if let Some(&i) = self
            .const_index
            .find(hash, |&i| consts[i as usize].same_as(&c))
        {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        let consts = &self.consts;
        self.const_index
            .insert_unique(hash, i, |&j| const_hash(&consts[j as usize]));
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        add_unique(&mut self.names, &mut self.name_index, name)
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        add_unique(&mut self.varnames, &mut self.var_index, name)
    }

    /// Index of a cell or free variable in the deref slots.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|f| f == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Does the last emitted instruction end the flow (so nothing more is
    /// needed to leave this block)?
    /// True when the code so far ends in a return or raise that no jump
    /// lands after (CPython's `b_return` on the current block).
    pub fn last_is_terminator(&self) -> bool {
        let end = self.instrs.len() as u32;
        matches!(self.instrs.last(), Some((Emitted::Op(op, _), _)) if op.is_terminator())
            && !self.labels.contains(&Some(end))
    }
}
