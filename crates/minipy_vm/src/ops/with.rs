//! `BEFORE_WITH`: the start of a `with` block.
//!
//! Like CPython, `__enter__` and `__exit__` are looked up on the type, not
//! the instance, and `__exit__` is looked up first so that an object which
//! cannot be exited is never entered.

use crate::ops::attr::bind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Returns the bound `__exit__` and the result of `__enter__()`.
    pub fn before_with(&mut self, manager: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(&manager);
        let enter = self.class_lookup(&cls, "__enter__");
        let exit = self.class_lookup(&cls, "__exit__");
        let (enter, exit) = match (enter, exit) {
            (Some(enter), Some(exit)) => (enter, exit),
            (None, _) => {
                return Err(self.type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    cls.name().as_str()
                )));
            }
            (Some(_), None) => {
                return Err(self.type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    cls.name().as_str()
                )));
            }
        };
        let exit = bind(&exit, &manager);
        let entered = self.call(&bind(&enter, &manager), Vec::new(), &[])?;
        Ok((exit, entered))
    }
}
