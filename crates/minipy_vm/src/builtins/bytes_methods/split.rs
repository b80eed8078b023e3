//! Splitting, stripping, joining, replacing and partitioning `bytes`/`bytearray`.

use super::{buffer_arg, bytes_like, find_in, new_bytes, rfind_in, single_arg, this};
use crate::builtins::args::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

/// ASCII whitespace, as `bytes.split()` and `bytes.strip()` see it.
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `split()` with no separator, for `bytes` and for ASCII `str`: hands
/// `field` the range of each run of non-space bytes, left to right, at
/// most `limit + 1` of them. The last one then keeps the rest of the
/// data, trailing whitespace included, as in CPython.
pub(crate) fn whitespace_fields(
    data: &[u8],
    limit: usize,
    is_space: impl Fn(u8) -> bool,
    mut field: impl FnMut(std::ops::Range<usize>),
) {
    let (mut i, mut count) = (0, 0);
    loop {
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
        if i == data.len() {
            break;
        }
        if count == limit {
            field(i..data.len());
            break;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        field(start..i);
        count += 1;
    }
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    take_kwargs(vm, name, kwargs, &["sep", "maxsplit"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let sep = match arg_or_kw(args, 1, kwargs, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = buffer_arg(vm, &v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let maxsplit = match arg_or_kw(args, 2, kwargs, "maxsplit") {
        Some(v) => vm.as_index(&v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

pub fn split(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, kwargs, "split")?;
    let data = b.data.borrow().clone();
    let mut parts: Vec<&[u8]> = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match &sep {
        None => whitespace_fields(&data, limit, is_space, |r| parts.push(&data[r])),
        Some(sep) => {
            let mut rest = &data[..];
            while parts.len() < limit {
                let Some(j) = find_in(rest, sep) else { break };
                parts.push(&rest[..j]);
                rest = &rest[j + sep.len()..];
            }
            parts.push(rest);
        }
    }
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| new_bytes(p.to_vec(), b.mutable))
            .collect(),
    ))
}

pub fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, kwargs, "rsplit")?;
    let data = b.data.borrow().clone();
    let mut parts: Vec<&[u8]> = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match &sep {
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == limit {
                    parts.push(&data[..i]);
                    break;
                }
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                parts.push(&data[i..end]);
            }
        }
        Some(sep) => {
            let mut rest = &data[..];
            while parts.len() < limit {
                let Some(j) = rfind_in(rest, sep) else { break };
                parts.push(&rest[j + sep.len()..]);
                rest = &rest[..j];
            }
            parts.push(rest);
        }
    }
    parts.reverse();
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| new_bytes(p.to_vec(), b.mutable))
            .collect(),
    ))
}

pub fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "splitlines")?;
    take_kwargs(vm, "splitlines", kwargs, &["keepends"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let keepends = match arg_or_kw(args, 1, kwargs, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let data = b.data.borrow().clone();
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let line = if keepends {
                &data[start..end]
            } else {
                &data[start..i]
            };
            parts.push(new_bytes(line.to_vec(), b.mutable));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(new_bytes(data[start..].to_vec(), b.mutable));
    }
    Ok(Value::list(parts))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    no_kwargs(vm, name, kwargs)?;
    method_args(vm, name, args, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let strip_it = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let data = b.data.borrow().clone();
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip_it(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(data[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_bytes(data[s..e].to_vec(), b.mutable))
}

pub fn strip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "rstrip", false, true)
}

pub fn join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "join")?;
    single_arg(vm, &b, "join", args, kwargs)?;
    let it = match vm.get_iter(&args[1]) {
        Ok(it) => it,
        Err(e) if vm.is_error(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let sep = b.data.borrow().clone();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let Some(part) = bytes_like(&item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(&item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
        i += 1;
    }
    Ok(new_bytes(out, b.mutable))
}

pub fn replace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "replace")?;
    no_kwargs(vm, &format!("{}.replace", super::owner(&b)), kwargs)?;
    method_args(vm, "replace", args, 2, 3)?;
    let old = buffer_arg(vm, &args[1])?;
    let new = buffer_arg(vm, &args[2])?;
    let limit = match args.get(3) {
        Some(c) => vm.as_index(c)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let data = b.data.borrow().clone();
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for &c in &data {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut rest = &data[..];
        while n < limit {
            let Some(j) = find_in(rest, &old) else { break };
            out.extend_from_slice(&rest[..j]);
            out.extend_from_slice(&new);
            rest = &rest[j + old.len()..];
            n += 1;
        }
        out.extend_from_slice(rest);
    }
    Ok(new_bytes(out, b.mutable))
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    single_arg(vm, &b, name, args, kwargs)?;
    let sep = buffer_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = b.data.borrow().clone();
    let m = b.mutable;
    let found = if reverse {
        rfind_in(&data, &sep)
    } else {
        find_in(&data, &sep)
    };
    let parts = match found {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| new_bytes(p, m)).collect(),
    ))
}

pub fn partition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "rpartition", true)
}
