//! Asynchronous generators: `__anext__`, `asend`, `athrow` and `aclose`,
//! and the awaitables they return.
//!
//! An async generator's frame yields two kinds of values: the ones its
//! `yield` produces, which `ASYNC_GEN_WRAP` has marked, and the ones its
//! `await`s pass up to whoever drives it (an event loop). The awaitable
//! that `__anext__()` returns resumes the frame; a marked value ends that
//! await (`StopIteration(value)`), an unmarked one is passed on, and the
//! end of the generator becomes `StopAsyncIteration`.

use super::add_method;
use super::args::method_args;
use crate::cell::PyCell;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::ops::generators::SendResult;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// What an awaitable does when first resumed.
enum Mode {
    /// `__anext__()` or `asend(value)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Value),
    /// `aclose()`: throws `GeneratorExit`, and the generator must not yield.
    Close,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// An `async_generator_asend` or `async_generator_athrow` object.
struct Awaitable {
    agen: Arc<PyGenerator>,
    mode: Mode,
    state: PyCell<State>,
}

pub fn install(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let g = &t.async_generator;
    add_method(g, "async_generator", "__aiter__", |_, args, _| {
        Ok(args[0].clone())
    });
    add_method(g, "async_generator", "__anext__", |vm, args, _| {
        make(vm, &args[0], Mode::Send(Value::None))
    });
    add_method(g, "async_generator", "asend", |vm, args, _| {
        method_args(vm, "asend", args, 1, 1)?;
        make(vm, &args[0], Mode::Send(args[1].clone()))
    });
    add_method(g, "async_generator", "athrow", |vm, args, _| {
        let exc = super::object_methods::exception_to_throw(vm, "athrow", args)?;
        make(vm, &args[0], Mode::Throw(exc))
    });
    add_method(g, "async_generator", "aclose", |vm, args, _| {
        make(vm, &args[0], Mode::Close)
    });
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let cls = &t.iterators[name];
        add_method(cls, name, "send", |vm, args, _| {
            method_args(vm, "send", args, 1, 1)?;
            step(vm, &args[0], args[1].clone(), None)
        });
        add_method(cls, name, "__next__", |vm, args, _| {
            step(vm, &args[0], Value::None, None)
        });
        add_method(cls, name, "throw", throw);
        add_method(cls, name, "close", |vm, args, _| {
            *awaitable(vm, &args[0])?.state.borrow_mut() = State::Closed;
            Ok(Value::None)
        });
        add_method(cls, name, "__iter__", |_, args, _| Ok(args[0].clone()));
        add_method(cls, name, "__await__", |_, args, _| Ok(args[0].clone()));
    }
}

/// `ASYNC_GEN_WRAP`: marks a value an async generator yields.
pub fn wrap(vm: &Vm, value: Value) -> Value {
    let cls = vm.interp.types.iterators["async_generator_wrapped_value"].clone();
    Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(value)),
    )))
}

/// The value inside a marked one, or `None` for an unmarked value.
fn unwrap(vm: &Vm, value: &Value) -> Option<Value> {
    let Value::Instance(inst) = value else {
        return None;
    };
    let cls = &vm.interp.types.iterators["async_generator_wrapped_value"];
    if !Arc::ptr_eq(&inst.class(), cls) {
        return None;
    }
    inst.native::<Value>().cloned()
}

fn make(vm: &Vm, agen: &Value, mode: Mode) -> PyResult<Value> {
    let Value::Generator(agen) = agen else {
        return Err(vm.type_error("expected an async generator"));
    };
    let class = if matches!(mode, Mode::Send(_)) {
        "async_generator_asend"
    } else {
        "async_generator_athrow"
    };
    let cls = vm.interp.types.iterators[class].clone();
    let state = Awaitable {
        agen: agen.clone(),
        mode,
        state: PyCell::new(State::Init),
    };
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(state)),
    ))))
}

fn awaitable<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Awaitable> {
    match v {
        Value::Instance(inst) => inst.native::<Awaitable>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected an async generator awaitable"))
}

fn throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let exc = super::object_methods::exception_to_throw(vm, "throw", args)?;
    step(vm, &args[0], Value::None, Some(exc))
}

/// One resumption of the awaitable `this`: with `sent` sent in, or `throw`
/// raised inside.
fn step(vm: &mut Vm, this: &Value, sent: Value, throw: Option<Value>) -> PyResult<Value> {
    match step_outcome(vm, this, sent, throw)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// Whether `v` is an `async_generator_asend`/`athrow` awaitable.
pub fn is_awaitable(v: &Value) -> bool {
    matches!(v, Value::Instance(inst) if inst.native::<Awaitable>().is_some())
}

/// `step` as `SEND` sees it: the end of the await is `Return(value)`
/// rather than a `StopIteration` to catch. `SEND` calls this directly, so
/// that each level of nested async generators costs one level of the
/// recursion limit (its frame), as in CPython, not two.
pub fn step_outcome(
    vm: &mut Vm,
    this: &Value,
    sent: Value,
    throw: Option<Value>,
) -> PyResult<SendResult> {
    let aw = awaitable(vm, this)?;
    let closing = matches!(aw.mode, Mode::Close);
    let state = *aw.state.borrow();
    let outcome = match state {
        State::Closed => {
            return Err(vm.runtime_error(if matches!(aw.mode, Mode::Send(_)) {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        State::Iter => match throw {
            Some(exc) => vm.throw_value(&aw.agen, exc),
            None => vm.resume_generator(&aw.agen, sent),
        },
        State::Init => {
            *aw.state.borrow_mut() = State::Iter;
            match (&aw.mode, throw) {
                (_, Some(exc)) => vm.throw_value(&aw.agen, exc),
                (Mode::Send(first), None) => {
                    let value = if sent.is_none() { first.clone() } else { sent };
                    vm.resume_generator(&aw.agen, value)
                }
                (Mode::Throw(_) | Mode::Close, None) if aw.agen.state() == GenState::Finished => {
                    *aw.state.borrow_mut() = State::Closed;
                    return if closing {
                        Ok(SendResult::Return(Value::None))
                    } else {
                        Err(vm.error_empty("StopAsyncIteration"))
                    };
                }
                (Mode::Throw(exc), None) => vm.throw_value(&aw.agen, exc.clone()),
                (Mode::Close, None) => {
                    let exit = vm.error_empty("GeneratorExit").0;
                    vm.throw_value(&aw.agen, exit)
                }
            }
        }
    };
    match outcome {
        Ok(SendResult::Yield(v)) => match unwrap(vm, &v) {
            Some(_) if closing => {
                *aw.state.borrow_mut() = State::Closed;
                Err(vm.runtime_error("async generator ignored GeneratorExit"))
            }
            Some(inner) => {
                *aw.state.borrow_mut() = State::Closed;
                Ok(SendResult::Return(inner))
            }
            // An `await` inside the generator passes a value up.
            None => Ok(SendResult::Yield(v)),
        },
        Ok(SendResult::Return(_)) => {
            *aw.state.borrow_mut() = State::Closed;
            if closing {
                Ok(SendResult::Return(Value::None))
            } else {
                Err(vm.error_empty("StopAsyncIteration"))
            }
        }
        Err(e) => {
            *aw.state.borrow_mut() = State::Closed;
            if closing
                && (vm.is_error(&e, "StopAsyncIteration") || vm.is_error(&e, "GeneratorExit"))
            {
                return Ok(SendResult::Return(Value::None));
            }
            Err(e)
        }
    }
}
