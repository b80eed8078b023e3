//! `repr()` and `str()` of every type.

use crate::objects::*;
use crate::ops::numbers::bigint_to_string;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use minipy_diagnostics::pyrepr::{repr_bytes, repr_float, repr_str};
use std::sync::Arc;

/// The `0x...` address CPython shows in default reprs.
pub fn address(v: &Value) -> String {
    format!("0x{:012x}", v.id() as u64 & 0xffff_ffff_ffff)
}

impl Vm {
    /// Counts one level of native recursion (a nested `repr`, comparison...)
    /// against the recursion limit, as CPython's `Py_EnterRecursiveCall` does.
    pub fn enter_recursive(&mut self, context: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit() || crate::stack::exhausted() {
            return Err(self.error(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    pub fn leave_recursive(&mut self) {
        self.depth -= 1;
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<Arc<PyStr>> {
        Ok(match v {
            Value::Str(s) => Arc::new(PyStr::from_string(repr_str(s.as_str()))),
            _ => Arc::new(PyStr::from_string(self.repr_string(v)?)),
        })
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint_to_string(self, b)?,
            Value::Float(f) => repr_float(*f),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => {
                let text = repr_bytes(&b.data.borrow());
                if b.mutable {
                    // CPython's bytearray repr escapes `'` even inside `"`.
                    let text = if text.starts_with("b\"") {
                        text.replace('\'', "\\'")
                    } else {
                        text
                    };
                    format!("bytearray({text})")
                } else {
                    text
                }
            }
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::List(l) => {
                let items = l.snapshot();
                self.repr_sequence(v, &items, "[", "]", false)?
            }
            Value::Tuple(t) => {
                let items = t.items().to_vec();
                self.repr_sequence(v, &items, "(", ")", items.len() == 1)?
            }
            Value::Dict(d) => self.repr_dict(v, d)?,
            Value::Set(s) => {
                let items = s.table.borrow().keys();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else if self.repr_active.contains(&v.id()) {
                    // A set met again inside itself: `{set(...)}`.
                    format!("{name}(...)")
                } else {
                    let inner = self.repr_sequence(v, &items, "{", "}", false)?;
                    if s.frozen {
                        format!("frozenset({inner})")
                    } else {
                        inner
                    }
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&a)?,
                    self.repr_string(&b)?,
                    self.repr_string(&c)?
                )
            }
            Value::Function(f) => {
                format!("<function {} at {}>", self.function_qualname(f), address(v))
            }
            Value::Builtin(b) => match &b.bound {
                Some(obj) if !matches!(obj, Value::Module(_)) => {
                    format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name(obj),
                        address(obj)
                    )
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => match &m.func {
                Value::Builtin(b) => {
                    let obj = &m.self_value;
                    match obj {
                        Value::Class(c) => format!(
                            "<built-in method {} of type object at {}>",
                            b.name,
                            address(&Value::Class(c.clone()))
                        ),
                        _ => format!(
                            "<built-in method {} of {} object at {}>",
                            b.name,
                            self.type_name(obj),
                            address(obj)
                        ),
                    }
                }
                func => {
                    let qualname = match func {
                        Value::Function(f) => self.function_qualname(f),
                        other => self.repr_string(other)?,
                    };
                    let self_repr = self.repr_string(&m.self_value.clone())?;
                    format!("<bound method {qualname} of {self_repr}>")
                }
            },
            Value::Class(c) => {
                // A metaclass may say how its classes print.
                if let Some(meta) = &c.metaclass
                    && let Some(f @ Value::Function(_)) = self.class_lookup(meta, "__repr__")
                {
                    return match self.call(&f, vec![v.clone()], &[])? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                format!("<class '{}'>", self.class_full_name(c))
            }
            Value::Module(m) => {
                let file = m.dict.get_str("__file__", PyStr::new("__file__").hash());
                match file {
                    Some(Value::Str(f)) => {
                        format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str())
                    }
                    _ => format!("<module '{}' (built-in)>", m.name.as_str()),
                }
            }
            Value::Instance(inst) => return self.repr_instance(v, inst),
            Value::Cell(c) => {
                let inner = c.value.borrow().clone();
                if inner.is_null() {
                    format!("<cell at {}: empty>", address(v))
                } else {
                    format!(
                        "<cell at {}: {} object at {}>",
                        address(v),
                        self.type_name(&inner),
                        address(&inner)
                    )
                }
            }
            Value::Iterator(it) => format!("<{} object at {}>", it.type_name, address(v)),
            Value::Generator(g) => {
                let name = g.qualname.as_str().unwrap_or("?").to_string();
                format!("<{} object {name} at {}>", g.type_name(), address(v))
            }
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name.as_str(),
                address(v),
                c.filename(),
                c.code.firstlineno
            ),
        })
    }

    /// `__main__.C`, or just `int` for builtins.
    pub fn class_full_name(&self, c: &Arc<PyClass>) -> String {
        let qualname = c.qualname.borrow().as_str().to_string();
        match c
            .dict
            .get_str("__module__", PyStr::new("__module__").hash())
        {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{qualname}", m.as_str()),
            _ => qualname,
        }
    }

    fn repr_sequence(
        &mut self,
        v: &Value,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
    ) -> PyResult<String> {
        let id = v.id();
        if self.repr_active.contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        self.enter_recursive(" while getting the repr of an object")?;
        self.repr_active.push(id);
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr(item) {
                Ok(s) => out.push_str(s.as_str()),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_active.pop();
        self.leave_recursive();
        result?;
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        Ok(out)
    }

    fn repr_dict(&mut self, v: &Value, d: &Arc<PyDict>) -> PyResult<String> {
        let id = v.id();
        if self.repr_active.contains(&id) {
            return Ok("{...}".into());
        }
        self.enter_recursive(" while getting the repr of an object")?;
        self.repr_active.push(id);
        let items = d.table.borrow().items();
        let mut out = String::from("{");
        let mut result = Ok(());
        for (i, (k, val)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr(k).and_then(|ks| Ok((ks, self.repr(val)?))) {
                Ok((ks, vs)) => {
                    out.push_str(ks.as_str());
                    out.push_str(": ");
                    out.push_str(vs.as_str());
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_active.pop();
        self.leave_recursive();
        result?;
        out.push('}');
        Ok(out)
    }

    fn repr_instance(&mut self, v: &Value, inst: &Arc<PyInstance>) -> PyResult<String> {
        let cls = inst.class();
        if let Some(f) = self.class_lookup(&cls, "__repr__") {
            // `object.__repr__` and the builtin types' own `__repr__` are
            // what the code below does natively (with the subclass's name
            // where CPython shows it).
            let native = matches!(&f, Value::Builtin(b) if matches!(b.owner,
                Some("object" | "set" | "frozenset" | "bytearray")));
            if !native {
                self.enter_recursive(" while getting the repr of an object")?;
                let r = self.call(&f, vec![v.clone()], &[]);
                self.leave_recursive();
                return match r? {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => match str_subclass_inner(&other) {
                        Some(s) => Ok(s.as_str().to_string()),
                        None => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    },
                };
            }
        }
        if let Some(data) = inst.exception() {
            let args = data.borrow().args.clone();
            let name = cls.qualname.borrow().as_str().to_string();
            return Ok(match args.len() {
                1 => format!("{name}({})", self.repr_string(&args[0])?),
                _ => {
                    let parts: Vec<String> = args
                        .iter()
                        .map(|a| self.repr_string(a))
                        .collect::<PyResult<_>>()?;
                    format!("{name}({})", parts.join(", "))
                }
            });
        }
        match &inst.payload {
            Payload::Builtin(inner) => {
                let inner = inner.borrow().clone();
                // A set subclass met again inside itself: `S({S(...)})`.
                if matches!(&inner, Value::Set(_)) && self.repr_active.contains(&inner.id()) {
                    return Ok(format!("{}(...)", cls.name().as_str()));
                }
                let text = self.repr_string(&inner)?;
                // A bytearray subclass shows its own name: `MyArray(b'x')`.
                if matches!(&inner, Value::Bytes(b) if b.mutable)
                    && let Some(rest) = text.strip_prefix("bytearray")
                {
                    return Ok(format!("{}{rest}", cls.name().as_str()));
                }
                // So does a set or frozenset subclass: `Tags({'a'})`, `Tags()`.
                if let Value::Set(set) = &inner {
                    let name = cls.name().as_str().to_string();
                    let rest = if set.frozen {
                        text.strip_prefix("frozenset").unwrap_or(&text).to_string()
                    } else if text == "set()" {
                        "()".to_string()
                    } else {
                        format!("({text})")
                    };
                    return Ok(format!("{name}{rest}"));
                }
                Ok(text)
            }
            Payload::Property { .. } => Ok(format!("<property object at {}>", address(v))),
            Payload::StaticMethod(f) => {
                Ok(format!("<staticmethod({})>", self.repr_string(&f.clone())?))
            }
            Payload::ClassMethod(f) => {
                Ok(format!("<classmethod({})>", self.repr_string(&f.clone())?))
            }
            Payload::Super { start_after, .. } => Ok(format!(
                "<super: <class '{}'>, <{} object>>",
                start_after.name().as_str(),
                cls.name().as_str()
            )),
            _ => Ok(format!(
                "<{} object at {}>",
                self.class_full_name(&cls),
                address(v)
            )),
        }
    }

    /// `repr(v)` as an object (CPython's `PyObject_Repr`): a `str`
    /// subclass instance that a Python `__repr__` returns is the result.
    pub fn repr_object(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = v
            && let Some(f @ Value::Function(_)) = self.class_lookup(&inst.class(), "__repr__")
        {
            return self.call_text_method(&f, v, "__repr__");
        }
        self.repr(v).map(Value::Str)
    }

    /// `str(v)` as an object (CPython's `PyObject_Str`): a `str` subclass
    /// instance that a Python `__str__` (or, without one, `__repr__`)
    /// returns is the result itself, not a copy of its text.
    pub fn str_object(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = v {
            let cls = inst.class();
            let python_method = |vm: &Vm, name: &str| match vm.class_lookup(&cls, name) {
                Some(f @ Value::Function(_)) => Some(f),
                _ => None,
            };
            // `object.__str__` calls the repr slot, and the result is
            // checked as `__str__`'s either way.
            let method = python_method(self, "__str__").or_else(|| {
                let object_str = matches!(
                    self.class_lookup(&cls, "__str__"),
                    Some(Value::Builtin(b)) if b.owner == Some("object")
                );
                python_method(self, "__repr__").filter(|_| object_str)
            });
            if let Some(f) = method {
                return self.call_text_method(&f, v, "__str__");
            }
        }
        self.str(v).map(Value::Str)
    }

    /// Calls `__str__` or `__repr__` (`name`, for the message) on `v`: its
    /// result must be a `str` or an instance of a `str` subclass.
    fn call_text_method(&mut self, f: &Value, v: &Value, name: &str) -> PyResult<Value> {
        let r = self.call(f, vec![v.clone()], &[])?;
        if text_of(&r).is_some() {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "{name} returned non-string (type {})",
            self.type_name(&r)
        )))
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<Arc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(i) if (0..10).contains(i) => {
                Ok(crate::objects::char_str((b'0' + *i as u8) as char))
            }
            Value::Int(i) => Ok(Arc::new(PyStr::from_ascii(i.to_string()))),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__str__")
                    && !matches!(&f, Value::Builtin(b) if b.owner == Some("object"))
                {
                    return match self.call(&f, vec![v.clone()], &[])? {
                        Value::Str(s) => Ok(s),
                        other => match str_subclass_inner(&other) {
                            Some(s) => Ok(s),
                            None => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        },
                    };
                }
                if let Some(text) = self.syntax_error_str(inst) {
                    return Ok(Arc::new(PyStr::from_string(text)));
                }
                if let Some(data) = inst.exception() {
                    let args = data.borrow().args.clone();
                    let is_key_error = self.is_subclass_named(&cls, "KeyError");
                    let is_os_error = self.is_subclass_named(&cls, "OSError");
                    let text = match args.len() {
                        0 => String::new(),
                        // `[Errno 2] No such file: 'name'`
                        2 | 3 if is_os_error && matches!(args[0], Value::Int(_)) => {
                            let mut t = format!(
                                "[Errno {}] {}",
                                self.str_string(&args[0])?,
                                self.str_string(&args[1])?
                            );
                            if let Some(name) = args.get(2) {
                                t = format!("{t}: {}", self.repr_string(name)?);
                            }
                            t
                        }
                        1 if is_key_error => self.repr_string(&args[0])?,
                        1 => self.str(&args[0])?.as_str().to_string(),
                        _ => self.repr_string(&Value::tuple(args))?,
                    };
                    return Ok(Arc::new(PyStr::from_string(text)));
                }
                // Only `str` has its own `__str__`; for the other builtin
                // types `str()` is `repr()`, which honours a subclass's
                // `__repr__`.
                if let Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    if matches!(inner, Value::Str(_)) {
                        return self.str(&inner);
                    }
                    return self.repr(v);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_str().to_string())
    }

    /// The result of a `__len__` call as a length.
    pub fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(_) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(&other)
            ))),
        }
    }
}

/// The text of an instance of a `str` subclass, which `__repr__` and
/// `__str__` may return (CPython checks `PyUnicode_Check`, not the exact type).
/// The text of a `str` or of a `str` subclass instance (its own data, not
/// what its `__str__` says).
pub(crate) fn text_of(v: &Value) -> Option<Arc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        other => str_subclass_inner(other),
    }
}

fn str_subclass_inner(v: &Value) -> Option<Arc<PyStr>> {
    match v {
        Value::Instance(i) => match i.builtin_value() {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}
