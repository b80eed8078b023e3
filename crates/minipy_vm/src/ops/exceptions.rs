//! Exceptions at run time: raising, matching `except` clauses, chaining
//! (`__cause__`, `__context__`), traceback entries, and the attributes
//! exception objects have.

use crate::code_info::line_of;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::Arc;

impl Vm {
    pub(crate) fn exception_data<'v>(
        &self,
        v: &'v Value,
    ) -> Option<&'v crate::cell::PyCell<ExceptionData>> {
        match v {
            Value::Instance(inst) => inst.exception(),
            _ => None,
        }
    }

    /// Sets an attribute such as `name` on an exception (a `NameError`'s
    /// name, an `AttributeError`'s object).
    pub fn set_exception_attr(&self, err: &PyErr, name: &str, value: Value) {
        if let Value::Instance(inst) = &err.0 {
            inst.dict()
                .set_str(Value::str(name), PyStr::new(name).hash(), value);
        }
    }

    pub fn exception_args(&self, v: &Value) -> Vec<Value> {
        self.exception_data(v)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default()
    }

    /// The attributes every exception has, read from its state.
    pub(crate) fn exception_attribute(&self, inst: &Arc<PyInstance>, name: &str) -> Option<Value> {
        let data = inst.exception()?.borrow();
        Some(match name {
            "args" => Value::tuple(data.args.clone()),
            "__cause__" => data.cause.clone().unwrap_or(Value::None),
            "__context__" => data.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(data.suppress_context),
            "__traceback__" => {
                drop(data);
                return Some(self.traceback_object(&Value::Instance(inst.clone())));
            }
            "value" if self.is_subclass_named(&inst.class(), "StopIteration") => data
                .value
                .clone()
                .unwrap_or_else(|| data.args.first().cloned().unwrap_or(Value::None)),
            "code" if self.is_subclass_named(&inst.class(), "SystemExit") => {
                match data.args.len() {
                    0 => Value::None,
                    1 => data.args[0].clone(),
                    _ => Value::tuple(data.args.clone()),
                }
            }
            "errno" | "strerror" | "filename"
                if self.is_subclass_named(&inst.class(), "OSError") =>
            {
                let i = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    _ => 2,
                };
                if data.args.len() >= 2 {
                    data.args.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            _ => return None,
        })
    }

    /// Writes the special exception attributes; `false` if `name` is not one.
    pub(crate) fn set_exception_attribute(
        &self,
        inst: &Arc<PyInstance>,
        name: &str,
        value: &Value,
    ) -> bool {
        let Some(data) = inst.exception() else {
            return false;
        };
        let mut data = data.borrow_mut();
        match name {
            "args" => {
                data.args = match value {
                    Value::Tuple(t) => t.items().to_vec(),
                    Value::List(l) => l.snapshot(),
                    other => vec![other.clone()],
                }
            }
            "__cause__" => {
                data.cause = (!value.is_none()).then(|| value.clone());
                data.suppress_context = true;
            }
            "__context__" => data.context = (!value.is_none()).then(|| value.clone()),
            "__suppress_context__" => data.suppress_context = matches!(value, Value::Bool(true)),
            "__traceback__" => {
                drop(data);
                let _ = self.set_traceback(&Value::Instance(inst.clone()), value);
            }
            "value" if self.is_subclass_named(&inst.class(), "StopIteration") => {
                data.value = Some(value.clone())
            }
            _ => return false,
        }
        true
    }

    pub fn is_subclass_named(&self, cls: &Arc<PyClass>, name: &str) -> bool {
        match self.interp.types.exceptions.get(name) {
            Some(base) => cls.is_subclass_of(base),
            None => false,
        }
    }

    /// Is `v` an exception instance?
    pub fn is_exception(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exception().is_some())
    }

    fn is_exception_class(&self, v: &Value) -> bool {
        let base = self.interp.exception_class("BaseException");
        matches!(v, Value::Class(c) if c.is_subclass_of(&base))
    }

    /// What `raise exc from cause` raises: a class is instantiated, and the
    /// cause is attached (`from None` suppresses the context).
    pub(crate) fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        self.make_raise_from(exc, cause, false)
    }

    /// `make_raise` for `raise` (`thrown` false) or `generator.throw`: when a
    /// class's `__new__` returns a non-exception, `raise` shows the type's
    /// repr and `throw` its bare name, as CPython's two code paths do.
    pub(crate) fn make_raise_from(
        &mut self,
        exc: Value,
        cause: Option<Value>,
        thrown: bool,
    ) -> PyResult<PyErr> {
        let exc = if self.is_exception_class(&exc) {
            let made = self.call(&exc, vec![], &[])?;
            // A `__new__` may return anything; CPython names the class.
            if !self.is_exception(&made) {
                let cls = self.repr_string(&exc)?;
                let got = if thrown {
                    self.type_name(&made).to_string()
                } else {
                    format!("<class '{}'>", self.type_name(&made))
                };
                return Err(self.type_error(format!(
                    "calling {cls} should have returned an instance of BaseException, not {got}"
                )));
            }
            made
        } else {
            exc
        };
        if !self.is_exception(&exc) {
            if thrown {
                return Err(self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    self.type_name(&exc)
                )));
            }
            return Err(self.type_error("exceptions must derive from BaseException"));
        }
        if let Some(cause) = cause {
            let cause = if self.is_exception_class(&cause) {
                self.call(&cause, vec![], &[])?
            } else {
                cause
            };
            if !cause.is_none() && !self.is_exception(&cause) {
                return Err(self.type_error("exception causes must derive from BaseException"));
            }
            if let Some(data) = self.exception_data(&exc) {
                let mut data = data.borrow_mut();
                data.cause = (!cause.is_none()).then_some(cause);
                data.suppress_context = true;
            }
        }
        Ok(PyErr(exc))
    }

    /// Does the exception match an `except` clause's class (or tuple of classes)?
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        match typ {
            Value::Class(c) if self.is_exception_class(typ) => Ok(cls.is_subclass_of(c)),
            Value::Tuple(t) => {
                for item in t.items() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Adds a traceback line for `code` at instruction `lasti`.
    pub(crate) fn add_traceback(&self, err: &PyErr, code: CodeRef, lasti: usize) {
        if let Some(data) = self.exception_data(&err.0) {
            data.borrow_mut().traceback.push(TracebackEntry {
                code,
                instr: lasti as u32,
            });
        }
    }

    /// Links a new exception to the one being handled (`__context__`),
    /// without creating a cycle in the chain.
    pub(crate) fn set_context(&self, err: &PyErr, overwrite: bool) {
        let handled = self.exc_info.clone();
        if handled.is_none() || handled.is(&err.0) || !self.is_exception(&handled) {
            return;
        }
        let Some(data) = self.exception_data(&err.0) else {
            return;
        };
        if !overwrite && data.borrow().context.is_some() {
            return;
        }
        // Cut the chain if `err` already appears in the handled exception's context.
        let mut link = handled.clone();
        for _ in 0..1000 {
            let next = match self.exception_data(&link) {
                Some(d) => d.borrow().context.clone(),
                None => None,
            };
            match next {
                Some(n) if n.is(&err.0) => {
                    if let Some(d) = self.exception_data(&link) {
                        d.borrow_mut().context = None;
                    }
                    break;
                }
                Some(n) => link = n,
                None => break,
            }
        }
        data.borrow_mut().context = Some(handled);
    }

    /// PEP 479: a `StopIteration` escaping a generator becomes a `RuntimeError`.
    pub(crate) fn generator_error(&self, genobj: &PyGenerator, err: PyErr) -> PyErr {
        let stop = if genobj.is_async_generator() {
            "StopAsyncIteration"
        } else {
            "StopIteration"
        };
        if !self.is_error(&err, "StopIteration") && !self.is_error(&err, stop) {
            return err;
        }
        let new = self.runtime_error(format!(
            "{} raised {}",
            if genobj.is_coroutine() {
                "coroutine"
            } else if genobj.is_async_generator() {
                "async generator"
            } else {
                "generator"
            },
            if self.is_error(&err, "StopIteration") {
                "StopIteration"
            } else {
                stop
            }
        ));
        if let Some(data) = self.exception_data(&new.0) {
            let mut data = data.borrow_mut();
            data.cause = Some(err.0.clone());
            data.context = Some(err.0);
            data.suppress_context = true;
        }
        new
    }

    /// The line an exception was raised at in the innermost frame.
    pub fn exception_line(&self, exc: &Value) -> Option<u32> {
        let data = self.exception_data(exc)?.borrow();
        let entry = data.traceback.first()?;
        Some(line_of(entry.code, entry.instr))
    }

    /// The traceback entries of an exception, outermost first.
    pub fn traceback_entries(&self, exc: &Value) -> Vec<TracebackEntry> {
        match self.exception_data(exc) {
            Some(d) => d.borrow().traceback.iter().rev().cloned().collect(),
            None => Vec::new(),
        }
    }

    /// Records what a `NameError` needs for its "Did you mean" suggestion.
    pub(crate) fn record_name_candidates(&self, err: &PyErr, fi: usize) {
        let Some(data) = self.exception_data(&err.0) else {
            return;
        };
        let frame = &self.frames[fi];
        let locals: Vec<String> = frame
            .code
            .varnames
            .iter()
            .map(|v| v.as_str().to_string())
            .collect();
        let key_names = |d: &PyDict| -> Vec<String> {
            d.table
                .borrow()
                .keys()
                .into_iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        };
        let globals = key_names(frame.globals());
        let builtins = key_names(&self.interp.builtins);
        data.borrow_mut().name_candidates = Some(Arc::new([locals, globals, builtins]));
    }
}
