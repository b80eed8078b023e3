//! Calling the builtin types: `int(x)`, `list(it)`, `range(...)`, `type(x)`...

use super::args::*;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::ops::numbers::{bigint_to_f64, parse_float, parse_int, to_bigint};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let b = &interp.builtins;
    let set = |name: &str, cls: &Arc<PyClass>| {
        b.set_str(
            Value::str(name),
            PyStr::new(name).hash(),
            Value::Class(cls.clone()),
        )
    };
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool_),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        set(name, cls);
    }
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        set(name, &t.iterators[name]);
    }
}

/// Whether `construct_scalar` handles a call of `cls` with `argc`
/// positional arguments.
pub fn is_scalar_constructor(cls: &PyClass, argc: usize) -> bool {
    match cls.kind {
        BuiltinKind::Str | BuiltinKind::Bool => argc == 1,
        BuiltinKind::Int | BuiltinKind::Float => true,
        _ => false,
    }
}

/// `str(x)`, `int(x)`, `float(x)` and `bool(x)` with positional arguments
/// only (see `is_scalar_constructor`): the eval loop calls this with the
/// arguments in an array on the Rust stack, since `str(i)` in a loop is
/// common and should not build an argument `Vec`.
pub fn construct_scalar(vm: &mut Vm, cls: &PyClass, args: &[Value]) -> PyResult<Value> {
    match cls.kind {
        BuiltinKind::Str => vm.str_object(&args[0]),
        BuiltinKind::Int => construct_int(vm, args, &[]),
        BuiltinKind::Float => construct_float(vm, args, &[]),
        _ => vm.truthy(&args[0]).map(Value::Bool),
    }
}

/// Calls a builtin class.
pub fn construct(
    vm: &mut Vm,
    cls: &Arc<PyClass>,
    args: Vec<Value>,
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let name = cls.name();
    match cls.kind {
        BuiltinKind::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Arc::new(PyInstance::new(
                cls.clone(),
                Payload::None,
            ))))
        }
        BuiltinKind::Type => construct_type(vm, args, kwargs),
        BuiltinKind::Int => construct_int(vm, &args, kwargs),
        BuiltinKind::Bool => {
            no_kwargs(vm, "bool", kwargs)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "bool expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.first() {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        BuiltinKind::Float => construct_float(vm, &args, kwargs),
        BuiltinKind::Complex => construct_complex(vm, &args),
        BuiltinKind::Str => construct_str(vm, &args, kwargs),
        BuiltinKind::Bytes | BuiltinKind::ByteArray => {
            construct_bytes(vm, &args, kwargs, cls.kind == BuiltinKind::ByteArray)
        }
        BuiltinKind::List => {
            no_kwargs(vm, "list", kwargs)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "list expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let items = match args.first() {
                Some(v) => vm.iterate(v)?,
                None => Vec::new(),
            };
            Ok(Value::list(items))
        }
        BuiltinKind::Tuple => {
            no_kwargs(vm, "tuple", kwargs)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "tuple expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.first() {
                Some(t @ Value::Tuple(_)) => Ok(t.clone()),
                Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
                None => Ok(Value::tuple(Vec::new())),
            }
        }
        BuiltinKind::Dict => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let d = Arc::new(PyDict::new());
            if let Some(src) = args.first() {
                vm.dict_update_from(&d, src, "")?;
            }
            for (k, v) in kwargs {
                vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        BuiltinKind::Set | BuiltinKind::FrozenSet => {
            let frozen = cls.kind == BuiltinKind::FrozenSet;
            no_kwargs(vm, name.as_str(), kwargs)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "{} expected at most 1 argument, got {}",
                    name.as_str(),
                    args.len()
                )));
            }
            if frozen
                && let Some(v @ Value::Set(s)) = args.first()
                && s.frozen
            {
                return Ok(v.clone());
            }
            let s = Arc::new(PySet::new(SetTable::new(), frozen));
            if let Some(v) = args.first() {
                vm.set_update(&s, v)?;
            }
            Ok(Value::Set(s))
        }
        BuiltinKind::Range => construct_range(vm, &args, kwargs),
        BuiltinKind::Slice => {
            no_kwargs(vm, "slice", kwargs)?;
            expect_args(vm, "slice", &args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::Slice(Arc::new(PySlice { start, stop, step })))
        }
        BuiltinKind::Property => {
            let get = |i: usize, n: &str| arg_or_kw(&args, i, kwargs, n).unwrap_or(Value::None);
            let (fget, fset, fdel, mut doc) = (
                get(0, "fget"),
                get(1, "fset"),
                get(2, "fdel"),
                get(3, "doc"),
            );
            if doc.is_none()
                && let Value::Function(f) = &fget
            {
                doc = f.doc.borrow().clone();
            }
            Ok(vm.wrap_payload(
                Payload::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                },
                "property",
            ))
        }
        BuiltinKind::StaticMethod => {
            let f = one_arg(vm, "staticmethod", &args, kwargs)?;
            Ok(vm.wrap_payload(Payload::StaticMethod(f), "staticmethod"))
        }
        BuiltinKind::ClassMethod => {
            let f = one_arg(vm, "classmethod", &args, kwargs)?;
            Ok(vm.wrap_payload(Payload::ClassMethod(f), "classmethod"))
        }
        BuiltinKind::Super => match args.len() {
            0 => vm.super_from_frame(),
            _ => {
                let Value::Class(start_after) = &args[0] else {
                    return Err(vm.type_error("super() argument 1 must be a type"));
                };
                let obj = args.get(1).cloned().unwrap_or(Value::None);
                Ok(vm.wrap_payload(
                    Payload::Super {
                        start_after: start_after.clone(),
                        obj,
                    },
                    "super",
                ))
            }
        },
        BuiltinKind::Iterator => construct_iterator(vm, name.as_str(), &args, kwargs),
        BuiltinKind::NoneType => Ok(Value::None),
        _ => Err(vm.type_error(format!("cannot create '{}' instances", name.as_str()))),
    }
}

fn construct_type(vm: &mut Vm, args: Vec<Value>, kwargs: &KwArgs) -> PyResult<Value> {
    match args.len() {
        1 => Ok(Value::Class(vm.class_of(&args[0]))),
        3 => {
            let (name, bases, ns) = vm.class_parts(&args)?;
            vm.create_class(None, &name, bases, &ns, kwargs)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn construct_int(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs(vm, "int", kwargs, &["base"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).or(kw[0]).cloned();
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = vm.as_index(&base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(bytes) => String::from_utf8_lossy(&bytes.data.borrow()).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        crate::ops::numbers::check_int_digits(vm, &text, b as u32)?;
        return match parse_int(&text, b as u32) {
            Some(n) => Ok(Value::from_bigint(n)),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base {b}: {}",
                minipy_diagnostics::pyrepr::repr_str(&text)
            ))),
        };
    }
    int_of(vm, x)
}

/// `int(x)` for one argument.
pub fn int_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(vm, *f),
        Value::Str(s) => {
            crate::ops::numbers::check_int_digits(vm, s.as_str(), 10)?;
            match parse_int(s.as_str(), 10) {
                Some(n) => Ok(Value::from_bigint(n)),
                None => Err(vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    minipy_diagnostics::pyrepr::repr_str(s.as_str())
                ))),
            }
        }
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(&b.data.borrow()).into_owned();
            crate::ops::numbers::check_int_digits(vm, &text, 10)?;
            match parse_int(&text, 10) {
                Some(n) => Ok(Value::from_bigint(n)),
                None => {
                    let shown = vm.repr_string(x)?;
                    Err(vm.value_error(format!("invalid literal for int() with base 10: {shown}")))
                }
            }
        }
        Value::Instance(inst) => {
            let cls = inst.class();
            for method in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.class_lookup(&cls, method) {
                    let r = vm.call(&f, vec![x.clone()], &[])?;
                    if !matches!(r, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                        return Err(vm.type_error(format!(
                            "{method} returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return int_of(vm, &r);
                }
            }
            if let Payload::Builtin(inner) = &inst.payload {
                let inner = inner.borrow().clone();
                return int_of(vm, &inner);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                cls.name().as_str()
            )))
        }
        other => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(other)
        ))),
    }
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

fn construct_float(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "float", kwargs)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    float_of(vm, x)
}

pub fn float_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => bigint_to_f64(b)
            .map(Value::Float)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        Value::Str(s) => parse_float(s.as_str()).map(Value::Float).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                minipy_diagnostics::pyrepr::repr_str(s.as_str())
            ))
        }),
        // bytes and bytearray hold the digits as ASCII.
        Value::Bytes(b) => {
            let data = b.data.borrow().clone();
            let parsed = std::str::from_utf8(&data).ok().and_then(parse_float);
            parsed.map(Value::Float).ok_or_else(|| {
                let shown = minipy_diagnostics::pyrepr::repr_bytes(&data);
                let shown = if b.mutable {
                    format!("bytearray({shown})")
                } else {
                    shown
                };
                vm.value_error(format!("could not convert string to float: {shown}"))
            })
        }
        Value::Instance(inst) => {
            let cls = inst.class();
            for method in ["__float__", "__index__"] {
                if let Some(f) = vm.class_lookup(&cls, method) {
                    let r = vm.call(&f, vec![x.clone()], &[])?;
                    return float_of(vm, &r);
                }
            }
            if let Payload::Builtin(inner) = &inst.payload {
                let inner = inner.borrow().clone();
                return float_of(vm, &inner);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                cls.name().as_str()
            )))
        }
        other => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn construct_str(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kw = take_kwargs(vm, "str", kwargs, &["object", "encoding", "errors"])?;
    if args.len() + kwargs.len() > 3 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let obj = args.first().or(kw[0]);
    let encoding = args.get(1).or(kw[1]);
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    if encoding.is_some() || args.len() > 2 || kw[2].is_some() {
        return match obj {
            Value::Bytes(b) => {
                let data = b.data.borrow().clone();
                super::str_methods::decode_bytes(vm, &data, encoding, args.get(2).or(kw[2]))
            }
            other => Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(other)
            ))),
        };
    }
    vm.str_object(obj)
}

fn construct_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, mutable: bool) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let kw = take_kwargs(vm, name, kwargs, &["source", "encoding", "errors"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let source = args.first().or(kw[0]);
    let encoding = args.get(1).or(kw[1]);
    let errors = args.get(2).or(kw[2]);
    if let Some(Value::Str(s)) = source {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let data = super::bytes_methods::encode_str(vm, s.as_str(), encoding, errors)?;
        return Ok(super::bytes_methods::new_bytes(data, mutable));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    let data = match source {
        None => Vec::new(),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.check_alloc(*n as usize, 1)?;
            vec![0u8; *n as usize]
        }
        Some(Value::Bool(b)) => vec![0u8; *b as usize],
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Some(Value::Bytes(b)) => b.data.borrow().clone(),
        Some(other) => {
            // `__bytes__` first (bytes only), then an iterable of ints.
            if !mutable && let Some(r) = vm.call_method_opt(other, "__bytes__", vec![])? {
                return match super::bytes_methods::bytes_like(&r) {
                    Some(d) if matches!(r, Value::Bytes(_)) => {
                        Ok(super::bytes_methods::new_bytes(d, false))
                    }
                    _ => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(d) = super::bytes_methods::bytes_like(other) {
                d
            } else {
                let it = match vm.get_iter(other) {
                    Ok(it) => it,
                    Err(e) if vm.is_error(&e, "TypeError") => {
                        return Err(vm.type_error(format!(
                            "cannot convert '{}' object to {name}",
                            vm.type_name(other)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(item) = vm.next(&it)? {
                    let i = vm.as_index(&item)?;
                    if !(0..256).contains(&i) {
                        return Err(vm.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(i as u8);
                }
                out
            }
        }
    };
    Ok(Value::Bytes(Arc::new(PyBytes::new(data, mutable))))
}

fn construct_range(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "range", kwargs)?;
    expect_args(vm, "range", args, 1, 3)?;
    let mut ints = Vec::with_capacity(3);
    for a in args {
        let i = match a {
            Value::BigInt(_) => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            other => vm.as_index(other)?,
        };
        ints.push(i);
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Arc::new(PyRange { start, stop, step })))
}

fn construct_iterator(vm: &mut Vm, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let kind = match name {
        "enumerate" => {
            let kw = take_kwargs(vm, "enumerate", kwargs, &["iterable", "start"])?;
            let iterable = args.first().or(kw[0]).ok_or_else(|| {
                vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")
            })?;
            let count = match args.get(1).or(kw[1]) {
                Some(s) => {
                    if to_bigint(s).is_none() {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(s)
                        )));
                    }
                    s.clone()
                }
                None => Value::Int(0),
            };
            IterKind::Enumerate {
                inner: vm.get_iter(iterable)?,
                count,
            }
        }
        "zip" => {
            let kw = take_kwargs(vm, "zip", kwargs, &["strict"])?;
            let strict = match kw[0] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut iters = Vec::with_capacity(args.len());
            for (i, a) in args.iter().enumerate() {
                match vm.get_iter(a) {
                    Ok(it) => iters.push(it),
                    Err(e) if vm.is_error(&e, "TypeError") => {
                        return Err(vm.type_error(format!(
                            "zip argument #{} must support iteration",
                            i + 1
                        )));
                    }
                    Err(e) => return Err(e),
                }
            }
            IterKind::Zip { iters, strict }
        }
        "map" => {
            no_kwargs(vm, "map", kwargs)?;
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::with_capacity(args.len() - 1);
            for a in &args[1..] {
                iters.push(vm.get_iter(a)?);
            }
            IterKind::Map {
                func: args[0].clone(),
                iters,
            }
        }
        "filter" => {
            no_kwargs(vm, "filter", kwargs)?;
            expect_args(vm, "filter", args, 2, 2)?;
            IterKind::Filter {
                func: args[0].clone(),
                inner: vm.get_iter(&args[1])?,
                keep_true: true,
            }
        }
        "reversed" => {
            no_kwargs(vm, "reversed", kwargs)?;
            expect_args(vm, "reversed", args, 1, 1)?;
            let seq = &args[0];
            // An object's class (a class's metaclass) may say how.
            if matches!(seq, Value::Instance(_) | Value::Class(_))
                && let Some(f) = vm.class_lookup(&vm.class_of(seq), "__reversed__")
            {
                return vm.call(&f, vec![seq.clone()], &[]);
            }
            // A subclass of a builtin sequence or dict reverses its value.
            let inner = match seq {
                Value::Instance(inst) => inst.builtin_value(),
                _ => None,
            };
            let seq = inner.as_ref().unwrap_or(seq);
            let n = match seq {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Bytes(_) => vm.len(seq)?,
                Value::Dict(d) => {
                    let mut keys = d.table.borrow().keys();
                    keys.reverse();
                    return vm.get_iter(&Value::list(keys));
                }
                Value::Instance(inst)
                    if vm.class_lookup(&inst.class(), "__getitem__").is_some() =>
                {
                    vm.len(seq)?
                }
                other => {
                    return Err(vm.type_error(format!(
                        "'{}' object is not reversible",
                        vm.type_name(other)
                    )));
                }
            };
            let name = if matches!(seq, Value::List(_)) {
                "list_reverseiterator"
            } else {
                "reversed"
            };
            return Ok(Value::Iterator(Arc::new(PyIterator::new(
                name,
                IterKind::Reversed {
                    seq: seq.clone(),
                    next: n as isize - 1,
                },
            ))));
        }
        other => return Err(vm.type_error(format!("cannot create '{other}' instances"))),
    };
    let name: &'static str = match name {
        "enumerate" => "enumerate",
        "zip" => "zip",
        "map" => "map",
        _ => "filter",
    };
    Ok(Value::Iterator(Arc::new(PyIterator::new(name, kind))))
}

/// An exception instance's state, for `BaseException.__init__`.
pub fn exception_init(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.first()
        && let Some(data) = inst.exception()
    {
        data.borrow_mut().args = args[1..].to_vec();
        if vm.is_subclass_named(&inst.class(), "SyntaxError") {
            crate::ops::syntax_errors::fill_syntax_error_fields(inst);
        }
    }
    Ok(Value::None)
}

/// `complex(x)`, `complex(re, im)` and `complex("1+2j")`.
fn construct_complex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(Value::Str(text)) = args.first() {
        if args.len() > 1 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(text.as_str()) {
            Some((re, im)) => Ok(super::complex_value(vm, re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    // Either part may itself be complex: `complex(a, b)` is `a + b*1j`.
    let part = |v: Option<&Value>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match super::complex::as_complex(v) {
                Some(c) => Ok(c),
                None => Ok((vm.to_f64(v)?, 0.0)),
            },
        }
    };
    let (a_re, a_im) = part(args.first())?;
    let (b_re, b_im) = part(args.get(1))?;
    Ok(super::complex_value(vm, a_re - b_im, a_im + b_re))
}

/// A complex literal as `complex()` reads it: `1+2j`, `(1+2j)`, `-3.5j`,
/// `j`, `2`; spaces only around the whole.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let number = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if t.contains('_') && (t.starts_with('_') || t.ends_with('_')) => None,
            _ => crate::ops::numbers::parse_float(t),
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some((crate::ops::numbers::parse_float(s)?, 0.0));
    };
    // The sign that starts the imaginary part: not the first character,
    // and not an exponent's sign.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => {
            let real = crate::ops::numbers::parse_float(&body[..i])?;
            Some((real, number(&body[i..])?))
        }
        None => Some((0.0, number(body)?)),
    }
}
