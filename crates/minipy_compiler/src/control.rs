//! Control flow: conditions, loops, `break`/`continue`/`return` through
//! `try` and `with`, and exception handling with the exception table.
//!
//! `try`, `with` and `finally` follow CPython 3.11's `compile.c` exactly:
//! protected regions are opened with `SETUP_*` pseudo-instructions and
//! closed with `POP_BLOCK`; the assembler turns them into the exception
//! table. A `finally` body is compiled twice, once for the normal way out
//! and once for the exceptional one, and again for every `return`, `break`
//! or `continue` that leaves it.

use crate::unit::{Emitted, FBlock, Label};
use crate::{CResult, Compiler};
use minipy_ast::{BoolOp, Expr, ExprContext, ExprKind, Stmt, StmtKind, UnaryOp, WithItem};
use minipy_bytecode::Opcode;
use minipy_sema::ScopeKind;
use std::rc::Rc;

impl Compiler<'_> {
    /// Jumps to `target` when `e` is truthy (`cond == true`) or falsy,
    /// short-circuiting `and`, `or` and `not` without building values
    /// (CPython's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, e: &Expr, cond: bool, target: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let next = if cond == is_or { target } else { self.label() };
                for v in &values[..values.len() - 1] {
                    self.jump_if(v, is_or, next)?;
                }
                self.jump_if(&values[values.len() - 1], cond, target)?;
                if next != target {
                    self.bind(next);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.label();
                let other = self.label();
                self.jump_if(test, false, other)?;
                self.jump_if(body, cond, target)?;
                self.jump(Opcode::JumpForward, end);
                self.bind(other);
                self.jump_if(orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        // CPython 3.11 leaves a comparison's location in place after the
        // jump (so an `assert x > 5` failure points at `x > 5`); other tests
        // jump at the statement's location.
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.span);
        }
        self.jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    /// `while` with the test repeated at the bottom, as CPython 3.11 does,
    /// so each iteration takes one jump.
    pub(crate) fn compile_while(
        &mut self,
        s: &Stmt,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> CResult {
        let start = self.label();
        let body_label = self.label();
        let anchor = self.label();
        let exit = self.label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit })?;
        self.jump_if(test, false, anchor)?;
        self.bind(body_label);
        self.compile_body(body)?;
        let old = self.set_loc(s.span);
        self.jump_if(test, true, body_label)?;
        self.restore_loc(old);
        self.pop_fblock();
        self.bind(anchor);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn compile_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> CResult {
        let start = self.label();
        let cleanup = self.label();
        let end = self.label();
        self.compile_iterable(iter)?;
        self.emit0(Opcode::GetIter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.jump(Opcode::ForIter, cleanup);
        self.compile_store(target)?;
        self.compile_body(body)?;
        self.unset_loc();
        self.jump(Opcode::JumpBackward, start);
        self.bind(cleanup);
        self.pop_fblock();
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for`: `__anext__()` is awaited each time round, and the
    /// `StopAsyncIteration` it raises at the end is caught by
    /// `END_ASYNC_FOR`, which also pops the iterator.
    pub(crate) fn compile_async_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> CResult {
        let start = self.label();
        let except = self.label();
        let end = self.label();
        self.compile_expr(iter)?;
        self.emit0(Opcode::GetAiter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.u().emit_pseudo(Emitted::SetupFinally(except));
        self.emit0(Opcode::GetAnext);
        self.load_none();
        self.yield_from_loop();
        self.u().emit_pseudo(Emitted::PopBlock);
        self.compile_store(target)?;
        self.compile_body(body)?;
        self.unset_loc();
        self.jump(Opcode::JumpBackward, start);
        self.pop_fblock();
        self.bind(except);
        let old = self.set_loc(iter.span);
        self.emit0(Opcode::EndAsyncFor);
        self.restore_loc(old);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Awaits the value on top of the stack (`GET_AWAITABLE where` and the
    /// `SEND` loop); `where` picks the error message for a bad awaitable.
    pub(crate) fn await_top(&mut self, r#where: u32) {
        self.emit(Opcode::GetAwaitable, r#where);
        self.load_none();
        self.yield_from_loop();
    }

    pub(crate) fn compile_break(&mut self, s: &Stmt) -> CResult {
        // A NOP keeps the statement's line even when the jump goes away.
        self.emit0(Opcode::Nop);
        let Some(loop_index) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", s.span));
        };
        let block = self.unit().fblocks[loop_index].clone();
        self.unwind_fblock(&block, false)?;
        let exit = match block {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
            _ => unreachable!("the loop search only returns loops"),
        };
        self.jump(Opcode::JumpForward, exit);
        Ok(())
    }

    pub(crate) fn compile_continue(&mut self, s: &Stmt) -> CResult {
        self.emit0(Opcode::Nop);
        let Some(loop_index) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", s.span));
        };
        let start = match self.unit().fblocks[loop_index] {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => start,
            _ => unreachable!("the loop search only returns loops"),
        };
        self.jump(Opcode::JumpBackward, start);
        Ok(())
    }

    pub(crate) fn compile_return(&mut self, s: &Stmt, value: Option<&Expr>) -> CResult {
        let scope = self.scope();
        if scope.kind != ScopeKind::Function {
            return Err(self.error("'return' outside function", s.span));
        }
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error("'return' with value in async generator", s.span));
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if preserve_tos {
            self.compile_expr(value.unwrap())?;
        } else if let Some(v) = value {
            // NOPs carry the lines of a constant return value and of the
            // statement, for line events, as CPython's do.
            self.set_loc(v.span);
            self.emit0(Opcode::Nop);
        }
        if value.is_none_or(|v| self.location(v.span).line != self.location(s.span).line) {
            self.set_loc(s.span);
            self.emit0(Opcode::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        self.set_loc(s.span);
        match value {
            None => self.load_none(),
            Some(v) if !preserve_tos => {
                let ExprKind::Constant { value, .. } = &v.kind else {
                    unreachable!()
                };
                let c = crate::expr::constant(value);
                self.load_const(c);
            }
            Some(_) => {}
        }
        self.emit0(Opcode::ReturnValue);
        Ok(())
    }

    /// Emits the clean-up code for leaving every enclosing block, innermost
    /// first; with `stop_at_loop`, stops at (and returns) the nearest loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<usize>> {
        let mut index = self.unit().fblocks.len();
        while index > 0 {
            index -= 1;
            let block = self.unit().fblocks[index].clone();
            if stop_at_loop && matches!(block, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                return Ok(Some(index));
            }
            // While this block's clean-up is compiled, it is no longer active.
            let saved = self.u().fblocks.split_off(index);
            self.unwind_fblock(&block, preserve_tos)?;
            self.u().fblocks.extend(saved);
        }
        Ok(None)
    }

    fn unwind_fblock(&mut self, block: &FBlock, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit0(Opcode::PopTop);
            }
            FBlock::TryExcept => self.u().emit_pseudo(Emitted::PopBlock),
            FBlock::FinallyTry(finalbody) => {
                self.u().emit_pseudo(Emitted::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.compile_body(finalbody)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit0(Opcode::PopTop);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.u().emit_pseudo(Emitted::PopBlock);
                self.emit0(Opcode::PopExcept);
            }
            FBlock::With { span, is_async } => {
                self.set_loc(*span);
                self.u().emit_pseudo(Emitted::PopBlock);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_top(2);
                }
                self.emit0(Opcode::PopTop);
                self.unset_loc();
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.u().emit_pseudo(Emitted::PopBlock);
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.u().emit_pseudo(Emitted::PopBlock);
                self.emit0(Opcode::PopExcept);
                if let Some(name) = name {
                    self.load_none();
                    self.name_op(name, ExprContext::Store);
                    self.name_op(name, ExprContext::Del);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit0(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the handler of an exception raised
    /// inside an `except` or `finally` body.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit0(Opcode::PopExcept);
        self.emit(Opcode::Reraise, 1);
    }

    pub(crate) fn compile_try_except(&mut self, s: &Stmt) -> CResult {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            ..
        } = &s.kind
        else {
            unreachable!()
        };
        let except = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.u().emit_pseudo(Emitted::SetupFinally(except));
        self.push_fblock(FBlock::TryExcept)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.u().emit_pseudo(Emitted::PopBlock);
        self.compile_body(orelse)?;
        self.unset_loc();
        self.jump(Opcode::JumpForward, end);

        self.bind(except);
        self.unset_loc();
        self.u().emit_pseudo(Emitted::SetupCleanup(cleanup));
        self.emit0(Opcode::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler)?;
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.span);
            if handler.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", handler.span));
            }
            let next = self.label();
            if let Some(t) = &handler.type_ {
                self.compile_expr(t)?;
                self.emit0(Opcode::CheckExcMatch);
                self.jump(Opcode::PopJumpIfFalse, next);
            }
            match &handler.name {
                Some(name) => {
                    let cleanup_end = self.label();
                    self.name_op(name, ExprContext::Store);
                    self.u().emit_pseudo(Emitted::SetupCleanup(cleanup_end));
                    self.push_fblock(FBlock::HandlerCleanup(Some(name.clone())))?;
                    self.compile_body(&handler.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.u().emit_pseudo(Emitted::PopBlock);
                    self.u().emit_pseudo(Emitted::PopBlock);
                    self.emit0(Opcode::PopExcept);
                    self.load_none();
                    self.name_op(name, ExprContext::Store);
                    self.name_op(name, ExprContext::Del);
                    self.jump(Opcode::JumpForward, end);

                    self.bind(cleanup_end);
                    self.unset_loc();
                    self.load_none();
                    self.name_op(name, ExprContext::Store);
                    self.name_op(name, ExprContext::Del);
                    self.emit(Opcode::Reraise, 1);
                }
                None => {
                    self.emit0(Opcode::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup(None))?;
                    self.compile_body(&handler.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.u().emit_pseudo(Emitted::PopBlock);
                    self.emit0(Opcode::PopExcept);
                    self.jump(Opcode::JumpForward, end);
                }
            }
            self.bind(next);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub(crate) fn compile_try_finally(&mut self, s: &Stmt) -> CResult {
        let StmtKind::Try {
            body,
            handlers,
            finalbody,
            ..
        } = &s.kind
        else {
            unreachable!()
        };
        let end = self.label();
        let exit = self.label();
        let cleanup = self.label();
        let finalbody = Rc::new(finalbody.clone());
        self.u().emit_pseudo(Emitted::SetupFinally(end));
        self.push_fblock(FBlock::FinallyTry(finalbody.clone()))?;
        if handlers.is_empty() {
            self.compile_body(body)?;
        } else {
            self.compile_try_except(s)?;
        }
        self.u().emit_pseudo(Emitted::PopBlock);
        self.pop_fblock();
        self.compile_body(&finalbody)?;
        self.unset_loc();
        self.jump(Opcode::JumpForward, exit);

        self.bind(end);
        self.unset_loc();
        self.u().emit_pseudo(Emitted::SetupCleanup(cleanup));
        self.emit0(Opcode::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.compile_body(&finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `__exit__(None, None, None)` for a `with` block left normally.
    fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Opcode::Call, 3);
    }

    /// One `with` item; several items nest, as CPython compiles them.
    pub(crate) fn compile_with(
        &mut self,
        s: &Stmt,
        items: &[WithItem],
        pos: usize,
        body: &[Stmt],
        is_async: bool,
    ) -> CResult {
        let item = &items[pos];
        let final_label = self.label();
        let exit = self.label();
        let cleanup = self.label();
        self.compile_expr(&item.context_expr)?;
        if is_async {
            // `__aenter__()` gives an awaitable; its result is what `as` binds.
            self.emit0(Opcode::BeforeAsyncWith);
            self.await_top(1);
        } else {
            self.emit0(Opcode::BeforeWith);
        }
        self.u().emit_pseudo(Emitted::SetupWith(final_label));
        self.push_fblock(FBlock::With {
            span: s.span,
            is_async,
        })?;
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit0(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.compile_body(body)?;
        } else {
            self.compile_with(s, items, pos + 1, body, is_async)?;
        }
        self.unset_loc();
        self.u().emit_pseudo(Emitted::PopBlock);
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        if is_async {
            self.await_top(2);
        }
        self.emit0(Opcode::PopTop);
        self.jump(Opcode::JumpForward, exit);

        self.bind(final_label);
        self.u().emit_pseudo(Emitted::SetupCleanup(cleanup));
        self.emit0(Opcode::PushExcInfo);
        self.emit0(Opcode::WithExceptStart);
        if is_async {
            self.await_top(2);
        }
        self.unset_loc();
        let suppress = self.label();
        self.jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit0(Opcode::PopTop);
        self.u().emit_pseudo(Emitted::PopBlock);
        self.emit0(Opcode::PopExcept);
        self.emit0(Opcode::PopTop);
        self.emit0(Opcode::PopTop);
        self.bind(exit);
        Ok(())
    }

    /// The iterable of a `for`: a list display of constants is loaded as a
    /// tuple constant, as CPython's optimizer does.
    pub(crate) fn compile_iterable(&mut self, iter: &Expr) -> CResult {
        if let ExprKind::List { elts, .. } = &iter.kind
            && let Some(c) = crate::fold::constant_tuple(elts)
        {
            let old = self.set_loc(iter.span);
            self.load_const(c);
            self.restore_loc(old);
            return Ok(());
        }
        self.compile_expr(iter)
    }
}
