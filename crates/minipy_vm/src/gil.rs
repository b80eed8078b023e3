//! The global interpreter lock.
//!
//! As in CPython, one thread at a time runs Python code and touches Python
//! objects: the one holding the GIL. That is what lets every object keep
//! its mutable state in a cheap, non-atomic [`crate::cell::PyCell`]. A
//! thread gives the GIL up around anything that blocks (sleeping, joining,
//! waiting for a lock) and every few milliseconds of bytecode, so that
//! other threads get their turn.
//!
//! The lock is a `Mutex<bool>` with a `Condvar` rather than a held mutex
//! guard: the GIL is taken in one function and given back in another, and
//! a forked child must be able to start from a clean lock.

use std::cell::Cell;
use std::sync::{Condvar, Mutex};

struct Gil {
    taken: Mutex<bool>,
    freed: Condvar,
}

static GIL: Gil = Gil {
    taken: Mutex::new(false),
    freed: Condvar::new(),
};

/// Whether this thread holds the GIL. A thread that ends while holding it
/// gives it back, so no other thread can wait for it forever.
struct HeldFlag(Cell<bool>);

impl Drop for HeldFlag {
    fn drop(&mut self) {
        if self.0.get() {
            self.0.set(false);
            unlock();
        }
    }
}

thread_local! {
    static HELD: HeldFlag = const { HeldFlag(Cell::new(false)) };
}

fn unlock() {
    *GIL.taken.lock().unwrap_or_else(|e| e.into_inner()) = false;
    GIL.freed.notify_one();
}

/// Waits for the GIL and takes it.
pub fn acquire() {
    assert!(!held(), "a thread took the GIL twice");
    let mut taken = GIL.taken.lock().unwrap_or_else(|e| e.into_inner());
    while *taken {
        taken = GIL.freed.wait(taken).unwrap_or_else(|e| e.into_inner());
    }
    *taken = true;
    HELD.with(|h| h.0.set(true));
}

/// Gives the GIL back.
pub fn release() {
    assert!(held(), "a thread released a GIL it does not hold");
    HELD.with(|h| h.0.set(false));
    unlock();
}

/// Does this thread hold the GIL?
#[inline]
pub fn held() -> bool {
    HELD.with(|h| h.0.get())
}

/// Takes the GIL unless this thread already holds it.
pub fn ensure_held() {
    if !held() {
        acquire();
    }
}

/// Runs `work` (which must not touch Python objects) without the GIL, so
/// other threads can run meanwhile.
pub fn without<T>(work: impl FnOnce() -> T) -> T {
    release();
    let result = work();
    acquire();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_thread_that_ends_gives_the_gil_back() {
        std::thread::spawn(acquire).join().unwrap();
        std::thread::spawn(acquire).join().unwrap();
    }

    #[test]
    fn one_thread_at_a_time() {
        let inside = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let inside = inside.clone();
                std::thread::spawn(move || {
                    for _ in 0..200 {
                        acquire();
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0);
                        inside.fetch_sub(1, Ordering::SeqCst);
                        release();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
}
