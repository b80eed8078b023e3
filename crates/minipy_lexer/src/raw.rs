//! The raw token layer: a logos lexer for single tokens, before layout.
//!
//! Numbers and strings are matched by their first characters only; a callback
//! then scans the rest by hand, because CPython's rules for them (underscores,
//! prefixes, triple quotes, and the exact column of each error) are easier to
//! follow as code than as regular expressions.

use crate::error::LexErrorKind;
use logos::{Lexer, Logos};

/// Extra state logos carries for us: the precise span of the last error.
#[derive(Default)]
pub struct RawExtras {
    pub error_span: Option<(u32, u32)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Int,
    Float,
    Imag,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = LexErrorKind, extras = RawExtras)]
#[logos(skip r"[ \t\x0c]+")]
pub enum RawTok {
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]", scan_number)]
    Number(NumKind),
    #[regex(
        r#"([rRuUfFbB]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#,
        scan_string
    )]
    Str,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A backslash that joins two physical lines.
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash that is not at the end of its line.
    #[token("\\")]
    Backslash,
    #[token("!")]
    #[token("$")]
    #[token("?")]
    #[token("`")]
    Stray,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

/// A cursor over the bytes of a number, modelled on CPython's `tok_nextc` /
/// `tok_backup`, so that error columns land where CPython's do.
struct Cursor<'s> {
    bytes: &'s [u8],
    cur: usize,
}

impl Cursor<'_> {
    /// The next byte, or 0 at the end of input (CPython's EOF sentinel).
    fn next(&mut self) -> u8 {
        let c = self.bytes.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    fn peek_is(&self, text: &str) -> bool {
        let rest = &self.bytes[self.cur.min(self.bytes.len())..];
        rest.starts_with(text.as_bytes())
            && !rest
                .get(text.len())
                .is_some_and(|&b| is_potential_identifier_char(b))
    }
}

fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

type NumResult = Result<NumKind, (LexErrorKind, usize, usize)>;

/// CPython's error for a number: the caret is one character before `cur`.
fn err_at(kind: LexErrorKind, cur: usize) -> (LexErrorKind, usize, usize) {
    (kind, cur.saturating_sub(1), cur)
}

/// `verify_end_of_number`: a number may not run straight into a name, except
/// into the keywords that can follow one in valid code (`1if x else 2`).
fn verify_end(cur: &mut Cursor, c: u8, kind: &'static str, ok: NumKind) -> NumResult {
    // `c` has been consumed; look at what follows it.
    let allowed = match c {
        b'a' => cur.peek_is("nd"),
        b'e' => cur.peek_is("lse"),
        b'f' => cur.peek_is("or"),
        b'i' => matches!(cur.bytes.get(cur.cur), Some(b'f' | b'n' | b's')),
        b'o' => cur.peek_is("r"),
        b'n' => cur.peek_is("ot"),
        _ => false,
    };
    cur.backup();
    if !allowed && is_potential_identifier_char(c) {
        let msg = match kind {
            "hexadecimal" => LexErrorKind::InvalidHex,
            "octal" => LexErrorKind::InvalidOctal,
            "binary" => LexErrorKind::InvalidBinary,
            "imaginary" => LexErrorKind::InvalidImaginary,
            _ => LexErrorKind::InvalidDecimal,
        };
        return Err(err_at(msg, cur.cur));
    }
    Ok(ok)
}

/// `tok_decimal_tail`: digits with single underscores between them.
fn decimal_tail(cur: &mut Cursor) -> Result<u8, (LexErrorKind, usize, usize)> {
    loop {
        let mut c = cur.next();
        while c.is_ascii_digit() {
            c = cur.next();
        }
        if c != b'_' {
            return Ok(c);
        }
        let c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup();
            return Err(err_at(LexErrorKind::InvalidDecimal, cur.cur));
        }
    }
}

/// Digits of a prefixed literal (`0x`, `0o`, `0b`), after the prefix.
fn radix_digits(
    cur: &mut Cursor,
    is_digit: fn(u8) -> bool,
    name: &'static str,
    invalid: LexErrorKind,
) -> NumResult {
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if c.is_ascii_digit() && name != "hexadecimal" {
                return Err(err_at(LexErrorKind::InvalidDigit(c as char, name), cur.cur));
            }
            cur.backup();
            return Err(err_at(invalid, cur.cur));
        }
        c = cur.next();
        while is_digit(c) {
            c = cur.next();
        }
        if c != b'_' {
            break;
        }
    }
    if c.is_ascii_digit() && name != "hexadecimal" {
        return Err(err_at(LexErrorKind::InvalidDigit(c as char, name), cur.cur));
    }
    verify_end(cur, c, name, NumKind::Int)
}

/// The fraction, exponent and imaginary suffix of a decimal number; `c` is
/// the character after the integer part (already consumed).
fn decimal_rest(cur: &mut Cursor, mut c: u8, mut kind: NumKind, fraction: bool) -> NumResult {
    if fraction {
        kind = NumKind::Float;
        if c.is_ascii_digit() {
            c = decimal_tail(cur)?;
        }
    }
    if c == b'e' || c == b'E' {
        let e = c;
        c = cur.next();
        if c == b'+' || c == b'-' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.backup();
                return Err(err_at(LexErrorKind::InvalidDecimal, cur.cur));
            }
        } else if !c.is_ascii_digit() {
            cur.backup();
            // Not an exponent after all: the `e` starts the next token.
            return verify_end(cur, e, "decimal", kind);
        }
        kind = NumKind::Float;
        c = decimal_tail(cur)?;
    }
    if c == b'j' || c == b'J' {
        let c = cur.next();
        return verify_end(cur, c, "imaginary", NumKind::Imag);
    }
    verify_end(cur, c, "decimal", kind)
}

/// Scans one number starting at byte `start`; on success returns its kind and
/// the byte offset just past it.
fn scan_number_at(
    bytes: &[u8],
    start: usize,
) -> Result<(NumKind, usize), (LexErrorKind, usize, usize)> {
    let mut cur = Cursor { bytes, cur: start };
    let c = cur.next();
    let kind = if c == b'.' {
        let c = cur.next();
        decimal_rest(&mut cur, c, NumKind::Float, true)?
    } else if c == b'0' {
        let c = cur.next();
        match c {
            b'x' | b'X' => radix_digits(
                &mut cur,
                |c| c.is_ascii_hexdigit(),
                "hexadecimal",
                LexErrorKind::InvalidHex,
            )?,
            b'o' | b'O' => radix_digits(
                &mut cur,
                |c| (b'0'..=b'7').contains(&c),
                "octal",
                LexErrorKind::InvalidOctal,
            )?,
            b'b' | b'B' => radix_digits(
                &mut cur,
                |c| c == b'0' || c == b'1',
                "binary",
                LexErrorKind::InvalidBinary,
            )?,
            _ => {
                let mut c = c;
                loop {
                    if c == b'_' {
                        c = cur.next();
                        if !c.is_ascii_digit() {
                            cur.backup();
                            return Err(err_at(LexErrorKind::InvalidDecimal, cur.cur));
                        }
                    }
                    if c != b'0' {
                        break;
                    }
                    c = cur.next();
                }
                let zeros_end = cur.cur;
                let nonzero = c.is_ascii_digit();
                if nonzero {
                    c = decimal_tail(&mut cur)?;
                }
                match c {
                    b'.' => {
                        let c = cur.next();
                        decimal_rest(&mut cur, c, NumKind::Float, true)?
                    }
                    b'e' | b'E' | b'j' | b'J' => decimal_rest(&mut cur, c, NumKind::Int, false)?,
                    _ if nonzero => {
                        return Err((LexErrorKind::LeadingZeros, start, zeros_end - 1));
                    }
                    _ => verify_end(&mut cur, c, "decimal", NumKind::Int)?,
                }
            }
        }
    } else {
        let c = decimal_tail(&mut cur)?;
        if c == b'.' {
            let c = cur.next();
            decimal_rest(&mut cur, c, NumKind::Float, true)?
        } else {
            decimal_rest(&mut cur, c, NumKind::Int, false)?
        }
    };
    Ok((kind, cur.cur))
}

fn scan_number(lex: &mut Lexer<RawTok>) -> Result<NumKind, LexErrorKind> {
    let start = lex.span().start;
    match scan_number_at(lex.source().as_bytes(), start) {
        Ok((kind, end)) => {
            let matched = lex.span().end;
            if end > matched {
                lex.bump(end - matched);
            }
            Ok(kind)
        }
        Err((kind, caret_start, caret_end)) => {
            lex.extras.error_span = Some((caret_start as u32, caret_end as u32));
            Err(kind)
        }
    }
}

/// Scans the body of a string literal after its opening quote. On an
/// unterminated string the error span runs from the literal's start to where
/// the problem was detected, and the caret goes on the literal's start.
fn scan_string(lex: &mut Lexer<RawTok>) -> Result<(), LexErrorKind> {
    let bytes = lex.source().as_bytes();
    let start = lex.span().start;
    let mut pos = lex.span().end;
    let quote = bytes[pos - 1];
    let triple = bytes.get(pos) == Some(&quote) && bytes.get(pos + 1) == Some(&quote);
    if triple {
        pos += 2;
    } else if bytes.get(pos) == Some(&quote) {
        lex.bump(1);
        return Ok(());
    }
    loop {
        let Some(&c) = bytes.get(pos) else {
            // A backslash as the very last byte steps past the end.
            lex.bump(pos.min(bytes.len()) - lex.span().end);
            lex.extras.error_span = Some((start as u32, start as u32 + 1));
            return Err(if triple {
                LexErrorKind::UnterminatedTripleQuoted(0)
            } else {
                LexErrorKind::UnterminatedString(0)
            });
        };
        if c == quote {
            if !triple {
                pos += 1;
                break;
            }
            if bytes.get(pos + 1) == Some(&quote) && bytes.get(pos + 2) == Some(&quote) {
                pos += 3;
                break;
            }
        } else if c == b'\\' {
            pos += 1;
            // A backslash swallows the next character, CRLF counting as one.
            if bytes.get(pos) == Some(&b'\r') && bytes.get(pos + 1) == Some(&b'\n') {
                pos += 1;
            }
        } else if (c == b'\n' || c == b'\r') && !triple {
            lex.bump(pos - lex.span().end);
            lex.extras.error_span = Some((start as u32, start as u32 + 1));
            return Err(LexErrorKind::UnterminatedString(0));
        }
        pos += 1;
    }
    let pos = pos.min(bytes.len());
    lex.bump(pos - lex.span().end);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(src: &str) -> Result<(NumKind, usize), (LexErrorKind, usize, usize)> {
        scan_number_at(src.as_bytes(), 0)
    }

    #[test]
    fn numbers() {
        assert_eq!(number("0x_ff "), Ok((NumKind::Int, 5)));
        assert_eq!(number("1_000.5e-3j+"), Ok((NumKind::Imag, 11)));
        assert_eq!(number("00 "), Ok((NumKind::Int, 2)));
        assert_eq!(number("0123.5"), Ok((NumKind::Float, 6)));
        assert_eq!(number("1if"), Ok((NumKind::Int, 1)));
        assert_eq!(number(".5"), Ok((NumKind::Float, 2)));
        assert_eq!(number("1e5j"), Ok((NumKind::Imag, 4)));
        assert_eq!(number("1else"), Ok((NumKind::Int, 1)));
    }

    #[test]
    fn number_errors_point_where_cpython_does() {
        assert_eq!(number("1abc"), Err((LexErrorKind::InvalidDecimal, 0, 1)));
        assert_eq!(number("012\n"), Err((LexErrorKind::LeadingZeros, 0, 1)));
        assert_eq!(
            number("0o8"),
            Err((LexErrorKind::InvalidDigit('8', "octal"), 2, 3))
        );
        assert_eq!(number("0x\n"), Err((LexErrorKind::InvalidHex, 1, 2)));
        assert_eq!(number("1.e\n"), Err((LexErrorKind::InvalidDecimal, 1, 2)));
        assert_eq!(number("5j5"), Err((LexErrorKind::InvalidImaginary, 1, 2)));
        assert_eq!(number("0b1_\n"), Err((LexErrorKind::InvalidBinary, 3, 4)));
    }
}
