//! Stage 1 of the pipeline: Python source text to a stream of tokens.
//!
//! Two layers, as in CPython's `Parser/tokenizer.c`: [`raw`] is a logos lexer
//! that knows single tokens (names, numbers, strings, operators), and
//! [`layout`] wraps it with the state Python's grammar needs on top: an
//! indentation stack for INDENT/DEDENT and a bracket stack (newlines inside
//! brackets are not NEWLINE).
//! [`dump`] prints the stream in the format of `python3 -m tokenize`.

mod dump;
mod error;
mod layout;
mod raw;
mod token;

pub use dump::dump_tokens;
pub use error::{LexError, LexErrorKind};
pub use layout::{Lexer, MAX_INDENT_LEVEL, MAX_PAREN_LEVEL};
pub use token::{Tok, Token};

/// Every token of `source`, trivia (comments, NL) included, up to the first error.
pub fn tokenize(source: &str) -> Lexer<'_> {
    Lexer::new(source)
}

#[cfg(test)]
mod tests;
