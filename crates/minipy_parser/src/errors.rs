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
        } => checked_against_rest(tok, Span::new(l as u32, r as u32), &expected, tokens),
        ParseError::ExtraToken { token: (l, tok, r) } => {
            checked_against_rest(tok, Span::new(l as u32, r as u32), &[], tokens)
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            let at = Span::new(location as u32, location as u32);
            Diagnostic::syntax("unexpected EOF while parsing", at)
        }
    }
}

/// After the parser raises an error, CPython tokenizes the rest of the file
/// (`_PyPegen_tokenize_full_source_to_check_for_errors`): a later
/// tokenizer error wins, and so does a bracket that stays open from a line
/// before the token the parser stopped at. "unexpected indent" is raised
/// without that check.
fn checked_against_rest(tok: Tok, at: Span, expected: &[String], tokens: &mut TokenStream) -> Diagnostic {
    let diagnostic = unexpected(tok, at, expected, tokens);
    if diagnostic.message == "unexpected indent" {
        return diagnostic;
    }
    let line = tokens.line_of(at.start);
    tokens.error_later_in_file(line).unwrap_or(diagnostic)
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
    if let Some(diagnostic) = invalid_dict_entry(tok, at, previous, tokens) {
        return diagnostic;
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
            if let Some(unclosed) = expression_runs_into_unclosed_bracket(at, tokens) {
                return unclosed;
            }
            return Diagnostic::syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(prev_span.start, at.end),
            );
        }
    }
    Diagnostic::syntax("invalid syntax", at)
}

/// CPython's `invalid_kvpair` and `invalid_double_starred_kvpairs`: inside
/// `{...}`, a key after earlier `key: value` pairs with no `:`, or a `:`
/// with no value after it.
fn invalid_dict_entry(
    tok: Tok,
    at: Span,
    previous: Option<(Tok, Span)>,
    tokens: &TokenStream,
) -> Option<Diagnostic> {
    let Some(&(Tok::Lbrace, brace)) = tokens.open_brackets_before_error().last() else {
        return None;
    };
    let (prev, prev_span) = previous?;
    let inside = tokens.tokens_between(brace.end, at.start);
    let top: Vec<Tok> = inside.iter().filter(|(_, d)| *d == 0).map(|(t, _)| *t).collect();
    if prev == Tok::Colon && matches!(tok, Tok::Rbrace | Tok::Comma) {
        // The key before the ':' must itself start the entry.
        let entry_start = top.iter().rposition(|t| *t == Tok::Comma).map_or(0, |i| i + 1);
        let colons = top[entry_start..].iter().filter(|t| **t == Tok::Colon).count();
        if colons == 1 && top.len() > entry_start + 1 {
            return Some(Diagnostic::syntax(
                "expression expected after dictionary key and ':'",
                prev_span,
            ));
        }
    }
    if ends_expression(prev) && !starts_expression(tok) && tok != Tok::Colon {
        // `pairs , key <error>`: earlier pairs, then a key with no ':'.
        let last_comma = top.iter().rposition(|t| *t == Tok::Comma)?;
        let before = &top[..last_comma];
        let pairs_before = before.split(|t| *t == Tok::Comma).all(|entry| {
            entry.iter().filter(|t| **t == Tok::Colon).count() == 1 || entry.first() == Some(&Tok::DoubleStar)
        });
        let key = &top[last_comma + 1..];
        if pairs_before && !key.contains(&Tok::Colon) && !key.is_empty() && !key.contains(&Tok::Lambda) {
            let end = prev_span.end;
            return Some(Diagnostic::syntax("':' expected after dictionary key", Span::new(end - 1, end)));
        }
    }
    None
}

/// In CPython's second pass, `invalid_expression` parses the expression
/// after the missing comma; if that expression runs to the end of the file
/// inside an unclosed bracket, the tokenizer's "was never closed" error is
/// raised first.
fn expression_runs_into_unclosed_bracket(at: Span, tokens: &mut TokenStream) -> Option<Diagnostic> {
    let rest = tokens.rest_of_source(at.start);
    if crate::parse_fstring_expression(rest, 0).is_err() {
        return None;
    }
    tokens
        .lex_error_in_rest()
        .filter(|d| d.message.ends_with("was never closed"))
}
