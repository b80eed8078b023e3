//! The layout layer: turns raw tokens into Python's logical-line token stream.
//!
//! It adds what a context-free lexer cannot know: NEWLINE only at the end of
//! a logical line (not inside brackets, not on blank lines), INDENT and DEDENT
//! from an indentation stack, and checks on bracket pairing. Soft keywords
//! (`match`, `case`) are the parser's business: here they are plain names.

use crate::error::{LexError, LexErrorKind};
use crate::raw::{NumKind, RawTok};
use crate::token::{Tok, Token};
use logos::Logos;
use minipy_diagnostics::Span;
use std::collections::VecDeque;

/// CPython's `MAXINDENT`: deeper indentation is "too many levels of indentation".
pub const MAX_INDENT_LEVEL: usize = 100;
/// CPython's `MAXLEVEL`: more open brackets are "too many nested parentheses".
pub const MAX_PAREN_LEVEL: usize = 200;
const TAB_SIZE: u32 = 8;

/// One raw token, or the error logos (or a callback) reported.
type RawItem = (Result<RawTok, LexErrorKind>, Span, Option<(u32, u32)>);

/// An iterator of tokens, trivia included; it stops after the first error.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, RawTok>,
    lookahead: VecDeque<RawItem>,
    pending: VecDeque<Token<'a>>,
    /// Indentation levels as (column with tabs to 8, column with tabs to 1);
    /// comparing both is how CPython detects inconsistent tabs and spaces.
    indents: Vec<(u32, u32)>,
    brackets: Vec<(u8, Span)>,
    at_line_start: bool,
    finished: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            src,
            raw: RawTok::lexer(src),
            lookahead: VecDeque::new(),
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            finished: false,
        }
    }

    /// How many brackets are open at this point.
    pub fn bracket_depth(&self) -> usize {
        self.brackets.len()
    }

    /// The innermost open bracket and where it is.
    pub fn innermost_bracket(&self) -> Option<(char, Span)> {
        self.brackets.last().map(|&(c, s)| (c as char, s))
    }

    fn next_raw(&mut self) -> Option<RawItem> {
        if let Some(item) = self.lookahead.pop_front() {
            return Some(item);
        }
        self.read_raw()
    }

    fn read_raw(&mut self) -> Option<RawItem> {
        let result = self.raw.next()?;
        let span = Span::from_range(self.raw.span());
        let detail = self.raw.extras.error_span.take();
        Some((result, span, detail))
    }

    fn fail(&mut self, kind: LexErrorKind, span: Span) -> Option<Result<Token<'a>, LexError>> {
        self.finished = true;
        Some(Err(LexError::new(kind, span)))
    }

    /// Turns a raw error into the specific error CPython reports.
    fn refine_error(&self, kind: LexErrorKind, span: Span, detail: Option<(u32, u32)>) -> LexError {
        let at = detail.map(|(s, e)| Span::new(s, e)).unwrap_or(span);
        match kind {
            LexErrorKind::UnterminatedString(_) => {
                LexError::new(LexErrorKind::UnterminatedString(self.line_of(span.end)), at)
            }
            LexErrorKind::UnterminatedTripleQuoted(_) => LexError::new(
                LexErrorKind::UnterminatedTripleQuoted(self.detected_line_at_eof()),
                at,
            ),
            LexErrorKind::Unrecognized => {
                let c = self.src[span.start as usize..]
                    .chars()
                    .next()
                    .unwrap_or('\0');
                let kind = if c == '\0' {
                    LexErrorKind::NullByte
                } else if is_printable(c) {
                    LexErrorKind::InvalidCharacter(c)
                } else {
                    LexErrorKind::NonPrintableCharacter(c)
                };
                LexError::new(kind, span)
            }
            kind => LexError::new(kind, at),
        }
    }

    fn line_of(&self, offset: u32) -> u32 {
        let upto = &self.src.as_bytes()[..(offset as usize).min(self.src.len())];
        1 + upto.iter().filter(|&&b| b == b'\n').count() as u32
    }

    /// The line CPython's tokenizer is on when it hits the end of the file.
    fn detected_line_at_eof(&self) -> u32 {
        let lines = self.line_of(self.src.len() as u32);
        if self.src.ends_with('\n') {
            lines - 1
        } else {
            lines
        }
        .max(1)
    }

    /// Byte offset of the start of the physical line containing `offset`.
    fn line_start(&self, offset: u32) -> u32 {
        let before = &self.src.as_bytes()[..offset as usize];
        before
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |p| p as u32 + 1)
    }

    /// Emits INDENT or DEDENT tokens for a line whose first token is at `at`.
    fn indent_line(&mut self, at: u32) -> Result<(), LexError> {
        let start = self.line_start(at);
        let (mut col, mut altcol) = (0u32, 0u32);
        for b in self.src.as_bytes()[start as usize..at as usize].iter() {
            match b {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
        }
        let tab_error = || LexError::new(LexErrorKind::Tab, Span::new(at, at));
        let &(top, alttop) = self.indents.last().expect("indent stack is never empty");
        if col == top {
            if altcol != alttop {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT_LEVEL {
                return Err(LexError::new(LexErrorKind::TooDeep, Span::new(at, at)));
            }
            if altcol <= alttop {
                return Err(tab_error());
            }
            self.indents.push((col, altcol));
            self.pending.push_back(Token {
                tok: Tok::Indent,
                span: Span::new(start, at),
            });
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.pending.push_back(Token {
                    tok: Tok::Dedent,
                    span: Span::new(at, at),
                });
            }
            let &(top, alttop) = self.indents.last().unwrap();
            if col != top {
                let end = self.end_of_line(at);
                return Err(LexError::new(LexErrorKind::Dedent, Span::new(end, end)));
            }
            if altcol != alttop {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn end_of_line(&self, at: u32) -> u32 {
        let rest = &self.src.as_bytes()[at as usize..];
        at + rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len()) as u32
    }

    fn push_bracket(&mut self, open: u8, span: Span) -> Result<(), LexError> {
        if self.brackets.len() >= MAX_PAREN_LEVEL {
            return Err(LexError::new(LexErrorKind::TooManyParentheses, span));
        }
        self.brackets.push((open, span));
        Ok(())
    }

    fn pop_bracket(&mut self, close: u8, span: Span) -> Result<(), LexError> {
        let Some(&(open, open_span)) = self.brackets.last() else {
            return Err(LexError::new(
                LexErrorKind::UnmatchedClose(close as char),
                span,
            ));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let open_line = self.line_of(open_span.start);
            let close_line = self.line_of(span.start);
            return Err(LexError::new(
                LexErrorKind::MismatchedClose {
                    close: close as char,
                    open: open as char,
                    open_line: (open_line != close_line).then_some(open_line),
                },
                span,
            ));
        }
        self.brackets.pop();
        Ok(())
    }

    fn at_eof(&mut self) -> Option<Result<Token<'a>, LexError>> {
        let end = self.src.len() as u32;
        if let Some(&(open, span)) = self.brackets.last() {
            return self.fail(LexErrorKind::NeverClosed(open as char), span);
        }
        self.finished = true;
        if !self.at_line_start {
            self.pending.push_back(Token {
                tok: Tok::Newline,
                span: Span::new(end, end),
            });
        }
        for _ in 1..self.indents.len() {
            self.pending.push_back(Token {
                tok: Tok::Dedent,
                span: Span::new(end, end),
            });
        }
        self.indents.truncate(1);
        self.pending.push_back(Token {
            tok: Tok::EndMarker,
            span: Span::new(end, end),
        });
        self.pending.pop_front().map(Ok)
    }

    fn text(&self, span: Span) -> &'a str {
        &self.src[span.start as usize..span.end as usize]
    }

    /// Maps a significant raw token to its `Tok`.
    fn convert(&self, raw: RawTok, span: Span) -> Tok<'a> {
        let text = self.text(span);
        match raw {
            RawTok::Name => Tok::Name(text),
            RawTok::Number(NumKind::Int) => Tok::Int(text),
            RawTok::Number(NumKind::Float) => Tok::Float(text),
            RawTok::Number(NumKind::Imag) => Tok::Imag(text),
            RawTok::Str => Tok::Str(text),
            RawTok::Stray => Tok::ErrorToken(text),
            RawTok::False => Tok::False,
            RawTok::None => Tok::None,
            RawTok::True => Tok::True,
            RawTok::And => Tok::And,
            RawTok::As => Tok::As,
            RawTok::Assert => Tok::Assert,
            RawTok::Async => Tok::Async,
            RawTok::Await => Tok::Await,
            RawTok::Break => Tok::Break,
            RawTok::Class => Tok::Class,
            RawTok::Continue => Tok::Continue,
            RawTok::Def => Tok::Def,
            RawTok::Del => Tok::Del,
            RawTok::Elif => Tok::Elif,
            RawTok::Else => Tok::Else,
            RawTok::Except => Tok::Except,
            RawTok::Finally => Tok::Finally,
            RawTok::For => Tok::For,
            RawTok::From => Tok::From,
            RawTok::Global => Tok::Global,
            RawTok::If => Tok::If,
            RawTok::Import => Tok::Import,
            RawTok::In => Tok::In,
            RawTok::Is => Tok::Is,
            RawTok::Lambda => Tok::Lambda,
            RawTok::Nonlocal => Tok::Nonlocal,
            RawTok::Not => Tok::Not,
            RawTok::Or => Tok::Or,
            RawTok::Pass => Tok::Pass,
            RawTok::Raise => Tok::Raise,
            RawTok::Return => Tok::Return,
            RawTok::Try => Tok::Try,
            RawTok::While => Tok::While,
            RawTok::With => Tok::With,
            RawTok::Yield => Tok::Yield,
            RawTok::Lpar => Tok::Lpar,
            RawTok::Rpar => Tok::Rpar,
            RawTok::Lsqb => Tok::Lsqb,
            RawTok::Rsqb => Tok::Rsqb,
            RawTok::Lbrace => Tok::Lbrace,
            RawTok::Rbrace => Tok::Rbrace,
            RawTok::Colon => Tok::Colon,
            RawTok::Comma => Tok::Comma,
            RawTok::Semi => Tok::Semi,
            RawTok::Plus => Tok::Plus,
            RawTok::Minus => Tok::Minus,
            RawTok::Star => Tok::Star,
            RawTok::Slash => Tok::Slash,
            RawTok::Vbar => Tok::Vbar,
            RawTok::Amper => Tok::Amper,
            RawTok::Less => Tok::Less,
            RawTok::Greater => Tok::Greater,
            RawTok::Equal => Tok::Equal,
            RawTok::Dot => Tok::Dot,
            RawTok::Percent => Tok::Percent,
            RawTok::EqEqual => Tok::EqEqual,
            RawTok::NotEqual => Tok::NotEqual,
            RawTok::LessEqual => Tok::LessEqual,
            RawTok::GreaterEqual => Tok::GreaterEqual,
            RawTok::Tilde => Tok::Tilde,
            RawTok::Circumflex => Tok::Circumflex,
            RawTok::LeftShift => Tok::LeftShift,
            RawTok::RightShift => Tok::RightShift,
            RawTok::DoubleStar => Tok::DoubleStar,
            RawTok::PlusEqual => Tok::PlusEqual,
            RawTok::MinEqual => Tok::MinEqual,
            RawTok::StarEqual => Tok::StarEqual,
            RawTok::SlashEqual => Tok::SlashEqual,
            RawTok::PercentEqual => Tok::PercentEqual,
            RawTok::AmperEqual => Tok::AmperEqual,
            RawTok::VbarEqual => Tok::VbarEqual,
            RawTok::CircumflexEqual => Tok::CircumflexEqual,
            RawTok::LeftShiftEqual => Tok::LeftShiftEqual,
            RawTok::RightShiftEqual => Tok::RightShiftEqual,
            RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
            RawTok::DoubleSlash => Tok::DoubleSlash,
            RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
            RawTok::At => Tok::At,
            RawTok::AtEqual => Tok::AtEqual,
            RawTok::Rarrow => Tok::Rarrow,
            RawTok::Ellipsis => Tok::Ellipsis,
            RawTok::ColonEqual => Tok::ColonEqual,
            RawTok::Comment | RawTok::Newline | RawTok::Continuation | RawTok::Backslash => {
                unreachable!("layout tokens are handled before convert")
            }
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Token<'a>, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(tok) = self.pending.pop_front() {
                return Some(Ok(tok));
            }
            if self.finished {
                return None;
            }
            let Some((result, span, detail)) = self.next_raw() else {
                return self.at_eof();
            };
            let raw = match result {
                Ok(raw) => raw,
                Err(kind) => {
                    let err = self.refine_error(kind, span, detail);
                    self.finished = true;
                    return Some(Err(err));
                }
            };
            match raw {
                RawTok::Comment => {
                    return Some(Ok(Token {
                        tok: Tok::Comment,
                        span,
                    }));
                }
                RawTok::Newline => {
                    let tok = if self.at_line_start || !self.brackets.is_empty() {
                        Tok::Nl
                    } else {
                        self.at_line_start = true;
                        Tok::Newline
                    };
                    return Some(Ok(Token { tok, span }));
                }
                RawTok::Continuation => {
                    // CPython reports a continuation at the end of the file
                    // just after the backslash, on its own line (or, inside
                    // brackets, the bracket that was never closed).
                    if span.end as usize == self.src.len() {
                        if let Some(&(open, at)) = self.brackets.last() {
                            return self.fail(LexErrorKind::NeverClosed(open as char), at);
                        }
                        let at = span.start + 1;
                        return self.fail(LexErrorKind::UnexpectedEof, Span::new(at, at));
                    }
                    continue;
                }
                RawTok::Backslash => {
                    if span.end as usize >= self.src.len() {
                        return self
                            .fail(LexErrorKind::UnexpectedEof, Span::new(span.end, span.end));
                    }
                    let next = span.end
                        + self.src[span.end as usize..]
                            .chars()
                            .next()
                            .map_or(1, |c| c.len_utf8() as u32);
                    return self.fail(LexErrorKind::LineContinuation, Span::new(span.end, next));
                }
                _ => {}
            }
            let line_start = self.at_line_start && self.brackets.is_empty();
            if line_start {
                self.at_line_start = false;
                if let Err(err) = self.indent_line(span.start) {
                    self.finished = true;
                    return Some(Err(err));
                }
            }
            let tok = self.convert(raw, span);
            let checked = match raw {
                RawTok::Lpar => self.push_bracket(b'(', span),
                RawTok::Lsqb => self.push_bracket(b'[', span),
                RawTok::Lbrace => self.push_bracket(b'{', span),
                RawTok::Rpar => self.pop_bracket(b')', span),
                RawTok::Rsqb => self.pop_bracket(b']', span),
                RawTok::Rbrace => self.pop_bracket(b'}', span),
                _ => Ok(()),
            };
            if let Err(err) = checked {
                // Tokens already queued (INDENT/DEDENT) come first, as in CPython.
                self.finished = true;
                self.pending.clear();
                return Some(Err(err));
            }
            self.pending.push_back(Token { tok, span });
        }
    }
}

/// Python's `str.isprintable` for one character, close enough for error
/// messages: control, separator and format characters are not printable.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}
