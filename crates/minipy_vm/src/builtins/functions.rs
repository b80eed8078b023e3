//! The builtin functions: `print`, `len`, `min`, `isinstance`...

use super::args::*;
use super::{add_builtin, add_function};
use crate::interp::Interpreter;
use crate::objects::*;
use crate::ops::numbers::to_bigint;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    add_function(b, "print", print);
    add_builtin(b, PyBuiltin::function("len", len).inlined(Inline::Len));
    add_function(b, "repr", repr);
    add_function(b, "ascii", ascii);
    add_function(b, "abs", abs);
    add_function(b, "min", min);
    add_function(b, "max", max);
    add_function(b, "sum", sum);
    add_function(b, "divmod", divmod);
    add_function(b, "pow", pow);
    add_function(b, "round", round);
    add_function(b, "hex", hex);
    add_function(b, "oct", oct);
    add_function(b, "bin", bin);
    add_function(b, "chr", chr);
    add_function(b, "ord", ord);
    add_function(b, "isinstance", isinstance);
    add_function(b, "issubclass", issubclass);
    add_function(b, "sorted", sorted);
    add_function(b, "iter", iter);
    add_function(b, "next", next);
    add_function(b, "callable", callable);
    add_function(b, "hash", hash);
    add_function(b, "id", id);
    add_function(b, "getattr", getattr);
    add_function(b, "setattr", setattr);
    add_function(b, "hasattr", hasattr);
    add_function(b, "delattr", delattr);
    add_function(b, "vars", vars);
    add_function(b, "dir", dir);
    add_function(b, "any", any);
    add_function(b, "all", all);
    add_function(b, "format", format);
    add_function(b, "globals", globals);
    add_function(b, "locals", locals);
    add_function(b, "input", input);
    add_function(b, "__build_class__", build_class);
    add_function(b, "__import__", import);
    add_function(b, "exit", exit);
    add_function(b, "quit", exit);
    let set = |name: &str, v: Value| b.set_str(Value::str(name), PyStr::new(name).hash(), v);
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("NotImplemented", Value::NotImplemented);
    set("Ellipsis", Value::Ellipsis);
    set("__name__", Value::str("builtins"));
    set("__debug__", Value::Bool(true));
    // `io.UnsupportedOperation` and the pickle errors are not builtin names.
    for (name, cls) in interp
        .types
        .exceptions
        .iter()
        .filter(|(n, _)| crate::types::foreign_module(n).is_none())
    {
        set(name, Value::Class(cls.clone()));
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs(vm, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &Vm, v: Option<&Value>, default: &str, name: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let sep = text_arg(vm, kw[0], " ", "sep")?;
    let end = text_arg(vm, kw[1], "\n", "end")?;
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(vm.str(other)?.as_str()),
        }
    }
    out.push_str(&end);
    let flush = match kw[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match kw[2] {
        None | Some(Value::None) => {
            let file = super::modules::sys_stdout(vm);
            vm.write_to(&file, &out)?;
            if flush {
                vm.flush_file(&file)?;
            }
        }
        Some(file) => {
            let file = file.clone();
            vm.write_to(&file, &out)?;
            if flush {
                vm.flush_file(&file)?;
            }
        }
    }
    Ok(Value::None)
}

impl Vm {
    /// `file.write(text)`, with a fast path for the real stdout and stderr.
    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        if let Value::Instance(inst) = file
            && let Some(stream) = inst.native::<super::modules::StdStream>()
        {
            match stream {
                super::modules::StdStream::Stdout => crate::io::write_stdout(text),
                super::modules::StdStream::Stderr => {
                    crate::io::flush_stdout();
                    crate::io::write_stderr(text)
                }
                super::modules::StdStream::Stdin => {
                    return Err(self.error("OSError", "not writable"));
                }
            }
            return Ok(());
        }
        let write = self.get_attr_str(file, "write")?;
        self.call(&write, vec![Value::str(text)], &[])?;
        Ok(())
    }

    pub fn flush_file(&mut self, file: &Value) -> PyResult<()> {
        if let Value::Instance(inst) = file
            && inst.native::<super::modules::StdStream>().is_some()
        {
            crate::io::flush_stdout();
            return Ok(());
        }
        if let Some(flush) = self.get_attr_opt(file, "flush")? {
            self.call(&flush, vec![], &[])?;
        }
        Ok(())
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Bytes(b) => b.data.borrow().len(),
            Value::Range(r) => r.len() as usize,
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__len__") {
                    let r = self.call(&f, vec![v.clone()], &[])?;
                    return self.len_result(r);
                }
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    return self.len(&inner);
                }
                if let Some(view) = super::dict_methods::view_dict(inst) {
                    return Ok(view.len());
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    cls.name().as_str()
                )));
            }
            Value::Class(_) => {
                let meta = self.class_of(v);
                if let Some(f) = self.class_lookup(&meta, "__len__") {
                    let r = self.call(&f, vec![v.clone()], &[])?;
                    return self.len_result(r);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    meta.name().as_str()
                )));
            }
            other => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(other)
                )));
            }
        })
    }
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "len", args, kwargs)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "repr", args, kwargs)?;
    vm.repr_object(&v)
}

/// `ascii(v)`: the repr itself when it is all ASCII (a `str` subclass a
/// `__repr__` returned stays one), else an escaped copy.
fn ascii(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "ascii", args, kwargs)?;
    let r = vm.repr_object(&v)?;
    let text = crate::ops::repr::text_of(&r).expect("repr_object gives a str");
    if text.as_str().is_ascii() {
        return Ok(r);
    }
    Ok(Value::string(crate::ops::format::ascii(text.as_str())))
}

pub(crate) fn abs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "abs", args, kwargs)?;
    Ok(match &v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(inst) => {
            let cls = inst.class();
            if let Some((re, im)) = inst.native::<(f64, f64)>() {
                return Ok(Value::Float(re.hypot(*im)));
            }
            match vm.class_lookup(&cls, "__abs__") {
                Some(f) => vm.call(&f, vec![v.clone()], &[])?,
                None => {
                    return Err(vm.type_error(format!(
                        "bad operand type for abs(): '{}'",
                        cls.name().as_str()
                    )));
                }
            }
        }
        other => {
            return Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(other)
            )));
        }
    })
}

/// `min()` and `max()`: an iterable or several arguments, with `key` and `default`.
fn min_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, name: &str, op: u32) -> PyResult<Value> {
    let kw = take_kwargs(vm, name, kwargs, &["key", "default"])?;
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    // One iterable is taken item by item, as CPython does: a bad item
    // stops it before later ones are made.
    let iterable = if args.len() == 1 {
        Some(vm.get_iter(&args[0])?)
    } else {
        if kw[1].is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        None
    };
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let mut best: Option<(Value, Value)> = None;
    let mut rest = args.iter();
    loop {
        let item = match &iterable {
            Some(it) => match vm.next(it)? {
                Some(item) => item,
                None => break,
            },
            None => match rest.next() {
                Some(item) => item.clone(),
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => vm.compare_bool(&k, bk, op)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match kw[1] {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", crate::ops::compare::LT)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", crate::ops::compare::GT)
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let start = arg_or_kw(args, 1, kwargs, "start").unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let mut total = start;
    let mut float_acc: Option<f64> = None;
    // Item by item, as CPython does: an error stops the iteration there.
    let it = vm.get_iter(&args[0])?;
    while let Some(item) = vm.next(&it)? {
        // Floats are summed in one f64 accumulator, as CPython does.
        match (&total, &item, float_acc) {
            (Value::Int(t), Value::Int(i), _) if let Some(sum) = t.checked_add(*i) => {
                total = Value::Int(sum);
                continue;
            }
            (Value::Float(_), Value::Float(f), Some(acc)) => {
                float_acc = Some(acc + f);
                continue;
            }
            (Value::Float(t), Value::Float(f), None) => {
                float_acc = Some(t + f);
                continue;
            }
            _ => {}
        }
        if let Some(acc) = float_acc.take() {
            total = Value::Float(acc);
        }
        total = vm.binary_op(total, item, crate::ops::arith::ADD)?;
    }
    if let Some(acc) = float_acc {
        total = Value::Float(acc);
    }
    Ok(total)
}

pub(crate) fn divmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "divmod", kwargs)?;
    expect_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) {
        if y.is_zero() {
            return Err(vm.zero_division("integer division or modulo by zero"));
        }
        use num_integer::Integer;
        let (q, r) = x.div_mod_floor(&y);
        return Ok(Value::tuple(vec![
            Value::from_bigint(q),
            Value::from_bigint(r),
        ]));
    }
    if matches!(
        a,
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
    ) && matches!(
        b,
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
    ) {
        let (x, y) = (vm.to_f64(a)?, vm.to_f64(b)?);
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = crate::ops::numbers::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    if let Value::Instance(inst) = a
        && let Some(f) = vm.class_lookup(&inst.class(), "__divmod__")
    {
        return vm.call(&f, vec![a.clone(), b.clone()], &[]);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

pub(crate) fn pow(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    clinic_at_most(vm, "pow", args, 3)?;
    let base = arg_or_kw(args, 0, kwargs, "base")
        .ok_or_else(|| vm.type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = arg_or_kw(args, 1, kwargs, "exp")
        .ok_or_else(|| vm.type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let modulus = arg_or_kw(args, 2, kwargs, "mod").filter(|m| !m.is_none());
    let Some(m) = modulus else {
        return vm.binary_op(base, exp, crate::ops::arith::POWER);
    };
    let (Some(b), Some(e), Some(m)) = (to_bigint(&base), to_bigint(&exp), to_bigint(&m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    use num_integer::Integer;
    let (base, exp) = if e.is_negative() {
        // A negative exponent needs the modular inverse.
        let inverse = mod_inverse(&b.mod_floor(&m), &m.abs())
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inverse, -e)
    } else {
        (b, e)
    };
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let e = a.extended_gcd(m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(m))
}

/// `round(number, ndigits)`: ties go to even, on the exact binary value.
pub(crate) fn round(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    clinic_at_most(vm, "round", args, 2)?;
    let number = arg_or_kw(args, 0, kwargs, "number")
        .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let ndigits = arg_or_kw(args, 1, kwargs, "ndigits").filter(|n| !n.is_none());
    match &number {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = to_bigint(&number).unwrap();
            let Some(d) = ndigits else {
                return Ok(Value::from_bigint(n));
            };
            let d = vm.as_index(&d)?;
            if d >= 0 {
                return Ok(Value::from_bigint(n));
            }
            let p = num_traits::pow::Pow::pow(BigInt::from(10), (-d) as u32);
            use num_integer::Integer;
            let (q, r) = n.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        Value::Float(x) => {
            let x = *x;
            match ndigits {
                None => {
                    if x.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer"));
                    }
                    if x.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    let r = x.round_ties_even();
                    use num_traits::FromPrimitive;
                    Ok(Value::from_bigint(BigInt::from_f64(r).unwrap_or_default()))
                }
                Some(d) => {
                    let d = vm.as_index(&d)?;
                    Ok(Value::Float(round_float(x, d)))
                }
            }
        }
        Value::Instance(inst) => {
            let cls = inst.class();
            match vm.class_lookup(&cls, "__round__") {
                Some(f) => {
                    let mut a = vec![number.clone()];
                    a.extend(ndigits);
                    vm.call(&f, a, &[])
                }
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    cls.name().as_str()
                ))),
            }
        }
        other => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(other)
        ))),
    }
}

/// Rounds to `ndigits` decimals exactly as CPython (via the correctly
/// rounded decimal string of the value, ties to even).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 325 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        // `{:.N}` rounds the exact binary value half-to-even, as CPython's
        // `_Py_dg_dtoa` mode 3 does; parsing back gives the nearest double.
        let s = format!("{:.*}", ndigits as usize, x);
        return s.parse().unwrap_or(x);
    }
    let p = 10f64.powi((-ndigits) as i32);
    let y = x / p;
    let r = y.round_ties_even();
    let z = r * p;
    if z.is_infinite() { x } else { z }
}

fn int_to_radix(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    let v = one_arg(vm, name, args, kwargs)?;
    let n = match to_bigint(&v) {
        Some(n) => n,
        None => BigInt::from(vm.as_index(&v)?),
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::string(format!(
        "{sign}{prefix}{}",
        n.abs().to_str_radix(radix)
    )))
}

fn hex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    int_to_radix(vm, args, kwargs, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    int_to_radix(vm, args, kwargs, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    int_to_radix(vm, args, kwargs, "bin", 2, "0b")
}

fn chr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "chr", args, kwargs)?;
    let i = match &v {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        other => vm.as_index(other)?,
    };
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) => Ok(Value::char(char::from_u32(c).unwrap_or('\u{fffd}'))),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "ord", args, kwargs)?;
    match &v {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.as_str().chars().next().unwrap() as i64))
        }
        Value::Bytes(b) => {
            let data = b.data.borrow();
            if data.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    data.len()
                )));
            }
            Ok(Value::Int(data[0] as i64))
        }
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

/// `isinstance`/`issubclass` against a class or a tuple of classes.
pub(crate) fn class_check(
    vm: &mut Vm,
    cls: &Arc<PyClass>,
    spec: &Value,
    name: &str,
) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if let Some(check) = vm.class_lookup(&vm.class_of(spec), "__subclasscheck__")
                && matches!(check, Value::Function(_))
            {
                let r = vm.call(&check, vec![spec.clone(), Value::Class(cls.clone())], &[])?;
                return vm.truthy(&r);
            }
            Ok(cls.is_subclass_of(c))
        }
        Value::Tuple(t) => {
            for item in t.items() {
                if class_check(vm, cls, item, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // An object that answers for itself (`typing.List`); like the
        // metaclass case above, `isinstance` asks about the object's class.
        Value::Instance(_)
            if vm
                .class_lookup(&vm.class_of(spec), "__subclasscheck__")
                .is_some() =>
        {
            let check = vm.get_attr_str(spec, "__subclasscheck__")?;
            let r = vm.call(&check, vec![Value::Class(cls.clone())], &[])?;
            vm.truthy(&r)
        }
        _ => Err(vm.type_error(format!(
            "{name}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "isinstance", kwargs)?;
    expect_args(vm, "isinstance", args, 2, 2)?;
    let cls = vm.class_of(&args[0]);
    Ok(Value::Bool(instance_check(vm, &args[0], &cls, &args[1])?))
}

/// `isinstance(obj, spec)` as CPython's `PyObject_IsInstance` decides it:
/// an exact type match first, then each class of a tuple, then a
/// metaclass's own `__instancecheck__`, and otherwise the subclass check.
fn instance_check(vm: &mut Vm, obj: &Value, cls: &Arc<PyClass>, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(c) if Arc::ptr_eq(c, cls) => Ok(true),
        Value::Tuple(t) => {
            for item in t.items() {
                if instance_check(vm, obj, cls, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(_) => {
            if let Some(check @ Value::Function(_)) =
                vm.class_lookup(&vm.class_of(spec), "__instancecheck__")
            {
                let r = vm.call(&check, vec![spec.clone(), obj.clone()], &[])?;
                return vm.truthy(&r);
            }
            class_check(vm, cls, spec, "isinstance")
        }
        // An object that answers for itself (`__instancecheck__` on its class).
        Value::Instance(_)
            if vm
                .class_lookup(&vm.class_of(spec), "__instancecheck__")
                .is_some() =>
        {
            let check = vm.get_attr_str(spec, "__instancecheck__")?;
            let r = vm.call(&check, vec![obj.clone()], &[])?;
            vm.truthy(&r)
        }
        _ => class_check(vm, cls, spec, "isinstance"),
    }
}

/// `issubclass(x, spec)` for an `x` that is not a class: only a
/// `__subclasscheck__` written in Python may accept it (CPython checks
/// `x` in `type.__subclasscheck__`, after the lookup).
fn non_class_subclass_check(vm: &mut Vm, derived: &Value, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Tuple(t) => {
            for item in t.items() {
                if non_class_subclass_check(vm, derived, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(_) | Value::Instance(_) => {
            match vm.class_lookup(&vm.class_of(spec), "__subclasscheck__") {
                Some(check @ Value::Function(_)) => {
                    let r = vm.call(&check, vec![spec.clone(), derived.clone()], &[])?;
                    vm.truthy(&r)
                }
                _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
            }
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "issubclass", kwargs)?;
    expect_args(vm, "issubclass", args, 2, 2)?;
    let Value::Class(cls) = &args[0] else {
        return Ok(Value::Bool(non_class_subclass_check(
            vm, &args[0], &args[1],
        )?));
    };
    Ok(Value::Bool(class_check(vm, cls, &args[1], "issubclass")?))
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    expect_args(vm, "sorted", args, 1, 1)?;
    let kw = take_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    let items = vm.iterate(&args[0])?;
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = match kw[1] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let sorted = super::sort::sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(Value::list(sorted))
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "iter", kwargs)?;
    expect_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(&args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iterator(Arc::new(PyIterator::new(
            "callable_iterator",
            IterKind::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            },
        ))));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "next", kwargs)?;
    expect_args(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iterator = match it {
        Value::Iterator(_) => true,
        Value::Generator(g) => g.is_iterator(),
        Value::Instance(inst) => vm.class_lookup(&inst.class(), "__next__").is_some(),
        _ => false,
    };
    if !is_iterator {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match vm.resume_generator(&g, Value::None)? {
            crate::ops::generators::SendResult::Yield(v) => Ok(v),
            crate::ops::generators::SendResult::Return(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    if let Value::Instance(inst) = it {
        let f = vm.class_lookup(&inst.class(), "__next__").unwrap();
        return match vm.call(&f, vec![it.clone()], &[]) {
            Err(e) if args.len() == 2 && vm.is_error(&e, "StopIteration") => Ok(args[1].clone()),
            other => other,
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.error_empty("StopIteration")),
        },
    }
}

impl Vm {
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            Value::Instance(inst) => self.class_lookup(&inst.class(), "__call__").is_some(),
            _ => false,
        }
    }
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "callable", args, kwargs)?;
    Ok(Value::Bool(vm.is_callable(&v)))
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "hash", args, kwargs)?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn id(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "id", args, kwargs)?;
    Ok(Value::Int(v.id()))
}

fn attr_name(vm: &Vm, v: &Value, func: &str) -> PyResult<Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        other => Err(vm.type_error(format!(
            "{func}(): attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "getattr", kwargs)?;
    expect_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.get_attr(&args[0], &name) {
        Err(e) if args.len() == 3 && vm.is_error(&e, "AttributeError") => Ok(args[2].clone()),
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "setattr", kwargs)?;
    expect_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "hasattr", kwargs)?;
    expect_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.is_error(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "delattr", kwargs)?;
    expect_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "vars", kwargs)?;
    at_most(vm, "vars", args, 1)?;
    if args.is_empty() {
        return locals(vm, args, kwargs);
    }
    match &args[0] {
        Value::Instance(inst) => Ok(Value::Dict(inst.dict_arc())),
        Value::Class(c) => Ok(Value::Dict(c.dict.clone())),
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        Value::Function(f) => Ok(Value::Dict(f.dict.clone())),
        _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "dir", kwargs)?;
    at_most(vm, "dir", args, 1)?;
    // An instance whose class defines `__dir__` lists what it returns, sorted.
    if let Some(obj @ Value::Instance(inst)) = args.first()
        && let Some(f) = vm.class_lookup(&inst.class(), "__dir__")
        && !matches!(f, Value::Builtin(_))
    {
        let listed = vm.call(&f, vec![obj.clone()], &[])?;
        let items = vm.iterate(&listed)?;
        let sorted = super::sort::sort_values(vm, items, None, false)?;
        return Ok(Value::list(sorted));
    }
    let names = match args.first() {
        Some(obj) => super::dir_names(vm, obj)?,
        None => {
            let frame = vm
                .frames
                .last()
                .map(|f| (f.locals.clone(), f.code, f.base, f.globals().clone()));
            let mut names: Vec<String> = match frame {
                Some((Some(Value::Dict(d)), ..)) => d
                    .table
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect(),
                Some((_, code, base, _)) => code
                    .varnames
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !vm.stack[base + i].is_null())
                    .map(|(_, n)| n.as_str().to_string())
                    .collect(),
                None => Vec::new(),
            };
            names.sort();
            names
        }
    };
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn any(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "any", args, kwargs)?;
    let it = vm.get_iter(&v)?;
    while let Some(item) = vm.next(&it)? {
        if vm.truthy(&item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg(vm, "all", args, kwargs)?;
    let it = vm.get_iter(&v)?;
    while let Some(item) = vm.next(&it)? {
        if !vm.truthy(&item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "format", kwargs)?;
    expect_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&args[0], &spec)?))
}

fn globals(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    takes_none(vm, "globals", args)?;
    let frame = vm
        .frames
        .last()
        .ok_or_else(|| vm.runtime_error("no frame"))?;
    Ok(Value::Dict(frame.globals().clone()))
}

pub(crate) fn locals(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    takes_none(vm, "locals", args)?;
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("no frame"));
    };
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let code = frame.code;
    let base = frame.base;
    let d = Arc::new(PyDict::new());
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i].clone();
        if !v.is_null() {
            d.set_str(Value::Str(name.clone()), name.hash(), v);
        }
    }
    let nlocals = code.nlocals();
    let derefs = code.code.cellvars.iter().chain(code.code.freevars.iter());
    for (j, name) in derefs.enumerate() {
        if let Value::Cell(c) = &vm.stack[base + nlocals + j] {
            let v = c.value.borrow().clone();
            if !v.is_null() {
                d.set_str(Value::str(name), PyStr::new(name).hash(), v);
            }
        }
    }
    Ok(Value::Dict(d))
}

fn input(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "input", kwargs)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(prompt) = args.first() {
        let text = vm.str_string(prompt)?;
        crate::io::write_stdout(&text);
    }
    crate::io::flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(vm.error("OSError", e.to_string())),
    }
}

fn build_class(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    vm.build_class(&args[0], &args[1], args[2..].to_vec(), kwargs)
}

fn import(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.first() else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let module = vm.import_module(name.as_str())?;
    let fromlist = args.get(3).cloned().unwrap_or(Value::None);
    let has_fromlist = vm.truthy(&fromlist)?;
    if !has_fromlist && let Some((top, _)) = name.as_str().split_once('.') {
        return vm.import_module(top);
    }
    Ok(module)
}

fn exit(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let cls = vm.interp.exception_class("SystemExit");
    Err(crate::vm::PyErr(vm.new_exception(cls, args.to_vec())))
}

/// `dir(1, 2)`: CPython's `PyArg_UnpackTuple` wording for too many arguments.
fn at_most(vm: &Vm, name: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// `round(1, 2, 3)`: the Argument Clinic wording for too many arguments.
fn clinic_at_most(vm: &Vm, name: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `globals(1)`: a METH_NOARGS function given arguments.
fn takes_none(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}
