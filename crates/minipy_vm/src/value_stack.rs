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
use arrayvec::ArrayVec;
use std::mem::MaybeUninit;
use std::ops::{Deref, DerefMut};

const _: () = assert!(std::mem::size_of::<Value>() == 16);

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

    /// Grows the stack to `len` slots with unbound (`Null`) values: a
    /// call's locals beyond its arguments. Most calls have none, so the
    /// check comes first and the fill stays out of line.
    #[inline(always)]
    pub fn fill_to(&mut self, len: usize) {
        if len > self.0.len() {
            self.fill_slow(len);
        }
    }

    #[inline(never)]
    fn fill_slow(&mut self, len: usize) {
        self.0.resize(len, Value::Null);
    }

    /// Moves the values from index `from` to the top onto the end of `dst`
    /// in one block copy, leaving the stack `from` long: a generator's
    /// values going back into the buffer it keeps. (`dst.extend(drain)`
    /// moved them one by one and cost a quarter of a generator pipeline.)
    #[inline(always)]
    pub fn move_top_into(&mut self, from: usize, dst: &mut Vec<Value>) {
        let len = self.0.len();
        assert!(from <= len, "moving values that are not on the stack");
        let n = len - from;
        dst.reserve(n);
        // SAFETY: slots `from..len` of the stack hold initialised values and
        // `dst` has room for `n` more after `reserve`; the two buffers are
        // different allocations, so they do not overlap. The stack's length
        // drops to `from` without dropping anything and `dst`'s grows by
        // `n`, so each moved value has exactly one owner afterwards.
        unsafe {
            copy_values(
                self.0.as_ptr().add(from),
                dst.as_mut_ptr().add(dst.len()),
                n,
            );
            self.0.set_len(from);
            dst.set_len(dst.len() + n);
        }
    }

    /// Moves all of `src` onto the top, leaving it empty with its
    /// capacity: a suspended generator's values coming back.
    #[inline(always)]
    pub fn append_from(&mut self, src: &mut Vec<Value>) {
        let n = src.len();
        self.0.reserve(n);
        let len = self.0.len();
        // SAFETY: `src` holds `n` initialised values and the stack has room
        // for `n` more after `reserve`; the buffers are different
        // allocations. `src`'s length drops to 0 without dropping anything
        // and the stack's grows by `n`, so each value keeps one owner.
        unsafe {
            copy_values(src.as_ptr(), self.0.as_mut_ptr().add(len), n);
            src.set_len(0);
            self.0.set_len(len + n);
        }
    }

    /// Puts `v` into slot `index`, which holds `Null` (an emptied slot),
    /// without dropping what was there. On any other value this would
    /// leak it, never free it twice, so it is checked in debug builds only.
    /// The value is copied in 8-byte halves: built in two stores and copied
    /// as one 16-byte block, it stalled (7% of the generator pipeline, in
    /// `suspend_for_iter`).
    #[inline(always)]
    pub fn refill(&mut self, index: usize, v: Value) {
        let slot = &mut self.0[index];
        debug_assert!(slot.is_null(), "refilling a slot that holds a value");
        let v = std::mem::ManuallyDrop::new(v);
        // SAFETY: `slot` is a valid, aligned `Value` slot; overwriting it
        // without dropping its old contents at worst leaks them, and
        // `Null` owns nothing. `v` is never dropped (`ManuallyDrop`), so
        // the copy becomes the value's only owner; the two halves are all
        // 16 bytes of it, and volatile keeps each access 8 bytes wide.
        unsafe {
            let from = &*v as *const Value as *const MaybeUninit<u64>;
            let to = slot as *mut Value as *mut MaybeUninit<u64>;
            std::ptr::write_volatile(to, std::ptr::read_volatile(from));
            std::ptr::write_volatile(to.add(1), std::ptr::read_volatile(from.add(1)));
        }
    }

    /// `STORE_FAST`: moves the top value into slot `index` below it and
    /// drops the value that was there. The value is copied in two 8-byte
    /// halves, for the reason given at `pop_value`: moved as a whole, the
    /// compiler parked it in two stores and read it back in one load.
    #[inline(always)]
    pub fn pop_into(&mut self, index: usize) {
        let len = self.0.len();
        assert!(index + 1 < len, "a local's slot lies below the top");
        // SAFETY: `index < len - 1`, so both the top slot and slot `index`
        // hold initialised values and are distinct. Shrinking the length
        // first hands the top value's ownership to us; the old value at
        // `index` is moved out with `ptr::read` before its slot is
        // overwritten with the top value's 16 bytes (all of them: `Value`
        // is 16 bytes, checked at the top of this file), so each value has
        // exactly one owner afterwards and the old one is dropped once.
        unsafe {
            let base = self.0.as_mut_ptr();
            let top = base.add(len - 1) as *const MaybeUninit<u64>;
            let low = std::ptr::read_volatile(top);
            let high = std::ptr::read_volatile(top.add(1));
            self.0.set_len(len - 1);
            let slot = base.add(index);
            let old = std::ptr::read(slot);
            let halves = slot as *mut MaybeUninit<u64>;
            std::ptr::write_volatile(halves, low);
            std::ptr::write_volatile(halves.add(1), high);
            drop(old);
        }
    }

    /// Moves the top `n` values into `out` (bottom first) and removes them,
    /// each as one 16-byte copy. Swapping them out instead copied in 8-byte
    /// pieces, and the builtin's first read of its argument array then
    /// stalled on the pieces (a third of `len(xs)`). An `ArrayVec`, not a
    /// fixed array of defaults: dropping that array dropped every slot,
    /// used or not, which cost more than the call's own work.
    #[inline(always)]
    pub fn move_top_to<const N: usize>(&mut self, n: usize, out: &mut ArrayVec<Value, N>) {
        let len = self.0.len();
        assert!(n <= len, "the compiler balances the value stack");
        assert!(n <= out.remaining_capacity(), "room for the arguments");
        // SAFETY: the top `n` slots hold initialised values; each is read
        // once, and shrinking the length below them first makes `out` their
        // only owner. `out` has room for `n` more (checked above), which is
        // what `push_unchecked` asks.
        unsafe {
            self.0.set_len(len - n);
            let top = self.0.as_ptr().add(len - n);
            for i in 0..n {
                out.push_unchecked(std::ptr::read(top.add(i)));
            }
        }
    }

    /// Puts `v` under the top value (`LOAD_METHOD`'s method under its
    /// `self`), moving the top up by one slot in 8-byte halves: popping it
    /// and pushing it back read it whole right after writing it in halves.
    #[inline(always)]
    pub fn insert_below_top(&mut self, v: Value) {
        let len = self.0.len();
        assert!(len > 0, "the compiler balances the value stack");
        if len == self.0.capacity() {
            self.grow();
        }
        // SAFETY: slot `len - 1` holds an initialised value and slot `len`
        // is allocated and unused (`len < capacity` after the check). The
        // top value's 16 bytes (both halves, see the check at the top of
        // this file) move to slot `len`, so it has one owner there; `v`'s
        // bytes then overwrite slot `len - 1` without dropping what was
        // there, which has just moved. Growing the length by one makes the
        // stack own both.
        unsafe {
            let base = self.0.as_mut_ptr();
            let below = base.add(len - 1) as *mut MaybeUninit<u64>;
            let top = base.add(len) as *mut MaybeUninit<u64>;
            std::ptr::write_volatile(top, std::ptr::read_volatile(below));
            std::ptr::write_volatile(top.add(1), std::ptr::read_volatile(below.add(1)));
            let halves = std::mem::transmute::<Value, [MaybeUninit<u64>; 2]>(v);
            std::ptr::write_volatile(below, halves[0]);
            std::ptr::write_volatile(below.add(1), halves[1]);
            self.0.set_len(len + 1);
        }
    }

    /// Pushes the value of `Ok`, or gives back the error. The value is
    /// copied in 8-byte halves: a native function's result comes back
    /// through memory, written in parts, and moving it on as one block
    /// stalled (a sixth of a builtin call).
    #[inline(always)]
    pub fn push_result<E>(&mut self, result: Result<Value, E>) -> Result<(), E> {
        let result = std::mem::ManuallyDrop::new(result);
        match &*result {
            Ok(v) => {
                let len = self.0.len();
                if len == self.0.capacity() {
                    self.grow();
                }
                // SAFETY: `v` is an initialised `Value` that `result` owns;
                // `result` is never dropped (`ManuallyDrop`), so the copy
                // written here becomes the value's only owner. The halves
                // are all 16 bytes of it (checked at the top of this file),
                // and the slot at `len < capacity` is allocated and unused,
                // as in `push`. Volatile keeps both the reads and the
                // writes 8 bytes wide.
                unsafe {
                    let from = v as *const Value as *const MaybeUninit<u64>;
                    let to = self.0.as_mut_ptr().add(len) as *mut MaybeUninit<u64>;
                    std::ptr::write_volatile(to, std::ptr::read_volatile(from));
                    std::ptr::write_volatile(to.add(1), std::ptr::read_volatile(from.add(1)));
                    self.0.set_len(len + 1);
                }
                Ok(())
            }
            Err(_) => match std::mem::ManuallyDrop::into_inner(result) {
                Err(e) => Err(e),
                Ok(_) => unreachable!("just matched an error"),
            },
        }
    }

    /// Drops the top value where it lies, reading no more of it than its
    /// tag (see `pop_value` for why that matters).
    #[inline(always)]
    pub fn drop_top(&mut self) {
        let len = self.0.len();
        self.0.truncate(len - 1);
    }

    /// Removes the top value; the eval loop only pops what it pushed.
    ///
    /// The value is read as two 8-byte halves. The instruction before has
    /// usually just written it as a tag and a payload (two stores), and a
    /// single 16-byte load of two fresh stores cannot be forwarded from the
    /// store buffer: the processor waits for both to reach the cache, which
    /// cost about a tenth of `fib`'s time.
    #[inline(always)]
    pub fn pop_value(&mut self) -> Value {
        let len = self.0.len();
        if len == 0 {
            unreachable!("the compiler balances the value stack");
        }
        // SAFETY: `len > 0`, so the slot at `len - 1` holds an initialised
        // `Value`; shrinking the length first hands its ownership to us, as
        // `Vec::pop` does. `Value` is 16 bytes (checked below), so the two
        // `MaybeUninit<u64>` reads copy all of its bytes, padding included,
        // and the copy is the same value. Volatile keeps the compiler from
        // merging them back into one 16-byte load.
        unsafe {
            self.0.set_len(len - 1);
            let slot = self.0.as_ptr().add(len - 1) as *const MaybeUninit<u64>;
            let halves = [
                std::ptr::read_volatile(slot),
                std::ptr::read_volatile(slot.add(1)),
            ];
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(halves)
        }
    }
}

/// Copies `n` values. A frame has a handful, and a call to `memcpy`
/// (which `copy_nonoverlapping` with an unknown count becomes) cost more
/// than the copy itself, so the small counts get inline copies.
///
/// # Safety
/// As for `std::ptr::copy_nonoverlapping`.
#[inline(always)]
unsafe fn copy_values(src: *const Value, dst: *mut Value, n: usize) {
    use std::ptr::copy_nonoverlapping as copy;
    // SAFETY: the caller's promise, for each count.
    unsafe {
        match n {
            0 => {}
            1 => copy(src, dst, 1),
            2 => copy(src, dst, 2),
            3 => copy(src, dst, 3),
            4 => copy(src, dst, 4),
            5 => copy(src, dst, 5),
            6 => copy(src, dst, 6),
            _ => copy(src, dst, n),
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
        let text = std::sync::Arc::new(crate::objects::PyStr::new("old"));
        s[3] = Value::Str(text.clone());
        s.push(Value::str("new"));
        s.pop_into(3);
        assert_eq!(s.len(), 999);
        assert_eq!(s[3].as_str(), Some("new"));
        assert_eq!(std::sync::Arc::strong_count(&text), 1);
        let mut saved = vec![Value::Int(-1)];
        s.move_top_into(997, &mut saved);
        assert_eq!(s.len(), 997);
        assert!(matches!(
            saved[..],
            [Value::Int(-1), Value::Int(997), Value::Int(998)]
        ));
        s.append_from(&mut saved);
        assert_eq!(s.len(), 1000);
        assert!(saved.is_empty() && saved.capacity() >= 3);
        assert!(matches!(s[999], Value::Int(998)));
        // Every small count, and a large one, moves out and back intact.
        let ints = |s: &ValueStack| -> Vec<Option<i64>> {
            s.iter()
                .map(|v| {
                    if let Value::Int(i) = v {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect()
        };
        let before = ints(&s);
        for n in [0, 1, 2, 3, 4, 5, 6, 7, 40] {
            s.move_top_into(1000 - n, &mut saved);
            assert_eq!((s.len(), saved.len()), (1000 - n, n));
            s.append_from(&mut saved);
            assert_eq!(ints(&s), before);
        }
        s[5] = Value::Null;
        s.refill(5, Value::Int(5));
        assert!(matches!(s[5], Value::Int(5)));
        s.truncate(0);
        assert!(s.is_empty());
    }

    #[test]
    fn arguments_move_out_and_results_move_in_owning_their_references() {
        let text = std::sync::Arc::new(crate::objects::PyStr::new("arg"));
        let mut s = ValueStack::with_capacity(4);
        s.push(Value::Int(1));
        s.push(Value::Str(text.clone()));
        s.push(Value::Int(3));
        let mut args: ArrayVec<Value, 4> = ArrayVec::new();
        s.move_top_to(2, &mut args);
        assert_eq!(s.len(), 1);
        assert_eq!(args[0].as_str(), Some("arg"));
        assert!(matches!(args[1], Value::Int(3)) && args.len() == 2);
        assert_eq!(std::sync::Arc::strong_count(&text), 2);
        drop(args);
        assert_eq!(std::sync::Arc::strong_count(&text), 1);

        for _ in 0..100 {
            assert!(s.push_result::<()>(Ok(Value::Str(text.clone()))).is_ok());
        }
        assert_eq!(s.push_result(Err("boom")), Err("boom"));
        assert_eq!(s.len(), 101);
        assert_eq!(std::sync::Arc::strong_count(&text), 101);
        assert_eq!(s.pop_value().as_str(), Some("arg"));
        s.insert_below_top(Value::Int(7));
        assert_eq!(s.pop_value().as_str(), Some("arg"));
        assert!(matches!(s.pop_value(), Value::Int(7)));
        s.truncate(0);
        assert_eq!(std::sync::Arc::strong_count(&text), 1);
    }
}
