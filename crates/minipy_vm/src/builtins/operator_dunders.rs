//! The operator methods of the builtin types (`int.__add__`, `list.__lt__`,
//! `set.__ior__`, `float.__neg__`...), for code that calls them by name.
//!
//! The operators themselves never call these: `BINARY_OP` and `COMPARE_OP`
//! handle builtin values natively and skip builtin methods when they look
//! for dunders (`operator_method`, `compare_method`). These methods give the
//! same answers, and `NotImplemented` where CPython's slot would refuse the
//! other operand (`(1).__add__(1.5)`, `[].__add__(())`).

use super::add_method;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::ops::arith::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use minipy_bytecode::Opcode;
use std::sync::Arc;

/// What a builtin method's operand is, for deciding which pairs it takes.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::Bytes(_) => Kind::Bytes,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(_) => Kind::Set,
        _ => Kind::Other,
    }
}

/// The builtin value of `v` (the value inside a builtin subclass's instance).
fn unwrap(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.builtin_value().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

/// Whether the builtin type of `this` implements `op` with `other` (the
/// operand order is the method's: `this` is `self`).
fn accepts(this: Kind, other: Kind, op: u32) -> bool {
    use Kind::*;
    match this {
        Int => other == Int,
        Float => matches!(other, Int | Float),
        Str | Bytes | List | Tuple => match op {
            ADD => other == this || (this == Bytes && other == Bytes),
            MULTIPLY => other == Int,
            REMAINDER => matches!(this, Str | Bytes),
            _ => false,
        },
        Dict => op == OR && other == Dict,
        Set => matches!(op, AND | OR | XOR | SUBTRACT) && other == Set,
        Other => false,
    }
}

fn two_args<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `self.__op__(other)`, or `self.__rop__(other)` when `REFLECTED`.
fn binary<const OP: u32, const REFLECTED: bool>(
    vm: &mut Vm,
    args: &[Value],
    _kw: &KwArgs,
) -> PyResult<Value> {
    // `int.__pow__(x, y, mod)` is `pow(x, y, mod)`.
    if OP == POWER && !REFLECTED && args.len() == 3 {
        let plain: Vec<Value> = args.iter().map(unwrap).collect();
        return super::functions::pow(vm, &plain, &Vec::new());
    }
    let (this, other) = two_args(vm, args)?;
    let (this, other) = (unwrap(this), unwrap(other));
    let (k, other_kind) = (kind(&this), kind(&other));
    if !accepts(k, other_kind, OP) {
        // Concatenation refuses other types with the operator's own
        // TypeError (`list.__add__(())`), not with `NotImplemented`.
        // Not even an object with `__radd__`: CPython's `sq_concat` never
        // defers to the other operand.
        if OP == ADD && matches!(k, Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple) {
            return Err(vm.binary_type_error(&this, &other, ADD));
        }
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if REFLECTED {
        (other, this)
    } else {
        (this, other)
    };
    match vm.native_binary(&x, &y, OP) {
        Some(r) => r,
        None => Ok(Value::NotImplemented),
    }
}

/// `divmod` through `__divmod__`/`__rdivmod__`.
fn divmod<const REFLECTED: bool>(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this, other) = two_args(vm, args)?;
    let (this, other) = (unwrap(this), unwrap(other));
    if !accepts(kind(&this), kind(&other), FLOOR_DIVIDE) {
        return Ok(Value::NotImplemented);
    }
    let pair = if REFLECTED {
        [other, this]
    } else {
        [this, other]
    };
    super::functions::divmod(vm, &pair, &Vec::new())
}

/// `self op= other`: lists, bytearrays, sets and dicts change in place
/// and return themselves.
fn inplace<const OP: u32>(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this_arg, other) = two_args(vm, args)?;
    let this = unwrap(this_arg);
    let other = unwrap(other);
    let takes = match kind(&this) {
        Kind::Set => kind(&other) == Kind::Set,
        Kind::List | Kind::Dict | Kind::Bytes => true,
        _ => false,
    };
    if !takes {
        return Ok(Value::NotImplemented);
    }
    match &this {
        // `d |= pairs` takes any mapping or iterable of pairs, as `update`.
        Value::Dict(d) => vm.dict_update_from(d, &other, "")?,
        _ => {
            vm.binary_op(this, other, OP + INPLACE)?;
        }
    }
    Ok(this_arg.clone())
}

/// `self.__lt__(other)` and the other orderings.
fn compare<const OP: u32>(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this, other) = two_args(vm, args)?;
    let (this, other) = (unwrap(this), unwrap(other));
    // An int compares only with ints (`int.__lt__(1, 1.5)` leaves it to
    // `float.__gt__`).
    let int_with_other = kind(&this) == Kind::Int && kind(&other) != Kind::Int;
    if int_with_other || matches!(this, Value::Instance(_)) || matches!(other, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.native_compare(&this, &other, OP)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

/// `object.__lt__` and friends: an object has no order of its own.
fn no_order(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn self_arg(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(unwrap(v)),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn neg(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    vm.unary_op(Opcode::UnaryNegative, v)
}

fn pos(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    vm.unary_op(Opcode::UnaryPositive, v)
}

fn invert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    vm.unary_op(Opcode::UnaryInvert, v)
}

fn abs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    super::functions::abs(vm, &[v], kw)
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut plain = vec![self_arg(vm, args)?];
    plain.extend(args.iter().skip(1).cloned());
    super::functions::round(vm, &plain, kw)
}

/// `__trunc__`, `__floor__`, `__ceil__` and `__int__` of an int: the int.
fn int_self(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(match self_arg(vm, args)? {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

fn float_trunc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    let f = vm.to_f64(&v)?;
    super::constructors::float_to_int(vm, f.trunc())
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    let f = vm.to_f64(&v)?;
    super::constructors::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    let f = vm.to_f64(&v)?;
    super::constructors::float_to_int(vm, f.ceil())
}

fn float_self(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    Ok(Value::Float(vm.to_f64(&v)?))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this, key) = two_args(vm, args)?;
    vm.get_item(&unwrap(this), key)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this, key) = two_args(vm, args)?;
    vm.del_item(&unwrap(this), key.clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (this, item) = two_args(vm, args)?;
    Ok(Value::Bool(vm.contains(&unwrap(this), item)?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args)?;
    vm.get_iter(&v)
}

fn range_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match self_arg(vm, args)? {
        Value::Range(r) => Ok(Value::Int(r.len())),
        _ => Err(vm.type_error("descriptor '__len__' requires a 'range' object")),
    }
}

macro_rules! binary_ops {
    ($cls:expr, $owner:expr, [$($op:ident),*]) => {
        $(
            let (name, rname, _) = dunder_names($op);
            add_method($cls, $owner, name, binary::<$op, false>);
            add_method($cls, $owner, rname, binary::<$op, true>);
        )*
    };
}

macro_rules! comparisons {
    ($cls:expr, $owner:expr) => {
        add_method(
            $cls,
            $owner,
            "__lt__",
            compare::<{ crate::ops::compare::LT }>,
        );
        add_method(
            $cls,
            $owner,
            "__eq__",
            compare::<{ crate::ops::compare::EQ }>,
        );
        add_method(
            $cls,
            $owner,
            "__ne__",
            compare::<{ crate::ops::compare::NE }>,
        );
        add_method(
            $cls,
            $owner,
            "__le__",
            compare::<{ crate::ops::compare::LE }>,
        );
        add_method(
            $cls,
            $owner,
            "__gt__",
            compare::<{ crate::ops::compare::GT }>,
        );
        add_method(
            $cls,
            $owner,
            "__ge__",
            compare::<{ crate::ops::compare::GE }>,
        );
    };
}

pub fn install(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    for (cls, owner) in [(&t.int, "int"), (&t.bool_, "bool"), (&t.float, "float")] {
        binary_ops!(
            cls,
            owner,
            [
                ADD,
                SUBTRACT,
                MULTIPLY,
                TRUE_DIVIDE,
                FLOOR_DIVIDE,
                REMAINDER,
                POWER
            ]
        );
        add_method(cls, owner, "__divmod__", divmod::<false>);
        add_method(cls, owner, "__rdivmod__", divmod::<true>);
        add_method(cls, owner, "__neg__", neg);
        add_method(cls, owner, "__pos__", pos);
        add_method(cls, owner, "__abs__", abs);
        add_method(cls, owner, "__bool__", bool_);
        add_method(cls, owner, "__round__", round);
        comparisons!(cls, owner);
    }
    for (cls, owner) in [(&t.int, "int"), (&t.bool_, "bool")] {
        binary_ops!(cls, owner, [AND, OR, XOR, LSHIFT, RSHIFT]);
        add_method(cls, owner, "__invert__", invert);
        add_method(cls, owner, "__trunc__", int_self);
        add_method(cls, owner, "__floor__", int_self);
        add_method(cls, owner, "__ceil__", int_self);
        add_method(cls, owner, "__float__", float_self);
    }
    add_method(&t.float, "float", "__trunc__", float_trunc);
    add_method(&t.float, "float", "__int__", float_trunc);
    add_method(&t.float, "float", "__floor__", float_floor);
    add_method(&t.float, "float", "__ceil__", float_ceil);
    for (cls, owner) in [
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.list, "list"),
        (&t.tuple, "tuple"),
    ] {
        add_method(cls, owner, "__add__", binary::<ADD, false>);
        add_method(cls, owner, "__mul__", binary::<MULTIPLY, false>);
        add_method(cls, owner, "__rmul__", binary::<MULTIPLY, true>);
        comparisons!(cls, owner);
    }
    for (cls, owner) in [
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
    ] {
        add_method(cls, owner, "__mod__", binary::<REMAINDER, false>);
        add_method(cls, owner, "__rmod__", binary::<REMAINDER, true>);
    }
    for (cls, owner) in [
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
    ] {
        add_method(cls, owner, "__iter__", iter);
    }
    add_method(&t.str_, "str", "__getitem__", getitem);
    for (cls, owner) in [(&t.list, "list"), (&t.bytearray, "bytearray")] {
        add_method(cls, owner, "__iadd__", inplace::<ADD>);
        add_method(cls, owner, "__imul__", inplace::<MULTIPLY>);
    }
    add_method(&t.list, "list", "__delitem__", delitem);
    binary_ops!(&t.dict, "dict", [OR]);
    add_method(&t.dict, "dict", "__ior__", inplace::<OR>);
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        binary_ops!(cls, owner, [AND, OR, XOR, SUBTRACT]);
        comparisons!(cls, owner);
    }
    for op in [OR, AND, XOR, SUBTRACT] {
        let name = dunder_names(op).2;
        let f: NativeFn = match op {
            OR => inplace::<OR>,
            AND => inplace::<AND>,
            XOR => inplace::<XOR>,
            _ => inplace::<SUBTRACT>,
        };
        add_method(&t.set, "set", name, f);
    }
    comparisons!(&t.dict, "dict");
    let r = &t.range;
    add_method(r, "range", "__len__", range_len);
    add_method(r, "range", "__getitem__", getitem);
    add_method(r, "range", "__contains__", contains);
    add_method(r, "range", "__iter__", iter);
    add_method(r, "range", "__bool__", bool_);
    comparisons!(r, "range");
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(&t.object, "object", name, no_order);
    }
}
