//! Classes at run time: `class` statements (`__build_class__`), calling a
//! class to make an instance, and `super()`.

use crate::cell::PyCell;
use crate::frame::{Frame, FrameKind};
use crate::objects::*;
use crate::ops::attr::bind;
use crate::types::{c3_mro, new_class};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

impl Vm {
    /// The `__init__` to run directly in the eval loop when calling `cls`:
    /// for plain classes whose `__new__` is `object.__new__` and whose
    /// `__init__` is written in Python.
    pub(crate) fn simple_init(&self, cls: &Arc<PyClass>) -> Option<Value> {
        let version = self
            .interp
            .class_version
            .load(std::sync::atomic::Ordering::Relaxed);
        {
            let cache = cls.lookup_cache.borrow();
            if cache.version == version
                && let Some(init) = &cache.simple_init
            {
                return init.clone();
            }
        }
        let init = self.find_simple_init(cls);
        Self::fresh_cache(cls, version).simple_init = Some(init.clone());
        init
    }

    fn find_simple_init(&self, cls: &Arc<PyClass>) -> Option<Value> {
        if cls.is_builtin || cls.kind != BuiltinKind::Object || cls.metaclass.is_some() {
            return None;
        }
        if !matches!(
            self.class_lookup_name(cls, &self.interp.names.new),
            Some(Value::Builtin(_)) | None
        ) {
            return None;
        }
        match self.class_lookup_name(cls, &self.interp.names.init) {
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// A fresh instance of a plain class (`object.__new__`).
    pub(crate) fn new_instance(&mut self, cls: &Arc<PyClass>) -> PyResult<Value> {
        Ok(Value::Instance(Arc::new(PyInstance::new(
            cls.clone(),
            Payload::None,
        ))))
    }

    /// The builtin part of an instance of `cls` (`object.__new__` and the
    /// builtin bases' `__new__`): exception state, or the dict of a dict
    /// subclass, and so on.
    /// A new instance of `cls` holding the builtin value its class derives
    /// from (built from `args` for immutable types, empty otherwise).
    pub(crate) fn allocate(&mut self, cls: &Arc<PyClass>, args: &[Value]) -> PyResult<Value> {
        let payload = match cls.kind {
            BuiltinKind::BaseException => Payload::Exception(PyCell::new(ExceptionData {
                args: args.to_vec(),
                ..Default::default()
            })),
            BuiltinKind::Object => Payload::None,
            // `type.__new__(M, name, bases, ns)`: a class whose metaclass is M.
            BuiltinKind::Type if args.len() == 3 => {
                let (name, bases, namespace) = self.class_parts(args)?;
                return self.create_class(Some(cls.clone()), &name, bases, &namespace, &[]);
            }
            kind => {
                // A subclass of a builtin type wraps a value of that type.
                // Several builtins share a kind (map, zip... are iterators),
                // so the base is the nearest builtin class in the MRO.
                let base = cls
                    .mro()
                    .into_iter()
                    .find(|c| c.is_builtin && c.kind == kind)
                    .unwrap_or_else(|| self.interp.builtin_kind_class(kind));
                let value = match kind {
                    BuiltinKind::Dict | BuiltinKind::List | BuiltinKind::Set => {
                        crate::builtins::construct(self, &base, vec![], &[])?
                    }
                    _ => crate::builtins::construct(self, &base, args.to_vec(), &[])?,
                };
                Payload::Builtin(PyCell::new(value))
            }
        };
        Ok(Value::Instance(Arc::new(PyInstance::new(
            cls.clone(),
            payload,
        ))))
    }

    /// `cls(*args, **kwargs)`.
    pub fn call_class(
        &mut self,
        cls: &Arc<PyClass>,
        args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        if let Some(meta) = &cls.metaclass
            && let Some(call @ Value::Function(_)) =
                self.class_lookup_name(meta, &self.interp.names.call)
        {
            let mut full = vec![Value::Class(cls.clone())];
            full.extend(args);
            return self.call(&call, full, kwargs);
        }
        self.call_class_default(cls, args, kwargs)
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`, whatever the
    /// metaclass (a metaclass's own `__call__` ends up here via `super()`).
    pub fn call_class_default(
        &mut self,
        cls: &Arc<PyClass>,
        args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        if cls.is_builtin && cls.kind != BuiltinKind::BaseException {
            return crate::builtins::construct(self, cls, args, kwargs);
        }
        // `OSError(errno, msg)` becomes the subclass for that errno.
        let mapped;
        let cls = if Arc::ptr_eq(cls, &self.interp.exception_class("OSError"))
            && args.len() >= 2
            && let Value::Int(errno) = args[0]
            && let Some(sub) = os_error_subclass(errno)
        {
            mapped = self.interp.exception_class(sub);
            &mapped
        } else {
            cls
        };
        self.enter_call()?;
        let result = self.construct_instance(cls, args, kwargs);
        self.depth -= 1;
        result
    }

    /// `__new__` then `__init__`, for a class defined in Python.
    fn construct_instance(
        &mut self,
        cls: &Arc<PyClass>,
        args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        let new = self.class_lookup_name(cls, &self.interp.names.new);
        let instance = match &new {
            Some(f @ (Value::Function(_) | Value::Instance(_))) => {
                let f = match f {
                    Value::Instance(i) => match &i.payload {
                        Payload::StaticMethod(inner) => inner.clone(),
                        _ => f.clone(),
                    },
                    _ => f.clone(),
                };
                let mut full = vec![Value::Class(cls.clone())];
                full.extend(args.iter().cloned());
                self.call(&f, full, kwargs)?
            }
            _ => self.allocate(cls, &args)?,
        };
        if !self.isinstance(&instance, cls) {
            return Ok(instance);
        }
        match self.class_lookup_name(cls, &self.interp.names.init) {
            Some(init @ (Value::Function(_) | Value::BoundMethod(_))) => {
                let mut full = vec![instance.clone()];
                full.extend(args);
                let r = self.call(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            Some(Value::Builtin(b)) if b.owner == Some("object") => {
                let new_is_object = !matches!(new, Some(Value::Function(_) | Value::Instance(_)));
                if (!args.is_empty() || !kwargs.is_empty())
                    && new_is_object
                    && cls.kind == BuiltinKind::Object
                {
                    return Err(
                        self.type_error(format!("{}() takes no arguments", cls.name().as_str()))
                    );
                }
            }
            Some(other) => {
                let mut full = vec![instance.clone()];
                full.extend(args);
                self.call(&other, full, kwargs)?;
            }
            None => {}
        }
        Ok(instance)
    }

    /// `__build_class__(func, name, *bases, **kwds)`: runs the class body
    /// in a fresh namespace, then makes the class.
    pub fn build_class(
        &mut self,
        func: &Value,
        name: &Value,
        mut bases: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        let Value::Function(body) = func else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let Value::Str(name) = name else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let mut meta: Option<Value> = None;
        let mut class_kwargs = Vec::new();
        for (k, v) in kwargs {
            if k.as_str() == "metaclass" {
                meta = Some(v.clone());
            } else {
                class_kwargs.push((k.clone(), v.clone()));
            }
        }
        // PEP 560: a base that is not a class may name the classes to use
        // instead through `__mro_entries__` (`class Stack(Generic[T])`);
        // the bases as written are kept in `__orig_bases__`.
        let mut orig_bases = None;
        if bases.iter().any(|b| !matches!(b, Value::Class(_))) {
            let mut resolved = Vec::with_capacity(bases.len());
            for b in &bases {
                if !matches!(b, Value::Class(_))
                    && let Some(f) = self.get_attr_opt(b, "__mro_entries__")?
                {
                    let entries = self.call(&f, vec![Value::tuple(bases.clone())], &[])?;
                    let Value::Tuple(t) = entries else {
                        return Err(self.type_error("__mro_entries__ must return a tuple"));
                    };
                    resolved.extend(t.items().iter().cloned());
                } else {
                    resolved.push(b.clone());
                }
            }
            orig_bases = Some(Value::tuple(bases));
            bases = resolved;
        }
        let mut base_classes = Vec::with_capacity(bases.len());
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )));
                }
            }
        }
        if meta.is_none() {
            meta = base_classes
                .iter()
                .find_map(|b| b.metaclass.clone())
                .map(Value::Class);
        }
        // The metaclass's `__prepare__` makes the namespace (PEP 3115),
        // called with the class keywords. A plain dict is used as it is;
        // the items of any other mapping are copied into one, so the body
        // does not go through that mapping's own `__setitem__`.
        let mut namespace = Arc::new(PyDict::new());
        if let Some(m @ Value::Class(meta_class)) = &meta
            && let Some(prepare) = self.get_attr_opt(m, "__prepare__")?
        {
            let args = vec![Value::Str(name.clone()), Value::tuple(bases.clone())];
            match self.call(&prepare, args, &class_kwargs)? {
                Value::Dict(d) => namespace = d,
                other => {
                    let Some(keys) = self.get_attr_opt(&other, "keys")? else {
                        return Err(self.type_error(format!(
                            "{}.__prepare__() must return a mapping, not {}",
                            meta_class.name().as_str(),
                            self.type_name(&other)
                        )));
                    };
                    let keys = self.call(&keys, vec![], &[])?;
                    for k in self.iterate(&keys)? {
                        let v = self.get_item(&other, &k)?;
                        self.dict_set(&namespace, k, v)?;
                    }
                }
            }
        }
        self.run_class_body(body, &namespace)?;
        if let Some(orig) = orig_bases {
            self.dict_set(&namespace, Value::str("__orig_bases__"), orig)?;
        }
        let cls = match &meta {
            Some(m @ Value::Class(mc)) if !Arc::ptr_eq(mc, &self.interp.types.type_) => {
                let args = vec![
                    Value::Str(name.clone()),
                    Value::tuple(bases),
                    Value::Dict(namespace.clone()),
                ];
                self.call(m, args, &class_kwargs)?
            }
            _ => self.create_class(None, name.as_str(), base_classes, &namespace, &class_kwargs)?,
        };
        if let Some(Value::Cell(cell)) =
            namespace.get_str("__classcell__", PyStr::new("__classcell__").hash())
        {
            *cell.value.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }

    /// Runs a class body function with `namespace` as its locals.
    fn run_class_body(
        &mut self,
        body: &Arc<PyFunction>,
        namespace: &Arc<PyDict>,
    ) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() {
            return Err(self.recursion_error());
        }
        let base = self.stack.len();
        self.stack.resize(base + body.code.nlocalsplus, Value::Null);
        self.depth += 1;
        self.frames.push(Frame {
            code: body.code,
            ip: 0,
            base,
            call_base: base,
            module_globals: None,
            locals: Some(Value::Dict(namespace.clone())),
            func: Some(body.clone()),
            kind: FrameKind::Normal,
            lasti: 0,
            is_entry: true,
        });
        self.run_frames()
    }

    /// The checked `(name, bases, namespace)` arguments of `type(...)`.
    pub(crate) fn class_parts(
        &self,
        args: &[Value],
    ) -> PyResult<(String, Vec<Arc<PyClass>>, Arc<PyDict>)> {
        let Value::Str(name) = &args[0] else {
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.type_name(&args[0])
            )));
        };
        let Value::Tuple(t) = &args[1] else {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(&args[1])
            )));
        };
        let mut bases = Vec::new();
        for b in t.items().iter() {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )));
                }
            }
        }
        // A dict subclass (an OrderedDict) is a dict too.
        let ns = match &args[2] {
            Value::Dict(ns) => ns.clone(),
            Value::Instance(inst) if let Some(Value::Dict(ns)) = inst.builtin_value() => ns,
            other => {
                return Err(self.type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    self.type_name(other)
                )));
            }
        };
        Ok((name.as_str().to_string(), bases, ns))
    }

    /// `type(name, bases, namespace)`: makes a new class.
    pub fn create_class(
        &mut self,
        metaclass: Option<Arc<PyClass>>,
        name: &str,
        bases: Vec<Arc<PyClass>>,
        namespace: &Arc<PyDict>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.interp.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if !b.is_builtin
                || b.kind == BuiltinKind::Object
                || b.kind == BuiltinKind::BaseException
            {
                continue;
            }
            if matches!(
                b.kind,
                BuiltinKind::Bool
                    | BuiltinKind::Range
                    | BuiltinKind::Slice
                    | BuiltinKind::Function
                    | BuiltinKind::NoneType
                    | BuiltinKind::Generator
            ) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name().as_str()
                )));
            }
        }
        let mro = c3_mro(&bases).map_err(|m| self.type_error(m))?;
        let kind = mro
            .iter()
            .map(|c| c.kind)
            .find(|k| *k != BuiltinKind::Object)
            .unwrap_or(BuiltinKind::Object);
        let stored_bases = if bases.len() == 1 && Arc::ptr_eq(&bases[0], &self.interp.types.object)
        {
            Vec::new()
        } else {
            bases.clone()
        };
        let mut cls = new_class(name, kind, stored_bases, false, mro);
        if let Some(m) = metaclass.or_else(|| bases.iter().find_map(|b| b.metaclass.clone())) {
            Arc::get_mut(&mut cls)
                .expect("a new class has one owner")
                .metaclass = Some(m);
        }
        let qualname_key = PyStr::new("__qualname__").hash();
        let qualname = match namespace.get_str("__qualname__", qualname_key) {
            Some(Value::Str(q)) => q,
            _ => Arc::new(PyStr::new(name)),
        };
        *cls.qualname.borrow_mut() = qualname;
        let items = namespace.table.borrow().items();
        for (k, v) in items {
            if k.as_str() == Some("__qualname__") || k.as_str() == Some("__classcell__") {
                continue;
            }
            let v = match (k.as_str(), &v) {
                (Some("__new__"), Value::Function(_)) => {
                    self.wrap_payload(Payload::StaticMethod(v.clone()), "staticmethod")
                }
                (Some("__init_subclass__" | "__class_getitem__"), Value::Function(_)) => {
                    self.wrap_payload(Payload::ClassMethod(v.clone()), "classmethod")
                }
                _ => v,
            };
            match &k {
                Value::Str(s) => {
                    let hash = s.hash();
                    cls.dict.set_str(k, hash, v);
                }
                _ => self.dict_set(&cls.dict, k, v)?,
            }
        }
        // `type(name, bases, ns)` called directly: the caller's module.
        let module_key = PyStr::new("__module__").hash();
        if cls.dict.get_str("__module__", module_key).is_none()
            && let Some(frame) = self.frames.last()
            && let Some(module) = frame
                .globals()
                .get_str("__name__", PyStr::new("__name__").hash())
        {
            cls.dict
                .set_str(Value::str("__module__"), module_key, module);
        }
        if cls
            .dict
            .get_str("__doc__", PyStr::new("__doc__").hash())
            .is_none()
        {
            cls.dict.set_str(
                Value::str("__doc__"),
                PyStr::new("__doc__").hash(),
                Value::None,
            );
        }
        // A class that defines `__eq__` but not `__hash__` is unhashable.
        let hash_key = PyStr::new("__hash__").hash();
        if namespace
            .get_str("__eq__", PyStr::new("__eq__").hash())
            .is_some()
            && namespace.get_str("__hash__", hash_key).is_none()
        {
            cls.dict
                .set_str(Value::str("__hash__"), hash_key, Value::None);
        }
        let cls_value = Value::Class(cls.clone());
        // `__set_name__` on descriptors, then the parent's `__init_subclass__`.
        let entries = cls.dict.table.borrow().items();
        for (k, v) in entries {
            if let Value::Instance(i) = &v {
                let dcls = i.class();
                if let Some(set_name) = self.class_lookup(&dcls, "__set_name__") {
                    self.call(
                        &set_name,
                        vec![v.clone(), cls_value.clone(), k.clone()],
                        &[],
                    )?;
                }
            }
        }
        if let Some(parent) = cls.mro_rest.first()
            && let Some(init_subclass) = self.class_lookup(parent, "__init_subclass__")
        {
            let f = match &init_subclass {
                Value::Instance(i) => match &i.payload {
                    Payload::ClassMethod(f) => f.clone(),
                    _ => init_subclass.clone(),
                },
                other => other.clone(),
            };
            if !matches!(f, Value::Builtin(_)) {
                self.call(&f, vec![cls_value.clone()], kwargs)?;
            }
        }
        Ok(cls_value)
    }

    /// An instance of a builtin descriptor class (`staticmethod`...).
    pub fn wrap_payload(&self, payload: Payload, class_name: &str) -> Value {
        let t = &self.interp.types;
        let cls = match class_name {
            "staticmethod" => t.staticmethod.clone(),
            "classmethod" => t.classmethod.clone(),
            "property" => t.property.clone(),
            _ => t.super_.clone(),
        };
        Value::Instance(Arc::new(PyInstance::new(cls, payload)))
    }

    /// `super()` with no arguments: the class from the `__class__` cell and
    /// the first argument of the calling frame.
    pub fn super_from_frame(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Err(self.runtime_error("super(): no current frame"));
        };
        let code = frame.code;
        let base = frame.base;
        if code.code.argcount == 0 && code.code.varnames.is_empty() {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let nlocals = code.nlocals();
        let mut first = self.stack[base].clone();
        if let Some(cell_index) = code.code.cell2arg.iter().position(|a| *a == Some(0))
            && let Value::Cell(c) = &self.stack[base + nlocals + cell_index]
        {
            first = c.value.borrow().clone();
        }
        if first.is_null() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let Some(free_index) = code.code.freevars.iter().position(|f| f == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let slot = base + nlocals + code.code.cellvars.len() + free_index;
        let cls = match &self.stack[slot] {
            Value::Cell(c) => c.value.borrow().clone(),
            _ => Value::Null,
        };
        let Value::Class(cls) = cls else {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        };
        Ok(self.wrap_payload(
            Payload::Super {
                start_after: cls,
                obj: first,
            },
            "super",
        ))
    }

    /// Attribute lookup through a `super` object: the MRO of the object's
    /// type, starting after `start_after`.
    pub fn super_getattr(
        &mut self,
        start_after: &Arc<PyClass>,
        obj: &Value,
        name: &Arc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let (mro_of, instance) = match obj {
            Value::Class(c) if c.is_subclass_of(start_after) => (c.clone(), false),
            _ => (self.class_of(obj), true),
        };
        let mro = mro_of.mro();
        let Some(pos) = mro.iter().position(|c| Arc::ptr_eq(c, start_after)) else {
            return Ok(None);
        };
        for c in &mro[pos + 1..] {
            if let Some(v) = c.dict.get_str(name.as_str(), name.hash()) {
                return Ok(Some(match &v {
                    Value::Function(_) if instance => bind(&v, obj),
                    Value::Builtin(b) if b.is_classmethod => {
                        bind(&v, &Value::Class(mro_of.clone()))
                    }
                    Value::Builtin(b) if instance && b.owner.is_some() && !b.is_staticmethod => {
                        bind(&v, obj)
                    }
                    Value::Instance(i) => match &i.payload {
                        Payload::ClassMethod(f) => bind(f, &Value::Class(mro_of.clone())),
                        Payload::StaticMethod(f) => f.clone(),
                        Payload::Property { fget, .. } if instance => {
                            self.call(fget, vec![obj.clone()], &[])?
                        }
                        _ => v.clone(),
                    },
                    _ => v.clone(),
                }));
            }
        }
        Ok(None)
    }
}

/// The `OSError` subclass CPython picks for an errno (Linux numbers).
pub(crate) fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}
