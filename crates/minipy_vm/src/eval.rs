//! The eval loop: one `match` over opcodes, for all frames of a thread.
//!
//! `run_frames` runs until the frame that started it (an "entry" frame)
//! returns. Python-to-Python calls push a frame and keep going in the same
//! loop, so deep Python recursion never deepens the Rust stack; only
//! builtins that call back into Python (`sorted(key=...)`, `__eq__` in a
//! dict lookup...) start a nested loop. When an instruction fails, the
//! exception table of the frame says where its handler is; without one the
//! frame is popped and the caller's table is searched, adding a traceback
//! line for each frame on the way (CPython 3.11's "zero-cost" exceptions).

use crate::eval_call::CallOutcome;
use crate::frame::FrameKind;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use minipy_bytecode::Opcode;
use std::sync::Arc;

/// How an exception reached the handler search, which decides whether the
/// current frame gets a traceback line and whether `__context__` is set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Raised by an instruction of this frame.
    Here,
    /// An explicit `raise exc`.
    Raise,
    /// `raise` with no argument, or `RERAISE`: the traceback is already right.
    Reraise,
    /// Came out of a frame this one called.
    Callee,
}

impl Vm {
    /// Runs frames until the current entry frame returns (or yields).
    pub fn run_frames(&mut self) -> PyResult<Value> {
        let mut pending: Option<(PyErr, Origin)> =
            self.pending_throw.take().map(|e| (e, Origin::Here));
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            let instrs = &code.quick[..];
            let nlocals = code.nlocals();

            // Tested by its tag before it is taken: moving the whole
            // `Option` out on every frame switch read back a value just
            // written in narrower stores, a store-forwarding stall (8% of
            // `fib`).
            let (err, origin) = if pending.is_some() {
                pending.take().expect("just tested")
            } else {
                'dispatch: loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch (e, Origin::Here),
                            }
                        };
                    }
                    // After a comparison: when a conditional jump follows
                    // (an `if` or `while` test), take it at once without
                    // making the bool (CPython 3.11's COMPARE_OP_INT_JUMP).
                    macro_rules! jump_if_next {
                        ($r:expr) => {
                            if let Some(next) = instrs.get(ip)
                                && matches!(next.op, Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)
                            {
                                ip += 1;
                                if $r == (next.op == Opcode::PopJumpIfTrue) {
                                    let target = next.arg as usize;
                                    if target < ip && crate::signals::pending() {
                                        tri!(self.handle_signals());
                                    }
                                    ip = target;
                                }
                                continue;
                            }
                        };
                    }
                    // A plain LOAD_FAST, for a superinstruction that falls
                    // back to its first instruction.
                    macro_rules! push_local {
                        ($index:expr) => {
                            let v = &self.stack[base + $index];
                            if v.is_null() {
                                break 'dispatch (self.unbound_local(code, $index), Origin::Here);
                            }
                            let v = v.clone();
                            self.stack.push(v);
                        };
                    }
                    // The LOAD_FAST at `ip`, second half of a superinstruction,
                    // done here and skipped; an unbound local is left for
                    // that LOAD_FAST itself to raise.
                    macro_rules! push_next_local {
                        () => {
                            let v = &self.stack[base + instrs[ip].arg as usize];
                            if !v.is_null() {
                                let v = v.clone();
                                self.stack.push(v);
                                ip += 1;
                            }
                        };
                    }
                    let instr = instrs[ip];
                    ip += 1;
                    let arg = instr.arg as usize;
                    match instr.op {
                        Opcode::Nop => {}
                        Opcode::PopTop => {
                            self.stack.pop();
                        }
                        Opcode::PushNull => self.stack.push(Value::Null),
                        Opcode::Copy => {
                            let v = self.stack[self.stack.len() - arg].clone();
                            self.stack.push(v);
                        }
                        Opcode::Swap => {
                            let n = self.stack.len();
                            self.stack.swap(n - 1, n - arg);
                        }
                        Opcode::LoadConst => self.stack.push(code.consts[arg].clone()),
                        Opcode::LoadFast => {
                            let v = &self.stack[base + arg];
                            if v.is_null() {
                                break 'dispatch (self.unbound_local(code, arg), Origin::Here);
                            }
                            // `self.x` and `self.x = v`: done here on the
                            // borrowed local when the attribute caches allow.
                            match instrs.get(ip) {
                                Some(next) if next.op == Opcode::LoadAttr => {
                                    if let Some(after) = instrs.get(ip + 1)
                                        && after.op == Opcode::LoadAttr
                                        && let Some(attr) = self.load_attr_chain_of_local(
                                            v,
                                            code,
                                            next.arg as usize,
                                            after.arg as usize,
                                        )
                                    {
                                        ip += 2;
                                        self.stack.push(attr);
                                        continue;
                                    }
                                    if let Some(attr) =
                                        self.load_attr_of_local(v, code, next.arg as usize)
                                    {
                                        ip += 1;
                                        self.stack.push(attr);
                                        continue;
                                    }
                                }
                                Some(next) if next.op == Opcode::StoreAttr => {
                                    let value = self.stack.pop_value();
                                    match self.store_attr_of_local(
                                        &self.stack[base + arg],
                                        code,
                                        next.arg as usize,
                                        value,
                                    ) {
                                        Ok(()) => {
                                            ip += 1;
                                            continue;
                                        }
                                        Err(value) => {
                                            self.stack.push(value);
                                            let v = self.stack[base + arg].clone();
                                            self.stack.push(v);
                                            continue;
                                        }
                                    }
                                }
                                _ => {}
                            }
                            let v = v.clone();
                            self.stack.push(v);
                        }
                        Opcode::StoreFast => {
                            self.stack.pop_into(base + arg);
                        }
                        Opcode::LoadFastLoadFast => {
                            push_local!(arg);
                            push_next_local!();
                        }
                        Opcode::LoadConstBinaryOp => {
                            // `n - 1`: the constant is an int, so with an
                            // int on the stack the result is made in place.
                            if let (Some(Value::Int(x)), Value::Int(y)) =
                                (self.stack.last(), &code.consts[arg])
                                && let Some(r) = crate::ops::arith::int_fast(*x, *y, instrs[ip].arg)
                            {
                                let n = self.stack.len();
                                if let Value::Int(left) = &mut self.stack[n - 1] {
                                    *left = r;
                                }
                                ip += 1;
                                continue;
                            }
                            self.stack.push(code.consts[arg].clone());
                        }
                        Opcode::LoadConstCompareOp => {
                            if let (Some(&Value::Int(x)), &Value::Int(y)) =
                                (self.stack.last(), &code.consts[arg])
                            {
                                let r = crate::ops::compare::int_compare(x, y, instrs[ip].arg);
                                ip += 1;
                                self.stack.drop_top();
                                jump_if_next!(r);
                                self.stack.push(Value::Bool(r));
                                continue;
                            }
                            self.stack.push(code.consts[arg].clone());
                        }
                        Opcode::StoreFastLoadFast => {
                            self.stack.pop_into(base + arg);
                            push_next_local!();
                        }
                        Opcode::LoadFastLoadConstBinaryOp => {
                            let local = &self.stack[base + arg];
                            if let (Value::Int(x), Value::Int(y)) =
                                (local, &code.consts[instrs[ip].arg as usize])
                                && let Some(r) =
                                    crate::ops::arith::int_fast(*x, *y, instrs[ip + 1].arg)
                            {
                                ip += 2;
                                // `i += 1`: the sum goes straight into the
                                // local the STORE_FAST names.
                                if let Some(store) = instrs.get(ip)
                                    && matches!(
                                        store.op,
                                        Opcode::StoreFast | Opcode::StoreFastLoadFast
                                    )
                                {
                                    // A local that holds an int (a counter)
                                    // just takes the new number: no drop,
                                    // and no 16-byte copy of a value built
                                    // in two stores, which stalled.
                                    match &mut self.stack[base + store.arg as usize] {
                                        Value::Int(local) => *local = r,
                                        local => *local = Value::Int(r),
                                    }
                                    ip += 1;
                                } else {
                                    self.stack.push(Value::Int(r));
                                }
                                continue;
                            }
                            push_local!(arg);
                        }
                        Opcode::LoadFastLoadConstCompareOp => {
                            let local = &self.stack[base + arg];
                            if let (&Value::Int(x), &Value::Int(y)) =
                                (local, &code.consts[instrs[ip].arg as usize])
                            {
                                let r = crate::ops::compare::int_compare(x, y, instrs[ip + 1].arg);
                                ip += 2;
                                jump_if_next!(r);
                                self.stack.push(Value::Bool(r));
                                continue;
                            }
                            push_local!(arg);
                        }
                        Opcode::DeleteFast => {
                            if self.stack[base + arg].is_null() {
                                break 'dispatch (self.unbound_local(code, arg), Origin::Here);
                            }
                            self.stack[base + arg] = Value::Null;
                        }
                        Opcode::LoadGlobal => tri!(self.push_global_cached(fi, code, arg)),
                        Opcode::StoreGlobal => {
                            let v = self.stack.pop_value();
                            self.frames[fi].globals().set_name(&code.names[arg], v);
                        }
                        Opcode::DeleteGlobal => {
                            let name = &code.names[arg];
                            if self.frames[fi]
                                .globals()
                                .remove_str(name.as_str(), name.hash())
                                .is_none()
                            {
                                break 'dispatch (self.name_error(name.as_str()), Origin::Here);
                            }
                        }
                        Opcode::LoadName => {
                            let name = &code.names[arg];
                            let local = match &self.frames[fi].locals {
                                Some(Value::Dict(d)) => d.get_name(name),
                                _ => None,
                            };
                            let v = match local {
                                Some(v) => v,
                                None => tri!(self.load_name(fi, name)),
                            };
                            self.stack.push(v);
                        }
                        Opcode::StoreName => {
                            let v = self.stack.pop_value();
                            match &self.frames[fi].locals {
                                Some(Value::Dict(d)) => d.set_name(&code.names[arg], v),
                                _ => tri!(self.store_name(fi, &code.names[arg], v)),
                            }
                        }
                        Opcode::DeleteName => {
                            tri!(self.delete_name(fi, &code.names[arg]));
                        }
                        Opcode::MakeCell => {
                            let initial = match code.code.cell2arg[arg] {
                                Some(a) => self.stack[base + a as usize].clone(),
                                None => Value::Null,
                            };
                            self.stack[base + nlocals + arg] =
                                Value::Cell(Arc::new(PyCellObject::new(initial)));
                        }
                        Opcode::CopyFreeVars => {
                            let func = self.frames[fi]
                                .func
                                .clone()
                                .expect("only functions have free variables");
                            let start = base + nlocals + code.code.cellvars.len();
                            for (j, cell) in func.closure.iter().enumerate().take(arg) {
                                self.stack[start + j] = Value::Cell(cell.clone());
                            }
                        }
                        Opcode::LoadDeref | Opcode::LoadClassderef => {
                            if instr.op == Opcode::LoadClassderef {
                                let name = self.interp.intern(code.code.deref_name(instr.arg));
                                if let Some(v) = tri!(self.lookup_locals(fi, &name)) {
                                    self.stack.push(v);
                                    continue;
                                }
                            }
                            let v = match &self.stack[base + nlocals + arg] {
                                Value::Cell(c) => c.value.borrow().clone(),
                                _ => Value::Null,
                            };
                            if v.is_null() {
                                break 'dispatch (self.unbound_deref(code, arg), Origin::Here);
                            }
                            self.stack.push(v);
                        }
                        Opcode::StoreDeref => {
                            let v = self.stack.pop_value();
                            if let Value::Cell(c) = &self.stack[base + nlocals + arg] {
                                let old = std::mem::replace(&mut *c.value.borrow_mut(), v);
                                drop(old);
                            }
                        }
                        Opcode::DeleteDeref => {
                            if let Value::Cell(c) = &self.stack[base + nlocals + arg] {
                                let old =
                                    std::mem::replace(&mut *c.value.borrow_mut(), Value::Null);
                                if old.is_null() {
                                    break 'dispatch (self.unbound_deref(code, arg), Origin::Here);
                                }
                            }
                        }
                        Opcode::LoadClosure => {
                            let v = self.stack[base + nlocals + arg].clone();
                            self.stack.push(v);
                        }
                        Opcode::LoadAttr => {
                            let obj = self.stack.pop_value();
                            let v = tri!(self.load_attr_cached(&obj, code, arg));
                            self.stack.push(v);
                        }
                        Opcode::StoreAttr => {
                            let obj = self.stack.pop_value();
                            let v = self.stack.pop_value();
                            tri!(self.store_attr_cached(&obj, code, arg, v));
                        }
                        Opcode::DeleteAttr => {
                            let obj = self.stack.pop_value();
                            tri!(self.del_attr(&obj, &code.names[arg]));
                        }
                        Opcode::LoadMethod => {
                            if let Some(obj) = self.stack.last()
                                && let Some(method) = self
                                    .cached_builtin_method(obj, code, arg)
                                    .or_else(|| self.cached_instance_method(obj, code, arg))
                            {
                                self.stack.insert_below_top(method);
                                continue;
                            }
                            let obj = self.stack.pop_value();
                            let (first, second) = tri!(self.load_method_cached(obj, code, arg));
                            self.stack.push(first);
                            self.stack.push(second);
                        }
                        Opcode::BinaryOp => {
                            // Two small ints: compute in place, writing the
                            // result straight into the left operand's slot.
                            let n = self.stack.len();
                            if let (Value::Int(x), Value::Int(y)) =
                                (&self.stack[n - 2], &self.stack[n - 1])
                                && let Some(r) = crate::ops::arith::int_fast(*x, *y, instr.arg)
                            {
                                // The right operand is an int: nothing to drop.
                                self.stack.drop_top();
                                if let Value::Int(left) = &mut self.stack[n - 2] {
                                    *left = r;
                                }
                                continue;
                            }
                            // `s += t` or `s = s + t`, then `STORE_FAST s`:
                            // drop the local's reference first so the string
                            // can grow in place (CPython's
                            // `unicode_concatenate` does the same).
                            if (instr.arg == crate::ops::arith::INPLACE + crate::ops::arith::ADD
                                || instr.arg == crate::ops::arith::ADD)
                                && let (Value::Str(_), Value::Str(_)) =
                                    (&self.stack[n - 2], &self.stack[n - 1])
                                && let Some(next) = instrs.get(ip)
                                && next.op == Opcode::StoreFast
                                && let Value::Str(local) = &self.stack[base + next.arg as usize]
                                && let Value::Str(left) = &self.stack[n - 2]
                                && Arc::ptr_eq(local, left)
                            {
                                self.stack[base + next.arg as usize] = Value::Null;
                                let right = self.stack.pop_value();
                                if let (Value::Str(left), Value::Str(right)) =
                                    (&mut self.stack[n - 2], &right)
                                    && let Some(unique) = Arc::get_mut(left)
                                {
                                    unique.append(right);
                                    continue;
                                }
                                self.stack.push(right);
                            }
                            // Two non-empty strings: concatenated here, the
                            // result written over the left operand.
                            if (instr.arg == crate::ops::arith::INPLACE + crate::ops::arith::ADD
                                || instr.arg == crate::ops::arith::ADD)
                                && let (Value::Str(x), Value::Str(y)) =
                                    (&self.stack[n - 2], &self.stack[n - 1])
                                && !x.as_str().is_empty()
                                && !y.as_str().is_empty()
                            {
                                let joined = Value::Str(Arc::new(PyStr::concat(x, y)));
                                self.stack.drop_top();
                                self.stack[n - 2] = joined;
                                continue;
                            }
                            let b = self.stack.pop_value();
                            let a = self.stack.pop_value();
                            let v = tri!(self.binary_op(a, b, instr.arg));
                            self.stack.push(v);
                        }
                        Opcode::CompareOp => {
                            let n = self.stack.len();
                            if let (Value::Int(x), Value::Int(y)) =
                                (&self.stack[n - 2], &self.stack[n - 1])
                            {
                                let r = crate::ops::compare::int_compare(*x, *y, instr.arg);
                                // Ints: nothing to drop.
                                self.stack.truncate(n - 2);
                                jump_if_next!(r);
                                self.stack.push(Value::Bool(r));
                                continue;
                            }
                            let b = self.stack.pop_value();
                            let a = self.stack.pop_value();
                            let v = tri!(self.rich_compare(a, b, instr.arg));
                            self.stack.push(v);
                        }
                        Opcode::IsOp => {
                            let b = self.stack.pop_value();
                            let a = self.stack.pop_value();
                            self.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                        }
                        Opcode::ContainsOp => {
                            let container = self.stack.pop_value();
                            let item = self.stack.pop_value();
                            let found = tri!(self.contains(&container, &item));
                            self.stack.push(Value::Bool(found != (arg == 1)));
                        }
                        Opcode::UnaryNegative | Opcode::UnaryPositive | Opcode::UnaryInvert => {
                            let v = self.stack.pop_value();
                            let r = tri!(self.unary_op(instr.op, v));
                            self.stack.push(r);
                        }
                        Opcode::UnaryNot => {
                            let v = self.stack.pop_value();
                            let t = tri!(self.truthy(&v));
                            self.stack.push(Value::Bool(!t));
                        }
                        Opcode::BinarySubscr => {
                            // `xs[i]` on a list or tuple and `d[s]` on a dict
                            // with a str key, when found: no call (CPython
                            // 3.11's BINARY_SUBSCR_LIST_INT, _TUPLE_INT and
                            // _DICT). Misses and errors take the general path.
                            let n = self.stack.len();
                            let found = match (&self.stack[n - 2], &self.stack[n - 1]) {
                                (Value::List(l), &Value::Int(i)) => {
                                    let items = l.items.borrow();
                                    let j = if i < 0 { i + items.len() as i64 } else { i };
                                    usize::try_from(j).ok().and_then(|j| items.get(j).cloned())
                                }
                                (Value::Tuple(t), &Value::Int(i)) => {
                                    let j = if i < 0 { i + t.len() as i64 } else { i };
                                    usize::try_from(j)
                                        .ok()
                                        .and_then(|j| t.items().get(j).cloned())
                                }
                                // A miss may still be a `str` subclass key:
                                // the general path decides.
                                (Value::Dict(d), Value::Str(k)) => d.get_str(k.as_str(), k.hash()),
                                _ => None,
                            };
                            if let Some(v) = found {
                                self.stack.truncate(n - 2);
                                self.stack.push(v);
                                continue;
                            }
                            let key = self.stack.pop_value();
                            let obj = self.stack.pop_value();
                            let v = tri!(self.get_item(&obj, &key));
                            self.stack.push(v);
                        }
                        Opcode::StoreSubscr => {
                            let key = self.stack.pop_value();
                            let obj = self.stack.pop_value();
                            let v = self.stack.pop_value();
                            tri!(self.set_item(&obj, key, v));
                        }
                        Opcode::DeleteSubscr => {
                            let key = self.stack.pop_value();
                            let obj = self.stack.pop_value();
                            tri!(self.del_item(&obj, key));
                        }
                        Opcode::BuildSliceBinarySubscr => {
                            let n = self.stack.len();
                            if let Some(part) = crate::ops::subscript::simple_slice(
                                &self.stack[n - 3],
                                &self.stack[n - 2],
                                &self.stack[n - 1],
                            ) {
                                self.stack.truncate(n - 3);
                                self.stack.push(part);
                                ip += 1;
                                continue;
                            }
                            let stop = self.stack.pop_value();
                            let start = self.stack.pop_value();
                            let step = Value::None;
                            self.stack
                                .push(Value::Slice(Arc::new(PySlice { start, stop, step })));
                        }
                        Opcode::BuildSlice => {
                            let step = if arg == 3 {
                                self.stack.pop_value()
                            } else {
                                Value::None
                            };
                            let stop = self.stack.pop_value();
                            let start = self.stack.pop_value();
                            self.stack
                                .push(Value::Slice(Arc::new(PySlice { start, stop, step })));
                        }
                        Opcode::BuildTuple => {
                            let items = self.stack.take_top(arg);
                            self.stack.push(Value::tuple(items));
                        }
                        Opcode::BuildList => {
                            let items = self.stack.take_top(arg);
                            self.stack.push(Value::list(items));
                        }
                        Opcode::BuildSet => {
                            let items = self.stack.take_top(arg);
                            let set = tri!(self.new_set(items, false));
                            self.stack.push(set);
                        }
                        Opcode::BuildMap => {
                            let items = self.stack.take_top(2 * arg);
                            let dict = Arc::new(PyDict::new());
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(self.dict_set(&dict, k, v));
                            }
                            self.stack.push(Value::Dict(dict));
                        }
                        Opcode::BuildConstKeyMap => {
                            let keys = self.stack.pop_value();
                            let values = self.stack.take_top(arg);
                            let Value::Tuple(keys) = keys else {
                                unreachable!("the compiler emits a key tuple")
                            };
                            let dict = Arc::new(PyDict::new());
                            for (k, v) in keys.items().iter().zip(values) {
                                tri!(self.dict_set(&dict, k.clone(), v));
                            }
                            self.stack.push(Value::Dict(dict));
                        }
                        Opcode::BuildString => {
                            let parts = self.stack.take_top(arg);
                            let mut s = String::new();
                            for p in &parts {
                                s.push_str(p.as_str().unwrap_or_default());
                            }
                            self.stack.push(Value::string(s));
                        }
                        Opcode::ListAppend => {
                            let v = self.stack.pop_value();
                            if let Value::List(l) = &self.stack[self.stack.len() - arg] {
                                l.items.borrow_mut().push(v);
                            }
                        }
                        Opcode::SetAdd => {
                            let v = self.stack.pop_value();
                            let set = self.stack[self.stack.len() - arg].clone();
                            if let Value::Set(s) = &set {
                                tri!(self.set_add(s, v));
                            }
                        }
                        Opcode::MapAdd => {
                            let v = self.stack.pop_value();
                            let k = self.stack.pop_value();
                            let dict = self.stack[self.stack.len() - arg].clone();
                            if let Value::Dict(d) = &dict {
                                tri!(self.dict_set(d, k, v));
                            }
                        }
                        Opcode::ListExtend => {
                            let iterable = self.stack.pop_value();
                            let list = self.stack[self.stack.len() - arg].clone();
                            let items = tri!(
                                self.iterate(&iterable)
                                    .map_err(|e| self.extend_error(e, &iterable))
                            );
                            if let Value::List(l) = &list {
                                l.items.borrow_mut().extend(items);
                            }
                        }
                        Opcode::SetUpdate => {
                            let iterable = self.stack.pop_value();
                            let set = self.stack[self.stack.len() - arg].clone();
                            if let Value::Set(s) = &set {
                                tri!(self.set_update(s, &iterable));
                            }
                        }
                        Opcode::DictUpdate => {
                            let other = self.stack.pop_value();
                            let dict = self.stack[self.stack.len() - arg].clone();
                            if let Value::Dict(d) = &dict {
                                tri!(self.dict_update_from(d, &other, "dict_update"));
                            }
                        }
                        Opcode::DictMerge => {
                            let other = self.stack.pop_value();
                            let dict = self.stack[self.stack.len() - arg].clone();
                            let func = self.stack[self.stack.len() - arg - 2].clone();
                            if let Value::Dict(d) = &dict {
                                tri!(self.dict_merge_kwargs(d, &other, &func));
                            }
                        }
                        Opcode::ListToTuple => {
                            let list = self.stack.pop_value();
                            let Value::List(l) = list else {
                                unreachable!("the compiler emits a list")
                            };
                            let items = std::mem::take(&mut *l.items.borrow_mut());
                            self.stack.push(Value::tuple(items));
                        }
                        Opcode::UnpackSequence => {
                            let v = self.stack.pop_value();
                            let items = tri!(self.unpack_sequence(&v, arg));
                            self.stack.extend(items.into_iter().rev());
                        }
                        Opcode::UnpackEx => {
                            let v = self.stack.pop_value();
                            let items = tri!(self.unpack_ex(&v, arg & 0xff, arg >> 8));
                            self.stack.extend(items.into_iter().rev());
                        }
                        Opcode::GetIter => {
                            let v = self.stack.pop_value();
                            let it = tri!(self.get_iter(&v));
                            self.stack.push(it);
                        }
                        Opcode::ForIter | Opcode::ForIterStoreFast => {
                            // Lists and ranges step here without leaving the
                            // loop; after FOR_ITER__STORE_FAST the item goes
                            // straight into the loop variable.
                            if let Some(Value::Iterator(it)) = self.stack.last() {
                                let item = match it.step_simple() {
                                    SimpleStep::Int(i) => Value::Int(i),
                                    SimpleStep::Value(v) => v,
                                    SimpleStep::Exhausted => {
                                        self.stack.drop_top();
                                        ip = arg;
                                        continue;
                                    }
                                    SimpleStep::NeedsVm => Value::Null,
                                };
                                if !item.is_null() {
                                    if instr.op == Opcode::ForIterStoreFast {
                                        self.stack[base + instrs[ip].arg as usize] = item;
                                        ip += 1;
                                    } else {
                                        self.stack.push(item);
                                    }
                                    continue;
                                }
                            }
                            if let Some(Value::Generator(_)) = self.stack.last()
                                && self.depth < self.recursion_limit()
                            {
                                self.frames[fi].ip = ip;
                                if self.resume_for_iter() {
                                    continue 'frames;
                                }
                            }
                            let next = {
                                let it = self.stack.last().unwrap().clone();
                                match &it {
                                    Value::Iterator(it) => tri!(self.iterator_next(it)),
                                    _ => tri!(self.next(&it)),
                                }
                            };
                            match next {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.stack.pop();
                                    ip = arg;
                                }
                            }
                        }
                        Opcode::JumpForward => ip = arg,
                        Opcode::JumpBackward => {
                            ip = arg;
                            if crate::signals::pending() {
                                tri!(self.handle_signals());
                            }
                        }
                        Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                            // A bool is looked at where it lies: reading the
                            // whole slot back right after its tag and payload
                            // were stored apart would stall the processor.
                            let t = match self.stack.last() {
                                Some(&Value::Bool(b)) => {
                                    self.stack.drop_top();
                                    b
                                }
                                _ => {
                                    let v = self.stack.pop_value();
                                    tri!(self.truthy(&v))
                                }
                            };
                            if t == (instr.op == Opcode::PopJumpIfTrue) {
                                // A `while` loop closes with a conditional
                                // jump back (CPython's
                                // POP_JUMP_BACKWARD_IF_*): like
                                // JUMP_BACKWARD, it must let other threads
                                // and signal handlers in.
                                if arg < ip && crate::signals::pending() {
                                    tri!(self.handle_signals());
                                }
                                ip = arg;
                            }
                        }
                        Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                            let v = self.stack.pop_value();
                            if v.is_none() == (instr.op == Opcode::PopJumpIfNone) {
                                if arg < ip && crate::signals::pending() {
                                    tri!(self.handle_signals());
                                }
                                ip = arg;
                            }
                        }
                        Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                            let v = self.stack.last().unwrap().clone();
                            let t = tri!(self.truthy(&v));
                            if t == (instr.op == Opcode::JumpIfTrueOrPop) {
                                ip = arg;
                            } else {
                                self.stack.pop();
                            }
                        }
                        Opcode::MakeFunction => {
                            let f = tri!(self.make_function(fi, instr.arg));
                            self.stack.push(f);
                        }
                        Opcode::KwNames => self.kwnames = Some(code.consts[arg].clone()),
                        Opcode::Call | Opcode::CallMethod => {
                            let mut argc = arg;
                            let mut pos = self.stack.len() - argc - 1;
                            if instr.op == Opcode::CallMethod {
                                pos -= 1;
                                if self.stack[pos].is_null() {
                                    self.stack.remove(pos);
                                } else {
                                    argc += 1;
                                }
                            }
                            self.frames[fi].ip = ip;
                            if crate::signals::pending() {
                                tri!(self.handle_signals());
                            }
                            if self.push_simple_call(pos, argc) {
                                continue 'frames;
                            }
                            if self.run_inline_builtin(pos, argc) {
                                continue;
                            }
                            match tri!(self.call_at(pos, argc)) {
                                CallOutcome::Pushed => continue 'frames,
                                CallOutcome::Done => {}
                            }
                        }
                        Opcode::CallFunctionEx => {
                            let kwargs = if arg & 1 != 0 {
                                Some(self.stack.pop_value())
                            } else {
                                None
                            };
                            let args = self.stack.pop_value();
                            let func = self.stack.pop_value();
                            let r = tri!(self.call_ex(&func, &args, kwargs.as_ref()));
                            self.stack.push(r);
                        }
                        Opcode::ReturnValue => {
                            let v = self.stack.pop_value();
                            if let Some((call_base, func)) =
                                crate::frame_stack::pop_call_frame(&mut self.frames)
                            {
                                self.stack.truncate(call_base);
                                self.depth -= 1;
                                drop(func);
                                self.stack.push(v);
                                continue 'frames;
                            }
                            let frame = self.frames.pop().unwrap();
                            self.stack.truncate(frame.call_base);
                            self.depth -= frame.kind.depth_cost();
                            let result = match frame.kind {
                                FrameKind::Normal => v,
                                FrameKind::Init(instance) => {
                                    if !v.is_none() {
                                        let err = self.type_error(format!(
                                            "__init__() should return None, not '{}'",
                                            self.type_name(&v)
                                        ));
                                        pending = Some((err, Origin::Callee));
                                        if frame.is_entry {
                                            return Err(pending.unwrap().0);
                                        }
                                        continue 'frames;
                                    }
                                    instance
                                }
                                FrameKind::Generator(genobj) => {
                                    genobj.finish();
                                    self.yielded = false;
                                    v
                                }
                                FrameKind::ForIterGenerator {
                                    generator,
                                    caller_exc,
                                } => {
                                    // The loop is over: its FOR_ITER pops the
                                    // generator and jumps past the loop body.
                                    generator.finish();
                                    self.exc_info = caller_exc.map_or(Value::None, |e| *e);
                                    self.stack.drop_top();
                                    let caller = self.frames.last_mut().unwrap();
                                    let for_iter = caller.code.code.code[caller.ip - 1];
                                    caller.ip = for_iter.arg as usize;
                                    continue 'frames;
                                }
                            };
                            if frame.is_entry {
                                return Ok(result);
                            }
                            self.stack.push(result);
                            continue 'frames;
                        }
                        Opcode::ReturnGenerator => {
                            self.frames[fi].ip = ip;
                            let genobj = self.suspend_into_generator();
                            let frame_is_entry = genobj.1;
                            if frame_is_entry {
                                return Ok(genobj.0);
                            }
                            self.stack.push(genobj.0);
                            continue 'frames;
                        }
                        Opcode::YieldValue => {
                            let v = self.stack.pop_value();
                            if let FrameKind::ForIterGenerator { .. } = self.frames[fi].kind {
                                self.frames[fi].ip = ip;
                                self.suspend_for_iter();
                                self.stack.push(v);
                                continue 'frames;
                            }
                            self.frames[fi].ip = ip;
                            self.save_generator_frame();
                            self.yielded = true;
                            return Ok(v);
                        }
                        Opcode::Send => {
                            let value = self.stack.pop_value();
                            let receiver = self.stack.last().unwrap().clone();
                            match tri!(self.send(&receiver, value)) {
                                crate::ops::generators::SendResult::Yield(v) => self.stack.push(v),
                                crate::ops::generators::SendResult::Return(v) => {
                                    self.stack.pop();
                                    self.stack.push(v);
                                    ip = arg;
                                }
                            }
                        }
                        Opcode::GetYieldFromIter => {
                            let v = self.stack.pop_value();
                            let it = match &v {
                                Value::Generator(g)
                                    if g.is_coroutine()
                                        && code.code.flags
                                            & minipy_bytecode::CodeFlags::COROUTINE
                                            == 0 =>
                                {
                                    break 'dispatch (
                                        self.type_error(
                                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                        ),
                                        Origin::Here,
                                    );
                                }
                                Value::Generator(_) => v,
                                _ => tri!(self.get_iter(&v)),
                            };
                            self.stack.push(it);
                        }
                        Opcode::RaiseVarargs => {
                            self.frames[fi].ip = ip;
                            match arg {
                                0 => {
                                    let e = if self.exc_info.is_none() {
                                        (
                                            self.runtime_error("No active exception to reraise"),
                                            Origin::Here,
                                        )
                                    } else {
                                        (PyErr(self.exc_info.clone()), Origin::Reraise)
                                    };
                                    break 'dispatch e;
                                }
                                _ => {
                                    let cause = if arg == 2 {
                                        Some(self.stack.pop_value())
                                    } else {
                                        None
                                    };
                                    let exc = self.stack.pop_value();
                                    let err = tri!(self.make_raise(exc, cause));
                                    break 'dispatch (err, Origin::Raise);
                                }
                            }
                        }
                        Opcode::Reraise => {
                            let exc = self.stack.pop_value();
                            if arg > 0
                                && let Value::Int(lasti) = self.stack[self.stack.len() - arg]
                            {
                                self.frames[fi].lasti = lasti as usize;
                            }
                            break 'dispatch (PyErr(exc), Origin::Reraise);
                        }
                        Opcode::PushExcInfo => {
                            let exc = self.stack.pop_value();
                            let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                            self.stack.push(prev);
                            self.stack.push(exc);
                        }
                        Opcode::PopExcept => {
                            let prev = self.stack.pop_value();
                            self.exc_info = prev;
                        }
                        Opcode::CheckExcMatch => {
                            let typ = self.stack.pop_value();
                            let exc = self.stack.last().unwrap().clone();
                            let matched = tri!(self.exception_matches(&exc, &typ));
                            self.stack.push(Value::Bool(matched));
                        }
                        Opcode::LoadAssertionError => {
                            self.stack
                                .push(Value::Class(self.interp.exception_class("AssertionError")));
                        }
                        Opcode::BeforeWith => {
                            let mgr = self.stack.pop_value();
                            let (exit, entered) = tri!(self.before_with(mgr));
                            self.stack.push(exit);
                            self.stack.push(entered);
                        }
                        Opcode::WithExceptStart => {
                            let n = self.stack.len();
                            let exit = self.stack[n - 4].clone();
                            let val = self.stack[n - 1].clone();
                            let typ = Value::Class(self.class_of(&val));
                            let tb = self.traceback_object(&val);
                            let r = tri!(self.call(&exit, vec![typ, val, tb], &[]));
                            self.stack.push(r);
                        }
                        Opcode::ImportName => {
                            let fromlist = self.stack.pop_value();
                            let level = self.stack.pop_value();
                            let name = code.names[arg].clone();
                            let m = tri!(self.import_name(fi, &name, &fromlist, &level));
                            self.stack.push(m);
                        }
                        Opcode::ImportFrom => {
                            let module = self.stack.last().unwrap().clone();
                            let v = tri!(self.import_from(&module, &code.names[arg]));
                            self.stack.push(v);
                        }
                        Opcode::ImportStar => {
                            let module = self.stack.pop_value();
                            tri!(self.import_star(fi, &module));
                        }
                        Opcode::LoadBuildClass => {
                            let b = self
                                .interp
                                .builtins
                                .get_str("__build_class__", self.intern("__build_class__").hash());
                            self.stack.push(b.unwrap_or(Value::None));
                        }
                        Opcode::SetupAnnotations => tri!(self.setup_annotations(fi)),
                        Opcode::FormatValue => {
                            let spec = if arg & 4 != 0 {
                                Some(self.stack.pop_value())
                            } else {
                                None
                            };
                            let v = self.stack.pop_value();
                            let r = tri!(self.format_value(v, arg & 3, spec));
                            self.stack.push(r);
                        }
                        Opcode::GetLen => {
                            let v = self.stack.last().unwrap().clone();
                            let n = tri!(self.len(&v));
                            self.stack.push(Value::Int(n as i64));
                        }
                        Opcode::MatchMapping => {
                            let b = self.is_match_mapping(self.stack.last().unwrap());
                            self.stack.push(Value::Bool(b));
                        }
                        Opcode::MatchSequence => {
                            let b = self.is_match_sequence(self.stack.last().unwrap());
                            self.stack.push(Value::Bool(b));
                        }
                        Opcode::MatchKeys => {
                            let n = self.stack.len();
                            let keys = self.stack[n - 1].clone();
                            let subject = self.stack[n - 2].clone();
                            let values = tri!(self.match_keys(&subject, &keys));
                            self.stack.push(values);
                        }
                        Opcode::MatchClass => {
                            let names = self.stack.pop_value();
                            let cls = self.stack.pop_value();
                            let subject = self.stack.pop_value();
                            let r = tri!(self.match_class(&subject, &cls, arg, &names));
                            self.stack.push(r);
                        }
                        Opcode::AsyncGenWrap => {
                            let v = self.stack.pop_value();
                            let wrapped = crate::builtins::async_generators::wrap(self, v);
                            self.stack.push(wrapped);
                        }
                        Opcode::GetAwaitable => {
                            let v = self.stack.pop_value();
                            let it = tri!(self.get_awaitable(v, arg as u32));
                            self.stack.push(it);
                        }
                        Opcode::BeforeAsyncWith => {
                            let mgr = self.stack.pop_value();
                            let (exit, entered) = tri!(self.before_async_with(mgr));
                            self.stack.push(exit);
                            self.stack.push(entered);
                        }
                        Opcode::GetAiter => {
                            let v = self.stack.pop_value();
                            let it = tri!(self.get_aiter(v));
                            self.stack.push(it);
                        }
                        Opcode::GetAnext => {
                            let aiter = self.stack.last().unwrap().clone();
                            let awaitable = tri!(self.get_anext(&aiter));
                            self.stack.push(awaitable);
                        }
                        Opcode::EndAsyncFor => {
                            let exc = self.stack.pop_value();
                            if self.is_subclass_named(&self.class_of(&exc), "StopAsyncIteration") {
                                self.stack.drop_top();
                                continue;
                            }
                            break 'dispatch (PyErr(exc), Origin::Reraise);
                        }
                        Opcode::CheckEgMatch | Opcode::PrepReraiseStar => {
                            let e = self.error(
                                "SystemError",
                                format!("{} is not supported yet", instr.op.name()),
                            );
                            break 'dispatch (e, Origin::Here);
                        }
                    }
                }
            };

            // An exception: find a handler, in this frame or a caller.
            let fi = self.frames.len() - 1;
            let lasti = if origin == Origin::Callee {
                self.frames[fi].ip - 1
            } else {
                ip - 1
            };
            self.frames[fi].ip = ip;
            if origin != Origin::Reraise {
                self.add_traceback(&err, code, lasti);
            }
            if matches!(origin, Origin::Here | Origin::Raise) {
                self.set_context(&err, origin == Origin::Raise);
            }
            if let Some(h) = code.code.handler_for(lasti as u32).copied() {
                self.stack
                    .truncate(base + code.nlocalsplus + h.depth as usize);
                if h.lasti {
                    self.stack.push(Value::Int(lasti as i64));
                }
                self.stack.push(err.0);
                self.frames[fi].ip = h.target as usize;
                continue 'frames;
            }
            let frame = self.frames.pop().unwrap();
            self.stack.truncate(frame.call_base);
            self.depth -= frame.kind.depth_cost();
            let err = match &frame.kind {
                FrameKind::Generator(genobj) => {
                    genobj.finish();
                    self.generator_error(genobj, err)
                }
                FrameKind::ForIterGenerator {
                    generator: genobj,
                    caller_exc,
                } => {
                    genobj.finish();
                    self.exc_info = caller_exc.as_deref().cloned().unwrap_or(Value::None);
                    self.generator_error(genobj, err)
                }
                _ => err,
            };
            if frame.is_entry {
                return Err(err);
            }
            pending = Some((err, Origin::Callee));
        }
    }
}
