//! The ASCII text methods of `bytes`/`bytearray`: case, classes, padding, hex and translation.

use super::{buffer_arg, bytes_like, new_bytes, no_args, single_arg, this};
use crate::builtins::add_method;
use crate::builtins::args::*;
use crate::objects::PyClass;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(cls: &Arc<PyClass>, owner: &'static str) {
    let m = |name, f| add_method(cls, owner, name, f);
    m("upper", upper);
    m("lower", lower);
    m("swapcase", swapcase);
    m("title", title);
    m("capitalize", capitalize);
    m("isdigit", isdigit);
    m("isalpha", isalpha);
    m("isalnum", isalnum);
    m("isspace", isspace);
    m("islower", islower);
    m("isupper", isupper);
    m("istitle", istitle);
    m("isascii", isascii);
    m("center", center);
    m("ljust", ljust);
    m("rjust", rjust);
    m("zfill", zfill);
    m("expandtabs", expandtabs);
    m("removeprefix", removeprefix);
    m("removesuffix", removesuffix);
    m("hex", hex);
    m("translate", translate);
}

fn map_bytes(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    no_args(vm, &b, name, args, kwargs)?;
    let out = f(&b.data.borrow());
    Ok(new_bytes(out, b.mutable))
}

fn upper(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kwargs, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kwargs, "lower", <[u8]>::to_ascii_lowercase)
}

fn swap(c: u8) -> u8 {
    if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    }
}

fn swapcase(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kwargs, "swapcase", |d| {
        d.iter().map(|&c| swap(c)).collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kwargs, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, kwargs, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    no_args(vm, &b, name, args, kwargs)?;
    let r = f(&b.data.borrow());
    Ok(Value::Bool(r))
}

/// Non-empty and every byte passes.
fn all(d: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn isdigit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isdigit", |d| all(d, u8::is_ascii_digit))
}

fn isalpha(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isalpha", |d| {
        all(d, u8::is_ascii_alphabetic)
    })
}

fn isalnum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isalnum", |d| {
        all(d, u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isspace", |d| {
        all(d, |c| super::is_space(*c))
    })
}

fn islower(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn isascii(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "isascii", <[u8]>::is_ascii)
}

fn istitle(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kwargs, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                (prev_cased, cased) = (true, true);
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                (prev_cased, cased) = (true, true);
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn justify(vm: &mut Vm, args: &[Value], name: &str, align: char) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    method_args(vm, name, args, 1, 2)?;
    let width = vm.as_index(&args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let data = b.data.borrow().clone();
    let len = data.len() as i64;
    if width <= len {
        return Ok(new_bytes(data, b.mutable));
    }
    vm.check_alloc(width as usize, 1)?;
    let n = (width - len) as usize;
    vm.check_alloc(n, 1)?;
    let left = match align {
        '<' => 0,
        '>' => n,
        // CPython puts the odd extra byte on the left only for odd widths.
        _ => n / 2 + (n & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(new_bytes(out, b.mutable))
}

fn center(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "center", kwargs)?;
    justify(vm, args, "center", '^')
}

fn ljust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "ljust", kwargs)?;
    justify(vm, args, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "rjust", kwargs)?;
    justify(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "zfill")?;
    single_arg(vm, &b, "zfill", args, kwargs)?;
    let width = vm.as_index(&args[1])?;
    let data = b.data.borrow().clone();
    let len = data.len() as i64;
    if width <= len {
        return Ok(new_bytes(data, b.mutable));
    }
    vm.check_alloc((width - len) as usize, 1)?;
    let mut out = vec![b'0'; (width - len) as usize];
    out.extend_from_slice(&data);
    // A sign moves to the front of the zeros.
    if let Some(&c @ (b'+' | b'-')) = data.first() {
        let n = out.len() - data.len();
        out[0] = c;
        out[n] = b'0';
    }
    Ok(new_bytes(out, b.mutable))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "expandtabs")?;
    take_kwargs(vm, "expandtabs", kwargs, &["tabsize"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let size = match arg_or_kw(args, 1, kwargs, "tabsize") {
        Some(v) => vm.as_index(&v)?,
        None => 8,
    };
    // CPython's tab size is a C int.
    if i32::try_from(size).is_err() {
        return Err(vm.overflow_error(if size > 0 {
            "Python int too large to convert to C int"
        } else {
            "Python int too small to convert to C int"
        }));
    }
    let data = b.data.borrow().clone();
    // CPython's tabsize is a C int.
    if size > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0i64;
    for c in data {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(out, b.mutable))
}

fn affix_remove(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    single_arg(vm, &b, name, args, kwargs)?;
    let affix = buffer_arg(vm, &args[1])?;
    let data = b.data.borrow().clone();
    let out = if suffix {
        data.strip_suffix(affix.as_slice())
    } else {
        data.strip_prefix(affix.as_slice())
    };
    Ok(new_bytes(out.unwrap_or(&data).to_vec(), b.mutable))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    affix_remove(vm, args, kwargs, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    affix_remove(vm, args, kwargs, "removesuffix", true)
}

/// `b.hex(sep, bytes_per_sep)`: groups of `bytes_per_sep` bytes counted
/// from the right (from the left when negative).
fn hex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    take_kwargs(vm, "hex", kwargs, &["sep", "bytes_per_sep"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "hex() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let sep = match arg_or_kw(args, 1, kwargs, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let chars: Vec<u32> = match (&v, bytes_like(&v)) {
                (Value::Str(s), _) => s.as_str().chars().map(|c| c as u32).collect(),
                (_, Some(d)) => d.iter().map(|&c| c as u32).collect(),
                _ => {
                    return Err(vm.type_error(format!(
                        "object of type '{}' has no len()",
                        vm.type_name(&v)
                    )));
                }
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if chars[0] > 127 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(chars[0] as u8 as char)
        }
    };
    let per = match arg_or_kw(args, 2, kwargs, "bytes_per_sep") {
        Some(v) => vm.as_index(&v)?,
        None => 1,
    };
    let data = b.data.borrow().clone();
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, byte) in data.iter().enumerate() {
        if let Some(sep) = sep
            && group > 0
            && i > 0
        {
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{byte:02x}"));
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(s)`: pairs of hex digits, with whitespace between pairs.
pub fn fromhex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "fromhex", kwargs)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let invalid = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if let Some(pos) = s.as_str().chars().position(|c| !c.is_ascii()) {
        return Err(invalid(vm, pos));
    }
    let text = s.as_str().as_bytes();
    let digit = |i: usize| text.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    while i < text.len() {
        if super::is_space(text[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(i) else {
            return Err(invalid(vm, i));
        };
        let Some(lo) = digit(i + 1) else {
            return Err(invalid(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let (cls, mutable) = match &args[0] {
        Value::Class(c) => (c.clone(), c.is_subclass_of(&vm.interp.types.bytearray)),
        _ => (vm.interp.types.bytes.clone(), false),
    };
    let result = new_bytes(out, mutable);
    // A subclass gets `cls(result)`, as in CPython.
    if Arc::ptr_eq(&cls, &vm.interp.types.bytes) || Arc::ptr_eq(&cls, &vm.interp.types.bytearray) {
        return Ok(result);
    }
    vm.call(&args[0], vec![result], &[])
}

/// `bytes.maketrans(frm, to)`: a 256-byte table.
pub fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kwargs)?;
    // Called on an instance, a static method still gets no receiver.
    expect_args(vm, "maketrans", args, 2, 2)?;
    let frm = buffer_arg(vm, &args[0])?;
    let to = buffer_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table, false))
}

/// `b.translate(table, delete=b'')`.
fn translate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "translate")?;
    take_kwargs(vm, "translate", kwargs, &["delete"])?;
    if args.len() > 3 || args.len() < 2 {
        return Err(vm.type_error(format!(
            "translate expected {} 2 arguments, got {}",
            if args.len() < 2 {
                "at least"
            } else {
                "at most"
            },
            args.len() - 1
        )));
    }
    let table = match &args[1] {
        Value::None => None,
        v => {
            let t = buffer_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match arg_or_kw(args, 2, kwargs, "delete") {
        Some(v) => buffer_arg(vm, &v)?,
        None => Vec::new(),
    };
    let data = b.data.borrow().clone();
    let out = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_bytes(out, b.mutable))
}
