//! Calls from the eval loop (`CALL`, `CALL_METHOD`): a Python function
//! gets a frame pushed onto the running loop; builtins, classes and other
//! callables run natively, with the fast paths for the common shapes.

use crate::frame::FrameKind;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use arrayvec::ArrayVec;
use std::sync::Arc;

/// Calls of builtins with at most this many positional arguments get them
/// in an array on the Rust stack (see `take_few_args`).
const FEW: usize = 4;

/// What a call instruction did.
pub(crate) enum CallOutcome {
    /// Pushed a Python frame: the loop switches to it.
    Pushed,
    /// Called something native: the result is on the stack.
    Done,
}

impl Vm {
    /// The common call, done in the eval loop itself: a Python function
    /// called with exactly its positional parameters, below the recursion
    /// limit. The function moves from its stack slot into the frame, so
    /// the call touches no reference count. `false` leaves the call to
    /// `call_at`.
    #[inline(always)]
    pub(crate) fn push_simple_call(&mut self, pos: usize, argc: usize) -> bool {
        if self.kwnames.is_none()
            && let Value::Function(f) = &self.stack[pos]
            && f.code.simple_argcount == Some(argc)
            && self.depth < self.recursion_limit()
        {
            let Value::Function(f) = std::mem::take(&mut self.stack[pos]) else {
                unreachable!("just matched a function")
            };
            let code = f.code;
            let base = pos + 1;
            self.stack.fill_to(base + code.nlocalsplus);
            self.depth += 1;
            crate::frame_stack::push_call_frame(&mut self.frames, code, base, pos, f, None);
            return true;
        }
        false
    }

    /// Calls the object at stack position `pos` with the `argc` values
    /// above it (and pending keyword names): Python functions get a new
    /// frame; anything else is called natively and its result pushed. The
    /// eval loop has tried `push_simple_call` first.
    pub(crate) fn call_at(&mut self, pos: usize, argc: usize) -> PyResult<CallOutcome> {
        let kwnames = self.kwnames.take();
        if kwnames.is_none()
            && let Value::Function(f) = &self.stack[pos]
            && f.code.simple_argcount == Some(argc)
        {
            if self.depth >= self.recursion_limit() {
                self.stack.truncate(pos);
                return Err(self.recursion_error());
            }
            self.kwnames = kwnames;
            let pushed = self.push_simple_call(pos, argc);
            debug_assert!(pushed, "a simple call below the recursion limit");
            return Ok(CallOutcome::Pushed);
        }
        // A builtin with a few positional arguments (`s.split(",")`,
        // `len(xs)`): they move into an array on the Rust stack instead of
        // a fresh `Vec`, and the builtin moves out of its slot.
        if kwnames.is_none()
            && argc <= FEW
            && let Value::Builtin(b) = &self.stack[pos]
            && b.bound.is_none()
        {
            if b.inline != Inline::No && self.call_inline(b.inline, pos, argc) {
                return Ok(CallOutcome::Done);
            }
            let Value::Builtin(b) = std::mem::take(&mut self.stack[pos]) else {
                unreachable!("just matched a builtin")
            };
            let mut args = ArrayVec::<Value, FEW>::new();
            self.take_few_args(pos, argc, &mut args);
            let r = self.call_unbound_builtin(&b, &args, &[]);
            self.stack.push_result(r)?;
            return Ok(CallOutcome::Done);
        }
        let callable = self.stack[pos].clone();
        match &callable {
            Value::Function(f) => {
                let co = &f.code.code;
                let simple = kwnames.is_none()
                    && co.argcount as usize == argc
                    && co.kwonlyargcount == 0
                    && co.flags
                        & (minipy_bytecode::CodeFlags::VARARGS
                            | minipy_bytecode::CodeFlags::VARKEYWORDS)
                        == 0;
                if simple {
                    if self.depth >= self.recursion_limit() {
                        self.stack.truncate(pos);
                        return Err(self.recursion_error());
                    }
                    let base = pos + 1;
                    self.stack.fill_to(base + f.code.nlocalsplus);
                    self.depth += 1;
                    crate::frame_stack::push_call_frame(
                        &mut self.frames,
                        f.code,
                        base,
                        pos,
                        f.clone(),
                        None,
                    );
                    return Ok(CallOutcome::Pushed);
                }
                let (args, kwargs) = self.take_call_args(pos, argc, kwnames);
                let locals = self.bind_arguments(f, args, &kwargs)?;
                self.push_frame(f, locals, pos, FrameKind::Normal, false)?;
                Ok(CallOutcome::Pushed)
            }
            Value::BoundMethod(m) if matches!(m.func, Value::Function(_)) => {
                self.stack[pos] = m.func.clone();
                self.stack.insert(pos + 1, m.self_value.clone());
                self.kwnames = kwnames;
                self.call_at(pos, argc + 1)
            }
            Value::Class(cls) => {
                if let Some(init) = self.simple_init(cls) {
                    let instance = self.new_instance(cls)?;
                    // `Vector(x, y)` with a plain `__init__(self, x, y)`:
                    // the instance goes in under the arguments and the
                    // frame is pushed like any simple call's.
                    if kwnames.is_none()
                        && let Value::Function(f) = &init
                        && f.code.simple_argcount == Some(argc + 1)
                        && self.depth + 1 < self.recursion_limit()
                    {
                        let Value::Function(f) = init else {
                            unreachable!("just matched a function")
                        };
                        self.stack[pos] = Value::Null;
                        self.stack.insert(pos + 1, instance.clone());
                        let base = pos + 1;
                        self.stack.fill_to(base + f.code.nlocalsplus);
                        self.depth += FrameKind::Init(Value::None).depth_cost();
                        crate::frame_stack::push_call_frame(
                            &mut self.frames,
                            f.code,
                            base,
                            pos,
                            f,
                            Some(instance),
                        );
                        return Ok(CallOutcome::Pushed);
                    }
                    self.stack[pos] = init.clone();
                    self.stack.insert(pos + 1, instance.clone());
                    let Value::Function(f) = &init else {
                        unreachable!()
                    };
                    let (args, kwargs) = self.take_call_args(pos, argc + 1, kwnames);
                    // The class call counts against the recursion limit as
                    // well as the `__init__` frame (see `depth_cost`).
                    self.enter_call()?;
                    let pushed = self.bind_arguments(f, args, &kwargs).and_then(|locals| {
                        self.push_frame(f, locals, pos, FrameKind::Init(instance), false)
                    });
                    if let Err(e) = pushed {
                        self.depth -= 1;
                        return Err(e);
                    }
                    return Ok(CallOutcome::Pushed);
                }
                if cls.is_builtin
                    && kwnames.is_none()
                    && argc <= FEW
                    && crate::builtins::is_scalar_constructor(cls, argc)
                {
                    let mut args = ArrayVec::<Value, FEW>::new();
                    self.take_few_args(pos, argc, &mut args);
                    let r = crate::builtins::construct_scalar(self, cls, &args);
                    self.stack.push_result(r)?;
                    return Ok(CallOutcome::Done);
                }
                let (args, kwargs) = self.take_call_args(pos, argc, kwnames);
                let cls = cls.clone();
                let r = self.call_class(&cls, args, &kwargs)?;
                self.stack.push(r);
                Ok(CallOutcome::Done)
            }
            _ => {
                let (args, kwargs) = self.take_call_args(pos, argc, kwnames);
                let r = self.call(&callable, args, &kwargs)?;
                self.stack.push(r);
                Ok(CallOutcome::Done)
            }
        }
    }

    /// `len(xs)`, `xs.append(x)`, `d.get(k)` done in the eval loop itself
    /// when the arguments are of the kinds they handle (see `call_inline`).
    /// `false` leaves the call to `call_at`.
    #[inline(always)]
    pub(crate) fn run_inline_builtin(&mut self, pos: usize, argc: usize) -> bool {
        match &self.stack[pos] {
            Value::Builtin(b)
                if b.inline != Inline::No && b.bound.is_none() && self.kwnames.is_none() =>
            {
                let inline = b.inline;
                self.call_inline(inline, pos, argc)
            }
            _ => false,
        }
    }

    /// Runs an inlined builtin (see [`Inline`]) called at `pos` with `argc`
    /// arguments, if they are the kind it handles: the result replaces the
    /// call on the stack. `false` leaves everything for the ordinary call.
    #[inline(always)]
    fn call_inline(&mut self, inline: Inline, pos: usize, argc: usize) -> bool {
        let result = match (inline, argc) {
            (Inline::Len, 1) => match &self.stack[pos + 1] {
                Value::Str(s) => s.char_len(),
                Value::List(l) => l.len(),
                Value::Tuple(t) => t.len(),
                Value::Dict(d) => d.len(),
                _ => return false,
            },
            (Inline::ListAppend, 2) => {
                let Value::List(_) = &self.stack[pos + 1] else {
                    return false;
                };
                let item = self.stack.pop_value();
                if let Value::List(l) = &self.stack[pos + 1] {
                    l.items.borrow_mut().push(item);
                }
                self.stack.truncate(pos);
                self.stack.push(Value::None);
                return true;
            }
            (Inline::DictGet, 2 | 3) => {
                let (Value::Dict(d), Value::Str(key)) =
                    (&self.stack[pos + 1], &self.stack[pos + 2])
                else {
                    return false;
                };
                // A `str` subclass key may be equal: the ordinary call
                // decides.
                let value = match d.get_str_unless_other(key.as_str(), key.hash()) {
                    StrLookup::Found(v) => v,
                    StrLookup::Undecided => return false,
                    StrLookup::Absent if argc == 3 => self.stack.pop_value(),
                    StrLookup::Absent => Value::None,
                };
                self.stack.truncate(pos);
                self.stack.push(value);
                return true;
            }
            _ => return false,
        };
        self.stack.truncate(pos);
        self.stack.push(Value::Int(result as i64));
        true
    }

    /// Moves a call's few arguments (above the callable at `pos`) into
    /// `args`, an array on the Rust stack, and cuts the stack back to `pos`.
    #[inline(always)]
    fn take_few_args(&mut self, pos: usize, argc: usize, args: &mut ArrayVec<Value, FEW>) {
        debug_assert_eq!(self.stack.len(), pos + 1 + argc);
        self.stack.move_top_to(argc, args);
        self.stack.truncate(pos);
    }

    /// Pops a call's arguments (and its callable) off the stack, splitting
    /// off the keyword arguments named by `KW_NAMES`.
    fn take_call_args(
        &mut self,
        pos: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> (Vec<Value>, Vec<(Arc<PyStr>, Value)>) {
        let mut args = self.stack.split_off(pos + 1);
        debug_assert_eq!(args.len(), argc);
        self.stack.truncate(pos);
        let mut kwargs = Vec::new();
        if let Some(Value::Tuple(names)) = kwnames {
            let values = args.split_off(args.len() - names.len());
            for (name, value) in names.items().iter().zip(values) {
                if let Value::Str(s) = name {
                    kwargs.push((s.clone(), value));
                }
            }
        }
        (args, kwargs)
    }
}
