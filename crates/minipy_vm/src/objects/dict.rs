//! `dict`: an insertion-ordered hash table (CPython's compact dict layout).
//!
//! Entries live in a `Vec` in insertion order; a `hashbrown` table maps
//! hashes to entry indexes. Deleting leaves a hole (`key == Null`) so the
//! order survives, and the table is compacted when holes pile up.
//!
//! The table does not know Python equality: lookups take the key's hash
//! and an `eq` callback. The VM passes a native comparison when both keys
//! are builtin types, and only calls `__eq__` outside of any borrow
//! (see `ops::dictops`).

use crate::cell::PyCell;
use crate::objects::PyStr;
use crate::trashcan;
use crate::value::Value;
use hashbrown::HashTable;
use std::sync::Arc;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    used: usize,
    /// Changes whenever a key is added or removed or entries move (never on
    /// a value update), taking a number no other table has had: a cache
    /// that saw this version knows which keys are where.
    version: u64,
}

/// The source of `DictTable::version` numbers.
static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    fn keys_changed(&mut self) {
        self.version = NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The entry index holding a key equal to `key`, if any.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(&e.key)
            })
            .map(|&i| i as usize)
    }

    /// Indexes of live entries whose hash is `hash` (candidates for a
    /// comparison that needs Python code).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let entries = &self.entries;
        self.index
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(|&i| entries[i].hash == hash && !entries[i].key.is_null())
            .collect()
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).filter(|e| !e.key.is_null())
    }

    pub fn value_at(&self, index: usize) -> &Value {
        &self.entries[index].value
    }

    pub fn set_value_at(&mut self, index: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Adds a key known not to be present.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len() as u32;
        self.keys_changed();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, i, |&j| entries[j as usize].hash as u64);
        self.used += 1;
    }

    /// Removes the entry at `index`, returning its key and value.
    pub fn remove_at(&mut self, index: usize) -> (Value, Value) {
        let hash = self.entries[index].hash;
        self.keys_changed();
        if let Ok(slot) = self.index.find_entry(hash as u64, |&i| i as usize == index) {
            slot.remove();
        }
        let e = &mut self.entries[index];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        (key, value)
    }

    /// Drops the holes left by deletions and rebuilds the index.
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].hash as u64
            });
        }
    }

    /// One past the last entry index, for walking entries by index while
    /// the table may change (iterators re-borrow on each step).
    pub fn capacity_index(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&mut self) -> Vec<Entry> {
        self.index.clear();
        self.used = 0;
        self.keys_changed();
        std::mem::take(&mut self.entries)
    }

    /// The last live entry's index (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }
}

pub struct PyDict {
    pub table: PyCell<DictTable>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: PyCell::new(DictTable::new()),
        }
    }

    pub fn from_table(table: DictTable) -> PyDict {
        PyDict {
            table: PyCell::new(table),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lookup by a `str` key, without any Python code (used for globals,
    /// attributes and keyword arguments).
    pub fn get_str(&self, key: &str, hash: i64) -> Option<Value> {
        let table = self.table.borrow();
        table
            .find(hash, |k| matches!(k, Value::Str(s) if s.as_str() == key))
            .map(|i| table.value_at(i).clone())
    }

    /// Lookup by an interned name: a pointer comparison usually settles
    /// each candidate key.
    pub fn get_name(&self, name: &Arc<PyStr>) -> Option<Value> {
        let table = self.table.borrow();
        table
            .find(name.hash(), |k| matches!(k, Value::Str(s) if Arc::ptr_eq(s, name) || s.as_str() == name.as_str()))
            .map(|i| table.value_at(i).clone())
    }

    /// Sets the value of an interned name, cloning the name only when the
    /// key is new.
    pub fn set_name(&self, name: &Arc<PyStr>, value: Value) {
        let mut table = self.table.borrow_mut();
        let hash = name.hash();
        match table.find(
            hash,
            |k| matches!(k, Value::Str(s) if Arc::ptr_eq(s, name) || s.as_str() == name.as_str()),
        ) {
            Some(i) => {
                let old = table.set_value_at(i, value);
                drop(table);
                drop(old);
            }
            None => table.insert_new(hash, Value::Str(name.clone()), value),
        }
    }

    /// Sets a `str` key without any Python code.
    pub fn set_str(&self, key: Value, hash: i64, value: Value) {
        let mut table = self.table.borrow_mut();
        let found = {
            let name = key.as_str().expect("set_str takes a str key");
            table.find(hash, |k| matches!(k, Value::Str(s) if s.as_str() == name))
        };
        match found {
            Some(i) => {
                let old = table.set_value_at(i, value);
                drop(table);
                drop(old);
            }
            None => table.insert_new(hash, key, value),
        }
    }

    pub fn remove_str(&self, key: &str, hash: i64) -> Option<Value> {
        let mut table = self.table.borrow_mut();
        let i = table.find(hash, |k| matches!(k, Value::Str(s) if s.as_str() == key))?;
        Some(table.remove_at(i).1)
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let entries = self.table.get_mut().clear();
        let mut values = Vec::with_capacity(entries.len() * 2);
        for e in entries {
            values.push(e.key);
            values.push(e.value);
        }
        trashcan::drop_values(values);
    }
}
