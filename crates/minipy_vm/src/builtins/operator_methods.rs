//! The operator dunders of the builtin number, sequence and set types as
//! methods: `int.__add__(1, 2)`, `(2.0).__mul__(3)`, `super().__add__(o)`
//! in a subclass of int. The eval loop never calls them (it runs these
//! operations natively); they exist for programs that name them. Each one
//! runs the builtin operation on the builtin values and answers
//! NotImplemented for an operand its type does not handle, as CPython's
//! slot wrappers do.

use super::add_method;
use crate::interp::Interpreter;
use crate::objects::PyClass;
use crate::ops::arith::*;
use crate::ops::compare::{GE, GT, LE, LT};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// Not a `BINARY_OP` operator: `__divmod__` calls the `divmod` builtin.
const DIVMOD: u32 = u32::MAX;

/// Which builtin type a method belongs to, for checking its operands.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Set,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Str => "str",
            Kind::Bytes => "bytes",
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Set => "set",
        }
    }

    /// Is `v` (already unwrapped) a value of this type?
    fn holds(self, v: &Value) -> bool {
        match self {
            Kind::Int => matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Str => matches!(v, Value::Str(_)),
            Kind::Bytes => matches!(v, Value::Bytes(_)),
            Kind::List => matches!(v, Value::List(_)),
            Kind::Tuple => matches!(v, Value::Tuple(_)),
            Kind::Set => matches!(v, Value::Set(_)),
        }
    }

    /// Does this type's operation take `other` as its second operand?
    /// (Numbers take ints, floats also floats; sets take sets.)
    fn takes(self, other: &Value) -> bool {
        match self {
            Kind::Int => Kind::Int.holds(other),
            Kind::Float => Kind::Int.holds(other) || Kind::Float.holds(other),
            Kind::Set => Kind::Set.holds(other),
            // Sequences: the operation itself decides, and raises
            // CPython's TypeError ("can only concatenate str ...").
            _ => true,
        }
    }

    fn comparable(self, other: &Value) -> bool {
        match self {
            Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple => self.holds(other),
            _ => self.takes(other),
        }
    }
}

/// The builtin value inside an instance of a subclass, or the value itself.
fn unwrap(v: &Value) -> Value {
    match v {
        Value::Instance(inst) => inst.builtin_value().unwrap_or_else(|| v.clone()),
        other => other.clone(),
    }
}

/// The receiver, checked as a descriptor checks it.
fn receiver(vm: &Vm, args: &[Value], kind: Kind, name: &str) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            kind.name()
        )));
    };
    let me = unwrap(first);
    if !kind.holds(&me) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind.name(),
            vm.type_name(first)
        )));
    }
    Ok(me)
}

fn binary(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    name: &str,
    op: u32,
    reflected: bool,
) -> PyResult<Value> {
    let me = receiver(vm, args, kind, name)?;
    // `int.__pow__(base, exp, mod)`: the three-argument power.
    if op == POWER && !reflected && args.len() == 3 {
        let pow = vm
            .interp
            .builtins
            .get_str("pow", crate::objects::PyStr::new("pow").hash());
        if let Some(pow) = pow {
            return vm.call(&pow, vec![me, unwrap(&args[1]), args[2].clone()], &[]);
        }
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let other = unwrap(&args[1]);
    if !kind.takes(&other) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    if op == DIVMOD {
        let key = crate::objects::PyStr::new("divmod").hash();
        if let Some(divmod) = vm.interp.builtins.get_str("divmod", key) {
            return vm.call(&divmod, vec![a, b], &[]);
        }
    }
    vm.binary_op(a, b, op)
}

fn compare(vm: &mut Vm, args: &[Value], kind: Kind, name: &str, op: u32) -> PyResult<Value> {
    let me = receiver(vm, args, kind, name)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let other = unwrap(&args[1]);
    if !kind.comparable(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.rich_compare(me, other, op)
}

fn unary(vm: &mut Vm, args: &[Value], kind: Kind, name: &str, which: u8) -> PyResult<Value> {
    let me = receiver(vm, args, kind, name)?;
    match which {
        0 => vm.unary_op(minipy_bytecode::Opcode::UnaryNegative, me),
        1 => vm.unary_op(minipy_bytecode::Opcode::UnaryPositive, me),
        2 => vm.unary_op(minipy_bytecode::Opcode::UnaryInvert, me),
        _ => {
            let abs = vm
                .interp
                .builtins
                .get_str("abs", crate::objects::PyStr::new("abs").hash());
            match abs {
                Some(abs) => vm.call(&abs, vec![me], &[]),
                None => Ok(Value::NotImplemented),
            }
        }
    }
}

/// One `NativeFn` per (type, operator): the table below names them.
macro_rules! bin {
    ($kind:expr, $name:literal, $op:expr, $rev:expr) => {
        (
            $name,
            (|vm: &mut Vm, a: &[Value], _: &KwArgs| binary(vm, a, $kind, $name, $op, $rev))
                as crate::objects::NativeFn,
        )
    };
}

macro_rules! cmp {
    ($kind:expr, $name:literal, $op:expr) => {
        (
            $name,
            (|vm: &mut Vm, a: &[Value], _: &KwArgs| compare(vm, a, $kind, $name, $op))
                as crate::objects::NativeFn,
        )
    };
}

macro_rules! un {
    ($kind:expr, $name:literal, $which:expr) => {
        (
            $name,
            (|vm: &mut Vm, a: &[Value], _: &KwArgs| unary(vm, a, $kind, $name, $which))
                as crate::objects::NativeFn,
        )
    };
}

macro_rules! comparisons {
    ($kind:expr) => {
        [
            cmp!($kind, "__lt__", LT),
            cmp!($kind, "__le__", LE),
            cmp!($kind, "__gt__", GT),
            cmp!($kind, "__ge__", GE),
        ]
    };
}

macro_rules! arithmetic {
    ($kind:expr) => {
        [
            bin!($kind, "__add__", ADD, false),
            bin!($kind, "__radd__", ADD, true),
            bin!($kind, "__sub__", SUBTRACT, false),
            bin!($kind, "__rsub__", SUBTRACT, true),
            bin!($kind, "__mul__", MULTIPLY, false),
            bin!($kind, "__rmul__", MULTIPLY, true),
            bin!($kind, "__truediv__", TRUE_DIVIDE, false),
            bin!($kind, "__rtruediv__", TRUE_DIVIDE, true),
            bin!($kind, "__floordiv__", FLOOR_DIVIDE, false),
            bin!($kind, "__rfloordiv__", FLOOR_DIVIDE, true),
            bin!($kind, "__mod__", REMAINDER, false),
            bin!($kind, "__rmod__", REMAINDER, true),
            bin!($kind, "__pow__", POWER, false),
            bin!($kind, "__rpow__", POWER, true),
            bin!($kind, "__divmod__", DIVMOD, false),
            bin!($kind, "__rdivmod__", DIVMOD, true),
            un!($kind, "__neg__", 0),
            un!($kind, "__pos__", 1),
            un!($kind, "__abs__", 3),
        ]
    };
}

macro_rules! sequence {
    ($kind:expr) => {
        [
            bin!($kind, "__add__", ADD, false),
            bin!($kind, "__mul__", MULTIPLY, false),
            bin!($kind, "__rmul__", MULTIPLY, true),
            cmp!($kind, "__lt__", LT),
            cmp!($kind, "__le__", LE),
            cmp!($kind, "__gt__", GT),
            cmp!($kind, "__ge__", GE),
        ]
    };
}

/// Adds the methods the class does not define yet (some types already
/// have hand-written ones, which stay).
fn add_missing(
    cls: &Arc<PyClass>,
    owner: &'static str,
    methods: &[(&'static str, crate::objects::NativeFn)],
) {
    for &(name, f) in methods {
        if cls
            .dict
            .get_str(name, crate::objects::PyStr::new(name).hash())
            .is_none()
        {
            add_method(cls, owner, name, f);
        }
    }
}

pub fn install(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_missing(&t.int, "int", &arithmetic!(Kind::Int));
    add_missing(
        &t.int,
        "int",
        &[
            bin!(Kind::Int, "__lshift__", LSHIFT, false),
            bin!(Kind::Int, "__rlshift__", LSHIFT, true),
            bin!(Kind::Int, "__rshift__", RSHIFT, false),
            bin!(Kind::Int, "__rrshift__", RSHIFT, true),
            bin!(Kind::Int, "__and__", AND, false),
            bin!(Kind::Int, "__rand__", AND, true),
            bin!(Kind::Int, "__or__", OR, false),
            bin!(Kind::Int, "__ror__", OR, true),
            bin!(Kind::Int, "__xor__", XOR, false),
            bin!(Kind::Int, "__rxor__", XOR, true),
            un!(Kind::Int, "__invert__", 2),
        ],
    );
    add_missing(&t.int, "int", &comparisons!(Kind::Int));
    add_missing(&t.float, "float", &arithmetic!(Kind::Float));
    add_missing(&t.float, "float", &comparisons!(Kind::Float));
    add_missing(&t.str_, "str", &sequence!(Kind::Str));
    add_missing(&t.bytes, "bytes", &sequence!(Kind::Bytes));
    add_missing(&t.list, "list", &sequence!(Kind::List));
    add_missing(&t.tuple, "tuple", &sequence!(Kind::Tuple));
    add_missing(
        &t.str_,
        "str",
        &[bin!(Kind::Str, "__mod__", REMAINDER, false)],
    );
    add_missing(
        &t.bytes,
        "bytes",
        &[bin!(Kind::Bytes, "__mod__", REMAINDER, false)],
    );
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        add_missing(
            cls,
            owner,
            &[
                bin!(Kind::Set, "__and__", AND, false),
                bin!(Kind::Set, "__rand__", AND, true),
                bin!(Kind::Set, "__or__", OR, false),
                bin!(Kind::Set, "__ror__", OR, true),
                bin!(Kind::Set, "__sub__", SUBTRACT, false),
                bin!(Kind::Set, "__rsub__", SUBTRACT, true),
                bin!(Kind::Set, "__xor__", XOR, false),
                bin!(Kind::Set, "__rxor__", XOR, true),
            ],
        );
        add_missing(cls, owner, &comparisons!(Kind::Set));
    }
}
