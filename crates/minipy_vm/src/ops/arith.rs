//! Arithmetic: `BINARY_OP` and the unary operators.
//!
//! Builtin types are handled natively (ints overflow from `i64` into big
//! ints); anything else goes through Python's protocol: `a.__add__(b)`,
//! then `b.__radd__(a)` if that returned `NotImplemented` (the reflected
//! method goes first when `b`'s type is a subclass of `a`'s).

use crate::objects::PyClass;
use crate::ops::numbers::{bigint_to_f64, float_divmod, int_true_divide, to_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use minipy_bytecode::{BINARY_OPS, Opcode};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::Arc;

pub const ADD: u32 = 0;
pub const AND: u32 = 1;
pub const FLOOR_DIVIDE: u32 = 2;
pub const LSHIFT: u32 = 3;
pub const MATMUL: u32 = 4;
pub const MULTIPLY: u32 = 5;
pub const REMAINDER: u32 = 6;
pub const OR: u32 = 7;
pub const POWER: u32 = 8;
pub const RSHIFT: u32 = 9;
pub const SUBTRACT: u32 = 10;
pub const TRUE_DIVIDE: u32 = 11;
pub const XOR: u32 = 12;
/// `BINARY_OP` arguments from here on are the in-place forms (`+=`...).
pub const INPLACE: u32 = 13;

/// The dunder names for each operator: (normal, reflected, in-place).
pub fn dunder_names(op: u32) -> (&'static str, &'static str, &'static str) {
    match op % INPLACE {
        ADD => ("__add__", "__radd__", "__iadd__"),
        AND => ("__and__", "__rand__", "__iand__"),
        FLOOR_DIVIDE => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        LSHIFT => ("__lshift__", "__rlshift__", "__ilshift__"),
        MATMUL => ("__matmul__", "__rmatmul__", "__imatmul__"),
        MULTIPLY => ("__mul__", "__rmul__", "__imul__"),
        REMAINDER => ("__mod__", "__rmod__", "__imod__"),
        OR => ("__or__", "__ror__", "__ior__"),
        POWER => ("__pow__", "__rpow__", "__ipow__"),
        RSHIFT => ("__rshift__", "__rrshift__", "__irshift__"),
        SUBTRACT => ("__sub__", "__rsub__", "__isub__"),
        TRUE_DIVIDE => ("__truediv__", "__rtruediv__", "__itruediv__"),
        _ => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// The common int cases, without leaving `i64`; `None` to take the slow path.
#[inline]
pub fn int_fast(x: i64, y: i64, op: u32) -> Option<i64> {
    let op = if op >= INPLACE { op - INPLACE } else { op };
    Some(match op {
        ADD => x.checked_add(y)?,
        SUBTRACT => x.checked_sub(y)?,
        MULTIPLY => x.checked_mul(y)?,
        FLOOR_DIVIDE if y != 0 => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        REMAINDER if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        AND => x & y,
        OR => x | y,
        XOR => x ^ y,
        _ => return None,
    })
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

impl Vm {
    /// `a <op> b` for a `BINARY_OP` argument (in-place forms included).
    pub fn binary_op(&mut self, a: Value, b: Value, op: u32) -> PyResult<Value> {
        if op >= INPLACE
            && let Some(r) = self.inplace_op(&a, &b, op)?
        {
            return Ok(r);
        }
        let base = op % INPLACE;
        // Classes take part through their metaclass's dunders (`int | None`
        // is `type.__or__`).
        let dunders = |v: &Value| matches!(v, Value::Instance(_) | Value::Class(_));
        if !dunders(&a) && !dunders(&b) {
            if let Some(r) = self.native_binary(&a, &b, base) {
                return r;
            }
        } else if let Some(r) = self.dunder_binary(&a, &b, base)? {
            return Ok(r);
        } else if let Some((x, y)) = unwrap_builtin_pair(&a, &b)
            && self.builtin_operation_applies(&a, &b, (&x, &y), base)
        {
            // Subclasses of builtin types use the builtin operation, and
            // the result has the builtin type (`Even(10) + 1` is an int).
            if let Some(r) = self.native_binary(&x, &y, base) {
                return r;
            }
        }
        Err(self.binary_type_error(&a, &b, op))
    }

    /// Whether the builtin operation may still run after the Python-level
    /// methods declined. A subclass that defines the operator in Python
    /// has replaced the builtin one on its side (CPython sets its type
    /// slot to the method), so then only the right operand's builtin
    /// number operation is left (`int`, `float`, sets...); a sequence's
    /// concatenation or repetition belongs to the left operand alone, so
    /// `Declines("a") + "b"` is a TypeError when `Declines.__add__`
    /// returns NotImplemented.
    fn builtin_operation_applies(
        &self,
        a: &Value,
        b: &Value,
        inner: (&Value, &Value),
        op: u32,
    ) -> bool {
        let (name, rname, _) = dunder_names(op);
        if self.operator_method(&self.class_of(a), name).is_none() {
            return true;
        }
        // The right operand's number operation takes the pair only when
        // both are of its kind (`long_add` checks both are ints).
        let number = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
            )
        };
        let both_numbers = number(inner.0) && number(inner.1);
        let both_sets = matches!(inner, (Value::Set(_), Value::Set(_)));
        (both_numbers || both_sets) && self.operator_method(&self.class_of(b), rname).is_none()
    }

    pub(crate) fn binary_type_error(&self, a: &Value, b: &Value, op: u32) -> crate::vm::PyErr {
        let base = op % INPLACE;
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if base == ADD && op < INPLACE {
            match a {
                Value::Str(_) | Value::List(_) | Value::Tuple(_) => {
                    return self
                        .type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
                }
                _ => {}
            }
        }
        // bytes concatenation names the other operand's type, `+=` included.
        if base == ADD && matches!(a, Value::Bytes(_)) {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if base == MULTIPLY && (is_sequence(a) || is_sequence(b)) {
            let other = if is_sequence(a) { &tb } else { &ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let symbol = if base == POWER && op < INPLACE {
            "** or pow()"
        } else {
            BINARY_OPS[op as usize]
        };
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"
        ))
    }

    /// `a += b` and friends: lists extend in place; objects may define `__iadd__`.
    fn inplace_op(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        match (a, op - INPLACE) {
            (Value::List(l), ADD) => {
                let items = self.iterate(b)?;
                l.items.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Value::List(l), MULTIPLY) => {
                let n = self.repeat_count(b)?;
                let mut items = l.items.borrow_mut();
                let original = items.clone();
                items.clear();
                for _ in 0..n {
                    items.extend(original.iter().cloned());
                }
                Ok(Some(a.clone()))
            }
            (Value::Set(x), base @ (OR | AND | SUBTRACT | XOR))
                if !x.frozen && matches!(b, Value::Set(_)) =>
            {
                let Value::Set(y) = b else { unreachable!() };
                // As CPython's in-place set methods: `|=`, `-=` and `^=`
                // change the set element by element; `&=` takes the
                // intersection's table.
                match base {
                    OR => self.set_update(x, b)?,
                    SUBTRACT | XOR => {
                        let keys: Vec<Value> = y.table.borrow().keys();
                        for key in keys {
                            let removed = self.set_discard(x, &key)?;
                            if base == XOR && !removed {
                                self.set_add(x, key)?;
                            }
                        }
                    }
                    _ => {
                        if let Value::Set(r) = self.set_operator(a, b, AND)? {
                            let table = r.table.borrow().clone();
                            let old = std::mem::replace(&mut *x.table.borrow_mut(), table);
                            drop(old);
                        }
                    }
                }
                Ok(Some(a.clone()))
            }
            // A bytearray grows in place (`ba += b"x"`, `ba *= 2`).
            (Value::Bytes(x), ADD) if x.mutable => {
                let Some(data) = crate::builtins::bytes_methods::bytes_like(b) else {
                    return Ok(None);
                };
                // CPython holds a view of `b` while growing `a`: growing a
                // bytearray by itself fails.
                if matches!(b, Value::Bytes(y) if Arc::ptr_eq(x, y)) && !data.is_empty() {
                    return Err(self.error(
                        "BufferError",
                        "Existing exports of data: object cannot be re-sized",
                    ));
                }
                x.data.borrow_mut().extend_from_slice(&data);
                Ok(Some(a.clone()))
            }
            (Value::Bytes(x), MULTIPLY) if x.mutable && !matches!(b, Value::Instance(_)) => {
                let n = self.repeat_count(b)?;
                let repeated = x.data.borrow().repeat(n);
                *x.data.borrow_mut() = repeated;
                Ok(Some(a.clone()))
            }
            (Value::Dict(d), OR)
                if matches!(b, Value::Dict(_)) || matches!(b, Value::Instance(_)) =>
            {
                self.dict_update_from(d, b, "")?;
                Ok(Some(a.clone()))
            }
            (Value::Instance(inst), _) => {
                let (_, _, iname) = dunder_names(op);
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, iname) {
                    let r = self.call(&f, vec![a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// The Python-level protocol: `__op__`, then the reflected `__rop__`.
    fn dunder_binary(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        let (name, rname, _) = dunder_names(op);
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let same_type = Arc::ptr_eq(&ta, &tb);
        // A class that defines the reflected method in Python gets
        // CPython's `slot_nb_add` (and so on), which calls `__add__` too,
        // even the builtin one it inherits from `str`: that goes in the
        // left operand's turn, before the right's reflected method.
        let left = self.operator_method(&ta, name).or_else(|| {
            (matches!(a, Value::Instance(_)) && self.operator_method(&ta, rname).is_some())
                .then(|| self.class_lookup(&ta, name))
                .flatten()
        });
        let right = if same_type {
            None
        } else {
            self.operator_method(&tb, rname)
        };
        // The right operand goes first when its type is a subclass that
        // overrides the reflected method (CPython's `method_is_overloaded`):
        // one it merely inherits from the left's type waits its turn.
        let b_first = right.as_ref().is_some_and(|r| {
            tb.is_subclass_of(&ta)
                && !self
                    .class_lookup(&ta, rname)
                    .is_some_and(|inherited| inherited.is(r))
        });
        if b_first && let Some(r) = self.try_operator(right.as_ref().unwrap(), b, a, rname)? {
            return Ok(Some(r));
        }
        if let Some(f) = &left {
            if let Some(r) = self.try_operator(f, a, b, name)? {
                return Ok(Some(r));
            }
        } else if !matches!(a, Value::Instance(_))
            && !is_builtin_left_refusing(a, b)
            && let Some(result) = self.native_binary(a, b, op)
        {
            return result.map(Some);
        }
        if !b_first
            && let Some(f) = &right
            && let Some(r) = self.try_operator(f, b, a, rname)?
        {
            return Ok(Some(r));
        }
        Ok(None)
    }

    /// An operator method on a class, if it is one defined in Python
    /// (builtin types' operators are handled natively).
    fn operator_method(&self, cls: &Arc<PyClass>, name: &str) -> Option<Value> {
        match self.class_lookup(cls, name)? {
            // Builtin types' operators are native; dict views' set
            // operators and `type.__or__` are the exceptions, written as
            // methods.
            Value::Builtin(b) if !matches!(b.owner, Some("dict_view" | "complex" | "type")) => None,
            f => Some(f),
        }
    }

    fn try_operator(
        &mut self,
        f: &Value,
        x: &Value,
        y: &Value,
        _name: &str,
    ) -> PyResult<Option<Value>> {
        let r = self.call(f, vec![x.clone(), y.clone()], &[])?;
        Ok((!matches!(r, Value::NotImplemented)).then_some(r))
    }

    /// The builtin types' operators; `None` when the pair is not handled.
    pub fn native_binary(&mut self, a: &Value, b: &Value, op: u32) -> Option<PyResult<Value>> {
        use Value::*;
        match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if let (Bool(x), Bool(y)) = (a, b) {
                    match op {
                        AND => return Some(Ok(Bool(x & y))),
                        OR => return Some(Ok(Bool(x | y))),
                        XOR => return Some(Ok(Bool(x ^ y))),
                        _ => {}
                    }
                }
                if let (Some(x), Some(y)) = (a.as_int(), b.as_int())
                    && let Some(v) = int_fast(x, y, op)
                {
                    return Some(Ok(Value::Int(v)));
                }
                Some(self.int_binary(&to_bigint(a)?, &to_bigint(b)?, op))
            }
            (Float(_), _) | (_, Float(_)) if is_number(a) && is_number(b) => {
                let x = match self.to_f64(a) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                let y = match self.to_f64(b) {
                    Ok(y) => y,
                    Err(e) => return Some(Err(e)),
                };
                // CPython's float_pow hands a negative base with a
                // fractional exponent to complex: (-8) ** 0.5 is complex.
                if op == POWER && x < 0.0 && y.is_finite() && y.fract() != 0.0 {
                    return Some(crate::builtins::complex::real_power(self, x, y));
                }
                self.float_binary(x, y, op).map(|r| r.map(Float))
            }
            // As in CPython, adding an empty string gives the other one
            // back, not a copy (`s + ""` is `s`).
            (Str(x), Str(y)) if op == ADD && y.as_str().is_empty() => Some(Ok(Str(x.clone()))),
            (Str(x), Str(y)) if op == ADD && x.as_str().is_empty() => Some(Ok(Str(y.clone()))),
            (Str(x), Str(y)) if op == ADD => Some(Ok(Value::Str(Arc::new(
                crate::objects::PyStr::concat(x, y),
            )))),
            (Str(s), Int(_) | Bool(_) | BigInt(_)) | (Int(_) | Bool(_) | BigInt(_), Str(s))
                if op == MULTIPLY =>
            {
                let n = match self.repeat_count(if matches!(a, Str(_)) { b } else { a }) {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                };
                // CPython: a length past `Py_ssize_t` is an OverflowError,
                // one the allocator refuses a MemoryError.
                if s.as_str()
                    .len()
                    .checked_mul(n)
                    .is_none_or(|b| b > isize::MAX as usize)
                {
                    return Some(Err(self.overflow_error("repeated string is too long")));
                }
                if let Err(e) = self.check_alloc(s.as_str().len(), n) {
                    return Some(Err(e));
                }
                Some(Ok(Value::string(s.as_str().repeat(n))))
            }
            (Str(_) | Bytes(_), _) if op == REMAINDER => Some(self.percent_format(a, b)),
            (List(x), List(y)) if op == ADD => {
                let mut items = x.snapshot();
                items.extend(y.items.borrow().iter().cloned());
                Some(Ok(Value::list(items)))
            }
            (Tuple(x), Tuple(y)) if op == ADD => {
                let mut items = x.items().to_vec();
                items.extend(y.items().iter().cloned());
                Some(Ok(Value::tuple(items)))
            }
            (List(_) | Tuple(_), Int(_) | Bool(_) | BigInt(_))
            | (Int(_) | Bool(_) | BigInt(_), List(_) | Tuple(_))
                if op == MULTIPLY =>
            {
                let (seq, count) = if is_sequence(a) { (a, b) } else { (b, a) };
                let n = match self.repeat_count(count) {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                };
                let len = match seq {
                    List(l) => l.len(),
                    Tuple(t) => t.len(),
                    _ => 0,
                };
                let size = std::mem::size_of::<Value>();
                if let Err(e) = len.checked_mul(n).map_or_else(
                    || Err(self.error("MemoryError", "")),
                    |total| self.check_alloc(total, size),
                ) {
                    return Some(Err(e));
                }
                Some(Ok(match seq {
                    List(l) => {
                        let items = l.snapshot();
                        let mut out = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            out.extend(items.iter().cloned());
                        }
                        Value::list(out)
                    }
                    Tuple(t) => {
                        let mut out = Vec::with_capacity(t.len() * n);
                        for _ in 0..n {
                            out.extend(t.items().iter().cloned());
                        }
                        Value::tuple(out)
                    }
                    _ => unreachable!(),
                }))
            }
            (Bytes(x), Bytes(y)) if op == ADD => {
                let mut data = x.data.borrow().clone();
                data.extend_from_slice(&y.data.borrow());
                Some(Ok(Value::Bytes(Arc::new(crate::objects::PyBytes::new(
                    data, x.mutable,
                )))))
            }
            (Bytes(x), Int(_) | Bool(_) | BigInt(_)) | (Int(_) | Bool(_) | BigInt(_), Bytes(x))
                if op == MULTIPLY =>
            {
                let n = match self.repeat_count(if matches!(a, Bytes(_)) { b } else { a }) {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                };
                let len = x.data.borrow().len();
                if len.checked_mul(n).is_none_or(|b| b > isize::MAX as usize) {
                    return Some(Err(self.overflow_error("repeated bytes are too long")));
                }
                if let Err(e) = self.check_alloc(len, n) {
                    return Some(Err(e));
                }
                let data = x.data.borrow().repeat(n);
                Some(Ok(Value::Bytes(Arc::new(crate::objects::PyBytes::new(
                    data, x.mutable,
                )))))
            }
            (Set(_), Set(_)) if matches!(op, OR | AND | SUBTRACT | XOR) => {
                Some(self.set_operator(a, b, op))
            }
            (Dict(x), Dict(y)) if op == OR => {
                let result = Arc::new(crate::objects::PyDict::new());
                Some(
                    self.dict_update_from(&result, &Dict(x.clone()), "")
                        .and_then(|_| self.dict_update_from(&result, &Dict(y.clone()), ""))
                        .map(|_| Dict(result)),
                )
            }
            _ => Option::None,
        }
    }

    /// How many times to repeat a sequence (`[0] * n`); negative means 0.
    pub fn repeat_count(&self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Int(i) => Ok((*i).max(0) as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::BigInt(b) if b.is_negative() => Ok(0),
            Value::BigInt(_) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            other => Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            ))),
        }
    }

    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => bigint_to_f64(b)
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            Value::Instance(inst)
                if matches!(
                    inst.builtin_value(),
                    Some(Value::Int(_) | Value::Float(_) | Value::BigInt(_))
                ) =>
            {
                self.to_f64(&inst.builtin_value().unwrap_or_default())
            }
            other => Err(self.type_error(format!(
                "must be real number, not {}",
                self.type_name(other)
            ))),
        }
    }

    pub fn int_binary(&mut self, x: &BigInt, y: &BigInt, op: u32) -> PyResult<Value> {
        Ok(Value::from_bigint(match op {
            ADD => x + y,
            SUBTRACT => x - y,
            MULTIPLY => x * y,
            FLOOR_DIVIDE | REMAINDER => {
                if y.is_zero() {
                    let msg = if op == REMAINDER {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.zero_division(msg));
                }
                let (q, r) = x.div_mod_floor(y);
                if op == FLOOR_DIVIDE { q } else { r }
            }
            TRUE_DIVIDE => return Ok(Value::Float(int_true_divide(self, x, y)?)),
            POWER => return self.int_pow(x, y),
            LSHIFT | RSHIFT => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if op == RSHIFT {
                    match y.to_u64() {
                        Some(n) => x >> n,
                        None => {
                            if x.is_negative() {
                                BigInt::from(-1)
                            } else {
                                BigInt::zero()
                            }
                        }
                    }
                } else {
                    if x.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    match y.to_u64().filter(|&n| n < (1 << 32)) {
                        Some(n) => x << n,
                        None => return Err(self.overflow_error("too many digits in integer")),
                    }
                }
            }
            AND => x & y,
            OR => x | y,
            XOR => x ^ y,
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'int' and 'int'",
                    BINARY_OPS[op as usize]
                )));
            }
        }))
    }

    fn int_pow(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_negative() {
            if x.is_zero() {
                return Err(self.zero_division("0.0 cannot be raised to a negative power"));
            }
            let xf = bigint_to_f64(x)
                .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
            let yf = bigint_to_f64(y).unwrap_or(f64::NEG_INFINITY);
            return Ok(Value::Float(xf.powf(yf)));
        }
        let Some(e) = y.to_u32() else {
            if x.abs() <= BigInt::from(1) {
                let odd = y.is_odd();
                return Ok(Value::Int(if x.is_negative() && odd {
                    -1
                } else {
                    x.abs().to_i64().unwrap()
                }));
            }
            return Err(self.error("MemoryError", ""));
        };
        if x.bits().saturating_mul(e as u64) > 40_000_000 {
            return Err(self.error("MemoryError", ""));
        }
        Ok(Value::from_bigint(num_traits::pow::Pow::pow(x, e)))
    }

    pub fn float_binary(&mut self, x: f64, y: f64, op: u32) -> Option<PyResult<f64>> {
        Some(Ok(match op {
            ADD => x + y,
            SUBTRACT => x - y,
            MULTIPLY => x * y,
            TRUE_DIVIDE => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float division by zero")));
                }
                x / y
            }
            FLOOR_DIVIDE => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float floor division by zero")));
                }
                float_divmod(x, y).0
            }
            REMAINDER => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float modulo")));
                }
                float_divmod(x, y).1
            }
            POWER => return Some(self.float_pow(x, y)),
            _ => return None,
        }))
    }

    pub fn float_pow(&self, x: f64, y: f64) -> PyResult<f64> {
        // 0.0 ** -inf is inf, as C's pow() says; only finite powers fail.
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            return Err(self.value_error("math domain error"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(r)
    }

    pub fn unary_op(&mut self, op: Opcode, v: Value) -> PyResult<Value> {
        let (name, symbol) = match op {
            Opcode::UnaryNegative => ("__neg__", "unary -"),
            Opcode::UnaryPositive => ("__pos__", "unary +"),
            _ => ("__invert__", "unary ~"),
        };
        Ok(match (op, &v) {
            (Opcode::UnaryNegative, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            (Opcode::UnaryNegative, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (Opcode::UnaryNegative, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
            (Opcode::UnaryNegative, Value::Float(f)) => Value::Float(-f),
            (Opcode::UnaryPositive, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => {
                v.clone()
            }
            (Opcode::UnaryPositive, Value::Bool(b)) => Value::Int(*b as i64),
            (Opcode::UnaryInvert, Value::Int(i)) => Value::Int(!i),
            (Opcode::UnaryInvert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (Opcode::UnaryInvert, Value::BigInt(b)) => Value::from_bigint(!(**b).clone()),
            (_, Value::Instance(inst)) => {
                let cls = inst.class();
                match self.class_lookup(&cls, name) {
                    Some(f) => return self.call(&f, vec![v.clone()], &[]),
                    // A subclass of int or float negates its number.
                    None if inst.builtin_value().is_some() => {
                        let inner = inst.builtin_value().unwrap_or_default();
                        return self.unary_op(op, inner);
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "bad operand type for {symbol}: '{}'",
                            cls.name().as_str()
                        )));
                    }
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "bad operand type for {symbol}: '{}'",
                    self.type_name(&v)
                )));
            }
        })
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
    )
}

/// Builtin types never handle an operand of a user class natively (so that
/// the user class's reflected method gets its turn).
/// A builtin left operand does not take an instance on the right, except
/// `str % x` and `bytes % x`, which format any object (CPython's
/// `unicode_mod` never returns `NotImplemented` for a str on the left).
fn is_builtin_left_refusing(a: &Value, b: &Value) -> bool {
    matches!(b, Value::Instance(_)) && !matches!(a, Value::Str(_) | Value::Bytes(_))
}

/// Both operands with any builtin-subclass instance replaced by the builtin
/// value inside it; `None` if neither operand is such an instance.
pub fn unwrap_builtin_pair(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let inner = |v: &Value| match v {
        Value::Instance(i) => i.builtin_value(),
        _ => None,
    };
    match (inner(a), inner(b)) {
        (None, None) => None,
        (x, y) => Some((
            x.unwrap_or_else(|| a.clone()),
            y.unwrap_or_else(|| b.clone()),
        )),
    }
}
