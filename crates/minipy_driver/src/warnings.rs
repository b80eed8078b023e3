//! The SyntaxWarnings CPython prints while compiling (on stderr, before the
//! program runs): `x is 1` and friends, which compare identity with a
//! literal where `==` was surely meant.

use minipy_ast::{CmpOp, Constant, Expr, ExprKind, Module};
use minipy_diagnostics::SourceFile;

/// Is `expr` a literal whose identity means nothing (not `None`, `True`,
/// `False` or `...`)? Tuples of constants count: CPython folds them into
/// a constant before it checks.
fn is_literal(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Constant { value, .. } => !matches!(
            value,
            Constant::None | Constant::Bool(_) | Constant::Ellipsis
        ),
        ExprKind::Tuple { elts, .. } => elts.iter().all(is_literal_or_singleton),
        // `-1` is folded into a constant too.
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant { .. }) && is_literal(operand)
        }
        _ => false,
    }
}

fn is_literal_or_singleton(expr: &Expr) -> bool {
    matches!(expr.kind, ExprKind::Constant { .. }) || is_literal(expr)
}

/// The warnings for `module`, in source order, each as CPython's
/// `warnings` module prints it: `FILE:LINE: SyntaxWarning: ...` and the
/// stripped source line.
pub fn syntax_warnings(module: &Module, source: &SourceFile) -> String {
    let mut found: Vec<(u32, &'static str)> = Vec::new();
    minipy_ast::for_each_expr(module, &mut |expr| {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &expr.kind
        else {
            return;
        };
        let mut previous = &**left;
        for (op, right) in ops.iter().zip(comparators) {
            let message = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => {
                    previous = right;
                    continue;
                }
            };
            if is_literal(previous) || is_literal(right) {
                found.push((expr.span.start, message));
            }
            previous = right;
        }
    });
    found.sort_by_key(|&(at, _)| at);
    let mut out = String::new();
    for (at, message) in found {
        let line = source.line_of(at);
        out.push_str(&format!(
            "{}:{line}: SyntaxWarning: {message}\n  {}\n",
            source.name(),
            source.line_text(line).trim()
        ));
    }
    out
}
