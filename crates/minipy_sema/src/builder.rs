//! The first pass: walk the tree and record every name each scope uses, as
//! CPython's `symtable_visit_*` functions do, in the same order.

use crate::table::{Scope, ScopeId, ScopeKind, SymbolTable, flags::*, mangle};
use minipy_ast::*;
use minipy_diagnostics::{Diagnostic, ErrorClass};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// CPython's limit: the recursion limit (1000) times `COMPILER_STACK_FRAME_SCALE` (3).
const MAX_VISIT_DEPTH: usize = 3000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comprehension {
    None,
    List,
    Set,
    Dict,
    Generator,
}

struct ScopeState {
    id: ScopeId,
    comprehension: Comprehension,
    comp_iter_target: bool,
    comp_iter_expr: usize,
}

pub struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeState>,
    depth: usize,
    /// Where each `global`/`nonlocal` was declared, for error locations.
    directives: FxHashMap<(ScopeId, String), Span>,
}

type VisitResult = Result<(), Diagnostic>;

pub fn build(module: &Module, future: crate::FutureFeatures) -> Result<SymbolTable, Diagnostic> {
    let mut table = SymbolTable::new();
    table.future = future;
    let mut b = Builder {
        table,
        stack: Vec::new(),
        depth: 0,
        directives: FxHashMap::default(),
    };
    b.enter(ScopeKind::Module, "top".into(), Span::new(0, 0));
    b.visit_body(&module.body)?;
    b.table.directives = std::mem::take(&mut b.directives);
    Ok(b.table)
}

impl Builder {
    fn cur(&self) -> &ScopeState {
        self.stack.last().expect("always inside a scope")
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur().id;
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: String, span: Span) {
        let parent = self.stack.last().map(|s| s.id);
        let mut scope = Scope::new(kind, name, span, parent);
        if let Some(p) = parent {
            let p = &self.table.scopes[p];
            scope.nested = p.nested || p.kind == ScopeKind::Function;
            scope.private = p.private.clone();
        }
        let id = self.table.push(scope);
        self.stack.push(ScopeState {
            id,
            comprehension: Comprehension::None,
            comp_iter_target: false,
            comp_iter_expr: 0,
        });
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.table.scopes[self.cur().id].private.as_deref(), name)
    }

    /// `symtable_add_def`: records `flag` for `name` in the current scope.
    fn add_def(&mut self, name: &str, flag: u16, span: Span) -> VisitResult {
        let id = self.cur().id;
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, mut flag: u16, span: Span) -> VisitResult {
        let name = self.mangled(name);
        let old = self.table.scopes[id].flags_of(&name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(Diagnostic::syntax(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        let in_iter_target = self.stack.iter().any(|s| s.id == id && s.comp_iter_target);
        if in_iter_target {
            if (old | flag) & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(Diagnostic::syntax(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            flag |= DEF_COMP_ITER;
        }
        self.table.scopes[id].add_flags(&name, flag);
        if flag & DEF_PARAM != 0 {
            self.table.scopes[id].params.push(name.into_owned());
        } else if flag & DEF_GLOBAL != 0 {
            // `global x` in any scope also marks `x` in the module's table.
            self.table.scopes[0].add_flags(&name, flag);
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> VisitResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn exprs(&mut self, exprs: &[Expr]) -> VisitResult {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn enter_depth(&mut self) -> VisitResult {
        self.depth += 1;
        if self.depth > MAX_VISIT_DEPTH {
            return Err(Diagnostic::nowhere(
                ErrorClass::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> VisitResult {
        self.enter_depth()?;
        self.visit_stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> VisitResult {
        use StmtKind::*;
        match &s.kind {
            FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                is_async,
            } => {
                self.add_def(name, DEF_LOCAL, s.span)?;
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(args, returns.as_deref())?;
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Function, name.clone(), s.span);
                if *is_async {
                    self.scope().is_coroutine = true;
                }
                self.visit_arguments(args)?;
                self.visit_body(body)?;
                self.exit();
            }
            ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, s.span)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name.clone(), s.span);
                self.scope().private = Some(name.clone());
                self.visit_body(body)?;
                self.exit();
            }
            Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            Delete { targets } => self.exprs(targets)?,
            Assign { targets, value } => {
                self.exprs(targets)?;
                self.visit_expr(value)?;
            }
            AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.table.scopes[self.cur().id].flags_of(&self.mangled(id));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur().id != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(Diagnostic::syntax(
                            format!("annotated name '{id}' can't be {what}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)?;
            }
            Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            Import { names } | ImportFrom { names, .. } => {
                for alias in names {
                    self.visit_alias(alias)?;
                }
            }
            Global { names } => self.declare(names, DEF_GLOBAL, s.span)?,
            Nonlocal { names } => self.declare(names, DEF_NONLOCAL, s.span)?,
            Expr { value } => self.visit_expr(value)?,
            With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            Pass | Break | Continue => {}
        }
        Ok(())
    }

    /// `global` and `nonlocal` statements, with CPython's checks on names
    /// already used or bound in this scope.
    fn declare(&mut self, names: &[String], flag: u16, span: Span) -> VisitResult {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.table.scopes[self.cur().id].flags_of(&self.mangled(name));
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let message = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(Diagnostic::syntax(message, span));
            }
            self.add_def(name, flag, span)?;
            let key = (self.cur().id, self.mangled(name).into_owned());
            self.directives.entry(key).or_insert(span);
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &Alias) -> VisitResult {
        let name = alias.asname.as_deref().unwrap_or(&alias.name);
        if name == "*" {
            if self.table.scopes[self.cur().id].kind != ScopeKind::Module {
                return Err(Diagnostic::syntax(
                    "import * only allowed at module level",
                    alias.span,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, alias.span)
    }

    fn visit_arguments(&mut self, args: &Arguments) -> VisitResult {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
        }
        Ok(())
    }

    /// Annotations are evaluated where the `def` is, unless
    /// `from __future__ import annotations` turns them into strings.
    fn visit_annotation(&mut self, annotation: &Expr) -> VisitResult {
        if self.table.future.annotations {
            return Ok(());
        }
        self.visit_expr(annotation)
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> VisitResult {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in ordered {
            if let Some(ann) = &a.annotation {
                self.visit_annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> VisitResult {
        self.enter_depth()?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                kwd_patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    self.visit_pattern(inner)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> VisitResult {
        self.enter_depth()?;
        self.visit_expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> VisitResult {
        use ExprKind::*;
        match &e.kind {
            NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(Diagnostic::syntax(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if self.cur().comprehension != Comprehension::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            BoolOp { values, .. } => self.exprs(values)?,
            BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            UnaryOp { operand, .. } => self.visit_expr(operand)?,
            Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter(ScopeKind::Function, "lambda".into(), e.span);
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit();
            }
            IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.exprs(values)?;
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => self.exprs(elts)?,
            GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                Comprehension::Generator,
                generators,
                elt,
                None,
            )?,
            ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?
            }
            SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?
            }
            DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                Comprehension::Dict,
                generators,
                key,
                Some(value),
            )?,
            Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e)?;
            }
            YieldFrom { value } => {
                self.visit_expr(value)?;
                self.mark_generator(e)?;
            }
            Await { value } => {
                self.visit_expr(value)?;
                self.scope().is_coroutine = true;
            }
            Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.exprs(comparators)?;
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
            }
            JoinedStr { values } => self.exprs(values)?,
            Constant { .. } => {}
            Attribute { value, .. } | Starred { value, .. } => self.visit_expr(value)?,
            Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.span)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                let in_function = self.table.scopes[self.cur().id].kind == ScopeKind::Function;
                if *ctx == ExprContext::Load && in_function && id == "super" {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> VisitResult {
        self.scope().is_generator = true;
        let message = match self.cur().comprehension {
            Comprehension::None => return Ok(()),
            Comprehension::List => "'yield' inside list comprehension",
            Comprehension::Set => "'yield' inside set comprehension",
            Comprehension::Dict => "'yield' inside dict comprehension",
            Comprehension::Generator => "'yield' inside generator expression",
        };
        Err(Diagnostic::syntax(message, e.span))
    }

    /// A comprehension is a function scope of its own, except that its
    /// first iterable is evaluated outside it and passed in as `.0`.
    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comprehension,
        generators: &[minipy_ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> VisitResult {
        let outermost = &generators[0];
        self.stack.last_mut().unwrap().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.stack.last_mut().unwrap().comp_iter_expr -= 1;
        self.enter(ScopeKind::Function, name.into(), e.span);
        self.stack.last_mut().unwrap().comprehension = kind;
        self.scope().is_comprehension = true;
        if outermost.is_async {
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.visit_comprehension_target(&outermost.target)?;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.visit_comprehension_target(&g.target)?;
            self.stack.last_mut().unwrap().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.stack.last_mut().unwrap().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.scope().is_generator = is_generator;
        let is_async = self.table.scopes[self.cur().id].is_coroutine && !is_generator;
        self.exit();
        if is_async {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comprehension_target(&mut self, target: &Expr) -> VisitResult {
        self.stack.last_mut().unwrap().comp_iter_target = true;
        let result = self.visit_expr(target);
        self.stack.last_mut().unwrap().comp_iter_target = false;
        result
    }

    /// `(y := f(x))` inside a comprehension binds `y` in the nearest
    /// enclosing function or module, not in the comprehension.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> VisitResult {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let name = self.mangled(id);
        for i in (0..self.stack.len()).rev() {
            let state = &self.stack[i];
            let scope = &self.table.scopes[state.id];
            if state.comprehension != Comprehension::None {
                if scope.flags_of(&name) & DEF_COMP_ITER != 0 {
                    return Err(Diagnostic::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.span,
                    ));
                }
                continue;
            }
            let target_id = state.id;
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags_of(&name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(id, flag, target.span)?;
                    let key = (self.cur().id, name.to_string());
                    self.directives.entry(key).or_insert(target.span);
                    return self.add_def_in(target_id, id, DEF_LOCAL, target.span);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, target.span)?;
                    let key = (self.cur().id, name.to_string());
                    self.directives.entry(key).or_insert(target.span);
                    return self.add_def_in(target_id, id, DEF_GLOBAL, target.span);
                }
                ScopeKind::Class => {
                    return Err(Diagnostic::syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }
}
