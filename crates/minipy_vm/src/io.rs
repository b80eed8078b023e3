//! Standard output and error: buffered like CPython's (a block buffer when
//! stdout is a file or pipe, line buffering on a terminal, none at all when
//! `PYTHONUNBUFFERED` is set).

use std::io::{IsTerminal, Write};
use std::sync::{Mutex, OnceLock};

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static STDOUT_MODE: OnceLock<Buffering> = OnceLock::new();
const FLUSH_AT: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq)]
enum Buffering {
    Block,
    Line,
    Unbuffered,
}

fn mode() -> Buffering {
    *STDOUT_MODE.get_or_init(|| {
        if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
            Buffering::Unbuffered
        } else if std::io::stdout().is_terminal() {
            Buffering::Line
        } else {
            Buffering::Block
        }
    })
}

pub fn write_stdout(s: &str) {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(s.as_bytes());
    let flush = match mode() {
        Buffering::Block => buf.len() >= FLUSH_AT,
        Buffering::Line => buf.len() >= FLUSH_AT || s.contains('\n'),
        Buffering::Unbuffered => true,
    };
    if flush {
        flush_buffer(&mut buf);
    }
}

fn flush_buffer(buf: &mut Vec<u8>) {
    if buf.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

pub fn flush_stdout() {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    flush_buffer(&mut buf);
}

/// Standard error is unbuffered, as in CPython.
pub fn write_stderr(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}
