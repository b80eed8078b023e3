//! Methods of `list` and `tuple`.

use super::args::*;
use super::{add_builtin, add_method};
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let c = &interp.types.list;
    let m = |name, f| add_method(c, "list", name, f);
    add_builtin(
        &c.dict,
        PyBuiltin::method("list", "append", append).inlined(Inline::ListAppend),
    );
    m("__init__", init);
    m("extend", extend);
    m("insert", insert);
    m("pop", pop);
    m("remove", remove);
    m("index", index);
    m("count", count);
    m("sort", sort);
    m("reverse", reverse);
    m("copy", copy);
    m("clear", clear);
    m("__len__", len);
    m("__getitem__", getitem);
    m("__setitem__", setitem);
    m("__contains__", contains);
    m("__iter__", iter);
    let t = &interp.types.tuple;
    add_method(t, "tuple", "count", count);
    add_method(t, "tuple", "index", index);
    add_method(t, "tuple", "__len__", len);
    add_method(t, "tuple", "__getitem__", getitem);
    add_method(t, "tuple", "__contains__", contains);
    add_method(t, "tuple", "__iter__", iter);
}

/// The list a method was called on (the wrapped list for subclasses).
fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Arc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(Value::Instance(inst)) => match &inst.payload {
            Payload::Builtin(inner) => match &*inner.borrow() {
                Value::List(l) => Ok(l.clone()),
                _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'list' object"))),
            },
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'list' object"))),
        },
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

/// `list.__init__`: a subclass's `super().__init__(iterable)` fills it.
fn init(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "list", kwargs)?;
    let l = this(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

/// The items of a list or tuple receiver.
fn items_of(vm: &Vm, args: &[Value], name: &str) -> PyResult<Vec<Value>> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(t.items().to_vec()),
        Some(Value::Instance(inst)) if matches!(inst.builtin_value(), Some(Value::Tuple(_))) => {
            match inst.builtin_value() {
                Some(Value::Tuple(t)) => Ok(t.items().to_vec()),
                _ => unreachable!("just matched a tuple"),
            }
        }
        _ => Ok(this(vm, args, name)?.snapshot()),
    }
}

fn append(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "append", kwargs)?;
    let l = this(vm, args, "append")?;
    method_args(vm, "append", args, 1, 1)?;
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "extend", kwargs)?;
    let l = this(vm, args, "extend")?;
    method_args(vm, "extend", args, 1, 1)?;
    let items = vm.iterate(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "insert", kwargs)?;
    let l = this(vm, args, "insert")?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = vm.as_ssize(&args[1])?;
    let mut items = l.items.borrow_mut();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "pop", kwargs)?;
    let l = this(vm, args, "pop")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let i = match args.get(1) {
        Some(v) => vm.as_ssize(v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "remove", kwargs)?;
    let l = this(vm, args, "remove")?;
    method_args(vm, "remove", args, 1, 1)?;
    // The list is read afresh at each step: an `__eq__` may change it.
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, &args[1])? {
            let mut current = l.items.borrow_mut();
            if i < current.len() {
                current.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "index", kwargs)?;
    let is_tuple = matches!(args.first(), Some(Value::Tuple(_)));
    let items = items_of(vm, args, "index")?;
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!(
            "index expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let len = items.len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = vm.as_index(v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), len)?;
    for i in start..stop.max(start) {
        // A list may shrink while its items are compared.
        let Some(item) = live_item(&args[0], &items, i as usize) else {
            break;
        };
        if vm.eq(&item, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    if is_tuple {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr_string(&args[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "count", kwargs)?;
    let items = items_of(vm, args, "count")?;
    method_args(vm, "count", args, 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = live_item(&args[0], &items, i) {
        if vm.eq(&item, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// Item `i` of a list as it is now (CPython rereads `Py_SIZE` at each
/// step of `count`/`index`), or of the snapshot of a tuple.
fn live_item(seq: &Value, snapshot: &[Value], i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.get(i),
        _ => snapshot.get(i).cloned(),
    }
}

/// `list.sort(key=None, reverse=False)`: while sorting, the list is empty,
/// so a key function that changes it is caught, as in CPython.
fn sort(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let kw = take_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = match kw[1] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let result = super::sort::sort_values(vm, items.clone(), key.as_ref(), reverse);
    let mut current = l.items.borrow_mut();
    let modified = !current.is_empty();
    match result {
        Ok(sorted) => {
            *current = sorted;
            if modified {
                drop(current);
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *current = items;
            Err(e)
        }
    }
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "reverse", kwargs)?;
    let l = this(vm, args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "copy", kwargs)?;
    let l = this(vm, args, "copy")?;
    Ok(Value::list(l.snapshot()))
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "clear", kwargs)?;
    let l = this(vm, args, "clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(items_of(vm, args, "__len__")?.len() as i64))
}

fn receiver(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        // A tuple subclass (a struct sequence, a named tuple).
        Some(Value::Instance(inst)) if matches!(inst.builtin_value(), Some(Value::Tuple(_))) => {
            Ok(inst.builtin_value().unwrap_or_default())
        }
        _ => Ok(Value::List(this(vm, args, "__getitem__")?)),
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let r = receiver(vm, args)?;
    method_args(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(&r, &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let l = Value::List(this(vm, args, "__setitem__")?);
    method_args(vm, "__setitem__", args, 2, 2)?;
    vm.set_item(&l, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let r = receiver(vm, args)?;
    method_args(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&r, &args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let r = receiver(vm, args)?;
    vm.get_iter(&r)
}
