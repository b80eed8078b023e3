//! `minipy tokens`: the token stream in the exact layout of `python3 -m tokenize`.

use crate::{Lexer, Tok};
use minipy_diagnostics::pyrepr::repr_str;
use minipy_diagnostics::{Diagnostic, SourceFile, Span};
use std::fmt::Write;

/// Every token of the file, one per line, as `python3 -m tokenize` prints
/// them; lexing stops at the first error, which is returned as well.
pub fn dump_tokens(source: &SourceFile) -> (String, Option<Diagnostic>) {
    let text = source.text();
    let mut out = String::new();
    row(&mut out, (0, 0), (0, 0), "ENCODING", "utf-8");
    for item in Lexer::new(text) {
        match item {
            Ok(token) => {
                let (start, end, shown) = position(source, token.tok, token.span);
                row(&mut out, start, end, token.tok.type_name(), shown);
            }
            Err(err) => {
                let diagnostic = err.to_diagnostic(|offset| source.line_of(offset));
                return (out, Some(diagnostic));
            }
        }
    }
    (out, None)
}

/// (line, column) pairs and the text tokenize shows for a token. Tokens
/// at the end of a file that lacks a final newline sit on an imaginary line
/// after it, as CPython's tokenizer adds the newline itself.
fn position<'a>(source: &'a SourceFile, tok: Tok, span: Span) -> ((u32, u32), (u32, u32), &'a str) {
    let text = source.text();
    let at = |offset: u32| (source.line_of(offset), source.column_of(offset));
    let eof = text.len() as u32;
    if span.start == eof && !text.is_empty() && !text.ends_with(['\n', '\r']) {
        let (line, col) = at(eof);
        return match tok {
            Tok::Newline | Tok::Nl => ((line, col), (line, col + 1), ""),
            _ => ((line + 1, 0), (line + 1, 0), ""),
        };
    }
    let shown = &text[span.start as usize..span.end as usize];
    let start = at(span.start);
    if matches!(tok, Tok::Newline | Tok::Nl) {
        // tokenize keeps a line break on its own line: (line, col)-(line, col+len).
        return (start, (start.0, start.1 + shown.len() as u32), shown);
    }
    (start, at(span.end), shown)
}

fn row(out: &mut String, start: (u32, u32), end: (u32, u32), kind: &str, text: &str) {
    let range = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
    let _ = writeln!(out, "{range:<20}{kind:<15}{:<15}", repr_str(text));
}
