//! Stage 2 of the pipeline: tokens to an abstract syntax tree.
//!
//! The grammar is `grammar.lalrpop`, turned into an LR(1) parser by lalrpop
//! at build time (CPython generates its parser too, from
//! `Grammar/python.gram`). The grammar accepts a little more than Python;
//! the Rust modules beside it check what an LR(1) grammar cannot say
//! comfortably, and `errors` words every failure as CPython 3.11 does.

mod builder;
mod calls;
mod errors;
mod literals;
mod params;
mod targets;
mod tokens;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar
);

use minipy_ast::{Expr, Module, expr_depth_exceeds};
use minipy_diagnostics::{Diagnostic, ErrorClass, SourceFile, Span};
use minipy_lexer::Tok;
use std::cell::RefCell;
use std::collections::HashSet;

pub use targets::expr_name;

/// The result type of the helpers the grammar's actions call.
pub type PResult<'a, T> = Result<T, lalrpop_util::ParseError<usize, Tok<'a>, Diagnostic>>;

/// Deeper expression trees are rejected before any recursive walk sees them.
/// CPython's own limit (about 3000 levels, "maximum recursion depth exceeded
/// during compilation") is checked by the symbol table pass; this one only
/// keeps every later stage's recursion within a safe, fixed bound.
pub const MAX_EXPRESSION_DEPTH: usize = 6000;

/// Facts the grammar's actions record while parsing: which expressions were
/// written in parentheses (the AST drops them, but some messages need them).
#[derive(Default)]
pub struct ParseState {
    parenthesized: RefCell<HashSet<(u32, u32)>>,
}

impl ParseState {
    pub fn mark_parenthesized(&self, span: Span) {
        self.parenthesized
            .borrow_mut()
            .insert((span.start, span.end));
    }

    pub fn is_parenthesized(&self, span: Span) -> bool {
        self.parenthesized
            .borrow()
            .contains(&(span.start, span.end))
    }
}

/// Parses a whole file.
pub fn parse_module(source: &SourceFile) -> Result<Module, Diagnostic> {
    let state = ParseState::default();
    let mut tokens = tokens::TokenStream::new(source.text(), 0);
    let module = grammar::ModuleParser::new()
        .parse(&state, &mut tokens)
        .map_err(|e| errors::translate(e, &mut tokens))?;
    if expr_depth_exceeds(&module, MAX_EXPRESSION_DEPTH).is_some() {
        return Err(Diagnostic::nowhere(
            ErrorClass::RecursionError,
            "maximum recursion depth exceeded during compilation",
        ));
    }
    Ok(module)
}

/// Parses the expression of an f-string field, found at byte `offset` of
/// the file. Like CPython, it parses `(text)`, so newlines inside are fine.
pub(crate) fn parse_fstring_expression(text: &str, offset: usize) -> Result<Expr, Diagnostic> {
    let wrapped = format!("({text})");
    let state = ParseState::default();
    let mut tokens = tokens::TokenStream::new(&wrapped, offset as i64 - 1);
    grammar::EvalParser::new()
        .parse(&state, &mut tokens)
        .map_err(|e| errors::translate(e, &mut tokens))
}

#[cfg(test)]
mod tests;
