//! Attribute access: `obj.name` for reading, writing and deleting, and
//! `LOAD_METHOD`'s shortcut for method calls.
//!
//! Instances follow Python's rules (CPython's `PyObject_GenericGetAttr`):
//! a data descriptor on the class (a `property`) wins, then the instance
//! `__dict__`, then anything else found on the class (functions become
//! bound methods), then `__getattr__`. Lookups along the MRO are cached
//! per class until any class changes, except that plain data replacing
//! plain data (a class counter) changes nothing cached: such entries
//! remember where the value is, not the value.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::Arc;
use std::sync::atomic::Ordering;

impl Vm {
    /// Finds `name` on a class or its bases, in MRO order.
    pub fn class_lookup(&self, cls: &Arc<PyClass>, name: &str) -> Option<Value> {
        let version = self.interp.class_version.load(Ordering::Relaxed);
        let hash = PyStr::new(name).hash();
        {
            let cache = cls.lookup_cache.borrow();
            if cache.version == version
                && let Some(found) = cache.by_text.get(name)
                && let Some(v) = read_found(cls, found, |d| d.get_str(name, hash))
            {
                return v;
            }
        }
        let (value, found) = search_mro(cls, |d| d.get_str(name, hash));
        let mut cache = Self::fresh_cache(cls, version);
        cache.by_text.insert(Arc::from(name), found);
        value
    }

    /// [`Vm::class_lookup`] for a name that is a `PyStr` (what LOAD_ATTR,
    /// LOAD_METHOD and STORE_ATTR have): cached by the name's address.
    pub fn class_lookup_name(&self, cls: &Arc<PyClass>, name: &Arc<PyStr>) -> Option<Value> {
        let version = self.interp.class_version.load(Ordering::Relaxed);
        let key = Arc::as_ptr(name) as usize;
        {
            let cache = cls.lookup_cache.borrow();
            if cache.version == version
                && let Some((_, found)) = cache.by_name.get(&key)
                && let Some(v) = read_found(cls, found, |d| d.get_name(name))
            {
                return v;
            }
        }
        let (value, found) = search_mro(cls, |d| d.get_name(name));
        let mut cache = Self::fresh_cache(cls, version);
        cache.by_name.insert(key, (name.clone(), found));
        value
    }

    /// The class's cache, emptied first if it was filled at an older
    /// class version.
    pub(crate) fn fresh_cache(
        cls: &Arc<PyClass>,
        version: u64,
    ) -> crate::cell::RefMut<'_, crate::objects::LookupCache> {
        let mut cache = cls.lookup_cache.borrow_mut();
        if cache.version != version {
            cache.version = version;
            cache.by_text.clear();
            cache.by_name.clear();
            cache.simple_init = None;
        }
        cache
    }

    /// Calls the special method `name` of `obj`'s class, if it has one
    /// (special methods are looked up on the type, not the instance).
    pub fn call_method_opt(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        let Some(f) = self.class_lookup(&cls, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend(args);
        self.call(&f, full, &[]).map(Some)
    }

    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let message = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name.as_str()),
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{name}'",
                c.name().as_str()
            ),
            other => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(other)
            ),
        };
        let err = self.error("AttributeError", message);
        self.set_exception_attr(&err, "name", Value::str(name));
        self.set_exception_attr(&err, "obj", obj.clone());
        err
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name.as_str(), name.hash()) {
                    return Ok(v);
                }
                match name.as_str() {
                    "__dict__" => Ok(Value::Dict(m.dict.clone())),
                    "__class__" => Ok(Value::Class(self.interp.types.module.clone())),
                    _ => Err(self.attribute_error(obj, name.as_str())),
                }
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let name = self.intern(name);
        self.get_attr(obj, &name)
    }

    /// `getattr(obj, name, None)`-like: `None` when the attribute is missing.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_error(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Arc<PyInstance>,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        if let Payload::Super {
            start_after,
            obj: target,
        } = &inst.payload
        {
            // The super object's own attributes; `__class__` is never
            // looked up along the MRO (CPython's super_getattro skips it).
            match name.as_str() {
                "__class__" => return Ok(Value::Class(inst.class())),
                "__thisclass__" => return Ok(Value::Class(start_after.clone())),
                "__self__" => return Ok(target.clone()),
                "__self_class__" => {
                    return Ok(match target {
                        Value::Class(_) => target.clone(),
                        other => Value::Class(self.class_of(other)),
                    });
                }
                _ => {}
            }
            if let Some(v) = self.super_getattr(start_after, target, name)? {
                return Ok(v);
            }
            return Err(self.error(
                "AttributeError",
                format!("'super' object has no attribute '{}'", name.as_str()),
            ));
        }
        let cls = inst.class();
        if let Some(Value::Function(getattribute)) =
            self.class_lookup_name(&cls, &self.interp.names.getattribute)
        {
            let found = self.call(
                &Value::Function(getattribute),
                vec![obj.clone(), Value::Str(name.clone())],
                &[],
            );
            return match found {
                Err(e) if self.is_error(&e, "AttributeError") => {
                    match self.class_lookup_name(&cls, &self.interp.names.getattr) {
                        Some(getattr) => {
                            self.call(&getattr, vec![obj.clone(), Value::Str(name.clone())], &[])
                        }
                        None => Err(e),
                    }
                }
                other => other,
            };
        }
        self.generic_getattr(obj, inst, name, true)
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, then
    /// the class; with `hook`, `__getattr__` as the last resort.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Arc<PyInstance>,
        name: &Arc<PyStr>,
        hook: bool,
    ) -> PyResult<Value> {
        let cls = inst.class();
        // The parts of builtin descriptors: `prop.fget`, `prop.__doc__`,
        // `staticmethod(f).__func__`.
        match (&inst.payload, name.as_str()) {
            (Payload::Property { fget, .. }, "fget") => return Ok(fget.clone()),
            (Payload::Property { fset, .. }, "fset") => return Ok(fset.clone()),
            (Payload::Property { fdel, .. }, "fdel") => return Ok(fdel.clone()),
            // A `__doc__` assigned to the property itself comes first.
            (Payload::Property { doc, .. }, "__doc__") => {
                return Ok(inst.dict().get_name(name).unwrap_or_else(|| doc.clone()));
            }
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => {
                return Ok(f.clone());
            }
            _ => {}
        }
        let descr = self.class_lookup_name(&cls, name);
        if let Some(d) = &descr
            && self.is_data_descriptor(d)
        {
            return self.descriptor_get(d, obj, &cls, name);
        }
        if let Some(v) = self.exception_attribute(inst, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = inst.dict().get_name(name) {
            return Ok(v);
        }
        if let Some(d) = descr {
            return self.descriptor_get(&d, obj, &cls, name);
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Class(cls)),
            "__dict__" => return Ok(Value::Dict(inst.dict_arc())),
            _ => {}
        }
        if let Payload::Builtin(inner) = &inst.payload {
            let inner = inner.borrow().clone();
            if let Ok(v) = self.builtin_getattr(&inner, name) {
                return Ok(v);
            }
        }
        if let Some(v) = crate::builtins::complex::attribute(inst, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::builtins::files::attribute(inst, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::builtins::traceback_type::attribute(self, inst, name.as_str()) {
            return Ok(v);
        }
        if hook && let Some(getattr) = self.class_lookup_name(&cls, &self.interp.names.getattr) {
            return self.call(&getattr, vec![obj.clone(), Value::Str(name.clone())], &[]);
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    /// A data descriptor (a `property`, or an object whose class defines
    /// `__set__` or `__delete__`) takes precedence over the instance dict.
    fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Instance(i) => match &i.payload {
                Payload::Property { .. } => true,
                Payload::None => {
                    let cls = i.class();
                    self.class_lookup_name(&cls, &self.interp.names.set)
                        .is_some()
                        || self
                            .class_lookup_name(&cls, &self.interp.names.delete)
                            .is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The value of a class attribute `d` read through instance `obj`.
    fn descriptor_get(
        &mut self,
        d: &Value,
        obj: &Value,
        cls: &Arc<PyClass>,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        match d {
            Value::Function(_) => Ok(bind(d, obj)),
            Value::Builtin(b) if b.is_classmethod => Ok(bind(d, &Value::Class(cls.clone()))),
            Value::Builtin(b) if b.owner.is_some() && !b.is_staticmethod => Ok(bind(d, obj)),
            Value::Instance(i) => match &i.payload {
                Payload::ClassMethod(f) => Ok(bind(f, &Value::Class(cls.clone()))),
                Payload::StaticMethod(f) => Ok(f.clone()),
                Payload::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.error(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no getter",
                                name.as_str(),
                                cls.name().as_str()
                            ),
                        ));
                    }
                    self.call(fget, vec![obj.clone()], &[])
                }
                _ => {
                    let dcls = i.class();
                    match self.class_lookup_name(&dcls, &self.interp.names.get) {
                        Some(get) => self.call(
                            &get,
                            vec![d.clone(), obj.clone(), Value::Class(cls.clone())],
                            &[],
                        ),
                        None => Ok(d.clone()),
                    }
                }
            },
            _ => Ok(d.clone()),
        }
    }

    fn class_getattr(&mut self, cls: &Arc<PyClass>, name: &Arc<PyStr>) -> PyResult<Value> {
        match name.as_str() {
            "__name__" => return Ok(Value::Str(cls.name())),
            "__qualname__" => return Ok(Value::Str(cls.qualname.borrow().clone())),
            "__mro__" => {
                return Ok(Value::tuple(
                    cls.mro().into_iter().map(Value::Class).collect(),
                ));
            }
            "__bases__" => {
                let bases = if cls.bases.is_empty() && !Arc::ptr_eq(cls, &self.interp.types.object)
                {
                    vec![Value::Class(self.interp.types.object.clone())]
                } else {
                    cls.bases.iter().cloned().map(Value::Class).collect()
                };
                return Ok(Value::tuple(bases));
            }
            "__base__" => {
                return Ok(match cls.bases.first() {
                    Some(b) => Value::Class(b.clone()),
                    None if Arc::ptr_eq(cls, &self.interp.types.object) => Value::None,
                    None => Value::Class(self.interp.types.object.clone()),
                });
            }
            "__dict__" => return Ok(Value::Dict(cls.dict.clone())),
            "__class__" => return Ok(Value::Class(self.class_of(&Value::Class(cls.clone())))),
            _ => {}
        }
        if let Some(v) = self.class_lookup_name(cls, name) {
            return match &v {
                Value::Builtin(b) if b.is_classmethod => Ok(bind(&v, &Value::Class(cls.clone()))),
                Value::Builtin(b) if b.name == "__new__" && b.owner == Some("object") => {
                    let owner = cls.mro().into_iter().find(|c| c.is_builtin);
                    let owner = owner.unwrap_or_else(|| self.interp.types.object.clone());
                    Ok(crate::builtins::bound_object_new(owner))
                }
                Value::Instance(i) => match &i.payload {
                    Payload::ClassMethod(f) => Ok(bind(f, &Value::Class(cls.clone()))),
                    Payload::StaticMethod(f) => Ok(f.clone()),
                    Payload::Property { .. } | Payload::Exception(_) => Ok(v.clone()),
                    _ => {
                        let dcls = i.class();
                        match self.class_lookup_name(&dcls, &self.interp.names.get) {
                            Some(get) => self.call(
                                &get,
                                vec![v.clone(), Value::None, Value::Class(cls.clone())],
                                &[],
                            ),
                            None => Ok(v.clone()),
                        }
                    }
                },
                _ => Ok(v),
            };
        }
        if name.as_str() == "__doc__" {
            return Ok(Value::None);
        }
        // Methods of the metaclass, such as `C.mro()`.
        let meta = self.class_of(&Value::Class(cls.clone()));
        if let Some(v) = self.class_lookup_name(&meta, name) {
            if matches!(v, Value::Builtin(_) | Value::Function(_)) {
                return Ok(bind(&v, &Value::Class(cls.clone())));
            }
            // A property of the metaclass, computed for this class.
            if let Value::Instance(i) = &v
                && let Payload::Property { fget, .. } = &i.payload
                && !fget.is_none()
            {
                let fget = fget.clone();
                return self.call(&fget, vec![Value::Class(cls.clone())], &[]);
            }
            return Ok(v);
        }
        Err(self.attribute_error(&Value::Class(cls.clone()), name.as_str()))
    }

    /// `type.__setattr__`: sets an attribute in a class's own dict.
    pub fn class_setattr(
        &mut self,
        cls: &Arc<PyClass>,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if cls.is_builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                cls.name().as_str()
            )));
        }
        match name.as_str() {
            "__name__" => {
                if let Value::Str(s) = &value {
                    *cls.name.borrow_mut() = s.clone();
                }
            }
            "__qualname__" => {
                if let Value::Str(s) = &value {
                    *cls.qualname.borrow_mut() = s.clone();
                }
            }
            _ => {}
        }
        // A class counter (`Account.count += 1`) replaces plain data with
        // plain data: no cached decision depends on that value (lookup
        // caches read such values afresh), so the caches of every class
        // need not be dropped. Anything else may change a decision.
        let name_is_special = name.as_str().starts_with("__");
        let data_for_data = !name_is_special
            && is_plain_data(&value)
            && cls
                .dict
                .get_name(name)
                .is_some_and(|old| is_plain_data(&old));
        cls.dict
            .set_str(Value::Str(name.clone()), name.hash(), value);
        if !data_for_data {
            self.interp.class_changed();
        }
        Ok(())
    }

    /// Attributes of builtin values: methods from their class, plus the
    /// special attributes each type has.
    fn builtin_getattr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        let cls = self.class_of(obj);
        if let Some(v) = crate::builtins::special_attribute(self, obj, name.as_str())? {
            return Ok(v);
        }
        if let Some(v) = self.class_lookup_name(&cls, name) {
            return self.descriptor_get(&v, obj, &cls, name);
        }
        match name.as_str() {
            "__class__" => Ok(Value::Class(cls)),
            "__doc__" => Ok(Value::None),
            _ => Err(self.attribute_error(obj, name.as_str())),
        }
    }

    /// `LOAD_METHOD`: for a plain method, push the function and `self`
    /// rather than making a bound method; otherwise the attribute and NULL.
    pub fn load_method(&mut self, obj: Value, name: &Arc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f @ Value::Function(_)) = self.class_lookup_name(&cls, name)
                    && (inst.dict().is_empty()
                        || inst.dict().get_str(name.as_str(), name.hash()).is_none())
                    && !matches!(
                        self.class_lookup_name(&cls, &self.interp.names.getattribute),
                        Some(Value::Function(_))
                    )
                {
                    return Ok((f, obj));
                }
            }
            Value::Class(_) | Value::Module(_) => {}
            _ => {
                let cls = self.class_of(&obj);
                if let Some(b @ Value::Builtin(_)) = self.class_lookup_name(&cls, name) {
                    let Value::Builtin(builtin) = &b else {
                        unreachable!()
                    };
                    if builtin.owner.is_some()
                        && !builtin.is_classmethod
                        && !builtin.is_staticmethod
                    {
                        return Ok((b, obj));
                    }
                }
            }
        }
        let attr = self.get_attr(&obj, name)?;
        Ok((Value::Null, attr))
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(setattr) = self.class_lookup_name(&cls, &self.interp.names.setattr)
                    && !matches!(setattr, Value::Builtin(_))
                {
                    self.call(
                        &setattr,
                        vec![obj.clone(), Value::Str(name.clone()), value],
                        &[],
                    )?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, value)
            }
            Value::Class(cls) => {
                // A metaclass may define `__setattr__` (an enum refusing to
                // rebind its members).
                let meta = self.class_of(obj);
                if let Some(setattr @ Value::Function(_)) =
                    self.class_lookup_name(&meta, &self.interp.names.setattr)
                {
                    let args = vec![obj.clone(), Value::Str(name.clone()), value];
                    self.call(&setattr, args, &[])?;
                    return Ok(());
                }
                self.class_setattr(cls, name, value)
            }
            Value::Module(m) => {
                m.dict.set_str(Value::Str(name.clone()), name.hash(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => *f.name.borrow_mut() = value,
                    "__qualname__" => *f.qualname.borrow_mut() = value,
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__annotations__" => *f.annotations.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match &value {
                            Value::Tuple(t) => t.items().to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match &value {
                            Value::Dict(d) => Some(d.clone()),
                            _ => None,
                        }
                    }
                    // CPython's read-only function members.
                    "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(self.error("AttributeError", "readonly attribute"));
                    }
                    "__code__" if !matches!(value, Value::Code(_)) => {
                        return Err(self.type_error("__code__ must be set to a code object"));
                    }
                    "__dict__" if !matches!(value, Value::Dict(_)) => {
                        return Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&value)
                        )));
                    }
                    _ => f.dict.set_str(Value::Str(name.clone()), name.hash(), value),
                }
                Ok(())
            }
            _ => {
                if self.class_lookup_name(&self.class_of(obj), name).is_some() {
                    return Err(self.error(
                        "AttributeError",
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            self.type_name(obj),
                            name.as_str()
                        ),
                    ));
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
        }
    }

    /// `object.__setattr__`: descriptors first, then the instance dict.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Arc<PyInstance>,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let cls = inst.class();
        if let Some(d) = self.class_lookup_name(&cls, name)
            && let Value::Instance(di) = &d
        {
            match &di.payload {
                Payload::Property { fset, .. } => {
                    if fset.is_none() {
                        return Err(self.error(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                cls.name().as_str()
                            ),
                        ));
                    }
                    self.call(fset, vec![obj.clone(), value], &[])?;
                    return Ok(());
                }
                Payload::None => {
                    let dcls = di.class();
                    if let Some(set) = self.class_lookup_name(&dcls, &self.interp.names.set) {
                        self.call(&set, vec![d.clone(), obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if self.set_exception_attribute(inst, name.as_str(), &value) {
            return Ok(());
        }
        // `prop.__doc__ = text`: a property's doc is writable.
        if matches!(inst.payload, Payload::Property { .. }) && name.as_str() == "__doc__" {
            inst.dict().set_name(name, value);
            return Ok(());
        }
        if name.as_str() == "__dict__" && self.instance_has_dict_slot(&cls, "__dict__") {
            let dict = match &value {
                Value::Dict(d) => Some(d.clone()),
                // A dict subclass lends its dict (not itself: minipy keeps
                // the subclass object apart from the dict it extends).
                Value::Instance(i) => match i.builtin_value() {
                    Some(Value::Dict(d)) => Some(d),
                    _ => None,
                },
                _ => None,
            };
            let Some(dict) = dict else {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(&value)
                )));
            };
            inst.set_dict(dict);
            return Ok(());
        }
        if name.as_str() == "__class__" {
            if let Value::Class(new) = value {
                inst.set_class(new);
                return Ok(());
            }
            return Err(self.type_error("__class__ must be set to a class"));
        }
        if !self.instance_has_dict_slot(&cls, name.as_str()) {
            return Err(self.attribute_error(obj, name.as_str()));
        }
        inst.dict()
            .set_str(Value::Str(name.clone()), name.hash(), value);
        Ok(())
    }

    /// Can instances of `cls` take an attribute `name`? Not if they are
    /// plain `object()`s or builtin values, nor, when every class in the
    /// MRO declares `__slots__`, if `name` is not one of the slots.
    fn instance_has_dict_slot(&mut self, cls: &Arc<PyClass>, name: &str) -> bool {
        if cls.is_builtin {
            // Exceptions have a `__dict__`; `object()` and views do not.
            return cls.kind == BuiltinKind::BaseException;
        }
        if self
            .class_lookup_name(cls, &self.interp.names.slots)
            .is_none()
        {
            return true;
        }
        let key = PyStr::new("__slots__").hash();
        let mut allowed = Vec::new();
        for c in std::iter::once(cls).chain(cls.mro_rest.iter()) {
            if c.is_builtin {
                continue;
            }
            let Some(slots) = c.dict.get_str("__slots__", key) else {
                return true;
            };
            match &slots {
                Value::Str(s) => allowed.push(s.as_str().to_string()),
                other => {
                    for v in self.iterate(other).unwrap_or_default() {
                        if let Value::Str(s) = v {
                            allowed.push(s.as_str().to_string());
                        }
                    }
                }
            }
        }
        allowed.iter().any(|a| a == name || a == "__dict__")
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(delattr) = self.class_lookup_name(&cls, &self.interp.names.delattr)
                    && !matches!(delattr, Value::Builtin(_))
                {
                    self.call(&delattr, vec![obj.clone(), Value::Str(name.clone())], &[])?;
                    return Ok(());
                }
                let inst = inst.clone();
                self.generic_delattr(obj, &inst, name)
            }
            Value::Class(cls) if !cls.is_builtin => {
                cls.dict.remove_str(name.as_str(), name.hash());
                self.interp.class_changed();
                Ok(())
            }
            Value::Module(m) => match m.dict.remove_str(name.as_str(), name.hash()) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name.as_str())),
            },
            Value::Function(f) => match f.dict.remove_str(name.as_str(), name.hash()) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name.as_str())),
            },
            _ => Err(self.attribute_error(obj, name.as_str())),
        }
    }

    /// `object.__delattr__`: a property's deleter, or the instance dict.
    pub fn generic_delattr(
        &mut self,
        obj: &Value,
        inst: &Arc<PyInstance>,
        name: &Arc<PyStr>,
    ) -> PyResult<()> {
        let cls = inst.class();
        {
            {
                if let Some(Value::Instance(di)) = self.class_lookup_name(&cls, name)
                    && let Payload::Property { fdel, .. } = &di.payload
                {
                    if fdel.is_none() {
                        return Err(self.error(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no deleter",
                                name.as_str(),
                                cls.name().as_str()
                            ),
                        ));
                    }
                    self.call(fdel, vec![obj.clone()], &[])?;
                    return Ok(());
                }
                // A user descriptor: `__delete__` handles the deletion; one
                // with only `__set__` is still a data descriptor and refuses.
                if let Some(d) = self.class_lookup_name(&cls, name)
                    && let Value::Instance(di) = &d
                    && matches!(di.payload, Payload::None)
                {
                    let dcls = di.class();
                    if let Some(del) = self.class_lookup_name(&dcls, &self.interp.names.delete) {
                        self.call(&del, vec![d.clone(), obj.clone()], &[])?;
                        return Ok(());
                    }
                    if self
                        .class_lookup_name(&dcls, &self.interp.names.set)
                        .is_some()
                    {
                        return Err(self.error("AttributeError", "__delete__"));
                    }
                }
                // `del obj.__dict__`: the instance starts again with an
                // empty dict (CPython makes one when next asked).
                if name.as_str() == "__dict__" && self.instance_has_dict_slot(&cls, "__dict__") {
                    inst.set_dict(Arc::new(PyDict::new()));
                    return Ok(());
                }
                match inst.dict().remove_str(name.as_str(), name.hash()) {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(obj, name.as_str())),
                }
            }
        }
    }
}

/// Whether replacing one such class attribute value by another can change
/// no cached decision: neither is a function nor any kind of descriptor.
pub fn is_plain_data(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
    )
}

/// The name along `cls`'s MRO, with what the cache should remember of it.
fn search_mro(
    cls: &Arc<PyClass>,
    get: impl Fn(&PyDict) -> Option<Value>,
) -> (Option<Value>, Found) {
    for (i, c) in std::iter::once(cls).chain(cls.mro_rest.iter()).enumerate() {
        if let Some(v) = get(&c.dict) {
            let found = if is_plain_data(&v) {
                Found::DataAt(i)
            } else {
                Found::Value(v.clone())
            };
            return (Some(v), found);
        }
    }
    (None, Found::Missing)
}

/// The value a cache entry stands for; `None` if it cannot say (a plain
/// data entry whose key has gone, which a class change would have
/// announced: then the MRO is searched again).
fn read_found(
    cls: &PyClass,
    found: &Found,
    get: impl Fn(&PyDict) -> Option<Value>,
) -> Option<Option<Value>> {
    match found {
        Found::Missing => Some(None),
        Found::Value(v) => Some(Some(v.clone())),
        Found::DataAt(i) => get(&cls.mro_at(*i)?.dict).map(Some),
    }
}

/// A bound method: `func` with `obj` as its first argument.
pub fn bind(func: &Value, obj: &Value) -> Value {
    Value::BoundMethod(Arc::new(PyBoundMethod {
        func: func.clone(),
        self_value: obj.clone(),
    }))
}
