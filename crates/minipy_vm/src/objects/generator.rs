//! Generators: a function's frame, suspended between `yield`s.
//!
//! While a generator runs, its values (locals and value stack) sit on the
//! thread's value stack like any frame's. When it yields, they are moved
//! into the generator object; resuming moves them back. So a generator is
//! "a suspended frame", which is exactly how CPython describes it.

use crate::cell::PyCell;
use crate::frame::Frame;
use crate::objects::CodeRef;
use crate::value::Value;

/// A frame that is not running: its bookkeeping and its values.
pub struct SavedFrame {
    pub frame: Frame,
    pub values: Vec<Value>,
}

pub enum GenState {
    /// Created or suspended at a `yield`, ready to resume.
    Suspended(Box<SavedFrame>),
    Running,
    Finished,
}

pub struct PyGenerator {
    pub state: PyCell<GenState>,
    pub code: CodeRef,
    pub name: Value,
    pub qualname: Value,
    /// Whether it has started (a fresh generator only accepts `send(None)`).
    pub started: PyCell<bool>,
    /// The exception the generator is handling while suspended (its own
    /// `sys.exc_info()`, CPython's `gi_exc_state`), kept apart from the
    /// caller's.
    pub exc_state: PyCell<Value>,
    /// The emptied buffer of the saved values, kept while the generator
    /// runs so that its next `yield` need not allocate one.
    pub spare_values: PyCell<Vec<Value>>,
}
