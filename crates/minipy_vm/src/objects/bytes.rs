//! `bytes` (immutable) and `bytearray` (mutable) byte strings.

use crate::cell::PyCell;

pub struct PyBytes {
    pub data: PyCell<Vec<u8>>,
    /// `bytearray` rather than `bytes`.
    pub mutable: bool,
}

impl PyBytes {
    pub fn new(data: Vec<u8>, mutable: bool) -> PyBytes {
        PyBytes {
            data: PyCell::new(data),
            mutable,
        }
    }
}
