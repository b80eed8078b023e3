//! `str.maketrans`, `str.translate` and `str.format_map`.

use super::this;
use crate::builtins::args::*;
use crate::objects::{PyDict, PyStr};
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// `str.maketrans(x[, y[, z]])` (a static method): a dict from code points
/// to code points, strings or None.
pub fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kwargs)?;
    expect_args(vm, "maketrans", args, 1, 3)?;
    // Argument Clinic checks the types of `y` and `z` before the body runs.
    for (i, v) in args.iter().enumerate().skip(1) {
        str_arg(vm, v, &format!("maketrans() argument {}", i + 1))?;
    }
    let table = Arc::new(PyDict::new());
    if args.len() == 1 {
        let items = match &args[0] {
            Value::Dict(d) => d.table.borrow().items(),
            v @ Value::Instance(inst) => match inst.builtin_value() {
                Some(Value::Dict(d)) => d.table.borrow().items(),
                _ => return Err(one_arg_error(vm, v)),
            },
            v => return Err(one_arg_error(vm, v)),
        };
        for (key, value) in items {
            let code = match &key {
                Value::Str(s) => {
                    let mut chars = s.as_str().chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm.value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => key.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&table, code, value)?;
        }
        return Ok(Value::Dict(table));
    }
    let Value::Str(x) = &args[0] else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let Value::Str(y) = &args[1] else {
        unreachable!("checked above")
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(Value::Str(z)) = args.get(2) {
        for c in z.as_str().chars() {
            vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(table))
}

fn one_arg_error(vm: &Vm, _v: &Value) -> crate::vm::PyErr {
    vm.type_error("if you give only one argument to maketrans it must be a dict")
}

/// `s.translate(table)`: `table[ord(c)]` for each character; a
/// LookupError keeps the character, None deletes it.
pub fn translate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "translate")?;
    no_kwargs(vm, "str.translate", kwargs)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.translate() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let table = &args[1];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match vm.get_item(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.is_error(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Str(t) => out.push_str(t.as_str()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let code = mapped.as_int().filter(|i| (0..0x110000).contains(i));
                match code.and_then(|i| char::from_u32(i as u32)) {
                    Some(t) => out.push(t),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"));
                    }
                }
            }
            _ => {
                return Err(vm.type_error("character mapping must return integer, None or str"));
            }
        }
    }
    Ok(Value::string(out))
}

/// `s.format_map(mapping)`: `str.format` with names looked up in
/// `mapping` (each name once, before formatting, so that `__missing__`
/// and other `__getitem__` hooks run).
pub fn format_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    no_kwargs(vm, "str.format_map", kwargs)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut names = Vec::new();
    field_names(s.as_str(), &mut names);
    let mut found: Vec<(Arc<PyStr>, Value)> = Vec::new();
    for name in names {
        if name.is_empty() || name.parse::<usize>().is_ok() {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        if found.iter().any(|(k, _)| k.as_str() == name) {
            continue;
        }
        let v = vm.get_item(&args[1], &Value::str(&name))?;
        found.push((Arc::new(PyStr::new(&name)), v));
    }
    let out = super::format_string(vm, s.as_str(), &[], &found, 0)?;
    Ok(Value::string(out))
}

/// The first parts (before any `.attr` or `[key]`) of the replacement
/// fields of a format string, nested ones included, in order. Malformed
/// strings are left for `format_string` to report.
fn field_names(fmt: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '}' if chars.get(i + 1) == Some(&'}') => i += 2,
            '{' => {
                let mut j = i + 1;
                let mut depth = 0;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' if depth > 0 => depth -= 1,
                        '}' => break,
                        _ => {}
                    }
                    j += 1;
                }
                let field: String = chars[i + 1..j.min(chars.len())].iter().collect();
                let end = field.find(['!', ':']).unwrap_or(field.len());
                let name = &field[..end];
                let head = &name[..name.find(['.', '[']).unwrap_or(name.len())];
                out.push(head.to_string());
                if let Some(k) = field.find(':') {
                    field_names(&field[k + 1..], out);
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
}
