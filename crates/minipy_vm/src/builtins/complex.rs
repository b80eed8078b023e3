//! `complex`: arithmetic, comparison, hashing and repr with CPython's
//! algorithms (Smith's division, `c_powi` for small integer powers), as
//! methods of the `complex` class on a native `(real, imag)` payload.

use super::add_method;
use crate::interp::Interpreter;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use minipy_diagnostics::pyrepr::format_float_short;
use std::sync::Arc;

type C = (f64, f64);

pub fn install(interp: &Arc<Interpreter>) {
    let c = &interp.types.complex;
    let m = |name, f| add_method(c, "complex", name, f);
    m("__add__", |vm, a, _| {
        binary(vm, a, false, |x, y, _| Ok((x.0 + y.0, x.1 + y.1)))
    });
    m("__radd__", |vm, a, _| {
        binary(vm, a, true, |x, y, _| Ok((x.0 + y.0, x.1 + y.1)))
    });
    m("__sub__", |vm, a, _| {
        binary(vm, a, false, |x, y, _| Ok((x.0 - y.0, x.1 - y.1)))
    });
    m("__rsub__", |vm, a, _| {
        binary(vm, a, true, |x, y, _| Ok((x.0 - y.0, x.1 - y.1)))
    });
    m("__mul__", |vm, a, _| {
        binary(vm, a, false, |x, y, _| Ok(prod(x, y)))
    });
    m("__rmul__", |vm, a, _| {
        binary(vm, a, true, |x, y, _| Ok(prod(x, y)))
    });
    m("__truediv__", |vm, a, _| binary(vm, a, false, quot));
    m("__rtruediv__", |vm, a, _| binary(vm, a, true, quot));
    m("__pow__", |vm, a, _| binary(vm, a, false, power));
    m("__rpow__", |vm, a, _| binary(vm, a, true, power));
    m("__neg__", |vm, a, _| unary(vm, a, |x| (-x.0, -x.1)));
    m("__pos__", |vm, a, _| unary(vm, a, |x| x));
    m("conjugate", |vm, a, _| unary(vm, a, |x| (x.0, -x.1)));
    m("__abs__", complex_abs);
    m("__bool__", |vm, a, _| {
        Ok(Value::Bool(this(vm, a)? != (0.0, 0.0)))
    });
    m("__eq__", |vm, a, _| compare(vm, a, false));
    m("__ne__", |vm, a, _| compare(vm, a, true));
    m("__hash__", complex_hash);
    m("__repr__", |vm, a, _| Ok(Value::string(repr(this(vm, a)?))));
    m("__str__", |vm, a, _| Ok(Value::string(repr(this(vm, a)?))));
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<C> {
    match args.first() {
        Some(v) => {
            as_complex(v).ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
        }
        None => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

/// `z.real` and `z.imag`.
pub fn attribute(inst: &crate::objects::PyInstance, name: &str) -> Option<Value> {
    let (re, im) = *inst.native::<C>()?;
    match name {
        "real" => Some(Value::Float(re)),
        "imag" => Some(Value::Float(im)),
        _ => None,
    }
}

/// A complex number from a complex, float, int or bool.
pub fn as_complex(v: &Value) -> Option<C> {
    match v {
        Value::Instance(inst) => inst.native::<C>().copied(),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Value::BigInt(b) => crate::ops::numbers::bigint_to_f64(b).map(|f| (f, 0.0)),
        _ => None,
    }
}

fn binary(
    vm: &mut Vm,
    args: &[Value],
    swapped: bool,
    f: fn(C, C, &Vm) -> PyResult<C>,
) -> PyResult<Value> {
    let x = this(vm, args)?;
    let Some(y) = args.get(1).and_then(as_complex) else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = if swapped { (y, x) } else { (x, y) };
    let (re, im) = f(a, b, vm)?;
    Ok(super::complex_value(vm, re, im))
}

fn unary(vm: &mut Vm, args: &[Value], f: fn(C) -> C) -> PyResult<Value> {
    let (re, im) = f(this(vm, args)?);
    Ok(super::complex_value(vm, re, im))
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's method).
fn quot(a: C, b: C, vm: &Vm) -> PyResult<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// `x ** y` for floats when `x` is negative and `y` fractional: the
/// complex power, as CPython's `float_pow` defers to `complex_pow`.
pub fn real_power(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    let (re, im) = power((x, 0.0), (y, 0.0), vm)?;
    Ok(super::complex_value(vm, re, im))
}

/// CPython's `complex_pow`: the power, and an OverflowError when a part of
/// it is infinite (CPython's `Py_ADJUST_ERANGE2` then `errno == ERANGE`).
fn power(a: C, b: C, vm: &Vm) -> PyResult<C> {
    let p = power_parts(a, b, vm)?;
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(p)
}

/// Repeated squaring for small integer powers, polar form otherwise.
fn power_parts(a: C, b: C, vm: &Vm) -> PyResult<C> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |mut n: u64| {
            let mut r = (1.0, 0.0);
            let mut p = a;
            while n > 0 {
                if n & 1 == 1 {
                    r = prod(r, p);
                }
                n >>= 1;
                if n > 0 {
                    p = prod(p, p);
                }
            }
            r
        };
        if n >= 0 {
            return Ok(powu(n as u64));
        }
        if a == (0.0, 0.0) {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return quot((1.0, 0.0), powu(n.unsigned_abs()), vm);
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn complex_abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, args)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn compare(vm: &mut Vm, args: &[Value], negate: bool) -> PyResult<Value> {
    let x = this(vm, args)?;
    let Some(y) = args.get(1).and_then(as_complex) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool((x == y) != negate))
}

fn complex_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, args)?;
    let h = crate::ops::hash::hash_float(re)
        .wrapping_add(crate::ops::hash::hash_float(im).wrapping_mul(1_000_003));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(1-0j)`, with the shortest float
/// digits and no `.0` on whole parts.
pub fn repr((re, im): C) -> String {
    let imag = format_float_short(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    // The sign comes from the digits: a NaN has none, even a negative one.
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", format_float_short(re, false))
}
