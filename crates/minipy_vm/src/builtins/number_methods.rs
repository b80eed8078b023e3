//! Methods of `int` and `float`.

use super::args::*;
use super::{add_classmethod, add_method};
use crate::interp::Interpreter;
use crate::ops::numbers::to_bigint;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let i = &interp.types.int;
    add_method(i, "int", "bit_length", bit_length);
    add_method(i, "int", "bit_count", bit_count);
    add_method(i, "int", "conjugate", int_self);
    add_method(i, "int", "__index__", int_self);
    add_method(i, "int", "__int__", int_self);
    add_method(i, "int", "__hash__", builtin_hash);
    add_method(i, "int", "as_integer_ratio", int_ratio);
    add_method(i, "int", "to_bytes", to_bytes);
    add_classmethod(i, "int", "from_bytes", from_bytes, false);
    let f = &interp.types.float;
    add_method(f, "float", "is_integer", is_integer);
    add_method(f, "float", "as_integer_ratio", float_ratio);
    add_method(f, "float", "conjugate", float_self);
    add_method(f, "float", "hex", float_hex);
    add_method(f, "float", "__float__", float_self);
    add_method(f, "float", "__hash__", builtin_hash);
}

/// The receiver as a builtin value: `self` in a method of a subclass of
/// `int` or `float` is an instance wrapping one.
fn receiver(args: &[Value]) -> Option<Value> {
    match args.first()? {
        Value::Instance(inst) => inst.builtin_value(),
        v => Some(v.clone()),
    }
}

fn int_arg(vm: &Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    receiver(args)
        .as_ref()
        .and_then(to_bigint)
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires an 'int' object")))
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, args, "bit_length")?;
    Ok(Value::Int(n.abs().bits() as i64))
}

fn bit_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, args, "bit_count")?;
    let ones: u64 = n
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

/// `int.__hash__(self)` from a subclass that overrides `__eq__` hashes the
/// number, not the object.
fn builtin_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let value = receiver(args).unwrap_or(Value::None);
    Ok(Value::Int(vm.hash(&value)?))
}

fn int_self(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(int_arg(vm, args, "conjugate")?))
}

fn int_ratio(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn to_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, args, "to_bytes")?;
    let length = match arg_or_kw(args, 1, kwargs, "length") {
        Some(v) => vm.as_index(&v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    // A length no allocation can hold fails as CPython's does, not as a Rust panic.
    if length > (1 << 40) {
        return Err(vm.error_empty("MemoryError"));
    }
    let length = length as usize;
    let order = arg_or_kw(args, 2, kwargs, "byteorder");
    let big = match &order {
        Some(Value::Str(s)) if s.as_str() == "little" => false,
        Some(Value::Str(s)) if s.as_str() == "big" => true,
        None => true,
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    let signed = match kwargs.iter().find(|(k, _)| k.as_str() == "signed") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes = vec![];
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(Arc::new(crate::objects::PyBytes::new(
        bytes, false,
    ))))
}

fn from_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let data = match arg_or_kw(args, 1, kwargs, "bytes") {
        Some(Value::Bytes(b)) => b.data.borrow().clone(),
        Some(other) => {
            let mut data = Vec::new();
            for v in vm.iterate(&other)? {
                match v.as_int() {
                    Some(b @ 0..=255) => data.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            data
        }
        None => return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let big = !matches!(arg_or_kw(args, 2, kwargs, "byteorder"), Some(Value::Str(s)) if s.as_str() == "little");
    let signed = match kwargs.iter().find(|(k, _)| k.as_str() == "signed") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    Ok(Value::from_bigint(n))
}

fn float_arg(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match receiver(args) {
        Some(Value::Float(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

fn is_integer(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = float_arg(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_self(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_arg(vm, args, "conjugate")?))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
fn float_ratio(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = float_arg(vm, args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = crate::ops::hash::frexp(f);
    let mut mantissa = m;
    let mut exp = e;
    for _ in 0..300 {
        if mantissa.fract() == 0.0 {
            break;
        }
        mantissa *= 2.0;
        exp -= 1;
    }
    use num_traits::FromPrimitive;
    let mut num = BigInt::from_f64(mantissa).unwrap_or_default();
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    use num_integer::Integer;
    let g = num.gcd(&den);
    Ok(Value::tuple(vec![
        Value::from_bigint(num / &g),
        Value::from_bigint(den / g),
    ]))
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = float_arg(vm, args, "hex")?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let digits = format!("{frac:013x}");
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    Ok(Value::string(format!(
        "{sign}0x{lead}.{digits}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )))
}
