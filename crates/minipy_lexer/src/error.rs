//! Lexical errors, worded as CPython 3.11's tokenizer words them.

use minipy_diagnostics::{Diagnostic, ErrorClass, Location, Span};

#[derive(Clone, Debug, Default, PartialEq, Eq, thiserror::Error)]
pub enum LexErrorKind {
    /// Input logos could not match; the layout layer refines it into one of
    /// the specific kinds below before anyone sees it.
    #[default]
    #[error("invalid syntax")]
    Unrecognized,
    #[error("unterminated string literal (detected at line {0})")]
    UnterminatedString(u32),
    #[error("unterminated triple-quoted string literal (detected at line {0})")]
    UnterminatedTripleQuoted(u32),
    #[error("invalid decimal literal")]
    InvalidDecimal,
    #[error("invalid hexadecimal literal")]
    InvalidHex,
    #[error("invalid octal literal")]
    InvalidOctal,
    #[error("invalid binary literal")]
    InvalidBinary,
    #[error("invalid digit '{0}' in {1} literal")]
    InvalidDigit(char, &'static str),
    #[error(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    )]
    LeadingZeros,
    #[error("invalid imaginary literal")]
    InvalidImaginary,
    #[error("invalid character '{0}' (U+{code:04X})", code = *.0 as u32)]
    InvalidCharacter(char),
    #[error("invalid non-printable character U+{code:04X}", code = *.0 as u32)]
    NonPrintableCharacter(char),
    #[error("unexpected character after line continuation character")]
    LineContinuation,
    #[error("unexpected EOF while parsing")]
    UnexpectedEof,
    #[error("unmatched '{0}'")]
    UnmatchedClose(char),
    #[error("closing parenthesis '{close}' does not match opening parenthesis '{open}'{}", on_line(*.open_line))]
    MismatchedClose {
        close: char,
        open: char,
        open_line: Option<u32>,
    },
    #[error("'{0}' was never closed")]
    NeverClosed(char),
    #[error("too many nested parentheses")]
    TooManyParentheses,
    #[error("unindent does not match any outer indentation level")]
    Dedent,
    #[error("inconsistent use of tabs and spaces in indentation")]
    Tab,
    #[error("too many levels of indentation")]
    TooDeep,
    #[error("source code cannot contain null bytes")]
    NullByte,
}

fn on_line(line: Option<u32>) -> String {
    line.map(|l| format!(" on line {l}")).unwrap_or_default()
}

/// A lexical error and where it points.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct LexError {
    pub kind: LexErrorKind,
    pub span: Span,
}

impl LexError {
    pub fn new(kind: LexErrorKind, span: Span) -> LexError {
        LexError { kind, span }
    }

    pub fn class(&self) -> ErrorClass {
        match self.kind {
            LexErrorKind::Dedent | LexErrorKind::TooDeep => ErrorClass::IndentationError,
            LexErrorKind::Tab => ErrorClass::TabError,
            _ => ErrorClass::SyntaxError,
        }
    }

    /// The `Diagnostic` CPython would print for this error.
    pub fn to_diagnostic(&self, line_of: impl Fn(u32) -> u32) -> Diagnostic {
        let location = match self.kind {
            // CPython shows these lines without a caret.
            LexErrorKind::Tab | LexErrorKind::NullByte | LexErrorKind::TooDeep => {
                Location::Line(line_of(self.span.start))
            }
            _ => Location::Span(self.span),
        };
        Diagnostic {
            class: self.class(),
            message: self.kind.to_string(),
            location,
        }
    }
}
