//! Size checks before a big allocation, so that a request the machine
//! cannot satisfy (`bytes(2**62)`, `[0] * 2**62`, `"a".ljust(2**62)`) is a
//! `MemoryError`, as CPython's failed `malloc` gives, instead of Rust
//! aborting the process.

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
            // Ask for the block once (and give it back): the real
            // allocation that follows is then expected to succeed.
            Some(b) if Vec::<u8>::new().try_reserve_exact(b).is_ok() => Ok(()),
            _ => Err(self.error("MemoryError", "")),
        }
    }
}
