//! Name lookups: locals, globals and builtins (`LOAD_NAME`, `LOAD_GLOBAL`)
//! and the errors for names that are not bound.

use crate::objects::{PyCode, PyStr};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::Arc;

impl Vm {
    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.error("NameError", format!("name '{name}' is not defined"));
        self.set_exception_attr(&err, "name", Value::str(name));
        err
    }

    pub(crate) fn unbound_local(&self, code: &PyCode, index: usize) -> PyErr {
        let name = code.varnames[index].as_str();
        self.error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(crate) fn unbound_deref(&self, code: &PyCode, index: usize) -> PyErr {
        let name = code.code.deref_name(index as u32);
        if index < code.code.cellvars.len() {
            self.error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `LOAD_GLOBAL`: the module's globals, then builtins.
    pub(crate) fn load_global(&self, fi: usize, name: &Arc<PyStr>) -> PyResult<Value> {
        let hash = name.hash();
        if let Some(v) = self.frames[fi].globals.get_str(name.as_str(), hash) {
            return Ok(v);
        }
        if let Some(v) = self.builtins_of(fi).get_str(name.as_str(), hash) {
            return Ok(v);
        }
        let err = self.name_error(name.as_str());
        self.record_name_candidates(&err, fi);
        Err(err)
    }

    /// The builtins a frame sees (its globals' `__builtins__`, normally the
    /// interpreter's builtins module).
    fn builtins_of(&self, _fi: usize) -> Arc<crate::objects::PyDict> {
        self.interp.builtins.clone()
    }

    /// Looks `name` up in the frame's local namespace (module and class bodies).
    pub(crate) fn lookup_locals(
        &mut self,
        fi: usize,
        name: &Arc<PyStr>,
    ) -> PyResult<Option<Value>> {
        match self.frames[fi].locals.clone() {
            Some(Value::Dict(d)) => Ok(d.get_str(name.as_str(), name.hash())),
            Some(mapping) => match self.get_item(&mapping, &Value::Str(name.clone())) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.is_error(&e, "KeyError") => Ok(None),
                Err(e) => Err(e),
            },
            None => Ok(None),
        }
    }

    /// `LOAD_NAME`: locals, then globals, then builtins.
    pub(crate) fn load_name(&mut self, fi: usize, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.lookup_locals(fi, name)? {
            return Ok(v);
        }
        self.load_global(fi, name)
    }

    pub(crate) fn store_name(
        &mut self,
        fi: usize,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        match self.frames[fi].locals.clone() {
            Some(Value::Dict(d)) => {
                d.set_str(Value::Str(name.clone()), name.hash(), value);
                Ok(())
            }
            Some(mapping) => self.set_item(&mapping, Value::Str(name.clone()), value),
            None => Err(self.error("SystemError", "no locals found when storing a name")),
        }
    }

    pub(crate) fn delete_name(&mut self, fi: usize, name: &Arc<PyStr>) -> PyResult<()> {
        match self.frames[fi].locals.clone() {
            Some(Value::Dict(d)) => match d.remove_str(name.as_str(), name.hash()) {
                Some(_) => Ok(()),
                None => Err(self.name_error(name.as_str())),
            },
            Some(mapping) => self.del_item(&mapping, Value::Str(name.clone())),
            None => Err(self.error("SystemError", "no locals when deleting a name")),
        }
    }

    pub(crate) fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let name = self.intern("__annotations__");
        if self.lookup_locals(fi, &name)?.is_none() {
            let d = Value::Dict(Arc::new(crate::objects::PyDict::new()));
            self.store_name(fi, &name, d)?;
        }
        Ok(())
    }
}
