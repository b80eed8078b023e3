//! The methods only `bytearray` has: the ones that change it in place.

use super::{byte_value, bytes_like, new_bytes, no_args, single_arg, this};
use crate::builtins::add_method;
use crate::builtins::args::*;
use crate::objects::{PyBytes, PyClass};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(cls: &Arc<PyClass>) {
    let m = |name, f| add_method(cls, "bytearray", name, f);
    m("append", append);
    m("extend", extend);
    m("insert", insert);
    m("pop", pop);
    m("remove", remove);
    m("reverse", reverse);
    m("clear", clear);
    m("copy", copy);
    m("__setitem__", setitem);
    m("__delitem__", delitem);
}

/// The receiver, which must be a `bytearray` (these methods are not on `bytes`).
fn target(vm: &Vm, args: &[Value], name: &str) -> PyResult<Arc<PyBytes>> {
    let b = this(vm, args, name)?;
    if !b.mutable {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a 'bytes' object"
        )));
    }
    Ok(b)
}

fn append(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "append")?;
    single_arg(vm, &b, "append", args, kwargs)?;
    let byte = byte_value(vm, &args[1])?;
    b.data.borrow_mut().push(byte);
    Ok(Value::None)
}

/// The bytes of `bytearray.extend`'s argument: a bytes-like object or any
/// iterable of ints.
pub(crate) fn iterable_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = bytes_like(v) {
        return Ok(data);
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.is_error(&e, "TypeError") => {
            return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v))));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "extend")?;
    single_arg(vm, &b, "extend", args, kwargs)?;
    let data = iterable_bytes(vm, &args[1])?;
    b.data.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "insert")?;
    no_kwargs(vm, "insert", kwargs)?;
    expect_args(vm, "insert", &args[1..], 2, 2)?;
    let index = vm.as_index(&args[1])?;
    let byte = byte_value(vm, &args[2])?;
    let mut data = b.data.borrow_mut();
    let len = data.len() as i64;
    // Like list.insert: out-of-range positions clamp to the ends.
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    data.insert(at as usize, byte);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "pop")?;
    no_kwargs(vm, "pop", kwargs)?;
    method_args(vm, "pop", args, 0, 1)?;
    let index = match args.get(1) {
        Some(v) => vm.as_index(v)?,
        None => -1,
    };
    let len = b.data.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let byte = b.data.borrow_mut().remove(at as usize);
    Ok(Value::Int(byte as i64))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "remove")?;
    single_arg(vm, &b, "remove", args, kwargs)?;
    let byte = byte_value(vm, &args[1])?;
    let mut data = b.data.borrow_mut();
    match data.iter().position(|&c| c == byte) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "reverse")?;
    no_args(vm, &b, "reverse", args, kwargs)?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "clear")?;
    no_args(vm, &b, "clear", args, kwargs)?;
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "copy")?;
    no_args(vm, &b, "copy", args, kwargs)?;
    let data = b.data.borrow().clone();
    Ok(new_bytes(data, true))
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "__setitem__")?;
    no_kwargs(vm, "__setitem__", kwargs)?;
    expect_args(vm, "__setitem__", &args[1..], 2, 2)?;
    vm.set_item(&Value::Bytes(b), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = target(vm, args, "__delitem__")?;
    single_arg(vm, &b, "__delitem__", args, kwargs)?;
    vm.del_item(&Value::Bytes(b), args[1].clone())?;
    Ok(Value::None)
}
