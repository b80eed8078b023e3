//! Subscripts: `obj[key]` for reading, writing and deleting, with Python's
//! index and slice rules.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::Signed;
use std::sync::Arc;

/// A slice resolved against a length: start, stop, step and item count.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// Spare slots a list slice is made with: `buf = buf[1:]` then
/// `buf.append(x)` (a sliding window, a queue) otherwise grows the new
/// list at once, and that reallocation cost more than the slice.
const SLICE_SLACK: usize = 4;

/// The items of a list slice, as the new list's own vector.
fn list_slice_copy(part: &[Value]) -> Vec<Value> {
    let mut copy = Vec::with_capacity(part.len() + SLICE_SLACK);
    copy.extend_from_slice(part);
    copy
}

/// `seq[start:stop]` for a list, a tuple or an ASCII string with int or
/// `None` bounds, made without a slice object (`BUILD_SLICE__BINARY_SUBSCR`);
/// `None` for anything else, which takes the general path.
pub fn simple_slice(seq: &Value, start: &Value, stop: &Value) -> Option<Value> {
    let bound = |v: &Value, len: usize, default: usize| -> Option<usize> {
        match v {
            Value::None => Some(default),
            &Value::Int(i) if i < 0 => Some((i + len as i64).max(0) as usize),
            &Value::Int(i) => Some((i as u64).min(len as u64) as usize),
            _ => None,
        }
    };
    let range = |len: usize| -> Option<std::ops::Range<usize>> {
        let a = bound(start, len, 0)?;
        let b = bound(stop, len, len)?;
        Some(a..b.max(a))
    };
    Some(match seq {
        Value::List(l) => {
            let items = l.items.borrow();
            Value::list(list_slice_copy(&items[range(items.len())?]))
        }
        Value::Tuple(t) => {
            let r = range(t.len())?;
            if r.len() == t.len() {
                seq.clone()
            } else {
                Value::tuple(t.items()[r].to_vec())
            }
        }
        Value::Str(s) if s.is_ascii() => {
            let r = range(s.char_len())?;
            substring(s, r.start, r.end)
        }
        _ => return None,
    })
}

/// `s[start:end]` in code points, as CPython gives it: the string itself
/// when that is all of it, the shared one-character string for one.
fn substring(s: &Arc<PyStr>, start: usize, end: usize) -> Value {
    match end - start {
        n if n == s.char_len() => Value::Str(s.clone()),
        1 => Value::char(s.char_at(start)),
        _ => Value::str(s.substring(start, end)),
    }
}

impl Vm {
    /// An index value as an `i64` (ints, bools and objects with `__index__`).
    pub fn index_value(&mut self, v: &Value, what: &dyn Fn(&str) -> String) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
            Value::Instance(inst) => {
                let cls = inst.class();
                match self.class_lookup(&cls, "__index__") {
                    Some(f) => {
                        let r = self.call(&f, vec![v.clone()], &[])?;
                        self.index_value(&r, what)
                    }
                    None => match inst.builtin_value() {
                        Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                            self.index_value(&inner, what)
                        }
                        _ => Err(self.type_error(what(cls.name().as_str()))),
                    },
                }
            }
            other => Err(self.type_error(what(&self.type_name(other)))),
        }
    }

    /// An integer argument (`__index__` protocol), with CPython's message.
    pub fn as_index(&mut self, v: &Value) -> PyResult<i64> {
        self.index_value(v, &|t| {
            format!("'{t}' object cannot be interpreted as an integer")
        })
    }

    /// An integer argument that must fit a C `Py_ssize_t` (`list.insert`,
    /// `list.pop`): a bigger one is an `OverflowError`, not clamped.
    pub fn as_ssize(&mut self, v: &Value) -> PyResult<i64> {
        if matches!(v, Value::BigInt(_)) {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        self.as_index(v)
    }

    /// Resolves `slice` against a sequence of `length` items (CPython's
    /// `PySlice_GetIndicesEx`).
    pub fn slice_indices(&mut self, slice: &PySlice, length: usize) -> PyResult<SliceIndices> {
        let message = |_: &str| {
            "slice indices must be integers or None or have an __index__ method".to_string()
        };
        let step = if slice.step.is_none() {
            1
        } else {
            self.index_value(&slice.step, &message)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = length as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let bound = |v: &Value, default: i64, vm: &mut Vm| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = vm.index_value(v, &message)?;
            Ok(if i < 0 {
                (i.saturating_add(len)).max(lower)
            } else {
                i.min(upper)
            })
        };
        let start = bound(&slice.start, if step < 0 { upper } else { lower }, self)?;
        let stop = bound(&slice.stop, if step < 0 { lower } else { upper }, self)?;
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    /// Normalises a possibly negative index; `None` if out of range.
    pub fn normalize_index(
        &mut self,
        key: &Value,
        len: usize,
        what: &str,
    ) -> PyResult<Option<usize>> {
        if matches!(key, Value::BigInt(_)) {
            return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
        }
        let i = self.index_value(key, &|t| {
            format!("{what} indices must be integers or slices, not {t}")
        })?;
        let i = if i < 0 { i + len as i64 } else { i };
        Ok((i >= 0 && (i as usize) < len).then_some(i as usize))
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, l.len())?;
                    // The bounds' `__index__` may have shrunk the list.
                    let items = l.items.borrow();
                    let start = idx.start.max(0) as usize;
                    let copied = if idx.step == 1 && start + idx.len <= items.len() {
                        list_slice_copy(&items[start..start + idx.len])
                    } else {
                        idx.indices()
                            .filter_map(|i| items.get(i).cloned())
                            .collect()
                    };
                    drop(items);
                    return Ok(Value::list(copied));
                }
                if let Value::Int(i) = key {
                    let items = l.items.borrow();
                    let n = items.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    if j >= 0 && j < n {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(self.index_error("list index out of range"));
                }
                let len = l.len();
                match self.normalize_index(key, len, "list")? {
                    Some(i) => Ok(l.get(i).unwrap_or(Value::None)),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.len())?;
                    if idx.step == 1 && idx.len == t.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(Value::tuple(
                        idx.indices().map(|i| t.items()[i].clone()).collect(),
                    ));
                }
                match self.normalize_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(t.items()[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let start = idx.start.max(0) as usize;
                        return Ok(substring(s, start, start + idx.len));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(idx.indices().map(|i| chars[i]).collect()));
                }
                if matches!(key, Value::BigInt(_)) {
                    return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
                }
                let i = self.index_value(key, &|t| {
                    format!("string indices must be integers, not '{t}'")
                })?;
                let len = s.char_len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("string index out of range"));
                }
                Ok(Value::char(s.char_at(j as usize)))
            }
            Value::Bytes(b) => {
                let data = b.data.borrow().clone();
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, data.len())?;
                    let out = idx.indices().map(|i| data[i]).collect();
                    return Ok(Value::Bytes(Arc::new(PyBytes::new(out, b.mutable))));
                }
                let what = if b.mutable { "bytearray" } else { "byte" };
                match self.normalize_index(key, data.len(), what)? {
                    Some(i) => Ok(Value::Int(data[i] as i64)),
                    None => Err(self.index_error(if b.mutable {
                        "bytearray index out of range"
                    } else {
                        "index out of range"
                    })),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Range(r) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, r.len() as usize)?;
                    // As CPython's `compute_slice`: the slice's own start
                    // and stop mapped through the range.
                    let start = r.start + idx.start * r.step;
                    let stop = r.start + idx.stop * r.step;
                    let step = r.step * idx.step;
                    return Ok(Value::Range(Arc::new(PyRange { start, stop, step })));
                }
                match self.normalize_index(key, r.len() as usize, "range")? {
                    Some(i) => Ok(Value::Int(r.get(i as i64))),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__getitem__") {
                    return self.call(&f, vec![obj.clone(), key.clone()], &[]);
                }
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    return self.get_item_on_subclass(obj, &inner, key);
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    cls.name().as_str()
                )))
            }
            Value::Class(cls) => {
                // A metaclass's `__getitem__` comes first (`Color['RED']`),
                // then the class's own `__class_getitem__`, bound as the
                // classmethod it implicitly is.
                let meta = self.class_of(obj);
                if let Some(f) = self.class_lookup(&meta, "__getitem__") {
                    return self.call(&f, vec![obj.clone(), key.clone()], &[]);
                }
                if self.class_lookup(cls, "__class_getitem__").is_some() {
                    let f = self.get_attr_str(obj, "__class_getitem__")?;
                    return self.call(&f, vec![key.clone()], &[]);
                }
                if cls.is_builtin {
                    // `list[int]` and friends: a `types.GenericAlias`.
                    let module = self.import_module("_minipy_generics")?;
                    let alias = self.get_attr_str(&module, "GenericAlias")?;
                    return self.call(&alias, vec![obj.clone(), key.clone()], &[]);
                }
                Err(self.type_error(format!(
                    "type '{}' is not subscriptable",
                    cls.name().as_str()
                )))
            }
            other => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(other)
            ))),
        }
    }

    /// `obj[key]` on a subclass of a builtin type: the builtin's behaviour,
    /// with `__missing__` for dict subclasses.
    fn get_item_on_subclass(&mut self, obj: &Value, inner: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = inner {
            if let Some(v) = self.dict_get(d, key)? {
                return Ok(v);
            }
            let cls = self.class_of(obj);
            if let Some(missing) = self.class_lookup(&cls, "__missing__") {
                return self.call(&missing, vec![obj.clone(), key.clone()], &[]);
            }
            return Err(self.key_error(key.clone()));
        }
        self.get_item(inner, key)
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    // Only a value that cannot be iterated gets this message;
                    // an error raised while iterating passes through, as in
                    // CPython's `PySequence_Fast`.
                    let it = self
                        .get_iter(&value)
                        .map_err(|_| self.type_error("can only assign an iterable"))?;
                    let items = self.iterate(&it)?;
                    let len = l.len();
                    let idx = self.slice_indices(s, len)?;
                    let mut list = l.items.borrow_mut();
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = (idx.stop.max(idx.start)).clamp(0, len as i64) as usize;
                        list.splice(start..stop.max(start), items);
                        return Ok(());
                    }
                    if items.len() != idx.len {
                        let (given, expected) = (items.len(), idx.len);
                        drop(list);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {given} to extended slice of size {expected}"
                        )));
                    }
                    for (i, v) in idx.indices().zip(items) {
                        list[i] = v;
                    }
                    return Ok(());
                }
                let len = l.len();
                match self.normalize_index(&key, len, "list")? {
                    Some(i) => {
                        let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::Bytes(b) if b.mutable => {
                if let Value::Slice(sl) = &key {
                    return self.bytearray_set_slice(b, sl, &value);
                }
                let len = b.data.borrow().len();
                match self.normalize_index(&key, len, "bytearray")? {
                    Some(i) => {
                        let byte = self.as_index(&value)?;
                        if !(0..256).contains(&byte) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        b.data.borrow_mut()[i] = byte as u8;
                        Ok(())
                    }
                    None => Err(self.index_error("bytearray index out of range")),
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__setitem__") {
                    self.call(&f, vec![obj.clone(), key, value], &[])?;
                    return Ok(());
                }
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    return self.set_item(&inner, key, value);
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    cls.name().as_str()
                )))
            }
            other => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(other)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let len = l.len();
                    let idx = self.slice_indices(s, len)?;
                    let remove: std::collections::HashSet<usize> = idx.indices().collect();
                    let mut list = l.items.borrow_mut();
                    let kept: Vec<Value> = list
                        .drain(..)
                        .enumerate()
                        .filter(|(i, _)| !remove.contains(i))
                        .map(|(_, v)| v)
                        .collect();
                    *list = kept;
                    return Ok(());
                }
                let len = l.len();
                match self.normalize_index(&key, len, "list")? {
                    Some(i) => {
                        let old = l.items.borrow_mut().remove(i);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, &key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Value::Bytes(b) if b.mutable => {
                let len = b.data.borrow().len();
                let remove: Vec<usize> = match &key {
                    Value::Slice(sl) => self.slice_indices(sl, len)?.indices().collect(),
                    _ => match self.normalize_index(&key, len, "bytearray")? {
                        Some(i) => vec![i],
                        None => return Err(self.index_error("bytearray index out of range")),
                    },
                };
                remove_positions(&mut b.data.borrow_mut(), &remove);
                Ok(())
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__delitem__") {
                    self.call(&f, vec![obj.clone(), key], &[])?;
                    return Ok(());
                }
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    return self.del_item(&inner, key);
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    cls.name().as_str()
                )))
            }
            other => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(other)
            ))),
        }
    }

    /// `ba[i:j:k] = value` for a bytearray: the value is bytes-like or an
    /// iterable of ints; an extended slice takes exactly as many bytes as
    /// it selects (or none at all, which deletes it, as in CPython).
    fn bytearray_set_slice(&mut self, b: &PyBytes, sl: &PySlice, value: &Value) -> PyResult<()> {
        let is_number = matches!(
            value,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_)
        );
        let items = match crate::builtins::bytes_methods::bytes_like(value) {
            Some(d) => d,
            None if is_number => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            None => {
                let it = match self.get_iter(value) {
                    Ok(it) => it,
                    Err(e) if self.is_error(&e, "TypeError") => {
                        return Err(self.type_error(format!(
                            "cannot convert '{}' object to bytearray",
                            self.type_name(value)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(item) = self.next(&it)? {
                    out.push(crate::builtins::bytes_methods::byte_value(self, &item)?);
                }
                out
            }
        };
        let len = b.data.borrow().len();
        let idx = self.slice_indices(sl, len)?;
        let mut data = b.data.borrow_mut();
        if idx.step == 1 {
            let start = idx.start.clamp(0, len as i64) as usize;
            let stop = idx.stop.clamp(start as i64, len as i64) as usize;
            data.splice(start..stop, items);
            return Ok(());
        }
        if items.is_empty() {
            let remove: Vec<usize> = idx.indices().collect();
            remove_positions(&mut data, &remove);
            return Ok(());
        }
        if items.len() != idx.len {
            drop(data);
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        for (i, v) in idx.indices().zip(items) {
            data[i] = v;
        }
        Ok(())
    }
}

/// Removes the bytes at the given (distinct) positions.
fn remove_positions(data: &mut Vec<u8>, positions: &[usize]) {
    let mut keep = vec![true; data.len()];
    for &i in positions {
        keep[i] = false;
    }
    let mut i = 0;
    data.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}
