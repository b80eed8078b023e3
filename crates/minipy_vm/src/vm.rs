//! `Vm`: one thread's interpreter state, and the ways Rust code calls Python.
//!
//! Each Python thread has a `Vm`: its value stack, its frames and the
//! exception it is handling. Shared state lives in the [`Interpreter`].
//! Errors are Python exception objects carried in [`PyErr`]; every
//! operation that can fail returns a [`PyResult`].

use crate::frame::{Frame, FrameKind};
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use minipy_bytecode::CodeFlags;
use std::sync::Arc;

/// A raised Python exception (an instance of a `BaseException` subclass).
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Keyword arguments: names and values, in call order.
pub type KwArgs = [(Arc<PyStr>, Value)];

pub struct Vm {
    pub interp: Arc<Interpreter>,
    pub stack: crate::value_stack::ValueStack,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub exc_info: Value,
    /// Names of the keyword arguments of the next call (`KW_NAMES`).
    pub kwnames: Option<Value>,
    /// Python frames plus native re-entries, checked against the recursion limit.
    pub depth: usize,
    /// Set when the frame that just left the eval loop yielded rather than returned.
    pub yielded: bool,
    /// An exception to raise in a generator as soon as it resumes (`throw`).
    pub pending_throw: Option<PyErr>,
    /// Objects whose `repr` is in progress, to print `[...]` for cycles.
    pub repr_active: Vec<i64>,
}

impl Vm {
    pub fn new(interp: Arc<Interpreter>) -> Vm {
        Vm {
            interp,
            stack: crate::value_stack::ValueStack::with_capacity(1024),
            frames: Vec::with_capacity(64),
            exc_info: Value::None,
            kwnames: None,
            depth: 0,
            yielded: false,
            pending_throw: None,
            repr_active: Vec::new(),
        }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    // ---------------------------------------------------------------- errors

    /// A new exception instance of `cls` with `args`.
    pub fn new_exception(&self, cls: Arc<PyClass>, args: Vec<Value>) -> Value {
        let data = ExceptionData {
            args,
            ..Default::default()
        };
        Value::Instance(Arc::new(PyInstance::new(
            cls,
            Payload::Exception(crate::cell::PyCell::new(data)),
        )))
    }

    /// An error of the builtin class `name` with a message.
    pub fn error(&self, name: &str, message: impl Into<String>) -> PyErr {
        let cls = self.interp.exception_class(name);
        PyErr(self.new_exception(cls, vec![Value::string(message.into())]))
    }

    /// An error of the builtin class `name` with no arguments.
    pub fn error_empty(&self, name: &str) -> PyErr {
        let cls = self.interp.exception_class(name);
        PyErr(self.new_exception(cls, vec![]))
    }

    pub fn type_error(&self, message: impl Into<String>) -> PyErr {
        self.error("TypeError", message)
    }

    pub fn value_error(&self, message: impl Into<String>) -> PyErr {
        self.error("ValueError", message)
    }

    pub fn index_error(&self, message: impl Into<String>) -> PyErr {
        self.error("IndexError", message)
    }

    pub fn overflow_error(&self, message: impl Into<String>) -> PyErr {
        self.error("OverflowError", message)
    }

    pub fn zero_division(&self, message: impl Into<String>) -> PyErr {
        self.error("ZeroDivisionError", message)
    }

    pub fn runtime_error(&self, message: impl Into<String>) -> PyErr {
        self.error("RuntimeError", message)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let cls = self.interp.exception_class("KeyError");
        PyErr(self.new_exception(cls, vec![key]))
    }

    pub fn recursion_error(&self) -> PyErr {
        self.error("RecursionError", "maximum recursion depth exceeded")
    }

    /// Is `err` an instance of the builtin exception class `name`?
    pub fn is_error(&self, err: &PyErr, name: &str) -> bool {
        let cls = self.interp.exception_class(name);
        self.class_of(&err.0).is_subclass_of(&cls)
    }

    // ---------------------------------------------------------------- types

    pub fn class_of(&self, v: &Value) -> Arc<PyClass> {
        let t = &self.interp.types;
        match v {
            Value::None | Value::Null => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(b) => {
                if b.mutable {
                    t.bytearray.clone()
                } else {
                    t.bytes.clone()
                }
            }
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Builtin(_)) {
                    t.builtin_function.clone()
                } else {
                    t.method.clone()
                }
            }
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Iterator(it) => t.iterators[it.type_name].clone(),
            Value::Generator(g) if g.is_coroutine() => t.coroutine.clone(),
            Value::Generator(g) if g.is_async_generator() => t.async_generator.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Code(_) => t.code.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
        }
    }

    /// The name of a value's type, for error messages (`'int'`).
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).name().as_str().to_string()
    }

    pub fn isinstance(&self, v: &Value, cls: &Arc<PyClass>) -> bool {
        self.class_of(v).is_subclass_of(cls)
    }

    pub fn intern(&self, s: &str) -> Arc<PyStr> {
        self.interp.intern(s)
    }

    // ---------------------------------------------------------------- calls

    /// Calls any callable from Rust code.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>, kwargs: &KwArgs) -> PyResult<Value> {
        match callable {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) => self.call_builtin(b, args, kwargs),
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_value.clone());
                full.extend(args);
                let func = m.func.clone();
                self.call(&func, full, kwargs)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                self.call_class(&cls, args, kwargs)
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match self.class_lookup_name(&cls, &self.interp.names.call) {
                    Some(method) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend(args);
                        self.call(&method, full, kwargs)
                    }
                    None => Err(self
                        .type_error(format!("'{}' object is not callable", cls.name().as_str()))),
                }
            }
            other => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(other)
            ))),
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, vec![], &[])
    }

    pub fn call1(&mut self, callable: &Value, arg: Value) -> PyResult<Value> {
        self.call(callable, vec![arg], &[])
    }

    pub fn call_builtin(
        &mut self,
        b: &Arc<PyBuiltin>,
        mut args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        if let Some(bound) = &b.bound {
            args.insert(0, bound.clone());
        }
        self.call_unbound_builtin(b, &args, kwargs)
    }

    /// Calls a builtin that is not bound to an object (`b.bound` is
    /// `None`) with its arguments in a slice.
    pub fn call_unbound_builtin(
        &mut self,
        b: &PyBuiltin,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        // The usual case, the right count and no keywords, is tested here;
        // `check` words the error otherwise.
        if let (Some(arity), Some(owner)) = (b.fixed_arity, b.owner)
            && !(kwargs.is_empty() && args.len() == arity as usize + 1)
        {
            crate::builtins::arity::check(self, owner, b.name, arity, args, kwargs)?;
        }
        self.enter_call()?;
        let result = (b.func)(self, args, kwargs);
        self.depth -= 1;
        result
    }

    /// Counts a call of a builtin or a class against the recursion limit,
    /// as CPython's C calls do (`_Py_EnterRecursiveCall`), with its message.
    pub fn enter_call(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit() || crate::stack::exhausted() {
            return Err(self.error(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// Calls a Python function from Rust: binds the arguments, then runs a
    /// nested eval loop until the function returns.
    pub fn call_function(
        &mut self,
        f: &Arc<PyFunction>,
        args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        // Each call from Rust runs a nested eval loop on the native stack.
        if crate::stack::exhausted() {
            return Err(self.recursion_error());
        }
        let locals = self.bind_arguments(f, args, kwargs)?;
        let call_base = self.stack.len();
        self.push_frame(f, locals, call_base, FrameKind::Normal, true)?;
        self.run_frames()
    }

    /// Pushes a frame for `f` whose locals are given; `call_base` is where
    /// the stack is cut back to when it returns.
    pub fn push_frame(
        &mut self,
        f: &Arc<PyFunction>,
        locals: Vec<Value>,
        call_base: usize,
        kind: FrameKind,
        is_entry: bool,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit() {
            return Err(self.recursion_error());
        }
        let code = &f.code;
        let base = self.stack.len();
        self.stack.extend(locals);
        self.stack.resize(base + code.nlocalsplus, Value::Null);
        self.depth += 1;
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            call_base,
            module_globals: None,
            locals: None,
            func: Some(f.clone()),
            kind,
            lasti: 0,
            is_entry,
        });
        Ok(())
    }

    /// Runs a module's (or class body's) code with `locals` as its namespace.
    pub fn run_code(
        &mut self,
        code: CodeRef,
        globals: Arc<PyDict>,
        locals: Value,
    ) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() {
            return Err(self.recursion_error());
        }
        let base = self.stack.len();
        self.stack.resize(base + code.nlocalsplus, Value::Null);
        self.depth += 1;
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            call_base: base,
            module_globals: Some(globals),
            locals: Some(locals),
            func: None,
            kind: FrameKind::Normal,
            lasti: 0,
            is_entry: true,
        });
        self.run_frames()
    }

    /// Matches call arguments to a function's parameters, with CPython's
    /// error messages; returns the initial locals.
    pub fn bind_arguments(
        &mut self,
        f: &Arc<PyFunction>,
        args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Vec<Value>> {
        let code = &f.code;
        let co = &code.code;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let total = argcount + kwonly;
        let has_varargs = co.has_flag(CodeFlags::VARARGS);
        let has_varkw = co.has_flag(CodeFlags::VARKEYWORDS);
        let mut locals = vec![Value::Null; co.varnames.len()];
        let given = args.len();

        if given <= argcount && !has_varargs && !has_varkw && kwargs.is_empty() {
            // The common case: positional arguments only.
            for (slot, a) in locals.iter_mut().zip(args) {
                *slot = a;
            }
        } else {
            let mut args = args;
            let extra = if given > argcount {
                args.split_off(argcount)
            } else {
                Vec::new()
            };
            for (slot, a) in locals.iter_mut().zip(args) {
                *slot = a;
            }
            if has_varargs {
                locals[total] = Value::tuple(extra);
            }
            let kwdict = has_varkw.then(|| Arc::new(PyDict::new()));
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (name, value) in kwargs {
                let position = code.varnames[posonly..total]
                    .iter()
                    .position(|v| Arc::ptr_eq(v, name) || v.as_str() == name.as_str())
                    .map(|i| i + posonly);
                match position {
                    Some(j) => {
                        if !locals[j].is_null() {
                            return Err(self.type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                self.function_qualname(f),
                                name.as_str()
                            )));
                        }
                        locals[j] = value.clone();
                    }
                    None => {
                        if let Some(d) = &kwdict {
                            let key = Value::Str(name.clone());
                            self.dict_set(d, key, value.clone())?;
                        } else if code.varnames[..posonly]
                            .iter()
                            .any(|v| v.as_str() == name.as_str())
                        {
                            posonly_as_kw.push(name.as_str().to_string());
                        } else {
                            return Err(self.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                self.function_qualname(f),
                                name.as_str()
                            )));
                        }
                    }
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    self.function_qualname(f),
                    posonly_as_kw.join(", ")
                )));
            }
            if given > argcount && !has_varargs {
                return Err(self.too_many_positional(f, given, &locals));
            }
            if let Some(d) = kwdict {
                locals[total + has_varargs as usize] = Value::Dict(d);
            }
        }

        // Fill defaults, then report what is still missing.
        let defaults = f.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, "positional", &missing));
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for (slot, name) in locals[argcount..total]
                .iter_mut()
                .zip(&code.varnames[argcount..total])
            {
                if slot.is_null() {
                    match kwdefaults
                        .as_ref()
                        .and_then(|d| d.get_str(name.as_str(), name.hash()))
                    {
                        Some(v) => *slot = v,
                        None => missing.push(name.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(f, "keyword-only", &missing));
            }
        }
        Ok(locals)
    }

    pub fn function_qualname(&self, f: &PyFunction) -> String {
        match &*f.qualname.borrow() {
            Value::Str(s) => s.as_str().to_string(),
            _ => f.code.qualname.as_str().to_string(),
        }
    }

    fn too_many_positional(&self, f: &Arc<PyFunction>, given: usize, locals: &[Value]) -> PyErr {
        let co = &f.code.code;
        let argcount = co.argcount as usize;
        let kwonly_given = locals[argcount..argcount + co.kwonlyargcount as usize]
            .iter()
            .filter(|v| !v.is_null())
            .count();
        let ndefaults = f.defaults.borrow().len();
        let (sig, plural) = if ndefaults > 0 {
            (
                format!("from {} to {}", argcount - ndefaults, argcount),
                true,
            )
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        self.type_error(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            self.function_qualname(f),
            sig,
            if plural { "s" } else { "" },
            given,
            kwonly_sig,
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        ))
    }

    fn missing_arguments(&self, f: &Arc<PyFunction>, kind: &str, names: &[String]) -> PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!(
                "{}, {}, and {}",
                quoted[..n - 2].join(", "),
                quoted[n - 2],
                quoted[n - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            self.function_qualname(f),
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            list
        ))
    }
}
