//! The builtins: functions (`print`, `len`...), the constructors of the
//! builtin types, their methods, and the builtin modules.

mod args;
pub mod arity;
pub(crate) mod bytes_methods;
pub mod complex;
mod constructors;
mod dict_methods;
mod exec;
pub mod files;
pub(crate) mod functions;
mod list_methods;
pub mod modules;
mod number_methods;
mod object_methods;
mod operator_methods;
mod sort;
pub mod str_methods;
pub mod traceback_type;

pub use args::*;
pub use constructors::construct;
pub use object_methods::{dir_names, special_attribute};

use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::Vm;
use std::sync::Arc;

/// Adds a builtin function to a namespace dict.
pub fn add_function(dict: &PyDict, name: &'static str, func: NativeFn) {
    let v = Value::Builtin(Arc::new(PyBuiltin::function(name, func)));
    dict.set_str(Value::str(name), PyStr::new(name).hash(), v);
}

/// Adds a method to a builtin class.
pub fn add_method(cls: &Arc<PyClass>, owner: &'static str, name: &'static str, func: NativeFn) {
    let v = Value::Builtin(Arc::new(PyBuiltin::method(owner, name, func)));
    cls.dict
        .set_str(Value::str(name), PyStr::new(name).hash(), v);
}

/// Adds a class method (`dict.fromkeys`) or static method to a builtin class.
pub fn add_classmethod(
    cls: &Arc<PyClass>,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
    is_static: bool,
) {
    let mut b = PyBuiltin::method(owner, name, func);
    if is_static {
        b.is_staticmethod = true;
    } else {
        b.is_classmethod = true;
    }
    cls.dict.set_str(
        Value::str(name),
        PyStr::new(name).hash(),
        Value::Builtin(Arc::new(b)),
    );
}

pub fn install(interp: &Arc<Interpreter>) {
    functions::install(interp);
    constructors::install(interp);
    str_methods::install(interp);
    bytes_methods::install(interp);
    list_methods::install(interp);
    dict_methods::install(interp);
    number_methods::install(interp);
    object_methods::install(interp);
    exec::install(interp);
    complex::install(interp);
    operator_methods::install(interp);
    files::install(interp);
}

/// A `complex` value (minipy supports complex literals but little arithmetic).
pub fn complex_value(vm: &mut Vm, real: f64, imag: f64) -> Value {
    let cls = vm.interp.types.complex.clone();
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new((real, imag))),
    )))
}
