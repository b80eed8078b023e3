//! The `os` module's basics (process ids, environment, files and
//! directories, `kill`, `_exit`) and `os.path`, with POSIX semantics and
//! CPython's error messages.

use crate::builtins::add_function;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};
use std::sync::Arc;

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("os", None);
    let d = &m.dict;
    let set = |k: &str, v: Value| d.set_str(Value::str(k), PyStr::new(k).hash(), v);
    for (k, v) in [
        ("sep", "/"),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("devnull", "/dev/null"),
    ] {
        set(k, Value::str(v));
    }
    let environ = Arc::new(PyDict::new());
    for (k, v) in std::env::vars() {
        environ.set_str(
            Value::string(k.clone()),
            PyStr::new(&k).hash(),
            Value::string(v),
        );
    }
    set("environ", Value::Dict(environ));
    add_function(d, "getpid", |_, _, _| {
        Ok(Value::Int(std::process::id() as i64))
    });
    add_function(d, "getppid", |_, _, _| {
        Ok(Value::Int(nix::unistd::getppid().as_raw() as i64))
    });
    add_function(d, "cpu_count", |_, _, _| {
        Ok(
            std::thread::available_parallelism()
                .map_or(Value::None, |n| Value::Int(n.get() as i64)),
        )
    });
    add_function(d, "getcwd", |vm, _, _| {
        let cwd = std::env::current_dir().map_err(|e| io_error(vm, &e, None))?;
        Ok(Value::string(cwd.display().to_string()))
    });
    add_function(d, "getenv", getenv);
    add_function(d, "chdir", |vm, a, _| {
        path_op(vm, a, |p| std::env::set_current_dir(p))
    });
    add_function(d, "remove", |vm, a, _| {
        path_op(vm, a, |p| std::fs::remove_file(p))
    });
    add_function(d, "unlink", |vm, a, _| {
        path_op(vm, a, |p| std::fs::remove_file(p))
    });
    add_function(d, "rmdir", |vm, a, _| {
        path_op(vm, a, |p| std::fs::remove_dir(p))
    });
    add_function(d, "mkdir", |vm, a, _| {
        path_op(vm, a, |p| std::fs::create_dir(p))
    });
    add_function(d, "makedirs", makedirs);
    add_function(d, "rename", rename);
    add_function(d, "replace", rename);
    add_function(d, "listdir", listdir);
    add_function(d, "kill", kill);
    add_function(d, "_exit", os_exit);
    add_function(d, "urandom", urandom);
    let path = path_module(vm);
    set("path", path);
    Ok(Value::Module(m))
}

/// `OSError` (or its errno subclass) for a failed system call.
pub fn io_error(vm: &Vm, err: &std::io::Error, path: Option<&str>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(0);
    let text = err.to_string();
    let message = text.split(" (os error").next().unwrap_or(&text).to_string();
    let class = crate::ops::classes::os_error_subclass(errno as i64).unwrap_or("OSError");
    let mut args = vec![Value::Int(errno as i64), Value::string(message)];
    if let Some(p) = path {
        args.push(Value::str(p));
    }
    PyErr(vm.new_exception(vm.interp.exception_class(class), args))
}

fn path_arg(vm: &Vm, args: &[Value], index: usize, func: &str) -> PyResult<String> {
    match args.get(index) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)"))),
    }
}

fn path_op(vm: &mut Vm, args: &[Value], f: fn(&str) -> std::io::Result<()>) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "os")?;
    f(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn getenv(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let key = path_arg(vm, args, 0, "getenv")?;
    Ok(std::env::var(&key)
        .map(Value::string)
        .unwrap_or_else(|_| args.get(1).cloned().unwrap_or(Value::None)))
}

fn makedirs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "makedirs")?;
    let exist_ok = match kw
        .iter()
        .find(|(k, _)| k.as_str() == "exist_ok")
        .map(|(_, v)| v.clone())
        .or_else(|| args.get(2).cloned())
    {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        let err = std::io::Error::from_raw_os_error(17);
        return Err(io_error(vm, &err, Some(&p)));
    }
    std::fs::create_dir_all(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let from = path_arg(vm, args, 0, "rename")?;
    let to = path_arg(vm, args, 1, "rename")?;
    std::fs::rename(&from, &to).map_err(|e| io_error(vm, &e, Some(&from)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let p = if args.is_empty() {
        ".".to_string()
    } else {
        path_arg(vm, args, 0, "listdir")?
    };
    let entries = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    let names = entries
        .flatten()
        .map(|e| Value::string(e.file_name().to_string_lossy().into_owned()))
        .collect();
    Ok(Value::list(names))
}

fn kill(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(pid), Some(sig)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error(format!("kill expected 2 arguments, got {}", args.len())));
    };
    let pid = nix::unistd::Pid::from_raw(vm.as_index(pid)? as i32);
    let sig = vm.as_index(sig)? as i32;
    let signal = if sig == 0 {
        None
    } else {
        Some(
            nix::sys::signal::Signal::try_from(sig)
                .map_err(|_| vm.error("OSError", "[Errno 22] Invalid argument"))?,
        )
    };
    nix::sys::signal::kill(pid, signal)
        .map_err(|e| io_error(vm, &std::io::Error::from_raw_os_error(e as i32), None))?;
    // A signal sent to ourselves is handled before `kill` returns.
    if pid == nix::unistd::getpid() {
        crate::signals::await_own_signal(sig);
    }
    vm.check_signals()?;
    Ok(Value::None)
}

/// `os._exit(n)`: ends the process at once, without flushing or clean-up.
fn os_exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let code = match args.first() {
        Some(v) => vm.as_index(v)?,
        None => return Err(vm.type_error("_exit() missing required argument 'status' (pos 1)")),
    };
    super::process::exit_now(code as i32)
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::io::Read;
    let n = vm.as_index(args.first().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::Bytes(Arc::new(PyBytes::new(buf, false))))
}

// ---------------------------------------------------------------- os.path

fn path_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("posixpath", None);
    let d = &m.dict;
    d.set_str(Value::str("sep"), PyStr::new("sep").hash(), Value::str("/"));
    add_function(d, "join", join);
    add_function(d, "exists", |vm, a, _| test_path(vm, a, |p| p.exists()));
    add_function(d, "isfile", |vm, a, _| test_path(vm, a, |p| p.is_file()));
    add_function(d, "isdir", |vm, a, _| test_path(vm, a, |p| p.is_dir()));
    add_function(d, "islink", |vm, a, _| test_path(vm, a, |p| p.is_symlink()));
    add_function(d, "isabs", |vm, a, _| {
        Ok(Value::Bool(path_arg(vm, a, 0, "isabs")?.starts_with('/')))
    });
    add_function(d, "basename", |vm, a, _| {
        Ok(Value::string(split(&path_arg(vm, a, 0, "basename")?).1))
    });
    add_function(d, "dirname", |vm, a, _| {
        Ok(Value::string(split(&path_arg(vm, a, 0, "dirname")?).0))
    });
    add_function(d, "split", |vm, a, _| {
        let (h, t) = split(&path_arg(vm, a, 0, "split")?);
        Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
    });
    add_function(d, "splitext", |vm, a, _| {
        let (root, ext) = splitext(&path_arg(vm, a, 0, "splitext")?);
        Ok(Value::tuple(vec![Value::string(root), Value::string(ext)]))
    });
    add_function(d, "normpath", |vm, a, _| {
        Ok(Value::string(normpath(&path_arg(vm, a, 0, "normpath")?)))
    });
    add_function(d, "abspath", |vm, a, _| {
        Ok(Value::string(abspath(&path_arg(vm, a, 0, "abspath")?)))
    });
    add_function(d, "realpath", |vm, a, _| {
        let p = path_arg(vm, a, 0, "realpath")?;
        Ok(Value::string(
            std::fs::canonicalize(&p).map_or_else(|_| abspath(&p), |c| c.display().to_string()),
        ))
    });
    add_function(d, "expanduser", |vm, a, _| {
        let p = path_arg(vm, a, 0, "expanduser")?;
        let home = std::env::var("HOME").unwrap_or_default();
        Ok(Value::string(if p == "~" || p.starts_with("~/") {
            format!("{home}{}", &p[1..])
        } else {
            p
        }))
    });
    add_function(d, "getsize", |vm, a, _| {
        let p = path_arg(vm, a, 0, "getsize")?;
        let meta = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
        Ok(Value::Int(meta.len() as i64))
    });
    Value::Module(m)
}

fn test_path(vm: &mut Vm, args: &[Value], f: fn(&std::path::Path) -> bool) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "path")?;
    Ok(Value::Bool(f(std::path::Path::new(&p))))
}

fn join(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut path = path_arg(vm, args, 0, "join")?;
    for i in 1..args.len() {
        let b = path_arg(vm, args, i, "join")?;
        if b.starts_with('/') {
            path = b;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&b);
        } else {
            path.push('/');
            path.push_str(&b);
        }
    }
    Ok(Value::string(path))
}

/// `posixpath.split`: the head loses trailing slashes unless it is all slashes.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

/// `genericpath._splitext`: leading dots of the file name are not an extension.
fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let dot = p.rfind('.').map_or(-1, |i| i as i64);
    if dot > sep {
        let start = (sep + 1) as usize;
        if p[start..dot as usize].chars().any(|c| c != '.') {
            return (p[..dot as usize].to_string(), p[dot as usize..].to_string());
        }
    }
    (p.to_string(), String::new())
}

fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

fn abspath(p: &str) -> String {
    if p.starts_with('/') {
        return normpath(p);
    }
    let cwd = std::env::current_dir()
        .map(|c| c.display().to_string())
        .unwrap_or_default();
    normpath(&format!("{cwd}/{p}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_like_posixpath() {
        assert_eq!(normpath("a//b/./c/../d/"), "a/b/d");
        assert_eq!(normpath("/../x"), "/x");
        assert_eq!(normpath("../../x"), "../../x");
        assert_eq!(split("/usr/lib/"), ("/usr/lib".into(), "".into()));
        assert_eq!(split("//x"), ("//".into(), "x".into()));
        assert_eq!(splitext(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(splitext("a/b.tar.gz"), ("a/b.tar".into(), ".gz".into()));
    }
}
