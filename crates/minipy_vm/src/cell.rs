//! `PyCell`: the interior mutability every mutable Python object uses.
//!
//! Objects are shared between threads through `Arc`, so their mutable parts
//! need a cell that is `Sync`. A general-purpose one (`AtomicRefCell`) pays
//! two atomic read-modify-writes per borrow, which measured as the largest
//! single cost of the eval loop on dict- and list-heavy code. But Python
//! objects are only ever touched by the thread that holds the GIL, so the
//! borrow flag does not need to be atomic: this cell checks that the
//! calling thread holds the GIL (a thread-local read) and then keeps a
//! plain `Cell` counter, like `RefCell`.
//!
//! It still catches a borrow that is alive when Python code re-enters the
//! same object (a minipy bug) with a panic, never with memory corruption.
//! This is one of the few modules allowed to use `unsafe`; its tests also
//! run under Miri (`cargo +nightly miri test -p minipy_vm cell`).

#![allow(unsafe_code)]

use crate::gil;
use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

pub struct PyCell<T: ?Sized> {
    /// Number of shared borrows, or -1 while mutably borrowed.
    flag: Cell<isize>,
    value: UnsafeCell<T>,
}

// SAFETY: `&PyCell` only reaches the flag and the value through `borrow`
// and `borrow_mut`, and both first check that the calling thread holds the
// GIL (`gil::held`), panicking otherwise. The GIL is held by at most one
// thread at any time, so the flag and the value are never used by two
// threads at once. Taking and giving back the GIL goes through a mutex,
// which orders one holder's writes before the next holder's reads. `T:
// Send` is required because a borrow can move the value's contents to
// whichever thread holds the GIL.
unsafe impl<T: ?Sized + Send> Sync for PyCell<T> {}

#[inline(always)]
fn check_gil() {
    if !gil::held() {
        panic!("a Python object was touched by a thread that does not hold the GIL");
    }
}

impl<T> PyCell<T> {
    pub const fn new(value: T) -> PyCell<T> {
        PyCell {
            flag: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: ?Sized> PyCell<T> {
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        check_gil();
        let flag = self.flag.get();
        if flag < 0 {
            panic!("PyCell already mutably borrowed");
        }
        self.flag.set(flag + 1);
        Ref { cell: self }
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        check_gil();
        if self.flag.get() != 0 {
            panic!("PyCell already borrowed");
        }
        self.flag.set(-1);
        RefMut { cell: self }
    }

    /// No borrow can be alive: `&mut self` is exclusive.
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: Default> Default for PyCell<T> {
    fn default() -> PyCell<T> {
        PyCell::new(T::default())
    }
}

/// A shared borrow of a `PyCell`.
pub struct Ref<'a, T: ?Sized> {
    cell: &'a PyCell<T>,
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: while this `Ref` lives the flag is positive, so no
        // `RefMut` exists and nobody writes the value; only the GIL holder
        // can have made this `Ref` (see the `Sync` impl).
        unsafe { &*self.cell.value.get() }
    }
}

impl<T: ?Sized> Drop for Ref<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(self.cell.flag.get() - 1);
    }
}

/// An exclusive borrow of a `PyCell`.
pub struct RefMut<'a, T: ?Sized> {
    cell: &'a PyCell<T>,
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the flag is -1 while this `RefMut` lives, so it is the
        // only way to the value.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`; `&mut self` makes this reference unique.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl<T: ?Sized> Drop for RefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn with_gil<T>(work: impl FnOnce() -> T) -> T {
        gil::ensure_held();
        work()
    }

    #[test]
    fn shared_borrows_coexist_and_mutation_is_seen() {
        with_gil(|| {
            let cell = PyCell::new(vec![1, 2]);
            {
                let a = cell.borrow();
                let b = cell.borrow();
                assert_eq!(a.len() + b.len(), 4);
            }
            cell.borrow_mut().push(3);
            assert_eq!(*cell.borrow(), vec![1, 2, 3]);
        });
    }

    #[test]
    #[should_panic(expected = "already mutably borrowed")]
    fn reading_while_writing_panics() {
        with_gil(|| {
            let cell = PyCell::new(0);
            let _w = cell.borrow_mut();
            let _r = cell.borrow();
        });
    }

    #[test]
    #[should_panic(expected = "already borrowed")]
    fn writing_while_reading_panics() {
        with_gil(|| {
            let cell = PyCell::new(0);
            let _r = cell.borrow();
            let _w = cell.borrow_mut();
        });
    }

    #[test]
    fn threads_take_turns_through_the_gil() {
        let cell = Arc::new(PyCell::new(0u64));
        let threads: Vec<_> = (0..3)
            .map(|_| {
                let cell = cell.clone();
                std::thread::spawn(move || {
                    for _ in 0..100 {
                        gil::acquire();
                        *cell.borrow_mut() += 1;
                        gil::release();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        gil::ensure_held();
        assert_eq!(*cell.borrow(), 300);
    }

    #[test]
    fn touching_without_the_gil_panics() {
        let cell = Arc::new(PyCell::new(1));
        let result = std::thread::spawn(move || *cell.borrow()).join();
        assert!(result.is_err());
    }
}
