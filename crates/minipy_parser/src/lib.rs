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
use rustc_hash::FxHashSet;
use std::cell::RefCell;

pub use targets::expr_name;

/// The result type of the helpers the grammar's actions call.
pub type PResult<'a, T> = Result<T, lalrpop_util::ParseError<usize, Tok<'a>, Diagnostic>>;

/// Deeper expression trees are rejected with a bare `MemoryError`, as
/// CPython's parser does when its own stack of about 6000 rule calls
/// overflows. (CPython counts grammar rules, not tree levels; 5968 is where
/// a chain of unary operators after `x = ` fails there.) Shallower trees
/// deeper than 3000 levels get CPython's "maximum recursion depth exceeded
/// during compilation" from the symbol table pass. Either way, every later
/// stage's recursion stays within a fixed bound.
pub const MAX_EXPRESSION_DEPTH: usize = 5968;

/// Facts the grammar's actions record while parsing: which expressions were
/// written in parentheses (the AST drops them, but some messages need them).
#[derive(Default)]
pub struct ParseState {
    parenthesized: RefCell<FxHashSet<(u32, u32)>>,
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
        return Err(Diagnostic::nowhere(ErrorClass::MemoryError, ""));
    }
    Ok(module)
}

/// Parses the text given to `eval()`: one expression (or a tuple of them).
pub fn parse_eval(source: &SourceFile) -> Result<Expr, Diagnostic> {
    let state = ParseState::default();
    let mut tokens = tokens::TokenStream::new(source.text(), 0);
    let expr = grammar::EvalParser::new()
        .parse(&state, &mut tokens)
        .map_err(|e| errors::translate(e, &mut tokens))?;
    let module = Module {
        body: vec![minipy_ast::Stmt::new(
            minipy_ast::StmtKind::Expr { value: expr },
            Span::new(0, source.text().len() as u32),
        )],
    };
    if expr_depth_exceeds(&module, MAX_EXPRESSION_DEPTH).is_some() {
        return Err(Diagnostic::nowhere(ErrorClass::MemoryError, ""));
    }
    let Some(minipy_ast::Stmt {
        kind: minipy_ast::StmtKind::Expr { value },
        ..
    }) = module.body.into_iter().next()
    else {
        unreachable!("built just above")
    };
    Ok(value)
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
