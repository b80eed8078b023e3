//! `Frame`: the bookkeeping of one running function call.
//!
//! A frame's values are not in the frame: all frames of a thread share one
//! value stack, and a frame records where its slots start (`base`). The
//! arguments a caller pushed become the callee's first locals in place, so
//! a Python-to-Python call copies nothing (CPython 3.11 does the same).

use crate::objects::{CodeRef, PyDict, PyFunction, PyGenerator};
use crate::value::Value;
use std::sync::Arc;

/// What happens when a frame returns.
#[derive(Clone)]
pub enum FrameKind {
    /// Push the return value for the caller.
    Normal,
    /// An `__init__` call made by a class call: check it returned `None`,
    /// then push this instance instead.
    Init(Value),
    /// A generator's frame: returning finishes the generator.
    Generator(Arc<PyGenerator>),
    /// A generator resumed by the `FOR_ITER` of the frame below it, in the
    /// same eval loop (no nested one): yielding pushes the value for that
    /// loop, and returning ends it. `caller_exc` is the exception the loop's
    /// frame was handling, given back when the generator stops.
    ///
    /// The generator is the loop's iterator, moved here out of the
    /// caller's stack slot (just below this frame's `base`) while it runs
    /// and moved back when it yields: no reference count changes, and the
    /// generator can stay borrowed while its values move to and from the
    /// value stack. The exception is boxed, and absent when there is none
    /// (the usual case): a 16-byte `Value` here sat across two of the
    /// 16-byte blocks a frame is copied in, and reading it back stalled on
    /// every item.
    ForIterGenerator {
        generator: Arc<PyGenerator>,
        caller_exc: Option<Box<Value>>,
    },
}

impl FrameKind {
    /// How much the frame counts against the recursion limit: an
    /// `__init__` frame also counts the class call that made it.
    pub fn depth_cost(&self) -> usize {
        match self {
            FrameKind::Init(_) => 2,
            _ => 1,
        }
    }
}

#[derive(Clone)]
pub struct Frame {
    pub code: CodeRef,
    /// Index of the next instruction.
    pub ip: usize,
    /// Stack index of the first local.
    pub base: usize,
    /// Stack index the caller's stack is cut back to on return.
    pub call_base: usize,
    /// The globals of a module-level frame; a function's frame uses its
    /// function's (see [`Frame::globals`]), which saves a reference count
    /// on every call.
    pub module_globals: Option<Arc<PyDict>>,
    /// The namespace of a module or class body (`LOAD_NAME`); `None` in functions.
    pub locals: Option<Value>,
    pub func: Option<Arc<PyFunction>>,
    pub kind: FrameKind,
    /// The instruction that raised the exception being handled, which
    /// `RERAISE` can restore so tracebacks point at the original line.
    pub lasti: usize,
    /// Set when a native function re-entered the eval loop for this frame:
    /// returning from it leaves the loop instead of resuming a caller.
    pub is_entry: bool,
}

impl Frame {
    /// The frame's global namespace.
    #[inline]
    pub fn globals(&self) -> &Arc<PyDict> {
        match (&self.func, &self.module_globals) {
            (Some(f), _) => &f.globals,
            (None, Some(g)) => g,
            (None, None) => unreachable!("every frame has globals"),
        }
    }
}
