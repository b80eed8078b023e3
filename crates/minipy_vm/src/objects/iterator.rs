//! Builtin iterators: over sequences, ranges, dicts and sets, and the lazy
//! builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`...).

use crate::cell::PyCell;
use crate::objects::{PyDict, PySet};
use crate::value::Value;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub enum IterKind {
    /// A list, tuple, str or bytes, by index.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Dict {
        dict: Arc<PyDict>,
        index: usize,
        len_at_start: usize,
        view: DictView,
    },
    Set {
        set: Arc<PySet>,
        slot: usize,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
        keep_true: bool,
    },
    /// `reversed()` of a sequence: the next index to produce, counting down.
    Reversed {
        seq: Value,
        next: isize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Iteration through `__getitem__` with 0, 1, 2... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

pub struct PyIterator {
    pub kind: PyCell<IterKind>,
    /// The Python type name (`list_iterator`, `enumerate`...).
    pub type_name: &'static str,
}

/// What one `PyIterator::step_simple` gave.
pub enum SimpleStep {
    /// The next value of a range.
    Int(i64),
    /// The next item of a list.
    Value(Value),
    Exhausted,
    /// Not a range or list iterator: the VM must step it.
    NeedsVm,
}

impl PyIterator {
    /// One step of a range or list iterator, which needs no VM.
    ///
    /// This returned an `Option<Option<Value>>` before; the compiler then
    /// shuffled the value's bytes through memory in odd pieces and the
    /// eval loop stalled reading them back, a tenth of `list_dict`'s time.
    #[inline(always)]
    pub fn step_simple(&self) -> SimpleStep {
        let mut kind = self.kind.borrow_mut();
        match &mut *kind {
            IterKind::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return SimpleStep::Exhausted;
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                SimpleStep::Int(v)
            }
            IterKind::Seq {
                seq: Value::List(l),
                index,
            } => match l.get(*index) {
                Some(v) => {
                    *index += 1;
                    SimpleStep::Value(v)
                }
                None => {
                    *kind = IterKind::Exhausted;
                    SimpleStep::Exhausted
                }
            },
            IterKind::Exhausted => SimpleStep::Exhausted,
            _ => SimpleStep::NeedsVm,
        }
    }

    pub fn new(type_name: &'static str, kind: IterKind) -> PyIterator {
        PyIterator {
            kind: PyCell::new(kind),
            type_name,
        }
    }
}
