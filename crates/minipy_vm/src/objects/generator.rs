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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Created or suspended at a `yield`, ready to resume: `frame` and
    /// `values` hold its frame.
    Suspended,
    /// Its frame is on a thread's frame stack.
    Running,
    Finished,
}

/// The mutable part of a generator, in one cell: resuming and suspending
/// touch all of it, and one borrow per step measured cheaper than one per
/// field (each borrow checks the GIL).
pub struct GenInner {
    pub state: GenState,
    /// Whether it has started (a fresh generator only accepts `send(None)`).
    pub started: bool,
    /// The exception the generator is handling while suspended (its own
    /// `sys.exc_info()`, CPython's `gi_exc_state`), kept apart from the
    /// caller's.
    pub exc_state: Value,
    /// The suspended frame. While it runs, and once finished, an inert
    /// frame that holds nothing.
    pub frame: Frame,
    /// The suspended frame's values (locals, then its value stack). The
    /// buffer stays allocated while the frame runs, so that a `yield`
    /// allocates nothing.
    pub values: Vec<Value>,
}

impl GenInner {
    /// Moves the frame out for resuming, leaving an inert stand-in.
    pub fn take_frame(&mut self) -> Frame {
        let code = self.frame.code;
        std::mem::replace(&mut self.frame, inert_frame(code))
    }
}

/// A generator object, a coroutine (`async def`) or an asynchronous
/// generator (`async def` with `yield`): the same suspended frame, told
/// apart by its code's flags, as in CPython.
pub struct PyGenerator {
    pub inner: PyCell<GenInner>,
    pub code: CodeRef,
    pub name: Value,
    pub qualname: Value,
}

impl PyGenerator {
    pub fn new(frame: Frame, values: Vec<Value>, name: Value, qualname: Value) -> PyGenerator {
        PyGenerator {
            code: frame.code,
            inner: PyCell::new(GenInner {
                state: GenState::Suspended,
                started: false,
                exc_state: Value::None,
                frame,
                values,
            }),
            name,
            qualname,
        }
    }

    pub fn state(&self) -> GenState {
        self.inner.borrow().state
    }

    pub fn set_state(&self, state: GenState) {
        self.inner.borrow_mut().state = state;
    }

    pub fn is_suspended(&self) -> bool {
        self.state() == GenState::Suspended
    }

    /// Marks it finished and lets go of what a suspended frame held (a
    /// closed generator frees its locals at once, as in CPython). They are
    /// dropped after the borrow ends, since dropping can run Python code.
    pub fn finish(&self) {
        let released = {
            let mut inner = self.inner.borrow_mut();
            inner.state = GenState::Finished;
            (inner.take_frame(), std::mem::take(&mut inner.values))
        };
        drop(released);
    }

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
