//! Per-name caches for `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` on
//! instances of ordinary classes (CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_DICT` and `STORE_ATTR_INSTANCE_VALUE`, in spirit).
//!
//! The general path asks the class's MRO about `__getattribute__`, about
//! the name itself (a descriptor?), then looks in the instance dict. For
//! `self.x` on a plain class the first two answers never change while no
//! class changes, so each code object remembers them per name: which class
//! they were found for, at which class version, and what they were. A hit
//! costs a pointer and a version comparison before the dict lookup. Each
//! slot keeps two classes, so that code which sees instances of a class
//! and of its subclass in turn (`self.pos` in a method both inherit) does
//! not refill the slot on every access.

use crate::cell::PyCell;
use crate::objects::{Payload, PyClass, PyCode, PyInstance, PyStr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// What the class of the last instance said about one name.
#[derive(Clone)]
enum Kind {
    /// No class in the MRO has the name and `__getattribute__` is
    /// `object`'s: the value can only be in the instance dict.
    InstanceOnly,
    /// The name is a plain function on the class (a method) and
    /// `__getattribute__` is `object`'s.
    Method(Value),
}

struct Entry {
    class: Arc<PyClass>,
    version: u64,
    kind: Kind,
    /// Storing the name can go straight into the instance dict: no
    /// `__setattr__` override, no `__slots__`, no data descriptor.
    plain_store: bool,
}

/// One cache slot per name of a code object (`co_names`): two entries,
/// and which one the next fill replaces; and, for a method of a builtin
/// type (`s.strip`, `xs.append`), the receiver's type and the method.
#[derive(Default)]
pub struct AttrCacheSlot(
    PyCell<([Option<Entry>; 2], usize)>,
    PyCell<Option<(BuiltinReceiver, Value)>>,
);

/// The builtin types whose methods `LOAD_METHOD` remembers. Their values
/// are never instances of a subclass, and a builtin type's attributes
/// cannot change (`list.append = f` is a TypeError), so a remembered
/// method stays right for good: no version to check (CPython 3.11's
/// `LOAD_METHOD_NO_DICT`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BuiltinReceiver {
    Str,
    List,
    Dict,
    Tuple,
    Int,
    Float,
}

impl BuiltinReceiver {
    #[inline]
    fn of(obj: &Value) -> Option<BuiltinReceiver> {
        Some(match obj {
            Value::Str(_) => BuiltinReceiver::Str,
            Value::List(_) => BuiltinReceiver::List,
            Value::Dict(_) => BuiltinReceiver::Dict,
            Value::Tuple(_) => BuiltinReceiver::Tuple,
            Value::Int(_) => BuiltinReceiver::Int,
            Value::Float(_) => BuiltinReceiver::Float,
            _ => return None,
        })
    }
}

/// The instance, if `obj` is one these caches serve.
fn plain_instance(obj: &Value) -> Option<&Arc<PyInstance>> {
    match obj {
        Value::Instance(inst) if matches!(inst.payload, Payload::None) => Some(inst),
        _ => None,
    }
}

impl Vm {
    /// What `read` makes of the cached entry for `inst`'s class, if there
    /// is one and it is still valid.
    #[inline]
    fn with_cached<R>(
        &self,
        slot: &AttrCacheSlot,
        inst: &PyInstance,
        read: impl FnOnce(&Entry) -> R,
    ) -> Option<R> {
        let slot = slot.0.borrow();
        let version = self.interp.class_version.load(Ordering::Relaxed);
        let class = inst.class.borrow();
        slot.0
            .iter()
            .flatten()
            .find(|e| e.version == version && Arc::ptr_eq(&e.class, &class))
            .map(read)
    }

    /// The cached entry's kind for `inst`'s class, if still valid.
    fn cached_kind(&self, slot: &AttrCacheSlot, inst: &PyInstance) -> Option<(Kind, bool)> {
        self.with_cached(slot, inst, |e| (e.kind.clone(), e.plain_store))
    }

    /// Whether the cached entry for `inst`'s class, if still valid, says
    /// the name can only be in the instance dict, and whether a store may
    /// go straight there. Unlike `cached_kind`, it takes no reference.
    fn cached_flags(&self, slot: &AttrCacheSlot, inst: &PyInstance) -> Option<(bool, bool)> {
        self.with_cached(slot, inst, |e| {
            (matches!(e.kind, Kind::InstanceOnly), e.plain_store)
        })
    }

    /// `LOAD_FAST` then `LOAD_ATTR` (`self.x`): the attribute, when the
    /// cache says it can only be in the instance dict and it is there.
    /// The local is only borrowed, so the instance's reference count is
    /// not touched twice for nothing. `None` sends the caller the usual way.
    pub(crate) fn load_attr_of_local(
        &self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
    ) -> Option<Value> {
        let inst = plain_instance(obj)?;
        match self.cached_flags(&code.attr_cache[arg], inst)? {
            (true, _) => inst.dict.get_name(&code.names[arg]),
            _ => None,
        }
    }

    /// `LOAD_FAST` then two `LOAD_ATTR`s (`self.pos.x`): as
    /// `load_attr_of_local`, and the middle object is only borrowed too,
    /// so neither reference count is touched.
    pub(crate) fn load_attr_chain_of_local(
        &self,
        obj: &Value,
        code: &PyCode,
        first: usize,
        second: usize,
    ) -> Option<Value> {
        let inst = plain_instance(obj)?;
        if !self.cached_flags(&code.attr_cache[first], inst)?.0 {
            return None;
        }
        inst.dict.with_name(&code.names[first], |middle| {
            let middle = plain_instance(middle)?;
            match self.cached_flags(&code.attr_cache[second], middle)? {
                (true, _) => middle.dict.get_name(&code.names[second]),
                _ => None,
            }
        })?
    }

    /// `LOAD_FAST` then `STORE_ATTR` (`self.x = v`): whether the store
    /// can go straight into the local instance's dict.
    pub(crate) fn is_plain_store_to(&self, obj: &Value, code: &PyCode, arg: usize) -> bool {
        plain_instance(obj)
            .and_then(|inst| self.cached_flags(&code.attr_cache[arg], inst))
            .is_some_and(|(_, plain_store)| plain_store)
    }

    /// Asks the class about `name` the slow way and remembers the answer.
    fn fill_slot(&mut self, slot: &AttrCacheSlot, inst: &PyInstance, name: &Arc<PyStr>) {
        let class = inst.class();
        let version = self.interp.class_version.load(Ordering::Relaxed);
        // `object.__getattribute__` is a builtin; only a Python override
        // changes how lookups go.
        let getattribute = self.class_lookup_name(&class, &self.interp.names.getattribute);
        if class.is_builtin || matches!(getattribute, Some(Value::Function(_))) {
            return;
        }
        let kind = match self.class_lookup_name(&class, name) {
            None => Kind::InstanceOnly,
            Some(f @ Value::Function(_)) => Kind::Method(f),
            Some(_) => return,
        };
        let setattr = self.class_lookup_name(&class, &self.interp.names.setattr);
        let plain_store = !matches!(setattr, Some(Value::Function(_)))
            && self
                .class_lookup_name(&class, &self.interp.names.slots)
                .is_none()
            && name.as_str() != "__class__"
            && name.as_str() != "__dict__";
        let mut slot = slot.0.borrow_mut();
        let victim = slot.1;
        slot.0[victim] = Some(Entry {
            class,
            version,
            kind,
            plain_store,
        });
        slot.1 = (victim + 1) % 2;
    }

    /// `LOAD_ATTR code.names[arg]` on `obj`.
    pub(crate) fn load_attr_cached(
        &mut self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
    ) -> PyResult<Value> {
        let name = &code.names[arg];
        if let Some(inst) = plain_instance(obj) {
            let slot = &code.attr_cache[arg];
            match self.cached_flags(slot, inst) {
                Some((true, _)) => {
                    if let Some(v) = inst.dict.get_name(name) {
                        return Ok(v);
                    }
                }
                Some(_) => {}
                None => self.fill_slot(slot, inst, name),
            }
        }
        self.get_attr(obj, name)
    }

    /// The method `LOAD_METHOD code.names[arg]` found last time on a value
    /// of `obj`'s builtin type, if that is what `obj` is.
    #[inline]
    pub(crate) fn cached_builtin_method(
        &self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
    ) -> Option<Value> {
        let receiver = BuiltinReceiver::of(obj)?;
        match &*code.attr_cache[arg].1.borrow() {
            Some((r, method)) if *r == receiver => Some(method.clone()),
            _ => None,
        }
    }

    /// `LOAD_METHOD code.names[arg]` on `obj`: `(method, self)` when the
    /// call can skip making a bound method, else `(NULL, attribute)`.
    pub(crate) fn load_method_cached(
        &mut self,
        obj: Value,
        code: &PyCode,
        arg: usize,
    ) -> PyResult<(Value, Value)> {
        let name = &code.names[arg];
        if let Some(inst) = plain_instance(&obj) {
            let slot = &code.attr_cache[arg];
            match self.cached_kind(slot, inst) {
                Some((Kind::Method(f), _)) => {
                    if inst.dict.is_empty() || inst.dict.get_name(name).is_none() {
                        return Ok((f, obj));
                    }
                }
                Some(_) => {}
                None => self.fill_slot(slot, inst, name),
            }
        }
        let receiver = BuiltinReceiver::of(&obj);
        let (method, this) = self.load_method(obj, name)?;
        if let (Some(receiver), Value::Builtin(_)) = (receiver, &method) {
            *code.attr_cache[arg].1.borrow_mut() = Some((receiver, method.clone()));
        }
        Ok((method, this))
    }

    /// `STORE_ATTR code.names[arg]`: `obj.name = value`.
    pub(crate) fn store_attr_cached(
        &mut self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
        value: Value,
    ) -> PyResult<()> {
        let name = &code.names[arg];
        if let Some(inst) = plain_instance(obj) {
            let slot = &code.attr_cache[arg];
            match self.cached_flags(slot, inst) {
                Some((_, true)) => {
                    inst.dict.set_name(name, value);
                    return Ok(());
                }
                Some(_) => {}
                None => self.fill_slot(slot, inst, name),
            }
        }
        self.set_attr(obj, name, value)
    }
}
