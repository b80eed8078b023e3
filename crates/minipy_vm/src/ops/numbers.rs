//! Number helpers: exact int/float comparison, correctly rounded int
//! division, Python's floor division and modulo, and parsing numbers
//! from strings as `int()` and `float()` do.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// CPython refuses to convert ints with more digits than this to `str`
/// (and back), to bound the quadratic conversion time.
/// CPython's limit on decimal digits converted between int and str
/// (`sys.set_int_max_str_digits`; 0 means no limit). It is per process
/// here, per interpreter in CPython.
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

pub fn max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Refuses `int(text, base)` for more digits than the limit allows
/// (bases that are powers of two are exempt, as in CPython).
pub fn check_int_digits(vm: &Vm, text: &str, base: u32) -> PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 || text.len() <= limit {
        return Ok(());
    }
    let body = text.trim().trim_start_matches(['+', '-']);
    let prefixed = body.len() > 1
        && body.starts_with('0')
        && matches!(body.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    if base.is_power_of_two() || (base == 0 && prefixed) {
        return Ok(());
    }
    let digits = body.chars().filter(|c| c.is_alphanumeric()).count();
    if digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// An int as `f64`, or `None` if it is too large (CPython: OverflowError).
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    f.is_finite().then_some(f)
}

/// Exact comparison of an int with a float (no rounding of the int).
pub fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = f.trunc();
    let whole = BigInt::from_f64_exact(fi);
    match i.cmp(&whole) {
        Ordering::Equal => {
            let frac = f - fi;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    /// An integral, finite `f64` as an exact `BigInt`.
    fn from_f64_exact(f: f64) -> BigInt {
        use num_traits::FromPrimitive;
        BigInt::from_f64(f).unwrap_or_default()
    }
}

pub fn int_float_eq(i: &BigInt, f: f64) -> bool {
    int_float_cmp(i, f) == Some(Ordering::Equal)
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
pub fn int_true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        return Ok(a.to_f64().unwrap() / b.to_f64().unwrap());
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has about 55 significant bits, keep a sticky
    // bit for the remainder, and let the conversion round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (q, r) = n.div_rem(&d);
    let q = (q << 1u32) | BigInt::from(!r.is_zero() as u8);
    let mantissa = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift + 1);
    let result = ldexp(mantissa, exp);
    if result.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -result } else { result })
}

/// `m * 2**e`, without intermediate overflow for large `|e|`.
pub fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e as i32)
}

/// Python's float `divmod` (CPython's `float_divmod`).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Parses an int literal as `int(s, base)` does (whitespace, sign,
/// underscores between digits, a prefix when it matches the base or when
/// base is 0). `None` means invalid.
/// `s` with the decimal digits of every script made ASCII, as CPython
/// reads `int()` and `float()` arguments (`int("٣٤")` is 34).
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let digit = crate::builtins::str_methods::unicode::decimal_value;
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c))
            .collect(),
    )
}

pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let s = ascii_digits(s);
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = {
        let prefixed = |p: &str, b: u32| lower.starts_with(p) && (base == b || base == 0);
        if prefixed("0x", 16) {
            (16, &t[2..])
        } else if prefixed("0o", 8) {
            (8, &t[2..])
        } else if prefixed("0b", 2) {
            (2, &t[2..])
        } else if base == 0 {
            // Base 0 without a prefix: decimal, and no leading zeros.
            if t.len() > 1
                && t.starts_with('0')
                && t.trim_start_matches(['0', '_']).chars().any(|c| c != '0')
            {
                return None;
            }
            (10, t)
        } else {
            (base, t)
        }
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| t.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if negative { -n } else { n })
}

/// Parses a float as `float(s)` does: decimal or `inf`/`nan` spellings,
/// underscores between digits.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = ascii_digits(s);
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
    {
        return None;
    }
    // Underscores must sit between digits.
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_'
            && !(i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// `str(int)` with CPython's 4300-digit safety limit.
pub fn bigint_to_string(vm: &Vm, b: &BigInt) -> PyResult<String> {
    // 4300 decimal digits is about 14284 bits; only check the big ones.
    let limit = max_str_digits();
    // A number of n bits has at most n * log10(2) + 1 digits.
    if limit != 0 && b.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 > limit as f64 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_int_like_python() {
        assert_eq!(parse_int("  42 ", 10), Some(BigInt::from(42)));
        assert_eq!(parse_int("0x1f", 16), Some(BigInt::from(31)));
        assert_eq!(parse_int("0x1f", 0), Some(BigInt::from(31)));
        assert_eq!(parse_int("z", 36), Some(BigInt::from(35)));
        assert_eq!(parse_int("1_000", 10), Some(BigInt::from(1000)));
        assert_eq!(parse_int("010", 0), None);
        assert_eq!(parse_int("_1", 10), None);
        assert_eq!(parse_int("abc", 10), None);
        assert_eq!(parse_int("-7", 10), Some(BigInt::from(-7)));
    }

    #[test]
    fn float_divmod_signs() {
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
    }

    #[test]
    fn exact_int_float_comparison() {
        let big = BigInt::from(2u64.pow(53) + 1);
        assert!(!int_float_eq(&big, 2f64.powi(53)));
        assert_eq!(int_float_cmp(&big, 2f64.powi(53)), Some(Ordering::Greater));
    }
}
