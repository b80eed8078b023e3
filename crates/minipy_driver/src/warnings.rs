//! The SyntaxWarnings CPython prints while compiling (on stderr, before the
//! program runs): `x is 1`, which compares identity with a literal where
//! `==` was surely meant, and calls or subscripts of literals, where a
//! comma was surely forgotten (`[(1, 2) (3, 4)]`), and `assert (x, "msg")`,
//! whose non-empty tuple is always true.

use minipy_ast::{CmpOp, Constant, Expr, ExprKind, Module, StmtKind};
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

/// The type a literal expression certainly has, as CPython names it in
/// these warnings.
fn literal_type(expr: &Expr) -> Option<&'static str> {
    Some(match &expr.kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
        },
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        _ => return None,
    })
}

/// `5()`, `"abc"(1)`, `[1, 2] (3)`: calling a literal (a lambda is fine).
fn call_warning(func: &Expr) -> Option<String> {
    let kind = literal_type(func)?;
    (kind != "function")
        .then(|| format!("'{kind}' object is not callable; perhaps you missed a comma?"))
}

/// `3[0]`, `{1, 2}[0]`, `[1, 2]["a"]`: subscripting a literal that cannot
/// be, or indexing a sequence literal with a constant that is no index.
fn subscript_warning(value: &Expr, index: &Expr) -> Option<String> {
    let kind = literal_type(value)?;
    let constant = matches!(value.kind, ExprKind::Constant { .. });
    let unsubscriptable = match kind {
        "NoneType" | "ellipsis" | "int" | "float" | "complex" | "bool" => constant,
        "set" | "generator" | "function" => true,
        _ => false,
    };
    if unsubscriptable {
        return Some(format!(
            "'{kind}' object is not subscriptable; perhaps you missed a comma?"
        ));
    }
    let sequence = matches!(kind, "tuple" | "list" | "str" | "bytes");
    let index_kind = match &index.kind {
        ExprKind::Constant { value, .. } => literal_type(index).filter(|_| {
            !matches!(
                value,
                Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_)
            )
        }),
        _ => None,
    }?;
    sequence.then(|| {
        format!(
            "{kind} indices must be integers or slices, not {index_kind}; perhaps you missed a comma?"
        )
    })
}

/// The warnings for `module`, in source order, each as CPython's
/// `warnings` module prints it: `FILE:LINE: SyntaxWarning: ...` and the
/// stripped source line.
pub fn syntax_warnings(module: &Module, source: &SourceFile) -> String {
    let mut found: Vec<(u32, String)> = Vec::new();
    minipy_ast::for_each_expr(module, &mut |expr| {
        let message = match &expr.kind {
            ExprKind::Call { func, .. } => call_warning(func),
            ExprKind::Subscript { value, slice, .. } => subscript_warning(value, slice),
            _ => None,
        };
        if let Some(message) = message {
            found.push((expr.span.start, message));
        }
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
                found.push((expr.span.start, message.to_string()));
            }
            previous = right;
        }
    });
    minipy_ast::for_each_stmt(module, &mut |stmt| {
        if let StmtKind::Assert { test, .. } = &stmt.kind
            && matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty())
        {
            found.push((
                stmt.span.start,
                "assertion is always true, perhaps remove parentheses?".to_string(),
            ));
        }
    });
    found.sort_by_key(|&(at, _)| at);
    // The `warnings` module finds the line through `linecache`, which reads
    // files: code from `exec("...")` (`<string>`) or compiled under a name
    // that is no file shows no source line.
    let name = source.name();
    let has_file = !name.starts_with('<') && std::path::Path::new(name).is_file();
    let mut out = String::new();
    for (at, message) in found {
        let line = source.line_of(at);
        out.push_str(&format!("{name}:{line}: SyntaxWarning: {message}\n"));
        if has_file {
            out.push_str(&format!("  {}\n", source.line_text(line).trim()));
        }
    }
    out
}
