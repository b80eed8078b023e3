//! Source text, byte spans and CPython-style rendering of compile-time errors.
//!
//! Every stage before the VM reports problems as a [`Diagnostic`]: a Python
//! error class (`SyntaxError`, `IndentationError`, ...), CPython's message and a
//! byte span into a [`SourceFile`]. [`Diagnostic::render`] prints it exactly as
//! `python3 file.py` does, so tests can compare the two interpreters directly.

mod diagnostic;
pub mod pyrepr;
mod source;

pub use diagnostic::{Diagnostic, ErrorClass, Location, SyntaxErrorInfo};
pub use source::{SourceFile, Span};
