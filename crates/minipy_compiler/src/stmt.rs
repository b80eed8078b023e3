//! Statements: bodies, assignment, `del`, `import`, `raise`, `assert`.

use crate::unit::FBlock;
use crate::{CResult, Compiler};
use minipy_ast::{Alias, Expr, ExprContext, ExprKind, Module, Operator, Span, Stmt, StmtKind};
use minipy_bytecode::{Constant, Opcode};
use minipy_sema::ScopeKind;

/// The docstring of a body: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: minipy_ast::Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Does this body contain annotated assignments (so it needs `__annotations__`)?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || has_annotations(orelse)
                || has_annotations(finalbody)
                || handlers.iter().any(|h| has_annotations(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

impl Compiler<'_> {
    pub(crate) fn compile_module_body(&mut self, module: &Module) -> CResult {
        self.compile_namespace_body(&module.body)?;
        self.unset_loc();
        self.load_none();
        self.emit0(Opcode::ReturnValue);
        Ok(())
    }

    /// A module or class body: `__doc__`, `__annotations__`, then the statements.
    pub(crate) fn compile_namespace_body(&mut self, body: &[Stmt]) -> CResult {
        if has_annotations(body) {
            self.emit0(Opcode::SetupAnnotations);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let old = self.set_loc(body[0].span);
            self.load_const(Constant::Str(doc.into()));
            self.name_op("__doc__", ExprContext::Store);
            self.restore_loc(old);
            rest = &body[1..];
        }
        self.compile_body(rest)
    }

    pub(crate) fn compile_body(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    pub(crate) fn compile_stmt(&mut self, s: &Stmt) -> CResult {
        let old = self.set_loc(s.span);
        let outer = std::mem::replace(&mut self.statement, s.span);
        self.compile_stmt_inner(s)?;
        self.statement = outer;
        self.restore_loc(old);
        Ok(())
    }

    fn compile_stmt_inner(&mut self, s: &Stmt) -> CResult {
        use StmtKind::*;
        match &s.kind {
            FunctionDef { .. } => self.compile_function_def(s),
            ClassDef { .. } => self.compile_class_def(s),
            Return { value } => self.compile_return(s, value.as_ref()),
            Delete { targets } => targets.iter().try_for_each(|t| self.compile_delete(t)),
            Assign { targets, value } => {
                self.compile_expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.compile_store(target)?;
                }
                Ok(())
            }
            AugAssign { target, op, value } => self.compile_aug_assign(target, *op, value),
            AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_ann_assign(target, annotation, value.as_ref(), *simple),
            For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    if !self.unit().is_async_function {
                        return Err(self.error("'async for' outside async function", s.span));
                    }
                    return self.compile_async_for(target, iter, body, orelse);
                }
                self.compile_for(target, iter, body, orelse)
            }
            While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            If { test, body, orelse } => {
                let end = self.label();
                let next = if orelse.is_empty() { end } else { self.label() };
                self.jump_if(test, false, next)?;
                self.compile_body(body)?;
                if !orelse.is_empty() {
                    if !self.unit().last_is_terminator() {
                        self.unset_loc();
                        self.jump(Opcode::JumpForward, end);
                    }
                    self.bind(next);
                    self.compile_body(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.unit().is_async_function {
                    return Err(self.error("'async with' outside async function", s.span));
                }
                self.compile_with(s, items, 0, body, *is_async)
            }
            Match { subject, cases } => self.compile_match(subject, cases),
            Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Try {
                handlers,
                finalbody,
                is_star,
                ..
            } => {
                if *is_star {
                    return self.not_implemented("'except*' clauses", s.span);
                }
                if !finalbody.is_empty() {
                    self.compile_try_finally(s)
                } else if handlers.is_empty() {
                    self.compile_body(match &s.kind {
                        Try { body, .. } => body,
                        _ => unreachable!(),
                    })
                } else {
                    self.compile_try_except(s)
                }
            }
            Assert { test, msg } => {
                let end = self.label();
                self.jump_if(test, true, end)?;
                self.emit0(Opcode::LoadAssertionError);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            Import { names } => {
                for alias in names {
                    self.compile_import(alias)?;
                }
                Ok(())
            }
            ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(s, module.as_deref(), names, *level),
            Expr { value } => {
                if matches!(value.kind, ExprKind::Constant { .. }) {
                    // A constant on its own does nothing; CPython keeps a NOP for the line.
                    self.emit0(Opcode::Nop);
                    return Ok(());
                }
                self.compile_expr(value)?;
                self.emit0(Opcode::PopTop);
                Ok(())
            }
            Pass => {
                self.emit0(Opcode::Nop);
                Ok(())
            }
            Break => self.compile_break(s),
            Continue => self.compile_continue(s),
            Global { .. } | Nonlocal { .. } => Ok(()),
        }
    }

    /// Code that raises `NotImplementedError` naming a construct the VM
    /// does not run yet; every other stage still handles it.
    pub(crate) fn not_implemented(&mut self, what: &str, span: Span) -> CResult {
        let old = self.set_loc(span);
        self.name_op("NotImplementedError", ExprContext::Load);
        self.load_const(Constant::Str(
            format!("minipy does not run {what} yet").into(),
        ));
        self.emit(Opcode::Call, 1);
        self.emit(Opcode::RaiseVarargs, 1);
        self.restore_loc(old);
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    pub(crate) fn compile_store(&mut self, target: &Expr) -> CResult {
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Opcode::StoreAttr, i);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts, target.span)?;
                for elt in elts {
                    let elt = match &elt.kind {
                        ExprKind::Starred { value, .. } => value,
                        _ => elt,
                    };
                    self.compile_store(elt)?;
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    target.span,
                ));
            }
            _ => unreachable!("the parser only lets valid targets through"),
        }
        self.restore_loc(old);
        Ok(())
    }

    /// `UNPACK_SEQUENCE n`, or `UNPACK_EX` when one target is starred.
    fn unpack(&mut self, elts: &[Expr], span: Span) -> CResult {
        let star = elts
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        match star {
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            Some(i) => {
                if elts[i + 1..]
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    return Err(self.error("multiple starred expressions in assignment", span));
                }
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", span)
                    );
                }
                self.emit(Opcode::UnpackEx, (i | (after << 8)) as u32);
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &Expr) -> CResult {
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Opcode::DeleteAttr, i);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.compile_delete(e))?;
            }
            _ => unreachable!("the parser only lets valid delete targets through"),
        }
        self.restore_loc(old);
        Ok(())
    }

    pub(crate) fn attr_name(&mut self, attr: &str) -> u32 {
        let mangled = self.mangle(attr);
        self.u().add_name(&mangled)
    }

    /// `target op= value`. As in CPython 3.11, loading and storing the
    /// target carry the target's location, the operation the statement's.
    fn compile_aug_assign(&mut self, target: &Expr, op: Operator, value: &Expr) -> CResult {
        let nb = crate::expr::binary_op_arg(op) + 13;
        let statement = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Load),
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.compile_expr(obj)?;
                self.emit(Opcode::Copy, 1);
                let i = self.attr_name(attr);
                self.emit(Opcode::LoadAttr, i);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit0(Opcode::BinarySubscr);
            }
            _ => unreachable!("the parser only lets valid augmented targets through"),
        }
        self.restore_loc(statement);
        self.compile_expr(value)?;
        self.emit(Opcode::BinaryOp, nb);
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store),
            ExprKind::Attribute { attr, .. } => {
                let i = self.attr_name(attr);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, i);
            }
            _ => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit0(Opcode::StoreSubscr);
            }
        }
        Ok(())
    }

    fn compile_ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_store(target)?;
        }
        let in_namespace = self.scope().kind != ScopeKind::Function;
        match &target.kind {
            ExprKind::Name { id, .. } if simple && in_namespace => {
                self.compile_annotation(annotation)?;
                self.name_op("__annotations__", ExprContext::Load);
                let mangled = self.mangle(id);
                self.load_const(Constant::Str(mangled.into()));
                self.emit0(Opcode::StoreSubscr);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                // `obj.attr: T` still evaluates `obj` (CPython's check_ann_expr).
                self.compile_expr(obj)?;
                self.emit0(Opcode::PopTop);
                if in_namespace {
                    self.compile_annotation(annotation)?;
                    self.emit0(Opcode::PopTop);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.compile_expr(obj)?;
                self.emit0(Opcode::PopTop);
                self.compile_expr(slice)?;
                self.emit0(Opcode::PopTop);
                if in_namespace {
                    self.compile_annotation(annotation)?;
                    self.emit0(Opcode::PopTop);
                }
            }
            _ => {
                if in_namespace && !simple {
                    self.compile_annotation(annotation)?;
                    self.emit0(Opcode::PopTop);
                }
            }
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn compile_annotation(&mut self, annotation: &Expr) -> CResult {
        if self.table.future.annotations {
            let text =
                &self.source.text()[annotation.span.start as usize..annotation.span.end as usize];
            self.load_const(Constant::Str(text.into()));
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    fn compile_import(&mut self, alias: &Alias) -> CResult {
        self.load_const(Constant::Int(0));
        self.load_none();
        let i = self.u().add_name(&alias.name);
        self.emit(Opcode::ImportName, i);
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds d to the innermost module.
                let mut parts = alias.name.split('.').skip(1).peekable();
                while let Some(part) = parts.next() {
                    let i = self.u().add_name(part);
                    self.emit(Opcode::ImportFrom, i);
                    if parts.peek().is_some() {
                        self.emit(Opcode::Swap, 2);
                        self.emit0(Opcode::PopTop);
                    } else {
                        self.name_op(asname, ExprContext::Store);
                        self.emit0(Opcode::PopTop);
                        return Ok(());
                    }
                }
                self.name_op(asname, ExprContext::Store);
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, ExprContext::Store);
            }
        }
        Ok(())
    }

    fn compile_import_from(
        &mut self,
        s: &Stmt,
        module: Option<&str>,
        names: &[Alias],
        level: u32,
    ) -> CResult {
        if module == Some("__future__")
            && self
                .table
                .future
                .last_future_at
                .is_none_or(|at| s.span.start > at)
        {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                s.span,
            ));
        }
        self.load_const(Constant::Int(level as i64));
        let fromlist: Vec<Constant> = names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(fromlist.into()));
        let i = self.u().add_name(module.unwrap_or(""));
        self.emit(Opcode::ImportName, i);
        if names.len() == 1 && names[0].name == "*" {
            self.emit0(Opcode::ImportStar);
            return Ok(());
        }
        for alias in names {
            let i = self.u().add_name(&alias.name);
            self.emit(Opcode::ImportFrom, i);
            self.name_op(
                alias.asname.as_deref().unwrap_or(&alias.name),
                ExprContext::Store,
            );
        }
        self.emit0(Opcode::PopTop);
        Ok(())
    }

    /// Enters a loop, `try`, `with` or handler block. CPython allows 20
    /// (`CO_MAXBLOCKS`) in one function.
    pub(crate) fn push_fblock(&mut self, block: FBlock) -> CResult {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", self.statement));
        }
        self.u().fblocks.push(block);
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }
}
