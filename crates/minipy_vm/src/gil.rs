//! The global interpreter lock.
//!
//! As in CPython, one thread at a time runs Python code and touches Python
//! objects: the one holding the GIL. That is what lets every object keep
//! its mutable state in a cheap, non-atomic [`crate::cell::PyCell`]. A
//! thread gives the GIL up around anything that blocks (sleeping, joining,
//! waiting for a lock or a queue) and, when another thread has waited a
//! whole switch interval (5 ms by default), at the next safe point of the
//! eval loop: the waiter sets a bit in the eval breaker, and the holder
//! hands over and waits until the other thread has really taken the lock
//! (CPython's "forced switching"), so that no thread starves.
//!
//! The lock is a `Mutex` holding the state plus condition variables, not a
//! held mutex guard: the GIL is taken in one function and given back in
//! another, and a forked child must be able to start from a clean lock.

use crate::signals::{EVAL_BREAKER, GIL_DROP_BIT};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

struct State {
    taken: bool,
    /// How many times the GIL changed hands.
    switches: u64,
}

static STATE: Mutex<State> = Mutex::new(State {
    taken: false,
    switches: 0,
});
/// Signalled when the GIL is given back.
static FREED: Condvar = Condvar::new();
/// Signalled when a thread takes the GIL.
static TAKEN: Condvar = Condvar::new();

/// `sys.getswitchinterval()`, in microseconds.
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5_000);

/// Whether this thread holds the GIL. A thread that ends while holding it
/// gives it back, so no other thread can wait for it forever.
struct HeldFlag(Cell<bool>);

impl Drop for HeldFlag {
    fn drop(&mut self) {
        if self.0.get() {
            self.0.set(false);
            unlock(&mut lock_state());
        }
    }
}

thread_local! {
    static HELD: HeldFlag = const { HeldFlag(Cell::new(false)) };
}

fn lock_state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

fn unlock(state: &mut State) {
    state.taken = false;
    FREED.notify_one();
}

/// How long a thread waits for the GIL before it asks the holder to let go
/// (at least a microsecond, so that a waiter never spins).
pub fn switch_interval() -> Duration {
    Duration::from_micros(switch_interval_us().max(1))
}

/// The interval as `sys.setswitchinterval` stored it, in whole
/// microseconds (CPython truncates the same way, so 1e-7 reads back 0.0).
pub fn switch_interval_us() -> u64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed)
}

pub fn set_switch_interval_us(us: u64) {
    SWITCH_INTERVAL_US.store(us, Ordering::Relaxed);
}

/// Waits for the GIL and takes it. A thread that waits a whole switch
/// interval without the GIL changing hands asks the holder to drop it.
pub fn acquire() {
    assert!(!held(), "a thread took the GIL twice");
    let mut state = lock_state();
    while state.taken {
        let seen = state.switches;
        let (next, timeout) = FREED
            .wait_timeout(state, switch_interval())
            .unwrap_or_else(|e| e.into_inner());
        state = next;
        if timeout.timed_out() && state.taken && state.switches == seen {
            EVAL_BREAKER.fetch_or(GIL_DROP_BIT, Ordering::Relaxed);
        }
    }
    state.taken = true;
    state.switches += 1;
    TAKEN.notify_all();
    drop(state);
    HELD.with(|h| h.0.set(true));
}

/// Gives the GIL back.
pub fn release() {
    assert!(held(), "a thread released a GIL it does not hold");
    HELD.with(|h| h.0.set(false));
    unlock(&mut lock_state());
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

/// Hands the GIL to a waiting thread and takes it back afterwards (the
/// eval loop calls this when the drop bit is set).
pub fn yield_to_waiter() {
    EVAL_BREAKER.fetch_and(!GIL_DROP_BIT, Ordering::Relaxed);
    let mut state = lock_state();
    let before = state.switches;
    HELD.with(|h| h.0.set(false));
    unlock(&mut state);
    // Wait until someone else has taken it, so this thread does not grab
    // it straight back; give up after an interval in case the waiter left.
    let (state, _) = TAKEN
        .wait_timeout_while(state, switch_interval(), |s| s.switches == before)
        .unwrap_or_else(|e| e.into_inner());
    drop(state);
    acquire();
}

/// In a forked child only the forking thread exists, and it held the GIL:
/// reset the state so that the child's own threads can use it.
/// Runs `fork` while holding the mutex of the GIL's state, and lets go of
/// it in both processes afterwards: another thread that was taking or
/// giving back the GIL at that moment would otherwise leave the child a
/// mutex locked forever (the prepare and parent/child steps of
/// `pthread_atfork`).
pub fn across_fork<T>(fork: impl FnOnce() -> T) -> T {
    let state = lock_state();
    let forked = fork();
    drop(state);
    forked
}

pub fn reset_after_fork() {
    // The mutex may have been held by a thread that no longer exists in
    // the child; `try_lock` failing means exactly that, and the poisoned or
    // busy state is replaced by a clean one through `into_inner`.
    let mut state = match STATE.try_lock() {
        Ok(s) => s,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return,
    };
    state.taken = true;
    HELD.with(|h| h.0.set(true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

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

    #[test]
    fn a_busy_holder_is_asked_to_switch() {
        let t = std::thread::spawn(|| {
            acquire();
            // Spin like the eval loop, yielding when asked.
            let start = std::time::Instant::now();
            let mut yielded = false;
            while start.elapsed() < Duration::from_secs(2) && !yielded {
                if EVAL_BREAKER.load(Ordering::Relaxed) & GIL_DROP_BIT != 0 {
                    yield_to_waiter();
                    yielded = true;
                }
            }
            release();
            yielded
        });
        std::thread::sleep(Duration::from_millis(20));
        acquire();
        release();
        assert!(t.join().unwrap());
    }
}
