//! Comparisons (`COMPARE_OP`), membership (`in`) and truth values.

use crate::ops::numbers::{int_float_cmp, to_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use minipy_bytecode::COMPARE_OPS;
use std::cmp::Ordering;
use std::sync::Arc;

pub const LT: u32 = 0;
pub const LE: u32 = 1;
pub const EQ: u32 = 2;
pub const NE: u32 = 3;
pub const GT: u32 = 4;
pub const GE: u32 = 5;

fn dunder(op: u32) -> &'static str {
    ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][op as usize]
}

/// The operator with its operands swapped (`a < b` is `b > a`).
fn reflected(op: u32) -> u32 {
    match op {
        LT => GT,
        LE => GE,
        GT => LT,
        GE => LE,
        other => other,
    }
}

fn from_ordering(ord: Ordering, op: u32) -> bool {
    match op {
        LT => ord == Ordering::Less,
        LE => ord != Ordering::Greater,
        EQ => ord == Ordering::Equal,
        NE => ord != Ordering::Equal,
        GT => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// `COMPARE_OP` on two ints (`op` is CPython's `<`, `<=`, `==`, `!=`,
/// `>`, `>=` order).
#[inline(always)]
pub fn int_compare(x: i64, y: i64, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

impl Vm {
    /// `a <op> b`, which may return any object when a class defines it.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: u32) -> PyResult<Value> {
        if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
            if let Some(r) = self.native_compare(&a, &b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let ta = self.class_of(&a);
            let tb = self.class_of(&b);
            let left = self.compare_method(&ta, dunder(op));
            // As CPython's `do_richcompare`: the reflected method is tried
            // first for a proper subclass on the right, else after the left
            // one (for operands of the same type too: `a > b` may be
            // answered by `b.__lt__(a)`).
            let right = self.compare_method(&tb, dunder(reflected(op)));
            let b_first = right.is_some() && !Arc::ptr_eq(&ta, &tb) && tb.is_subclass_of(&ta);
            if b_first {
                let r = self.call(right.as_ref().unwrap(), vec![b.clone(), a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(f) = &left {
                let r = self.call(f, vec![a.clone(), b.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if !b_first && let Some(f) = &right {
                let r = self.call(f, vec![b.clone(), a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if op == NE {
                // `!=` falls back to the inverse of a user `__eq__`.
                if let Some(eq) = self.compare_method(&ta, "__eq__") {
                    let r = self.call(&eq, vec![a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        let t = self.truthy(&r)?;
                        return Ok(Value::Bool(!t));
                    }
                }
            }
        }
        if let Some((x, y)) = crate::ops::arith::unwrap_builtin_pair(&a, &b)
            && let Some(r) = self.native_compare(&x, &y, op)?
        {
            return Ok(Value::Bool(r));
        }
        match op {
            EQ => Ok(Value::Bool(a.is(&b))),
            NE => Ok(Value::Bool(!a.is(&b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                COMPARE_OPS[op as usize],
                self.type_name(&a),
                self.type_name(&b)
            ))),
        }
    }

    /// A comparison method defined in Python (builtins compare natively).
    fn compare_method(&self, cls: &Arc<crate::objects::PyClass>, name: &str) -> Option<Value> {
        match self.class_lookup(cls, name)? {
            Value::Builtin(b) if !matches!(b.owner, Some("complex" | "dict_view")) => None,
            f => Some(f),
        }
    }

    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<bool> {
        if op == EQ {
            return self.eq(a, b);
        }
        let r = self.rich_compare(a.clone(), b.clone(), op)?;
        self.truthy(&r)
    }

    /// Builtin types; `Ok(None)` when the pair has no native comparison.
    pub(crate) fn native_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: u32,
    ) -> PyResult<Option<bool>> {
        use Value::*;
        let ord = match (a, b) {
            (Int(x), Int(y)) => x.cmp(y),
            (Float(x), Float(y)) => match x.partial_cmp(y) {
                Some(o) => o,
                Option::None => return Ok(Some(op == NE)),
            },
            (Float(f), _) if is_number(b) => match int_float_cmp(&to_bigint(b).unwrap(), *f) {
                Some(o) => o.reverse(),
                Option::None => return Ok(Some(op == NE)),
            },
            (_, Float(f)) if is_number(a) => match int_float_cmp(&to_bigint(a).unwrap(), *f) {
                Some(o) => o,
                Option::None => return Ok(Some(op == NE)),
            },
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap())
            }
            (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
            (Bytes(x), Bytes(y)) => x.data.borrow().as_slice().cmp(y.data.borrow().as_slice()),
            (List(x), List(y)) => {
                return self
                    .sequence_compare(&x.snapshot(), &y.snapshot(), op)
                    .map(Some);
            }
            (Tuple(x), Tuple(y)) => {
                return self.sequence_compare(x.items(), y.items(), op).map(Some);
            }
            (Slice(x), Slice(y)) => {
                let a = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let b = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.sequence_compare(&a, &b, op).map(Some);
            }
            (None, None) if op == EQ || op == NE => Ordering::Equal,
            (Set(x), Set(y)) => return self.set_compare(x, y, op),
            (Dict(_), Dict(_)) if op == EQ || op == NE => {
                let equal = self.dict_equal(a, b)?;
                return Ok(Some(equal == (op == EQ)));
            }
            (Range(x), Range(y)) if op == EQ || op == NE => {
                let same = (x.is_empty() && y.is_empty())
                    || (x.len() == y.len()
                        && x.start == y.start
                        && (x.len() == 1 || x.step == y.step));
                return Ok(Some(same == (op == EQ)));
            }
            _ => return Ok(Option::None),
        };
        Ok(Some(from_ordering(ord, op)))
    }

    /// Lexicographic comparison of lists or tuples: the first unequal items
    /// decide; if there are none, the lengths do.
    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
        if (op == EQ || op == NE) && x.len() != y.len() {
            return Ok(op == NE);
        }
        // Comparing items may recurse without end (`a = [a]`).
        self.enter_recursive(" in comparison")?;
        let result = self.compare_items(x, y, op);
        self.leave_recursive();
        result
    }

    fn compare_items(&mut self, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match op {
                    EQ => Ok(false),
                    NE => Ok(true),
                    _ => self.compare_bool(p, q, op),
                };
            }
        }
        Ok(from_ordering(x.len().cmp(&y.len()), op))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(l) => {
                let items = l.snapshot();
                for v in &items {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for v in t.items() {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => {
                let Some(i) = item.as_int() else {
                    if let Value::Float(f) = item {
                        if f.fract() == 0.0 {
                            return self.contains(container, &Value::Int(*f as i64));
                        }
                        return Ok(false);
                    }
                    return Ok(false);
                };
                let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                let i = i as i128;
                let inside = if step > 0 {
                    start <= i && i < stop
                } else {
                    stop < i && i <= start
                };
                Ok(inside && (i - start) % step == 0)
            }
            Value::Bytes(b) => {
                let data = b.data.borrow().clone();
                crate::builtins::bytes_methods::bytes_contains(self, &data, item)
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__contains__") {
                    let r = self.call(&f, vec![container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            Value::Iterator(_) | Value::Generator(_) => self.contains_by_iteration(container, item),
            Value::Class(_) => {
                let meta = self.class_of(container);
                if let Some(f) = self.class_lookup(&meta, "__contains__") {
                    let r = self.call(&f, vec![container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                if self.class_lookup(&meta, "__iter__").is_some() {
                    return self.contains_by_iteration(container, item);
                }
                Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    meta.name().as_str()
                )))
            }
            other => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(other)
            ))),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Python truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Bytes(b) => !b.data.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__bool__") {
                    let r = self.call(&f, vec![v.clone()], &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(inner) = inst.builtin_value() {
                    return self.truthy(&inner);
                }
                if let Some(f) = self.class_lookup(&cls, "__len__") {
                    let r = self.call(&f, vec![v.clone()], &[])?;
                    return Ok(self.len_result(r)? != 0);
                }
                true
            }
            _ => true,
        })
    }
}
