//! `SyntaxError` at run time: raised by `exec`, `eval`, `compile` and
//! `import` when the front end rejects source, and by user code. Its
//! attributes (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
//! `end_offset`) drive how it prints, exactly as a compile error prints.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, Vm};
use minipy_diagnostics::SyntaxErrorInfo;
use std::sync::Arc;

const FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

impl Vm {
    /// The exception for a compile error found at run time.
    pub fn syntax_error(&self, info: &SyntaxErrorInfo) -> PyErr {
        let class = match info.class.as_str() {
            "IndentationError" | "TabError" | "MemoryError" | "RecursionError" => {
                info.class.as_str()
            }
            _ => "SyntaxError",
        };
        let cls = self.interp.exception_class(class);
        if !self.is_subclass_named(&cls, "SyntaxError") {
            let args = if info.message.is_empty() {
                vec![]
            } else {
                vec![Value::str(&info.message)]
            };
            return PyErr(self.new_exception(cls, args));
        }
        let opt_int = |v: Option<i64>| v.map_or(Value::None, Value::Int);
        let details = Value::tuple(vec![
            Value::str(&info.filename),
            opt_int(info.lineno.map(i64::from)),
            opt_int(info.offset),
            info.text.as_deref().map_or(Value::None, Value::str),
            opt_int(info.end_lineno.map(i64::from)),
            opt_int(info.end_offset),
        ]);
        let exc = self.new_exception(cls, vec![Value::str(&info.message), details]);
        if let Value::Instance(inst) = &exc {
            fill_syntax_error_fields(inst);
        }
        PyErr(exc)
    }

    /// How a `SyntaxError` prints at the end of a traceback, or `None` for
    /// other exceptions.
    pub(crate) fn syntax_error_report(&mut self, exc: &Value, class_name: &str) -> Option<String> {
        let Value::Instance(inst) = exc else {
            return None;
        };
        if !self.is_subclass_named(&inst.class(), "SyntaxError") {
            return None;
        }
        let get = |name: &str| {
            inst.dict()
                .get_str(name, PyStr::new(name).hash())
                .unwrap_or(Value::None)
        };
        let int = |name: &str| match get(name) {
            Value::Int(i) => Some(i),
            _ => None,
        };
        let message = match get("msg") {
            Value::None => String::new(),
            msg => self
                .str(&msg)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
        };
        let info = SyntaxErrorInfo {
            class: class_name.to_string(),
            message,
            filename: match get("filename") {
                Value::Str(s) => s.as_str().to_string(),
                _ => "<string>".to_string(),
            },
            lineno: int("lineno").map(|l| l as u32),
            text: get("text").as_str().map(str::to_string),
            offset: int("offset"),
            end_lineno: int("end_lineno").map(|l| l as u32),
            end_offset: int("end_offset"),
        };
        Some(info.render().trim_end_matches('\n').to_string())
    }

    /// `str()` of a `SyntaxError`: `msg (file.py, line 3)`, with the
    /// file's base name, as CPython's `SyntaxError_str` gives it.
    pub(crate) fn syntax_error_str(&mut self, inst: &Arc<PyInstance>) -> Option<String> {
        if !self.is_subclass_named(&inst.class(), "SyntaxError") {
            return None;
        }
        let get = |name: &str| {
            inst.dict()
                .get_str(name, PyStr::new(name).hash())
                .unwrap_or(Value::None)
        };
        let msg = self.str(&get("msg")).ok()?.as_str().to_string();
        let file = match get("filename") {
            Value::Str(s) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        Some(match (file, get("lineno")) {
            (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), _) => format!("{msg} ({f})"),
            (None, Value::Int(l)) => format!("{msg} (line {l})"),
            (None, _) => msg,
        })
    }
}

/// Sets `msg` and the location fields from the exception's args, as
/// `SyntaxError.__init__` does: `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`.
pub fn fill_syntax_error_fields(inst: &Arc<PyInstance>) {
    let Some(data) = inst.exception() else { return };
    let args = data.borrow().args.clone();
    let set = |name: &str, v: Value| {
        inst.dict()
            .set_str(Value::str(name), PyStr::new(name).hash(), v)
    };
    set("msg", args.first().cloned().unwrap_or(Value::None));
    set("print_file_and_line", Value::None);
    let details = match args.get(1) {
        Some(Value::Tuple(t)) if args.len() == 2 => t.items().to_vec(),
        _ => Vec::new(),
    };
    for (i, field) in FIELDS.iter().enumerate() {
        set(field, details.get(i).cloned().unwrap_or(Value::None));
    }
}
