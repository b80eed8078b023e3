//! Child traversal without recursion: visiting children, measuring depth, and
//! freeing deep trees.
//!
//! The parser is an LR automaton with an explicit stack, so it can build an
//! expression tree thousands of levels deep (`-----...1`, `1+1+...+1`). Every
//! recursive walk over such a tree risks the Rust stack, so the parser checks
//! depth with [`expr_depth_exceeds`] before anyone recurses, and `Drop` for
//! [`Expr`] takes trees apart iteratively.

use std::cell::Cell;

use crate::{Arguments, Comprehension, Constant, Expr, ExprKind, Keyword, Module, Stmt, StmtKind};

/// Calls `f` on each direct child expression of `expr`.
pub fn for_each_child_expr<'a>(expr: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    use ExprKind::*;
    match &expr.kind {
        BoolOp { values, .. } => values.iter().for_each(&mut *f),
        NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        UnaryOp { operand, .. } => f(operand),
        Lambda { args, body } => {
            arguments_exprs(args, f);
            f(body);
        }
        IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(&mut *f);
        }
        Set { elts } | List { elts, .. } | Tuple { elts, .. } => elts.iter().for_each(&mut *f),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            f(elt);
            comprehension_exprs(generators, f);
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            comprehension_exprs(generators, f);
        }
        Await { value } | YieldFrom { value } | Starred { value, .. } => f(value),
        Yield { value } => value.iter().for_each(|v| f(v)),
        Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(&mut *f);
        }
        Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|s| f(s));
        }
        JoinedStr { values } => values.iter().for_each(&mut *f),
        Attribute { value, .. } => f(value),
        Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        Constant { .. } | Name { .. } => {}
    }
}

fn arguments_exprs<'a>(args: &'a Arguments, f: &mut impl FnMut(&'a Expr)) {
    args.defaults.iter().for_each(&mut *f);
    args.kw_defaults.iter().flatten().for_each(&mut *f);
    for arg in args.all_args() {
        if let Some(annotation) = &arg.annotation {
            f(annotation);
        }
    }
}

fn comprehension_exprs<'a>(generators: &'a [Comprehension], f: &mut impl FnMut(&'a Expr)) {
    for g in generators {
        f(&g.target);
        f(&g.iter);
        g.ifs.iter().for_each(&mut *f);
    }
}

/// Finds an expression nested deeper than `limit` anywhere in the module,
/// without recursing on expressions.
///
/// Depth is counted the way a recursive-descent parser nests: the left
/// operand of a binary operation and the object of a call, attribute or
/// subscript are parsed by a loop at the same level (CPython's grammar is
/// left-recursive there), so `1+1+...+1` or `f()()()` stay shallow while
/// `- - - 1` or `[[[1]]]` go one level deeper per step.
pub fn expr_depth_exceeds(module: &Module, limit: usize) -> Option<&Expr> {
    let mut found = None;
    // One stack for all the statements' expressions, not one each.
    let mut stack = Vec::new();
    for_each_stmt_expr(&module.body, &mut |root| {
        if found.is_some() {
            return;
        }
        stack.push((root, 1usize));
        while let Some((expr, depth)) = stack.pop() {
            if depth > limit {
                found = Some(expr);
                stack.clear();
                return;
            }
            let spine = left_spine(expr);
            for_each_child_expr(expr, &mut |child| {
                let same_level = spine.is_some_and(|s| std::ptr::eq(s, child));
                stack.push((child, if same_level { depth } else { depth + 1 }));
            });
        }
    });
    found
}

/// True if some expression is nested more than `limit` levels deep,
/// counting every level (unlike [`expr_depth_exceeds`]).
pub fn tree_depth_exceeds(module: &Module, limit: usize) -> bool {
    let mut found = false;
    let mut stack = Vec::new();
    for_each_stmt_expr(&module.body, &mut |root| {
        stack.push((root, 1usize));
        while let Some((expr, depth)) = stack.pop() {
            if found || depth > limit {
                found = true;
                stack.clear();
                return;
            }
            for_each_child_expr(expr, &mut |child| stack.push((child, depth + 1)));
        }
    });
    found
}

/// Calls `f` on every expression of the module, nested ones included,
/// without recursing on expressions (statements recurse, bounded by the
/// indentation limit).
pub fn for_each_expr<'a>(module: &'a Module, f: &mut impl FnMut(&'a Expr)) {
    let mut stack = Vec::new();
    for_each_stmt_expr(&module.body, &mut |root| {
        stack.push(root);
        while let Some(expr) = stack.pop() {
            f(expr);
            for_each_child_expr(expr, &mut |child| stack.push(child));
        }
    });
}

/// The child a left-recursive grammar rule reaches without going deeper.
fn left_spine(expr: &Expr) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::BinOp { left, .. } => Some(left),
        ExprKind::Call { func, .. } => Some(func),
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => Some(value),
        _ => None,
    }
}

/// Calls `f` on every top-level expression of every statement, nested
/// statements included.
fn for_each_stmt_expr<'a>(body: &'a [Stmt], f: &mut impl FnMut(&'a Expr)) {
    walk_body(body, &mut |_| {}, f);
}

/// Calls `f` on every statement of the module, nested ones included, in
/// source order.
pub fn for_each_stmt<'a>(module: &'a Module, f: &mut impl FnMut(&'a Stmt)) {
    walk_body(&module.body, f, &mut |_| {});
}

/// Calls `on_stmt` on each statement of `body` and `f` on its top-level
/// expressions, nested statements included. Statement nesting is bounded
/// by the lexer's indentation limit, so recursion here is safe.
fn walk_body<'a>(
    body: &'a [Stmt],
    on_stmt: &mut impl FnMut(&'a Stmt),
    f: &mut impl FnMut(&'a Expr),
) {
    use StmtKind::*;
    for stmt in body {
        on_stmt(stmt);
        match &stmt.kind {
            FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                decorator_list.iter().for_each(&mut *f);
                arguments_exprs(args, f);
                returns.iter().for_each(|r| f(r));
                walk_body(body, on_stmt, f);
            }
            ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                decorator_list.iter().for_each(&mut *f);
                bases.iter().for_each(&mut *f);
                keywords.iter().for_each(|k: &'a Keyword| f(&k.value));
                walk_body(body, on_stmt, f);
            }
            Return { value } => value.iter().for_each(&mut *f),
            Delete { targets } => targets.iter().for_each(&mut *f),
            Assign { targets, value } => {
                targets.iter().for_each(&mut *f);
                f(value);
            }
            AugAssign { target, value, .. } => {
                f(target);
                f(value);
            }
            AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                f(target);
                f(annotation);
                value.iter().for_each(&mut *f);
            }
            For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                f(target);
                f(iter);
                walk_body(body, on_stmt, f);
                walk_body(orelse, on_stmt, f);
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                f(test);
                walk_body(body, on_stmt, f);
                walk_body(orelse, on_stmt, f);
            }
            With { items, body, .. } => {
                for item in items {
                    f(&item.context_expr);
                    item.optional_vars.iter().for_each(&mut *f);
                }
                walk_body(body, on_stmt, f);
            }
            Match { subject, cases } => {
                f(subject);
                for case in cases {
                    case.guard.iter().for_each(&mut *f);
                    walk_body(&case.body, on_stmt, f);
                }
            }
            Raise { exc, cause } => {
                exc.iter().for_each(&mut *f);
                cause.iter().for_each(&mut *f);
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                walk_body(body, on_stmt, f);
                for h in handlers {
                    h.type_.iter().for_each(&mut *f);
                    walk_body(&h.body, on_stmt, f);
                }
                walk_body(orelse, on_stmt, f);
                walk_body(finalbody, on_stmt, f);
            }
            Assert { test, msg } => {
                f(test);
                msg.iter().for_each(&mut *f);
            }
            Expr { value } => f(value),
            Import { .. }
            | ImportFrom { .. }
            | Global { .. }
            | Nonlocal { .. }
            | Pass
            | Break
            | Continue => {}
        }
    }
}

/// The kind of a childless node (`None`), left where a kind is moved out.
fn leaf_kind() -> ExprKind {
    ExprKind::Constant {
        value: Constant::None,
        kind: None,
    }
}

impl Expr {
    /// A leaf used in place of a child that has been moved out.
    pub fn placeholder() -> Expr {
        Expr::new(leaf_kind(), Default::default())
    }

    /// Moves the kind out (an `Expr` implements `Drop`, so it cannot be
    /// destructured by value).
    pub fn into_kind(mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, leaf_kind())
    }

    fn has_children(&self) -> bool {
        !matches!(self.kind, ExprKind::Constant { .. } | ExprKind::Name { .. })
    }
}

/// Moves the boxed and listed child expressions of `kind` onto `out`,
/// leaving placeholders, so the caller can free them without recursion.
fn take_children(kind: &mut ExprKind, out: &mut Vec<Expr>) {
    use ExprKind::*;
    let mut take = |b: &mut Box<Expr>| out.push(std::mem::replace(&mut **b, Expr::placeholder()));
    match kind {
        NamedExpr { target, value } => {
            take(target);
            take(value);
        }
        BinOp { left, right, .. } => {
            take(left);
            take(right);
        }
        UnaryOp { operand: b, .. }
        | Await { value: b }
        | YieldFrom { value: b }
        | Starred { value: b, .. }
        | Attribute { value: b, .. }
        | Lambda { body: b, .. } => take(b),
        IfExp { test, body, orelse } => {
            take(test);
            take(body);
            take(orelse);
        }
        Yield { value: Some(b) } => take(b),
        Compare {
            left, comparators, ..
        } => {
            take(left);
            out.append(comparators);
        }
        Call {
            func,
            args,
            keywords,
        } => {
            take(func);
            out.append(args);
            out.extend(keywords.drain(..).map(|k| k.value));
        }
        Subscript { value, slice, .. } => {
            take(value);
            take(slice);
        }
        BoolOp { values, .. } | JoinedStr { values } => out.append(values),
        Set { elts } | List { elts, .. } | Tuple { elts, .. } => out.append(elts),
        Dict { keys, values } => {
            out.extend(keys.drain(..).flatten());
            out.append(values);
        }
        FormattedValue {
            value, format_spec, ..
        } => {
            take(value);
            if let Some(spec) = format_spec {
                take(spec);
            }
        }
        Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                take(part);
            }
        }
        ListComp { elt, .. } | SetComp { elt, .. } | GeneratorExp { elt, .. } => take(elt),
        DictComp { key, value, .. } => {
            take(key);
            take(value);
        }
        Yield { value: None } | Constant { .. } | Name { .. } => {}
    }
}

thread_local! {
    /// How many `Expr` drops are under way on this thread's stack.
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Trees are freed by ordinary recursive drops down to this depth, and
/// iteratively below it: most trees are shallow, and recursion needs no
/// work list, while the bound keeps the stack small on any thread.
const RECURSIVE_DROP_DEPTH: u32 = 64;

impl Drop for Expr {
    fn drop(&mut self) {
        if !self.has_children() {
            return;
        }
        let depth = DROP_DEPTH.get();
        if depth < RECURSIVE_DROP_DEPTH {
            let kind = std::mem::replace(&mut self.kind, leaf_kind());
            DROP_DEPTH.set(depth + 1);
            drop(kind);
            DROP_DEPTH.set(depth);
            return;
        }
        let mut pending = Vec::new();
        take_children(&mut self.kind, &mut pending);
        while let Some(mut expr) = pending.pop() {
            if expr.has_children() {
                take_children(&mut expr.kind, &mut pending);
                // Otherwise `expr`'s own drop would find the placeholders
                // and start a walk (and a stack) of its own for them.
                expr.kind = leaf_kind();
            }
        }
    }
}
