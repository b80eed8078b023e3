//! Reading a script: file errors and source decoding, worded as CPython's.

use minipy_diagnostics::{Diagnostic, ErrorClass, SourceFile};
use std::sync::Arc;

/// A file that cannot be run at all: the message and the exit status.
#[derive(Debug)]
pub struct SourceError {
    pub message: String,
    pub status: i32,
}

/// The name CPython shows for a script: relative paths are joined to the
/// current directory without normalising, as `python3 path` does.
pub fn display_path(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.display()),
        Err(_) => path.to_string(),
    }
}

/// Reads and decodes a file, naming it as given, as `python3 -m dis` and
/// `python3 -m py_compile` do.
pub fn read_source(path: &str) -> Result<Arc<SourceFile>, SourceError> {
    read_named(path, path.to_string())
}

/// Reads and decodes the script `python3 PATH` would run, named as CPython
/// names `__main__.__file__` (made absolute).
pub fn read_script(path: &str) -> Result<Arc<SourceFile>, SourceError> {
    read_named(path, display_path(path))
}

/// Fails as `python3` fails on a missing file (exit 2), on bytes that are
/// not UTF-8 and on NUL bytes (exit 1).
fn read_named(path: &str, name: String) -> Result<Arc<SourceFile>, SourceError> {
    let shown = display_path(path);
    let bytes = std::fs::read(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "[Errno 13] Permission denied".to_string(),
            _ if std::path::Path::new(path).is_dir() => "[Errno 21] Is a directory".to_string(),
            _ => e.to_string(),
        };
        SourceError {
            message: format!("minipy: can't open file '{shown}': {reason}\n"),
            status: 2,
        }
    })?;
    decode(&name, bytes)
}

fn decode(name: &str, mut bytes: Vec<u8>) -> Result<Arc<SourceFile>, SourceError> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    if bom {
        bytes.drain(..3);
    }
    let problem = |what: String| SourceError {
        message: format!("SyntaxError: encoding problem: {what}\n"),
        status: 1,
    };
    match crate::encoding::declared(&bytes) {
        Some(enc) if bom && enc != "utf-8" => return Err(problem(format!("{enc} with BOM"))),
        Some(enc) if enc != "utf-8" => {
            let text = crate::encoding::decode_with(&enc, &bytes).ok_or_else(|| problem(enc))?;
            return checked_text(name, text);
        }
        _ => {}
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let at = err.utf8_error().valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            return Err(SourceError {
                message: format!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {name} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                    bytes[at]
                ),
                status: 1,
            });
        }
    };
    checked_text(name, text)
}

/// The decoded text, unless it contains a NUL byte.
fn checked_text(name: &str, text: String) -> Result<Arc<SourceFile>, SourceError> {
    if let Some(at) = text.find('\0') {
        // CPython shows the line only up to the NUL byte, and no caret.
        let shown = SourceFile::new(name, &text[..at]);
        let line = shown.line_count();
        let diagnostic = Diagnostic::at_line(
            ErrorClass::SyntaxError,
            "source code cannot contain null bytes",
            line,
        );
        return Err(SourceError {
            message: diagnostic.render(&shown),
            status: 1,
        });
    }
    Ok(SourceFile::new(name, text))
}
