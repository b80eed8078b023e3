//! "Struct sequences" such as `sys.version_info` and `time.struct_time`:
//! tuples whose items also have names (`info.major`, `t.tm_year`) and
//! whose repr lists them, as CPython's `PyStructSequence` types do.

use crate::builtins::add_method;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// A struct-sequence type `module.name` with these field names.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> Arc<PyClass> {
    let tuple = vm.interp.types.tuple.clone();
    let cls = crate::types::new_class(
        name,
        BuiltinKind::Tuple,
        vec![tuple.clone()],
        false,
        tuple.mro(),
    );
    let set = |k: &str, v: Value| cls.dict.set_str(Value::str(k), PyStr::new(k).hash(), v);
    set("__module__", Value::str(module));
    set(
        "_fields",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    set("n_fields", Value::Int(fields.len() as i64));
    add_method(&cls, "structseq", "__repr__", structseq_repr);
    cls
}

/// An instance of a struct-sequence type.
pub fn make(cls: &Arc<PyClass>, values: Vec<Value>) -> Value {
    let fields = match cls.dict.get_str("_fields", PyStr::new("_fields").hash()) {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    let inst = PyInstance::new(
        cls.clone(),
        Payload::Builtin(crate::cell::PyCell::new(Value::tuple(values.clone()))),
    );
    for (field, value) in fields.iter().zip(values) {
        if let Value::Str(f) = field {
            inst.dict().set_str(field.clone(), f.hash(), value);
        }
    }
    Value::Instance(Arc::new(inst))
}

fn structseq_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(vm.type_error("expected a struct sequence"));
    };
    let cls = inst.class();
    let module = cls
        .dict
        .get_str("__module__", PyStr::new("__module__").hash());
    let fields = match cls.dict.get_str("_fields", PyStr::new("_fields").hash()) {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    let values = match inst.builtin_value() {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (field, value) in fields.iter().zip(values.iter()) {
        parts.push(format!(
            "{}={}",
            field.as_str().unwrap_or(""),
            vm.repr_string(value)?
        ));
    }
    let prefix = module
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_default();
    Ok(Value::string(format!(
        "{prefix}.{}({})",
        cls.name().as_str(),
        parts.join(", ")
    )))
}
