//! The eval breaker: one atomic word the eval loop polls on backward jumps
//! and calls. Signal handlers set bits here; the loop reacts at a safe
//! point, where Python handlers may run (in the main thread, as CPython).

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// Bit set by the C-level handler when any signal arrived.
pub const SIGNAL_BIT: u32 = 1;
/// Bit set by a thread that has waited a switch interval for the GIL.
pub const GIL_DROP_BIT: u32 = 2;

/// Signal numbers go up to this (Linux: 64 real-time signals included).
pub const NSIG: usize = 65;

thread_local! {
    /// Signals are handled only by the main thread, as in CPython.
    static IS_MAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the calling thread as the one that handles signals.
pub fn set_main_thread() {
    IS_MAIN.with(|m| m.set(true));
}

pub fn is_main_thread() -> bool {
    IS_MAIN.with(|m| m.get())
}

pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// Which signals arrived and still wait for their Python handler.
static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

#[inline]
pub fn pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

/// Whether a signal waits to be handled (what blocking waits in the main
/// thread check, so that Ctrl-C interrupts them).
pub fn signal_pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) & SIGNAL_BIT != 0
}

/// Records that `signum` arrived. Only touches atomics, so it is safe to
/// call from a signal handler.
pub fn trip(signum: i32) {
    if let Some(flag) = usize::try_from(signum).ok().and_then(|i| TRIPPED.get(i)) {
        flag.store(true, Ordering::SeqCst);
        EVAL_BREAKER.fetch_or(SIGNAL_BIT, Ordering::SeqCst);
    }
}

/// How often a blocking wait in the main thread looks for signals.
pub const SIGNAL_POLL: Duration = Duration::from_millis(10);

/// Whether `signum` arrived and its handler has not run yet.
pub fn is_tripped(signum: i32) -> bool {
    usize::try_from(signum)
        .ok()
        .and_then(|i| TRIPPED.get(i))
        .is_some_and(|t| t.load(Ordering::SeqCst))
}

/// After sending ourselves a recorded signal, waits (briefly) until the
/// OS has run the recording handler. The interpreter runs in a spawned
/// thread, so the kernel may deliver the signal to another thread a moment
/// after `kill` returns; CPython's `os.kill` handles it before returning.
pub fn await_own_signal(signum: i32) {
    if !crate::os_signals::is_recorded(signum) {
        return;
    }
    let deadline = Instant::now() + Duration::from_millis(100);
    while !is_tripped(signum) && Instant::now() < deadline {
        std::thread::yield_now();
    }
}

impl Vm {
    /// Runs the handlers of signals that arrived, if this is the main
    /// thread (what CPython's `PyErr_CheckSignals` does after `os.kill`).
    pub fn check_signals(&mut self) -> PyResult<()> {
        if pending() {
            self.handle_signals()
        } else {
            Ok(())
        }
    }

    /// Sleeps with the GIL released. The main thread wakes every
    /// [`SIGNAL_POLL`] to run signal handlers; as in PEP 475 it then sleeps
    /// on unless a handler raised (Ctrl-C's KeyboardInterrupt).
    pub fn sleep_interruptibly(&mut self, duration: Duration) -> PyResult<()> {
        if !is_main_thread() {
            crate::gil::without(|| std::thread::sleep(duration));
            return self.check_signals();
        }
        let deadline = Instant::now() + duration;
        loop {
            let now = Instant::now();
            if now >= deadline {
                return self.check_signals();
            }
            let slice = (deadline - now).min(SIGNAL_POLL);
            crate::gil::without(|| std::thread::sleep(slice));
            if signal_pending() {
                self.handle_signals()?;
            }
        }
    }

    /// Acts on whatever the breaker asks for.
    pub fn handle_signals(&mut self) -> PyResult<()> {
        let bits = EVAL_BREAKER.load(Ordering::Relaxed);
        if bits & GIL_DROP_BIT != 0 {
            crate::gil::yield_to_waiter();
        }
        if bits & SIGNAL_BIT != 0 && is_main_thread() {
            EVAL_BREAKER.fetch_and(!SIGNAL_BIT, Ordering::SeqCst);
            for signum in 1..NSIG {
                if TRIPPED[signum].swap(false, Ordering::SeqCst) {
                    self.run_signal_handler(signum as i32)?;
                }
            }
        }
        Ok(())
    }

    /// Calls the Python handler of `signum` (`default_int_handler` raises
    /// KeyboardInterrupt).
    fn run_signal_handler(&mut self, signum: i32) -> PyResult<()> {
        let handler = self.interp.signal_handlers.borrow().get(&signum).cloned();
        match handler {
            Some(
                h @ (Value::Function(_)
                | Value::Builtin(_)
                | Value::BoundMethod(_)
                | Value::Instance(_)
                | Value::Class(_)),
            ) => {
                let frame = self.current_frame_object();
                self.call(&h, vec![Value::Int(signum as i64), frame], &[])?;
                Ok(())
            }
            _ if signum == crate::os_signals::SIGINT => Err(self.error_empty("KeyboardInterrupt")),
            _ => Ok(()),
        }
    }
}
