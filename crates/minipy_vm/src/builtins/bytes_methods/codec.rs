//! The codecs minipy has (UTF-8, ASCII, Latin-1) with CPython's error handlers and error messages.

use super::{new_bytes, this};
use crate::builtins::args::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Finds a codec by name as `encodings.search_function` does: lower case,
/// runs of punctuation turned into one `_`, then the aliases.
fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    match norm.replace('.', "_").as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "us" | "646" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_ir_6" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "iso_646_irv_1991" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => {
            Ok(Codec::Latin1)
        }
        _ => Err(vm.error("LookupError", format!("unknown encoding: {name}"))),
    }
}

/// An `encoding` or `errors` argument: a str, or absent.
fn str_param(vm: &Vm, func: &str, what: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument '{what}' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// A UnicodeDecodeError/UnicodeEncodeError with its attributes set.
fn unicode_error(
    vm: &Vm,
    kind: &str,
    message: String,
    codec: Codec,
    object: Value,
    range: (usize, usize),
    reason: &str,
) -> PyErr {
    let err = vm.error(kind, message);
    vm.set_exception_attr(&err, "encoding", Value::str(codec.name()));
    vm.set_exception_attr(&err, "object", object);
    vm.set_exception_attr(&err, "start", Value::Int(range.0 as i64));
    vm.set_exception_attr(&err, "end", Value::Int(range.1 as i64));
    vm.set_exception_attr(&err, "reason", Value::str(reason));
    err
}

/// One step of CPython's UTF-8 decoder at a non-ASCII byte: the character
/// and its length, or the length of the invalid sequence and the reason.
fn utf8_step(d: &[u8]) -> Result<(char, usize), (usize, &'static str)> {
    const START: &str = "invalid start byte";
    const CONT: &str = "invalid continuation byte";
    const END: &str = "unexpected end of data";
    let n = d.len();
    let cont = |i: usize| d.get(i).is_some_and(|&c| (0x80..0xc0).contains(&c));
    let ch = d[0];
    let (len, lead_bits) = match ch {
        0xc2..=0xdf => (2, ch as u32 & 0x1f),
        0xe0..=0xef => (3, ch as u32 & 0x0f),
        0xf0..=0xf4 => (4, ch as u32 & 0x07),
        _ => return Err((1, START)),
    };
    // Second bytes that would give an overlong form, a surrogate or a code
    // point past U+10FFFF count as invalid continuation bytes.
    let bad_second = |c2: u8| match ch {
        0xe0 => c2 < 0xa0,
        0xed => c2 >= 0xa0,
        0xf0 => c2 < 0x90,
        0xf4 => c2 >= 0x90,
        _ => false,
    };
    if n < 2 {
        return Err((n, END));
    }
    if !cont(1) || bad_second(d[1]) {
        return Err((1, CONT));
    }
    for i in 2..len {
        if n <= i {
            return Err((n, END));
        }
        if !cont(i) {
            return Err((i, CONT));
        }
    }
    let mut code = lead_bits;
    for &c in &d[1..len] {
        code = (code << 6) | (c as u32 & 0x3f);
    }
    Ok((char::from_u32(code).unwrap_or('\u{fffd}'), len))
}

/// `bytes.decode(encoding, errors)` (also `str(b, encoding)`).
pub fn decode_bytes(
    vm: &mut Vm,
    data: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let encoding = str_param(vm, "decode", "encoding", encoding)?;
    let errors = str_param(vm, "decode", "errors", errors)?.unwrap_or_else(|| "strict".into());
    let codec = lookup(vm, encoding.as_deref().unwrap_or("utf-8"))?;
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        let step = match codec {
            _ if c < 0x80 => Ok((c as char, 1)),
            Codec::Latin1 => Ok((c as char, 1)),
            Codec::Ascii => Err((1, "ordinal not in range(128)")),
            Codec::Utf8 => utf8_step(&data[i..]),
        };
        match step {
            Ok((ch, n)) => {
                out.push(ch);
                i += n;
            }
            Err((n, reason)) => {
                match errors.as_str() {
                    "strict" => {
                        let name = codec.name();
                        let message = if n == 1 {
                            format!(
                                "'{name}' codec can't decode byte 0x{c:02x} in position {i}: {reason}"
                            )
                        } else {
                            format!(
                                "'{name}' codec can't decode bytes in position {i}-{}: {reason}",
                                i + n - 1
                            )
                        };
                        let object = new_bytes(data.to_vec(), false);
                        return Err(unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            message,
                            codec,
                            object,
                            (i, i + n),
                            reason,
                        ));
                    }
                    "replace" => out.push('\u{fffd}'),
                    "ignore" => {}
                    "backslashreplace" => {
                        for b in &data[i..i + n] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    "xmlcharrefreplace" | "namereplace" => {
                        return Err(vm.type_error(
                            "don't know how to handle UnicodeDecodeError in error callback",
                        ));
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
                i += n;
            }
        }
    }
    Ok(Value::string(out))
}

/// The escape CPython's UnicodeEncodeError message shows for a character.
fn char_escape(c: char) -> String {
    let code = c as u32;
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// `str.encode(encoding, errors)` for the text `s`.
pub fn encode_str(
    vm: &mut Vm,
    s: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let encoding = str_param(vm, "encode", "encoding", encoding)?;
    let errors = str_param(vm, "encode", "errors", errors)?.unwrap_or_else(|| "strict".into());
    let codec = lookup(vm, encoding.as_deref().unwrap_or("utf-8"))?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        // CPython reports a whole run of unencodable characters at once.
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors.as_str() {
            "strict" => {
                let name = codec.name();
                let reason = format!("ordinal not in range({limit})");
                let message = if end - i == 1 {
                    format!(
                        "'{name}' codec can't encode character '{}' in position {i}: {reason}",
                        char_escape(chars[i])
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                };
                let object = Value::str(s);
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    message,
                    codec,
                    object,
                    (i, end),
                    &reason,
                ));
            }
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// `encoding` and `errors`, positional or keyword, for `encode`/`decode`.
fn codec_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<(Option<Value>, Option<Value>)> {
    take_kwargs(vm, name, kwargs, &["encoding", "errors"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok((
        arg_or_kw(args, 1, kwargs, "encoding"),
        arg_or_kw(args, 2, kwargs, "errors"),
    ))
}

pub fn bytes_decode(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "decode")?;
    let (encoding, errors) = codec_args(vm, "decode", args, kwargs)?;
    let data = b.data.borrow().clone();
    decode_bytes(vm, &data, encoding.as_ref(), errors.as_ref())
}

/// `str.encode` (registered on `str` by `str_methods`).
pub fn str_encode(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = match args.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(v @ Value::Instance(inst)) => match inst.builtin_value() {
            Some(Value::Str(s)) => s,
            _ => {
                return Err(vm.type_error(format!(
                    "descriptor 'encode' for 'str' objects doesn't apply to a '{}' object",
                    vm.type_name(v)
                )));
            }
        },
        _ => return Err(vm.type_error("descriptor 'encode' of 'str' object needs an argument")),
    };
    let (encoding, errors) = codec_args(vm, "encode", args, kwargs)?;
    let data = encode_str(vm, s.as_str(), encoding.as_ref(), errors.as_ref())?;
    Ok(new_bytes(data, false))
}
