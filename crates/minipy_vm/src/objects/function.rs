//! Functions: code objects as the VM runs them, Python functions, closure
//! cells, bound methods and functions written in Rust.

use crate::cell::PyCell;
use crate::objects::{PyDict, PyStr};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use minipy_bytecode::{CodeFlags, CodeObject};
use std::sync::Arc;

/// A loaded code object. Code objects live as long as the program (they
/// are only made when a module is compiled), so the VM refers to them with
/// plain `&'static` references: entering and leaving a frame then costs no
/// reference counting.
pub type CodeRef = &'static PyCode;

/// A `CodeObject` ready to run: its constants turned into values and its
/// names into interned strings, done once when the code is loaded.
pub struct PyCode {
    pub code: CodeObject,
    /// The instructions the eval loop runs: `code.code` with common pairs
    /// fused into superinstructions (see `quicken`).
    pub quick: Box<[minipy_bytecode::Instruction]>,
    pub consts: Box<[Value]>,
    /// `co_names` as `str` values, for attribute and global lookups.
    pub names: Box<[Arc<PyStr>]>,
    pub varnames: Box<[Arc<PyStr>]>,
    pub name: Arc<PyStr>,
    pub qualname: Arc<PyStr>,
    /// Slots a frame needs before its value stack: locals, cells, frees.
    pub nlocalsplus: usize,
    /// `co_argcount` when a call with that many positional arguments and
    /// no keywords binds them directly to the first locals (no keyword-only
    /// parameters, no `*args` or `**kwargs`).
    pub simple_argcount: Option<usize>,
    /// Where `LOAD_GLOBAL` last found each name (see `ops::names`).
    pub global_cache: Box<[crate::ops::names::GlobalCacheSlot]>,
    /// What attribute access last learned about each name (see
    /// `ops::attr_cache`).
    pub attr_cache: Box<[crate::ops::attr_cache::AttrCacheSlot]>,
}

impl PyCode {
    pub fn nlocals(&self) -> usize {
        self.code.varnames.len()
    }

    pub fn is_generator(&self) -> bool {
        self.code.has_flag(CodeFlags::GENERATOR)
    }

    pub fn filename(&self) -> &str {
        &self.code.filename
    }
}

/// A closure cell (`co_cellvars` / `co_freevars` live in these).
pub struct PyCellObject {
    /// `Null` while the variable is unbound.
    pub value: PyCell<Value>,
}

impl PyCellObject {
    pub fn new(value: Value) -> PyCellObject {
        PyCellObject {
            value: PyCell::new(value),
        }
    }
}

/// A function defined in Python.
pub struct PyFunction {
    pub code: CodeRef,
    pub globals: Arc<PyDict>,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub defaults: PyCell<Vec<Value>>,
    pub kwdefaults: PyCell<Option<Arc<PyDict>>>,
    pub closure: Box<[Arc<PyCellObject>]>,
    pub annotations: PyCell<Value>,
    pub doc: PyCell<Value>,
    pub module: PyCell<Value>,
    /// Attributes set on the function (`f.calls = 0`, `__wrapped__`...).
    pub dict: Arc<PyDict>,
}

/// The signature of a function written in Rust: positional arguments and
/// keyword arguments. For methods, the first positional is `self`.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// A builtin function or method.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a builtin type, that type's name: such a builtin
    /// binds to instances like a Python function does.
    pub owner: Option<&'static str>,
    /// `builtin_function_or_method` bound to a module or object (e.g. the
    /// `append` of one list, or `random.random` bound to its generator).
    pub bound: Option<Value>,
    /// Class methods of builtin types (`dict.fromkeys`) receive the class.
    pub is_classmethod: bool,
    pub is_staticmethod: bool,
    /// For methods that take no argument or exactly one (CPython's
    /// METH_NOARGS and METH_O), that count: checked before the call.
    pub fixed_arity: Option<u8>,
    /// Whether the eval loop does this builtin's work itself when called
    /// with its usual arguments.
    pub inline: Inline,
}

/// Builtins so common that a call runs them in the eval loop, without the
/// native-call machinery, when the arguments are of the builtin types
/// (CPython 3.11's `PRECALL_NO_KW_LEN` and `PRECALL_NO_KW_LIST_APPEND`,
/// and `dict.get` with a `str` key, which counting words is made of).
/// Other arguments take the ordinary call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Inline {
    No,
    /// `len(x)` of a `str`, `list`, `tuple` or `dict`.
    Len,
    /// `xs.append(x)` on a `list`.
    ListAppend,
    /// `d.get(key)` and `d.get(key, default)` on a `dict`, with a `str` key.
    DictGet,
}

impl PyBuiltin {
    pub fn function(name: &'static str, func: NativeFn) -> PyBuiltin {
        PyBuiltin {
            name,
            func,
            owner: None,
            bound: None,
            is_classmethod: false,
            is_staticmethod: false,
            fixed_arity: None,
            inline: Inline::No,
        }
    }

    /// This builtin, run by the eval loop itself as `inline` says.
    pub fn inlined(self, inline: Inline) -> PyBuiltin {
        PyBuiltin { inline, ..self }
    }

    pub fn method(owner: &'static str, name: &'static str, func: NativeFn) -> PyBuiltin {
        PyBuiltin {
            owner: Some(owner),
            fixed_arity: crate::builtins::arity::fixed_arity(owner, name),
            ..PyBuiltin::function(name, func)
        }
    }
}

/// A function together with the object it was looked up on.
pub struct PyBoundMethod {
    pub func: Value,
    pub self_value: Value,
}
