//! Stage 5 of the pipeline: the virtual machine.
//!
//! It runs the code objects the compiler makes. [`value::Value`] is every
//! Python value; [`objects`] are the heap objects; [`eval`] is the eval
//! loop; [`ops`] are the operations it performs (attribute access,
//! arithmetic, comparison, iteration...); [`builtins`] are the builtin
//! functions, types and modules. The VM never sees source text: importing
//! a `.py` file and showing source lines in tracebacks go through hooks the
//! driver installs on the [`Interpreter`].

pub mod builtins;
pub mod cell;
mod code_info;
mod eval;
mod eval_call;
pub mod frame;
mod frame_stack;
pub mod gil;
pub mod interp;
pub mod io;
pub mod loader;
pub mod objects;
pub mod ops;
pub mod os_signals;
pub mod quicken;
pub mod signals;
pub mod stack;
mod traceback;
pub mod trashcan;
mod types;
pub mod value;
mod value_clone;
pub mod value_stack;
pub mod vm;

pub use interp::Interpreter;
pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};

use minipy_bytecode::CodeObject;
use std::sync::Arc;

/// The highest recursion limit `sys.setrecursionlimit` accepts. Python
/// calls use no Rust stack, so the limit only needs to protect the native
/// re-entries, which also check the stack itself.
pub const MAX_RECURSION_LIMIT: usize = 1_000_000;

/// Runs a program as `__main__` and returns the process exit status: 0,
/// the `SystemExit` code, or 1 after printing an uncaught exception. A
/// negative status `-n` asks the caller to end by signal `n`
/// ([`os_signals::die_of`]), as CPython does after an uncaught
/// KeyboardInterrupt.
pub fn run_main(interp: &Arc<Interpreter>, code: &CodeObject) -> i32 {
    gil::ensure_held();
    signals::set_main_thread();
    builtins::modules::signal::install_default_handlers();
    let mut vm = Vm::new(interp.clone());
    let main = vm.new_module("__main__", Some(&code.filename));
    interp.modules.set_str(
        Value::str("__main__"),
        objects::PyStr::new("__main__").hash(),
        Value::Module(main.clone()),
    );
    // In `__main__`, as in CPython, `__builtins__` is the module, not its dict.
    if let Ok(builtins) = vm.import_module("builtins") {
        let hash = objects::PyStr::new("__builtins__").hash();
        main.dict
            .set_str(Value::str("__builtins__"), hash, builtins);
    }
    let code = loader::load_code(&mut vm, code);
    let result = vm.run_code(code, main.dict.clone(), Value::Dict(main.dict.clone()));
    let interrupted = matches!(&result, Err(err) if vm.is_error(err, "KeyboardInterrupt"));
    let mut status = match result {
        Ok(_) => 0,
        Err(err) => vm.report_uncaught(&err),
    };
    // As CPython at exit: wait for the non-daemon threads, then run the
    // `atexit` functions (multiprocessing registers its clean-up there).
    for (module, function) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
        if let Some(m) = interp
            .modules
            .get_str(module, objects::PyStr::new(module).hash())
            && let Ok(f) = vm.get_attr_str(&m, function)
            && let Err(err) = vm.call(&f, vec![], &[])
        {
            status = vm.report_uncaught(&err);
        }
    }
    io::flush_stdout();
    if interrupted {
        -os_signals::SIGINT
    } else {
        status
    }
}

impl Vm {
    /// Handles an exception that reached the top: `SystemExit` gives its
    /// status; anything else prints its traceback and gives 1.
    pub fn report_uncaught(&mut self, err: &PyErr) -> i32 {
        if self.is_error(err, "SystemExit") {
            // `SystemExit.code`: None, the one argument, or all of them.
            let args = self.exception_args(&err.0);
            let code = match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let text = self.str_string(&other).unwrap_or_default();
                    io::flush_stdout();
                    io::write_stderr(&format!("{text}\n"));
                    1
                }
            };
        }
        let text = self.format_exception(&err.0);
        io::flush_stdout();
        io::write_stderr(&text);
        1
    }
}
