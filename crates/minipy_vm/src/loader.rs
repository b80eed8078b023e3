//! Loading bytecode into the VM: constants become values, names become
//! interned strings, once per code object.

use crate::objects::{PyBytes, PyCode, PyStr};
use crate::value::Value;
use crate::vm::Vm;
use minipy_bytecode::{CodeObject, Constant};
use std::sync::Arc;

pub fn load_code(vm: &mut Vm, code: &CodeObject) -> Arc<PyCode> {
    let consts = code.consts.iter().map(|c| constant(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    Arc::new(PyCode {
        consts,
        names,
        varnames,
        name: vm.intern(&code.name),
        qualname: vm.intern(&code.qualname),
        nlocalsplus: code.varnames.len() + code.cellvars.len() + code.freevars.len(),
        code: code.clone(),
    })
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
