//! `_minipy_process`: what `multiprocessing` (frozen Python, in the
//! driver) needs from the system: `fork`, `waitpid`, pipes and socket
//! pairs carrying length-prefixed messages, the wire format for values,
//! and shared memory of atomic integers for locks, semaphores, events and
//! `Value`/`Array`.
//!
//! This is one of the few modules allowed to use `unsafe`: `fork` and
//! `mmap` have no safe wrappers, and shared memory is reached through a
//! raw pointer.

#![allow(unsafe_code)]

use crate::builtins::add_function;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};
use nix::sys::wait::{WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use std::num::NonZeroUsize;
use std::os::fd::{FromRawFd, IntoRawFd, RawFd};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_minipy_process", None);
    let d = &m.dict;
    add_function(d, "fork", fork);
    add_function(d, "waitpid", waitpid);
    add_function(d, "pipe", pipe);
    add_function(d, "socketpair", socketpair);
    add_function(d, "write_message", write_message);
    add_function(d, "read_message", read_message);
    add_function(d, "poll", poll);
    add_function(d, "close", close);
    add_function(d, "dumps", |vm, a, _| {
        let data = vm.wire_dumps(a.first().unwrap_or(&Value::None))?;
        Ok(Value::Bytes(Arc::new(PyBytes::new(data, false))))
    });
    add_function(d, "loads", |vm, a, _| match a.first() {
        Some(Value::Bytes(b)) => {
            let data = b.data.borrow().clone();
            vm.wire_loads(&data)
        }
        _ => Err(vm.type_error("loads() takes bytes")),
    });
    // The exception classes the frozen `pickle` and `io` re-export.
    for name in [
        "PickleError",
        "PicklingError",
        "UnpicklingError",
        "UnsupportedOperation",
    ] {
        let class = Value::Class(vm.interp.exception_class(name));
        d.set_str(Value::str(name), PyStr::new(name).hash(), class);
    }
    add_function(d, "shm", shm_new);
    add_function(d, "shm_get", |vm, a, _| {
        Ok(Value::Int(slot(vm, a)?.load(Ordering::SeqCst)))
    });
    add_function(d, "shm_set", |vm, a, _| {
        let v = int(vm, a, 2)?;
        slot(vm, a)?.store(v, Ordering::SeqCst);
        Ok(Value::None)
    });
    add_function(d, "shm_add", |vm, a, _| {
        let delta = int(vm, a, 2)?;
        Ok(Value::Int(
            slot(vm, a)?.fetch_add(delta, Ordering::SeqCst) + delta,
        ))
    });
    add_function(d, "shm_cas", |vm, a, _| {
        let (old, new) = (int(vm, a, 2)?, int(vm, a, 3)?);
        Ok(Value::Bool(
            slot(vm, a)?
                .compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok(),
        ))
    });
    add_function(d, "after_fork_child", |_, _, _| {
        after_fork_child();
        Ok(Value::None)
    });
    Ok(Value::Module(m))
}

fn os_error(vm: &Vm, errno: nix::errno::Errno) -> PyErr {
    crate::builtins::modules::os_io_error(vm, &std::io::Error::from_raw_os_error(errno as i32))
}

fn int(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(v) => vm.as_index(v),
        None => Err(vm.type_error("missing argument")),
    }
}

fn fd_arg(vm: &mut Vm, args: &[Value]) -> PyResult<RawFd> {
    Ok(int(vm, args, 0)? as RawFd)
}

/// Resets what only makes sense in the process that forked.
fn after_fork_child() {
    crate::gil::reset_after_fork();
    crate::signals::set_main_thread();
    super::thread::reset_after_fork();
}

/// Ends the process at once with `code`: no destructors, no `atexit`
/// handlers, no flushing (`os._exit`). A forked child must end this way:
/// `std::process::exit` runs thread-local destructors, and one of them
/// gives the GIL back through a mutex that another thread of the parent
/// may have held at the fork.
pub(crate) fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` only ends the process; it touches no memory of ours.
    unsafe { libc::_exit(code) }
}

/// `fork()`: 0 in the child, the child's pid in the parent. Output
/// buffered so far is written first, so that it does not appear twice.
fn fork(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::io::flush_stdout();
    // SAFETY: the calling thread holds the GIL, so no other thread is
    // running Python code or touching Python objects; the child resets the
    // GIL and the thread bookkeeping it inherits before running anything
    // (`after_fork_child`), as CPython's `PyOS_AfterFork_Child` does. The
    // GIL's own state mutex is held across the fork (`across_fork`), so
    // the child never inherits it locked by a thread it does not have.
    // The allocator (jemalloc) stays usable in the child: it locks its
    // arenas around `fork` with `pthread_atfork` handlers.
    match crate::gil::across_fork(|| unsafe { nix::unistd::fork() }) {
        Ok(nix::unistd::ForkResult::Child) => {
            after_fork_child();
            Ok(Value::Int(0))
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => Ok(Value::Int(child.as_raw() as i64)),
        Err(e) => Err(os_error(vm, e)),
    }
}

/// `waitpid(pid, block)`: the exit code (`-signal` if killed), or `None`
/// while the child runs (non-blocking).
fn waitpid(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let pid = Pid::from_raw(int(vm, args, 0)? as i32);
    let block = match args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let flags = if block {
        None
    } else {
        Some(WaitPidFlag::WNOHANG)
    };
    let status = crate::gil::without(|| {
        loop {
            match nix::sys::wait::waitpid(pid, flags) {
                Err(nix::errno::Errno::EINTR) => continue,
                other => break other,
            }
        }
    });
    match status {
        Ok(WaitStatus::Exited(_, code)) => Ok(Value::Int(code as i64)),
        Ok(WaitStatus::Signaled(_, sig, _)) => Ok(Value::Int(-(sig as i64))),
        Ok(_) => Ok(Value::None),
        Err(nix::errno::Errno::ECHILD) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e)),
    }
}

fn pair(a: RawFd, b: RawFd) -> Value {
    Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64)])
}

fn pipe(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, w) = nix::unistd::pipe().map_err(|e| os_error(vm, e))?;
    Ok(pair(r.into_raw_fd(), w.into_raw_fd()))
}

fn socketpair(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use nix::sys::socket::{AddressFamily, SockFlag, SockType};
    let (a, b) = nix::sys::socket::socketpair(
        AddressFamily::Unix,
        SockType::Stream,
        None,
        SockFlag::empty(),
    )
    .map_err(|e| os_error(vm, e))?;
    Ok(pair(a.into_raw_fd(), b.into_raw_fd()))
}

/// Borrows a raw fd as a `File` without closing it afterwards.
fn with_file<T>(fd: RawFd, f: impl FnOnce(&mut std::fs::File) -> T) -> T {
    // SAFETY: `fd` is an open descriptor owned by the Python-level
    // connection object; the `File` is never dropped (`into_raw_fd` gives
    // the descriptor back), so it is not closed here.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let result = f(&mut file);
    let _ = file.into_raw_fd();
    result
}

/// Writes `len(u64 LE) + bytes`, without the GIL.
fn write_message(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::io::Write;
    let fd = fd_arg(vm, args)?;
    let data = match args.get(1) {
        Some(Value::Bytes(b)) => b.data.borrow().clone(),
        _ => return Err(vm.type_error("write_message() takes bytes")),
    };
    let mut message = (data.len() as u64).to_le_bytes().to_vec();
    message.extend_from_slice(&data);
    let result = crate::gil::without(|| with_file(fd, |f| f.write_all(&message)));
    result.map_err(|e| crate::builtins::modules::os_io_error(vm, &e))?;
    Ok(Value::None)
}

/// Reads one message written by `write_message`; `EOFError` when the
/// other end is closed.
fn read_message(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::io::Read;
    let fd = fd_arg(vm, args)?;
    let result = crate::gil::without(|| {
        with_file(fd, |f| -> std::io::Result<Option<Vec<u8>>> {
            let mut len = [0u8; 8];
            match f.read_exact(&mut len) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
                Err(e) => return Err(e),
            }
            let mut data = vec![0u8; u64::from_le_bytes(len) as usize];
            match f.read_exact(&mut data) {
                Ok(()) => Ok(Some(data)),
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
                Err(e) => Err(e),
            }
        })
    });
    match result {
        Ok(Some(data)) => Ok(Value::Bytes(Arc::new(PyBytes::new(data, false)))),
        Ok(None) => Err(vm.error_empty("EOFError")),
        Err(e) => Err(crate::builtins::modules::os_io_error(vm, &e)),
    }
}

/// Whether `fd` has data (or EOF) within `timeout` seconds (`None`: wait).
fn poll(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use nix::poll::{PollFd, PollFlags, PollTimeout};
    use std::os::fd::BorrowedFd;
    let fd = fd_arg(vm, args)?;
    let timeout = match args.get(1) {
        None | Some(Value::None) => PollTimeout::NONE,
        Some(v) => {
            let ms = (vm.to_f64(v)? * 1000.0).clamp(0.0, i32::MAX as f64) as i32;
            PollTimeout::try_from(ms).unwrap_or(PollTimeout::MAX)
        }
    };
    let ready = crate::gil::without(|| {
        // SAFETY: `fd` stays open for the duration of the call (it belongs
        // to the connection object the caller holds).
        let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
        let mut fds = [PollFd::new(borrowed, PollFlags::POLLIN)];
        loop {
            match nix::poll::poll(&mut fds, timeout) {
                Err(nix::errno::Errno::EINTR) => continue,
                other => break other.map(|n| n > 0),
            }
        }
    });
    ready.map(Value::Bool).map_err(|e| os_error(vm, e))
}

fn close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(vm, args)?;
    let _ = nix::unistd::close(fd);
    Ok(Value::None)
}

// ---------------------------------------------------------------- shared memory

/// Atomic integers in memory shared with every process forked later.
struct SharedMemory {
    slots: *const AtomicI64,
    len: usize,
}

// SAFETY: the mapping is never unmapped (it lives until the process
// exits), and it is only ever used through the `AtomicI64`s it holds, which
// are safe to share between threads (and processes).
unsafe impl Send for SharedMemory {}
// SAFETY: as above.
unsafe impl Sync for SharedMemory {}

fn shm_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use nix::sys::mman::{MapFlags, ProtFlags};
    let n = int(vm, args, 0)?.max(1) as usize;
    let bytes = NonZeroUsize::new(n * 8).expect("at least one slot");
    // SAFETY: a fresh anonymous mapping aliases nothing; it is zero-filled,
    // which is a valid `AtomicI64` for every slot, and 8-byte aligned
    // (page aligned).
    let ptr = unsafe {
        nix::sys::mman::mmap_anonymous(
            None,
            bytes,
            ProtFlags::PROT_READ | ProtFlags::PROT_WRITE,
            MapFlags::MAP_SHARED,
        )
    }
    .map_err(|e| os_error(vm, e))?;
    let memory = SharedMemory {
        slots: ptr.as_ptr() as *const AtomicI64,
        len: n,
    };
    let cls = crate::types::builtin_class(
        "SharedMemory",
        BuiltinKind::Native,
        Some(&vm.interp.types.object),
    );
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(memory)),
    ))))
}

fn slot<'a>(vm: &mut Vm, args: &'a [Value]) -> PyResult<&'a AtomicI64> {
    let index = int(vm, args, 1)?;
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(vm.type_error("expected shared memory"));
    };
    let Some(memory) = inst.native::<SharedMemory>() else {
        return Err(vm.type_error("expected shared memory"));
    };
    if index < 0 || index as usize >= memory.len {
        return Err(vm.index_error("shared memory index out of range"));
    }
    // SAFETY: `index` is within the mapping (checked above), the mapping
    // outlives the `&PyInstance` this borrow is tied to, and the slot is an
    // initialised `AtomicI64`.
    Ok(unsafe { &*memory.slots.add(index as usize) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_memory_is_shared_with_a_forked_child() {
        crate::gil::ensure_held();
        let interp = crate::Interpreter::new();
        let mut vm = Vm::new(interp);
        let shm = shm_new(&mut vm, &[Value::Int(2)], &[]).unwrap();
        let child = fork(&mut vm, &[], &[]).unwrap();
        if let Value::Int(0) = child {
            let args = [shm.clone(), Value::Int(1)];
            slot(&mut vm, &args).unwrap().store(42, Ordering::SeqCst);
            std::process::exit(7);
        }
        let code = waitpid(&mut vm, &[child, Value::Bool(true)], &[]).unwrap();
        assert!(matches!(code, Value::Int(7)));
        let args = [shm, Value::Int(1)];
        assert_eq!(slot(&mut vm, &args).unwrap().load(Ordering::SeqCst), 42);
    }
}
