//! Sorting with Python's `<`: a stable merge sort whose comparisons may
//! run Python code and fail (a `TypeError` from comparing `1 < 'a'`).

use crate::ops::compare::LT;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `a < b`, natively for the common key types.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => vm.compare_bool(a, b, LT),
    }
}

/// Sorts `items` by `key` (or themselves), stably; `reverse` keeps equal
/// items in their original order, as Python does.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                keys.push(vm.call(f, vec![item.clone()], &[])?);
            }
            keys
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    if !sort_uniform(&mut order, &keys) {
        merge_sort(vm, &mut order, &keys)?;
    }
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(order
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect())
}

/// Sorts `order` natively when every key is an `int`, every key a `str`,
/// or every key a `float` other than NaN: no comparison can then run Python
/// code or fail, and Rust's stable sort orders them as Python's `<` does
/// (strings compare by code point, which is UTF-8 byte order). CPython's
/// `list.sort` takes the same shortcut (`unsafe_long_compare` and friends).
/// Returns false, leaving `order` alone, for any other mix.
fn sort_uniform(order: &mut [usize], keys: &[Value]) -> bool {
    match keys.first() {
        Some(Value::Int(_)) => {
            let ints: Option<Vec<i64>> = keys
                .iter()
                .map(|k| match k {
                    Value::Int(i) => Some(*i),
                    _ => None,
                })
                .collect();
            let Some(ints) = ints else { return false };
            order.sort_by_key(|&i| ints[i]);
            true
        }
        Some(Value::Float(_)) => {
            let floats: Option<Vec<f64>> = keys
                .iter()
                .map(|k| match k {
                    Value::Float(f) if !f.is_nan() => Some(*f),
                    _ => None,
                })
                .collect();
            let Some(floats) = floats else { return false };
            // Not `total_cmp`: Python holds -0.0 and 0.0 equal, so a
            // stable sort must keep them in their first order.
            order.sort_by(|&a, &b| {
                floats[a]
                    .partial_cmp(&floats[b])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            true
        }
        Some(Value::Str(_)) => {
            let strs: Option<Vec<&str>> = keys.iter().map(|k| k.as_str()).collect();
            let Some(strs) = strs else { return false };
            order.sort_by(|&a, &b| strs[a].cmp(strs[b]));
            true
        }
        _ => false,
    }
}

/// Merge sort over indexes into `keys`. `reverse=True` is handled by the
/// caller as CPython does it: reverse, sort stably, reverse again.
fn merge_sort(vm: &mut Vm, order: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let (a, b) = (order[j], order[j - 1]);
                if !less(vm, &keys[a], &keys[b])? {
                    break;
                }
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(vm, &mut order[..mid], keys)?;
    merge_sort(vm, &mut order[mid..], keys)?;
    let left = order[..mid].to_vec();
    let right = order[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        let (a, b) = (right[j], left[i]);
        if less(vm, &keys[a], &keys[b])? {
            order[k] = right[j];
            j += 1;
        } else {
            order[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        order[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        order[k] = right[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
