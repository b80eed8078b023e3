//! `list`: a mutable sequence.

use crate::cell::PyCell;
use crate::trashcan;
use crate::value::Value;

pub struct PyList {
    pub items: PyCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: PyCell::new(items),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the items, so that Python code can run while they are used.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    pub fn get(&self, index: usize) -> Option<Value> {
        self.items.borrow().get(index).cloned()
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        trashcan::drop_values(std::mem::take(self.items.get_mut()));
    }
}
