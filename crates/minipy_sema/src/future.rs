//! `from __future__ import ...`: which features a module turns on
//! (CPython's `Python/future.c`).

use minipy_ast::{Constant, ExprKind, Module, StmtKind};
use minipy_diagnostics::{Diagnostic, Span};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations`: annotations are kept as strings, not evaluated.
    pub annotations: bool,
    /// Byte offset of the start of the last leading future import; a
    /// `from __future__` after it is "not at the beginning of the file".
    pub last_future_at: Option<u32>,
}

/// The features every Python 3.11 program has anyway; importing them is allowed.
const MANDATORY: [&str; 8] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Reads the future imports at the top of a module (after its docstring).
pub fn future_features(module: &Module) -> Result<FutureFeatures, Diagnostic> {
    let mut features = FutureFeatures::default();
    let mut body = module.body.iter().peekable();
    if let Some(first) = body.peek()
        && let StmtKind::Expr { value } = &first.kind
        && matches!(
            &value.kind,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        )
    {
        body.next();
    }
    for stmt in body {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } = &stmt.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        let at = Span::new(stmt.span.start, stmt.span.start + 1);
        for alias in names {
            match alias.name.as_str() {
                "annotations" => features.annotations = true,
                "barry_as_FLUFL" => {}
                "braces" => return Err(Diagnostic::syntax("not a chance", at)),
                name if MANDATORY.contains(&name) => {}
                name => {
                    return Err(Diagnostic::syntax(
                        format!("future feature {name} is not defined"),
                        at,
                    ));
                }
            }
        }
        features.last_future_at = Some(stmt.span.start);
    }
    Ok(features)
}
