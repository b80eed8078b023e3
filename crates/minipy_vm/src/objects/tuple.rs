//! `tuple`: an immutable sequence.

use crate::trashcan;
use crate::value::Value;

pub struct PyTuple {
    items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    pub fn items(&self) -> &[Value] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        trashcan::drop_values(std::mem::take(&mut self.items).into_vec());
    }
}
