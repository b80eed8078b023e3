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
use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};

/// What the class of an instance said about one name, as bits of
/// `Guard::flags`.
mod flag {
    /// No class in the MRO has the name and `__getattribute__` is
    /// `object`'s: the value can only be in the instance dict.
    pub const INSTANCE_ONLY: u8 = 1;
    /// The name is a plain function on the class (a method) and
    /// `__getattribute__` is `object`'s.
    pub const METHOD: u8 = 2;
    /// Storing the name can go straight into the instance dict: no
    /// `__setattr__` override, no `__slots__`, no data descriptor.
    pub const PLAIN_STORE: u8 = 4;
}

/// The part of a cache entry that a hit reads. It is made of relaxed
/// atomics, not a `PyCell`, so a hit borrows nothing: these are plain
/// loads and stores, and (like everything here) only the GIL holder
/// touches them.
#[derive(Default)]
struct Guard {
    /// The address of the class the entry is for; 0 while empty. The
    /// class is kept alive by `Owners`, so its address cannot be reused
    /// by another class while the entry stands.
    class: AtomicUsize,
    /// `Interp::class_version` when the entry was filled.
    version: AtomicU64,
    flags: AtomicU8,
    /// Where the name was last found in an instance dict: tried first.
    index: AtomicUsize,
}

/// What the guards stand for: the classes themselves, and the method of a
/// `METHOD` entry; and which entry the next fill replaces.
#[derive(Default)]
struct Owners {
    entries: [Option<(Arc<PyClass>, Value)>; 2],
    victim: usize,
}

/// One cache slot per name of a code object (`co_names`): two entries, so
/// that code which sees instances of a class and of its subclass in turn
/// (`self.pos` in a method both inherit) does not refill the slot on every
/// access; and, for a method of a builtin type (`s.strip`, `xs.append`),
/// the receiver's type and the method.
#[derive(Default)]
pub struct AttrCacheSlot {
    guards: [Guard; 2],
    owners: PyCell<Owners>,
    builtin: PyCell<Option<(BuiltinReceiver, Value)>>,
}

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

impl AttrCacheSlot {
    /// The guard standing for `inst`'s class at `version`, if any.
    #[inline(always)]
    fn guard(&self, inst: &PyInstance, version: u64) -> Option<&Guard> {
        let class = inst.class_addr();
        self.guards.iter().find(|g| {
            g.class.load(Ordering::Relaxed) == class && g.version.load(Ordering::Relaxed) == version
        })
    }
}

impl Guard {
    #[inline(always)]
    fn has(&self, bit: u8) -> bool {
        self.flags.load(Ordering::Relaxed) & bit != 0
    }

    /// The instance attribute `name` when this guard says it can only be
    /// in the instance dict, looked for first where it was last time.
    #[inline(always)]
    fn instance_value(&self, inst: &PyInstance, name: &Arc<PyStr>) -> Option<Value> {
        self.with_instance_value(inst, name, |v| v.clone())
    }

    #[inline(always)]
    fn with_instance_value<R>(
        &self,
        inst: &PyInstance,
        name: &Arc<PyStr>,
        read: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        if !self.has(flag::INSTANCE_ONLY) {
            return None;
        }
        let mut hint = self.index.load(Ordering::Relaxed);
        let found = inst.dict().with_name_hinted(name, &mut hint, read);
        self.index.store(hint, Ordering::Relaxed);
        found
    }

    /// Stores `value` as `name` in the instance dict.
    #[inline(always)]
    fn store(&self, inst: &PyInstance, name: &Arc<PyStr>, value: Value) {
        let mut hint = self.index.load(Ordering::Relaxed);
        inst.dict().set_name_hinted(name, &mut hint, value);
        self.index.store(hint, Ordering::Relaxed);
    }
}

impl Vm {
    /// The slot's guard for `inst`'s class, if it is still valid.
    #[inline(always)]
    fn cached<'s>(&self, slot: &'s AttrCacheSlot, inst: &PyInstance) -> Option<&'s Guard> {
        slot.guard(inst, self.interp.class_version.load(Ordering::Relaxed))
    }

    /// `LOAD_FAST` then `LOAD_ATTR` (`self.x`): the attribute, when the
    /// cache says it can only be in the instance dict and it is there.
    /// The local is only borrowed, so the instance's reference count is
    /// not touched twice for nothing. `None` sends the caller the usual way.
    #[inline]
    pub(crate) fn load_attr_of_local(
        &self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
    ) -> Option<Value> {
        let inst = plain_instance(obj)?;
        self.cached(&code.attr_cache[arg], inst)?
            .instance_value(inst, &code.names[arg])
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
        let guard = self.cached(&code.attr_cache[first], inst)?;
        guard.with_instance_value(inst, &code.names[first], |middle| {
            let middle = plain_instance(middle)?;
            self.cached(&code.attr_cache[second], middle)?
                .instance_value(middle, &code.names[second])
        })?
    }

    /// `LOAD_FAST` then `STORE_ATTR` (`self.x = v`): stores `value` straight
    /// into the local instance's dict when the cache allows, else gives
    /// `value` back.
    #[inline]
    pub(crate) fn store_attr_of_local(
        &self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
        value: Value,
    ) -> Result<(), Value> {
        if let Some(inst) = plain_instance(obj)
            && let Some(guard) = self.cached(&code.attr_cache[arg], inst)
            && guard.has(flag::PLAIN_STORE)
        {
            guard.store(inst, &code.names[arg], value);
            return Ok(());
        }
        Err(value)
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
        let (mut flags, method) = match self.class_lookup_name(&class, name) {
            None => (flag::INSTANCE_ONLY, Value::Null),
            Some(f @ Value::Function(_)) => (flag::METHOD, f),
            Some(_) => return,
        };
        let setattr = self.class_lookup_name(&class, &self.interp.names.setattr);
        if !matches!(setattr, Some(Value::Function(_)))
            && self
                .class_lookup_name(&class, &self.interp.names.slots)
                .is_none()
            && name.as_str() != "__class__"
            && name.as_str() != "__dict__"
        {
            flags |= flag::PLAIN_STORE;
        }
        let mut owners = slot.owners.borrow_mut();
        let victim = owners.victim;
        let guard = &slot.guards[victim];
        guard
            .class
            .store(Arc::as_ptr(&class) as usize, Ordering::Relaxed);
        guard.version.store(version, Ordering::Relaxed);
        guard.flags.store(flags, Ordering::Relaxed);
        let old = owners.entries[victim].replace((class, method));
        owners.victim = (victim + 1) % 2;
        drop(owners);
        drop(old);
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
            match self.cached(slot, inst) {
                Some(guard) => {
                    if let Some(v) = guard.instance_value(inst, name) {
                        return Ok(v);
                    }
                }
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
        match &*code.attr_cache[arg].builtin.borrow() {
            Some((r, method)) if *r == receiver => Some(method.clone()),
            _ => None,
        }
    }

    /// The function `LOAD_METHOD code.names[arg]` finds on `obj` when the
    /// cache says it is a plain method of `obj`'s class and `obj`'s own
    /// dict does not shadow it (CPython 3.11's `LOAD_METHOD_WITH_VALUES`).
    /// `obj` stays where it is, as the call's `self`.
    #[inline(always)]
    pub(crate) fn cached_instance_method(
        &self,
        obj: &Value,
        code: &PyCode,
        arg: usize,
    ) -> Option<Value> {
        let inst = plain_instance(obj)?;
        let slot = &code.attr_cache[arg];
        let guard = self.cached(slot, inst)?;
        if !guard.has(flag::METHOD) || !inst.dict().lacks_name(&code.names[arg]) {
            return None;
        }
        let which = usize::from(!std::ptr::eq(guard, &slot.guards[0]));
        slot.owners.borrow().entries[which]
            .as_ref()
            .map(|(_, f)| f.clone())
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
            if self.cached(slot, inst).is_none() {
                self.fill_slot(slot, inst, name);
                if let Some(f) = self.cached_instance_method(&obj, code, arg) {
                    return Ok((f, obj));
                }
            }
        }
        let receiver = BuiltinReceiver::of(&obj);
        let (method, this) = self.load_method(obj, name)?;
        if let (Some(receiver), Value::Builtin(_)) = (receiver, &method) {
            *code.attr_cache[arg].builtin.borrow_mut() = Some((receiver, method.clone()));
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
            match self.cached(slot, inst) {
                Some(guard) => {
                    if guard.has(flag::PLAIN_STORE) {
                        guard.store(inst, name, value);
                        return Ok(());
                    }
                }
                None => self.fill_slot(slot, inst, name),
            }
        }
        self.set_attr(obj, name, value)
    }
}
