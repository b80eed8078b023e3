//! Installing signal dispositions with the OS: the C-level handler that
//! only records a signal (the eval loop runs the Python handler later),
//! ignoring, restoring the default, and dying of a signal the way CPython
//! ends after an uncaught KeyboardInterrupt.
//!
//! One of the few modules allowed `unsafe`: `sigaction` has no safe form.

#![allow(unsafe_code)]

use crate::signals::NSIG;
use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal};
use std::sync::atomic::{AtomicBool, Ordering};

pub const SIGINT: i32 = 2;

/// What the OS does when a signal arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// Record it for the eval loop (a Python handler is installed).
    Record,
    Ignore,
    Default,
}

/// Which signals have the recording handler installed.
static RECORDED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// Whether `signum` is recorded for a Python handler.
pub fn is_recorded(signum: i32) -> bool {
    usize::try_from(signum)
        .ok()
        .and_then(|i| RECORDED.get(i))
        .is_some_and(|r| r.load(Ordering::SeqCst))
}

extern "C" fn record_signal(signum: nix::libc::c_int) {
    crate::signals::trip(signum);
}

/// Sets how `signum` is handled; false if the OS refuses (SIGKILL,
/// SIGSTOP, or a number that is not a signal).
pub fn set_disposition(signum: i32, disposition: Disposition) -> bool {
    let Ok(signal) = Signal::try_from(signum) else {
        return false;
    };
    let handler = match disposition {
        Disposition::Record => SigHandler::Handler(record_signal),
        Disposition::Ignore => SigHandler::SigIgn,
        Disposition::Default => SigHandler::SigDfl,
    };
    // SA_RESTART keeps blocking system calls in other threads from failing
    // with EINTR; the main thread's waits poll for signals themselves.
    let action = SigAction::new(handler, SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: `record_signal` is async-signal-safe: it only stores to
    // atomics (`signals::trip`), it never allocates, locks or touches
    // Python objects.
    let installed = unsafe { nix::sys::signal::sigaction(signal, &action) }.is_ok();
    if installed && let Some(r) = RECORDED.get(signum as usize) {
        r.store(disposition == Disposition::Record, Ordering::SeqCst);
    }
    installed
}

/// Whether `signum` is ignored now (for example inherited as ignored, as
/// a shell does for the SIGINT of a background job).
pub fn is_ignored(signum: i32) -> bool {
    let mut old = std::mem::MaybeUninit::<nix::libc::sigaction>::zeroed();
    // SAFETY: a null new action only reads the current one into `old`,
    // which is a valid, zeroed `sigaction` the call fills in; nothing
    // changes for the process.
    let read = unsafe { nix::libc::sigaction(signum, std::ptr::null(), old.as_mut_ptr()) };
    // SAFETY: zeroed is a valid `sigaction`, and the call succeeded or
    // left it zeroed.
    read == 0 && unsafe { old.assume_init() }.sa_sigaction == nix::libc::SIG_IGN
}

/// Ends the process by `signum` with its default action, so the parent
/// sees "killed by signal" (CPython does this after an uncaught
/// KeyboardInterrupt: the shell then shows status 130).
pub fn die_of(signum: i32) -> ! {
    if set_disposition(signum, Disposition::Default)
        && let Ok(signal) = Signal::try_from(signum)
    {
        let _ = nix::sys::signal::raise(signal);
    }
    std::process::exit(128 + signum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_signal_trips_the_eval_breaker() {
        assert!(set_disposition(nix::libc::SIGUSR1, Disposition::Record));
        nix::sys::signal::raise(Signal::SIGUSR1).unwrap();
        assert!(crate::signals::signal_pending());
        assert!(set_disposition(nix::libc::SIGUSR1, Disposition::Default));
        assert!(!set_disposition(nix::libc::SIGKILL, Disposition::Ignore));
        assert!(set_disposition(nix::libc::SIGUSR2, Disposition::Ignore));
        assert!(is_ignored(nix::libc::SIGUSR2));
        assert!(set_disposition(nix::libc::SIGUSR2, Disposition::Default));
        assert!(!is_ignored(nix::libc::SIGUSR2));
    }
}
