//! Dict and set operations that may need Python equality.
//!
//! Lookups first try a native comparison under the table's borrow; only
//! keys that need a Python `__eq__` take the slow path, which copies the
//! candidate keys out, compares them with no borrow held, and checks the
//! table did not change underneath.

use crate::objects::*;
use crate::ops::hash::native_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

impl Vm {
    fn dict_find(&mut self, d: &Arc<PyDict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut needs_python = false;
        {
            let vm: &Vm = self;
            let table = d.table.borrow();
            let found = table.find(hash, |k| match native_eq(vm, k, key) {
                Some(r) => r,
                None => {
                    needs_python = true;
                    false
                }
            });
            if found.is_some() || !needs_python {
                return Ok(found);
            }
        }
        let candidates = d.table.borrow().candidates(hash);
        for i in candidates {
            let k = match d.table.borrow().entry(i) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if self.eq(&k, key)? && d.table.borrow().entry(i).is_some_and(|e| e.key.is(&k)) {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &Arc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            match d.get_str_unless_other(s.as_str(), s.hash()) {
                StrLookup::Found(v) => return Ok(Some(v)),
                StrLookup::Absent => return Ok(None),
                StrLookup::Undecided => {}
            }
        }
        let hash = self.hash(key)?;
        Ok(self
            .dict_find(d, key, hash)?
            .map(|i| d.table.borrow().value_at(i).clone()))
    }

    pub fn dict_set(&mut self, d: &Arc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        let (key, value) = match &key {
            Value::Str(s) => {
                let hash = s.hash();
                match d.set_str_unless_other(key, hash, value) {
                    Ok(()) => return Ok(()),
                    Err(back) => back,
                }
            }
            _ => (key, value),
        };
        let hash = self.hash(&key)?;
        match self.dict_find(d, &key, hash)? {
            Some(i) => {
                let old = d.table.borrow_mut().set_value_at(i, value);
                drop(old);
            }
            None => d.table.borrow_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &Arc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(i) => {
                let (k, v) = d.table.borrow_mut().remove_at(i);
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// `dict.update(other)` / `{**other}`: a mapping, or pairs.
    pub fn dict_update_from(
        &mut self,
        d: &Arc<PyDict>,
        other: &Value,
        context: &str,
    ) -> PyResult<()> {
        match other {
            Value::Dict(o) => {
                let items = o.table.borrow().items();
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            _ => {
                if let Some(keys) = self.get_attr_opt(other, "keys")? {
                    let keys = self.call(&keys, vec![], &[])?;
                    for k in self.iterate(&keys)? {
                        let v = self.get_item(other, &k)?;
                        self.dict_set(d, k, v)?;
                    }
                    return Ok(());
                }
                if context == "dict_update" {
                    return Err(self.type_error(format!(
                        "'{}' object is not a mapping",
                        self.type_name(other)
                    )));
                }
                // Element by element, as CPython does: a bad element
                // stops the update before later ones are made.
                let items = self.get_iter(other)?;
                let mut n = 0;
                while let Some(item) = self.next(&items)? {
                    let pair = match self.iterate(&item) {
                        Ok(p) => p,
                        Err(_) => {
                            return Err(self.type_error(format!(
                                "cannot convert dictionary update sequence element #{n} to a sequence"
                            )));
                        }
                    };
                    if pair.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (it.next().unwrap(), it.next().unwrap());
                    self.dict_set(d, k, v)?;
                    n += 1;
                }
                Ok(())
            }
        }
    }

    /// `f(**other)`: merges keyword arguments, rejecting duplicates.
    pub(crate) fn dict_merge_kwargs(
        &mut self,
        d: &Arc<PyDict>,
        other: &Value,
        func: &Value,
    ) -> PyResult<()> {
        let name = self.callable_name(func);
        let items: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.table.borrow().items(),
            _ => match self.get_attr_opt(other, "keys")? {
                Some(keys) => {
                    let keys = self.call(&keys, vec![], &[])?;
                    let mut items = Vec::new();
                    for k in self.iterate(&keys)? {
                        let v = self.get_item(other, &k)?;
                        items.push((k, v));
                    }
                    items
                }
                None => {
                    return Err(self.type_error(format!(
                        "{name} argument after ** must be a mapping, not {}",
                        self.type_name(other)
                    )));
                }
            },
        };
        for (k, v) in items {
            let Value::Str(s) = &k else {
                return Err(self.type_error("keywords must be strings"));
            };
            if d.get_str(s.as_str(), s.hash()).is_some() {
                return Err(self.type_error(format!(
                    "{name} got multiple values for keyword argument '{}'",
                    s.as_str()
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `f()` as error messages name a callable.
    pub fn callable_name(&self, func: &Value) -> String {
        match func {
            // CPython's `_PyObject_FunctionStr`: the module is named unless
            // it is `builtins`.
            Value::Function(f) => {
                let module = f.globals.get_str("__name__", PyStr::new("__name__").hash());
                match module.as_ref().and_then(|m| m.as_str()) {
                    Some(m) if m != "builtins" => format!("{m}.{}()", self.function_qualname(f)),
                    _ => format!("{}()", self.function_qualname(f)),
                }
            }
            Value::Builtin(b) => format!("{}()", b.name),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => format!("{}()", c.name().as_str()),
            other => format!("{} object", self.type_name(other)),
        }
    }

    pub fn dict_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
            return Ok(false);
        };
        if x.len() != y.len() {
            return Ok(false);
        }
        let items = x.table.borrow().items();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---------------------------------------------------------------- sets

    /// The slot of a key equal to `key`, or `None`, plus the probe used.
    fn set_find(
        &mut self,
        s: &Arc<PySet>,
        key: &Value,
        hash: i64,
    ) -> PyResult<(Option<usize>, crate::objects::set::Probe, u64)> {
        loop {
            let (probe, version) = {
                let table = s.table.borrow();
                (table.probe(hash), table.version)
            };
            let mut found = None;
            let mut restart = false;
            for (slot, candidate) in &probe.candidates {
                let equal = match native_eq(self, candidate, key) {
                    Some(r) => r,
                    None => {
                        let r = self.eq(candidate, key)?;
                        if s.table.borrow().version != version {
                            restart = true;
                            break;
                        }
                        r
                    }
                };
                if equal {
                    found = Some(*slot);
                    break;
                }
            }
            if !restart {
                return Ok((found, probe, version));
            }
        }
    }

    pub fn set_add(&mut self, s: &Arc<PySet>, key: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.set_add_hashed(s, key, hash)
    }

    fn set_add_hashed(&mut self, s: &Arc<PySet>, key: Value, hash: i64) -> PyResult<()> {
        loop {
            let (found, probe, version) = self.set_find(s, &key, hash)?;
            if found.is_some() {
                return Ok(());
            }
            let mut table = s.table.borrow_mut();
            if table.version == version {
                table.insert_at(&probe, hash, key);
                return Ok(());
            }
        }
    }

    pub fn set_contains(&mut self, s: &Arc<PySet>, key: &Value) -> PyResult<bool> {
        let hash = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `frozenset` lookups accept sets: `{1} in {frozenset({1})}`.
                if let Value::Set(inner) = key {
                    let frozen =
                        Value::Set(Arc::new(PySet::new(inner.table.borrow().clone(), true)));
                    return self.set_contains(s, &frozen);
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, hash)?.0.is_some())
    }

    /// Removes `key`; `false` if it was not there.
    pub fn set_discard(&mut self, s: &Arc<PySet>, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let (found, _, version) = self.set_find(s, key, hash)?;
        match found {
            Some(slot) if s.table.borrow().version == version => {
                let old = s.table.borrow_mut().remove_slot(slot);
                drop(old);
                Ok(true)
            }
            Some(_) => self.set_discard(s, key),
            None => Ok(false),
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Arc::new(PySet::new(SetTable::new(), frozen));
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(Value::Set(set))
    }

    /// Adds every item of an iterable, as CPython's `set_update_internal`
    /// does (copying a set's layout when it can).
    pub fn set_update(&mut self, s: &Arc<PySet>, iterable: &Value) -> PyResult<()> {
        match iterable {
            Value::Set(other) if !Arc::ptr_eq(s, other) => {
                let other_table = other.table.borrow().clone();
                if s.table.borrow().is_empty() {
                    s.table
                        .borrow_mut()
                        .merge_from(&other_table, &mut |_, _, _| {});
                    return Ok(());
                }
                for (hash, key) in other_table.entries() {
                    self.set_add_hashed(s, key.clone(), hash)?;
                }
                Ok(())
            }
            Value::Set(_) => Ok(()),
            Value::Dict(d) => {
                let keys = d.table.borrow().keys();
                s.table.borrow_mut().reserve_for(keys.len());
                for k in keys {
                    self.set_add(s, k)?;
                }
                Ok(())
            }
            _ => {
                // Item by item: an unhashable one stops it there.
                let items = self.get_iter(iterable)?;
                while let Some(item) = self.next(&items)? {
                    self.set_add(s, item)?;
                }
                Ok(())
            }
        }
    }

    /// A set with the same contents and layout (CPython's `set_copy`).
    pub fn set_copy(&mut self, s: &Arc<PySet>, frozen: bool) -> Arc<PySet> {
        let copy = Arc::new(PySet::new(SetTable::new(), frozen));
        let table = s.table.borrow().clone();
        copy.table
            .borrow_mut()
            .merge_from(&table, &mut |_, _, _| {});
        copy
    }

    /// `|`, `&`, `-` and `^` between sets, in CPython's algorithms so the
    /// result iterates in the same order.
    pub fn set_operator(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        use crate::ops::arith::{AND, OR, SUBTRACT};
        let (Value::Set(x), Value::Set(y)) = (a, b) else {
            unreachable!("called with two sets")
        };
        let frozen = x.frozen;
        let result = match op {
            OR => {
                let r = self.set_copy(x, frozen);
                self.set_update(&r, b)?;
                r
            }
            AND => {
                let r = Arc::new(PySet::new(SetTable::new(), frozen));
                let (big, small) = if y.len() > x.len() { (y, x) } else { (x, y) };
                let entries: Vec<(i64, Value)> = small
                    .table
                    .borrow()
                    .entries()
                    .map(|(h, k)| (h, k.clone()))
                    .collect();
                for (hash, key) in entries {
                    if self.set_find(big, &key, hash)?.0.is_some() {
                        self.set_add_hashed(&r, key, hash)?;
                    }
                }
                r
            }
            SUBTRACT => {
                if (x.len() >> 2) > y.len() {
                    let r = self.set_copy(x, frozen);
                    for key in y.table.borrow().keys() {
                        self.set_discard(&r, &key)?;
                    }
                    r
                } else {
                    let r = Arc::new(PySet::new(SetTable::new(), frozen));
                    let entries: Vec<(i64, Value)> = x
                        .table
                        .borrow()
                        .entries()
                        .map(|(h, k)| (h, k.clone()))
                        .collect();
                    for (hash, key) in entries {
                        if self.set_find(y, &key, hash)?.0.is_none() {
                            self.set_add_hashed(&r, key, hash)?;
                        }
                    }
                    r
                }
            }
            _ => {
                let r = self.set_copy(y, frozen);
                for key in x.table.borrow().keys() {
                    if !self.set_discard(&r, &key)? {
                        self.set_add(&r, key)?;
                    }
                }
                r
            }
        };
        Ok(Value::Set(result))
    }

    /// Set comparisons are subset tests.
    pub(crate) fn set_compare(
        &mut self,
        x: &Arc<PySet>,
        y: &Arc<PySet>,
        op: u32,
    ) -> PyResult<Option<bool>> {
        use crate::ops::compare::*;
        let subset = |vm: &mut Vm, a: &Arc<PySet>, b: &Arc<PySet>| -> PyResult<bool> {
            if a.len() > b.len() {
                return Ok(false);
            }
            for k in a.table.borrow().keys() {
                if !vm.set_contains(b, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(Some(match op {
            EQ => x.len() == y.len() && subset(self, x, y)?,
            NE => !(x.len() == y.len() && subset(self, x, y)?),
            LE => subset(self, x, y)?,
            LT => x.len() < y.len() && subset(self, x, y)?,
            GE => subset(self, y, x)?,
            _ => y.len() < x.len() && subset(self, y, x)?,
        }))
    }
}
