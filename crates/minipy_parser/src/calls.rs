//! Call arguments: checked for order and turned into `args` and `keywords`.

use crate::PResult;
use crate::builder::{expr, span};
use minipy_ast::{Expr, ExprKind, Keyword};
use minipy_diagnostics::Diagnostic;

pub enum ArgItem {
    Positional(Expr),
    /// A generator expression without its own parentheses: `f(x for x in y)`.
    Generator(Expr),
    /// `name=value`, with where it starts and ends.
    Keyword(Expr, Expr, usize, usize),
    /// `**mapping`
    DoubleStar(Expr, usize, usize),
}

/// Splits arguments into positional ones and keywords, with CPython's
/// messages for the orders it rejects. `close` is the closing parenthesis,
/// where CPython reports a positional argument out of order (the token its
/// parser stopped at).
pub fn split_arguments(
    items: Vec<ArgItem>,
    close: minipy_diagnostics::Span,
) -> Result<(Vec<Expr>, Vec<Keyword>), Diagnostic> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Generator(g) if count > 1 => {
                return Err(Diagnostic::syntax(
                    "Generator expression must be parenthesized",
                    g.span,
                ));
            }
            ArgItem::Positional(e) | ArgItem::Generator(e) => {
                let starred = matches!(e.kind, ExprKind::Starred { .. });
                if seen_double_star {
                    return Err(if starred {
                        let at = minipy_diagnostics::Span::new(e.span.start, e.span.start + 1);
                        Diagnostic::syntax(
                            "iterable argument unpacking follows keyword argument unpacking",
                            at,
                        )
                    } else {
                        Diagnostic::syntax(
                            "positional argument follows keyword argument unpacking",
                            close,
                        )
                    });
                }
                if seen_keyword && !starred {
                    return Err(Diagnostic::syntax(
                        "positional argument follows keyword argument",
                        close,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(name, value, l, r) => {
                let ExprKind::Name { id, .. } = &name.kind else {
                    return Err(Diagnostic::syntax(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        span(l, r),
                    ));
                };
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(id.clone()),
                    value,
                    span: span(l, r),
                });
            }
            ArgItem::DoubleStar(value, l, r) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: span(l, r),
                });
            }
        }
    }
    Ok((args, keywords))
}

/// A call; a generator expression that is the only argument owns the
/// call's parentheses, so its span starts at `(`, as in CPython.
pub fn call<'a>(
    func: Expr,
    mut items: Vec<ArgItem>,
    paren: usize,
    l: usize,
    r: usize,
) -> PResult<'a, Expr> {
    if let [ArgItem::Generator(g)] = items.as_mut_slice() {
        g.span = span(paren, r);
    }
    let (args, keywords) = split_arguments(items, span(r - 1, r))?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}
