//! Coroutines: what `await`, `async with` and `async for` run
//! (`GET_AWAITABLE`, `BEFORE_ASYNC_WITH`, `GET_AITER`, `GET_ANEXT`).
//!
//! A coroutine is a generator object whose code has the `COROUTINE` flag;
//! `await x` is `yield from` over the iterator `GET_AWAITABLE` gives, so
//! everything else (`SEND`, suspending, resuming) is the generators' code.

use crate::ops::attr::bind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `GET_AWAITABLE where`: the iterator that `await v` drives. A
    /// coroutine is its own; anything else needs an `__await__` that
    /// returns an iterator. `where` says what is awaited, for the message:
    /// 0 an `await`, 1 `__aenter__`'s result, 2 `__aexit__`'s.
    pub(crate) fn get_awaitable(&mut self, v: Value, r#where: u32) -> PyResult<Value> {
        if let Value::Generator(g) = &v
            && g.is_coroutine()
        {
            if self.delegate_of(g).is_some() {
                return Err(self.runtime_error("coroutine is being awaited already"));
            }
            return Ok(v);
        }
        let cls = self.class_of(&v);
        let Some(await_method) = self.class_lookup(&cls, "__await__") else {
            let name = cls.name();
            let name = name.as_str();
            return Err(self.type_error(match r#where {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                _ => format!("object {name} can't be used in 'await' expression"),
            }));
        };
        let it = self.call(&await_method, vec![v], &[])?;
        if let Value::Generator(g) = &it
            && g.is_coroutine()
        {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `BEFORE_ASYNC_WITH`: the bound `__aexit__`, and the (not yet
    /// awaited) result of calling `__aenter__`.
    pub(crate) fn before_async_with(&mut self, manager: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(&manager);
        let enter = self.class_lookup(&cls, "__aenter__");
        let exit = self.class_lookup(&cls, "__aexit__");
        let (Some(enter), Some(exit)) = (&enter, exit) else {
            let missed = if enter.is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missed}",
                cls.name().as_str()
            )));
        };
        let exit = bind(&exit, &manager);
        let entered = self.call(&bind(enter, &manager), Vec::new(), &[])?;
        Ok((exit, entered))
    }

    /// `GET_AITER`: `type(v).__aiter__(v)`, which must give an object with
    /// `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let cls = self.class_of(&v);
        let Some(aiter) = self.class_lookup(&cls, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                cls.name().as_str()
            )));
        };
        let it = self.call(&aiter, vec![v], &[])?;
        let it_cls = self.class_of(&it);
        if self.class_lookup(&it_cls, "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it_cls.name().as_str()
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable `__anext__()` gives, made ready to await.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let cls = self.class_of(aiter);
        let Some(anext) = self.class_lookup(&cls, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                cls.name().as_str()
            )));
        };
        let awaitable = self.call(&anext, vec![aiter.clone()], &[])?;
        let awaitable_cls = self.class_of(&awaitable);
        self.get_awaitable(awaitable, 0).map_err(|e| {
            if self.is_error(&e, "TypeError") {
                self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    awaitable_cls.name().as_str()
                ))
            } else {
                e
            }
        })
    }
}
