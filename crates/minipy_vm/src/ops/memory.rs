//! Size checks before a big allocation, so that a request the machine
//! cannot satisfy (`bytes(2**62)`, `[0] * 2**62`, `"a".ljust(2**62)`) is a
//! `MemoryError`, as CPython's failed `malloc` gives, instead of Rust
//! aborting the process.
//!
//! Asking the allocator is not enough: jemalloc (the `minipy` binary's
//! allocator) maps memory with `MAP_NORESERVE` when the kernel
//! overcommits, so even a 5 TB request succeeds and the process is killed
//! later, while filling it. So a request is also refused when it is more
//! than the machine's RAM and swap together, the test the kernel's
//! default overcommit heuristic applies to glibc's `malloc` (which is what
//! CPython's `MemoryError` comes from).

use crate::vm::{PyResult, Vm};

/// Requests below this many bytes are not probed.
const SMALL: usize = 1 << 26;

impl Vm {
    /// Refuses to build `count` items of `item_size` bytes when the
    /// allocator cannot give that much memory.
    pub fn check_alloc(&self, count: usize, item_size: usize) -> PyResult<()> {
        let bytes = count
            .checked_mul(item_size.max(1))
            .filter(|&b| b <= isize::MAX as usize);
        match bytes {
            Some(b) if b < SMALL => Ok(()),
            Some(b) if b > memory_and_swap() => Err(self.error("MemoryError", "")),
            // Ask for the block once (and give it back): the real
            // allocation that follows is then expected to succeed.
            Some(b) if Vec::<u8>::new().try_reserve_exact(b).is_ok() => Ok(()),
            _ => Err(self.error("MemoryError", "")),
        }
    }
}

/// The machine's RAM and swap, in bytes (no limit if unknown).
fn memory_and_swap() -> usize {
    #[cfg(target_os = "linux")]
    if let Ok(info) = nix::sys::sysinfo::sysinfo() {
        let total = info.ram_total().saturating_add(info.swap_total());
        return usize::try_from(total).unwrap_or(usize::MAX);
    }
    usize::MAX
}
