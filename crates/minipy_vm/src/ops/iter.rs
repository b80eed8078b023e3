//! Iteration: `iter()`, `next()`, the builtin iterators, and unpacking.

use crate::objects::iterator::DictView;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::Arc;

fn iterator(type_name: &'static str, kind: IterKind) -> Value {
    Value::Iterator(Arc::new(PyIterator::new(type_name, kind)))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => iterator(
                "list_iterator",
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Tuple(_) => iterator(
                "tuple_iterator",
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Str(s) => {
                let name = if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                };
                iterator(
                    name,
                    IterKind::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                )
            }
            Value::Bytes(_) => iterator(
                "bytes_iterator",
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Range(r) => iterator(
                "range_iterator",
                IterKind::Range {
                    next: r.start,
                    step: r.step,
                    remaining: r.len(),
                },
            ),
            Value::Dict(d) => self.dict_iterator(d, DictView::Keys),
            Value::Set(s) => iterator(
                "set_iterator",
                IterKind::Set {
                    set: s.clone(),
                    slot: 0,
                    len_at_start: s.len(),
                },
            ),
            Value::Iterator(_) => v.clone(),
            Value::Generator(g) if g.is_iterator() => v.clone(),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__iter__") {
                    if f.is_none() {
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            cls.name().as_str()
                        )));
                    }
                    let it = self.call(&f, vec![v.clone()], &[])?;
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    return self.get_iter(&inner);
                }
                if self.class_lookup(&cls, "__getitem__").is_some() {
                    return Ok(iterator(
                        "iterator",
                        IterKind::GetItem {
                            obj: v.clone(),
                            index: 0,
                        },
                    ));
                }
                return Err(
                    self.type_error(format!("'{}' object is not iterable", cls.name().as_str()))
                );
            }
            // A class whose metaclass defines `__iter__` (an enum).
            Value::Class(_) => {
                let meta = self.class_of(v);
                if let Some(f) = self.class_lookup(&meta, "__iter__") {
                    return self.call(&f, vec![v.clone()], &[]);
                }
                return Err(
                    self.type_error(format!("'{}' object is not iterable", meta.name().as_str()))
                );
            }
            other => {
                return Err(self.type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(other)
                )));
            }
        })
    }

    pub fn dict_iterator(&self, d: &Arc<PyDict>, view: DictView) -> Value {
        let name = match view {
            DictView::Keys => "dict_keyiterator",
            DictView::Values => "dict_valueiterator",
            DictView::Items => "dict_itemiterator",
        };
        iterator(
            name,
            IterKind::Dict {
                dict: d.clone(),
                index: 0,
                len_at_start: d.len(),
                view,
            },
        )
    }

    pub(crate) fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) => true,
            Value::Generator(g) => g.is_iterator(),
            Value::Instance(inst) => self.class_lookup(&inst.class(), "__next__").is_some(),
            _ => false,
        }
    }

    /// `next(it)`: `None` when the iterator is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(i) => self.iterator_next(i),
            Value::Generator(g) if g.is_iterator() => {
                let g = g.clone();
                match self.resume_generator(&g, Value::None)? {
                    crate::ops::generators::SendResult::Yield(v) => Ok(Some(v)),
                    crate::ops::generators::SendResult::Return(_) => Ok(None),
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match self.class_lookup(&cls, "__next__") {
                    Some(f) => match self.call(&f, vec![it.clone()], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_error(&e, "StopIteration") => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        cls.name().as_str()
                    ))),
                }
            }
            other => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(other)
            ))),
        }
    }

    /// One step of a builtin iterator.
    pub fn iterator_next(&mut self, it: &Arc<PyIterator>) -> PyResult<Option<Value>> {
        let mut kind = it.kind.borrow_mut();
        match &mut *kind {
            IterKind::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.get(*index),
                    Value::Tuple(t) => t.items().get(*index).cloned(),
                    Value::Str(s) => {
                        // For strings the index is a byte offset.
                        let rest = &s.as_str()[*index..];
                        match rest.chars().next() {
                            Some(c) => {
                                *index += c.len_utf8();
                                return Ok(Some(Value::char(c)));
                            }
                            None => None,
                        }
                    }
                    Value::Bytes(b) => b.data.borrow().get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *kind = IterKind::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterKind::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                Ok(Some(Value::Int(v)))
            }
            IterKind::Dict {
                dict,
                index,
                len_at_start,
                view,
            } => {
                let table = dict.table.borrow();
                if table.len() != *len_at_start {
                    *len_at_start = usize::MAX;
                    drop(table);
                    drop(kind);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                while *index < table.capacity_index() {
                    let i = *index;
                    *index += 1;
                    if let Some(e) = table.entry(i) {
                        return Ok(Some(match view {
                            DictView::Keys => e.key.clone(),
                            DictView::Values => e.value.clone(),
                            DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterKind::Set {
                set,
                slot,
                len_at_start,
            } => {
                let table = set.table.borrow();
                if table.len() != *len_at_start {
                    drop(table);
                    drop(kind);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                while *slot < table.slot_count() {
                    let i = *slot;
                    *slot += 1;
                    if let Some(k) = table.slot_key(i) {
                        return Ok(Some(k.clone()));
                    }
                }
                Ok(None)
            }
            IterKind::Reversed { seq, next } => {
                if *next < 0 {
                    return Ok(None);
                }
                let i = *next as usize;
                *next -= 1;
                let seq = seq.clone();
                drop(kind);
                match &seq {
                    Value::List(l) => Ok(l.get(i)),
                    _ => self.get_item(&seq, &Value::Int(i as i64)).map(Some),
                }
            }
            IterKind::Exhausted => Ok(None),
            _ => {
                drop(kind);
                self.iterator_next_slow(it)
            }
        }
    }

    /// Iterators whose step may run Python code (so no borrow is held).
    fn iterator_next_slow(&mut self, it: &Arc<PyIterator>) -> PyResult<Option<Value>> {
        enum Step {
            Enumerate(Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value, bool),
            Callable(Value, Value),
            GetItem(Value, i64),
        }
        let step = match &*it.kind.borrow() {
            IterKind::Enumerate { inner, .. } => Step::Enumerate(inner.clone()),
            IterKind::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterKind::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterKind::Filter {
                func,
                inner,
                keep_true,
            } => Step::Filter(func.clone(), inner.clone(), *keep_true),
            IterKind::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
            IterKind::GetItem { obj, index } => Step::GetItem(obj.clone(), *index),
            _ => return Ok(None),
        };
        let exhaust = |it: &Arc<PyIterator>| *it.kind.borrow_mut() = IterKind::Exhausted;
        match step {
            Step::Enumerate(inner) => {
                let Some(v) = self.next(&inner)? else {
                    exhaust(it);
                    return Ok(None);
                };
                let mut kind = it.kind.borrow_mut();
                if let IterKind::Enumerate { count, .. } = &mut *kind {
                    let n = count.clone();
                    *count = match &n {
                        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                        other => Value::from_bigint(
                            crate::ops::numbers::to_bigint(other).unwrap_or_default() + 1,
                        ),
                    };
                    return Ok(Some(Value::tuple(vec![n, v])));
                }
                Ok(None)
            }
            Step::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (i, inner) in iters.iter().enumerate() {
                    match self.next(inner)? {
                        Some(v) => items.push(v),
                        None => {
                            exhaust(it);
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { "" } else { "s" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        i + 1,
                                        if i > 1 {
                                            format!("-{i}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, rest) in iters.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let plural = if j == 1 { "" } else { "s" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            j + 1,
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for inner in &iters {
                    match self.next(inner)? {
                        Some(v) => args.push(v),
                        None => {
                            exhaust(it);
                            return Ok(None);
                        }
                    }
                }
                // A StopIteration out of the function ends the iteration, as
                // it does for every C iterator in CPython (`PyIter_Next`).
                let r = self.call(&func, args, &[]);
                self.stop_ends(r)
            }
            Step::Filter(func, inner, keep_true) => loop {
                let Some(v) = self.next(&inner)? else {
                    exhaust(it);
                    return Ok(None);
                };
                let t = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, vec![v.clone()], &[]);
                    let Some(r) = self.stop_ends(r)? else {
                        return Ok(None);
                    };
                    self.truthy(&r)?
                };
                if t == keep_true {
                    return Ok(Some(v));
                }
            },
            Step::Callable(func, sentinel) => {
                let r = self.call(&func, vec![], &[]);
                let Some(v) = self.stop_ends(r)? else {
                    exhaust(it);
                    return Ok(None);
                };
                if self.eq(&v, &sentinel)? {
                    exhaust(it);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::GetItem(obj, index) => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => {
                    if let IterKind::GetItem { index, .. } = &mut *it.kind.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if self.is_error(&e, "IndexError") || self.is_error(&e, "StopIteration") => {
                    exhaust(it);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// A call's result, with `StopIteration` turned into the end of iteration.
    fn stop_ends(&self, r: PyResult<Value>) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_error(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every item of an iterable, collected.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items().to_vec()),
            Value::Str(s) => Ok(s.as_str().chars().map(Value::char).collect()),
            Value::Range(r) => {
                self.check_alloc(r.len() as usize, std::mem::size_of::<Value>())?;
                Ok((0..r.len()).map(|i| Value::Int(r.get(i))).collect())
            }
            Value::Dict(d) => Ok(d.table.borrow().keys()),
            Value::Set(s) => Ok(s.table.borrow().keys()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(item) = self.next(&it)? {
                    out.push(item);
                }
                Ok(out)
            }
        }
    }

    /// The error `[*x]` gives when `x` is not iterable.
    pub(crate) fn extend_error(&self, e: PyErr, iterable: &Value) -> PyErr {
        let iterable_type = matches!(
            iterable,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::Range(_)
                | Value::Iterator(_)
                | Value::Generator(_)
                | Value::Bytes(_)
                | Value::Instance(_)
        );
        if !iterable_type && self.is_error(&e, "TypeError") {
            return self.type_error(format!(
                "Value after * must be an iterable, not {}",
                self.type_name(iterable)
            ));
        }
        e
    }

    /// `a, b, c = v`.
    pub fn unpack_sequence(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items().to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = match self.get_iter(v) {
                    Ok(it) => it,
                    Err(e) if self.is_error(&e, "TypeError") => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(v)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let mut items = Vec::with_capacity(n);
                while let Some(item) = self.next(&it)? {
                    if items.len() == n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                    items.push(item);
                }
                items
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    /// `a, *b, c = v`: the middle part becomes a list.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let mut items = match self.iterate(v) {
            Ok(items) => items,
            Err(e)
                if self.is_error(&e, "TypeError")
                    && !matches!(v, Value::Instance(_) | Value::Generator(_)) =>
            {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                )));
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(Value::list(middle));
        items.extend(tail);
        Ok(items)
    }
}
