//! Expressions: operators, displays, comprehensions, attribute and
//! subscript access, f-strings and `yield`.

use crate::unit::Emitted;
use crate::{CResult, Compiler};
use minipy_ast::{CmpOp, Comprehension, Expr, ExprContext, ExprKind, Operator};
use minipy_bytecode::{Constant, Opcode};
use std::sync::Arc;

/// The `BINARY_OP` argument for an operator (CPython's `NB_*` numbering).
pub(crate) fn binary_op_arg(op: Operator) -> u32 {
    Operator::ALL
        .iter()
        .position(|&o| o == op)
        .expect("every operator is listed") as u32
}

/// An AST literal as a bytecode constant.
pub(crate) fn constant(c: &minipy_ast::Constant) -> Constant {
    use minipy_ast::Constant as A;
    match c {
        A::None => Constant::None,
        A::Bool(b) => Constant::Bool(*b),
        A::Ellipsis => Constant::Ellipsis,
        A::Int(i) => Constant::Int(*i),
        A::BigInt(i) => Constant::BigInt(i.clone()),
        A::Float(f) => Constant::Float(*f),
        A::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        A::Str(s) => Constant::Str(Arc::from(s.as_str())),
        A::Bytes(b) => Constant::Bytes(Arc::from(b.as_slice())),
        A::Tuple(items) => Constant::Tuple(items.iter().map(constant).collect()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl Compiler<'_> {
    pub(crate) fn compile_expr(&mut self, e: &Expr) -> CResult {
        let old = self.set_loc(e.span);
        self.compile_expr_inner(e)?;
        self.restore_loc(old);
        Ok(())
    }

    fn compile_expr_inner(&mut self, e: &Expr) -> CResult {
        if let Some(c) = crate::fold::fold(e) {
            self.load_const(c);
            return Ok(());
        }
        use ExprKind::*;
        match &e.kind {
            Constant { value, .. } => {
                let c = constant(value);
                self.load_const(c);
            }
            Name { id, ctx } => self.name_op(id, *ctx),
            BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Opcode::BinaryOp, binary_op_arg(*op));
            }
            UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit0(match op {
                    minipy_ast::UnaryOp::Invert => Opcode::UnaryInvert,
                    minipy_ast::UnaryOp::Not => Opcode::UnaryNot,
                    minipy_ast::UnaryOp::UAdd => Opcode::UnaryPositive,
                    minipy_ast::UnaryOp::USub => Opcode::UnaryNegative,
                });
            }
            BoolOp { op, values } => {
                let end = self.label();
                let jump = if *op == minipy_ast::BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                for v in &values[..values.len() - 1] {
                    self.compile_expr(v)?;
                    self.jump(jump, end);
                }
                self.compile_expr(&values[values.len() - 1])?;
                self.bind(end);
            }
            Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators)?,
            IfExp { test, body, orelse } => {
                let end = self.label();
                let other = self.label();
                self.jump_if(test, false, other)?;
                self.compile_expr(body)?;
                self.jump(Opcode::JumpForward, end);
                self.bind(other);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(target)?;
            }
            Lambda { args, body } => self.compile_lambda(e, args, body)?,
            Tuple { elts, .. } => self.compile_sequence(elts, Opcode::BuildTuple)?,
            List { elts, .. } => self.compile_sequence(elts, Opcode::BuildList)?,
            Set { elts } => self.compile_sequence(elts, Opcode::BuildSet)?,
            Dict { keys, values } => self.compile_dict(keys, values)?,
            ListComp { elt, generators } => {
                self.compile_comprehension(e, ComprehensionKind::List, generators, elt, None)?
            }
            SetComp { elt, generators } => {
                self.compile_comprehension(e, ComprehensionKind::Set, generators, elt, None)?
            }
            DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                e,
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, ComprehensionKind::Generator, generators, elt, None)?
            }
            Yield { value } => {
                self.check_yield(e)?;
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                // An async generator marks what it yields, to tell it from
                // what its `await`s pass up to the event loop.
                if self.scope().is_coroutine {
                    self.emit0(Opcode::AsyncGenWrap);
                }
                self.emit0(Opcode::YieldValue);
            }
            YieldFrom { value } => {
                self.check_yield(e)?;
                if self.scope().is_coroutine {
                    return Err(self.error("'yield from' inside async function", e.span));
                }
                self.compile_expr(value)?;
                self.emit0(Opcode::GetYieldFromIter);
                self.load_none();
                self.yield_from_loop();
            }
            Await { value } => {
                if self.scope().kind != minipy_sema::ScopeKind::Function {
                    return Err(self.error("'await' outside function", e.span));
                }
                // As CPython: a comprehension may hold `await` (it becomes an
                // asynchronous comprehension, checked where it is built).
                if !self.unit().is_async_function && !self.scope().is_comprehension {
                    return Err(self.error("'await' outside async function", e.span));
                }
                self.compile_expr(value)?;
                self.await_top(0);
            }
            Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords)?,
            FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.compile_expr(value)?;
                let mut flags = match *conversion {
                    115 => 1, // 's'
                    114 => 2, // 'r'
                    97 => 3,  // 'a'
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.compile_expr(spec)?;
                    flags |= 4;
                }
                self.emit(Opcode::FormatValue, flags);
            }
            JoinedStr { values } => {
                for v in values {
                    self.compile_expr(v)?;
                }
                if values.len() != 1 {
                    self.emit(Opcode::BuildString, values.len() as u32);
                }
            }
            Attribute { value, attr, ctx } => {
                debug_assert_eq!(*ctx, ExprContext::Load);
                self.compile_expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Opcode::LoadAttr, i);
            }
            Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::BinarySubscr);
            }
            Slice { lower, upper, step } => {
                let mut n = 2;
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.compile_expr(p)?,
                        None if i < 2 => self.load_none(),
                        None => continue,
                    }
                    if i == 2 {
                        n = 3;
                    }
                }
                self.emit(Opcode::BuildSlice, n);
            }
            Starred { .. } => return Err(self.error("can't use starred expression here", e.span)),
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        if self.scope().kind != minipy_sema::ScopeKind::Function {
            return Err(self.error("'yield' outside function", e.span));
        }
        Ok(())
    }

    /// The `SEND`/`YIELD_VALUE` loop of `yield from`, with the sub-iterator
    /// and the value to send on the stack.
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.label();
        let exit = self.label();
        self.bind(start);
        self.jump(Opcode::Send, exit);
        self.emit0(Opcode::YieldValue);
        self.jump(Opcode::JumpBackward, start);
        self.bind(exit);
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Lt => (Opcode::CompareOp, 0),
            CmpOp::LtE => (Opcode::CompareOp, 1),
            CmpOp::Eq => (Opcode::CompareOp, 2),
            CmpOp::NotEq => (Opcode::CompareOp, 3),
            CmpOp::Gt => (Opcode::CompareOp, 4),
            CmpOp::GtE => (Opcode::CompareOp, 5),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// The right operand of `in`: a display of constants becomes a tuple
    /// (or frozenset) constant, as CPython's optimizer does.
    fn compile_comparator(&mut self, op: CmpOp, e: &Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            match &e.kind {
                ExprKind::List { elts, .. } => {
                    if let Some(c) = crate::fold::constant_tuple(elts) {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                ExprKind::Set { elts } => {
                    if let Some(Constant::Tuple(items)) = crate::fold::constant_tuple(elts) {
                        self.load_const(Constant::FrozenSet(items));
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.compile_expr(e)
    }

    /// A comparison; chains such as `a < b < c` evaluate `b` once and stop
    /// at the first false link.
    fn compile_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_comparator(ops[0], &comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.label();
        for i in 0..n - 1 {
            self.compile_comparator(ops[i], &comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparator(ops[n - 1], &comparators[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.label();
        self.jump(Opcode::JumpForward, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit0(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    /// A tuple, list or set display, with `*iterable` items handled by
    /// building a list and extending it (CPython's `starunpack_helper`).
    fn compile_sequence(&mut self, elts: &[Expr], build: Opcode) -> CResult {
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !has_star {
            if build != Opcode::BuildTuple
                && elts.len() > 2
                && let Some(c) = crate::fold::constant_tuple(elts)
            {
                // Many constants: build empty, then extend from one constant.
                let (start, extend, c) = if build == Opcode::BuildList {
                    (Opcode::BuildList, Opcode::ListExtend, c)
                } else {
                    let Constant::Tuple(items) = c else {
                        unreachable!()
                    };
                    (
                        Opcode::BuildSet,
                        Opcode::SetUpdate,
                        Constant::FrozenSet(items),
                    )
                };
                self.emit(start, 0);
                self.load_const(c);
                self.emit(extend, 1);
                return Ok(());
            }
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BuildSet {
            (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate)
        } else {
            (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)
        };
        let mut built = false;
        let mut pending = 0;
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    if !built {
                        self.emit(start, pending);
                        built = true;
                        pending = 0;
                    }
                    self.compile_expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(e)?;
                    if built {
                        self.emit(add, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if build == Opcode::BuildTuple {
            self.emit0(Opcode::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let mut built = false;
        let mut start = 0;
        let flush = |c: &mut Self, from: usize, to: usize, built: &mut bool| -> CResult {
            if from == to && *built {
                return Ok(());
            }
            let count = (to - from) as u32;
            let const_keys: Option<Vec<Constant>> = keys[from..to]
                .iter()
                .map(|k| match &k.as_ref()?.kind {
                    ExprKind::Constant { value, .. } => Some(constant(value)),
                    _ => None,
                })
                .collect();
            match const_keys {
                Some(ks) if count > 1 => {
                    for v in &values[from..to] {
                        c.compile_expr(v)?;
                    }
                    c.load_const(Constant::Tuple(ks.into()));
                    c.emit(Opcode::BuildConstKeyMap, count);
                }
                _ => {
                    for (k, v) in keys[from..to].iter().zip(&values[from..to]) {
                        c.compile_expr(k.as_ref().expect("no ** in this run"))?;
                        c.compile_expr(v)?;
                    }
                    c.emit(Opcode::BuildMap, count);
                }
            }
            if *built {
                c.emit(Opcode::DictUpdate, 1);
            }
            *built = true;
            Ok(())
        };
        for (i, key) in keys.iter().enumerate() {
            if key.is_none() {
                if i > start {
                    flush(self, start, i, &mut built)?;
                } else if !built {
                    self.emit(Opcode::BuildMap, 0);
                    built = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(Opcode::DictUpdate, 1);
                start = i + 1;
            }
        }
        if start < keys.len() || !built {
            flush(self, start, keys.len(), &mut built)?;
        }
        Ok(())
    }

    /// A comprehension is a function of its own, called at once with the
    /// iterator of its first `for` as the argument `.0`.
    fn compile_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult {
        let scope = self.table.scope_for(e.span);
        let name = match kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        if self.table.scopes[scope].is_coroutine
            && kind != ComprehensionKind::Generator
            && !self.unit().is_async_function
            && !self.scope().is_comprehension
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        let line = self.location(e.span).line;
        self.enter_unit(scope, name.into(), line);
        self.u().argcount = 1;
        match kind {
            ComprehensionKind::List => self.emit(Opcode::BuildList, 0),
            ComprehensionKind::Set => self.emit(Opcode::BuildSet, 0),
            ComprehensionKind::Dict => self.emit(Opcode::BuildMap, 0),
            ComprehensionKind::Generator => {}
        }
        self.comprehension_generator(kind, generators, 0, elt, value)?;
        if kind == ComprehensionKind::Generator {
            self.load_none();
        }
        self.emit0(Opcode::ReturnValue);
        // An asynchronous list, set or dict comprehension is a coroutine,
        // awaited as soon as it is called; an asynchronous generator
        // expression is an async generator, and is not.
        let awaited = self.scope().is_coroutine && kind != ComprehensionKind::Generator;
        let code = self.exit_unit();
        self.make_closure(code, 0)?;
        self.compile_expr(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit0(Opcode::GetAiter);
        } else {
            self.emit0(Opcode::GetIter);
        }
        self.emit(Opcode::Call, 1);
        if awaited {
            self.await_top(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        index: usize,
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult {
        let generator = &generators[index];
        let start = self.label();
        let if_cleanup = self.label();
        let anchor = self.label();
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit0(if generator.is_async {
                Opcode::GetAiter
            } else {
                Opcode::GetIter
            });
        }
        self.bind(start);
        if generator.is_async {
            // As `async for`: await `__anext__()`; `END_ASYNC_FOR` at the
            // anchor ends the loop on `StopAsyncIteration`.
            self.u().emit_pseudo(Emitted::SetupFinally(anchor));
            self.emit0(Opcode::GetAnext);
            self.load_none();
            self.yield_from_loop();
            self.u().emit_pseudo(Emitted::PopBlock);
        } else {
            self.jump(Opcode::ForIter, anchor);
        }
        self.compile_store(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(kind, generators, index + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::Generator => {
                    self.compile_expr(elt)?;
                    if self.scope().is_coroutine {
                        self.emit0(Opcode::AsyncGenWrap);
                    }
                    self.emit0(Opcode::YieldValue);
                    self.emit0(Opcode::PopTop);
                }
                ComprehensionKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                ComprehensionKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                ComprehensionKind::Dict => {
                    self.compile_expr(elt)?;
                    self.compile_expr(value.expect("a dict comprehension has a value"))?;
                    self.emit(Opcode::MapAdd, depth);
                }
            }
        }
        self.bind(if_cleanup);
        self.jump(Opcode::JumpBackward, start);
        self.bind(anchor);
        if generator.is_async {
            self.emit0(Opcode::EndAsyncFor);
        }
        Ok(())
    }
}
