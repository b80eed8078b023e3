//! `Interpreter`: the state all threads share (types, builtins, modules,
//! interned names, hooks the driver installs).

use crate::cell::PyCell;
use crate::objects::{BuiltinKind, PyClass, PyDict, PyStr};
use crate::value::Value;
use minipy_diagnostics::SyntaxErrorInfo;
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Loads a module's source for `import`: given a module name and the
/// directories to search, the driver finds and compiles `name.py`.
pub type ImportHook = dyn Fn(&str, &[String]) -> Option<Result<minipy_bytecode::CodeObject, Box<SyntaxErrorInfo>>>
    + Send
    + Sync;

/// Compiles source text at run time (`exec`, `eval`, `compile`): source,
/// file name and mode (`"exec"` or `"eval"`).
pub type CompileHook = dyn Fn(&str, &str, &str) -> Result<minipy_bytecode::CodeObject, Box<SyntaxErrorInfo>>
    + Send
    + Sync;

/// Reads one line of a source file, for tracebacks (CPython's `linecache`).
pub type SourceLineHook = dyn Fn(&str, u32) -> Option<String> + Send + Sync;

/// The builtin classes.
pub struct Types {
    pub object: Arc<PyClass>,
    pub type_: Arc<PyClass>,
    pub none: Arc<PyClass>,
    pub not_implemented: Arc<PyClass>,
    pub ellipsis: Arc<PyClass>,
    pub bool_: Arc<PyClass>,
    pub int: Arc<PyClass>,
    pub float: Arc<PyClass>,
    pub complex: Arc<PyClass>,
    pub str_: Arc<PyClass>,
    pub bytes: Arc<PyClass>,
    pub bytearray: Arc<PyClass>,
    pub list: Arc<PyClass>,
    pub tuple: Arc<PyClass>,
    pub dict: Arc<PyClass>,
    pub set: Arc<PyClass>,
    pub frozenset: Arc<PyClass>,
    pub range: Arc<PyClass>,
    pub slice: Arc<PyClass>,
    pub function: Arc<PyClass>,
    pub builtin_function: Arc<PyClass>,
    pub method: Arc<PyClass>,
    pub module: Arc<PyClass>,
    pub cell: Arc<PyClass>,
    pub code: Arc<PyClass>,
    pub generator: Arc<PyClass>,
    pub coroutine: Arc<PyClass>,
    pub async_generator: Arc<PyClass>,
    pub property: Arc<PyClass>,
    pub staticmethod: Arc<PyClass>,
    pub classmethod: Arc<PyClass>,
    pub super_: Arc<PyClass>,
    /// Iterator and view types by name (`list_iterator`, `dict_keys`...).
    pub iterators: FxHashMap<&'static str, Arc<PyClass>>,
    /// Builtin exception classes by name.
    pub exceptions: FxHashMap<&'static str, Arc<PyClass>>,
}

/// The special-method names the VM looks up on nearly every attribute
/// access, call or instantiation, made once so that class lookups go by
/// pointer ([`crate::vm::Vm::class_lookup_name`]).
pub struct SpecialNames {
    pub getattribute: Arc<PyStr>,
    pub getattr: Arc<PyStr>,
    pub setattr: Arc<PyStr>,
    pub delattr: Arc<PyStr>,
    pub get: Arc<PyStr>,
    pub set: Arc<PyStr>,
    pub delete: Arc<PyStr>,
    pub init: Arc<PyStr>,
    pub new: Arc<PyStr>,
    pub call: Arc<PyStr>,
    pub slots: Arc<PyStr>,
}

impl SpecialNames {
    fn new() -> SpecialNames {
        let name = |s: &str| Arc::new(PyStr::new(s));
        SpecialNames {
            getattribute: name("__getattribute__"),
            getattr: name("__getattr__"),
            setattr: name("__setattr__"),
            delattr: name("__delattr__"),
            get: name("__get__"),
            set: name("__set__"),
            delete: name("__delete__"),
            init: name("__init__"),
            new: name("__new__"),
            call: name("__call__"),
            slots: name("__slots__"),
        }
    }
}

pub struct Interpreter {
    pub types: Types,
    pub names: SpecialNames,
    pub builtins: Arc<PyDict>,
    /// `sys.modules`.
    pub modules: Arc<PyDict>,
    interned: Mutex<FxHashMap<Box<str>, Arc<PyStr>>>,
    /// Bumped whenever any class's attributes change, invalidating the
    /// attribute caches of all classes.
    pub class_version: AtomicU64,
    pub recursion_limit: AtomicUsize,
    pub import_hook: PyCell<Option<Box<ImportHook>>>,
    pub compile_hook: PyCell<Option<Box<CompileHook>>>,
    /// Code compiled at run time, by source, file name and mode.
    pub compiled: PyCell<rustc_hash::FxHashMap<(String, String, String), crate::objects::CodeRef>>,
    pub source_line_hook: PyCell<Option<Box<SourceLineHook>>>,
    pub caret_anchor_hook: PyCell<Option<Box<crate::traceback::CaretAnchorHook>>>,
    /// `sys.argv`, `sys.path` and the like live in the `sys` module dict;
    /// this is the list object behind `sys.path`, for the import machinery.
    pub sys_path: PyCell<Value>,
    /// `sys.argv`, as the driver sets it before the program runs.
    pub argv: PyCell<Vec<String>>,
    /// Python-level signal handlers by signal number (`signal.signal`);
    /// `SIG_DFL`/`SIG_IGN` are stored as the ints 0 and 1.
    pub signal_handlers: PyCell<FxHashMap<i32, Value>>,
}

impl Interpreter {
    /// A fresh interpreter. The calling thread takes the GIL (if it does
    /// not hold it yet): building the builtins already touches objects.
    pub fn new() -> Arc<Interpreter> {
        crate::gil::ensure_held();
        let types = crate::types::create_types();
        let interp = Arc::new(Interpreter {
            types,
            names: SpecialNames::new(),
            builtins: Arc::new(PyDict::new()),
            modules: Arc::new(PyDict::new()),
            interned: Mutex::new(FxHashMap::default()),
            class_version: AtomicU64::new(1),
            recursion_limit: AtomicUsize::new(1000),
            import_hook: PyCell::new(None),
            compile_hook: PyCell::new(None),
            compiled: PyCell::new(Default::default()),
            source_line_hook: PyCell::new(None),
            caret_anchor_hook: PyCell::new(None),
            signal_handlers: PyCell::new(FxHashMap::default()),
            sys_path: PyCell::new(Value::list(Vec::new())),
            argv: PyCell::new(Vec::new()),
        });
        crate::builtins::install(&interp);
        interp
    }

    /// The one shared `str` object for an identifier.
    pub fn intern(&self, s: &str) -> Arc<PyStr> {
        let mut table = self.interned.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(existing) = table.get(s) {
            return existing.clone();
        }
        let new = Arc::new(PyStr::new_interned(s));
        table.insert(s.into(), new.clone());
        new
    }

    pub fn class_changed(&self) {
        self.class_version.fetch_add(1, Ordering::Relaxed);
    }

    pub fn exception_class(&self, name: &str) -> Arc<PyClass> {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("no builtin exception class {name}"))
    }

    pub fn builtin_kind_class(&self, kind: BuiltinKind) -> Arc<PyClass> {
        let t = &self.types;
        match kind {
            BuiltinKind::Object => t.object.clone(),
            BuiltinKind::Type => t.type_.clone(),
            BuiltinKind::NoneType => t.none.clone(),
            BuiltinKind::Bool => t.bool_.clone(),
            BuiltinKind::Int => t.int.clone(),
            BuiltinKind::Float => t.float.clone(),
            BuiltinKind::Str => t.str_.clone(),
            BuiltinKind::List => t.list.clone(),
            BuiltinKind::Tuple => t.tuple.clone(),
            BuiltinKind::Dict => t.dict.clone(),
            BuiltinKind::Set => t.set.clone(),
            BuiltinKind::FrozenSet => t.frozenset.clone(),
            BuiltinKind::Bytes => t.bytes.clone(),
            BuiltinKind::ByteArray => t.bytearray.clone(),
            _ => t.object.clone(),
        }
    }
}
