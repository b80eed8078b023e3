//! Bytecode: what the compiler produces and the VM runs.
//!
//! A [`CodeObject`] holds one function's (or module's, or class body's)
//! instructions, constants and names, with CPython's `co_*` field names.
//! Opcodes use CPython 3.11's names wherever the stack effect is the same;
//! [`disassemble`] prints them in the columns of `python3 -m dis`.
//!
//! This crate knows neither the AST nor runtime values: constants are its own
//! [`Constant`] type, which the VM turns into values when it loads code.

mod code;
mod dis;
mod opcode;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, Location};
pub use dis::{constant_repr, disassemble};
pub use opcode::{ArgKind, BINARY_OPS, COMPARE_OPS, Opcode};
