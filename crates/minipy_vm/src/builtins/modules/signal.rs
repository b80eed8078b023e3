//! `_signal`: Python-level signal handlers. The OS-level handler only
//! records that a signal came (`os_signals`); the main thread's eval loop
//! then calls the Python handler at a safe point (`signals`).

use crate::builtins::add_function;
use crate::objects::PyStr;
use crate::os_signals::{Disposition, SIGINT, set_disposition};
use crate::signals::NSIG;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub const SIG_DFL: i64 = 0;
pub const SIG_IGN: i64 = 1;

/// Linux's signal numbers and names.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_signal", None);
    let d = &m.dict;
    let set = |name: &str, v: Value| d.set_str(Value::str(name), PyStr::new(name).hash(), v);
    for &(name, num) in SIGNALS {
        set(name, Value::Int(num as i64));
    }
    set("SIG_DFL", Value::Int(SIG_DFL));
    set("SIG_IGN", Value::Int(SIG_IGN));
    set("NSIG", Value::Int(NSIG as i64));
    add_function(d, "default_int_handler", |vm, _, _| {
        Err(vm.error_empty("KeyboardInterrupt"))
    });
    add_function(d, "signal", signal);
    add_function(d, "getsignal", getsignal);
    add_function(d, "raise_signal", raise_signal);
    add_function(d, "strsignal", strsignal);
    add_function(d, "alarm", alarm);
    add_function(d, "pause", pause);
    add_function(d, "valid_signals", |_, _, _| {
        let valid = (1..NSIG as i64)
            .filter(|&n| n != 32 && n != 33)
            .map(Value::Int)
            .collect();
        Ok(Value::list(valid))
    });
    Ok(Value::Module(m))
}

/// Which signals were ignored when the program started.
static IGNORED_AT_START: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// Installs the Ctrl-C handler a program starts with, as CPython does:
/// SIGINT raises KeyboardInterrupt in the main thread, unless the program
/// inherited SIGINT ignored (a background job), which then stays ignored.
pub fn install_default_handlers() {
    for (signum, flag) in IGNORED_AT_START.iter().enumerate().skip(1) {
        flag.store(
            crate::os_signals::is_ignored(signum as i32),
            Ordering::Relaxed,
        );
    }
    if !IGNORED_AT_START[SIGINT as usize].load(Ordering::Relaxed) {
        set_disposition(SIGINT, Disposition::Record);
    }
}

fn signal_number(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    let n = match v {
        Some(v) => vm.as_index(v)?,
        None => return Err(vm.type_error("signal number is required")),
    };
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// The handler `getsignal` reports when none was set from Python.
/// The handler `getsignal` reports before `signal` set one.
fn initial_handler(vm: &mut Vm, signum: i32) -> PyResult<Value> {
    if IGNORED_AT_START[signum as usize].load(Ordering::Relaxed) {
        return Ok(Value::Int(SIG_IGN));
    }
    if signum == SIGINT {
        let module = vm.import_module("_signal")?;
        return vm.get_attr_str(&module, "default_int_handler");
    }
    Ok(Value::Int(SIG_DFL))
}

fn getsignal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let signum = signal_number(vm, args.first())?;
    let current = vm.interp.signal_handlers.borrow().get(&signum).cloned();
    match current {
        Some(h) => Ok(h),
        None => initial_handler(vm, signum),
    }
}

/// `signal(signalnum, handler)`: sets the handler, returns the old one.
fn signal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let signum = signal_number(vm, args.first())?;
    let handler = match args.get(1) {
        // `signal.SIG_IGN` is a `Handlers` member: an int subclass.
        Some(Value::Instance(inst)) => inst.builtin_value().unwrap_or(Value::None),
        Some(h) => h.clone(),
        None => Value::None,
    };
    if !crate::signals::is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let disposition = match &handler {
        Value::Int(SIG_DFL) => Disposition::Default,
        Value::Int(SIG_IGN) => Disposition::Ignore,
        h if vm.is_callable(h) => Disposition::Record,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ));
        }
    };
    let old = getsignal(vm, &args[..1], &[])?;
    if !set_disposition(signum, disposition) {
        return Err(crate::builtins::modules::os_io_error(
            vm,
            &std::io::Error::from_raw_os_error(22),
        ));
    }
    vm.interp
        .signal_handlers
        .borrow_mut()
        .insert(signum, handler);
    Ok(old)
}

/// Sends a signal to this process and runs its Python handler at once.
fn raise_signal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let signum = signal_number(vm, args.first())?;
    let signal = nix::sys::signal::Signal::try_from(signum)
        .map_err(|_| vm.value_error("signal number out of range"))?;
    nix::sys::signal::raise(signal).map_err(|e| {
        crate::builtins::modules::os_io_error(vm, &std::io::Error::from_raw_os_error(e as i32))
    })?;
    vm.check_signals()?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let signum = signal_number(vm, args.first())?;
    let text = match signum {
        1 => "Hangup",
        2 => "Interrupt",
        3 => "Quit",
        4 => "Illegal instruction",
        5 => "Trace/breakpoint trap",
        6 => "Aborted",
        7 => "Bus error",
        8 => "Floating point exception",
        9 => "Killed",
        10 => "User defined signal 1",
        11 => "Segmentation fault",
        12 => "User defined signal 2",
        13 => "Broken pipe",
        14 => "Alarm clock",
        15 => "Terminated",
        17 => "Child exited",
        18 => "Continued",
        19 => "Stopped (signal)",
        20 => "Stopped",
        _ => return Ok(Value::None),
    };
    Ok(Value::str(text))
}

/// `alarm(seconds)`: SIGALRM after that many seconds; the seconds left on
/// the previous alarm.
fn alarm(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = match args.first() {
        Some(v) => vm.as_index(v)?,
        None => return Err(vm.type_error("alarm() takes exactly one argument (0 given)")),
    };
    let previous = if secs <= 0 {
        nix::unistd::alarm::cancel()
    } else {
        nix::unistd::alarm::set(secs.min(u32::MAX as i64) as u32)
    };
    Ok(Value::Int(previous.unwrap_or(0) as i64))
}

/// Waits until a signal arrives and its handler has run.
fn pause(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    loop {
        crate::gil::without(|| std::thread::sleep(Duration::from_millis(5)));
        if crate::signals::signal_pending() {
            vm.handle_signals()?;
            return Ok(Value::None);
        }
        if crate::signals::pending() {
            vm.handle_signals()?;
        }
    }
}
