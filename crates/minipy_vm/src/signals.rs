//! The eval breaker: one atomic word the eval loop polls on backward jumps.
//! Signal handlers (Ctrl-C) set bits here; the loop reacts at a safe point.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicU32, Ordering};

/// Bit set by the SIGINT handler.
pub const SIGINT_BIT: u32 = 1;
/// Bit set by a thread that has waited a switch interval for the GIL.
pub const GIL_DROP_BIT: u32 = 2;

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

#[inline]
pub fn pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

impl Vm {
    /// Acts on whatever the breaker asks for.
    pub fn handle_signals(&mut self) -> PyResult<()> {
        let bits = EVAL_BREAKER.load(Ordering::Relaxed);
        if bits & GIL_DROP_BIT != 0 {
            crate::gil::yield_to_waiter();
        }
        if bits & SIGINT_BIT != 0 && is_main_thread() {
            EVAL_BREAKER.fetch_and(!SIGINT_BIT, Ordering::Relaxed);
            return Err(self.error_empty("KeyboardInterrupt"));
        }
        Ok(())
    }
}
