//! Methods of `str` (and the few of `bytes` that mirror them).

mod translate;
pub mod unicode;

use super::args::*;
use super::{add_classmethod, add_method};
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::borrow::Cow;
use std::sync::Arc;

/// Kept here for the callers that decode through `str(b, encoding)`.
pub use super::bytes_methods::decode_bytes;

pub fn install(interp: &Arc<Interpreter>) {
    let c = &interp.types.str_;
    let m = |name, f| add_method(c, "str", name, f);
    m("split", split);
    m("rsplit", rsplit);
    m("splitlines", splitlines);
    m("join", join);
    m("strip", strip);
    m("lstrip", lstrip);
    m("rstrip", rstrip);
    m("replace", replace);
    m("find", find);
    m("rfind", rfind);
    m("index", index);
    m("rindex", rindex);
    m("count", count);
    m("startswith", startswith);
    m("endswith", endswith);
    m("upper", upper);
    m("lower", lower);
    m("casefold", casefold);
    m("swapcase", swapcase);
    m("title", title);
    m("capitalize", capitalize);
    m("center", center);
    m("ljust", ljust);
    m("rjust", rjust);
    m("zfill", zfill);
    m("partition", partition);
    m("rpartition", rpartition);
    m("format", format);
    m("encode", super::bytes_methods::codec::str_encode);
    m("expandtabs", expandtabs);
    m("removeprefix", removeprefix);
    m("removesuffix", removesuffix);
    m("isdigit", isdigit);
    m("isdecimal", isdecimal);
    m("isnumeric", isnumeric);
    m("translate", translate::translate);
    m("format_map", translate::format_map);
    add_classmethod(c, "str", "maketrans", translate::maketrans, true);
    m("isalpha", isalpha);
    m("isalnum", isalnum);
    m("isspace", isspace);
    m("isupper", isupper);
    m("islower", islower);
    m("istitle", istitle);
    m("isidentifier", isidentifier);
    m("isprintable", isprintable);
    m("isascii", isascii);
    m("__len__", len);
    m("__str__", self_str);
    m("__contains__", contains);
}

/// The `str` a method was called on. Borrowed from the arguments when it
/// is a plain `str` (the usual case): a clone cost two atomic reference
/// count steps per call. A `str` subclass instance lends its value.
#[inline]
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<Cow<'a, Arc<PyStr>>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(Cow::Borrowed(s)),
        _ => this_slow(vm, args, name),
    }
}

#[cold]
#[inline(never)]
fn this_slow<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<Cow<'a, Arc<PyStr>>> {
    match args.first() {
        Some(Value::Instance(inst)) => match &inst.payload {
            Payload::Builtin(inner) => match &*inner.borrow() {
                Value::Str(s) => Ok(Cow::Owned(s.clone())),
                _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
            },
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
        },
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// Python's `str.isspace` for one character.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' | '\u{85}'
    ) || (c as u32 > 0x7f && c.is_whitespace())
}

/// `is_space` for the ASCII bytes.
fn is_ascii_space(b: u8) -> bool {
    matches!(
        b,
        b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'\x1c'..=b'\x1f' | b' '
    )
}

/// `split()` of ASCII text, byte by byte: the general version decodes
/// every character to test it.
fn split_ascii_whitespace(text: &str, maxsplit: i64) -> Vec<Value> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    // Room for a dozen pieces up front, as CPython's split makes.
    let mut parts = Vec::with_capacity(12);
    crate::builtins::bytes_methods::whitespace_fields(
        text.as_bytes(),
        limit,
        is_ascii_space,
        |r| parts.push(Value::Str(Arc::new(PyStr::from_ascii_str(&text[r])))),
    );
    parts
}

/// A new string holding `part`, a slice of `whole`. The parts of an ASCII
/// string are ASCII, so they need no scan for their length.
fn part_of(whole: &PyStr, part: &str) -> Value {
    if whole.is_ascii() {
        Value::Str(Arc::new(PyStr::from_ascii_str(part)))
    } else {
        Value::str(part)
    }
}

fn opt_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<Arc<PyStr>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        // `split` says "must be str or None, not int"; `strip` says
        // "strip arg must be None or str, not int".
        Some(other) if what.starts_with("must be") => {
            Err(vm.type_error(format!("{what}, not {}", vm.type_name(other))))
        }
        Some(other) => Err(vm.type_error(format!(
            "{what} arg must be None or str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn maxsplit_arg(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<i64> {
    match arg_or_kw(args, 2, kwargs, "maxsplit") {
        Some(v) => vm.as_index(&v),
        None => Ok(-1),
    }
}

fn split(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "split")?;
    take_kwargs(vm, "split", kwargs, &["sep", "maxsplit"])?;
    let sep = opt_str(
        vm,
        arg_or_kw(args, 1, kwargs, "sep").as_ref(),
        "must be str or None",
    )?;
    let maxsplit = maxsplit_arg(vm, args, kwargs)?;
    let text = s.as_str();
    let parts: Vec<Value> = match &sep {
        None if s.is_ascii() => split_ascii_whitespace(text, maxsplit),
        None => {
            // Room for a dozen pieces up front, as CPython's split makes.
            let mut parts = Vec::with_capacity(12);
            let mut rest = text.trim_start_matches(is_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(part_of(&s, rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                parts.push(part_of(&s, &rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
            }
            parts
        }
        Some(sep) => {
            if sep.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                let mut parts = Vec::with_capacity(12);
                parts.extend(text.split(sep.as_str()).map(|p| part_of(&s, p)));
                parts
            } else {
                text.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(|p| part_of(&s, p))
                    .collect()
            }
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "rsplit")?;
    take_kwargs(vm, "rsplit", kwargs, &["sep", "maxsplit"])?;
    let sep = opt_str(
        vm,
        arg_or_kw(args, 1, kwargs, "sep").as_ref(),
        "must be str or None",
    )?;
    let maxsplit = maxsplit_arg(vm, args, kwargs)?;
    let text = s.as_str();
    let mut parts: Vec<String> = match &sep {
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_end_matches(is_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(is_space)
                    .map_or(0, |i| i + rest[i..].chars().next().unwrap().len_utf8());
                parts.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_space);
            }
            parts
        }
        Some(sep) => {
            if sep.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                text.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                text.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let keepends = match arg_or_kw(args, 1, kwargs, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let text = s.as_str();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && chars.next_if(|&(_, next)| next == '\n').is_some() {
                end += 1;
            }
            let line = if keepends {
                &text[start..end]
            } else {
                &text[start..pos]
            };
            parts.push(part_of(&s, line));
            start = end;
        }
    }
    if start < text.len() {
        parts.push(part_of(&s, &text[start..]));
    }
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "join")?;
    no_kwargs(vm, "join", kwargs)?;
    method_args(vm, "join", args, 1, 1)?;
    // A list's or tuple's items are read where they are: collecting them
    // first cost a reference count step per item. No Python code runs
    // while the list is borrowed.
    let out = match &args[1] {
        Value::List(list) => join_items(vm, s.as_str(), &list.items.borrow())?,
        Value::Tuple(items) => join_items(vm, s.as_str(), items.items())?,
        other => {
            let items = vm.iterate(other)?;
            join_items(vm, s.as_str(), &items)?
        }
    };
    Ok(Value::string(out))
}

fn join_items(vm: &Vm, sep: &str, items: &[Value]) -> PyResult<String> {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(p) => total += p.as_str().len(),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )));
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(p) = item {
            out.push_str(p.as_str());
        }
    }
    Ok(out)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 0, 1)?;
    let chars = opt_str(vm, args.get(1), name)?;
    let text = s.as_str();
    let result = match &chars {
        None => {
            let t = if left {
                text.trim_start_matches(is_space)
            } else {
                text
            };
            if right {
                t.trim_end_matches(is_space)
            } else {
                t
            }
        }
        // An ASCII set (`strip(",.")`) is tested byte by byte: it can only
        // match ASCII characters, whose bytes never occur inside others.
        Some(set) if set.is_ascii() => {
            let set = set.as_str().as_bytes();
            let bytes = text.as_bytes();
            let start = if left {
                bytes
                    .iter()
                    .position(|b| !set.contains(b))
                    .unwrap_or(bytes.len())
            } else {
                0
            };
            let end = if right {
                bytes[start..]
                    .iter()
                    .rposition(|b| !set.contains(b))
                    .map_or(start, |i| start + i + 1)
            } else {
                bytes.len()
            };
            &text[start..end]
        }
        Some(set) => {
            let set: Vec<char> = set.as_str().chars().collect();
            let t = if left {
                text.trim_start_matches(set.as_slice())
            } else {
                text
            };
            if right {
                t.trim_end_matches(set.as_slice())
            } else {
                t
            }
        }
    };
    if result.len() == text.len() {
        return Ok(Value::Str(s.into_owned()));
    }
    Ok(part_of(&s, result))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    no_kwargs(vm, "replace", kwargs)?;
    method_args(vm, "replace", args, 2, 3)?;
    let old = str_arg(vm, &args[1], "replace() argument 1")?;
    let new = str_arg(vm, &args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(c) => vm.as_index(c)?,
        None => -1,
    };
    let text = s.as_str();
    // A one-byte `old` (`s.replace(",", "")`) is searched for as a char,
    // which uses memchr; a one-byte `&str` pattern went through the general
    // two-way substring search.
    let old_byte = match old.as_str().as_bytes() {
        [b] => Some(*b as char),
        _ => None,
    };
    let found = match old_byte {
        Some(c) => text.contains(c),
        None => text.contains(old.as_str()),
    };
    // Nothing to replace (or a string replaced by itself): CPython gives
    // the string itself back.
    if count == 0 || old.as_str() == new.as_str() || (!old.as_str().is_empty() && !found) {
        return Ok(Value::Str(s.into_owned()));
    }
    if count < 0
        && let Some(c) = old_byte
    {
        return Ok(Value::string(text.replace(c, new.as_str())));
    }
    let result = if count < 0 {
        text.replace(old.as_str(), new.as_str())
    } else if old.as_str().is_empty() {
        // Inserting between characters: at most `count` times.
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if n < count {
                out.push_str(new.as_str());
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new.as_str());
        }
        out
    } else {
        text.replacen(old.as_str(), new.as_str(), count as usize)
    };
    Ok(Value::string(result))
}

/// Resolves the optional `start`/`end` of `find`, `count`... (in
/// characters) to a byte range of the string.
fn bounds(
    vm: &mut Vm,
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let len = s.char_len() as i64;
    let message =
        |_: &str| "slice indices must be integers or None or have an __index__ method".to_string();
    let mut resolve = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_value(v, &message)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    let a = resolve(start, 0)?;
    let b = resolve(end, len)?.min(len);
    // A start past the end finds nothing, not even '' ('abc'.find('', 4) is -1).
    if a > b {
        return Ok(None);
    }
    Ok(Some((s.byte_offset(a as usize), s.byte_offset(b as usize))))
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Option<i64>> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 1, 3)?;
    let sub = str_arg(vm, &args[1], "")?.clone();
    let Some((a, b)) = bounds(vm, &s, args.get(2), args.get(3))? else {
        return Ok(None);
    };
    let hay = &s.as_str()[a..b];
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|i| char_index(s.as_str(), a + i)))
}

fn find(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "count")?;
    method_args(vm, "count", args, 1, 3)?;
    let sub = str_arg(vm, &args[1], "")?.clone();
    let Some((a, b)) = bounds(vm, &s, args.get(2), args.get(3))? else {
        return Ok(Value::Int(0));
    };
    let hay = &s.as_str()[a..b];
    let n = if sub.as_str().is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 1, 3)?;
    let Some((a, b)) = bounds(vm, &s, args.get(2), args.get(3))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s.as_str()[a..b];
    let test = |p: &str| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for item in t.items() {
                match item {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn map_str(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 0, 0)?;
    Ok(Value::string(f(s.as_str())))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_ascii_or_str(
        vm,
        args,
        "upper",
        str::make_ascii_uppercase,
        str::to_uppercase,
    )
}

fn lower(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_ascii_or_str(
        vm,
        args,
        "lower",
        str::make_ascii_lowercase,
        str::to_lowercase,
    )
}

/// Like `map_str`, with a cheaper byte-wise `ascii` mapping for ASCII text.
fn map_ascii_or_str(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    ascii: fn(&mut str),
    unicode: fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 0, 0)?;
    Ok(if s.is_ascii() {
        Value::Str(Arc::new(PyStr::map_ascii(s.as_str(), ascii)))
    } else {
        Value::string(unicode(s.as_str()))
    })
}

/// `str.casefold`: lowercase, then the full case foldings that differ from
/// it for the characters a program is likely to meet (Unicode's
/// CaseFolding.txt has the complete list).
fn casefold(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_str(vm, args, "casefold", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.to_lowercase().chars() {
            match c {
                'ß' => out.push_str("ss"),
                'ς' => out.push('σ'),
                'µ' => out.push('μ'),
                'ſ' => out.push('s'),
                'ﬀ' => out.push_str("ff"),
                'ﬁ' => out.push_str("fi"),
                'ﬂ' => out.push_str("fl"),
                'ﬃ' => out.push_str("ffi"),
                'ﬄ' => out.push_str("ffl"),
                'ﬅ' | 'ﬆ' => out.push_str("st"),
                'ŉ' => out.push_str("ʼn"),
                _ => out.push(c),
            }
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_str(vm, args, "swapcase", |s| {
        s.chars()
            .zip(unicode::lower_each(s))
            .map(|(c, lower)| {
                if c.is_uppercase() {
                    lower
                } else if c.is_lowercase() {
                    c.to_uppercase().collect()
                } else {
                    c.to_string()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_str(vm, args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for (c, lower) in s.chars().zip(unicode::lower_each(s)) {
            if prev_cased {
                out.push_str(&lower);
            } else {
                unicode::push_title(&mut out, c);
            }
            prev_cased = c.is_alphabetic()
                && (c.is_uppercase()
                    || c.is_lowercase()
                    || c.to_uppercase().next() != Some(c)
                    || c.to_lowercase().next() != Some(c));
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_ascii_or_str(vm, args, "capitalize", capitalize_ascii, capitalize_unicode)
}

fn capitalize_ascii(t: &mut str) {
    t.make_ascii_lowercase();
    if let Some(first) = t.get_mut(..1) {
        first.make_ascii_uppercase();
    }
}

/// The first character goes to titlecase ('ǆ' gives 'ǅ'); the rest is
/// lowered in the context of the whole string (final sigma).
fn capitalize_unicode(s: &str) -> String {
    let Some(first) = s.chars().next() else {
        return String::new();
    };
    let mut out = String::new();
    unicode::push_title(&mut out, first);
    let lowered = s.to_lowercase();
    let first_lower: usize = first.to_lowercase().map(char::len_utf8).sum();
    out.push_str(&lowered[first_lower..]);
    out
}

fn justify(vm: &mut Vm, args: &[Value], name: &str, align: char) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 1, 2)?;
    let width = vm.as_index(&args[1])?;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap(),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"));
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}() argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => ' ',
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s.into_owned()));
    }
    vm.check_alloc(width as usize, 1)?;
    let n = (width - len) as usize;
    vm.check_alloc(n, fill.len_utf8())?;
    let pad = |k: usize| fill.to_string().repeat(k);
    let text = s.as_str();
    Ok(Value::string(match align {
        '<' => format!("{text}{}", pad(n)),
        '>' => format!("{}{text}", pad(n)),
        _ => {
            // CPython's centering puts the odd extra character on the left
            // when the width is odd... precisely: left = n/2 + (n & width & 1).
            let left = n / 2 + (n & width as usize & 1);
            format!("{}{text}{}", pad(left), pad(n - left))
        }
    }))
}

fn center(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, "center", '^')
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    method_args(vm, "zfill", args, 1, 1)?;
    let width = vm.as_index(&args[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s.into_owned()));
    }
    vm.check_alloc(width as usize, 1)?;
    let text = s.as_str();
    vm.check_alloc((width - len) as usize, 1)?;
    let zeros = "0".repeat((width - len) as usize);
    Ok(Value::string(match text.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &text[1..]),
        _ => format!("{zeros}{text}"),
    }))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 1, 1)?;
    let sep = str_arg(vm, &args[1], "sep")?.clone();
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts = match found {
        Some(i) => (
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ),
        None if reverse => (
            Value::str(""),
            Value::str(""),
            Value::Str(s.as_ref().clone()),
        ),
        None => (
            Value::Str(s.as_ref().clone()),
            Value::str(""),
            Value::str(""),
        ),
    };
    Ok(Value::tuple(vec![parts.0, parts.1, parts.2]))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
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
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removeprefix")?;
    method_args(vm, "removeprefix", args, 1, 1)?;
    let p = str_arg(vm, &args[1], "removeprefix() argument")?.clone();
    Ok(Value::str(
        s.as_str().strip_prefix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removesuffix")?;
    method_args(vm, "removesuffix", args, 1, 1)?;
    let p = str_arg(vm, &args[1], "removesuffix() argument")?.clone();
    Ok(Value::str(
        s.as_str().strip_suffix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_args(vm, name, args, 0, 0)?;
    Ok(Value::Bool(f(s.as_str())))
}

fn isdecimal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(unicode::is_decimal)
    })
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(unicode::is_digit)
    })
}

fn isnumeric(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(unicode::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    // Letters only (categories L*): Rust's `is_alphabetic` also takes the
    // letter-like numbers, such as Roman numerals, which Python does not.
    predicate(vm, args, "isalpha", |s| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphabetic() && (c.is_ascii() || !unicode::is_numeric(c)))
    })
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_space)
    })
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "istitle", |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            // Titlecase letters (Lt, such as 'ǅ') count as capitals here.
            if c.is_uppercase() || unicode::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn isidentifier(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {
                chars.all(|c| c == '_' || c.is_alphanumeric())
            }
            _ => false,
        }
    })
}

fn isprintable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| {
        s.chars().all(minipy_diagnostics::pyrepr::is_printable)
    })
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}

fn len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn self_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Str(this(vm, args, "__str__")?.into_owned()))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = Value::Str(this(vm, args, "__contains__")?.into_owned());
    method_args(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&s, &args[1])?))
}

/// `str.format(*args, **kwargs)`.
fn format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let out = format_string(vm, s.as_str(), &args[1..], kwargs, 0)?;
    Ok(Value::string(out))
}

/// The engine of `str.format`: `{field!conv:spec}` with automatic or
/// explicit numbering, attribute and index lookups, nested specs.
pub fn format_string(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &KwArgs,
    depth: usize,
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut numbering: Option<bool> = None;
    format_fields(vm, fmt, args, kwargs, depth, &mut auto, &mut numbering)
}

/// Splits the replacement field that starts at the `{` at `chars[*i]` into
/// its name, conversion and spec, leaving `*i` after its closing `}`.
/// Follows CPython's `parse_field`, so malformed fields fail with its
/// messages: a `[...]` in the name may hold `:` and `!`, a conversion is
/// one character followed by `:` or `}`, and the spec may nest braces.
fn split_field(vm: &Vm, chars: &[char], i: &mut usize) -> PyResult<(String, Option<char>, String)> {
    let len = chars.len();
    if *i + 1 >= len {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    let mut j = *i + 1;
    let name_start = j;
    let mut stop = None;
    while j < len {
        let c = chars[j];
        j += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while j < len && chars[j] != ']' {
                    j += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name: String = chars[name_start..j.saturating_sub(1).max(name_start)]
        .iter()
        .collect();
    let mut conversion = None;
    match stop {
        Some('}') => {
            *i = j;
            Ok((name, None, String::new()))
        }
        Some(c) => {
            if c == '!' {
                let Some(&conv) = chars.get(j) else {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                };
                conversion = Some(conv);
                j += 1;
                if let Some(&next) = chars.get(j) {
                    j += 1;
                    if next == '}' {
                        *i = j;
                        return Ok((name, conversion, String::new()));
                    }
                    if next != ':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = j;
            let mut depth = 1;
            while j < len {
                let c = chars[j];
                j += 1;
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            *i = j;
                            let spec = chars[spec_start..j - 1].iter().collect();
                            return Ok((name, conversion, spec));
                        }
                    }
                    _ => {}
                }
            }
            Err(vm.value_error("unmatched '{' in format spec"))
        }
        None => Err(vm.value_error("expected '}' before end of string")),
    }
}

/// One level of `format_string`. Nested fields in a spec (`{:{}}`) share
/// the automatic numbering with the fields around them, as in CPython.
fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &KwArgs,
    depth: usize,
    auto: &mut usize,
    numbering: &mut Option<bool>,
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        let (name, conversion, spec) = split_field(vm, &chars, &mut i)?;
        let (head, rest) = match name.find(['.', '[']) {
            Some(k) => (&name[..k], &name[k..]),
            None => (name.as_str(), ""),
        };
        let mut value = if head.is_empty() {
            if *numbering == Some(false) {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *numbering = Some(true);
            let n = *auto;
            let v = args.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = head.parse::<usize>() {
            if *numbering == Some(true) {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Some(false);
            args.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        } else {
            match kwargs.iter().find(|(k, _)| k.as_str() == head) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(head))),
            }
        };
        // `.attr` and `[key]` parts.
        let rest: Vec<char> = rest.chars().collect();
        let mut k = 0;
        while k < rest.len() {
            if rest[k] == '.' {
                let start = k + 1;
                k = start;
                while k < rest.len() && rest[k] != '.' && rest[k] != '[' {
                    k += 1;
                }
                let attr: String = rest[start..k].iter().collect();
                value = vm.get_attr_str(&value, &attr)?;
            } else if rest[k] == '[' {
                let start = k + 1;
                while k < rest.len() && rest[k] != ']' {
                    k += 1;
                }
                let key: String = rest[start..k].iter().collect();
                k += 1;
                let key = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::string(key),
                };
                value = vm.get_item(&value, &key)?;
            } else {
                k += 1;
            }
        }
        let value = match conversion {
            None => value,
            Some('r') => Value::Str(vm.repr(&value)?),
            Some('s') => Value::Str(vm.str(&value)?),
            Some('a') => Value::string(crate::ops::format::ascii(&vm.repr_string(&value)?)),
            Some(other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
            }
        };
        let spec = if spec.contains('{') {
            format_fields(vm, &spec, args, kwargs, depth + 1, auto, numbering)?
        } else {
            spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}
