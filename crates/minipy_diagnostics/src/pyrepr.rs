//! Python's `repr()` of str and bytes, shared by every stage that prints literals.

/// `repr(s)` for a Python str: single quotes unless the text contains a
/// single quote and no double quote, as CPython's `unicode_repr` decides.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, code: u32) {
    use std::fmt::Write;
    let _ = if code < 0x100 {
        write!(out, "\\x{code:02x}")
    } else if code < 0x10000 {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

/// `repr(b)` for a Python bytes object.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote as char);
    out
}

/// Python's `str.isprintable()` for one character. Without Unicode's
/// general-category tables this treats controls, separators other than
/// space, surrogates, private use and the common format characters as
/// non-printable, which covers what programs meet in practice.
pub fn is_printable(c: char) -> bool {
    let code = c as u32;
    if code < 0x7f {
        return code >= 0x20;
    }
    if c.is_control() || (c.is_whitespace()) {
        return false;
    }
    !matches!(code,
        0xad
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x180e
        | 0x200b..=0x200f
        | 0x202a..=0x202e
        | 0x2060..=0x206f
        | 0xd800..=0xf8ff
        | 0xfeff
        | 0xfff9..=0xfffb
        | 0xfffe..=0xffff
        | 0xe0001..=0xe007f
        | 0xf0000..=0x10ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_matches_cpython() {
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr_str("\n\t\x00é\u{7f}"), "'\\n\\t\\x00é\\x7f'");
        assert_eq!(repr_str("\u{a0}"), "'\\xa0'");
        assert_eq!(repr_str("\u{2028}"), "'\\u2028'");
    }

    #[test]
    fn bytes_repr_matches_cpython() {
        assert_eq!(repr_bytes(b"a\x00\xff'"), "b\"a\\x00\\xff'\"");
    }
}

/// The shortest decimal digits that round-trip to `x` (finite, non-zero,
/// sign ignored), and the exponent of the first digit: `x = 0.d1d2... * 10^(exp+1)`.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let split = |sci: String| {
        let (mantissa, exp) = sci.split_once('e').expect("`{:e}` always has an exponent");
        let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
        (digits, exp.parse::<i32>().expect("exponent is an integer"))
    };
    // Rust finds how many digits are needed, but when two strings of that
    // length both round-trip it may pick either; Python picks the one
    // nearest the exact value (ties to even), which exact formatting gives.
    let (shortest, _) = split(format!("{:e}", x.abs()));
    split(format!("{:.*e}", shortest.len() - 1, x.abs()))
}

/// `repr(x)` for a Python float: the shortest round-tripping digits, in
/// fixed notation when the exponent is in `-4 <= exp < 16`, else scientific.
pub fn repr_float(x: f64) -> String {
    format_float_short(x, true)
}

/// Python's `'r'` float formatting. `add_dot_0` appends `.0` to integral
/// values in fixed notation, as `repr(float)` does and `repr(complex)` does not.
pub fn format_float_short(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0{}", if add_dot_0 { ".0" } else { "" });
    }
    let (digits, exp) = shortest_digits(x);
    let mut out = String::from(sign);
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.push_str(&"0".repeat(int_len - digits.len()));
                if add_dot_0 {
                    out.push_str(".0");
                }
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

#[cfg(test)]
mod float_tests {
    use super::*;

    #[test]
    fn float_repr_matches_cpython() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (1.5, "1.5"),
            (123456789.125, "123456789.125"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.5e-7, "2.5e-07"),
            (1000000000000000.2, "1000000000000000.2"),
            (f64::INFINITY, "inf"),
        ];
        for (x, want) in cases {
            assert_eq!(repr_float(x), want);
        }
        assert_eq!(format_float_short(3.0, false), "3");
    }
}
