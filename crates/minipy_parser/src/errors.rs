//! Turns the LR parser's "unexpected token, expected one of ..." into the
//! message CPython 3.11 would give.
//!
//! CPython's PEG parser has `invalid_*` rules that recognise common mistakes
//! after a first, failed pass. An LR parser knows only the token it stopped
//! at and the tokens it would have accepted, so this module reads the same
//! signals from that token, the expected set and the recent tokens that the
//! adapter remembers. Anything not recognised is `invalid syntax`.

use crate::tokens::{LineHead, TokenStream};
use lalrpop_util::ParseError;
use minipy_diagnostics::{Diagnostic, ErrorClass, Span};
use minipy_lexer::Tok;

pub fn translate(err: ParseError<usize, Tok, Diagnostic>, tokens: &mut TokenStream) -> Diagnostic {
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected(tok, Span::new(l as u32, r as u32), &expected, tokens),
        ParseError::ExtraToken { token: (l, tok, r) } => {
            unexpected(tok, Span::new(l as u32, r as u32), &[], tokens)
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            let at = Span::new(location as u32, location as u32);
            Diagnostic::syntax("unexpected EOF while parsing", at)
        }
    }
}

fn expects(expected: &[String], token: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == token)
}

/// Can this token end an expression (`x`, `1`, `)`)?
fn ends_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

/// Can this token start an expression?
fn starts_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Tilde
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
    )
}

/// How CPython names the block a compound statement opens.
fn block_owner(head: &LineHead) -> Option<&'static str> {
    let (first, _) = head.first?;
    Some(match (first, head.second) {
        (Tok::If, _) => "'if' statement",
        (Tok::Elif, _) => "'elif' statement",
        (Tok::Else, _) => "'else' statement",
        (Tok::While, _) => "'while' statement",
        (Tok::For, _) | (Tok::Async, Some(Tok::For)) => "'for' statement",
        (Tok::Try, _) => "'try' statement",
        (Tok::Except, Some(Tok::Star)) => "'except*' statement",
        (Tok::Except, _) => "'except' statement",
        (Tok::Finally, _) => "'finally' statement",
        (Tok::With, _) | (Tok::Async, Some(Tok::With)) => "'with' statement",
        (Tok::Def, _) | (Tok::Async, Some(Tok::Def)) => "function definition",
        (Tok::Class, _) => "class definition",
        (Tok::Match, _) => "'match' statement",
        (Tok::Case, _) => "'case' statement",
        _ => return None,
    })
}

fn unexpected(tok: Tok, at: Span, expected: &[String], tokens: &mut TokenStream) -> Diagnostic {
    let line = tokens.line;
    let first = line.first.map(|(t, _)| t);
    let [_, previous, _] = tokens.recent;
    let previous_tok = previous.map(|(t, _)| t);

    if tok == Tok::Indent {
        let line_no = tokens.line_of(at.end);
        return Diagnostic::at_line(ErrorClass::IndentationError, "unexpected indent", line_no);
    }
    if expects(expected, "INDENT") {
        if let Some(owner) = block_owner(&tokens.previous_line) {
            let header_line = tokens.line_of(tokens.previous_line.first.unwrap().1.start);
            return Diagnostic::indentation(
                format!("expected an indented block after {owner} on line {header_line}"),
                at,
            );
        }
        return Diagnostic::indentation("expected an indented block", at);
    }
    if expects(expected, "except") && expects(expected, "finally") {
        return Diagnostic::syntax("expected 'except' or 'finally' block", at);
    }
    if expects(expected, ":") {
        let header_needs_colon = match first {
            Some(
                Tok::If
                | Tok::Elif
                | Tok::While
                | Tok::For
                | Tok::With
                | Tok::Class
                | Tok::Except
                | Tok::Match
                | Tok::Case,
            ) => tok == Tok::Newline,
            Some(Tok::Else | Tok::Try | Tok::Finally | Tok::Def) => true,
            Some(Tok::Async) => matches!(line.second, Some(Tok::Def)) || tok == Tok::Newline,
            _ => false,
        };
        if header_needs_colon {
            return Diagnostic::syntax("expected ':'", at);
        }
    }
    if first == Some(Tok::Def) && expects(expected, "(") {
        return Diagnostic::syntax("expected '('", at);
    }
    if expects(expected, "else") && tok != Tok::Else {
        return Diagnostic::syntax("expected 'else' after 'if' expression", at);
    }
    if first == Some(Tok::From)
        && previous_tok == Some(Tok::Comma)
        && matches!(tok, Tok::Newline | Tok::Semi)
    {
        return Diagnostic::syntax(
            "trailing comma not allowed without surrounding parentheses",
            at,
        );
    }
    if first == Some(Tok::Except) && tok == Tok::Comma {
        return Diagnostic::syntax("multiple exception types must be parenthesized", at);
    }
    if let (Some((Tok::Name(name @ ("print" | "exec")), start)), Some((prev, _))) =
        (line.first, previous)
    {
        if prev == Tok::Name(name) && starts_expression(tok) && line.second == Some(tok) {
            let end = tokens.end_of_line(at.start);
            return Diagnostic::syntax(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                Span::new(start.start, end),
            );
        }
    }
    if tok == Tok::Equal && matches!(previous_tok, Some(Tok::Name(_))) {
        let start = previous.unwrap().1.start;
        return Diagnostic::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(start, at.end),
        );
    }
    if let Some((prev, prev_span)) = previous {
        let soft_keyword = matches!(prev, Tok::Name("match" | "case" | "_"));
        let name_then_string = matches!(prev, Tok::Name(_)) && matches!(tok, Tok::Str(_));
        if !tokens.open_brackets_before_error().is_empty()
            && ends_expression(prev)
            && starts_expression(tok)
            && !soft_keyword
            && !name_then_string
        {
            return Diagnostic::syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(prev_span.start, at.end),
            );
        }
    }
    let error_line = tokens.line_of(at.start);
    if let Some(later) = tokens.error_later_in_file(error_line) {
        return later;
    }
    Diagnostic::syntax("invalid syntax", at)
}
