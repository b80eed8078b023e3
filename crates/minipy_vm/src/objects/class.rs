//! Classes (Python's type objects), builtin and user-defined alike.

use crate::cell::PyCell;
use crate::objects::{PyDict, PyStr};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The builtin type at the root of a class's layout. A user class that
/// subclasses `dict` stores its dict data in the instance payload, and the
/// dict methods find it through this tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Code,
    Generator,
    Iterator,
    BaseException,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// A native object type defined by a Rust module (a lock, a deque...).
    Native,
}

/// What a name resolved to along a class's MRO.
#[derive(Clone)]
pub enum Found {
    Missing,
    /// A function, descriptor or other object: kept as it is, since
    /// replacing it bumps the class version.
    Value(Value),
    /// Plain data (a number, a string, a container...) in the dict of the
    /// class at this MRO index (0 is the class itself): read again on each
    /// lookup, because a class counter (`Account.count += 1`) replaces it
    /// without bumping the class version (see `Vm::class_setattr`).
    DataAt(usize),
}

/// What names resolved to along a class's MRO, valid while the global class
/// version is `version` (any change to any class bumps it, except a plain
/// data value replacing another under the same name).
#[derive(Default)]
pub struct LookupCache {
    pub version: u64,
    /// Names given as text (`"__getattr__"` from Rust code).
    pub by_text: FxHashMap<Arc<str>, Found>,
    /// Names given as `PyStr`s (the interned names of code objects), keyed
    /// by address: hashing and comparing a pointer is what makes attribute
    /// access cheap. The entry holds the name, so the address cannot be
    /// reused by another string while it is cached.
    pub by_name: FxHashMap<usize, (Arc<PyStr>, Found)>,
    /// `Vm::simple_init`'s answer, once asked: calling the class is the
    /// commonest way to make an object, and it asks about two names.
    pub simple_init: Option<Option<Value>>,
}

pub struct PyClass {
    pub name: PyCell<Arc<PyStr>>,
    pub qualname: PyCell<Arc<PyStr>>,
    pub bases: Vec<Arc<PyClass>>,
    /// The method resolution order after this class itself (C3).
    pub mro_rest: Vec<Arc<PyClass>>,
    pub dict: Arc<PyDict>,
    pub kind: BuiltinKind,
    /// Builtin types cannot have attributes set on them.
    pub is_builtin: bool,
    pub metaclass: Option<Arc<PyClass>>,
    /// Attribute lookups along the MRO, remembered until any class changes.
    pub lookup_cache: PyCell<LookupCache>,
}

impl PyClass {
    pub fn name(&self) -> Arc<PyStr> {
        self.name.borrow().clone()
    }

    pub fn is_subclass_of(self: &Arc<Self>, other: &Arc<PyClass>) -> bool {
        Arc::ptr_eq(self, other) || self.mro_rest.iter().any(|c| Arc::ptr_eq(c, other))
    }

    /// The class at MRO index `i` (0 is this class).
    pub fn mro_at(&self, i: usize) -> Option<&PyClass> {
        match i {
            0 => Some(self),
            _ => self.mro_rest.get(i - 1).map(|c| &**c),
        }
    }

    /// The full MRO, this class first.
    pub fn mro(self: &Arc<Self>) -> Vec<Arc<PyClass>> {
        let mut v = Vec::with_capacity(self.mro_rest.len() + 1);
        v.push(self.clone());
        v.extend(self.mro_rest.iter().cloned());
        v
    }
}
