//! Running generators: creating them (`RETURN_GENERATOR`), resuming them
//! (`next`, `send`, `throw`, `close`, `yield from`) and suspending them.

use crate::frame::FrameKind;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use minipy_bytecode::Opcode;
use std::sync::Arc;

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// `RETURN_GENERATOR`: the current frame becomes a generator object,
    /// suspended just after this instruction. Returns it, and whether the
    /// frame was an entry frame (so the eval loop must return it).
    pub(crate) fn suspend_into_generator(&mut self) -> (Value, bool) {
        let mut frame = self.frames.pop().expect("a running frame");
        self.depth -= 1;
        let values = self.stack.split_off(frame.base);
        self.stack.truncate(frame.call_base);
        let is_entry = frame.is_entry;
        let (name, qualname) = match &frame.func {
            Some(f) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
            None => (
                Value::Str(frame.code.name.clone()),
                Value::Str(frame.code.qualname.clone()),
            ),
        };
        frame.kind = FrameKind::Normal;
        let genobj = PyGenerator::new(frame, values, name, qualname);
        (Value::Generator(Arc::new(genobj)), is_entry)
    }

    /// `YIELD_VALUE`: moves the running generator frame (its `ip` saved)
    /// back into its generator, field by field, as `suspend_for_iter` does.
    pub(crate) fn save_generator_frame(&mut self) {
        self.depth -= 1;
        let top = self.frames.last_mut().expect("a running frame");
        let (base, call_base) = (top.base, top.call_base);
        if !matches!(top.kind, FrameKind::Generator(_)) {
            self.frames.pop();
            self.stack.truncate(call_base);
            return;
        }
        let FrameKind::Generator(genobj) = std::mem::replace(&mut top.kind, FrameKind::Normal)
        else {
            unreachable!("just matched a generator frame")
        };
        let mut inner = genobj.inner.borrow_mut();
        crate::frame_stack::pop_suspended_frame(&mut self.frames, &mut inner.frame);
        self.stack.move_top_into(base, &mut inner.values);
        // A resumed generator's frame starts where its caller's stack
        // ends, so this drops nothing (no Python code runs while the cell
        // is borrowed).
        self.stack.truncate(call_base);
        inner.state = GenState::Suspended;
    }

    /// Resumes a generator with `sent` as the value of its `yield`, or with
    /// `throw` raised there; runs until it yields, returns or raises.
    pub fn resume_generator_with(
        &mut self,
        genobj: &Arc<PyGenerator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        match genobj.state() {
            GenState::Suspended => {}
            GenState::Running => {
                return Err(self.value_error("generator already executing"));
            }
            GenState::Finished => {
                if genobj.is_coroutine() {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                if let Some(e) = throw {
                    return Err(e);
                }
                return Ok(SendResult::Return(Value::None));
            }
        }
        if !genobj.inner.borrow().started && !sent.is_none() && throw.is_none() {
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        // Resuming runs a nested eval loop on the native stack (`yield
        // from` and `await` chains nest one per level), so a raised
        // recursion limit must not let it overflow.
        if self.depth >= self.recursion_limit() || crate::stack::exhausted() {
            return Err(self.recursion_error());
        }
        let base = self.stack.len();
        let own = {
            let mut inner = genobj.inner.borrow_mut();
            inner.state = GenState::Running;
            inner.started = true;
            self.stack.append_from(&mut inner.values);
            crate::frame_stack::push_resumed_frame(&mut self.frames, &mut inner.frame, base);
            std::mem::take(&mut inner.exc_state)
        };
        // A nested eval loop runs it: it returns when the generator yields.
        self.frames.last_mut().expect("just pushed").is_entry = true;
        crate::frame_stack::set_resumed_kind(
            &mut self.frames,
            FrameKind::Generator(genobj.clone()),
        );
        if throw.is_none() {
            self.stack.push(sent);
        }
        self.depth += 1;
        self.yielded = false;
        self.pending_throw = throw;
        // The generator sees its own handled exception, or the caller's
        // when it has none, and the caller gets its own back afterwards.
        let caller_exc = if own.is_none() {
            self.exc_info.clone()
        } else {
            std::mem::replace(&mut self.exc_info, own)
        };
        let result = self.run_frames();
        let yielded = std::mem::replace(&mut self.yielded, false);
        // Usually no exception is being handled on either side: nothing to
        // hand back.
        if !(caller_exc.is_none() && self.exc_info.is_none()) {
            let inside = std::mem::replace(&mut self.exc_info, caller_exc.clone());
            if yielded && !inside.is(&caller_exc) {
                genobj.inner.borrow_mut().exc_state = inside;
            }
        }
        match result {
            Ok(v) if yielded => Ok(SendResult::Yield(v)),
            Ok(v) => Ok(SendResult::Return(v)),
            Err(e) => Err(e),
        }
    }

    /// `FOR_ITER` on a suspended generator, the iterator on top of the
    /// value stack: pushes its frame, to run in the caller's eval loop,
    /// with `None` sent in. `false` when the generator cannot be resumed
    /// that way (running, finished), which the general path then reports.
    pub(crate) fn resume_for_iter(&mut self) -> bool {
        let base = self.stack.len();
        let Value::Generator(genobj) = &self.stack[base - 1] else {
            unreachable!("FOR_ITER resumes generators only")
        };
        if !genobj.is_suspended() {
            return false;
        }
        // Moved out of the loop's slot into the frame, and back at the
        // `yield` (see `FrameKind::ForIterGenerator`).
        let Value::Generator(genobj) = std::mem::replace(&mut self.stack[base - 1], Value::Null)
        else {
            unreachable!("just matched a generator")
        };
        let mut inner = genobj.inner.borrow_mut();
        inner.state = GenState::Running;
        inner.started = true;
        let caller_exc = if !inner.exc_state.is_none() {
            let own = std::mem::take(&mut inner.exc_state);
            Some(Box::new(std::mem::replace(&mut self.exc_info, own)))
        } else if self.exc_info.is_none() {
            None
        } else {
            Some(Box::new(self.exc_info.clone()))
        };
        // Resumed at a `yield` whose sent value is thrown away at once (a
        // `yield` statement): `None` is not pushed for its POP_TOP to pop,
        // the frame starts after it.
        let code = &inner.frame.code.code.code;
        let discards_sent = code
            .get(inner.frame.ip)
            .is_some_and(|i| i.op == Opcode::PopTop);
        if discards_sent {
            inner.frame.ip += 1;
        }
        self.stack.append_from(&mut inner.values);
        if !discards_sent {
            self.stack.push(Value::None);
        }
        crate::frame_stack::push_resumed_frame(&mut self.frames, &mut inner.frame, base);
        drop(inner);
        // Set once the generator is no longer borrowed, so it can move in.
        crate::frame_stack::set_resumed_kind(
            &mut self.frames,
            FrameKind::ForIterGenerator {
                generator: genobj,
                caller_exc,
            },
        );
        self.depth += 1;
        true
    }

    /// `YIELD_VALUE` in a generator that a `FOR_ITER` resumed (the
    /// running frame, its `ip` saved): the frame goes back into its
    /// generator, the generator back into the loop's slot, and the caller
    /// gets its handled exception back. The caller pushes the value.
    pub(crate) fn suspend_for_iter(&mut self) {
        self.depth -= 1;
        let top = self.frames.last_mut().expect("a running frame");
        let base = top.base;
        let FrameKind::ForIterGenerator {
            generator,
            caller_exc,
        } = std::mem::replace(&mut top.kind, FrameKind::Normal)
        else {
            unreachable!("only FOR_ITER's generator frames come here")
        };
        let mut inner = generator.inner.borrow_mut();
        crate::frame_stack::pop_suspended_frame(&mut self.frames, &mut inner.frame);
        self.stack.move_top_into(base, &mut inner.values);
        inner.state = GenState::Suspended;
        // Usually no exception is being handled on either side: nothing to
        // hand back.
        if caller_exc.is_some() || !self.exc_info.is_none() {
            let caller_exc = caller_exc.map_or(Value::None, |e| *e);
            let inside = std::mem::replace(&mut self.exc_info, caller_exc.clone());
            if !inside.is(&caller_exc) {
                inner.exc_state = inside;
            }
        }
        drop(inner);
        self.stack.refill(base - 1, Value::Generator(generator));
    }

    pub fn resume_generator(
        &mut self,
        genobj: &Arc<PyGenerator>,
        sent: Value,
    ) -> PyResult<SendResult> {
        self.resume_generator_with(genobj, sent, None)
    }

    /// `SEND` (the engine of `yield from`): sends into a sub-iterator.
    pub(crate) fn send(&mut self, receiver: &Value, value: Value) -> PyResult<SendResult> {
        match receiver {
            Value::Generator(g) => self.resume_generator(g, value),
            _ if crate::builtins::async_generators::is_awaitable(receiver) => {
                crate::builtins::async_generators::step_outcome(self, receiver, value, None)
            }
            _ if value.is_none() => match self.next_with_value(receiver)? {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(r) => Ok(SendResult::Return(r)),
            },
            _ => {
                let send = self.get_attr_str(receiver, "send")?;
                match self.call(&send, vec![value], &[]) {
                    Ok(v) => Ok(SendResult::Yield(v)),
                    Err(e) if self.is_error(&e, "StopIteration") => {
                        let r = self.get_attr_str(&e.0, "value").unwrap_or(Value::None);
                        Ok(SendResult::Return(r))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Like `next`, but an exhausted iterator gives the `StopIteration`
    /// value (what `yield from` evaluates to).
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Instance(inst) = it {
            let cls = inst.class();
            if let Some(f) = self.class_lookup(&cls, "__next__") {
                return match self.call(&f, vec![it.clone()], &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.is_error(&e, "StopIteration") => {
                        Ok(Err(self.get_attr_str(&e.0, "value").unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        Ok(self.next(it)?.ok_or(Value::None))
    }

    /// `gen.send(value)`.
    pub fn generator_send(&mut self, genobj: &Arc<PyGenerator>, value: Value) -> PyResult<Value> {
        match self.resume_generator(genobj, value)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(r) => Err(self.stop_iteration(r)),
        }
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let cls = self.interp.exception_class("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(self.new_exception(cls, args))
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, genobj: &Arc<PyGenerator>, exc: Value) -> PyResult<Value> {
        match self.throw_value(genobj, exc)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(r) => Err(self.stop_iteration(r)),
        }
    }

    /// CPython's `_gen_throw`: a generator in `yield from` hands the thrown
    /// value to its delegate first, unchecked (a user iterator's `throw`
    /// may take anything), except that `GeneratorExit` closes the delegate
    /// and is then raised in this generator. Only what reaches this
    /// generator's own frame must be an exception.
    pub(crate) fn throw_value(
        &mut self,
        genobj: &Arc<PyGenerator>,
        exc: Value,
    ) -> PyResult<SendResult> {
        if let Some(sub) = self.delegate_of(genobj) {
            if crate::stack::exhausted() {
                return Err(self.recursion_error());
            }
            let exit = self.interp.exception_class("GeneratorExit");
            let is_exit = match &exc {
                Value::Class(c) => c.is_subclass_of(&exit),
                other => self.class_of(other).is_subclass_of(&exit),
            };
            if is_exit {
                if let Some(e) = self.close_delegate(genobj, &sub) {
                    return self.resume_generator_with(genobj, Value::None, Some(e));
                }
            } else {
                let throw = match &sub {
                    Value::Generator(_) => None,
                    other => self.get_attr_opt(other, "throw")?,
                };
                if matches!(sub, Value::Generator(_)) || throw.is_some() {
                    return self.throw_through(genobj, sub, throw, exc);
                }
            }
        }
        let err = self.make_raise_from(exc, None, true)?;
        self.resume_generator_with(genobj, Value::None, Some(err))
    }

    /// The iterator a generator suspended in `yield from` delegates to: the
    /// top of its saved stack when it stopped at the YIELD_VALUE that
    /// follows a SEND.
    pub(crate) fn delegate_of(&self, genobj: &Arc<PyGenerator>) -> Option<Value> {
        let saved = genobj.inner.borrow();
        if saved.state != GenState::Suspended {
            return None;
        }
        let at = saved.frame.ip.checked_sub(2)?;
        let send = saved.frame.code.code.code.get(at)?;
        (send.op == Opcode::Send).then(|| saved.values.last().cloned())?
    }

    /// `throw()` into a generator that delegates with `yield from`: the
    /// exception goes to the inner iterator first, as in CPython. If the
    /// inner one yields, so does the outer; if it finishes or raises, the
    /// outer leaves its `yield from` loop and goes on with the inner's
    /// return value, or with the exception raised at that point.
    fn throw_through(
        &mut self,
        genobj: &Arc<PyGenerator>,
        sub: Value,
        throw: Option<Value>,
        exc: Value,
    ) -> PyResult<SendResult> {
        // The outer generator counts as running while the inner one works,
        // as in CPython: resuming it from there is "already executing".
        let outer = genobj.state();
        genobj.set_state(GenState::Running);
        let inner = match (&sub, throw) {
            (Value::Generator(g), _) => self.throw_value(g, exc),
            (_, Some(throw)) => match self.call(&throw, vec![exc], &[]) {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(e) if self.is_error(&e, "StopIteration") => Ok(SendResult::Return(
                    self.get_attr_str(&e.0, "value").unwrap_or(Value::None),
                )),
                Err(e) => Err(e),
            },
            (_, None) => unreachable!("throw_value checks for a throw method"),
        };
        genobj.set_state(outer);
        if let Ok(SendResult::Yield(v)) = inner {
            return Ok(SendResult::Yield(v));
        }
        // The inner iterator is done: leave the SEND loop, as SEND does
        // when its receiver returns.
        {
            let mut saved = genobj.inner.borrow_mut();
            if saved.state == GenState::Suspended
                && let Some(send) = saved.frame.ip.checked_sub(2)
                && let Some(instr) = saved.frame.code.code.code.get(send)
                && instr.op == Opcode::Send
            {
                saved.frame.ip = instr.arg as usize;
                saved.values.pop();
            }
        }
        match inner {
            Ok(SendResult::Return(v)) => self.resume_generator_with(genobj, v, None),
            Err(e) => self.resume_generator_with(genobj, Value::None, Some(e)),
            Ok(SendResult::Yield(_)) => unreachable!("handled above"),
        }
    }

    /// `gen.close()`: raises `GeneratorExit` inside the generator.
    /// Closes the iterator a generator delegates to in `yield from`; the
    /// generator counts as running meanwhile. An error from the close is
    /// for the generator to raise.
    fn close_delegate(&mut self, genobj: &Arc<PyGenerator>, sub: &Value) -> Option<PyErr> {
        let outer = genobj.state();
        genobj.set_state(GenState::Running);
        let error = match sub {
            Value::Generator(g) => self.generator_close(g).err(),
            other => match self.get_attr_opt(other, "close") {
                Ok(Some(close)) => self.call(&close, vec![], &[]).err(),
                Ok(None) => None,
                Err(e) => Some(e),
            },
        };
        genobj.set_state(outer);
        error
    }

    pub fn generator_close(&mut self, genobj: &Arc<PyGenerator>) -> PyResult<Value> {
        let (started, state) = {
            let inner = genobj.inner.borrow();
            (inner.started, inner.state)
        };
        if !started || state == GenState::Finished {
            genobj.finish();
            return Ok(Value::None);
        }
        // A generator in `yield from` closes its inner iterator first; an
        // error from that is raised in the outer one instead.
        let inner_error = self
            .delegate_of(genobj)
            .and_then(|sub| self.close_delegate(genobj, &sub));
        let err = match inner_error {
            Some(e) => e,
            None => {
                let exit = Value::Class(self.interp.exception_class("GeneratorExit"));
                self.make_raise(exit, None)?
            }
        };
        match self.resume_generator_with(genobj, Value::None, Some(err)) {
            Ok(SendResult::Yield(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(SendResult::Return(_)) => Ok(Value::None),
            Err(e) if self.is_error(&e, "GeneratorExit") || self.is_error(&e, "StopIteration") => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}
