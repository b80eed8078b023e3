//! String formatting: `format()` and f-string fields (the format-spec
//! mini-language), and `%`-formatting.

use crate::ops::numbers::to_bigint;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use minipy_diagnostics::pyrepr::{repr_float, repr_str};
use num_bigint::BigInt;
use num_traits::Signed;
use std::fmt::Write as _;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
#[derive(Debug, Default, Clone)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
    /// The `z` flag: a negative zero result loses its sign (floats only).
    pub no_negative_zero: bool,
    /// Whether `=` came from a leading `0` rather than being written:
    /// strings accept the first (it only sets the fill), not the second.
    pub align_from_zero: bool,
}

pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = FormatSpec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_negative_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        s.precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".into());
    }
    if s.zero && s.fill.is_none() {
        s.fill = Some('0');
        if s.align.is_none() {
            s.align = Some('=');
            s.align_from_zero = true;
        }
    }
    Ok(s)
}

/// Pads `body` (with its sign/prefix split off for `=` alignment) to the width.
fn pad(spec: &FormatSpec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or(default_align);
    let len = sign.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{body}");
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

/// How many characters the grouped digits must fill when the padding is
/// zeros placed after the sign (`08,`): CPython groups those zeros too
/// (`0,000,123`), so they are added before grouping. `other` counts the
/// sign, prefix and fraction around the digits.
fn zero_group_width(spec: &FormatSpec, other: usize) -> Option<usize> {
    let zero_fill = spec.fill == Some('0') && spec.align == Some('=');
    (spec.grouping.is_some() && zero_fill).then(|| spec.width.unwrap_or(0).saturating_sub(other))
}

/// `group`, with leading zeros added until the result is `min_len` long
/// (never starting with a separator: `0_123` for a width of 4).
fn group_to_width(digits: &str, sep: char, every: usize, min_len: Option<usize>) -> String {
    let mut digits = digits.to_string();
    let mut out = group(&digits, sep, every);
    if let Some(min_len) = min_len {
        while out.chars().count() < min_len {
            digits.insert(0, '0');
            out = group(&digits, sep, every);
        }
    }
    out
}

/// Inserts a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Rust's formatter takes precisions up to 65535 only; a double's exact
/// decimal expansion ends within 1100 digits, so a longer precision is
/// those digits and then zeros.
const EXACT_DIGITS: usize = 1100;

/// `format!("{:.*}", p, x)` for any precision.
fn fixed_digits(x: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*}", p, x);
    }
    let mut s = format!("{:.*}", EXACT_DIGITS, x);
    s.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    s
}

/// `format!("{:.*e}", p, x)` for any precision.
fn sci_digits(x: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*e}", p, x);
    }
    let s = format!("{:.*e}", EXACT_DIGITS, x);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{mantissa}{}e{exp}", "0".repeat(p - EXACT_DIGITS))
}

/// Fixed-point digits, correctly rounded (`'%.2f'`).
pub fn fixed(x: f64, precision: usize) -> String {
    fixed_digits(x, precision)
}

/// Scientific notation with a signed, two-digit exponent (`1.5e+03`).
pub fn exponent(x: f64, precision: usize, upper: bool) -> String {
    let s = sci_digits(x, precision);
    let (mantissa, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{mantissa}{e}{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// Python's `'g'`: fixed or scientific by the exponent, trailing zeros
/// removed unless `alternate`.
pub fn general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let p = precision.max(1);
    if x == 0.0 {
        let mut s = if alternate {
            fixed_digits(0.0, p - 1)
        } else {
            "0".to_string()
        };
        if x.is_sign_negative() {
            s.insert(0, '-');
        }
        return s;
    }
    let sci = sci_digits(x, p - 1);
    let exp: i32 = sci.split_once('e').unwrap().1.parse().unwrap();
    let mut s = if -4 <= exp && (exp as i64) < p as i64 {
        fixed_digits(x, (p as i64 - 1 - exp as i64).max(0) as usize)
    } else {
        exponent(x, p - 1, upper)
    };
    if !alternate {
        s = strip_zeros(&s);
    }
    s
}

fn strip_zeros(s: &str) -> String {
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mantissa = if mantissa.contains('.') {
        mantissa.trim_end_matches('0').trim_end_matches('.')
    } else {
        mantissa
    };
    format!("{mantissa}{exp}")
}

fn non_finite(x: f64, upper: bool) -> Option<String> {
    let s = if x.is_nan() {
        "nan"
    } else if x.is_infinite() {
        "inf"
    } else {
        return None;
    };
    Some(if upper {
        s.to_uppercase()
    } else {
        s.to_string()
    })
}

impl Vm {
    /// `FORMAT_VALUE`: an f-string field.
    pub(crate) fn format_value(
        &mut self,
        v: Value,
        conversion: usize,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::Str(self.str(&v)?),
            2 => Value::Str(self.repr(&v)?),
            3 => Value::string(ascii(&self.repr_string(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty()
            && let Value::Str(_) = v
        {
            return Ok(v);
        }
        self.format(&v, &spec).map(Value::string)
    }

    /// A precision no string could hold: CPython's "precision too big",
    /// not an out-of-memory abort. (Widths go through `check_alloc`.)
    fn check_precision(&self, s: &FormatSpec) -> PyResult<()> {
        if s.precision.is_some_and(|p| p > 1 << 32) {
            return Err(self.value_error("precision too big"));
        }
        Ok(())
    }

    /// A spec `parse_spec` rejects; CPython names the spec and the type
    /// when the spec as a whole makes no sense.
    fn spec_error(&self, message: String, spec: &str, v: &Value) -> crate::vm::PyErr {
        if message == "Invalid format specifier" {
            return self.value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                self.type_name(v)
            ));
        }
        self.value_error(message)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = self.class_lookup(&cls, "__format__")
                    && !matches!(f, Value::Builtin(_))
                {
                    let r = self.call(&f, vec![v.clone(), Value::str(spec)], &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let crate::objects::Payload::Builtin(inner) = &inst.payload {
                    let inner = inner.borrow().clone();
                    if !spec.is_empty() {
                        return self.format(&inner, spec);
                    }
                }
                if spec.is_empty() {
                    return self.str_string(v);
                }
                Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    cls.name().as_str()
                )))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.str_string(v);
                }
                let s = self.parse_checked_spec(spec, v)?;
                self.format_int(&to_bigint(v).unwrap(), &s, "int")
            }
            Value::Float(f) => {
                let s = self.parse_checked_spec(spec, v)?;
                self.format_float(*f, &s)
            }
            Value::Str(text) => {
                let s = self.parse_checked_spec(spec, v)?;
                self.format_str(text.as_str(), &s)
            }
            _ => {
                if spec.is_empty() {
                    return self.str_string(v);
                }
                Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )))
            }
        }
    }

    fn format_str(&self, text: &str, s: &FormatSpec) -> PyResult<String> {
        if let Some(k) = s.kind.filter(|&k| k != 's') {
            return Err(self.value_error(format!(
                "Unknown format code '{k}' for object of type 'str'"
            )));
        }
        if s.sign.is_some() {
            return Err(self.value_error("Sign not allowed in string format specifier"));
        }
        if s.no_negative_zero {
            return Err(self
                .value_error("Negative zero coercion (z) not allowed in string format specifier"));
        }
        if s.align == Some('=') && !s.align_from_zero {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        let unaligned;
        let s = if s.align_from_zero {
            unaligned = FormatSpec {
                align: None,
                ..s.clone()
            };
            &unaligned
        } else {
            s
        };
        if let Some(g) = s.grouping {
            return Err(self.value_error(format!("Cannot specify '{g}' with 's'.")));
        }
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => text.to_string(),
        };
        Ok(pad(s, "", &body, '<'))
    }

    /// A format spec, refused (MemoryError) when its width could not be
    /// allocated.
    fn parse_checked_spec(&self, spec: &str, v: &Value) -> PyResult<FormatSpec> {
        let s = parse_spec(spec).map_err(|m| self.spec_error(m, spec, v))?;
        self.check_alloc(s.width.unwrap_or(0), 1)?;
        self.check_precision(&s)?;
        Ok(s)
    }

    pub fn format_int(&mut self, n: &BigInt, s: &FormatSpec, type_name: &str) -> PyResult<String> {
        let kind = s.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = crate::ops::numbers::bigint_to_f64(n)
                .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
            return self.format_float(f, s);
        }
        if s.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        // Decimal output obeys the int/str digit limit (at least 640
        // digits, so only numbers past 2000 bits can reach it).
        if matches!(kind, 'd' | 'n') && n.bits() > 2000 {
            crate::ops::numbers::bigint_to_string(self, n)?;
        }
        if s.no_negative_zero {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        // Machine-sized ints are written by std; only bigger ones need
        // num-bigint's (slower) radix conversion.
        let small = num_traits::ToPrimitive::to_i64(n).map(i64::unsigned_abs);
        let radix = |r: u32| match small {
            Some(m) => match r {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                16 => format!("{m:x}"),
                _ => m.to_string(),
            },
            None => n.abs().to_str_radix(r),
        };
        let (digits, prefix, every) = match kind {
            'd' | 'n' => (radix(10), "", 3),
            'b' => (radix(2), "0b", 4),
            'o' => (radix(8), "0o", 4),
            'x' => (radix(16), "0x", 4),
            'X' => (radix(16).to_uppercase(), "0X", 4),
            'c' => {
                if s.sign.is_some() {
                    return Err(
                        self.value_error("Sign not allowed with integer format specifier 'c'")
                    );
                }
                if s.alternate {
                    return Err(self.value_error(
                        "Alternate form (#) not allowed with integer format specifier 'c'",
                    ));
                }
                let code = num_traits::ToPrimitive::to_u32(n).and_then(char::from_u32);
                let Some(c) = code else {
                    return Err(self.overflow_error("%c arg not in range(0x110000)"));
                };
                return Ok(pad(s, "", &c.to_string(), '>'));
            }
            other => {
                return Err(self.value_error(format!(
                    "Unknown format code '{other}' for object of type '{type_name}'"
                )));
            }
        };
        let digits = match s.grouping {
            Some(sep) => {
                if sep == ',' && kind != 'd' {
                    return Err(self.value_error(format!("Cannot specify ',' with '{kind}'.")));
                }
                let sign = sign_str(n.is_negative(), s.sign);
                let prefix = if s.alternate { prefix } else { "" };
                let min_len = zero_group_width(s, sign.len() + prefix.len());
                group_to_width(&digits, sep, every, min_len)
            }
            None => digits,
        };
        let sign = sign_str(n.is_negative(), s.sign);
        let prefix = if s.alternate { prefix } else { "" };
        let lead = format!("{sign}{prefix}");
        Ok(pad(s, &lead, &digits, '>'))
    }

    pub fn format_float(&mut self, x: f64, s: &FormatSpec) -> PyResult<String> {
        let kind = s.kind;
        let upper = matches!(kind, Some('E' | 'F' | 'G'));
        let negative = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        let body = if let Some(nf) = non_finite(a, upper) {
            nf
        } else {
            match kind {
                Some('f' | 'F') => fixed(a, s.precision.unwrap_or(6)),
                Some('e' | 'E') => exponent(a, s.precision.unwrap_or(6), upper),
                Some('g' | 'G') => general(a, s.precision.unwrap_or(6), upper, s.alternate),
                Some('%') => format!("{}%", fixed(a * 100.0, s.precision.unwrap_or(6))),
                Some('n') => general(a, s.precision.unwrap_or(6), false, s.alternate),
                None => match s.precision {
                    Some(p) => {
                        let g = general(a, p, false, s.alternate);
                        if g.contains(['.', 'e', 'n', 'i']) {
                            g
                        } else {
                            format!("{g}.0")
                        }
                    }
                    None => repr_float(a),
                },
                Some(other) => {
                    return Err(self.value_error(format!(
                        "Unknown format code '{other}' for object of type 'float'"
                    )));
                }
            }
        };
        let body = match s.grouping {
            Some(sep) => {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => (&body[..i], &body[i..]),
                    None => (body.as_str(), ""),
                };
                let sign = usize::from(negative || matches!(s.sign, Some('+' | ' ')));
                let min_len = zero_group_width(s, sign + rest.chars().count())
                    .filter(|_| !int_part.is_empty());
                format!("{}{rest}", group_to_width(int_part, sep, 3, min_len))
            }
            None => body,
        };
        let body =
            if s.alternate && matches!(kind, Some('f' | 'F' | 'e' | 'E')) && !body.contains('.') {
                match body.find(['e', 'E']) {
                    Some(i) => format!("{}.{}", &body[..i], &body[i..]),
                    None => format!("{body}."),
                }
            } else {
                body
            };
        // `z`: a result that rounds to zero drops its minus sign.
        let negative = negative
            && !(s.no_negative_zero && body.chars().all(|c| !c.is_ascii_digit() || c == '0'));
        Ok(pad(s, sign_str(negative, s.sign), &body, '>'))
    }

    /// `format % args` for strings, and for bytes (`bytes_mode` holds
    /// whether it is a bytearray), which run as Latin-1 text.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        // The format is scanned by byte: every directive is ASCII, and the
        // text between directives is copied a run at a time. Bytes run as
        // Latin-1 text.
        let latin1;
        let (text, bytes_mode): (&str, Option<bool>) = match fmt {
            Value::Str(f) => (f.as_str(), None),
            Value::Bytes(b) => {
                latin1 = b
                    .data
                    .borrow()
                    .iter()
                    .map(|&c| c as char)
                    .collect::<String>();
                (latin1.as_str(), Some(b.mutable))
            }
            _ => unreachable!("called for str % x and bytes % x"),
        };
        let chars = text.as_bytes();
        let (items, mapping): (&[Value], Option<Value>) = match args {
            Value::Tuple(t) => (t.items(), None),
            Value::Dict(_) => (std::slice::from_ref(args), Some(args.clone())),
            Value::Instance(_)
                if self.get_attr_opt(args, "keys")?.is_some()
                    && self.get_attr_opt(args, "__getitem__")?.is_some() =>
            {
                (std::slice::from_ref(args), Some(args.clone()))
            }
            other => (std::slice::from_ref(other), None),
        };
        let mut out = String::with_capacity(chars.len() + 8 * items.len());
        let mut next = 0usize;
        let mut i = 0usize;
        let mut used_mapping = false;
        let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
            let v = items.get(*next).cloned();
            *next += 1;
            v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
        };
        while i < chars.len() {
            if chars[i] != b'%' {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == b'%')
                    .map_or(chars.len(), |n| i + n);
                out.push_str(&text[i..end]);
                i = end;
                continue;
            }
            let start = i;
            i += 1;
            let mut key = None;
            if i < chars.len() && chars[i] == b'(' {
                let mut depth = 1;
                let k0 = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                key = Some(text[k0..i - 1].to_string());
            }
            let mut spec = FormatSpec::default();
            let mut left = false;
            while i < chars.len() && matches!(chars[i], b'-' | b'+' | b' ' | b'#' | b'0') {
                match chars[i] {
                    b'-' => left = true,
                    b'+' => spec.sign = Some('+'),
                    b' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ')
                        }
                    }
                    b'#' => spec.alternate = true,
                    _ => spec.zero = true,
                }
                i += 1;
            }
            if i < chars.len() && chars[i] == b'*' {
                let w = take(self, &mut next)?;
                let w = self.as_index(&w)?;
                if w < 0 {
                    left = true;
                }
                spec.width = Some(w.unsigned_abs() as usize);
                self.check_alloc(w.unsigned_abs() as usize, 1)?;
                i += 1;
            } else {
                let s0 = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > s0 {
                    spec.width = text[s0..i].parse().ok();
                    self.check_alloc(spec.width.unwrap_or(0), 1)?;
                }
            }
            if i < chars.len() && chars[i] == b'.' {
                i += 1;
                if i < chars.len() && chars[i] == b'*' {
                    let p = take(self, &mut next)?;
                    spec.precision = Some(self.as_index(&p)?.max(0) as usize);
                    i += 1;
                } else {
                    let s0 = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    spec.precision = Some(text[s0..i].parse().unwrap_or(0));
                }
            }
            while i < chars.len() && matches!(chars[i], b'h' | b'l' | b'L') {
                i += 1;
            }
            self.check_precision(&spec)?;
            let Some(conv) = text[i..].chars().next() else {
                return Err(self.value_error("incomplete format"));
            };
            let conv_at = i;
            i += conv.len_utf8();
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match &key {
                Some(k) => {
                    used_mapping = true;
                    let Some(m) = &mapping else {
                        return Err(self.type_error("format requires a mapping"));
                    };
                    let key = match bytes_mode {
                        Some(_) => crate::builtins::bytes_methods::new_bytes(
                            k.chars().map(|c| c as u8).collect(),
                            false,
                        ),
                        None => Value::str(k),
                    };
                    self.get_item(m, &key)?
                }
                None => take(self, &mut next)?,
            };
            // The common plain cases (`%d` of an int, `%s` of a str, no
            // flags, width or precision) go straight into the output.
            let plain = spec.width.is_none()
                && spec.precision.is_none()
                && spec.sign.is_none()
                && !spec.alternate
                && bytes_mode.is_none();
            if plain {
                match (conv, &arg) {
                    ('d' | 'i' | 'u', Value::Int(n)) => {
                        let _ = write!(out, "{n}");
                        continue;
                    }
                    ('s', Value::Str(text)) => {
                        out.push_str(text.as_str());
                        continue;
                    }
                    ('x' | 'X' | 'o', Value::Int(n)) => {
                        if *n < 0 {
                            out.push('-');
                        }
                        let m = n.unsigned_abs();
                        let _ = match conv {
                            'x' => write!(out, "{m:x}"),
                            'X' => write!(out, "{m:X}"),
                            _ => write!(out, "{m:o}"),
                        };
                        continue;
                    }
                    _ => {}
                }
            }
            // `%-4s` or `%8s` of a str: padded straight into the output.
            if let ('s', Value::Str(text), Some(width)) = (conv, &arg, spec.width)
                && spec.precision.is_none()
                && bytes_mode.is_none()
            {
                let fill = width.saturating_sub(text.as_str().chars().count());
                if !left {
                    out.extend(std::iter::repeat_n(' ', fill));
                }
                out.push_str(text.as_str());
                if left {
                    out.extend(std::iter::repeat_n(' ', fill));
                }
                continue;
            }
            // `%5.2f` or `%-8.3f` of a finite float with no other flag: it
            // goes straight into the output. `fixed` uses the same Rust
            // formatting, which rounds the exact binary value half-even,
            // as CPython does.
            if let ('f', Value::Float(x)) = (conv, &arg)
                && x.is_finite()
                && spec.sign.is_none()
                && !spec.alternate
                && !spec.zero
                && bytes_mode.is_none()
            {
                let p = spec.precision.unwrap_or(6);
                let w = spec.width.unwrap_or(0);
                let _ = if left {
                    write!(out, "{x:<w$.p$}")
                } else {
                    write!(out, "{x:>w$.p$}")
                };
                continue;
            }
            spec.align = Some(if left {
                '<'
            } else if spec.zero && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                '='
            } else {
                '>'
            });
            spec.fill = Some(
                if spec.zero && !left && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                    '0'
                } else {
                    ' '
                },
            );
            let text = match conv {
                's' | 'b' if bytes_mode.is_some() => {
                    let data = crate::builtins::bytes_methods::percent_bytes_arg(self, &arg)?;
                    let t: String = data.iter().map(|&c| c as char).collect();
                    let t: String = match spec.precision {
                        Some(p) => t.chars().take(p).collect(),
                        None => t,
                    };
                    pad(&spec, "", &t, '>')
                }
                'c' if bytes_mode.is_some() => {
                    let byte = crate::builtins::bytes_methods::percent_byte_arg(self, &arg)?;
                    pad(&spec, "", &(byte as char).to_string(), '>')
                }
                's' => {
                    let t = self.str_string(&arg)?;
                    let t: String = match spec.precision {
                        Some(p) => t.chars().take(p).collect(),
                        None => t,
                    };
                    pad(&spec, "", &t, '>')
                }
                'r' | 'a' => {
                    let mut t = self.repr_string(&arg)?;
                    if conv == 'a' || bytes_mode.is_some() {
                        t = ascii(&t);
                    }
                    let t: String = match spec.precision {
                        Some(p) => t.chars().take(p).collect(),
                        None => t,
                    };
                    pad(&spec, "", &t, '>')
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' if spec.precision.is_some() => {
                    let n = self.percent_int(&arg, conv)?;
                    percent_int_precision(&n, conv, &spec, left)
                }
                'd' | 'i' | 'u' => {
                    let n = self.percent_int(&arg, conv)?;
                    spec.kind = Some('d');
                    self.format_int(&n, &spec, "int")?
                }
                'x' | 'X' | 'o' => {
                    let n = self.percent_int(&arg, conv)?;
                    spec.kind = Some(conv);
                    self.format_int(&n, &spec, "int")?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &arg {
                        Value::Float(f) => *f,
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.to_f64(&arg)?,
                        other => {
                            if let Some(f) = self.class_lookup(&self.class_of(other), "__float__") {
                                let r = self.call(&f, vec![other.clone()], &[])?;
                                self.to_f64(&r)?
                            } else {
                                return Err(self.type_error(format!(
                                    "must be real number, not {}",
                                    self.type_name(other)
                                )));
                            }
                        }
                    };
                    spec.kind = Some(conv);
                    if spec.precision.is_none() {
                        spec.precision = Some(6);
                    }
                    self.format_float(x, &spec)?
                }
                'c' => {
                    let ch = match &arg {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Int(i) => char::from_u32(*i as u32)
                            .ok_or_else(|| self.overflow_error("%c arg not in range(0x110000)"))?
                            .to_string(),
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    pad(&spec, "", &ch, '>')
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        text[..conv_at].chars().count()
                    )));
                }
            };
            let _ = start;
            out.push_str(&text);
        }
        if next < items.len() && !used_mapping && mapping.is_none() {
            return Err(self.type_error(format!(
                "not all arguments converted during {} formatting",
                if bytes_mode.is_some() {
                    "bytes"
                } else {
                    "string"
                }
            )));
        }
        if let Some(mutable) = bytes_mode {
            let data = out.chars().map(|c| c as u8).collect();
            return Ok(crate::builtins::bytes_methods::new_bytes(data, mutable));
        }
        Ok(Value::string(out))
    }

    fn percent_int(&mut self, arg: &Value, conv: char) -> PyResult<BigInt> {
        match arg {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(to_bigint(arg).unwrap()),
            Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                if !f.is_finite() {
                    return Err(self.error(
                        if f.is_nan() {
                            "ValueError"
                        } else {
                            "OverflowError"
                        },
                        if f.is_nan() {
                            "cannot convert float NaN to integer"
                        } else {
                            "cannot convert float infinity to integer"
                        },
                    ));
                }
                use num_traits::FromPrimitive;
                Ok(BigInt::from_f64(f.trunc()).unwrap_or_default())
            }
            other => {
                if let Value::Instance(_) = other
                    && let Some(f) = self.class_lookup(&self.class_of(other), "__index__")
                {
                    let r = self.call(&f, vec![other.clone()], &[])?;
                    if let Some(n) = to_bigint(&r) {
                        return Ok(n);
                    }
                }
                let what = if matches!(conv, 'd' | 'i' | 'u') {
                    "a real number"
                } else {
                    "an integer"
                };
                Err(self.type_error(format!(
                    "%{conv} format: {what} is required, not {}",
                    self.type_name(other)
                )))
            }
        }
    }
}

/// `%8.4d`, `%#.3x`: the precision is a minimum digit count (zeros go
/// after the sign and the `0x` prefix); the width then pads with spaces,
/// or with zeros after the prefix under the `0` flag (unlike C's printf).
fn percent_int_precision(n: &BigInt, conv: char, spec: &FormatSpec, left: bool) -> String {
    let mut digits = match conv {
        'x' => n.abs().to_str_radix(16),
        'X' => n.abs().to_str_radix(16).to_uppercase(),
        'o' => n.abs().to_str_radix(8),
        _ => n.abs().to_string(),
    };
    let precision = spec.precision.unwrap_or(0);
    if digits.len() < precision {
        digits = format!("{}{digits}", "0".repeat(precision - digits.len()));
    }
    let sign = sign_str(n.is_negative(), spec.sign);
    let prefix = match conv {
        'x' if spec.alternate => "0x",
        'X' if spec.alternate => "0X",
        'o' if spec.alternate => "0o",
        _ => "",
    };
    let body = format!("{sign}{prefix}{digits}");
    let fill = spec.width.unwrap_or(0).saturating_sub(body.len());
    if left {
        format!("{body}{}", " ".repeat(fill))
    } else if spec.zero {
        format!("{sign}{prefix}{}{digits}", "0".repeat(fill))
    } else {
        format!("{}{body}", " ".repeat(fill))
    }
}

/// `ascii()`: a repr with non-ASCII characters escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let code = c as u32;
        if code < 128 {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

/// The repr of a str, for builtins that need it without a VM.
pub fn str_repr(s: &str) -> String {
    repr_str(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_formats() {
        assert_eq!(fixed(2.675, 2), "2.67");
        assert_eq!(exponent(12345.678, 2, false), "1.23e+04");
        assert_eq!(general(0.0001234, 3, false, false), "0.000123");
        assert_eq!(general(123456789.0, 3, false, false), "1.23e+08");
        assert_eq!(general(100.0, 6, false, false), "100");
    }

    #[test]
    fn spec_parsing() {
        let s = parse_spec("*^10.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.width, Some(10));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.kind, Some('f'));
    }
}
