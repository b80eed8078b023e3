//! The token adapter between the lexer and the generated parser.
//!
//! It drops trivia (comments, NL), turns lexical errors into diagnostics,
//! and settles the few context questions an LR(1) grammar cannot: whether
//! `match`/`case` are keywords on this line, and whether the `(` after
//! `with` opens parenthesized context managers. It also remembers what the
//! error messages need (the last tokens, open brackets, the previous
//! logical line's first tokens).

use minipy_diagnostics::{Diagnostic, Span};
use minipy_lexer::{Lexer, Tok, Token};
use std::collections::VecDeque;

pub type Spanned<'a> = (usize, Tok<'a>, usize);

/// The first two tokens of a logical line, and its line number.
#[derive(Clone, Copy, Debug, Default)]
pub struct LineHead<'a> {
    pub first: Option<(Tok<'a>, Span)>,
    pub second: Option<Tok<'a>>,
}

pub struct TokenStream<'a> {
    src: &'a str,
    lexer: Lexer<'a>,
    /// Added to every location: f-string expressions are lexed on their own
    /// and shifted back to where they sit in the file.
    shift: i64,
    lookahead: VecDeque<Token<'a>>,
    lex_error: Option<Diagnostic>,
    at_line_start: bool,
    indent_depth: usize,
    match_blocks: Vec<usize>,
    match_block_next: bool,
    /// Open brackets among the tokens handed to the parser so far.
    pub open_brackets: Vec<(Tok<'a>, Span)>,
    /// The bracket the last closing token closed.
    last_closed: Option<(Tok<'a>, Span)>,
    /// The last three tokens handed to the parser, most recent last. When
    /// the parser fails, the most recent one is the token it failed on.
    pub recent: [Option<(Tok<'a>, Span)>; 3],
    pub line: LineHead<'a>,
    pub previous_line: LineHead<'a>,
    line_ended: bool,
}

impl<'a> TokenStream<'a> {
    pub fn new(src: &'a str, shift: i64) -> TokenStream<'a> {
        TokenStream {
            src,
            lexer: Lexer::new(src),
            shift,
            lookahead: VecDeque::new(),
            lex_error: None,
            at_line_start: true,
            indent_depth: 0,
            match_blocks: Vec::new(),
            match_block_next: false,
            open_brackets: Vec::new(),
            last_closed: None,
            recent: [None, None, None],
            line: LineHead::default(),
            previous_line: LineHead::default(),
            line_ended: false,
        }
    }

    /// After a generic syntax error, CPython tokenizes the rest of the file
    /// (`_PyPegen_tokenize_full_source_to_check_for_errors`): a later
    /// tokenizer error wins, and so does a bracket left open on an earlier
    /// line than the error.
    pub fn error_later_in_file(&mut self, error_line: u32) -> Option<Diagnostic> {
        let diag = self.lex_error_in_rest()?;
        if diag.message.ends_with("was never closed") {
            let opened = match diag.location {
                minipy_diagnostics::Location::Span(s) => self.line_of(s.start),
                _ => return None,
            };
            if opened >= error_line {
                return None;
            }
        }
        Some(diag)
    }

    /// The first lexical error in the rest of the file, if any.
    pub fn lex_error_in_rest(&mut self) -> Option<Diagnostic> {
        self.lookahead.clear();
        while self.read().is_some() {}
        self.lex_error.take()
    }

    /// The source text from `offset` (shifted) to the end of the file.
    pub fn rest_of_source(&self, offset: u32) -> &'a str {
        let local = (offset as i64 - self.shift).clamp(0, self.src.len() as i64) as usize;
        &self.src[local..]
    }

    /// Where the first token after `offset` (shifted) starts: the next
    /// significant character, or the end of the line for a NEWLINE.
    pub fn next_token_start(&self, offset: u32) -> u32 {
        let rest = self.rest_of_source(offset);
        let mut skipped = 0;
        let mut in_comment = false;
        for c in rest.chars() {
            match c {
                '\n' | '\r' if self.open_brackets_before_error().is_empty() => break,
                '\n' | '\r' => in_comment = false,
                '#' => in_comment = true,
                ' ' | '\t' | '\x0c' => {}
                _ if in_comment => {}
                _ => break,
            }
            skipped += c.len_utf8();
        }
        offset + skipped as u32
    }

    /// The significant tokens between `from` and `to` (shifted offsets),
    /// with their spans and their depth in brackets opened after `from`
    /// (a closing bracket has the depth of its opener).
    pub fn tokens_between(&self, from: u32, to: u32) -> Vec<(Tok<'a>, Span, usize)> {
        let text = self.rest_of_source(from);
        let len = (to.saturating_sub(from) as usize).min(text.len());
        let mut depth = 0usize;
        let mut out = Vec::new();
        for token in Lexer::new(&text[..len]).flatten() {
            if token.tok.is_trivia()
                || matches!(
                    token.tok,
                    Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
                )
            {
                continue;
            }
            if matches!(token.tok, Tok::Rpar | Tok::Rsqb | Tok::Rbrace) {
                depth = depth.saturating_sub(1);
            }
            let span = Span::new(token.span.start + from, token.span.end + from);
            out.push((token.tok, span, depth));
            if matches!(token.tok, Tok::Lpar | Tok::Lsqb | Tok::Lbrace) {
                depth += 1;
            }
        }
        out
    }

    /// Brackets open before the token the parser failed on.
    pub fn open_brackets_before_error(&self) -> Vec<(Tok<'a>, Span)> {
        let mut open = self.open_brackets.clone();
        match self.recent[2] {
            Some((Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar, _)) => {
                open.pop();
            }
            Some((Tok::Rpar | Tok::Rsqb | Tok::Rbrace, _)) => open.extend(self.last_closed),
            _ => {}
        }
        open
    }

    /// Byte offset of the end of the line containing `offset` (both shifted).
    pub fn end_of_line(&self, offset: u32) -> u32 {
        let local = (offset as i64 - self.shift).clamp(0, self.src.len() as i64) as usize;
        let rest = &self.src[local..];
        let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
        (local as i64 + len as i64 + self.shift) as u32
    }

    /// The number of the file's last line (the one its last character is on).
    pub fn last_line(&self) -> u32 {
        self.line_of((self.src.len() as i64 + self.shift - 1).max(0) as u32)
    }

    pub fn line_of(&self, offset: u32) -> u32 {
        let offset = (offset as i64 - self.shift).clamp(0, self.src.len() as i64) as usize;
        1 + self.src.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
    }

    pub fn shift_span(&self, span: Span) -> Span {
        Span::new(
            (span.start as i64 + self.shift).max(0) as u32,
            (span.end as i64 + self.shift).max(0) as u32,
        )
    }

    /// The next significant token from the lexer; a lexical error is
    /// stored and ends the stream.
    fn pull(&mut self) -> Option<Token<'a>> {
        if let Some(tok) = self.lookahead.pop_front() {
            return Some(tok);
        }
        self.read()
    }

    fn read(&mut self) -> Option<Token<'a>> {
        if self.lex_error.is_some() {
            return None;
        }
        for item in self.lexer.by_ref() {
            match item {
                Ok(token) if token.tok.is_trivia() => continue,
                Ok(token) => return Some(token),
                Err(err) => {
                    let src = self.src;
                    let line_of = |offset: u32| {
                        1 + src.as_bytes()[..(offset as usize).min(src.len())]
                            .iter()
                            .filter(|&&b| b == b'\n')
                            .count() as u32
                    };
                    let mut diag = err.to_diagnostic(line_of);
                    if let minipy_diagnostics::Location::Span(span) = diag.location {
                        diag.location = minipy_diagnostics::Location::Span(self.shift_span(span));
                    }
                    self.lex_error = Some(diag);
                    return None;
                }
            }
        }
        None
    }

    /// The `i`-th significant token after the current one, buffering it.
    fn peek(&mut self, i: usize) -> Option<Token<'a>> {
        while self.lookahead.len() <= i {
            let tok = self.read()?;
            self.lookahead.push_back(tok);
        }
        Some(self.lookahead[i])
    }

    /// `match` starts a match statement when its logical line ends in `:`
    /// and the word is not followed by `=`, `:`, `.` or `,` (which make it
    /// a plain name: `match = 1`, `match.group()`).
    fn match_is_keyword(&mut self) -> bool {
        let Some(next) = self.peek(0) else {
            return false;
        };
        if matches!(
            next.tok,
            Tok::Equal | Tok::Colon | Tok::Dot | Tok::Comma | Tok::Newline
        ) {
            return false;
        }
        let mut depth = 0usize;
        let mut last = next.tok;
        let mut i = 0;
        while let Some(token) = self.peek(i) {
            match token.tok {
                Tok::Newline | Tok::EndMarker if depth == 0 => break,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            last = token.tok;
            i += 1;
        }
        last == Tok::Colon
    }

    /// After `with`, a `(` opens a list of context managers exactly when its
    /// matching `)` is followed by `:` (CPython tries that reading first).
    fn with_paren_opens_items(&mut self) -> bool {
        if self.peek(0).map(|t| t.tok) != Some(Tok::Lpar) {
            return false;
        }
        let mut depth = 0usize;
        let mut i = 0;
        while let Some(token) = self.peek(i) {
            match token.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        return self.peek(i + 1).map(|t| t.tok) == Some(Tok::Colon);
                    }
                }
                Tok::Newline | Tok::EndMarker => return false,
                _ => {}
            }
            i += 1;
        }
        false
    }

    fn track(&mut self, tok: Tok<'a>, span: Span) {
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                self.open_brackets.push((tok, span))
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                self.last_closed = self.open_brackets.pop();
            }
            _ => {}
        }
        self.recent = [self.recent[1], self.recent[2], Some((tok, span))];
        // A NEWLINE ends its line only once the next line starts, so that a
        // parser error on the NEWLINE itself still sees the line it ends.
        if self.line_ended && !matches!(tok, Tok::Newline) {
            self.previous_line = self.line;
            self.line = LineHead::default();
            self.line_ended = false;
        }
        match tok {
            Tok::Newline => self.line_ended = true,
            Tok::Indent | Tok::Dedent | Tok::EndMarker => {}
            _ if self.line.first.is_none() => self.line.first = Some((tok, span)),
            _ if self.line.second.is_none() => self.line.second = Some(tok),
            _ => {}
        }
    }
}

impl<'a> Iterator for TokenStream<'a> {
    type Item = Result<Spanned<'a>, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        let Some(Token { mut tok, span }) = self.pull() else {
            return self.lex_error.clone().map(Err);
        };
        match tok {
            Tok::Indent => {
                self.indent_depth += 1;
                if self.match_block_next {
                    self.match_blocks.push(self.indent_depth);
                    self.match_block_next = false;
                }
            }
            Tok::Dedent => {
                self.indent_depth = self.indent_depth.saturating_sub(1);
                while self
                    .match_blocks
                    .last()
                    .is_some_and(|&d| d > self.indent_depth)
                {
                    self.match_blocks.pop();
                }
            }
            Tok::Newline => {}
            _ if self.at_line_start => {
                if tok == Tok::Name("match") && self.match_is_keyword() {
                    tok = Tok::Match;
                    self.match_block_next = true;
                } else if tok == Tok::Name("case")
                    && self.match_blocks.last() == Some(&self.indent_depth)
                {
                    tok = Tok::Case;
                } else {
                    self.match_block_next = false;
                }
            }
            _ => {}
        }
        self.at_line_start = matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent);
        if tok == Tok::With && self.with_paren_opens_items() {
            // Rewrite the buffered `(` so the grammar can tell the two forms apart.
            if let Some(paren) = self.lookahead.front_mut() {
                paren.tok = Tok::WithLpar;
            }
        }
        let span = self.shift_span(span);
        self.track(tok, span);
        Some(Ok((span.start as usize, tok, span.end as usize)))
    }
}
