//! `PyCell`: the interior mutability every mutable Python object uses.
//!
//! Objects are shared between threads through `Arc`, so their mutable
//! parts need a `Sync` cell. Python code only touches objects while holding
//! the GIL, so borrows never contend; the cell's job is to catch a borrow
//! that is still alive when Python code re-enters the same object, which
//! would be a bug in minipy. `AtomicRefCell` does that safely (it panics
//! instead of corrupting memory). Keeping the wrapper in one place lets a
//! cheaper GIL-token cell replace it later without touching the objects.

pub use atomic_refcell::{AtomicRef as Ref, AtomicRefCell as PyCell, AtomicRefMut as RefMut};
