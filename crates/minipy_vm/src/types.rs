//! Creating the builtin classes and computing method resolution orders.

use crate::cell::PyCell;
use crate::interp::Types;
use crate::objects::{BuiltinKind, PyClass, PyDict, PyStr};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// C3 linearisation: the MRO of a new class after the class itself.
pub fn c3_mro(bases: &[Arc<PyClass>]) -> Result<Vec<Arc<PyClass>>, String> {
    let mut seqs: Vec<Vec<Arc<PyClass>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut result: Vec<Arc<PyClass>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|head| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|c| Arc::ptr_eq(c, head)))
        });
        let Some(candidate) = candidate else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| b.name().as_str().to_string())
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        result.push(candidate);
    }
}

/// A class object; `mro_rest` comes from the bases.
pub fn new_class(
    name: &str,
    kind: BuiltinKind,
    bases: Vec<Arc<PyClass>>,
    is_builtin: bool,
    mro_rest: Vec<Arc<PyClass>>,
) -> Arc<PyClass> {
    Arc::new(PyClass {
        name: PyCell::new(Arc::new(PyStr::new(name))),
        qualname: PyCell::new(Arc::new(PyStr::new(name))),
        bases,
        mro_rest,
        dict: Arc::new(PyDict::new()),
        kind,
        is_builtin,
        metaclass: None,
        lookup_cache: PyCell::new(crate::objects::LookupCache::default()),
    })
}

/// A builtin class with single inheritance from `base` (or none, for `object`).
pub fn builtin_class(name: &str, kind: BuiltinKind, base: Option<&Arc<PyClass>>) -> Arc<PyClass> {
    let (bases, mro) = match base {
        Some(b) => (vec![b.clone()], b.mro()),
        None => (vec![], vec![]),
    };
    let cls = new_class(name, kind, bases, true, mro);
    cls.dict.set_str(
        Value::str("__module__"),
        PyStr::new("__module__").hash(),
        Value::str("builtins"),
    );
    cls
}

/// The exception hierarchy: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("UnsupportedOperation", "OSError"),
    ("PickleError", "Exception"),
    ("PicklingError", "PickleError"),
    ("UnpicklingError", "PickleError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Iterator and view types; each is its own class in CPython.
const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "traceback",
    "frame",
    "async_generator_asend",
    "async_generator_athrow",
    "async_generator_wrapped_value",
];

pub fn create_types() -> Types {
    let object = builtin_class("object", BuiltinKind::Object, None);
    let b = |name: &str, kind| builtin_class(name, kind, Some(&object));
    let int = b("int", BuiltinKind::Int);
    let bool_ = builtin_class("bool", BuiltinKind::Bool, Some(&int));
    let mut exceptions: FxHashMap<&'static str, Arc<PyClass>> = FxHashMap::default();
    for &(name, base) in EXCEPTIONS {
        let base_class = if base.is_empty() {
            object.clone()
        } else {
            exceptions[base].clone()
        };
        let cls = builtin_class(name, BuiltinKind::BaseException, Some(&base_class));
        if let Some(module) = foreign_module(name) {
            cls.dict.set_str(
                Value::str("__module__"),
                PyStr::new("__module__").hash(),
                Value::str(module),
            );
        }
        exceptions.insert(name, cls);
    }
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let group_bases = vec![
        exceptions["BaseExceptionGroup"].clone(),
        exceptions["Exception"].clone(),
    ];
    let group_mro = c3_mro(&group_bases).expect("ExceptionGroup's MRO is consistent");
    let group = new_class(
        "ExceptionGroup",
        BuiltinKind::BaseException,
        group_bases,
        true,
        group_mro,
    );
    exceptions.insert("ExceptionGroup", group);
    for alias in ["EnvironmentError", "IOError"] {
        let os_error = exceptions["OSError"].clone();
        exceptions.insert(alias, os_error);
    }
    let iterators = ITERATOR_TYPES
        .iter()
        .map(|&name| (name, b(name, BuiltinKind::Iterator)))
        .collect();
    Types {
        type_: b("type", BuiltinKind::Type),
        none: b("NoneType", BuiltinKind::NoneType),
        not_implemented: b("NotImplementedType", BuiltinKind::NotImplementedType),
        ellipsis: b("ellipsis", BuiltinKind::Ellipsis),
        bool_,
        float: b("float", BuiltinKind::Float),
        complex: b("complex", BuiltinKind::Complex),
        str_: b("str", BuiltinKind::Str),
        bytes: b("bytes", BuiltinKind::Bytes),
        bytearray: b("bytearray", BuiltinKind::ByteArray),
        list: b("list", BuiltinKind::List),
        tuple: b("tuple", BuiltinKind::Tuple),
        dict: b("dict", BuiltinKind::Dict),
        set: b("set", BuiltinKind::Set),
        frozenset: b("frozenset", BuiltinKind::FrozenSet),
        range: b("range", BuiltinKind::Range),
        slice: b("slice", BuiltinKind::Slice),
        function: b("function", BuiltinKind::Function),
        builtin_function: b("builtin_function_or_method", BuiltinKind::BuiltinFunction),
        method: b("method", BuiltinKind::Method),
        module: b("module", BuiltinKind::Module),
        cell: b("cell", BuiltinKind::Cell),
        code: b("code", BuiltinKind::Code),
        generator: b("generator", BuiltinKind::Generator),
        coroutine: b("coroutine", BuiltinKind::Generator),
        async_generator: b("async_generator", BuiltinKind::Generator),
        property: b("property", BuiltinKind::Property),
        staticmethod: b("staticmethod", BuiltinKind::StaticMethod),
        classmethod: b("classmethod", BuiltinKind::ClassMethod),
        super_: b("super", BuiltinKind::Super),
        int,
        iterators,
        exceptions,
        object,
    }
}

/// Exception classes minipy keeps with the builtins but CPython defines in
/// a module (and does not put in `builtins`).
pub fn foreign_module(name: &str) -> Option<&'static str> {
    match name {
        "UnsupportedOperation" => Some("io"),
        "PickleError" | "PicklingError" | "UnpicklingError" => Some("_pickle"),
        _ => None,
    }
}
