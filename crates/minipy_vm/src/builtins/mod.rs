//! The builtins: functions (`print`, `len`...), the constructors of the
//! builtin types, their methods, and the builtin modules.

mod args;
pub mod arity;
pub mod async_generators;
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
mod operator_dunders;
mod sort;
pub mod str_methods;
pub mod traceback_type;

pub use args::*;
pub use constructors::{construct, construct_scalar, is_scalar_constructor};
pub(crate) use object_methods::bound_object_new;
pub use object_methods::{dir_names, special_attribute};

use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::Vm;
use std::sync::Arc;

/// Adds a builtin function to a namespace dict.
pub fn add_function(dict: &PyDict, name: &'static str, func: NativeFn) {
    add_builtin(dict, PyBuiltin::function(name, func));
}

/// Adds a builtin under its own name.
pub fn add_builtin(dict: &PyDict, builtin: PyBuiltin) {
    let name = builtin.name;
    dict.set_str(
        Value::str(name),
        PyStr::new(name).hash(),
        Value::Builtin(Arc::new(builtin)),
    );
}

/// Adds a method to a builtin class.
pub fn add_method(cls: &Arc<PyClass>, owner: &'static str, name: &'static str, func: NativeFn) {
    add_builtin(&cls.dict, PyBuiltin::method(owner, name, func));
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
    operator_dunders::install(interp);
    exec::install(interp);
    complex::install(interp);
    files::install(interp);
    async_generators::install(interp);
    // `LOAD_GLOBAL`'s cache checks its entry's key by pointer before it
    // compares text: give the builtins the interned names code objects use.
    interp
        .builtins
        .table
        .borrow_mut()
        .replace_keys_with_equal(|key| match key {
            Value::Str(s) => Some(Value::Str(interp.intern(s.as_str()))),
            _ => None,
        });
}

/// A `complex` value (minipy supports complex literals but little arithmetic).
pub fn complex_value(vm: &mut Vm, real: f64, imag: f64) -> Value {
    let cls = vm.interp.types.complex.clone();
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new((real, imag))),
    )))
}
