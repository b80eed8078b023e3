//! The operations the eval loop and the builtins share: attribute access,
//! arithmetic, comparison, hashing, iteration, containers, formatting...
//! Each takes `&mut Vm` because any of them may call back into Python
//! (a `__add__`, a `__hash__`, a `__repr__`).

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod classes;
pub mod compare;
pub mod containers;
pub mod coroutines;
pub mod exceptions;
pub mod format;
pub mod functions;
pub mod generators;
pub mod hash;
pub mod imports;
pub mod iter;
pub mod memory;
pub mod names;
pub mod numbers;
pub mod pattern;
pub mod repr;
pub mod subscript;
pub mod syntax_errors;
pub mod with;
