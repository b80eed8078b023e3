//! Node constructors for the grammar's actions, so the grammar stays readable.

use crate::calls::{self, ArgItem};
use crate::params::{self, ParamItem};
use crate::targets::{self, TargetKind};
use crate::{PResult, ParseState};
use minipy_ast::*;
use minipy_diagnostics::Diagnostic;

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l as u32, r as u32)
}

pub fn identifier(name: &str) -> String {
    if name.is_ascii() {
        return name.to_string();
    }
    use unicode_normalization::UnicodeNormalization;
    name.nfkc().collect()
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt::new(kind, span(l, r))
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr::new(kind, span(l, r))
}

pub fn constant(value: Constant, l: usize, r: usize) -> Expr {
    expr(ExprKind::Constant { value, kind: None }, l, r)
}

pub fn name_expr(id: String, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

pub fn binop(left: Expr, op: Operator, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

/// `a` stays `a`; `a,` and `a, b` become a tuple.
pub fn tuple_or_single((mut items, trailing): (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    if items.len() == 1 && !trailing {
        return items.pop().unwrap();
    }
    expr(
        ExprKind::Tuple {
            elts: items,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

/// A parenthesized expression or tuple; a lone starred expression in
/// parentheses is an error, as in CPython.
pub fn paren<'a>(
    state: &ParseState,
    (mut items, trailing): (Vec<Expr>, bool),
    l: usize,
    r: usize,
) -> PResult<'a, Expr> {
    if items.len() == 1 && !trailing {
        let inner = items.pop().unwrap();
        if matches!(inner.kind, ExprKind::Starred { .. }) {
            return Err(
                Diagnostic::syntax("cannot use starred expression here", inner.span).into(),
            );
        }
        state.mark_parenthesized(inner.span);
        return Ok(inner);
    }
    state.mark_parenthesized(span(l, r));
    Ok(expr(
        ExprKind::Tuple {
            elts: items,
            ctx: ExprContext::Load,
        },
        l,
        r,
    ))
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

pub enum ComprehensionKind {
    List,
    Set,
    Generator,
}

pub fn comprehension<'a>(
    kind: ComprehensionKind,
    elt: Expr,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> PResult<'a, Expr> {
    if matches!(elt.kind, ExprKind::Starred { .. }) {
        return Err(Diagnostic::syntax(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        )
        .into());
    }
    let elt = Box::new(elt);
    Ok(expr(
        match kind {
            ComprehensionKind::List => ExprKind::ListComp { elt, generators },
            ComprehensionKind::Set => ExprKind::SetComp { elt, generators },
            ComprehensionKind::Generator => ExprKind::GeneratorExp { elt, generators },
        },
        l,
        r,
    ))
}

pub fn comprehension_clause<'a>(
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    is_async: bool,
) -> PResult<'a, Comprehension> {
    let target = targets::set_context(target, TargetKind::For)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

pub fn alias(name: String, asname: Option<String>, l: usize, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: span(l, r),
    }
}

pub fn dotted(first: &str, rest: Vec<&str>) -> String {
    let mut name = first.to_string();
    for part in rest {
        name.push('.');
        name.push_str(part);
    }
    name
}

/// `a.b.c` as nested `Attribute` nodes; `rest` holds each name and where it ends.
pub fn attribute_chain(
    first: &str,
    l: usize,
    first_end: usize,
    rest: Vec<(String, usize)>,
) -> Expr {
    let mut value = name_expr(first.to_string(), l, first_end);
    for (attr, r) in rest {
        value = expr(
            ExprKind::Attribute {
                value: Box::new(value),
                attr,
                ctx: ExprContext::Load,
            },
            l,
            r,
        );
    }
    value
}

pub fn with_decorators(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef { decorator_list, .. }
        | StmtKind::ClassDef { decorator_list, .. } => {
            *decorator_list = decorators;
        }
        _ => unreachable!("only functions and classes take decorators"),
    }
    s
}

/// `if ... elif ... else ...` as nested `If` nodes, as CPython's AST has it.
pub fn if_chain(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
    r: usize,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (elif_l, elif_test, elif_body) in elifs.into_iter().rev() {
        let end = tail
            .last()
            .map(|s| s.span.end as usize)
            .or_else(|| elif_body.last().map(|s| s.span.end as usize))
            .unwrap_or(r);
        tail = vec![stmt(
            StmtKind::If {
                test: elif_test,
                body: elif_body,
                orelse: tail,
            },
            elif_l,
            end,
        )];
    }
    stmt(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        r,
    )
}

pub fn for_stmt<'a>(
    (target, iter, body, orelse): (Expr, Expr, Vec<Stmt>, Option<Vec<Stmt>>),
    is_async: bool,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let target = targets::set_context(target, TargetKind::For)?;
    Ok(stmt(
        StmtKind::For {
            target,
            iter,
            body,
            orelse: orelse.unwrap_or_default(),
            is_async,
        },
        l,
        r,
    ))
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    is_star: bool,
    l: usize,
    r: usize,
) -> Stmt {
    stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse: orelse.unwrap_or_default(),
            finalbody: finalbody.unwrap_or_default(),
            is_star,
        },
        l,
        r,
    )
}

/// An `except` clause; its span runs to the end of its body, as in CPython.
pub fn handler(
    type_: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> ExceptHandler {
    let end = body.last().map_or(r, |s| s.span.end as usize);
    ExceptHandler {
        type_,
        name,
        body,
        span: span(l, end),
    }
}

pub fn with_stmt<'a>(
    items: Vec<(Expr, Option<Expr>)>,
    body: Vec<Stmt>,
    is_async: bool,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let mut with_items = Vec::with_capacity(items.len());
    for (context_expr, target) in items {
        let optional_vars = match target {
            Some(t) => Some(targets::set_context(t, TargetKind::With)?),
            None => None,
        };
        with_items.push(WithItem {
            context_expr,
            optional_vars,
        });
    }
    Ok(stmt(
        StmtKind::With {
            items: with_items,
            body,
            is_async,
        },
        l,
        r,
    ))
}

pub fn function_def<'a>(
    _state: &ParseState,
    (name, items, returns, body): (String, Vec<ParamItem>, Option<Expr>, Vec<Stmt>),
    is_async: bool,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let args = params::build_arguments(items)?;
    Ok(stmt(
        StmtKind::FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list: Vec::new(),
            returns: returns.map(Box::new),
            is_async,
        },
        l,
        r,
    ))
}

pub fn lambda<'a>(
    _state: &ParseState,
    items: Vec<ParamItem>,
    body: Expr,
    l: usize,
    r: usize,
) -> PResult<'a, Expr> {
    let args = params::build_arguments(items)?;
    Ok(expr(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

pub fn class_def<'a>(
    name: String,
    args: Option<(Vec<ArgItem>, usize)>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> PResult<'a, Stmt> {
    let (bases, keywords) = match args {
        Some((items, close)) => calls::split_arguments(items, span(close, close + 1))?,
        None => (Vec::new(), Vec::new()),
    };
    Ok(stmt(
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list: Vec::new(),
        },
        l,
        r,
    ))
}

// ---- patterns

pub fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: span(l, r),
    }
}

pub fn literal_pattern(value: Expr, l: usize, r: usize) -> Pattern {
    pattern(
        PatternKind::MatchValue {
            value: Box::new(value),
        },
        l,
        r,
    )
}

/// A bare name captures the subject; `_` is the wildcard.
pub fn capture_pattern(name: String, l: usize, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pattern(
        PatternKind::MatchAs {
            pattern: None,
            name,
        },
        l,
        r,
    )
}

/// `1+2j` in a pattern: a real part, then an imaginary one, with
/// CPython's messages when either is the wrong kind of number.
pub fn complex_literal<'a>(
    real: Expr,
    op: Operator,
    imag: Expr,
    l: usize,
    r: usize,
) -> PResult<'a, Expr> {
    let is_imag = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        )
    };
    let number = match &real.kind {
        ExprKind::UnaryOp { operand, .. } => operand.as_ref(),
        _ => &real,
    };
    if is_imag(number) {
        return Err(
            Diagnostic::syntax("real number required in complex literal", number.span).into(),
        );
    }
    if !is_imag(&imag) {
        return Err(
            Diagnostic::syntax("imaginary number required in complex literal", imag.span).into(),
        );
    }
    Ok(binop(real, op, imag, l, r))
}

pub fn star_pattern(name: String, l: usize, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pattern(PatternKind::MatchStar { name }, l, r)
}

pub fn as_pattern<'a>(
    inner: Pattern,
    name: String,
    name_l: usize,
    l: usize,
    r: usize,
) -> PResult<'a, Pattern> {
    if name == "_" {
        return Err(Diagnostic::syntax("cannot use '_' as a target", span(name_l, r)).into());
    }
    Ok(pattern(
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
        l,
        r,
    ))
}

pub fn mapping_pattern<'a>(
    items: Vec<(Option<Expr>, Pattern)>,
    l: usize,
    r: usize,
) -> PResult<'a, Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for (key, p) in items {
        if rest.is_some() {
            return Err(Diagnostic::syntax("invalid syntax", p.span).into());
        }
        match key {
            Some(k) => {
                keys.push(k);
                patterns.push(p);
            }
            None => match p.kind {
                PatternKind::MatchAs {
                    name: Some(name), ..
                } => rest = Some(name),
                _ => return Err(Diagnostic::syntax("invalid syntax", p.span).into()),
            },
        }
    }
    Ok(pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    ))
}

pub fn class_pattern<'a>(
    cls: Expr,
    args: Vec<(Option<String>, Pattern)>,
    l: usize,
    r: usize,
) -> PResult<'a, Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (name, p) in args {
        match name {
            Some(name) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
            None if !kwd_attrs.is_empty() => {
                return Err(Diagnostic::syntax(
                    "positional patterns follow keyword patterns",
                    p.span,
                )
                .into());
            }
            None => patterns.push(p),
        }
    }
    Ok(pattern(
        PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}
