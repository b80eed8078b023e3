//! Modules: a name and a namespace dict.

use crate::objects::{PyDict, PyStr};
use std::sync::Arc;

pub struct PyModule {
    pub name: Arc<PyStr>,
    pub dict: Arc<PyDict>,
}
