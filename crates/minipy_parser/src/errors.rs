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
        ParseError::User { error } => at_token_after_strings(error, tokens),
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
fn checked_against_rest(
    tok: Tok,
    at: Span,
    expected: &[String],
    tokens: &mut TokenStream,
) -> Diagnostic {
    let diagnostic = unexpected(tok, at, expected, tokens);
    if diagnostic.message == "unexpected indent" {
        return diagnostic;
    }
    let line = tokens.line_of(at.start);
    tokens.error_later_in_file(line).unwrap_or(diagnostic)
}

/// Errors found while decoding string literals are raised, in CPython, at
/// the token the parser read after the strings; `literals` leaves them at
/// the end of the last string.
fn at_token_after_strings(mut diagnostic: Diagnostic, tokens: &TokenStream) -> Diagnostic {
    let from_strings = ["(unicode error)", "(value error)", "cannot mix bytes"]
        .iter()
        .any(|p| diagnostic.message.starts_with(p));
    if let (true, minipy_diagnostics::Location::Span(span)) = (from_strings, diagnostic.location)
        && span.is_empty()
    {
        let next = tokens.next_token_start(span.end);
        diagnostic.location = minipy_diagnostics::Location::Span(Span::new(next, next + 1));
    }
    diagnostic
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
        let message = match block_owner(&tokens.previous_line) {
            Some(owner) => {
                let header_line = tokens.line_of(tokens.previous_line.first.unwrap().1.start);
                format!("expected an indented block after {owner} on line {header_line}")
            }
            None => "expected an indented block".to_string(),
        };
        // At the end of the file CPython names the last line, with no caret.
        if tok == Tok::EndMarker {
            return Diagnostic::at_line(ErrorClass::IndentationError, message, tokens.last_line());
        }
        return Diagnostic::indentation(message, Span::new(at.start, at.start));
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
        // CPython marks the whole `body if test`.
        let start = line.first.map_or(at.start, |(_, s)| s.start);
        let range = conditional_start(tokens, start, at.start)
            .zip(previous)
            .map_or(at, |(from, (_, last))| Span::new(from, last.end));
        return Diagnostic::syntax("expected 'else' after 'if' expression", range);
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
        && prev == Tok::Name(name)
        && starts_expression(tok)
        && line.second == Some(tok)
    {
        let end = tokens.end_of_line(at.start);
        return Diagnostic::syntax(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            Span::new(start.start, end),
        );
    }
    if tok == Tok::Equal && matches!(previous_tok, Some(Tok::Name(_))) {
        // CPython marks `name = value`, the value being a `bitwise_or`.
        let start = previous.unwrap().1.start;
        let end = bitwise_or_end(tokens, at.end).unwrap_or(at.end);
        return Diagnostic::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(start, end),
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
    let top: Vec<Tok> = inside
        .iter()
        .filter(|(_, _, d)| *d == 0)
        .map(|(t, _, _)| *t)
        .collect();
    if prev == Tok::Colon && matches!(tok, Tok::Rbrace | Tok::Comma) {
        // The key before the ':' must itself start the entry.
        let entry_start = top
            .iter()
            .rposition(|t| *t == Tok::Comma)
            .map_or(0, |i| i + 1);
        let colons = top[entry_start..]
            .iter()
            .filter(|t| **t == Tok::Colon)
            .count();
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
            entry.iter().filter(|t| **t == Tok::Colon).count() == 1
                || entry.first() == Some(&Tok::DoubleStar)
        });
        let key = &top[last_comma + 1..];
        if pairs_before
            && !key.contains(&Tok::Colon)
            && !key.is_empty()
            && !key.contains(&Tok::Lambda)
        {
            let end = prev_span.end;
            return Some(Diagnostic::syntax(
                "':' expected after dictionary key",
                Span::new(end - 1, end),
            ));
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

/// Where the body of the conditional expression whose `if` is the last one
/// before `to` starts: after the nearest token, at the same bracket depth,
/// that cannot be part of a `disjunction`.
fn conditional_start(tokens: &TokenStream, from: u32, to: u32) -> Option<u32> {
    let toks = tokens.tokens_between(from, to);
    let end_depth = toks.last()?.2;
    let if_at = toks
        .iter()
        .rposition(|(t, _, d)| *t == Tok::If && *d == end_depth)?;
    let mut start = toks.get(if_at.checked_sub(1)?)?.1.start;
    for (tok, span, depth) in toks[..if_at].iter().rev() {
        if *depth < end_depth || (*depth == end_depth && !in_disjunction(*tok)) {
            break;
        }
        start = span.start;
    }
    Some(start)
}

/// Tokens that can appear, outside brackets, in a `disjunction`.
fn in_disjunction(tok: Tok) -> bool {
    ends_expression(tok)
        || matches!(
            tok,
            Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Not
                | Tok::And
                | Tok::Or
                | Tok::In
                | Tok::Is
                | Tok::Await
                | Tok::Dot
                | Tok::Tilde
        )
        || is_binary_operator(tok)
        || is_comparison(tok)
}

fn is_binary_operator(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::DoubleStar
            | Tok::At
            | Tok::Vbar
            | Tok::Amper
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
    )
}

fn is_comparison(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
    )
}

/// The end of the `bitwise_or` expression starting at `from` on its line.
fn bitwise_or_end(tokens: &TokenStream, from: u32) -> Option<u32> {
    let toks = tokens.tokens_between(from, tokens.end_of_line(from));
    let mut end = None;
    for (tok, span, depth) in toks {
        let part = depth > 0
            || ends_expression(tok)
            || is_binary_operator(tok)
            || matches!(
                tok,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Dot | Tok::Tilde | Tok::Await
            );
        if !part {
            break;
        }
        end = Some(span.end);
    }
    end
}
