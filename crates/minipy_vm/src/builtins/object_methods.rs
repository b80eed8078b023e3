//! `object`'s methods, `type.mro`, exceptions, generators, sets, and the
//! special attributes of builtin values (`f.__name__`, `x.real`...).

use super::add_method;
use super::args::*;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let o = &t.object;
    add_method(o, "object", "__init__", object_init);
    add_method(o, "object", "__eq__", object_eq);
    add_method(o, "object", "__ne__", object_ne);
    add_method(o, "object", "__hash__", object_hash);
    add_method(o, "object", "__repr__", object_repr);
    add_method(o, "object", "__str__", object_str);
    add_method(o, "object", "__setattr__", object_setattr);
    add_method(o, "object", "__getattribute__", object_getattribute);
    add_method(o, "object", "__delattr__", object_delattr);
    super::add_classmethod(
        o,
        "object",
        "__init_subclass__",
        object_init_subclass,
        false,
    );
    add_method(o, "object", "__format__", object_format);
    // The default answer of the ABC hook: no opinion.
    super::add_classmethod(
        o,
        "object",
        "__subclasshook__",
        |_, _, _| Ok(Value::NotImplemented),
        false,
    );
    add_method(o, "object", "__new__", object_new);
    add_method(&t.type_, "type", "__call__", |vm, a, kw| match a.first() {
        Some(Value::Class(cls)) => {
            let cls = cls.clone();
            vm.call_class_default(&cls, a[1..].to_vec(), kw)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    });
    add_method(&t.type_, "type", "mro", type_mro);
    // `int.__repr__(x)` and `super().__repr__()` in a subclass of a builtin
    // type give the builtin's own repr, not `object.__repr__`'s.
    for (cls, name) in [
        (&t.bool_, "bool"),
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.dict, "dict"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.range, "range"),
    ] {
        add_method(cls, name, "__repr__", builtin_repr);
    }
    // The mutable containers are unhashable: `list.__hash__` is None, which
    // is also what `collections.abc.Hashable` looks at.
    // So are the set-like dict views (`dict_values` keeps object's hash).
    let views = [&t.iterators["dict_keys"], &t.iterators["dict_items"]];
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray]
        .into_iter()
        .chain(views)
    {
        cls.dict.set_str(
            Value::str("__hash__"),
            PyStr::new("__hash__").hash(),
            Value::None,
        );
    }
    add_method(&t.type_, "type", "__or__", |vm, a, _| {
        type_union(vm, a, false)
    });
    add_method(&t.type_, "type", "__ror__", |vm, a, _| {
        type_union(vm, a, true)
    });
    add_method(&t.slice, "slice", "indices", slice_indices);
    let e = &t.exceptions["BaseException"];
    add_method(
        e,
        "BaseException",
        "__init__",
        super::constructors::exception_init,
    );
    add_method(e, "BaseException", "with_traceback", with_traceback);
    add_method(e, "BaseException", "add_note", add_note);
    let g = &t.generator;
    add_method(g, "generator", "send", gen_send);
    add_method(g, "generator", "throw", gen_throw);
    add_method(g, "generator", "close", gen_close);
    add_method(g, "generator", "__iter__", identity);
    add_method(g, "generator", "__next__", gen_next);
    // A coroutine is driven by `send`/`throw`, not iterated. Its
    // `__await__` gives the coroutine itself, which `yield from` and
    // `SEND` accept (CPython wraps it in a `coroutine_wrapper`).
    let c = &t.coroutine;
    add_method(c, "coroutine", "send", gen_send);
    add_method(c, "coroutine", "throw", gen_throw);
    add_method(c, "coroutine", "close", gen_close);
    add_method(c, "coroutine", "__await__", identity);
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_iterator",
        "str_ascii_iterator",
        "range_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "callable_iterator",
        "iterator",
        "list_reverseiterator",
        "bytes_iterator",
    ] {
        add_method(&t.iterators[name], "iterator", "__iter__", identity);
        add_method(&t.iterators[name], "iterator", "__next__", iterator_next);
    }
    // The iterators CPython gives a `__length_hint__`.
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "range_iterator",
        "list_reverseiterator",
        "reversed",
        "iterator",
    ] {
        add_method(
            &t.iterators[name],
            "iterator",
            "__length_hint__",
            iterator_length_hint,
        );
    }
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        add_method(cls, owner, "copy", set_copy);
        add_method(cls, owner, "union", set_union);
        add_method(cls, owner, "intersection", set_intersection);
        add_method(cls, owner, "difference", set_difference);
        add_method(cls, owner, "symmetric_difference", set_symmetric_difference);
        add_method(cls, owner, "issubset", set_issubset);
        add_method(cls, owner, "issuperset", set_issuperset);
        add_method(cls, owner, "isdisjoint", set_isdisjoint);
        add_method(cls, owner, "__contains__", set_contains);
        add_method(cls, owner, "__len__", set_len);
        add_method(cls, owner, "__iter__", set_iter);
    }
    let s = &t.set;
    add_method(s, "set", "add", set_add);
    add_method(s, "set", "__init__", set_init);
    add_method(s, "set", "remove", set_remove);
    add_method(s, "set", "discard", set_discard);
    add_method(s, "set", "pop", set_pop);
    add_method(s, "set", "clear", set_clear);
    add_method(s, "set", "update", set_update);
    add_method(s, "set", "intersection_update", set_intersection_update);
    add_method(s, "set", "difference_update", set_difference_update);
    add_method(
        s,
        "set",
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    add_method(&t.range, "range", "count", range_count);
    add_method(&t.range, "range", "index", range_index);
    let p = &t.property;
    add_method(p, "property", "getter", property_getter);
    add_method(p, "property", "setter", property_setter);
    add_method(p, "property", "deleter", property_deleter);
    add_method(p, "property", "__get__", property_get);
    add_method(p, "property", "__set__", property_set);
    add_method(p, "property", "__delete__", property_delete);
}

/// `prop.__get__(obj, type=None)`: the property itself for no instance.
fn property_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(prop), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    };
    if obj.is_none() {
        return Ok(prop.clone());
    }
    let (fget, ..) = property_parts(vm, prop)?;
    if fget.is_none() {
        return Err(vm.error("AttributeError", "unreadable attribute"));
    }
    vm.call(&fget, vec![obj.clone()], &[])
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [prop, obj, value] = args else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let (_, fset, ..) = property_parts(vm, prop)?;
    if fset.is_none() {
        return Err(vm.error("AttributeError", "can't set attribute"));
    }
    vm.call(&fset, vec![obj.clone(), value.clone()], &[])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [prop, obj] = args else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let (.., fdel, _) = property_parts(vm, prop)?;
    if fdel.is_none() {
        return Err(vm.error("AttributeError", "can't delete attribute"));
    }
    vm.call(&fdel, vec![obj.clone()], &[])?;
    Ok(Value::None)
}

/// `it.__length_hint__()`: how many items a builtin iterator has left
/// (`NotImplemented` for a `__getitem__` iterator over an object without
/// `__len__`, as CPython's `iter_len`).
fn iterator_length_hint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Iterator(it)) = args.first() else {
        return Err(vm.type_error("descriptor '__length_hint__' needs an iterator"));
    };
    // Copy what is needed first: `len()` below may run Python code that
    // touches this same iterator.
    enum Left {
        Known(usize),
        Sized(Value, i64),
    }
    let left = match &*it.kind.borrow() {
        IterKind::Seq { seq, index } => Left::Known(match seq {
            Value::List(l) => l.len().saturating_sub(*index),
            Value::Tuple(t) => t.len().saturating_sub(*index),
            // The index of a str iterator is a byte offset.
            Value::Str(s) => s.as_str().get(*index..).map_or(0, |r| r.chars().count()),
            Value::Bytes(b) => b.data.borrow().len().saturating_sub(*index),
            _ => 0,
        }),
        IterKind::Range { remaining, .. } => Left::Known((*remaining).max(0) as usize),
        IterKind::Reversed { next, .. } => Left::Known((*next + 1).max(0) as usize),
        IterKind::GetItem { obj, index } => Left::Sized(obj.clone(), *index),
        _ => Left::Known(0),
    };
    match left {
        Left::Known(n) => Ok(Value::Int(n as i64)),
        Left::Sized(obj, index) => {
            let cls = vm.class_of(&obj);
            let sized =
                !matches!(obj, Value::Instance(_)) || vm.class_lookup(&cls, "__len__").is_some();
            if !sized {
                return Ok(Value::NotImplemented);
            }
            let len = vm.len(&obj)? as i64;
            Ok(Value::Int((len - index).max(0)))
        }
    }
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        // `tuple.__new__(cls, items)` and the like reach here too: the
        // instance gets the builtin value its class derives from.
        Some(Value::Class(cls)) => {
            let cls = cls.clone();
            vm.allocate(&cls, &args[1..])
        }
        // A class made by a metaclass is an instance of it holding the class.
        Some(Value::Instance(inst)) if let Some(Value::Class(cls)) = inst.builtin_value() => {
            vm.allocate(&cls, &args[1..])
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

/// `X.__new__` read from a class: `object.__new__` bound to the builtin
/// class `owner` whose `__new__` it stands for (the nearest builtin class
/// in `X`'s MRO), so that a call can make CPython's checks.
pub(crate) fn bound_object_new(owner: Arc<PyClass>) -> Value {
    Value::Builtin(Arc::new(PyBuiltin {
        bound: Some(Value::Class(owner)),
        ..PyBuiltin::method("object", "__new__", checked_new)
    }))
}

/// `X.__new__(S, ...)` (CPython's `tp_new_wrapper`): `S` must be a
/// subclass of `X`, and the builtin part of `S` must be made the way `X`
/// makes it (`int.__new__(bool)` is refused: "use bool.__new__()").
fn checked_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Class(owner)) = args.first() else {
        return object_new(vm, args, kw);
    };
    let oname = owner.name();
    let oname = oname.as_str();
    let sub = match args.get(1) {
        Some(Value::Class(c)) => c.clone(),
        Some(Value::Instance(inst)) if let Some(Value::Class(c)) = inst.builtin_value() => c,
        Some(other) => {
            return Err(vm.type_error(format!(
                "{oname}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )));
        }
        None => return Err(vm.type_error(format!("{oname}.__new__(): not enough arguments"))),
    };
    let sname = sub.name();
    let sname = sname.as_str();
    if !sub.is_subclass_of(owner) {
        return Err(vm.type_error(format!(
            "{oname}.__new__({sname}): {sname} is not a subtype of {oname}"
        )));
    }
    // The class whose way of being made counts: the first in the MRO
    // whose `__new__` is not written in Python.
    let mro = sub.mro();
    let staticbase = mro
        .iter()
        .find(|c| !matches!(vm.class_lookup(c, "__new__"), Some(Value::Function(_))))
        .unwrap_or(owner);
    let native_kind = |c: &Arc<PyClass>| {
        c.mro()
            .into_iter()
            .find(|b| b.is_builtin)
            .map_or(BuiltinKind::Object, |b| b.kind)
    };
    if native_kind(staticbase) != owner.kind {
        return Err(vm.type_error(format!(
            "{oname}.__new__({sname}) is not safe, use {}.__new__()",
            staticbase.name().as_str()
        )));
    }
    vm.allocate(&sub, &args[2..])
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(if args.len() == 2 && args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(Value::NotImplemented);
    }
    // Only the object's own `__eq__` is asked, as CPython's `object_richcompare`
    // does: no reflected operand, no identity fallback.
    let cls = vm.class_of(&args[0]);
    let r = match vm.class_lookup(&cls, "__eq__") {
        Some(eq) => vm.call(&eq, vec![args[0].clone(), args[1].clone()], &[])?,
        None => Value::NotImplemented,
    };
    match r {
        Value::NotImplemented => Ok(r),
        other => Ok(Value::Bool(!vm.truthy(&other)?)),
    }
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::ops::hash::identity_hash(&args[0])))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = vm.class_of(&args[0]);
    Ok(Value::string(format!(
        "<{} object at {}>",
        vm.class_full_name(&cls),
        crate::ops::repr::address(&args[0])
    )))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = vm.intern(str_arg(vm, &args[1], "attribute name")?.as_str());
    match &args[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.generic_setattr(&args[0], &inst, &name, args[2].clone())?
        }
        // `super().__setattr__` in a metaclass: the default for classes.
        Value::Class(cls) => {
            let cls = cls.clone();
            vm.class_setattr(&cls, &name, args[2].clone())?
        }
        other => vm.set_attr(other, &name, args[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = vm.intern(str_arg(vm, &args[1], "attribute name")?.as_str());
    match &args[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.generic_getattr(&args[0], &inst, &name, false)
        }
        other => vm.get_attr(other, &name),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = vm.intern(str_arg(vm, &args[1], "attribute name")?.as_str());
    match &args[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.generic_delattr(&args[0], &inst, &name)?
        }
        other => vm.del_attr(other, &name)?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: accepts no keyword arguments, does nothing.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Class(c)) => c.name().as_str().to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `slice.indices(length)`: the start, stop and step the slice selects.
fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Slice(s)), Some(n)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("indices() takes exactly one argument"));
    };
    let n = vm.as_index(n)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = s.clone();
    let idx = vm.slice_indices(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let spec = args.get(1).and_then(|v| v.as_str()).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    Ok(Value::Str(vm.str(&args[0])?))
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

fn with_traceback(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    method_args(vm, "with_traceback", args, 1, 1)?;
    vm.set_traceback(&args[0], &args[1])?;
    Ok(args[0].clone())
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    method_args(vm, "add_note", args, 1, 1)?;
    let notes = match vm.get_attr_opt(&args[0], "__notes__")? {
        Some(n) => n,
        None => {
            let n = Value::list(vec![]);
            let name = vm.intern("__notes__");
            vm.set_attr(&args[0], &name, n.clone())?;
            n
        }
    };
    if let Value::List(l) = notes {
        l.items.borrow_mut().push(args[1].clone());
    }
    Ok(Value::None)
}

/// `__repr__` of a builtin type, on the builtin value inside `self`.
fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let value = match args.first() {
        Some(Value::Instance(inst)) => inst.builtin_value().unwrap_or(Value::None),
        Some(v) => v.clone(),
        None => return Err(vm.type_error("descriptor '__repr__' needs an argument")),
    };
    Ok(Value::string(vm.repr_string(&value)?))
}

/// `int | None` (`type.__or__`, and `__ror__` for `None | int`): a
/// `types.UnionType`, made by the frozen `_minipy_generics` module.
fn type_union(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    let [this, other] = args else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let (left, right) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    let module = vm.import_module("_minipy_generics")?;
    let union = vm.get_attr_str(&module, "union")?;
    vm.call(&union, vec![left.clone(), right.clone()], &[])
}

fn generator(vm: &Vm, args: &[Value]) -> PyResult<Arc<PyGenerator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("expected a generator")),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = generator(vm, args)?;
    method_args(vm, "send", args, 1, 1)?;
    vm.generator_send(&g, args[1].clone())
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = generator(vm, args)?;
    let exc = exception_to_throw(vm, "throw", args)?;
    vm.generator_throw(&g, exc)
}

/// The exception `throw(typ[, val[, tb]])` (or `athrow`) raises.
pub(crate) fn exception_to_throw(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    Ok(match (&args[1], args.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => vm.call(&args[1], vec![v.clone()], &[])?,
        _ => args[1].clone(),
    })
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = generator(vm, args)?;
    vm.generator_close(&g)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = generator(vm, args)?;
    vm.generator_send(&g, Value::None)
}

fn iterator_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    // An instance of a subclass (`class M(map)`) advances the iterator it
    // wraps; asking the instance itself would come back here forever.
    let it = match &args[0] {
        Value::Instance(inst) => inst.builtin_value().unwrap_or_else(|| args[0].clone()),
        other => other.clone(),
    };
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.error_empty("StopIteration")),
    }
}

fn this_set(vm: &Vm, args: &[Value], name: &str) -> PyResult<Arc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        Some(Value::Instance(inst)) => match inst.builtin_value() {
            Some(Value::Set(s)) => Ok(s),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
        },
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

/// `set.__init__`: a subclass's `super().__init__(iterable)` fills it.
fn set_init(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "__init__")?;
    let old = s.table.borrow_mut().clear();
    drop(old);
    if let Some(items) = args.get(1) {
        vm.set_update(&s, items)?;
    }
    Ok(Value::None)
}

/// A set from any iterable argument (sets pass through).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) => Ok(v.clone()),
        other => {
            let items = vm.iterate(other)?;
            vm.new_set(items, false)
        }
    }
}

fn set_combine(vm: &mut Vm, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let s = this_set(vm, args, name)?;
    let mut result = Value::Set(vm.set_copy(&s, s.frozen));
    if args.len() == 1 && op != crate::ops::arith::OR {
        return Ok(result);
    }
    for other in &args[1..] {
        let other = as_set(vm, other)?;
        result = vm.set_operator(&result, &other, op)?;
    }
    Ok(result)
}

fn set_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "copy")?;
    Ok(Value::Set(vm.set_copy(&s, s.frozen)))
}

fn set_union(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    set_combine(vm, args, "union", crate::ops::arith::OR)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    set_combine(vm, args, "intersection", crate::ops::arith::AND)
}

fn set_difference(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    set_combine(vm, args, "difference", crate::ops::arith::SUBTRACT)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    method_args(vm, "symmetric_difference", args, 1, 1)?;
    set_combine(vm, args, "symmetric_difference", crate::ops::arith::XOR)
}

fn set_compare_to(vm: &mut Vm, args: &[Value], name: &str, op: u32) -> PyResult<Value> {
    let s = Value::Set(this_set(vm, args, name)?);
    method_args(vm, name, args, 1, 1)?;
    let other = as_set(vm, &args[1])?;
    let r = vm.rich_compare(s, other, op)?;
    Ok(r)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    set_compare_to(vm, args, "issubset", crate::ops::compare::LE)
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    set_compare_to(vm, args, "issuperset", crate::ops::compare::GE)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "isdisjoint")?;
    method_args(vm, "isdisjoint", args, 1, 1)?;
    for item in vm.iterate(&args[1])? {
        if vm.set_contains(&s, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "__contains__")?;
    method_args(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.set_contains(&s, &args[1])?))
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this_set(vm, args, "__len__")?.len() as i64))
}

fn set_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = Value::Set(this_set(vm, args, "__iter__")?);
    vm.get_iter(&s)
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "add")?;
    method_args(vm, "add", args, 1, 1)?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "remove")?;
    method_args(vm, "remove", args, 1, 1)?;
    if !vm.set_discard(&s, &args[1])? {
        return Err(vm.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "discard")?;
    method_args(vm, "discard", args, 1, 1)?;
    vm.set_discard(&s, &args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "pop")?;
    let mut finger = s.finger.borrow_mut();
    let v = s.table.borrow_mut().pop_first(&mut finger);
    drop(finger);
    v.ok_or_else(|| vm.error("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "clear")?;
    let old = s.table.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "update")?;
    for other in &args[1..] {
        vm.set_update(&s, other)?;
    }
    Ok(Value::None)
}

/// Replaces a set's contents with `result`'s (for the `*_update` methods).
fn replace_contents(vm: &mut Vm, s: &Arc<PySet>, result: Value) -> PyResult<Value> {
    if let Value::Set(r) = result {
        let table = r.table.borrow().clone();
        *s.table.borrow_mut() = table;
    }
    let _ = vm;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "intersection_update")?;
    let r = set_intersection(vm, args, kw)?;
    replace_contents(vm, &s, r)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "difference_update")?;
    for other in &args[1..] {
        for item in vm.iterate(other)? {
            vm.set_discard(&s, &item)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this_set(vm, args, "symmetric_difference_update")?;
    method_args(vm, "symmetric_difference_update", args, 1, 1)?;
    let other = as_set(vm, &args[1])?;
    let Value::Set(o) = &other else {
        unreachable!()
    };
    let keys = o.table.borrow().keys();
    for k in keys {
        if !vm.set_discard(&s, &k)? {
            vm.set_add(&s, k)?;
        }
    }
    Ok(Value::None)
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    method_args(vm, "count", args, 1, 1)?;
    Ok(Value::Int(vm.contains(&args[0], &args[1])? as i64))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    method_args(vm, "index", args, 1, 1)?;
    let Value::Range(r) = &args[0] else {
        unreachable!()
    };
    if !vm.contains(&args[0], &args[1])? {
        let repr = vm.repr_string(&args[1])?;
        return Err(vm.value_error(format!("{repr} is not in range")));
    }
    let i = args[1].as_int().unwrap_or(0);
    Ok(Value::Int((i - r.start) / r.step))
}

fn property_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    if let Value::Instance(i) = v
        && let Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } = &i.payload
    {
        return Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone()));
    }
    Err(vm.type_error("expected a property"))
}

/// The function a property copy gets: `getter(None)` keeps the old one,
/// as CPython's `property_copy` does.
fn replacement(new: &Value, old: Value) -> Value {
    if new.is_none() { old } else { new.clone() }
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (old, fset, fdel, doc) = property_parts(vm, &args[0])?;
    Ok(vm.wrap_payload(
        Payload::Property {
            fget: replacement(&args[1], old),
            fset,
            fdel,
            doc,
        },
        "property",
    ))
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (fget, old, fdel, doc) = property_parts(vm, &args[0])?;
    Ok(vm.wrap_payload(
        Payload::Property {
            fget,
            fset: replacement(&args[1], old),
            fdel,
            doc,
        },
        "property",
    ))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (fget, fset, old, doc) = property_parts(vm, &args[0])?;
    Ok(vm.wrap_payload(
        Payload::Property {
            fget,
            fset,
            fdel: replacement(&args[1], old),
            doc,
        },
        "property",
    ))
}

/// Attributes builtin values have beyond their class's methods.
pub fn special_attribute(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (obj, name) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
            super::constructors::int_of(vm, obj)?
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
        (Value::Float(f), "real") => Value::Float(*f),
        (Value::Float(_), "imag") => Value::Float(0.0),
        (Value::Function(f), _) => match name {
            "__name__" => f.name.borrow().clone(),
            "__qualname__" => f.qualname.borrow().clone(),
            "__doc__" => f.doc.borrow().clone(),
            "__module__" => f.module.borrow().clone(),
            "__defaults__" => {
                let d = f.defaults.borrow();
                if d.is_empty() {
                    Value::None
                } else {
                    Value::tuple(d.clone())
                }
            }
            "__kwdefaults__" => f
                .kwdefaults
                .borrow()
                .clone()
                .map(Value::Dict)
                .unwrap_or(Value::None),
            "__code__" => Value::Code(f.code),
            "__globals__" => Value::Dict(f.globals.clone()),
            "__dict__" => Value::Dict(f.dict.clone()),
            "__annotations__" => f.annotations.borrow().clone(),
            "__closure__" => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }
            }
            _ => match f.dict.get_str(name, PyStr::new(name).hash()) {
                Some(v) => v,
                None => return Ok(None),
            },
        },
        (Value::BoundMethod(m), "__self__") => m.self_value.clone(),
        (Value::BoundMethod(m), "__func__") => m.func.clone(),
        (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let func = m.func.clone();
            return match vm.get_attr_str(&func, name) {
                Ok(v) => Ok(Some(v)),
                Err(_) => Ok(None),
            };
        }
        (Value::Builtin(b), "__name__") => Value::str(b.name),
        (Value::Builtin(b), "__qualname__") => match b.owner {
            Some(owner) => Value::string(format!("{owner}.{}", b.name)),
            None => Value::str(b.name),
        },
        (Value::Builtin(b), "__self__") => b.bound.clone().unwrap_or(Value::None),
        (Value::Builtin(_), "__doc__") => Value::None,
        (Value::Builtin(_), "__module__") => Value::str("builtins"),
        (Value::Range(r), "start") => Value::Int(r.start),
        (Value::Range(r), "stop") => Value::Int(r.stop),
        (Value::Range(r), "step") => Value::Int(r.step),
        (Value::Slice(s), "start") => s.start.clone(),
        (Value::Slice(s), "stop") => s.stop.clone(),
        (Value::Slice(s), "step") => s.step.clone(),
        (Value::Generator(g), "__name__") => g.name.clone(),
        (Value::Generator(g), "__qualname__") => g.qualname.clone(),
        (Value::Generator(g), "gi_running") => Value::Bool(g.state() == GenState::Running),
        (Value::Generator(g), "gi_code") => Value::Code(g.code),
        (Value::Generator(g), "gi_frame") => vm.generator_frame_object(g),
        (Value::Generator(g), "gi_yieldfrom") => generator_yield_from(g),
        (Value::Code(c), "co_name") => Value::Str(c.name.clone()),
        (Value::Code(c), "co_filename") => Value::str(c.filename()),
        (Value::Code(c), "co_firstlineno") => Value::Int(c.code.firstlineno as i64),
        (Value::Code(c), "co_argcount") => Value::Int(c.code.argcount as i64),
        (Value::Code(c), "co_posonlyargcount") => Value::Int(c.code.posonlyargcount as i64),
        (Value::Code(c), "co_kwonlyargcount") => Value::Int(c.code.kwonlyargcount as i64),
        (Value::Code(c), "co_nlocals") => Value::Int(c.code.varnames.len() as i64),
        (Value::Code(c), "co_flags") => Value::Int(c.code.flags as i64),
        (Value::Code(c), "co_qualname") => Value::Str(c.qualname.clone()),
        (Value::Code(c), "co_names") => {
            Value::tuple(c.names.iter().map(|v| Value::Str(v.clone())).collect())
        }
        (Value::Code(c), "co_consts") => Value::tuple(c.consts.to_vec()),
        (Value::Code(c), "co_cellvars") => {
            Value::tuple(c.code.cellvars.iter().map(|v| Value::str(v)).collect())
        }
        (Value::Code(c), "co_freevars") => {
            Value::tuple(c.code.freevars.iter().map(|v| Value::str(v)).collect())
        }
        (Value::Code(c), "co_varnames") => {
            Value::tuple(c.varnames.iter().map(|v| Value::Str(v.clone())).collect())
        }
        (Value::Cell(c), "cell_contents") => {
            let v = c.value.borrow().clone();
            if v.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            v
        }
        _ => return Ok(None),
    }))
}

/// `dir(obj)`: its attribute names, sorted.
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &PyDict, names: &mut Vec<String>| {
        for k in d.table.borrow().keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    };
    match obj {
        Value::Module(m) => add_dict(&m.dict, &mut names),
        Value::Class(c) => {
            for cls in c.mro() {
                add_dict(&cls.dict, &mut names);
            }
        }
        Value::Instance(inst) => {
            add_dict(&inst.dict_arc(), &mut names);
            for cls in inst.class().mro() {
                add_dict(&cls.dict, &mut names);
            }
        }
        other => {
            for cls in vm.class_of(other).mro() {
                add_dict(&cls.dict, &mut names);
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// `gen.gi_yieldfrom`: the iterator a suspended `yield from` delegates to.
/// The generator is then stopped just after the `YIELD_VALUE` of the
/// `SEND` loop, with that iterator on top of its saved stack.
fn generator_yield_from(g: &PyGenerator) -> Value {
    use minipy_bytecode::Opcode;
    let saved = g.inner.borrow();
    if saved.state != GenState::Suspended {
        return Value::None;
    }
    let code = &saved.frame.code.code.code;
    let in_send_loop = code.get(saved.frame.ip).is_some_and(|i| {
        i.op == Opcode::JumpBackward && code.get(i.arg as usize).map(|t| t.op) == Some(Opcode::Send)
    });
    match saved.values.last() {
        Some(v) if in_send_loop => v.clone(),
        _ => Value::None,
    }
}
