//! The `sys` module: `argv`, `path`, `modules`, the standard streams,
//! `exit` and the recursion limit.

use super::structseq;
use crate::builtins::{add_function, add_method};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// Which standard stream a stream object writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdStream {
    Stdin,
    Stdout,
    Stderr,
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("sys", None);
    let d = &m.dict;
    let set = |k: &str, v: Value| d.set_str(Value::str(k), PyStr::new(k).hash(), v);
    let argv = vm
        .interp
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    set("argv", Value::list(argv));
    set("path", vm.interp.sys_path.borrow().clone());
    set("modules", Value::Dict(vm.interp.modules.clone()));
    set("platform", Value::str("linux"));
    set("byteorder", Value::str("little"));
    set("maxsize", Value::Int(i64::MAX));
    set("version", Value::str("3.11.7 (minipy)"));
    set(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    let version_info = structseq::new_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version = structseq::make(
        &version_info,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
    );
    set("version_info", version.clone());
    // Programs test `sys.implementation.name` to choose between CPython's
    // behaviour and another interpreter's; minipy's is CPython's, so it
    // answers as CPython 3.11 does (its `sys.version` still says minipy).
    let implementation = structseq::new_type(
        vm,
        "sys",
        "implementation",
        &["name", "cache_tag", "version", "hexversion"],
    );
    set(
        "implementation",
        structseq::make(
            &implementation,
            vec![
                Value::str("cpython"),
                Value::str("cpython-311"),
                version,
                Value::Int(0x030b07f0),
            ],
        ),
    );
    let float_info = structseq::new_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    set(
        "float_info",
        structseq::make(
            &float_info,
            vec![
                Value::Float(f64::MAX),
                Value::Int(1024),
                Value::Int(308),
                Value::Float(f64::MIN_POSITIVE),
                Value::Int(-1021),
                Value::Int(-307),
                Value::Int(15),
                Value::Int(53),
                Value::Float(f64::EPSILON),
                Value::Int(2),
                Value::Int(1),
            ],
        ),
    );
    let int_info = structseq::new_type(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    set(
        "int_info",
        structseq::make(
            &int_info,
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(4300),
                Value::Int(640),
            ],
        ),
    );
    set("hexversion", Value::Int(0x030b07f0));
    let stream_class = crate::types::builtin_class(
        "TextIOWrapper",
        BuiltinKind::Native,
        Some(&vm.interp.types.object),
    );
    add_method(&stream_class, "TextIOWrapper", "write", stream_write);
    add_method(&stream_class, "TextIOWrapper", "flush", stream_flush);
    add_method(&stream_class, "TextIOWrapper", "isatty", stream_isatty);
    add_method(&stream_class, "TextIOWrapper", "fileno", stream_fileno);
    add_method(&stream_class, "TextIOWrapper", "readline", stream_readline);
    let stream = |kind: StdStream| {
        Value::Instance(Arc::new(PyInstance::new(
            stream_class.clone(),
            Payload::Native(Box::new(kind)),
        )))
    };
    for (name, kind) in [
        ("stdin", StdStream::Stdin),
        ("stdout", StdStream::Stdout),
        ("stderr", StdStream::Stderr),
    ] {
        let s = stream(kind);
        set(name, s.clone());
        set(&format!("__{name}__"), s);
    }
    add_function(d, "exit", exit);
    add_function(d, "getrecursionlimit", getrecursionlimit);
    add_function(d, "getswitchinterval", getswitchinterval);
    add_function(d, "setswitchinterval", setswitchinterval);
    add_function(d, "setrecursionlimit", setrecursionlimit);
    add_function(d, "get_int_max_str_digits", |_, _, _| {
        Ok(Value::Int(crate::ops::numbers::max_str_digits() as i64))
    });
    add_function(d, "set_int_max_str_digits", set_int_max_str_digits);
    add_function(d, "exc_info", exc_info);
    add_function(d, "intern", intern);
    add_function(d, "getdefaultencoding", getdefaultencoding);
    Ok(Value::Module(m))
}

/// `sys.stdout` (or `stderr`), as the program may have replaced it.
pub fn stream(vm: &mut Vm, name: &str) -> Value {
    let sys = match vm.import_module("sys") {
        Ok(m) => m,
        Err(_) => return Value::None,
    };
    match vm.get_attr_str(&sys, name) {
        Ok(v) => v,
        Err(_) => Value::None,
    }
}

fn stream_kind(args: &[Value]) -> Option<StdStream> {
    match args.first() {
        Some(Value::Instance(i)) => i.native::<StdStream>().copied(),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.get(1) else {
        let t = args.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    match stream_kind(args) {
        Some(StdStream::Stdout) => crate::io::write_stdout(s.as_str()),
        Some(StdStream::Stderr) => {
            crate::io::flush_stdout();
            crate::io::write_stderr(s.as_str())
        }
        _ => return Err(vm.error("OSError", "not writable")),
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::io::flush_stdout();
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(match stream_kind(args) {
        Some(StdStream::Stdin) => std::io::stdin().is_terminal(),
        Some(StdStream::Stdout) => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match stream_kind(args) {
        Some(StdStream::Stdin) => 0,
        Some(StdStream::Stdout) => 1,
        _ => 2,
    }))
}

fn stream_readline(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::io::flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| vm.error("OSError", e.to_string()))?;
    Ok(Value::string(line))
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = vm.interp.exception_class("SystemExit");
    Err(crate::vm::PyErr(vm.new_exception(cls, args.to_vec())))
}

fn getswitchinterval(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(crate::gil::switch_interval_us() as f64 * 1e-6))
}

fn setswitchinterval(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [interval] = args else {
        return Err(vm.type_error(format!(
            "setswitchinterval() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let secs = match interval {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => {
            vm.to_f64(interval)?
        }
        other => {
            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other))));
        }
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval_us((secs * 1e6).min(u64::MAX as f64) as u64);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let value = match (args, kw) {
        ([v], []) => v.clone(),
        ([], [(k, v)]) if k.as_str() == "maxdigits" => v.clone(),
        _ => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ));
        }
    };
    let n = vm.as_index(&value)?;
    if n != 0 && !(640..=i64::from(i32::MAX)).contains(&n) {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::ops::numbers::INT_MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(n) = args.first() else {
        return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    let n = match n {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        other => vm.as_index(other)?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    // The main thread's stack is large, but not unbounded.
    let n = (n as usize).min(crate::MAX_RECURSION_LIMIT);
    vm.interp
        .recursion_limit
        .store(n, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Class(vm.class_of(&e));
    let tb = vm.traceback_object(&e);
    Ok(Value::tuple(vec![cls, e, tb]))
}

fn intern(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}
