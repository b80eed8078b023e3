//! Freeing deeply nested objects without deep Rust recursion.
//!
//! Dropping a list drops its items, which may be lists... A 100,000-deep
//! nesting would overflow the stack. Like CPython's "trashcan", containers
//! hand their items here: past a small nesting depth the items are parked
//! on a thread-local list and freed by the outermost drop, in a loop.

use crate::value::Value;
use std::cell::{Cell, RefCell};

const MAX_NESTING: usize = 64;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

/// Frees `values`, deferring the work if drops are already nested deeply.
pub fn drop_values(values: Vec<Value>) {
    drop_nested(values, |values| values);
}

/// Frees `items`, whose drops may free further containers; only when drops
/// are already nested deeply are they turned into values (`to_values`) and
/// parked. So a dict's entries are freed where they are, without first
/// being copied into a list of values.
pub fn drop_nested<T>(items: Vec<T>, to_values: impl FnOnce(Vec<T>) -> Vec<Value>) {
    if items.is_empty() {
        return;
    }
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_NESTING {
        let values = to_values(items);
        PARKED.with(|p| p.borrow_mut().push(values));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    drop(items);
    if depth == 0 {
        // The outermost drop frees whatever deeper drops parked.
        while let Some(parked) = PARKED.with(|p| p.borrow_mut().pop()) {
            drop(parked);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

#[cfg(test)]
mod tests {
    use crate::value::Value;

    #[test]
    fn deep_nesting_frees_without_overflow() {
        let mut v = Value::list(vec![]);
        for _ in 0..200_000 {
            v = Value::list(vec![v]);
        }
        drop(v);
        let mut t = Value::tuple(vec![]);
        for _ in 0..200_000 {
            t = Value::tuple(vec![t, Value::Int(1)]);
        }
        drop(t);
    }
}
