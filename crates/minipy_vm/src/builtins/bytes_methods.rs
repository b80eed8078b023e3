//! Methods of `bytes` and `bytearray`: registration, shared argument helpers, searching and `in`; the rest in the submodules.

mod bytearray;
pub mod codec;
mod split;
mod text;

pub use codec::{decode_bytes, encode_str};
pub(crate) use split::whitespace_fields;
use split::*;

use super::args::*;
use super::{add_classmethod, add_method};
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    for (cls, owner) in [
        (&interp.types.bytes, "bytes"),
        (&interp.types.bytearray, "bytearray"),
    ] {
        let m = |name, f| add_method(cls, owner, name, f);
        m("count", count);
        m("find", find);
        m("rfind", rfind);
        m("index", index);
        m("rindex", rindex);
        m("startswith", startswith);
        m("endswith", endswith);
        m("split", split);
        m("rsplit", rsplit);
        m("splitlines", splitlines);
        m("strip", strip);
        m("lstrip", lstrip);
        m("rstrip", rstrip);
        m("join", join);
        m("replace", replace);
        m("partition", partition);
        m("rpartition", rpartition);
        m("__len__", len);
        m("__contains__", contains);
        m("__getitem__", getitem);
        text::install(cls, owner);
        m("decode", codec::bytes_decode);
        add_classmethod(cls, owner, "fromhex", text::fromhex, false);
        add_classmethod(cls, owner, "maketrans", text::maketrans, true);
    }
    bytearray::install(&interp.types.bytearray);
}

/// The `bytes`/`bytearray` a method was called on (the wrapped one for
/// instances of subclasses).
pub(crate) fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Arc<PyBytes>> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(v @ Value::Instance(inst)) => match inst.builtin_value() {
            Some(Value::Bytes(b)) => Ok(b),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// The contents of a bytes-like object: `bytes`, `bytearray` or an
/// instance of a subclass of either.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.borrow().clone()),
        Value::Instance(inst) => match inst.builtin_value()? {
            Value::Bytes(b) => Some(b.data.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument, with CPython's buffer-protocol message.
pub(crate) fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A byte value (`bytearray.append`, slice assignment...): any integer in
/// range(0, 256).
pub(crate) fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.as_index(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// A new `bytes` (or `bytearray` when `mutable`).
pub(crate) fn new_bytes(data: Vec<u8>, mutable: bool) -> Value {
    Value::Bytes(Arc::new(PyBytes::new(data, mutable)))
}

pub(crate) fn owner(b: &PyBytes) -> &'static str {
    if b.mutable { "bytearray" } else { "bytes" }
}

/// METH_NOARGS methods: `bytes.upper() takes no arguments (1 given)`.
pub(crate) fn no_args(
    vm: &Vm,
    b: &PyBytes,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<()> {
    let full = format!("{}.{name}", owner(b));
    no_kwargs(vm, &full, kwargs)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{full}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// METH_O methods: `bytes.join() takes exactly one argument (0 given)`.
pub(crate) fn single_arg(
    vm: &Vm,
    b: &PyBytes,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<()> {
    let full = format!("{}.{name}", owner(b));
    no_kwargs(vm, &full, kwargs)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{full}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// The old-style argument parsing of `find`, `count`, `startswith`...:
/// `find() takes at least 1 argument (0 given)`.
fn arg_range(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(vm, name, kwargs)?;
    let n = args.len() - 1;
    if n < min || n > max {
        let (bound, which) = if n < min {
            (min, "least")
        } else {
            (max, "most")
        };
        return Err(vm.type_error(format!(
            "{name}() takes at {which} {bound} argument{} ({n} given)",
            if bound == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// CPython's `ADJUST_INDICES`: optional `start`/`end` arguments, clamped
/// below to 0 and `end` above to the length (`start` may stay past it).
fn adjust(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let message =
        |_: &str| "slice indices must be integers or None or have an __index__ method".to_string();
    let len = len as i64;
    let mut get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => vm.index_value(v, &message),
        }
    };
    let mut s = get(start, 0)?;
    let mut e = get(end, len)?;
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    Ok((s as usize, e as usize))
}

/// The needle of `find`, `count`, `index`...: bytes-like or one byte as an int.
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_like(v) {
        return Ok(data);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || (matches!(v, Value::Instance(_))
            && vm.class_lookup(&vm.class_of(v), "__index__").is_some())
    {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

pub(crate) fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

pub(crate) fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of a non-empty needle.
fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_in(&hay[i..], needle) {
        n += 1;
        i += j + needle.len();
    }
    n
}

fn find_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    reverse: bool,
) -> PyResult<Option<i64>> {
    let b = this(vm, args, name)?;
    arg_range(vm, name, args, kwargs, 1, 3)?;
    let needle = needle_arg(vm, &args[1])?;
    let data = b.data.borrow().clone();
    let (s, e) = adjust(vm, args.get(2), args.get(3), data.len())?;
    if e < s || e - s < needle.len() {
        return Ok(None);
    }
    let hay = &data[s..e];
    let found = if reverse {
        rfind_in(hay, &needle)
    } else {
        find_in(hay, &needle)
    };
    Ok(found.map(|i| (i + s) as i64))
}

fn find(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, kwargs, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, kwargs, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, kwargs, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, kwargs, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "count")?;
    arg_range(vm, "count", args, kwargs, 1, 3)?;
    let needle = needle_arg(vm, &args[1])?;
    let data = b.data.borrow().clone();
    let (s, e) = adjust(vm, args.get(2), args.get(3), data.len())?;
    if e < s || e - s < needle.len() {
        return Ok(Value::Int(0));
    }
    let n = if needle.is_empty() {
        e - s + 1
    } else {
        count_in(&data[s..e], &needle)
    };
    Ok(Value::Int(n as i64))
}

/// CPython's `tailmatch`, including its rules for empty affixes past the end.
fn tail_match(data: &[u8], affix: &[u8], s: usize, e: usize, suffix: bool) -> bool {
    let len = data.len();
    if e < s || e - s < affix.len() {
        return false;
    }
    if suffix {
        s <= len && data[e - affix.len()..e] == *affix
    } else {
        s + affix.len() <= len && data[s..s + affix.len()] == *affix
    }
}

fn affix_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    arg_range(vm, name, args, kwargs, 1, 3)?;
    let data = b.data.borrow().clone();
    let (s, e) = adjust(vm, args.get(2), args.get(3), data.len())?;
    if let Value::Tuple(t) = &args[1] {
        for item in t.items() {
            let affix = buffer_arg(vm, item)?;
            if tail_match(&data, &affix, s, e, suffix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_like(&args[1]) {
        Some(affix) => Ok(Value::Bool(tail_match(&data, &affix, s, e, suffix))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, kwargs, "endswith", true)
}

fn len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "__len__")?;
    let n = b.data.borrow().len();
    Ok(Value::Int(n as i64))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "__contains__")?;
    method_args(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&Value::Bytes(b), &args[1])?))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "__getitem__")?;
    method_args(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(&Value::Bytes(b), &args[1])
}

/// `x in b`: an int is one byte; anything else must be bytes-like.
pub fn bytes_contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(needle) = bytes_like(item) {
        return Ok(find_in(data, &needle).is_some());
    }
    let is_int = matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || (matches!(item, Value::Instance(_))
            && vm.class_lookup(&vm.class_of(item), "__index__").is_some());
    if is_int {
        let byte = byte_value(vm, item)?;
        return Ok(data.contains(&byte));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(item)
    )))
}

/// The argument of `%s`/`%b` in `bytes % args`: bytes-like, or an object
/// with `__bytes__`.
pub fn percent_bytes_arg(vm: &mut Vm, arg: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_like(arg) {
        return Ok(data);
    }
    if let Some(r) = vm.call_method_opt(arg, "__bytes__", vec![])? {
        return match r {
            Value::Bytes(b) if !b.mutable => Ok(b.data.borrow().clone()),
            other => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&other)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(arg)
    )))
}

/// The argument of `%c` in `bytes % args`: an int in range(256) or one byte.
pub fn percent_byte_arg(vm: &mut Vm, arg: &Value) -> PyResult<u8> {
    if let Some(data) = bytes_like(arg) {
        if data.len() == 1 {
            return Ok(data[0]);
        }
    } else if let Some(i) = arg.as_int() {
        if !(0..256).contains(&i) {
            return Err(vm.overflow_error("%c arg not in range(256)"));
        }
        return Ok(i as u8);
    } else if let Value::BigInt(_) = arg {
        return Err(vm.overflow_error("%c arg not in range(256)"));
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
}
