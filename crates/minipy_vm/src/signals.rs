//! The eval breaker: one atomic word the eval loop polls on backward jumps.
//! Signal handlers (Ctrl-C) set bits here; the loop reacts at a safe point.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicU32, Ordering};

/// Bit set by the SIGINT handler.
pub const SIGINT_BIT: u32 = 1;

pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

#[inline]
pub fn pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

impl Vm {
    /// Acts on whatever the breaker asks for.
    pub fn handle_signals(&mut self) -> PyResult<()> {
        let bits = EVAL_BREAKER.swap(0, Ordering::Relaxed);
        if bits & SIGINT_BIT != 0 {
            return Err(self.error_empty("KeyboardInterrupt"));
        }
        Ok(())
    }
}
