//! Loading bytecode into the VM: constants become values, names become
//! interned strings, once per code object.

use crate::objects::{CodeRef, PyBytes, PyCode, PyStr};
use crate::value::Value;
use crate::vm::Vm;
use minipy_bytecode::{CodeFlags, CodeObject, Constant};
use std::sync::Arc;

/// Loads a code object (and those nested in its constants) for good.
pub fn load_code(vm: &mut Vm, code: &CodeObject) -> CodeRef {
    let consts: Box<[Value]> = code.consts.iter().map(|c| constant(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    Box::leak(Box::new(PyCode {
        global_cache: (0..code.names.len()).map(|_| Default::default()).collect(),
        attr_cache: (0..code.names.len()).map(|_| Default::default()).collect(),
        simple_argcount: (code.kwonlyargcount == 0
            && code.flags & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0)
            .then_some(code.argcount as usize),
        quick: crate::quicken::quicken(&code.code, &consts),
        consts,
        names,
        varnames,
        name: vm.intern(&code.name),
        qualname: vm.intern(&code.qualname),
        nlocalsplus: code.varnames.len() + code.cellvars.len() + code.freevars.len(),
        code: code.clone(),
    }))
}

fn constant(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => crate::builtins::complex_value(vm, *real, *imag),
        Constant::Str(s) => Value::Str(Arc::new(PyStr::new(s))),
        Constant::Bytes(b) => Value::Bytes(Arc::new(PyBytes::new(b.to_vec(), false))),
        Constant::Tuple(items) => Value::tuple(items.iter().map(|c| constant(vm, c)).collect()),
        Constant::FrozenSet(items) => {
            let values: Vec<Value> = items.iter().map(|c| constant(vm, c)).collect();
            vm.new_set(values, true).unwrap_or(Value::None)
        }
        Constant::Code(code) => Value::Code(load_code(vm, code)),
    }
}
