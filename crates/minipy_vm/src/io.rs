//! Standard output and error: buffered like CPython's (a block buffer when
//! stdout is a file or pipe, line buffering on a terminal).

use std::io::{IsTerminal, Write};
use std::sync::{Mutex, OnceLock};

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static STDOUT_IS_TTY: OnceLock<bool> = OnceLock::new();
const FLUSH_AT: usize = 64 * 1024;

fn is_tty() -> bool {
    *STDOUT_IS_TTY.get_or_init(|| std::io::stdout().is_terminal())
}

pub fn write_stdout(s: &str) {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(s.as_bytes());
    if buf.len() >= FLUSH_AT || (is_tty() && s.contains('\n')) {
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
