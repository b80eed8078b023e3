//! `CodeObject` and its parts, named after CPython's `co_*` attributes.

use crate::Opcode;
use num_bigint::BigInt;
use std::sync::Arc;

/// One instruction: an opcode and its argument (0 when it takes none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        Instruction { op, arg }
    }
}

/// The source range an instruction came from (CPython's `co_positions`):
/// 1-based lines, 0-based columns counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compile-time constant (an entry of `co_consts`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Constants are shared when they are the same value of the same type:
    /// `1`, `1.0` and `True` stay separate, and so do `0.0` and `-0.0`.
    pub fn same_as(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Feeds `state` so that constants that are [`same_as`](Self::same_as)
    /// each other hash alike: the compiler indexes a code object's
    /// constants by this instead of comparing against each one.
    pub fn hash_identity<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::Hash;
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(b) => b.hash(state),
            Constant::Int(i) => i.hash(state),
            Constant::BigInt(i) => i.hash(state),
            Constant::Float(f) => f.to_bits().hash(state),
            Constant::Complex { real, imag } => {
                real.to_bits().hash(state);
                imag.to_bits().hash(state);
            }
            Constant::Str(s) => s.hash(state),
            Constant::Bytes(b) => b.hash(state),
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                items.len().hash(state);
                for item in items.iter() {
                    item.hash_identity(state);
                }
            }
            Constant::Code(code) => Arc::as_ptr(code).hash(state),
        }
    }
}

/// One row of the exception table: an exception raised by an instruction
/// in `start..end` jumps to `target`, with the value stack cut back to
/// `depth` (and, with `lasti`, the raising instruction's offset pushed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// `co_flags` bits, with CPython's values.
pub struct CodeFlags;

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compiled function, class body, comprehension or module.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub code: Vec<Instruction>,
    /// One source range per instruction.
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, the parameter's
    /// index in `varnames` (CPython keeps such cells in the parameter's slot).
    pub cell2arg: Vec<Option<u32>>,
    pub exceptiontable: Vec<ExceptionTableEntry>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Names of the cell and free slots that `LOAD_DEREF` and friends index
    /// (after the locals), CPython's "localsplus" minus the plain locals.
    pub fn deref_name(&self, index: u32) -> &str {
        let index = index as usize;
        if index < self.cellvars.len() {
            &self.cellvars[index]
        } else {
            &self.freevars[index - self.cellvars.len()]
        }
    }

    /// Every code object nested in this one's constants, depth first.
    pub fn nested(&self) -> impl Iterator<Item = &Arc<CodeObject>> {
        self.consts.iter().filter_map(|c| match c {
            Constant::Code(code) => Some(code),
            _ => None,
        })
    }

    /// The exception table entry covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        self.exceptiontable
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    /// The source line of instruction `index`.
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map_or(self.firstlineno, |l| l.line)
    }
}
