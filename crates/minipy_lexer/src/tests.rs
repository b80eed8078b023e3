//! Unit tests for the layout layer: INDENT/DEDENT, brackets, soft keywords, errors.

use crate::{LexErrorKind, Tok, tokenize};

fn kinds(src: &str) -> Vec<String> {
    tokenize(src)
        .filter_map(|t| t.ok())
        .filter(|t| !t.tok.is_trivia())
        .map(|t| match t.tok {
            Tok::Name(n) => n.to_string(),
            Tok::Int(n) | Tok::Float(n) | Tok::Str(n) => n.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

fn error(src: &str) -> LexErrorKind {
    tokenize(src)
        .find_map(|t| t.err())
        .expect("expected a lexical error")
        .kind
}

#[test]
fn indentation_produces_indent_and_dedent() {
    assert_eq!(
        kinds("if x:\n    y\nz\n"),
        [
            "If",
            "x",
            "Colon",
            "Newline",
            "Indent",
            "y",
            "Newline",
            "Dedent",
            "z",
            "Newline",
            "EndMarker"
        ]
    );
}

#[test]
fn newlines_inside_brackets_are_not_newline() {
    assert_eq!(
        kinds("(1,\n 2)\n"),
        ["Lpar", "1", "Comma", "2", "Rpar", "Newline", "EndMarker"]
    );
}

#[test]
fn missing_final_newline_is_supplied() {
    assert_eq!(
        kinds("if x:\n  y"),
        [
            "If",
            "x",
            "Colon",
            "Newline",
            "Indent",
            "y",
            "Newline",
            "Dedent",
            "EndMarker"
        ]
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(error("x = 1)\n"), LexErrorKind::UnmatchedClose(')'));
    assert_eq!(error("x = (1,\n2\n"), LexErrorKind::NeverClosed('('));
    assert_eq!(
        error("x = [1,\n2)\n"),
        LexErrorKind::MismatchedClose {
            close: ')',
            open: '[',
            open_line: Some(1)
        }
    );
    assert_eq!(error(&"(".repeat(300)), LexErrorKind::TooManyParentheses);
}

#[test]
fn indentation_errors() {
    assert_eq!(error("if 1:\n    x=1\n  y=2\n"), LexErrorKind::Dedent);
    assert_eq!(error("if 1:\n\tx=1\n        y=2\n"), LexErrorKind::Tab);
}

#[test]
fn string_errors() {
    assert_eq!(error("x = 'abc\n"), LexErrorKind::UnterminatedString(1));
    assert_eq!(
        error("x = \"\"\"abc\n\n"),
        LexErrorKind::UnterminatedTripleQuoted(2)
    );
}

#[test]
fn character_errors() {
    assert_eq!(error("x = €\n"), LexErrorKind::InvalidCharacter('€'));
    assert_eq!(
        error("x = \u{a0}\n"),
        LexErrorKind::NonPrintableCharacter('\u{a0}')
    );
    assert_eq!(error("x = 1 \\ 2\n"), LexErrorKind::LineContinuation);
    assert_eq!(error("print(1)\0\n"), LexErrorKind::NullByte);
}

#[test]
fn strings_with_prefixes_and_triple_quotes() {
    assert_eq!(
        kinds("rb'\\d' f\"{x}\" '''a\n'b'''\n")[..3],
        ["rb'\\d'", "f\"{x}\"", "'''a\n'b'''"]
    );
}
