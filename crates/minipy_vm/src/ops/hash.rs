//! `hash()` and the native equality dict and set lookups use.
//!
//! Numbers hash as CPython hashes them (`hash(n) == n % (2**61 - 1)`, with
//! floats consistent with ints), because `1`, `1.0` and `True` must be the
//! same dict key, and because set iteration order depends on hashes.

use crate::objects::PyClass;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::sync::Arc;

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if b.sign() == Sign::Minus { -m } else { m })
}

/// CPython's `_Py_HashDouble` (NaN hashes by identity there; 0 here).
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    fix(x as i64 * sign)
}

/// `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// CPython's tuple hash (the xxHash-based one from 3.8).
pub fn hash_tuple(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash.
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((len as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// Equality that needs no Python code, when both values are builtin
/// types that compare by value (or objects compared by identity).
/// `None` means a Python-level `__eq__` must decide.
pub fn native_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            crate::ops::numbers::int_float_eq(&num_bigint::BigInt::from(*x), *y)
        }
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => crate::ops::numbers::int_float_eq(x, *y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (None, _) | (_, None) => false,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            // Deep nesting goes the slow way, which checks the recursion limit.
            if crate::stack::exhausted() {
                return Option::None;
            }
            for (p, q) in x.items().iter().zip(y.items()) {
                if !native_eq(vm, p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Bytes(x), Bytes(y)) => *x.data.borrow() == *y.data.borrow(),
        (Str(_), Int(_) | Float(_) | Bool(_) | BigInt(_) | Tuple(_) | Bytes(_))
        | (Int(_) | Float(_) | Bool(_) | BigInt(_) | Tuple(_) | Bytes(_), Str(_)) => false,
        (Instance(x), Instance(y)) => {
            if has_custom_eq(vm, &x.class()) || has_custom_eq(vm, &y.class()) {
                return Option::None;
            }
            false
        }
        (Instance(x), _) | (_, Instance(x)) => {
            if has_custom_eq(vm, &x.class()) {
                return Option::None;
            }
            false
        }
        (Set(_), Set(_)) | (List(_), List(_)) | (Dict(_), Dict(_)) => return Option::None,
        (Class(_), Class(_)) | (Function(_), Function(_)) | (Module(_), Module(_)) => false,
        _ => return Option::None,
    })
}

fn has_custom_eq(vm: &Vm, cls: &Arc<PyClass>) -> bool {
    match vm.class_lookup(cls, "__eq__") {
        Some(Value::Builtin(b)) => b.owner != Some("object"),
        Some(_) => true,
        None => false,
    }
}

impl Vm {
    /// `hash(v)`, with `TypeError: unhashable type: 'list'` for mutable containers.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => hash_int(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash_float(*f),
            Value::BigInt(b) => hash_bigint(b),
            Value::None => 0xFCA86420 >> 4,
            Value::Tuple(t) => {
                if crate::stack::exhausted() {
                    return Err(self.recursion_error());
                }
                let mut hashes = Vec::with_capacity(t.len());
                for item in t.items() {
                    hashes.push(self.hash(item)?);
                }
                hash_tuple(hashes.into_iter(), t.len())
            }
            Value::Bytes(b) if !b.mutable => crate::objects::siphash::hash_bytes(&b.data.borrow()),
            Value::Set(s) if s.frozen => {
                let hashes: Vec<i64> = s.table.borrow().entries().map(|(h, _)| h).collect();
                hash_frozenset(hashes.into_iter(), s.len())
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Bytes(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match self.class_lookup(&cls, "__hash__") {
                    Some(Value::None) => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", cls.name().as_str()))
                        );
                    }
                    Some(Value::Builtin(b)) if b.owner == Some("object") => {
                        match inst.builtin_value() {
                            Some(inner) => return self.hash(&inner),
                            None => identity_hash(v),
                        }
                    }
                    Some(f) => {
                        let r = self.call(&f, vec![v.clone()], &[])?;
                        // CPython keeps a `__hash__` result that fits in a
                        // machine word as it is, and hashes bigger ints.
                        match r {
                            Value::Int(i) => fix(i),
                            Value::BigInt(b) => hash_bigint(&b),
                            Value::Bool(b) => b as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                );
                            }
                        }
                    }
                    None => identity_hash(v),
                }
            }
            _ => identity_hash(v),
        })
    }

    /// Python `==` as a bool (`PyObject_RichCompareBool`: identity first).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = native_eq(self, a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a.clone(), b.clone(), 2)?;
        self.truthy(&r)
    }
}

/// Objects without `__hash__` hash by identity, as CPython's
/// `object.__hash__` does (address rotated by 4 bits).
pub fn identity_hash(v: &Value) -> i64 {
    let id = v.id() as u64;
    fix(id.rotate_right(4) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.0), -2);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_tuple([1i64, 2].into_iter(), 2), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty(), 0), 5740354900026072187);
    }
}
