//! An instance's `__dict__`: read without a borrow, and replaceable by
//! assigning `obj.__dict__ = d` (the Borg idiom shares one dict this way).
//!
//! Attribute access reads the dict on every `self.x`, so it must stay one
//! pointer load; a `PyCell<Arc<PyDict>>` would add a borrow to each. So
//! the current dict is an atomic pointer, and every dict the instance has
//! had stays owned here until the instance dies: a `&PyDict` handed out
//! stays valid even if Python code replaces `__dict__` while it is held.
//! A replaced dict is kept alive a little longer than in CPython (until
//! the instance goes), which no program can observe except by memory use.
//! This is one of the few modules allowed to use `unsafe`.

#![allow(unsafe_code)]

use crate::cell::PyCell;
use crate::objects::PyDict;
use std::sync::Arc;
use std::sync::atomic::{AtomicPtr, Ordering};

pub struct InstanceDict {
    /// The dict in use: `first` or the last of `later`.
    current: AtomicPtr<PyDict>,
    /// The dict the instance was made with.
    first: Arc<PyDict>,
    /// Dicts assigned since, in order; never shrinks. Empty (and not
    /// allocated) for almost every instance.
    later: PyCell<Vec<Arc<PyDict>>>,
}

impl InstanceDict {
    pub fn new() -> InstanceDict {
        let first = Arc::new(PyDict::new());
        InstanceDict {
            current: AtomicPtr::new(Arc::as_ptr(&first).cast_mut()),
            first,
            later: PyCell::new(Vec::new()),
        }
    }

    #[inline(always)]
    pub fn get(&self) -> &PyDict {
        // SAFETY: `current` always points to the `PyDict` of an `Arc` held
        // in `first` or `later` (see `new` and `replace`), and neither lets
        // go of any `Arc` before `self` is dropped. So the dict lives at
        // least as long as `&self`, and only shared references to it are
        // ever made (`PyDict` mutates through its own cell).
        unsafe { &*self.current.load(Ordering::Relaxed) }
    }

    /// The current dict as a shared object (`obj.__dict__`, `vars(obj)`).
    pub fn arc(&self) -> Arc<PyDict> {
        let current = self.current.load(Ordering::Relaxed).cast_const();
        if std::ptr::eq(current, Arc::as_ptr(&self.first)) {
            return self.first.clone();
        }
        let later = self.later.borrow();
        let last = later.last().expect("a replaced dict is kept in `later`");
        debug_assert!(std::ptr::eq(current, Arc::as_ptr(last)));
        last.clone()
    }

    /// `obj.__dict__ = dict`.
    pub fn replace(&self, dict: Arc<PyDict>) {
        let ptr = Arc::as_ptr(&dict).cast_mut();
        // The new dict is owned here before it becomes current.
        self.later.borrow_mut().push(dict);
        self.current.store(ptr, Ordering::Relaxed);
    }
}

impl Default for InstanceDict {
    fn default() -> InstanceDict {
        InstanceDict::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    #[test]
    fn a_dict_read_before_a_replacement_stays_usable() {
        crate::gil::ensure_held();
        let d = InstanceDict::new();
        let name = Arc::new(crate::objects::PyStr::new_interned("x"));
        d.get().set_name(&name, Value::Int(1));
        let before = d.get();
        let other = Arc::new(PyDict::new());
        other.set_name(&name, Value::Int(2));
        d.replace(other.clone());
        assert!(Arc::ptr_eq(&d.arc(), &other));
        assert!(matches!(d.get().get_name(&name), Some(Value::Int(2))));
        assert!(matches!(before.get_name(&name), Some(Value::Int(1))));
        d.replace(Arc::new(PyDict::new()));
        assert!(d.get().is_empty());
        assert!(matches!(other.get_name(&name), Some(Value::Int(2))));
    }
}
