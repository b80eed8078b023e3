//! Parameter lists of `def` and `lambda`: parsed flat, then checked for
//! order here with CPython's messages, and grouped into `ast::Arguments`.

use crate::builder::span;
use minipy_ast::{Arg, Arguments, Expr};
use minipy_diagnostics::Diagnostic;

/// One comma-separated item between the parentheses of a `def`.
pub enum ParamItem {
    Plain {
        name: String,
        annotation: Option<Expr>,
        default: Option<Expr>,
        l: usize,
        r: usize,
    },
    /// `*name`
    VarArgs {
        name: String,
        annotation: Option<Expr>,
        default: Option<Expr>,
        l: usize,
        r: usize,
    },
    /// A bare `*`.
    Star { l: usize, r: usize },
    /// `**name`
    KwArgs {
        name: String,
        annotation: Option<Expr>,
        default: Option<Expr>,
        l: usize,
        r: usize,
    },
    /// `/`
    Slash { l: usize, r: usize },
}

fn arg(name: String, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        arg: name,
        annotation: annotation.map(Box::new),
        span: span(l, r),
    }
}

fn error(message: &str, l: usize, r: usize) -> Diagnostic {
    Diagnostic::syntax(message, span(l, r))
}

pub fn build_arguments(items: Vec<ParamItem>) -> Result<Arguments, Diagnostic> {
    let mut args = Arguments::default();
    let mut positional: Vec<Arg> = Vec::new();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut star_span = None;
    let mut seen_kwargs = false;
    for item in items {
        if seen_kwargs {
            let (l, r) = match &item {
                ParamItem::Plain { l, r, .. }
                | ParamItem::VarArgs { l, r, .. }
                | ParamItem::Star { l, r }
                | ParamItem::KwArgs { l, r, .. }
                | ParamItem::Slash { l, r } => (*l, *r),
            };
            return Err(error("arguments cannot follow var-keyword argument", l, r));
        }
        match item {
            ParamItem::Plain {
                name,
                annotation,
                default,
                l,
                r,
            } => {
                let a = arg(name, annotation, l, r);
                if seen_star {
                    args.kwonlyargs.push(a);
                    args.kw_defaults.push(default);
                    continue;
                }
                match default {
                    Some(d) => args.defaults.push(d),
                    None if !args.defaults.is_empty() => {
                        return Err(error("non-default argument follows default argument", l, r));
                    }
                    None => {}
                }
                positional.push(a);
            }
            ParamItem::Slash { l, r } => {
                if seen_slash {
                    return Err(error("/ may appear only once", l, r));
                }
                if seen_star {
                    return Err(error("/ must be ahead of *", l, r));
                }
                if positional.is_empty() {
                    return Err(error("at least one argument must precede /", l, r));
                }
                seen_slash = true;
                args.posonlyargs = std::mem::take(&mut positional);
            }
            ParamItem::VarArgs {
                name,
                annotation,
                default,
                l,
                r,
            } => {
                if seen_star {
                    return Err(error("* argument may appear only once", l, r));
                }
                if let Some(d) = default {
                    return Err(Diagnostic::syntax(
                        "var-positional argument cannot have default value",
                        d.span,
                    ));
                }
                seen_star = true;
                args.vararg = Some(arg(name, annotation, l, r));
            }
            ParamItem::Star { l, r } => {
                if seen_star {
                    return Err(error("* argument may appear only once", l, r));
                }
                seen_star = true;
                star_span = Some((l, r));
            }
            ParamItem::KwArgs {
                name,
                annotation,
                default,
                l,
                r,
            } => {
                if let Some(d) = default {
                    return Err(Diagnostic::syntax(
                        "var-keyword argument cannot have default value",
                        d.span,
                    ));
                }
                seen_kwargs = true;
                args.kwarg = Some(arg(name, annotation, l, r));
            }
        }
    }
    if let Some((l, r)) = star_span
        && args.kwonlyargs.is_empty()
    {
        return Err(error("named arguments must follow bare *", l, r));
    }
    args.args = positional;
    Ok(args)
}
