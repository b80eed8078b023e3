//! Number and string literals: from token text to `Constant`s and f-string nodes.

use crate::{PResult, parse_fstring_expression};

type ParseResult<T> = Result<T, Diagnostic>;
use minipy_ast::{Constant, Expr, ExprKind};
use minipy_diagnostics::{Diagnostic, Span};
use num_bigint::BigInt;

pub fn int_constant(text: &str) -> Constant {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let (radix, body) = match digits.get(..2) {
        Some("0x" | "0X") => (16, &digits[2..]),
        Some("0o" | "0O") => (8, &digits[2..]),
        Some("0b" | "0B") => (2, &digits[2..]),
        _ => (10, digits.as_str()),
    };
    match i64::from_str_radix(body, radix) {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(
            BigInt::parse_bytes(body.as_bytes(), radix)
                .expect("the lexer only accepts valid digits"),
        ),
    }
}

pub fn float_value(text: &str) -> f64 {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    digits.parse().expect("the lexer only accepts valid floats")
}

pub fn imag_constant(text: &str) -> Constant {
    Constant::Complex {
        real: 0.0,
        imag: float_value(&text[..text.len() - 1]),
    }
}

/// One string token: where it starts and its text with prefix and quotes.
pub type StrToken<'a> = (usize, &'a str, usize);

struct Prefix {
    raw: bool,
    bytes: bool,
    fstring: bool,
    unicode: bool,
}

/// Splits a string token into its prefix flags, its body and the body's offset.
fn split_token(text: &str) -> (Prefix, &str, usize) {
    let quote_at = text.find(['\'', '"']).expect("a string token has a quote");
    let prefix = text[..quote_at].to_ascii_lowercase();
    let rest = &text[quote_at..];
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body = &rest[q..rest.len() - q];
    (
        Prefix {
            raw: prefix.contains('r'),
            bytes: prefix.contains('b'),
            fstring: prefix.contains('f'),
            unicode: prefix.contains('u'),
        },
        body,
        quote_at + q,
    )
}

/// The pieces of an implicitly concatenated string, before merging.
enum Piece {
    Text(String),
    Field(Expr),
}

/// Builds the node for adjacent string tokens: a `Constant` for plain
/// strings and bytes, a `JoinedStr` as soon as one of them is an f-string.
pub fn strings<'a>(tokens: Vec<StrToken>) -> PResult<'a, Expr> {
    let span = Span::new(tokens[0].0 as u32, tokens[tokens.len() - 1].2 as u32);
    // CPython reports these errors at the token after the strings, which
    // `errors::translate` finds; here they point just past the last string.
    let after = Span::new(span.end, span.end);
    let mut bytes: Option<bool> = None;
    let mut any_fstring = false;
    let mut pieces = Vec::new();
    let mut byte_value = Vec::new();
    let mut kind = None;
    for (i, &(start, text, end)) in tokens.iter().enumerate() {
        let (prefix, body, body_offset) = split_token(text);
        if i == 0 && prefix.unicode {
            kind = Some("u");
        }
        if *bytes.get_or_insert(prefix.bytes) != prefix.bytes {
            return Err(Diagnostic::syntax("cannot mix bytes and nonbytes literals", after).into());
        }
        let token_span = Span::new(start as u32, end as u32);
        if prefix.bytes {
            if !body.is_ascii() {
                return Err(Diagnostic::syntax(
                    "bytes can only contain ASCII literal characters",
                    token_span,
                )
                .into());
            }
            if prefix.raw {
                byte_value.extend_from_slice(body.as_bytes());
            } else {
                decode_escapes(body, true, &mut EscapeSink::Bytes(&mut byte_value))
                    .map_err(|e| e.into_diagnostic(after, true))?;
            }
        } else if prefix.fstring {
            any_fstring = true;
            let mut parser = FStringParser {
                text: body,
                pos: 0,
                base: start + body_offset,
                raw: prefix.raw,
                span: token_span,
            };
            parser.parse_into(&mut pieces, 0)?;
        } else {
            let mut s = String::new();
            if prefix.raw {
                s.push_str(body);
            } else {
                decode_escapes(body, false, &mut EscapeSink::Str(&mut s))
                    .map_err(|e| e.into_diagnostic(after, false))?;
            }
            pieces.push(Piece::Text(s));
        }
    }
    if bytes == Some(true) {
        return Ok(Expr::new(
            ExprKind::Constant {
                value: Constant::Bytes(byte_value),
                kind: None,
            },
            span,
        ));
    }
    if !any_fstring {
        let text: String = pieces
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => t,
                Piece::Field(_) => unreachable!("no f-string, so no fields"),
            })
            .collect();
        return Ok(Expr::new(
            ExprKind::Constant {
                value: Constant::Str(text),
                kind,
            },
            span,
        ));
    }
    Ok(Expr::new(
        ExprKind::JoinedStr {
            values: merge_pieces(pieces, span),
        },
        span,
    ))
}

/// Joins neighbouring text pieces and drops empty ones, as CPython does.
fn merge_pieces(pieces: Vec<Piece>, span: Span) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, values: &mut Vec<Expr>| {
        if !text.is_empty() {
            values.push(Expr::new(
                ExprKind::Constant {
                    value: Constant::Str(std::mem::take(text)),
                    kind: None,
                },
                span,
            ));
        }
    };
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(&t),
            Piece::Field(e) => {
                flush(&mut text, &mut values);
                values.push(e);
            }
        }
    }
    flush(&mut text, &mut values);
    values
}

enum EscapeSink<'s> {
    Str(&'s mut String),
    Bytes(&'s mut Vec<u8>),
}

impl EscapeSink<'_> {
    fn push_char(&mut self, c: char) {
        match self {
            EscapeSink::Str(s) => s.push(c),
            EscapeSink::Bytes(b) => {
                let mut buf = [0; 4];
                b.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }

    /// A code point from an escape; bytes keep only the low byte, and a lone
    /// surrogate (which Rust strings cannot hold) becomes U+FFFD.
    fn push_code(&mut self, code: u32) {
        match self {
            EscapeSink::Str(s) => s.push(char::from_u32(code).unwrap_or('\u{fffd}')),
            EscapeSink::Bytes(b) => b.push(code as u8),
        }
    }
}

/// A bad escape: its byte range in the literal body and CPython's reason.
struct EscapeError {
    start: usize,
    end: usize,
    reason: &'static str,
}

impl EscapeError {
    fn into_diagnostic(self, span: Span, bytes: bool) -> Diagnostic {
        let codec = if bytes {
            "(value error) invalid \\x escape at position"
        } else {
            ""
        };
        let message = if bytes {
            format!("{codec} {}", self.start)
        } else {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                self.start, self.end, self.reason
            )
        };
        Diagnostic::syntax(message, span)
    }
}

/// Decodes backslash escapes of a non-raw literal body into `out`.
fn decode_escapes(body: &str, bytes: bool, out: &mut EscapeSink) -> Result<(), EscapeError> {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push_char(c);
            continue;
        }
        let Some((j, e)) = chars.next() else {
            out.push_char('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' | '\'' | '"' => out.push_char(e),
            'a' => out.push_char('\x07'),
            'b' => out.push_char('\x08'),
            'f' => out.push_char('\x0c'),
            'n' => out.push_char('\n'),
            'r' => out.push_char('\r'),
            't' => out.push_char('\t'),
            'v' => out.push_char('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push_code(value);
            }
            'x' | 'u' | 'U' if e == 'x' || !bytes => {
                let (len, reason) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                let mut end = j;
                for _ in 0..len {
                    match chars.peek() {
                        Some(&(k, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap();
                            end = k;
                            chars.next();
                        }
                        _ => {
                            return Err(EscapeError {
                                start: i,
                                end,
                                reason,
                            });
                        }
                    }
                }
                if value > 0x10ffff {
                    return Err(EscapeError {
                        start: i,
                        end,
                        reason: "illegal Unicode character",
                    });
                }
                out.push_code(value);
            }
            'N' if !bytes => {
                let rest = &body[j + 1..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]));
                match name.and_then(unicode_name) {
                    Some(c) => {
                        let skip = name.unwrap().len() + 2;
                        for _ in 0..rest[..skip].chars().count() {
                            chars.next();
                        }
                        out.push_char(c);
                    }
                    None => {
                        return Err(EscapeError {
                            start: i,
                            end: j + name.map_or(0, |n| n.len() + 2),
                            reason: if name.is_some() {
                                "unknown Unicode character name"
                            } else {
                                "malformed \\N character escape"
                            },
                        });
                    }
                }
            }
            other => {
                out.push_char('\\');
                out.push_char(other);
            }
        }
    }
    Ok(())
}

/// `\N{...}`: a character by its Unicode name (or alias), as CPython looks
/// it up in its `unicodedata` tables.
fn unicode_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}

/// Parses the body of one f-string token into text and field pieces
/// (CPython 3.11's `fstring_find_literal` / `fstring_find_expr`).
struct FStringParser<'a> {
    text: &'a str,
    pos: usize,
    /// Byte offset of `text` in the source file.
    base: usize,
    raw: bool,
    span: Span,
}

impl FStringParser<'_> {
    fn error(&self, message: &str) -> Diagnostic {
        Diagnostic::syntax(format!("f-string: {message}"), self.span)
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.text[self.pos..].chars().nth(n)
    }

    /// Reads literal text and fields up to the end, or up to the `}` that
    /// closes a format spec when `spec_depth > 0`.
    fn parse_into(&mut self, pieces: &mut Vec<Piece>, spec_depth: usize) -> ParseResult<()> {
        let mut literal = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' if self.peek_at(1) == Some('{') && spec_depth == 0 => {
                    literal.push('{');
                    self.pos += 2;
                }
                '}' if self.peek_at(1) == Some('}') && spec_depth == 0 => {
                    literal.push('}');
                    self.pos += 2;
                }
                '{' => {
                    self.flush_literal(&mut literal, pieces)?;
                    self.pos += 1;
                    self.field(pieces, spec_depth)?;
                }
                '}' if spec_depth > 0 => break,
                '}' => return Err(self.error("single '}' is not allowed")),
                '\\' if !self.raw
                    && self.peek_at(1) == Some('N')
                    && self.peek_at(2) == Some('{') =>
                {
                    let close = self.text[self.pos..]
                        .find('}')
                        .map_or(self.text.len(), |i| self.pos + i + 1);
                    literal.push_str(&self.text[self.pos..close]);
                    self.pos = close;
                }
                c => {
                    // A backslash does not protect a brace: `f'\\{x}'` has a field.
                    literal.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
        self.flush_literal(&mut literal, pieces)
    }

    fn flush_literal(&self, literal: &mut String, pieces: &mut Vec<Piece>) -> ParseResult<()> {
        if literal.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(literal);
        if self.raw {
            pieces.push(Piece::Text(text));
            return Ok(());
        }
        let mut decoded = String::new();
        decode_escapes(&text, false, &mut EscapeSink::Str(&mut decoded))
            .map_err(|e| e.into_diagnostic(self.span, false))?;
        pieces.push(Piece::Text(decoded));
        Ok(())
    }

    /// One `{expr[=][!c][:spec]}` field; `pos` is just after the `{`.
    fn field(&mut self, pieces: &mut Vec<Piece>, spec_depth: usize) -> ParseResult<()> {
        if spec_depth >= 2 {
            return Err(self.error("expressions nested too deeply"));
        }
        let start = self.pos;
        let mut depth: Vec<char> = Vec::new();
        let mut quote: Option<(char, usize)> = None;
        let mut debug = false;
        let end;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("expecting '}'"));
            };
            if let Some((q, n)) = quote {
                let closes = self.text[self.pos..].starts_with(&q.to_string().repeat(n));
                if closes {
                    quote = None;
                    self.pos += n;
                } else {
                    self.pos += c.len_utf8();
                }
                continue;
            }
            match c {
                '\\' => return Err(self.error("expression part cannot include a backslash")),
                '#' => return Err(self.error("expression part cannot include '#'")),
                '\'' | '"' => {
                    let triple = self.text[self.pos..].starts_with(&c.to_string().repeat(3));
                    let n = if triple { 3 } else { 1 };
                    quote = Some((c, n));
                    self.pos += n;
                    continue;
                }
                '(' | '[' | '{' => depth.push(c),
                ')' | ']' | '}' if !depth.is_empty() => {
                    let open = depth.pop().unwrap();
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        return Err(self.error(&format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )));
                    }
                }
                ')' | ']' => return Err(self.error(&format!("unmatched '{c}'"))),
                '}' => {
                    end = self.pos;
                    break;
                }
                '!' if depth.is_empty() && self.peek_at(1) != Some('=') => {
                    end = self.pos;
                    break;
                }
                ':' if depth.is_empty() => {
                    end = self.pos;
                    break;
                }
                '=' if depth.is_empty() => {
                    let prev = self.text[..self.pos].chars().next_back();
                    if self.peek_at(1) == Some('=') {
                        self.pos += 2;
                        continue;
                    }
                    if !matches!(prev, Some('=' | '!' | '<' | '>')) {
                        end = self.pos;
                        debug = true;
                        break;
                    }
                }
                _ => {}
            }
            self.pos += c.len_utf8();
        }
        let expr_text = &self.text[start..end];
        if expr_text.trim().is_empty() {
            return Err(self.error("empty expression not allowed"));
        }
        let value = parse_fstring_expression(expr_text, self.base + start).map_err(|mut d| {
            if !d.message.starts_with("f-string") {
                d.message = format!("f-string: {}", d.message);
            }
            d
        })?;
        if debug {
            self.pos += 1;
            let after_eq = self.pos;
            while self.peek().is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            pieces.push(Piece::Text(
                self.text[start..after_eq].to_string() + &self.text[after_eq..self.pos],
            ));
        }
        let mut conversion = -1;
        if self.peek() == Some('!') {
            self.pos += 1;
            conversion = match self.peek() {
                Some(c @ ('s' | 'r' | 'a')) => c as i32,
                Some('}' | ':') | None => return Err(self.error("missing conversion character")),
                Some(_) => {
                    return Err(
                        self.error("invalid conversion character: expected 's', 'r', or 'a'")
                    );
                }
            };
            self.pos += 1;
        }
        let mut format_spec = None;
        if self.peek() == Some(':') {
            self.pos += 1;
            let mut spec_pieces = Vec::new();
            self.parse_into(&mut spec_pieces, spec_depth + 1)?;
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr {
                    values: merge_pieces(spec_pieces, self.span),
                },
                self.span,
            )));
        }
        if self.peek() != Some('}') {
            return Err(self.error("expecting '}'"));
        }
        self.pos += 1;
        if debug && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        pieces.push(Piece::Field(Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            self.span,
        )));
        Ok(())
    }
}
