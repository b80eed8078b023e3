//! Modules written in Rust (`sys` and friends), created on first import.

mod math;
mod os;
mod process;
mod random;
pub mod signal;
mod socket;
pub mod structseq;
mod sys;
pub mod thread;
mod time;
mod wire;

pub use sys::StdStream;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The builtin module called `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)?),
        "_random" => Some(random::create(vm)?),
        "math" => Some(math::create(vm)?),
        "time" => Some(time::create(vm)?),
        "_thread" => Some(thread::create(vm)?),
        "_signal" => Some(signal::create(vm)?),
        "_socket" => Some(socket::create(vm)?),
        "_minipy_process" => Some(process::create(vm)?),
        "os" => {
            let m = os::create(vm)?;
            // `import os.path` finds the submodule in `sys.modules`.
            if let Ok(path) = vm.get_attr_str(&m, "path") {
                vm.interp.modules.set_str(
                    Value::str("os.path"),
                    crate::objects::PyStr::new("os.path").hash(),
                    path,
                );
            }
            Some(m)
        }
        "builtins" => {
            // The module's dict is the builtins namespace itself, so that
            // `builtins.print = f` changes what every name lookup finds.
            Some(Value::Module(std::sync::Arc::new(
                crate::objects::PyModule {
                    name: vm.intern("builtins"),
                    dict: vm.interp.builtins.clone(),
                },
            )))
        }
        _ => None,
    })
}

/// The current `sys.stdout`.
pub fn sys_stdout(vm: &mut Vm) -> Value {
    sys::stream(vm, "stdout")
}

/// The current `sys.stderr`.
pub fn sys_stderr(vm: &mut Vm) -> Value {
    sys::stream(vm, "stderr")
}

/// The `OSError` (or errno subclass) for a failed system call.
pub fn os_io_error(vm: &Vm, err: &std::io::Error) -> crate::vm::PyErr {
    os::io_error(vm, err, None)
}
