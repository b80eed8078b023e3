//! Runs work on a thread with a large stack.
//!
//! Python-to-Python calls never recurse on the Rust stack, but the front end
//! walks trees recursively (bounded by the parser's depth limit) and builtins
//! that call back into Python recurse a little. A big stack is only address
//! space until it is touched, so reserving it costs nothing.

/// Stack size for the main interpreter thread.
pub const MAIN_STACK_SIZE: usize = 512 * 1024 * 1024;

pub fn with_big_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("minipy-main".into())
        .stack_size(MAIN_STACK_SIZE)
        .spawn(|| {
            minipy_vm::stack::record_stack_size(MAIN_STACK_SIZE);
            work()
        })
        .expect("failed to start the interpreter thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
