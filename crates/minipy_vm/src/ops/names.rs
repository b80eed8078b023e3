//! Name lookups: locals, globals and builtins (`LOAD_NAME`, `LOAD_GLOBAL`)
//! and the errors for names that are not bound.

use crate::objects::{CodeRef, PyCode, PyDict, PyStr};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};

/// Where `LOAD_GLOBAL` found a name last time: an entry index in the
/// globals, or in the builtins together with the version of the globals
/// that did not have it. Every hit is checked against the entry's key, so a
/// stale slot can only cost a slow lookup, never give a wrong value.
#[derive(Default)]
pub struct GlobalCacheSlot {
    index: AtomicU32,
    in_builtins: AtomicBool,
    globals_version: AtomicU64,
}

impl GlobalCacheSlot {
    /// `index` holds the entry index plus one; zero means never filled.
    const EMPTY: u32 = 0;
}

/// Is `key` the interned name (or an equal string)?
fn is_name(key: &Value, name: &Arc<PyStr>) -> bool {
    matches!(key, Value::Str(s) if Arc::ptr_eq(s, name) || s.as_str() == name.as_str())
}

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
        if let Some(v) = self.frames[fi].globals().get_name(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins_of(fi).get_name(name) {
            return Ok(v);
        }
        let err = self.name_error(name.as_str());
        self.record_name_candidates(&err, fi);
        Err(err)
    }

    /// `LOAD_GLOBAL`, remembering where the name was found. A hit costs an
    /// index check and a key comparison instead of a hash lookup, like
    /// CPython 3.11's `LOAD_GLOBAL_MODULE` and `LOAD_GLOBAL_BUILTIN`.
    ///
    /// A hit pushes the value straight from the dict entry onto the value
    /// stack. Returning it first went through a `PyResult<Value>` in
    /// memory, written in parts and read back whole, a forwarding stall
    /// on every global function call.
    #[inline(always)]
    pub(crate) fn push_global_cached(
        &mut self,
        fi: usize,
        code: CodeRef,
        arg: usize,
    ) -> PyResult<()> {
        let name = &code.names[arg];
        let slot = &code.global_cache[arg];
        let index = slot.index.load(Ordering::Relaxed);
        if index != GlobalCacheSlot::EMPTY {
            let globals = self.frames[fi].globals();
            let dict: &PyDict = if slot.in_builtins.load(Ordering::Relaxed) {
                // Valid only while the globals still lack the name.
                let unchanged = globals.table.borrow().version()
                    == slot.globals_version.load(Ordering::Relaxed);
                if unchanged {
                    &self.interp.builtins
                } else {
                    globals
                }
            } else {
                globals
            };
            let table = dict.table.borrow();
            if let Some(entry) = table.entry(index as usize - 1)
                && is_name(&entry.key, name)
            {
                self.stack.push(entry.value.clone());
                return Ok(());
            }
        }
        let v = self.load_global_slow(fi, code, arg)?;
        self.stack.push(v);
        Ok(())
    }

    /// `LOAD_GLOBAL` without a cache hit: a hash lookup in the globals,
    /// then the builtins, filling the slot for next time.
    #[inline(never)]
    fn load_global_slow(&self, fi: usize, code: CodeRef, arg: usize) -> PyResult<Value> {
        let name = &code.names[arg];
        let slot = &code.global_cache[arg];
        let globals = &self.frames[fi].globals();
        let hash = name.hash();
        {
            let table = globals.table.borrow();
            if let Some(i) = table.find(hash, |k| is_name(k, name)) {
                slot.in_builtins.store(false, Ordering::Relaxed);
                slot.index.store(i as u32 + 1, Ordering::Relaxed);
                return Ok(table.value_at(i).clone());
            }
            slot.globals_version
                .store(table.version(), Ordering::Relaxed);
        }
        let builtins = self.interp.builtins.table.borrow();
        if let Some(i) = builtins.find(hash, |k| is_name(k, name)) {
            slot.in_builtins.store(true, Ordering::Relaxed);
            slot.index.store(i as u32 + 1, Ordering::Relaxed);
            return Ok(builtins.value_at(i).clone());
        }
        drop(builtins);
        self.load_global(fi, name)
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
        if let Some(Value::Dict(d)) = &self.frames[fi].locals {
            return Ok(d.get_name(name));
        }
        match self.frames[fi].locals.clone() {
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
        if let Some(Value::Dict(d)) = &self.frames[fi].locals {
            d.set_name(name, value);
            return Ok(());
        }
        match self.frames[fi].locals.clone() {
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
