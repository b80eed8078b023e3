//! The standard library modules minipy ships written in Python.
//!
//! They are compiled into the binary and imported like files found after
//! every directory on `sys.path` (so a script's own `string.py` still wins,
//! as it does in CPython). Tracebacks name them `<frozen NAME>`, as CPython
//! names the modules it freezes into its binary. Modules that need the
//! machine (`math`, `time`, `sys`...) are written in Rust, in the VM.

/// The frozen packages (modules with submodules).
pub const PACKAGES: &[&str] = &["collections", "concurrent", "multiprocessing"];

/// The source of the frozen module `name`, if minipy ships one.
pub fn frozen_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "concurrent" => include_str!("concurrent/__init__.py"),
        "concurrent.futures" => include_str!("concurrent/futures.py"),
        "multiprocessing" => include_str!("multiprocessing/__init__.py"),
        "multiprocessing.pool" => include_str!("multiprocessing/pool.py"),
        "multiprocessing.managers" => include_str!("multiprocessing/managers.py"),
        "asyncio" => include_str!("asyncio.py"),
        "atexit" => include_str!("atexit.py"),
        "queue" => include_str!("queue.py"),
        "pickle" => include_str!("pickle.py"),
        "gc" => include_str!("gc.py"),
        "io" => include_str!("io.py"),
        "json" => include_str!("json.py"),
        "keyword" => include_str!("keyword.py"),
        "types" => include_str!("types.py"),
        "signal" => include_str!("signal.py"),
        "socket" => include_str!("socket.py"),
        "_minipy_intenum" => include_str!("_minipy_intenum.py"),
        "_minipy_generics" => include_str!("_minipy_generics.py"),
        "threading" => include_str!("threading.py"),
        "bisect" => include_str!("bisect.py"),
        "collections" => include_str!("collections/__init__.py"),
        "collections.abc" => include_str!("collections/abc.py"),
        "copy" => include_str!("copy.py"),
        "contextlib" => include_str!("contextlib.py"),
        "functools" => include_str!("functools.py"),
        "heapq" => include_str!("heapq.py"),
        "itertools" => include_str!("itertools.py"),
        "operator" => include_str!("operator.py"),
        "random" => include_str!("random.py"),
        "string" => include_str!("string.py"),
        "platform" => include_str!("platform.py"),
        "typing" => include_str!("typing.py"),
        "abc" => include_str!("abc.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "enum" => include_str!("enum.py"),
        "traceback" => include_str!("traceback.py"),
        _ => return None,
    })
}
