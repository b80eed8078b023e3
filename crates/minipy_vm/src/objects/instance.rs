//! Instances of classes, including exceptions and the builtin descriptor types.

use crate::cell::PyCell;
use crate::objects::{CodeRef, InstanceDict, PyClass, PyDict};
use crate::value::Value;
use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One frame of a traceback: a code object and the instruction that was
/// running in it.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: CodeRef,
    pub instr: u32,
}

/// The state of an exception object (`BaseException` and subclasses).
#[derive(Clone, Default)]
pub struct ExceptionData {
    pub args: Vec<Value>,
    /// Innermost frame first; printed outermost first.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// `StopIteration.value`, `SystemExit.code` and the like.
    pub value: Option<Value>,
    /// For a `NameError`: the names its frame could see (locals, globals,
    /// builtins), from which the traceback suggests "Did you mean: ...?".
    pub name_candidates: Option<Arc<[Vec<String>; 3]>>,
}

/// Data an instance carries beyond its `__dict__`.
pub enum Payload {
    None,
    Exception(PyCell<ExceptionData>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()`: the class to start after, and the object (or class).
    Super {
        start_after: Arc<PyClass>,
        obj: Value,
    },
    /// A subclass of a builtin type: the builtin value it extends.
    Builtin(PyCell<Value>),
    /// State of an object implemented in Rust (a lock, a deque...).
    Native(Box<dyn Any + Send + Sync>),
}

pub struct PyInstance {
    /// Replaced only through `set_class`, which keeps `class_addr` true.
    pub class: PyCell<Arc<PyClass>>,
    /// The address of `class`, readable without borrowing it: the
    /// attribute caches compare it on every `self.x`.
    class_addr: AtomicUsize,
    dict: InstanceDict,
    pub payload: Payload,
}

impl PyInstance {
    /// The builtin value inside an instance of a subclass of a builtin
    /// type (`class Celsius(float)`), if this is one.
    pub fn builtin_value(&self) -> Option<Value> {
        match &self.payload {
            Payload::Builtin(inner) => Some(inner.borrow().clone()),
            _ => None,
        }
    }

    pub fn new(class: Arc<PyClass>, payload: Payload) -> PyInstance {
        PyInstance {
            class_addr: AtomicUsize::new(Arc::as_ptr(&class) as usize),
            class: PyCell::new(class),
            dict: InstanceDict::new(),
            payload,
        }
    }

    /// The instance's `__dict__`.
    #[inline(always)]
    pub fn dict(&self) -> &PyDict {
        self.dict.get()
    }

    /// The `__dict__` as an object of its own (`obj.__dict__`, `vars`).
    pub fn dict_arc(&self) -> Arc<PyDict> {
        self.dict.arc()
    }

    /// `obj.__dict__ = dict`.
    pub fn set_dict(&self, dict: Arc<PyDict>) {
        self.dict.replace(dict);
    }

    pub fn class(&self) -> Arc<PyClass> {
        self.class.borrow().clone()
    }

    /// The address of the instance's class (an identity, never followed).
    #[inline]
    pub fn class_addr(&self) -> usize {
        self.class_addr.load(Ordering::Relaxed)
    }

    /// `obj.__class__ = new`.
    pub fn set_class(&self, new: Arc<PyClass>) {
        self.class_addr
            .store(Arc::as_ptr(&new) as usize, Ordering::Relaxed);
        let old = std::mem::replace(&mut *self.class.borrow_mut(), new);
        drop(old);
    }

    pub fn exception(&self) -> Option<&PyCell<ExceptionData>> {
        match &self.payload {
            Payload::Exception(data) => Some(data),
            _ => None,
        }
    }

    pub fn native<T: 'static>(&self) -> Option<&T> {
        match &self.payload {
            Payload::Native(b) => b.downcast_ref(),
            _ => None,
        }
    }
}
