//! Argument checking for builtins, with CPython's messages.

use crate::objects::PyStr;
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};
use std::sync::Arc;

/// `len() takes exactly one argument (2 given)`.
pub fn one_arg(vm: &Vm, name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, name, kwargs)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0].clone())
}

/// `divmod expected 2 arguments, got 1`.
pub fn expect_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        return Err(vm.type_error(expected_count(name, n, min, max, true)));
    }
    Ok(())
}

/// `{name} expected at least 2 arguments, got 1` (CPython's
/// `_PyArg_CheckPositional`); `exact_named` says `expected 2 arguments`
/// when `min == max`.
fn expected_count(name: &str, n: usize, min: usize, max: usize, exact_named: bool) -> String {
    let (bound, k) = if exact_named && min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    let plural = if k == 1 { "" } else { "s" };
    format!("{name} expected {bound}{k} argument{plural}, got {n}")
}

/// Methods: `list.append() takes exactly one argument (0 given)`; `self`
/// is `args[0]` and not counted.
///
/// The count check is inlined into every method; the message is made out
/// of line, only when the count is wrong.
#[inline]
pub fn method_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n < min || n > max {
        return Err(method_count_error(vm, name, args, min, max));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn method_count_error(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyErr {
    let n = args.len() - 1;
    // CPython names the type for one-argument and no-argument methods
    // (`list.append()`), and not for the others (`get expected ...`).
    let owner = match &args[0] {
        Value::Instance(inst) => inst
            .builtin_value()
            .map_or_else(|| vm.type_name(&args[0]), |v| vm.type_name(&v)),
        other => vm.type_name(other),
    };
    // The search methods of str and bytes still parse their arguments
    // the old way, which words the count differently.
    let old_style = matches!(owner.as_str(), "str" | "bytes" | "bytearray")
        && matches!(
            name,
            "startswith" | "endswith" | "count" | "find" | "rfind" | "index" | "rindex"
        );
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let message = if old_style && n < min {
        format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )
    } else if old_style {
        format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )
    } else if min == max && min == 1 {
        format!("{owner}.{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{owner}.{name}() takes no arguments ({n} given)")
    } else {
        expected_count(name, n, min, max, false)
    };
    vm.type_error(message)
}

pub fn no_kwargs(vm: &Vm, name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Finds a keyword argument; unknown ones are an error.
/// The result is an array, not a `Vec`: `str(x)` and `print(x)` run this
/// on every call, nearly always with no keywords, and should not allocate.
pub fn take_kwargs<'a, const N: usize>(
    vm: &Vm,
    name: &str,
    kwargs: &'a KwArgs,
    allowed: &[&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let mut out = [None; N];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| *a == k.as_str()) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// A positional argument, or a keyword of the same name.
pub fn arg_or_kw(args: &[Value], index: usize, kwargs: &KwArgs, name: &str) -> Option<Value> {
    args.get(index).cloned().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v.clone())
    })
}

pub fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        // `str.find(1)` and the like name no argument: "must be str, not int".
        other if what.is_empty() => {
            Err(vm.type_error(format!("must be str, not {}", vm.type_name(other))))
        }
        other => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(other)))),
    }
}
