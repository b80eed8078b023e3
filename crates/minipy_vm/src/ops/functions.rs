//! Making functions (`MAKE_FUNCTION`) and calls with `*args`/`**kwargs`.

use crate::cell::PyCell;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

const DEFAULTS: u32 = 0x1;
const KWDEFAULTS: u32 = 0x2;
const ANNOTATIONS: u32 = 0x4;
const CLOSURE: u32 = 0x8;

impl Vm {
    /// `MAKE_FUNCTION`: pops the code object and the extras its flags
    /// announce, and pushes a function bound to the frame's globals.
    pub(crate) fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let Some(Value::Code(code)) = self.stack.pop() else {
            return Err(self.error("SystemError", "MAKE_FUNCTION expects a code object"));
        };
        let closure = if flags & CLOSURE != 0 {
            match self.stack.pop() {
                Some(Value::Tuple(t)) => t
                    .items()
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags & ANNOTATIONS != 0 {
            let Some(Value::Tuple(pairs)) = self.stack.pop() else {
                unreachable!("annotations are a tuple")
            };
            let dict = Arc::new(PyDict::new());
            for pair in pairs.items().chunks(2) {
                self.dict_set(&dict, pair[0].clone(), pair[1].clone())?;
            }
            Value::Dict(dict)
        } else {
            Value::Dict(Arc::new(PyDict::new()))
        };
        let kwdefaults = if flags & KWDEFAULTS != 0 {
            match self.stack.pop() {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if flags & DEFAULTS != 0 {
            match self.stack.pop() {
                Some(Value::Tuple(t)) => t.items().to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self.frames[fi].globals().clone();
        let module = globals
            .get_str("__name__", PyStr::new("__name__").hash())
            .unwrap_or(Value::None);
        let doc = match code.consts.first() {
            Some(v @ Value::Str(_)) if code.code.name != "<lambda>" => v.clone(),
            _ => Value::None,
        };
        Ok(Value::Function(Arc::new(PyFunction {
            name: PyCell::new(Value::Str(code.name.clone())),
            qualname: PyCell::new(Value::Str(code.qualname.clone())),
            code,
            globals,
            defaults: PyCell::new(defaults),
            kwdefaults: PyCell::new(kwdefaults),
            closure: closure.into_boxed_slice(),
            annotations: PyCell::new(annotations),
            doc: PyCell::new(doc),
            module: PyCell::new(module),
            dict: Arc::new(PyDict::new()),
        })))
    }

    /// `CALL_FUNCTION_EX`: `func(*args, **kwargs)`.
    pub(crate) fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        let positional = match args {
            Value::Tuple(t) => t.items().to_vec(),
            other => match self.iterate(other) {
                Ok(items) => items,
                Err(e)
                    if self.is_error(&e, "TypeError")
                        && !matches!(other, Value::Instance(_) | Value::Generator(_)) =>
                {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(func),
                        self.type_name(other)
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.table.borrow().items() {
                if let Value::Str(s) = k {
                    kw.push((s, v));
                }
            }
        }
        self.call(func, positional, &kw)
    }
}
