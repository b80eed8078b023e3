//! `open()` and file objects (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`): reading and writing text (UTF-8, universal
//! newlines) or bytes, line iteration, `seek`/`tell`, and the context
//! manager. Writes are buffered and flushed on `flush`, `close`, `seek`,
//! reads and at exit of the `with` block.

use super::{add_function, add_method};
use crate::cell::PyCell;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Arc;

struct FileState {
    file: Option<std::fs::File>,
    pending: Vec<u8>,
}

struct FileObject {
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    /// `newline=None` (the default): `\r\n` and `\r` read as `\n`.
    translate: bool,
    state: PyCell<FileState>,
}

const CLASSES: [&str; 3] = ["TextIOWrapper", "BufferedReader", "BufferedWriter"];

pub fn install(interp: &Arc<Interpreter>) {
    add_function(&interp.builtins, "open", open);
}

/// The three file classes (module `_io`), made once per interpreter.
fn file_class(vm: &mut Vm, name: &'static str) -> Arc<PyClass> {
    let key = PyStr::new(name);
    if let Some(Value::Class(c)) = vm.interp.builtins.get_str(
        &format!("__minipy_io_{name}"),
        PyStr::new(&format!("__minipy_io_{name}")).hash(),
    ) {
        return c;
    }
    let cls = crate::types::builtin_class(name, BuiltinKind::Native, Some(&vm.interp.types.object));
    cls.dict.set_str(
        Value::str("__module__"),
        PyStr::new("__module__").hash(),
        Value::str("_io"),
    );
    let m = |n, f| add_method(&cls, "file", n, f);
    m("read", read);
    m("readline", readline);
    m("readlines", readlines);
    m("write", write);
    m("writelines", writelines);
    m("close", close);
    m("flush", flush);
    m("seek", seek);
    m("tell", tell);
    m("readable", |vm, a, _| {
        Ok(Value::Bool(this(vm, a)?.readable))
    });
    m("writable", |vm, a, _| {
        Ok(Value::Bool(this(vm, a)?.writable))
    });
    m("seekable", |_, _, _| Ok(Value::Bool(true)));
    m("fileno", fileno);
    m("__enter__", enter);
    m("__exit__", exit);
    m("__iter__", enter);
    m("__next__", next_line);
    m("__repr__", repr);
    let _ = key;
    let hidden = format!("__minipy_io_{name}");
    vm.interp.builtins.set_str(
        Value::string(hidden.clone()),
        PyStr::new(&hidden).hash(),
        Value::Class(cls.clone()),
    );
    cls
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a FileObject> {
    match args.first() {
        Some(Value::Instance(inst)) => inst
            .native::<FileObject>()
            .ok_or_else(|| vm.type_error("expected a file object")),
        _ => Err(vm.type_error("expected a file object")),
    }
}

/// `file.name`, `file.mode`, `file.closed` and `file.encoding`.
pub fn attribute(inst: &PyInstance, name: &str) -> Option<Value> {
    let f = inst.native::<FileObject>()?;
    Some(match name {
        "name" => f.name.clone(),
        "mode" => Value::str(&f.mode),
        "closed" => Value::Bool(f.state.borrow().file.is_none()),
        "encoding" if !f.binary => Value::str("UTF-8"),
        _ => return None,
    })
}

fn os_error(vm: &Vm, err: &std::io::Error, name: &Value) -> crate::vm::PyErr {
    let errno = err.raw_os_error().unwrap_or(0);
    let message = match err.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ if errno == 21 => "Is a directory".to_string(),
        _ => {
            let text = err.to_string();
            text.split(" (os error").next().unwrap_or(&text).to_string()
        }
    };
    let class = match errno {
        2 => "FileNotFoundError",
        13 | 1 => "PermissionError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        _ => "OSError",
    };
    let cls = vm.interp.exception_class(class);
    crate::vm::PyErr(vm.new_exception(
        cls,
        vec![
            Value::Int(errno as i64),
            Value::string(message),
            name.clone(),
        ],
    ))
}

fn open(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        args.get(i).cloned().or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == name)
                .map(|(_, v)| v.clone())
        })
    };
    let Some(name) = get(0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match get(1, "mode") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        None => "r".to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&other)
            )));
        }
    };
    let path = match &name {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )));
        }
    };
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1
        && !(mode.contains('b') && mode.contains('t'));
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let translate = match get(4, "newline") {
        None | Some(Value::None) => true,
        Some(Value::Str(s)) if matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") => false,
        Some(Value::Str(s)) => {
            return Err(vm.value_error(format!("illegal newline value: {}", s.as_str())));
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {}",
                vm.type_name(&other)
            )));
        }
    };
    let mut options = std::fs::OpenOptions::new();
    let (readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => {
            options.read(true).write(plus);
            (true, plus)
        }
        Some('w') => {
            options.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        Some('a') => {
            options.append(true).create(true).read(plus);
            (plus, true)
        }
        _ => {
            options.write(true).create_new(true).read(plus);
            (plus, true)
        }
    };
    let file = options.open(&path).map_err(|e| os_error(vm, &e, &name))?;
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        let err = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &err, &name));
    }
    let class = if !binary {
        CLASSES[0]
    } else if readable && !writable {
        CLASSES[1]
    } else {
        CLASSES[2]
    };
    let cls = file_class(vm, class);
    let object = FileObject {
        name,
        mode,
        binary,
        readable,
        writable,
        translate,
        state: PyCell::new(FileState {
            file: Some(file),
            pending: Vec::new(),
        }),
    };
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(object)),
    ))))
}

impl FileObject {
    /// Writes out buffered writes.
    fn flush(&self, vm: &Vm) -> PyResult<()> {
        let mut state = self.state.borrow_mut();
        let FileState { file, pending } = &mut *state;
        if let Some(f) = file.as_mut()
            && !pending.is_empty()
        {
            f.write_all(pending)
                .map_err(|e| os_error(vm, &e, &self.name))?;
            pending.clear();
        }
        Ok(())
    }

    fn check_open(&self, vm: &Vm) -> PyResult<()> {
        if self.state.borrow().file.is_none() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn check_readable(&self, vm: &Vm) -> PyResult<()> {
        self.check_open(vm)?;
        if !self.readable {
            let cls = vm.interp.exception_class("UnsupportedOperation");
            return Err(crate::vm::PyErr(
                vm.new_exception(cls, vec![Value::str("not readable")]),
            ));
        }
        self.flush(vm)
    }

    /// Up to `limit` raw bytes from the current position.
    fn read_bytes(&self, vm: &Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut state = self.state.borrow_mut();
        let f = state.file.as_mut().expect("checked open");
        let mut out = Vec::new();
        let result = match limit {
            None => f.read_to_end(&mut out).map(|_| ()),
            Some(n) => f.take(n as u64).read_to_end(&mut out).map(|_| ()),
        };
        result.map_err(|e| os_error(vm, &e, &self.name))?;
        Ok(out)
    }

    fn seek_back(&self, vm: &Vm, n: usize) -> PyResult<()> {
        if n > 0 {
            let mut state = self.state.borrow_mut();
            let f = state.file.as_mut().expect("checked open");
            f.seek(SeekFrom::Current(-(n as i64)))
                .map_err(|e| os_error(vm, &e, &self.name))?;
        }
        Ok(())
    }

    /// One line: up to and including `\n` (text mode also ends a line at
    /// `\r` and turns `\r\n` and `\r` into `\n`).
    fn read_line(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        let mut line = Vec::new();
        loop {
            let chunk = self.read_bytes(vm, Some(4096))?;
            if chunk.is_empty() {
                return Ok(line);
            }
            let end = if self.binary {
                chunk.iter().position(|&b| b == b'\n')
            } else {
                chunk.iter().position(|&b| b == b'\n' || b == b'\r')
            };
            match end {
                Some(i) if !self.binary && chunk[i] == b'\r' => {
                    line.extend_from_slice(&chunk[..i]);
                    let mut used = i + 1;
                    let mut crlf = false;
                    if chunk.get(i + 1) == Some(&b'\n') {
                        used += 1;
                        crlf = true;
                    } else if i + 1 == chunk.len() {
                        // A `\r` at the end of the chunk: peek for its `\n`.
                        if self.read_bytes(vm, Some(1))?.first() == Some(&b'\n') {
                            crlf = true;
                        } else {
                            self.seek_back(vm, 1)?;
                        }
                    }
                    if self.translate {
                        line.push(b'\n');
                    } else {
                        line.extend_from_slice(if crlf { b"\r\n" } else { b"\r" });
                    }
                    self.seek_back(vm, chunk.len() - used)?;
                    return Ok(line);
                }
                Some(i) => {
                    line.extend_from_slice(&chunk[..=i]);
                    self.seek_back(vm, chunk.len() - i - 1)?;
                    return Ok(line);
                }
                None => line.extend_from_slice(&chunk),
            }
        }
    }

    fn to_value(&self, vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
        if self.binary {
            return Ok(Value::Bytes(Arc::new(PyBytes::new(bytes, false))));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Value::string(text)),
            Err(e) => super::bytes_methods::decode_bytes(vm, e.as_bytes(), None, None),
        }
    }
}

/// `\r\n` and lone `\r` become `\n` (universal newlines).
fn translate_newlines(text: Vec<u8>) -> Vec<u8> {
    if !text.contains(&b'\r') {
        return text;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'\r' {
            out.push(b'\n');
            if text.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(text[i]);
        }
        i += 1;
    }
    out
}

fn read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_readable(vm)?;
    let size = match args.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.as_index(v)?,
    };
    if size < 0 {
        let bytes = f.read_bytes(vm, None)?;
        let bytes = if f.translate && !f.binary {
            translate_newlines(bytes)
        } else {
            bytes
        };
        return f.to_value(vm, bytes);
    }
    if f.binary {
        let bytes = f.read_bytes(vm, Some(size as usize))?;
        return f.to_value(vm, bytes);
    }
    // Text: `size` characters, read line by line so newlines translate.
    let mut text = String::new();
    while text.chars().count() < size as usize {
        let line = f.read_line(vm)?;
        if line.is_empty() {
            break;
        }
        let line = String::from_utf8_lossy(&line).into_owned();
        let want = size as usize - text.chars().count();
        if line.chars().count() <= want {
            text.push_str(&line);
        } else {
            let taken: String = line.chars().take(want).collect();
            let rest_bytes = line.len() - taken.len();
            text.push_str(&taken);
            f.seek_back(vm, rest_bytes)?;
            break;
        }
    }
    Ok(Value::string(text))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_readable(vm)?;
    let line = f.read_line(vm)?;
    f.to_value(vm, line)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_readable(vm)?;
    let mut lines = Vec::new();
    loop {
        let line = f.read_line(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(f.to_value(vm, line)?);
    }
    Ok(Value::list(lines))
}

fn next_line(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_readable(vm)?;
    let line = f.read_line(vm)?;
    if line.is_empty() {
        return Err(vm.error_empty("StopIteration"));
    }
    f.to_value(vm, line)
}

fn write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_open(vm)?;
    if !f.writable {
        let cls = vm.interp.exception_class("UnsupportedOperation");
        return Err(crate::vm::PyErr(
            vm.new_exception(cls, vec![Value::str("not writable")]),
        ));
    }
    let (bytes, count) = match (args.get(1), f.binary) {
        (Some(Value::Str(s)), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (Some(Value::Bytes(b)), true) => {
            let data = b.data.borrow().clone();
            let n = data.len();
            (data, n)
        }
        (Some(other), false) => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )));
        }
        (Some(other), true) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )));
        }
        (None, _) => return Err(vm.type_error("write() takes exactly one argument (0 given)")),
    };
    let flush_now = {
        let mut state = f.state.borrow_mut();
        state.pending.extend_from_slice(&bytes);
        state.pending.len() > 1 << 16
    };
    if flush_now {
        f.flush(vm)?;
    }
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => return Err(vm.type_error("writelines() takes exactly one argument (0 given)")),
    };
    for item in items {
        write(vm, &[args[0].clone(), item], kw)?;
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    if f.state.borrow().file.is_some() {
        f.flush(vm)?;
        f.state.borrow_mut().file = None;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_open(vm)?;
    f.flush(vm)?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_open(vm)?;
    f.flush(vm)?;
    let offset = match args.get(1) {
        Some(v) => vm.as_index(v)?,
        None => return Err(vm.type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match args.get(2) {
        Some(v) => vm.as_index(v)?,
        None => 0,
    };
    let target = match whence {
        0 if offset < 0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let pos = {
        let mut state = f.state.borrow_mut();
        let file = state.file.as_mut().expect("checked open");
        file.seek(target).map_err(|e| os_error(vm, &e, &f.name))?
    };
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_open(vm)?;
    f.flush(vm)?;
    let pos = {
        let mut state = f.state.borrow_mut();
        let file = state.file.as_mut().expect("checked open");
        file.stream_position()
            .map_err(|e| os_error(vm, &e, &f.name))?
    };
    Ok(Value::Int(pos as i64))
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(vm, args)?;
    f.check_open(vm)?;
    let fd = f
        .state
        .borrow()
        .file
        .as_ref()
        .map_or(-1, |file| file.as_raw_fd());
    Ok(Value::Int(fd as i64))
}

fn enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.check_open(vm)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    close(vm, &args[..1], kw)?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = this(vm, args)?;
    let cls = match args.first() {
        Some(Value::Instance(i)) => i.class().name().as_str().to_string(),
        _ => String::new(),
    };
    let name = vm.repr_string(&f.name)?;
    Ok(Value::string(if f.binary {
        format!("<_io.{cls} name={name}>")
    } else {
        format!("<_io.{cls} name={name} mode='{}' encoding='UTF-8'>", f.mode)
    }))
}

/// Flushes a file being dropped unclosed, as CPython does when a file
/// object is garbage collected.
impl Drop for FileObject {
    fn drop(&mut self) {
        let state = self.state.get_mut();
        if let Some(f) = state.file.as_mut()
            && !state.pending.is_empty()
        {
            let _ = f.write_all(&state.pending);
        }
    }
}
