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

impl SavedFrame {
    /// Moves the frame out for resuming, leaving an inert stand-in, so
    /// that the box itself can be kept for the next suspension.
    pub fn take_frame(&mut self) -> Frame {
        let code = self.frame.code;
        std::mem::replace(&mut self.frame, inert_frame(code))
    }
}

/// A frame that holds nothing.
fn inert_frame(code: CodeRef) -> Frame {
    Frame {
        code,
        ip: 0,
        base: 0,
        call_base: 0,
        module_globals: None,
        locals: None,
        func: None,
        kind: crate::frame::FrameKind::Normal,
        lasti: 0,
        is_entry: false,
    }
}

pub enum GenState {
    /// Created or suspended at a `yield`, ready to resume.
    Suspended(Box<SavedFrame>),
    Running,
    Finished,
}

/// A generator object, a coroutine (`async def`) or an asynchronous
/// generator (`async def` with `yield`): the same suspended frame, told
/// apart by its code's flags, as in CPython.
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
    /// While the generator runs: the box its frame was saved in, with an
    /// emptied values buffer, kept so that the next `yield` allocates
    /// neither (see `SavedFrame::take_frame`).
    pub spare: PyCell<Option<Box<SavedFrame>>>,
}

impl PyGenerator {
    pub fn is_coroutine(&self) -> bool {
        self.code.code.flags & minipy_bytecode::CodeFlags::COROUTINE != 0
    }

    pub fn is_async_generator(&self) -> bool {
        self.code.code.flags & minipy_bytecode::CodeFlags::ASYNC_GENERATOR != 0
    }

    /// A plain generator, which is an iterator (the others are not).
    pub fn is_iterator(&self) -> bool {
        !self.is_coroutine() && !self.is_async_generator()
    }

    /// The type's name: `generator`, `coroutine` or `async_generator`.
    pub fn type_name(&self) -> &'static str {
        if self.is_coroutine() {
            "coroutine"
        } else if self.is_async_generator() {
            "async_generator"
        } else {
            "generator"
        }
    }
}
