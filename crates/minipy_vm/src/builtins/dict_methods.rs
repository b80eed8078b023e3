//! Methods of `dict`, and its views (`dict_keys`, `dict_values`, `dict_items`).

use super::args::*;
use super::{add_builtin, add_classmethod, add_method};
use crate::interp::Interpreter;
use crate::objects::iterator::DictView;
use crate::objects::*;
use crate::ops::arith::{AND, OR, SUBTRACT, XOR};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let c = &interp.types.dict;
    let m = |name, f| add_method(c, "dict", name, f);
    add_builtin(
        &c.dict,
        PyBuiltin::method("dict", "get", get).inlined(Inline::DictGet),
    );
    m("keys", keys);
    m("values", values);
    m("items", items);
    m("pop", pop);
    m("popitem", popitem);
    m("setdefault", setdefault);
    m("update", update);
    m("__init__", update);
    m("copy", copy);
    m("clear", clear);
    m("__getitem__", getitem);
    m("__setitem__", setitem);
    m("__delitem__", delitem);
    m("__contains__", contains);
    m("__len__", len);
    m("__iter__", iter);
    add_classmethod(c, "dict", "fromkeys", fromkeys, false);
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let v = &interp.types.iterators[name];
        add_method(v, "dict_view", "__iter__", view_iter);
        add_method(v, "dict_view", "__len__", view_len);
        add_method(v, "dict_view", "__contains__", view_contains);
        add_method(v, "dict_view", "__repr__", view_repr);
        add_method(v, "dict_view", "__reversed__", view_reversed);
        if name != "dict_values" {
            add_method(v, "dict_view", "__and__", |vm, a, _| {
                view_set_op(vm, a, AND, false)
            });
            add_method(v, "dict_view", "__rand__", |vm, a, _| {
                view_set_op(vm, a, AND, true)
            });
            add_method(v, "dict_view", "__or__", |vm, a, _| {
                view_set_op(vm, a, OR, false)
            });
            add_method(v, "dict_view", "__ror__", |vm, a, _| {
                view_set_op(vm, a, OR, true)
            });
            add_method(v, "dict_view", "__sub__", |vm, a, _| {
                view_set_op(vm, a, SUBTRACT, false)
            });
            add_method(v, "dict_view", "__rsub__", |vm, a, _| {
                view_set_op(vm, a, SUBTRACT, true)
            });
            add_method(v, "dict_view", "__xor__", |vm, a, _| {
                view_set_op(vm, a, XOR, false)
            });
            add_method(v, "dict_view", "__rxor__", |vm, a, _| {
                view_set_op(vm, a, XOR, true)
            });
            add_method(v, "dict_view", "isdisjoint", view_isdisjoint);
            add_method(v, "dict_view", "__eq__", |vm, a, _| {
                view_equal(vm, a, false)
            });
            add_method(v, "dict_view", "__ne__", |vm, a, _| view_equal(vm, a, true));
        }
    }
}

/// The dict a method was called on (the wrapped dict for subclasses).
pub fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Arc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(Value::Instance(inst)) => match &inst.payload {
            Payload::Builtin(inner) => match &*inner.borrow() {
                Value::Dict(d) => Ok(d.clone()),
                _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
            },
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
        },
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method dict.{name}() needs an argument"))),
    }
}

fn get(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "get", kwargs)?;
    let d = this(vm, args, "get")?;
    let given = args.len().saturating_sub(1);
    if given < 1 {
        return Err(vm.type_error(format!("get expected at least 1 argument, got {given}")));
    }
    if given > 2 {
        return Err(vm.type_error(format!("get expected at most 2 arguments, got {given}")));
    }
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(vm: &Vm, d: Arc<PyDict>, view: DictView) -> Value {
    let name = match view {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    };
    let cls = vm.interp.types.iterators[name].clone();
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new((d, view))),
    )))
}

/// The dict behind a view object, if `inst` is one.
pub fn view_dict(inst: &PyInstance) -> Option<Arc<PyDict>> {
    inst.native::<(Arc<PyDict>, DictView)>()
        .map(|(d, _)| d.clone())
}

fn keys(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "keys")?;
    Ok(view(vm, d, DictView::Keys))
}

fn values(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "values")?;
    Ok(view(vm, d, DictView::Values))
}

fn items(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "items")?;
    Ok(view(vm, d, DictView::Items))
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "pop", kwargs)?;
    let d = this(vm, args, "pop")?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "pop expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    match vm.dict_remove(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    let mut table = d.table.borrow_mut();
    let Some(i) = table.last_index() else {
        drop(table);
        return Err(vm.error("KeyError", "popitem(): dictionary is empty"));
    };
    let (k, v) = table.remove_at(i);
    Ok(Value::tuple(vec![k, v]))
}

fn setdefault(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "setdefault", kwargs)?;
    let d = this(vm, args, "setdefault")?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "setdefault expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), default.clone())?;
    Ok(default)
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(other) = args.get(1) {
        vm.dict_update_from(&d, other, "")?;
    }
    for (k, v) in kwargs {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    let table = d.table.borrow().clone();
    Ok(Value::Dict(Arc::new(PyDict::from_table(table))))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    let old = d.table.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "fromkeys", kwargs)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let result = match &args[0] {
        Value::Class(c) if !c.is_builtin => vm.call(&args[0], vec![], &[])?,
        _ => Value::Dict(Arc::new(PyDict::new())),
    };
    let keys = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next(&keys)? {
        vm.set_item(&result, k, value.clone())?;
    }
    Ok(result)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    method_args(vm, "__getitem__", args, 1, 1)?;
    match vm.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => {
            if let Value::Instance(inst) = &args[0]
                && let Some(missing) = vm.class_lookup(&inst.class(), "__missing__")
            {
                return vm.call(&missing, vec![args[0].clone(), args[1].clone()], &[]);
            }
            Err(vm.key_error(args[1].clone()))
        }
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    method_args(vm, "__setitem__", args, 2, 2)?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    method_args(vm, "__delitem__", args, 1, 1)?;
    match vm.dict_remove(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    method_args(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__iter__")?;
    Ok(vm.dict_iterator(&d, DictView::Keys))
}

fn view_parts(vm: &Vm, args: &[Value]) -> PyResult<(Arc<PyDict>, DictView)> {
    if let Some(Value::Instance(inst)) = args.first()
        && let Some((d, v)) = inst.native::<(Arc<PyDict>, DictView)>()
    {
        return Ok((d.clone(), *v));
    }
    Err(vm.type_error("expected a dict view"))
}

/// `keys() & other` and the other set operators of key and item views:
/// both sides become sets (`swapped` for the reflected forms).
fn view_set_op(vm: &mut Vm, args: &[Value], op: u32, swapped: bool) -> PyResult<Value> {
    let (Some(view), Some(other)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Ok(other_items) = vm.iterate(other) else {
        return Ok(Value::NotImplemented);
    };
    let mine = vm.iterate(view)?;
    let mine = vm.new_set(mine, false)?;
    let theirs = vm.new_set(other_items, false)?;
    if swapped {
        vm.set_operator(&theirs, &mine, op)
    } else {
        vm.set_operator(&mine, &theirs, op)
    }
}

/// `keys() == {...}`: a key or item view equals a set (or view) with the
/// same members.
fn view_equal(vm: &mut Vm, args: &[Value], negate: bool) -> PyResult<Value> {
    let (Some(view), Some(other)) = (args.first(), args.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    let comparable = match other {
        Value::Set(_) => true,
        Value::Instance(i) => view_dict(i).is_some(),
        _ => false,
    };
    if !comparable {
        return Ok(Value::NotImplemented);
    }
    let mine = vm.iterate(view)?;
    let mine = vm.new_set(mine, false)?;
    let theirs = vm.iterate(other)?;
    let theirs = vm.new_set(theirs, false)?;
    let equal = vm.eq(&mine, &theirs)?;
    Ok(Value::Bool(equal != negate))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(view), Some(other)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("isdisjoint() takes exactly one argument (0 given)"));
    };
    for item in vm.iterate(other)? {
        if vm.contains(view, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    Ok(vm.dict_iterator(&d, v))
}

fn view_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, _) = view_parts(vm, args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    method_args(vm, "__contains__", args, 1, 1)?;
    let item = &args[1];
    Ok(Value::Bool(match v {
        DictView::Keys => vm.dict_get(&d, item)?.is_some(),
        DictView::Values => {
            let values = d.table.borrow().values();
            let mut found = false;
            for value in values {
                if vm.eq(&value, item)? {
                    found = true;
                    break;
                }
            }
            found
        }
        DictView::Items => match item {
            Value::Tuple(t) if t.len() == 2 => match vm.dict_get(&d, &t.items()[0])? {
                Some(value) => vm.eq(&value, &t.items()[1])?,
                None => false,
            },
            _ => false,
        },
    }))
}

fn view_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    let (name, items) = match v {
        DictView::Keys => ("dict_keys", d.table.borrow().keys()),
        DictView::Values => ("dict_values", d.table.borrow().values()),
        DictView::Items => (
            "dict_items",
            d.table
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        ),
    };
    let list = vm.repr_string(&Value::list(items))?;
    Ok(Value::string(format!("{name}({list})")))
}

fn view_reversed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    let mut items: Vec<Value> = match v {
        DictView::Keys => d.table.borrow().keys(),
        DictView::Values => d.table.borrow().values(),
        DictView::Items => d
            .table
            .borrow()
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    };
    items.reverse();
    vm.get_iter(&Value::list(items))
}
