//! The value stack: a `Vec<Value>` whose `push` and `pop` always inline.
//!
//! The eval loop is one very large function, and there the compiler stops
//! inlining `Vec::push`; every push then went through a call with the
//! value passed in memory, and the copy stalled the processor (a value
//! written in two parts and read back as one block). `push` here writes
//! straight into the buffer. Everything else is the `Vec` (through
//! `Deref`). This is one of the few modules allowed to use `unsafe`.

#![allow(unsafe_code)]

use crate::value::Value;
use std::ops::{Deref, DerefMut};

pub struct ValueStack(Vec<Value>);

impl ValueStack {
    pub fn with_capacity(n: usize) -> ValueStack {
        ValueStack(Vec::with_capacity(n))
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.0.len();
        if len == self.0.capacity() {
            self.grow();
        }
        // SAFETY: `len < capacity` after the check above, so the slot at
        // `len` is allocated and unused; writing it and then growing the
        // length by one is what `Vec::push` does.
        unsafe {
            std::ptr::write(self.0.as_mut_ptr().add(len), v);
            self.0.set_len(len + 1);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.0.reserve(self.0.capacity().max(64));
    }

    /// Removes and returns the top `n` values, bottom first.
    pub fn take_top(&mut self, n: usize) -> Vec<Value> {
        let at = self.0.len() - n;
        self.0.split_off(at)
    }

    /// Removes the top value; the eval loop only pops what it pushed.
    #[inline(always)]
    pub fn pop_value(&mut self) -> Value {
        match self.0.pop() {
            Some(v) => v,
            None => unreachable!("the compiler balances the value stack"),
        }
    }
}

impl Deref for ValueStack {
    type Target = Vec<Value>;

    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for ValueStack {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_grows_and_pop_returns_in_order() {
        let mut s = ValueStack::with_capacity(1);
        for i in 0..1000 {
            s.push(Value::Int(i));
        }
        s.push(Value::str("last"));
        assert_eq!(s.len(), 1001);
        assert_eq!(s.pop_value().as_str(), Some("last"));
        assert!(matches!(s.pop_value(), Value::Int(999)));
        s.truncate(0);
        assert!(s.is_empty());
    }
}
