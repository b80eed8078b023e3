//! A guard against running out of native (Rust) stack.
//!
//! Python-to-Python calls never grow the Rust stack, but some operations
//! recurse natively: a `__repr__` calling `repr`, comparing or hashing
//! nested tuples, a builtin calling back into Python. The recursion limit
//! catches most of these; this guard catches the rest, raising
//! `RecursionError` instead of letting the process die of a stack
//! overflow. Each thread that runs Python records its stack size on entry.

use std::cell::Cell;

thread_local! {
    /// Addresses below this are too close to the end of the stack.
    static LOWEST_SAFE: Cell<usize> = const { Cell::new(0) };
}

/// Kept free below the guard for the work done between two checks.
const MARGIN: usize = 1024 * 1024;

/// The address of a local variable: where the stack is now. Stacks grow
/// downwards on every platform minipy supports.
#[inline(always)]
fn here() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Records that the current thread's stack is `size` bytes, measured from
/// about here.
pub fn record_stack_size(size: usize) {
    let lowest = here().saturating_sub(size) + MARGIN.min(size / 2);
    LOWEST_SAFE.with(|l| l.set(lowest));
}

/// True when the current thread is close to the end of its stack. Threads
/// that never recorded their size are never reported exhausted.
#[inline]
pub fn exhausted() -> bool {
    let lowest = LOWEST_SAFE.with(Cell::get);
    lowest != 0 && here() < lowest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_until_exhausted(n: usize) -> usize {
        if exhausted() {
            return n;
        }
        let pad = std::hint::black_box([0u8; 256]);
        depth_until_exhausted(n + 1) + pad[0] as usize
    }

    #[test]
    fn deep_native_recursion_is_caught_before_overflow() {
        let depth = std::thread::Builder::new()
            .stack_size(4 * 1024 * 1024)
            .spawn(|| {
                record_stack_size(4 * 1024 * 1024);
                depth_until_exhausted(0)
            })
            .unwrap()
            .join()
            .unwrap();
        assert!(depth > 100, "stopped after {depth} frames");
    }

    #[test]
    fn threads_without_a_record_are_not_checked() {
        let reported = std::thread::spawn(exhausted).join().unwrap();
        assert!(!reported);
    }
}
