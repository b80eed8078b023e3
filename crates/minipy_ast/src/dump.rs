//! `minipy ast`: the tree in the exact text of CPython's `ast.dump(tree, indent=1)`.
//!
//! Nodes are first turned into a small generic shape (name plus fields), then
//! printed by a port of the layout rules in `Lib/ast.py`: a node goes on one
//! line when all its fields are simple and there are at most three of them,
//! and optional fields that are `None` are left out.

use crate::*;
use minipy_diagnostics::pyrepr::{format_float_short, repr_bytes, repr_float, repr_str};

enum Value {
    Node(Node),
    List(Vec<Value>),
    Repr(String),
}

struct Node {
    name: &'static str,
    fields: Vec<(&'static str, Value)>,
}

impl Node {
    fn new(name: &'static str) -> Node {
        Node {
            name,
            fields: Vec::new(),
        }
    }

    fn field(mut self, name: &'static str, value: Value) -> Node {
        self.fields.push((name, value));
        self
    }

    /// An optional field: left out when `None`, as `ast.dump` does.
    fn opt(self, name: &'static str, value: Option<Value>) -> Node {
        match value {
            Some(v) => self.field(name, v),
            None => self,
        }
    }
}

fn node(n: Node) -> Value {
    Value::Node(n)
}

fn unit(name: &'static str) -> Value {
    Value::Node(Node::new(name))
}

fn ident(s: &str) -> Value {
    Value::Repr(repr_str(s))
}

fn int(i: i64) -> Value {
    Value::Repr(i.to_string())
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::List(items.iter().map(f).collect())
}

fn stmts(body: &[Stmt]) -> Value {
    list(body, stmt)
}

fn exprs(items: &[Expr]) -> Value {
    list(items, expr)
}

/// Renders a module as `ast.dump(tree, indent=1)` does.
pub fn dump_module(module: &Module) -> String {
    let tree = Node::new("Module")
        .field("body", stmts(&module.body))
        .field("type_ignores", Value::List(Vec::new()));
    format(&Value::Node(tree), 0).0
}

fn format(value: &Value, level: usize) -> (String, bool) {
    let level = level + 1;
    let prefix = format!("\n{}", " ".repeat(level));
    let sep = format!(",\n{}", " ".repeat(level));
    match value {
        Value::Repr(s) => (s.clone(), true),
        Value::List(items) if items.is_empty() => ("[]".to_string(), true),
        Value::List(items) => {
            let parts: Vec<String> = items.iter().map(|v| format(v, level).0).collect();
            (format!("[{prefix}{}]", parts.join(&sep)), false)
        }
        Value::Node(n) => {
            let mut all_simple = true;
            let mut args = Vec::with_capacity(n.fields.len());
            for (name, v) in &n.fields {
                let (text, simple) = format(v, level);
                all_simple &= simple;
                args.push(format!("{name}={text}"));
            }
            if all_simple && args.len() <= 3 {
                (format!("{}({})", n.name, args.join(", ")), args.is_empty())
            } else {
                (format!("{}({prefix}{})", n.name, args.join(&sep)), false)
            }
        }
    }
}

fn stmt(s: &Stmt) -> Value {
    use StmtKind::*;
    node(match &s.kind {
        FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            is_async,
        } => Node::new(if *is_async {
            "AsyncFunctionDef"
        } else {
            "FunctionDef"
        })
        .field("name", ident(name))
        .field("args", arguments(args))
        .field("body", stmts(body))
        .field("decorator_list", exprs(decorator_list))
        .opt("returns", returns.as_deref().map(expr)),
        ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } => Node::new("ClassDef")
            .field("name", ident(name))
            .field("bases", exprs(bases))
            .field("keywords", list(keywords, keyword))
            .field("body", stmts(body))
            .field("decorator_list", exprs(decorator_list)),
        Return { value } => Node::new("Return").opt("value", value.as_ref().map(expr)),
        Delete { targets } => Node::new("Delete").field("targets", exprs(targets)),
        Assign { targets, value } => Node::new("Assign")
            .field("targets", exprs(targets))
            .field("value", expr(value)),
        AugAssign { target, op, value } => Node::new("AugAssign")
            .field("target", expr(target))
            .field("op", unit(op.ast_name()))
            .field("value", expr(value)),
        AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => Node::new("AnnAssign")
            .field("target", expr(target))
            .field("annotation", expr(annotation))
            .opt("value", value.as_ref().map(expr))
            .field("simple", int(*simple as i64)),
        For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => Node::new(if *is_async { "AsyncFor" } else { "For" })
            .field("target", expr(target))
            .field("iter", expr(iter))
            .field("body", stmts(body))
            .field("orelse", stmts(orelse)),
        While { test, body, orelse } => Node::new("While")
            .field("test", expr(test))
            .field("body", stmts(body))
            .field("orelse", stmts(orelse)),
        If { test, body, orelse } => Node::new("If")
            .field("test", expr(test))
            .field("body", stmts(body))
            .field("orelse", stmts(orelse)),
        With {
            items,
            body,
            is_async,
        } => Node::new(if *is_async { "AsyncWith" } else { "With" })
            .field("items", list(items, with_item))
            .field("body", stmts(body)),
        Match { subject, cases } => Node::new("Match")
            .field("subject", expr(subject))
            .field("cases", list(cases, match_case)),
        Raise { exc, cause } => Node::new("Raise")
            .opt("exc", exc.as_ref().map(expr))
            .opt("cause", cause.as_ref().map(expr)),
        Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => Node::new(if *is_star { "TryStar" } else { "Try" })
            .field("body", stmts(body))
            .field("handlers", list(handlers, handler))
            .field("orelse", stmts(orelse))
            .field("finalbody", stmts(finalbody)),
        Assert { test, msg } => Node::new("Assert")
            .field("test", expr(test))
            .opt("msg", msg.as_ref().map(expr)),
        Import { names } => Node::new("Import").field("names", list(names, alias)),
        ImportFrom {
            module,
            names,
            level,
        } => Node::new("ImportFrom")
            .opt("module", module.as_deref().map(ident))
            .field("names", list(names, alias))
            .field("level", int(*level as i64)),
        Global { names } => Node::new("Global").field("names", list(names, |n| ident(n))),
        Nonlocal { names } => Node::new("Nonlocal").field("names", list(names, |n| ident(n))),
        Expr { value } => Node::new("Expr").field("value", expr(value)),
        Pass => Node::new("Pass"),
        Break => Node::new("Break"),
        Continue => Node::new("Continue"),
    })
}

fn arguments(a: &Arguments) -> Value {
    node(
        Node::new("arguments")
            .field("posonlyargs", list(&a.posonlyargs, arg))
            .field("args", list(&a.args, arg))
            .opt("vararg", a.vararg.as_ref().map(arg))
            .field("kwonlyargs", list(&a.kwonlyargs, arg))
            .field(
                "kw_defaults",
                list(&a.kw_defaults, |d| match d {
                    Some(e) => expr(e),
                    None => Value::Repr("None".into()),
                }),
            )
            .opt("kwarg", a.kwarg.as_ref().map(arg))
            .field("defaults", exprs(&a.defaults)),
    )
}

fn arg(a: &Arg) -> Value {
    node(
        Node::new("arg")
            .field("arg", ident(&a.arg))
            .opt("annotation", a.annotation.as_deref().map(expr)),
    )
}

fn keyword(k: &Keyword) -> Value {
    node(
        Node::new("keyword")
            .opt("arg", k.arg.as_deref().map(ident))
            .field("value", expr(&k.value)),
    )
}

fn alias(a: &Alias) -> Value {
    node(
        Node::new("alias")
            .field("name", ident(&a.name))
            .opt("asname", a.asname.as_deref().map(ident)),
    )
}

fn with_item(w: &WithItem) -> Value {
    node(
        Node::new("withitem")
            .field("context_expr", expr(&w.context_expr))
            .opt("optional_vars", w.optional_vars.as_ref().map(expr)),
    )
}

fn handler(h: &ExceptHandler) -> Value {
    node(
        Node::new("ExceptHandler")
            .opt("type", h.type_.as_ref().map(expr))
            .opt("name", h.name.as_deref().map(ident))
            .field("body", stmts(&h.body)),
    )
}

fn match_case(c: &MatchCase) -> Value {
    node(
        Node::new("match_case")
            .field("pattern", pattern(&c.pattern))
            .opt("guard", c.guard.as_ref().map(expr))
            .field("body", stmts(&c.body)),
    )
}

fn pattern(p: &Pattern) -> Value {
    use PatternKind::*;
    node(match &p.kind {
        MatchValue { value } => Node::new("MatchValue").field("value", expr(value)),
        MatchSingleton { value } => Node::new("MatchSingleton").field("value", constant(value)),
        MatchSequence { patterns } => {
            Node::new("MatchSequence").field("patterns", list(patterns, pattern))
        }
        MatchMapping {
            keys,
            patterns,
            rest,
        } => Node::new("MatchMapping")
            .field("keys", exprs(keys))
            .field("patterns", list(patterns, pattern))
            .opt("rest", rest.as_deref().map(ident)),
        MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => Node::new("MatchClass")
            .field("cls", expr(cls))
            .field("patterns", list(patterns, pattern))
            .field("kwd_attrs", list(kwd_attrs, |n| ident(n)))
            .field("kwd_patterns", list(kwd_patterns, pattern)),
        MatchStar { name } => Node::new("MatchStar").opt("name", name.as_deref().map(ident)),
        MatchAs {
            pattern: inner,
            name,
        } => Node::new("MatchAs")
            .opt("pattern", inner.as_deref().map(pattern))
            .opt("name", name.as_deref().map(ident)),
        MatchOr { patterns } => Node::new("MatchOr").field("patterns", list(patterns, pattern)),
    })
}

fn comprehension(c: &Comprehension) -> Value {
    node(
        Node::new("comprehension")
            .field("target", expr(&c.target))
            .field("iter", expr(&c.iter))
            .field("ifs", exprs(&c.ifs))
            .field("is_async", int(c.is_async as i64)),
    )
}

fn ctx(c: ExprContext) -> Value {
    unit(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

/// `repr()` of a constant as Python prints it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", format_float_short(*imag, false))
            } else {
                let imag_text = format_float_short(*imag, false);
                let sign = if imag_text.starts_with('-') { "" } else { "+" };
                format!("({}{sign}{imag_text}j)", format_float_short(*real, false))
            }
        }
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

fn constant(c: &Constant) -> Value {
    Value::Repr(constant_repr(c))
}

fn expr(e: &Expr) -> Value {
    use ExprKind::*;
    node(match &e.kind {
        BoolOp { op, values } => Node::new("BoolOp")
            .field(
                "op",
                unit(if *op == crate::BoolOp::And {
                    "And"
                } else {
                    "Or"
                }),
            )
            .field("values", exprs(values)),
        NamedExpr { target, value } => Node::new("NamedExpr")
            .field("target", expr(target))
            .field("value", expr(value)),
        BinOp { left, op, right } => Node::new("BinOp")
            .field("left", expr(left))
            .field("op", unit(op.ast_name()))
            .field("right", expr(right)),
        UnaryOp { op, operand } => Node::new("UnaryOp")
            .field(
                "op",
                unit(match op {
                    crate::UnaryOp::Invert => "Invert",
                    crate::UnaryOp::Not => "Not",
                    crate::UnaryOp::UAdd => "UAdd",
                    crate::UnaryOp::USub => "USub",
                }),
            )
            .field("operand", expr(operand)),
        Lambda { args, body } => Node::new("Lambda")
            .field("args", arguments(args))
            .field("body", expr(body)),
        IfExp { test, body, orelse } => Node::new("IfExp")
            .field("test", expr(test))
            .field("body", expr(body))
            .field("orelse", expr(orelse)),
        Dict { keys, values } => Node::new("Dict")
            .field(
                "keys",
                list(keys, |k| match k {
                    Some(k) => expr(k),
                    None => Value::Repr("None".into()),
                }),
            )
            .field("values", exprs(values)),
        Set { elts } => Node::new("Set").field("elts", exprs(elts)),
        ListComp { elt, generators } => Node::new("ListComp")
            .field("elt", expr(elt))
            .field("generators", list(generators, comprehension)),
        SetComp { elt, generators } => Node::new("SetComp")
            .field("elt", expr(elt))
            .field("generators", list(generators, comprehension)),
        DictComp {
            key,
            value,
            generators,
        } => Node::new("DictComp")
            .field("key", expr(key))
            .field("value", expr(value))
            .field("generators", list(generators, comprehension)),
        GeneratorExp { elt, generators } => Node::new("GeneratorExp")
            .field("elt", expr(elt))
            .field("generators", list(generators, comprehension)),
        Await { value } => Node::new("Await").field("value", expr(value)),
        Yield { value } => Node::new("Yield").opt("value", value.as_deref().map(expr)),
        YieldFrom { value } => Node::new("YieldFrom").field("value", expr(value)),
        Compare {
            left,
            ops,
            comparators,
        } => Node::new("Compare")
            .field("left", expr(left))
            .field(
                "ops",
                list(ops, |op| {
                    unit(match op {
                        CmpOp::Eq => "Eq",
                        CmpOp::NotEq => "NotEq",
                        CmpOp::Lt => "Lt",
                        CmpOp::LtE => "LtE",
                        CmpOp::Gt => "Gt",
                        CmpOp::GtE => "GtE",
                        CmpOp::Is => "Is",
                        CmpOp::IsNot => "IsNot",
                        CmpOp::In => "In",
                        CmpOp::NotIn => "NotIn",
                    })
                }),
            )
            .field("comparators", exprs(comparators)),
        Call {
            func,
            args,
            keywords,
        } => Node::new("Call")
            .field("func", expr(func))
            .field("args", exprs(args))
            .field("keywords", list(keywords, keyword)),
        FormattedValue {
            value,
            conversion,
            format_spec,
        } => Node::new("FormattedValue")
            .field("value", expr(value))
            .field("conversion", int(*conversion as i64))
            .opt("format_spec", format_spec.as_deref().map(expr)),
        JoinedStr { values } => Node::new("JoinedStr").field("values", exprs(values)),
        Constant { value, kind } => Node::new("Constant")
            .field("value", constant(value))
            .opt("kind", kind.map(ident)),
        Attribute {
            value,
            attr,
            ctx: c,
        } => Node::new("Attribute")
            .field("value", expr(value))
            .field("attr", ident(attr))
            .field("ctx", ctx(*c)),
        Subscript {
            value,
            slice,
            ctx: c,
        } => Node::new("Subscript")
            .field("value", expr(value))
            .field("slice", expr(slice))
            .field("ctx", ctx(*c)),
        Starred { value, ctx: c } => Node::new("Starred")
            .field("value", expr(value))
            .field("ctx", ctx(*c)),
        Name { id, ctx: c } => Node::new("Name")
            .field("id", ident(id))
            .field("ctx", ctx(*c)),
        List { elts, ctx: c } => Node::new("List")
            .field("elts", exprs(elts))
            .field("ctx", ctx(*c)),
        Tuple { elts, ctx: c } => Node::new("Tuple")
            .field("elts", exprs(elts))
            .field("ctx", ctx(*c)),
        Slice { lower, upper, step } => Node::new("Slice")
            .opt("lower", lower.as_deref().map(expr))
            .opt("upper", upper.as_deref().map(expr))
            .opt("step", step.as_deref().map(expr)),
    })
}
