//! Assignment targets: parsed as expressions, then checked and given their
//! `Store`/`Del` context here, with CPython's messages for what cannot be
//! assigned to (`cannot assign to function call here. Maybe you meant '=='
//! instead of '='?` and friends).

use crate::builder::{span, stmt};
use crate::{PResult, ParseState};
use minipy_ast::*;
use minipy_diagnostics::Diagnostic;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Assign,
    For,
    With,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: what an expression is called in
/// error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    use ExprKind::*;
    match &e.kind {
        Attribute { .. } => "attribute",
        Subscript { .. } => "subscript",
        Starred { .. } => "starred",
        Name { .. } => "name",
        List { .. } => "list",
        Tuple { .. } => "tuple",
        Lambda { .. } => "lambda",
        Call { .. } => "function call",
        BoolOp { .. } | BinOp { .. } | UnaryOp { .. } => "expression",
        GeneratorExp { .. } => "generator expression",
        Yield { .. } | YieldFrom { .. } => "yield expression",
        Await { .. } => "await expression",
        ListComp { .. } => "list comprehension",
        SetComp { .. } => "set comprehension",
        DictComp { .. } => "dict comprehension",
        Dict { .. } => "dict literal",
        Set { .. } => "set display",
        JoinedStr { .. } | FormattedValue { .. } => "f-string expression",
        Constant { value, .. } => match value {
            minipy_ast::Constant::None => "None",
            minipy_ast::Constant::Bool(true) => "True",
            minipy_ast::Constant::Bool(false) => "False",
            minipy_ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare { .. } => "comparison",
        IfExp { .. } => "conditional expression",
        NamedExpr { .. } => "named expression",
        Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that
/// cannot be a target, if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    use ExprKind::*;
    match &e.kind {
        List { elts, .. } | Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        Compare { left, ops, .. } if kind == TargetKind::For => {
            // `for a in b` can reach here as a comparison; look at its left side.
            if ops[0] == CmpOp::In {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        Name { .. } | Subscript { .. } | Attribute { .. } => None,
        _ => Some(e),
    }
}

fn target_error(bad: &Expr, kind: TargetKind) -> Diagnostic {
    let verb = if kind == TargetKind::Del {
        "delete"
    } else {
        "assign to"
    };
    Diagnostic::syntax(format!("cannot {verb} {}", expr_name(bad)), bad.span)
}

/// Checks `e` as a target and sets `Store` (or `Del`) on it and its parts.
pub fn set_context(mut e: Expr, kind: TargetKind) -> Result<Expr, Diagnostic> {
    if let Some(bad) = invalid_target(&e, kind) {
        return Err(target_error(bad, kind));
    }
    let ctx = if kind == TargetKind::Del {
        ExprContext::Del
    } else {
        ExprContext::Store
    };
    store(&mut e, ctx)?;
    Ok(e)
}

fn store(e: &mut Expr, new_ctx: ExprContext) -> Result<(), Diagnostic> {
    use ExprKind::*;
    match &mut e.kind {
        Name { id, ctx } => {
            if id == "__debug__" {
                let verb = if new_ctx == ExprContext::Del {
                    "delete"
                } else {
                    "assign to"
                };
                return Err(Diagnostic::syntax(
                    format!("cannot {verb} __debug__"),
                    e.span,
                ));
            }
            *ctx = new_ctx;
        }
        Attribute { ctx, .. } | Subscript { ctx, .. } => *ctx = new_ctx,
        Starred { value, ctx } => {
            *ctx = new_ctx;
            store(value, new_ctx)?;
        }
        List { elts, ctx } | Tuple { elts, ctx } => {
            *ctx = new_ctx;
            for elt in elts {
                store(elt, new_ctx)?;
            }
        }
        _ => unreachable!("invalid_target accepted only storable expressions"),
    }
    Ok(())
}

/// Is `e` something CPython's grammar parses as a `bitwise_or`?
fn is_bitwise_or(state: &ParseState, e: &Expr) -> bool {
    use ExprKind::*;
    state.is_parenthesized(e.span)
        || !matches!(
            &e.kind,
            BoolOp { .. }
                | Compare { .. }
                | UnaryOp {
                    op: minipy_ast::UnaryOp::Not,
                    ..
                }
                | IfExp { .. }
                | Lambda { .. }
                | NamedExpr { .. }
                | Starred { .. }
                | Yield { .. }
                | YieldFrom { .. }
        )
}

/// Does the value of `target = value` begin with a `bitwise_or`?
fn starts_with_bitwise_or(state: &ParseState, mut e: &Expr) -> bool {
    use ExprKind::*;
    loop {
        if state.is_parenthesized(e.span) {
            return true;
        }
        e = match &e.kind {
            Tuple { elts, .. } if !elts.is_empty() => &elts[0],
            BoolOp { values, .. } => &values[0],
            Compare { left, .. } => left,
            IfExp { body, .. } => body,
            _ => return is_bitwise_or(state, e),
        };
    }
}

/// CPython's `invalid_named_expression` rule: `f() = 1` reads as a
/// mistyped comparison, so the message suggests `==`.
fn mistaken_comparison(state: &ParseState, first: &Expr, value: &Expr) -> Option<Diagnostic> {
    let candidate = match &first.kind {
        ExprKind::Tuple { elts, .. } if !state.is_parenthesized(first.span) => elts.last()?,
        _ => first,
    };
    let excluded = match &candidate.kind {
        ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Constant { value, .. } => matches!(value, Constant::Bool(_) | Constant::None),
        _ => false,
    };
    if excluded || !is_bitwise_or(state, candidate) || !starts_with_bitwise_or(state, value) {
        return None;
    }
    invalid_target(candidate, TargetKind::Assign)?;
    Some(Diagnostic::syntax(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(candidate)
        ),
        candidate.span,
    ))
}

/// An expression statement, or an assignment `t1 = t2 = ... = value`.
pub fn expression_statement<'a>(
    state: &ParseState,
    first: Expr,
    mut rest: Vec<Expr>,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let Some(value) = rest.pop() else {
        return Ok(stmt(StmtKind::Expr { value: first }, l, r));
    };
    if rest.is_empty()
        && let Some(err) = mistaken_comparison(state, &first, &value)
    {
        return Err(err.into());
    }
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for target in std::iter::once(first).chain(rest) {
        if matches!(
            target.kind,
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
        ) {
            return Err(Diagnostic::syntax(
                "assignment to yield expression not possible",
                target.span,
            )
            .into());
        }
        targets.push(set_context(target, TargetKind::Assign)?);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign<'a>(
    _state: &ParseState,
    target: Expr,
    op: Operator,
    value: Expr,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    if !matches!(
        target.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let message = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&target)
        );
        return Err(Diagnostic::syntax(message, target.span).into());
    }
    let target = set_context(target, TargetKind::Assign)?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign<'a>(
    state: &ParseState,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let simple = match &target.kind {
        ExprKind::Name { .. } => !state.is_parenthesized(target.span),
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } => {
            return Err(Diagnostic::syntax(
                "only single target (not tuple) can be annotated",
                target.span,
            )
            .into());
        }
        ExprKind::List { .. } => {
            return Err(Diagnostic::syntax(
                "only single target (not list) can be annotated",
                target.span,
            )
            .into());
        }
        _ => return Err(Diagnostic::syntax("illegal target for annotation", target.span).into()),
    };
    let target = set_context(target, TargetKind::Assign)?;
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn named_expr<'a>(target: Expr, value: Expr, l: usize, r: usize) -> PResult<'a, Expr> {
    if !matches!(target.kind, ExprKind::Name { .. }) {
        let message = format!(
            "cannot use assignment expressions with {}",
            expr_name(&target)
        );
        return Err(Diagnostic::syntax(message, target.span).into());
    }
    let target = set_context(target, TargetKind::Assign)?;
    Ok(Expr::new(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        span(l, r),
    ))
}

pub fn delete<'a>(targets: Vec<Expr>, l: usize, r: usize) -> PResult<'a, Stmt> {
    let targets = targets
        .into_iter()
        .map(|t| set_context(t, TargetKind::Del))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(stmt(StmtKind::Delete { targets }, l, r))
}
