//! `_thread`: OS threads running Python functions under the GIL, locks
//! that give the GIL up while they wait, and thread identities. The
//! `threading` module (frozen Python, in the driver) is built on these,
//! as CPython's is.

use crate::builtins::{add_function, add_method};
use crate::objects::*;
use crate::signals::SIGNAL_POLL;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Stack size of threads started from Python.
const THREAD_STACK: usize = 64 * 1024 * 1024;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
/// Threads started by `start_new_thread` that are still running.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// In a forked child, only the forking thread runs.
pub fn reset_after_fork() {
    RUNNING.store(0, Ordering::Relaxed);
}

/// This thread's identity (`threading.get_ident()`), given on first use.
pub fn ident() -> u64 {
    IDENT.with(|id| {
        if id.get() == 0 {
            // Large, like pthread ids, so they do not look like counters.
            id.set(139_000_000_000_000 + NEXT_IDENT.fetch_add(1, Ordering::Relaxed) * 4096);
        }
        id.get()
    })
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_thread", None);
    let d = &m.dict;
    add_function(d, "start_new_thread", start_new_thread);
    add_function(d, "get_ident", |_, _, _| Ok(Value::Int(ident() as i64)));
    add_function(d, "get_native_id", |_, _, _| {
        Ok(Value::Int(nix::unistd::gettid().as_raw() as i64))
    });
    add_function(d, "allocate_lock", |vm, _, _| Ok(new_lock(vm)));
    add_function(d, "_count", |_, _, _| {
        Ok(Value::Int(RUNNING.load(Ordering::Relaxed) as i64))
    });
    add_function(d, "_print_exception", print_exception);
    add_function(d, "_format_exception", |vm, a, _| {
        // An optional second argument limits the entries (the `traceback`
        // module's `limit`).
        let limit = match a.get(1) {
            Some(Value::None) | None => None,
            Some(v) => Some(vm.as_index(v)?),
        };
        let text = match a.first() {
            Some(exc) => vm.format_exception_limited(exc, limit),
            None => String::new(),
        };
        Ok(Value::string(text))
    });
    add_function(d, "daemon_threads_allowed", |_, _, _| Ok(Value::Bool(true)));
    let set = |k: &str, v: Value| d.set_str(Value::str(k), PyStr::new(k).hash(), v);
    set("TIMEOUT_MAX", Value::Float(9_223_372_036.0));
    set(
        "error",
        Value::Class(vm.interp.exception_class("RuntimeError")),
    );
    set("LockType", Value::Class(lock_class(vm)));
    add_function(d, "RLock", |vm, _, _| Ok(new_rlock(vm)));
    Ok(Value::Module(m))
}

fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(func), Some(targs)) = (args.first().cloned(), args.get(1)) else {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    };
    let Value::Tuple(targs) = targs else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let targs = targs.items().to_vec();
    let kwargs: Vec<(Arc<PyStr>, Value)> = match args.get(2) {
        Some(Value::Dict(d)) => d
            .table
            .borrow()
            .items()
            .into_iter()
            .filter_map(|(k, v)| match k {
                Value::Str(s) => Some((s, v)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let interp = vm.interp.clone();
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let ident = Arc::new(AtomicU64::new(0));
    let started = Arc::new((Mutex::new(false), Condvar::new()));
    let (ident_out, started_out) = (ident.clone(), started.clone());
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            crate::stack::record_stack_size(THREAD_STACK);
            ident_out.store(self::ident(), Ordering::Relaxed);
            {
                let (lock, cond) = &*started_out;
                *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
                cond.notify_all();
            }
            crate::gil::acquire();
            let mut vm = Vm::new(interp);
            if let Err(err) = vm.call(&func, targs, &kwargs)
                && !vm.is_error(&err, "SystemExit")
            {
                let text = vm.format_exception(&err.0);
                crate::io::flush_stdout();
                crate::io::write_stderr(&format!(
                    "Unhandled exception in thread started by {}\n{text}",
                    vm.repr_string(&func).unwrap_or_default()
                ));
            }
            drop((func, kwargs, vm));
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            crate::gil::release();
        });
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(vm.runtime_error(format!("can't start new thread: {e}")));
    }
    // Wait (without the GIL) until the thread knows its identity.
    crate::gil::without(|| {
        let (lock, cond) = &*started;
        let mut ready = lock.lock().unwrap_or_else(|e| e.into_inner());
        while !*ready {
            ready = cond.wait(ready).unwrap_or_else(|e| e.into_inner());
        }
    });
    Ok(Value::Int(ident.load(Ordering::Relaxed) as i64))
}

/// Prints an exception's traceback on stderr, for `threading.excepthook`.
fn print_exception(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(exc) = args.first() {
        let text = vm.format_exception(exc);
        crate::io::flush_stdout();
        crate::io::write_stderr(&text);
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- locks

/// A lock's state: held or not, plus the owner and depth for `RLock`.
#[derive(Default)]
struct LockState {
    held: bool,
    owner: u64,
    count: usize,
}

#[derive(Default)]
pub struct Lock {
    state: Mutex<LockState>,
    freed: Condvar,
    reentrant: bool,
}

/// How a wait for a lock ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Acquired {
    Taken,
    TimedOut,
    /// A signal arrived while the main thread waited: its handler must run
    /// (with the GIL) before the wait goes on.
    Interrupted,
}

impl Lock {
    /// Takes the lock, waiting up to `timeout` (forever if `None`) without
    /// the GIL. The main thread wakes every [`SIGNAL_POLL`] and gives up
    /// with `Interrupted` when a signal waits, so Ctrl-C reaches it.
    fn acquire(&self, blocking: bool, timeout: Option<Duration>) -> Acquired {
        let me = ident();
        let try_take = |s: &mut LockState| {
            if self.reentrant && s.held && s.owner == me {
                s.count += 1;
                return true;
            }
            if s.held {
                return false;
            }
            s.held = true;
            s.owner = me;
            s.count = 1;
            true
        };
        {
            let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if try_take(&mut s) {
                return Acquired::Taken;
            }
            if !blocking {
                return Acquired::TimedOut;
            }
        }
        let interruptible = crate::signals::is_main_thread();
        crate::gil::without(|| {
            let deadline = timeout.map(|t| Instant::now() + t);
            let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if try_take(&mut s) {
                    return Acquired::Taken;
                }
                if interruptible && crate::signals::signal_pending() {
                    return Acquired::Interrupted;
                }
                let now = Instant::now();
                let wait = match deadline {
                    Some(d) if now >= d => return Acquired::TimedOut,
                    Some(d) => Some(d - now),
                    None => None,
                };
                let wait = match (wait, interruptible) {
                    (Some(w), true) => Some(w.min(SIGNAL_POLL)),
                    (None, true) => Some(SIGNAL_POLL),
                    (w, false) => w,
                };
                s = match wait {
                    None => self.freed.wait(s).unwrap_or_else(|e| e.into_inner()),
                    Some(w) => {
                        self.freed
                            .wait_timeout(s, w)
                            .unwrap_or_else(|e| e.into_inner())
                            .0
                    }
                };
            }
        })
    }

    /// `acquire` that runs signal handlers when a wait is interrupted (a
    /// handler that raises, as Ctrl-C's does, ends the wait).
    fn acquire_handling_signals(
        &self,
        vm: &mut Vm,
        blocking: bool,
        timeout: Option<Duration>,
    ) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            match self.acquire(blocking, left) {
                Acquired::Taken => return Ok(true),
                Acquired::TimedOut => return Ok(false),
                Acquired::Interrupted => vm.handle_signals()?,
            }
        }
    }

    /// Gives the lock back; false if it was not held (by this thread, for
    /// an `RLock`).
    fn release(&self) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if !s.held || (self.reentrant && s.owner != ident()) {
            return false;
        }
        s.count -= 1;
        if s.count == 0 || !self.reentrant {
            s.held = false;
            s.count = 0;
            self.freed.notify_one();
        }
        true
    }
}

fn make_class(vm: &mut Vm, name: &'static str) -> Arc<PyClass> {
    let cls = crate::types::builtin_class(name, BuiltinKind::Native, Some(&vm.interp.types.object));
    cls.dict.set_str(
        Value::str("__module__"),
        PyStr::new("__module__").hash(),
        Value::str("_thread"),
    );
    let m = |n, f| add_method(&cls, "lock", n, f);
    m("acquire", acquire);
    m("acquire_lock", acquire);
    m("__enter__", acquire);
    m("release", release);
    m("release_lock", release);
    m("__exit__", release);
    m("locked", |vm, a, _| {
        let l = this(vm, a)?;
        Ok(Value::Bool(
            l.state.lock().unwrap_or_else(|e| e.into_inner()).held,
        ))
    });
    m("_is_owned", |vm, a, _| {
        let l = this(vm, a)?;
        let s = l.state.lock().unwrap_or_else(|e| e.into_inner());
        Ok(Value::Bool(s.held && s.owner == ident()))
    });
    m("__repr__", lock_repr);
    cls
}

/// The lock classes are made once and kept in the interpreter's hidden
/// builtins, so every `allocate_lock()` shares its type.
fn cached_class(vm: &mut Vm, key: &str, name: &'static str) -> Arc<PyClass> {
    let hash = PyStr::new(key).hash();
    if let Some(Value::Class(c)) = vm.interp.builtins.get_str(key, hash) {
        return c;
    }
    let cls = make_class(vm, name);
    vm.interp
        .builtins
        .set_str(Value::str(key), hash, Value::Class(cls.clone()));
    cls
}

fn lock_class(vm: &mut Vm) -> Arc<PyClass> {
    cached_class(vm, "__minipy_lock", "lock")
}

pub fn new_lock(vm: &mut Vm) -> Value {
    let cls = lock_class(vm);
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(Arc::new(Lock::default()))),
    )))
}

fn new_rlock(vm: &mut Vm) -> Value {
    let cls = cached_class(vm, "__minipy_rlock", "RLock");
    let lock = Lock {
        reentrant: true,
        ..Default::default()
    };
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(Arc::new(lock))),
    )))
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<Arc<Lock>> {
    match args.first() {
        Some(Value::Instance(inst)) => inst
            .native::<Arc<Lock>>()
            .cloned()
            .ok_or_else(|| vm.type_error("descriptor requires a lock object")),
        _ => Err(vm.type_error("descriptor requires a lock object")),
    }
}

fn acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = this(vm, args)?;
    // `__enter__` passes no arguments; `__exit__`-style extras are ignored.
    let get = |i: usize, name: &str| {
        args.get(i).cloned().or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == name)
                .map(|(_, v)| v.clone())
        })
    };
    let blocking = match get(1, "blocking") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let timeout = match get(2, "timeout") {
        Some(v) => vm.to_f64(&v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    let timeout = (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout));
    Ok(Value::Bool(
        lock.acquire_handling_signals(vm, blocking, timeout)?,
    ))
}

fn release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = this(vm, args)?;
    if !lock.release() {
        return Err(vm.runtime_error(if lock.reentrant {
            "cannot release un-acquired lock"
        } else {
            "release unlocked lock"
        }));
    }
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = this(vm, args)?;
    let s = lock.state.lock().unwrap_or_else(|e| e.into_inner());
    let state = if s.held { "locked" } else { "unlocked" };
    let address = args.first().map_or(0, |v| v.id());
    Ok(Value::string(if lock.reentrant {
        format!(
            "<unlocked _thread.RLock object owner={} count={} at {address:#x}>",
            s.owner * s.held as u64,
            s.count
        )
        .replacen("unlocked", state, 1)
    } else {
        format!("<{state} _thread.lock object at {address:#x}>")
    }))
}
