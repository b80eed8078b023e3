//! `dict`: an insertion-ordered hash table (CPython's compact dict layout).
//!
//! Entries live in a `Vec` in insertion order; a `hashbrown` table maps
//! hashes to entry indexes. A table of at most `LINEAR_MAX` entries has no
//! index at all and is searched by scanning its entries: most dicts are an
//! instance's few attributes or a few keyword arguments, and for them the
//! scan is quicker than hashing into an index, and saves allocating one. Deleting leaves a hole (`key == Null`) so the
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
    /// that saw this version knows which keys are where. Zero until asked
    /// for: numbering is an atomic step, and most tables (instance dicts)
    /// never serve a cache.
    version: std::cell::Cell<u64>,
    /// Whether a key was ever added that is not an interned `str` (see
    /// `PyStr::is_interned`). While none was, an interned name is in the
    /// table exactly when that very object is a key.
    has_other_keys: bool,
}

fn is_interned_str(v: &Value) -> bool {
    matches!(v, Value::Str(s) if s.is_interned())
}

/// Whether dict key `k` is the name `name`: the same or an equal `str`,
/// or an instance of a `str` subclass holding that text (a key put in
/// `obj.__dict__` directly), which CPython's lookup finds too.
fn str_key_is(k: &Value, name: &Arc<PyStr>) -> bool {
    match k {
        Value::Str(s) => Arc::ptr_eq(s, name) || s.as_str() == name.as_str(),
        Value::Instance(inst) => {
            matches!(inst.builtin_value(), Some(Value::Str(s)) if s.as_str() == name.as_str())
        }
        _ => false,
    }
}

/// Tables up to this many entries (holes included) keep no index.
const LINEAR_MAX: usize = 8;

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
        if self.version.get() == 0 {
            self.version
                .set(NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        }
        self.version.get()
    }

    fn keys_changed(&mut self) {
        self.version.set(0);
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn is_linear(&self) -> bool {
        self.entries.len() <= LINEAR_MAX
    }

    /// The entry index holding a key equal to `key`, if any.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if self.is_linear() {
            return entries
                .iter()
                .position(|e| e.hash == hash && !e.key.is_null() && eq(&e.key));
        }
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
        if self.is_linear() {
            return (0..entries.len())
                .filter(|&i| entries[i].hash == hash && !entries[i].key.is_null())
                .collect();
        }
        self.index
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(|&i| entries[i].hash == hash && !entries[i].key.is_null())
            .collect()
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).filter(|e| !e.key.is_null())
    }

    pub fn key_at(&self, index: usize) -> &Value {
        &self.entries[index].key
    }

    /// The entry index of the key that is the name `name` (see
    /// `str_key_is`). A small table is scanned for that very string
    /// object first: attribute names are interned, so an instance dict's
    /// keys are usually the code object's own names, and no hash is needed.
    /// Always inlined: left as a call, it made `objects` 6% more
    /// instructions.
    #[inline(always)]
    pub fn find_name(&self, name: &Arc<PyStr>) -> Option<usize> {
        match self.find_same_str(name) {
            Some(found) => found,
            None => self.find(name.hash(), |k| str_key_is(k, name)),
        }
    }

    /// The entry index of the key that is this very string object, in a
    /// table small enough to be scanned. The outer `None` means "look it
    /// up by hash": the table is too big, or a miss proves nothing (the
    /// name, or some key, is not interned).
    #[inline]
    pub fn find_same_str(&self, name: &Arc<PyStr>) -> Option<Option<usize>> {
        if !self.is_linear() {
            return None;
        }
        let found = self
            .entries
            .iter()
            .position(|e| matches!(&e.key, Value::Str(s) if Arc::ptr_eq(s, name)));
        if found.is_some() || (name.is_interned() && !self.has_other_keys) {
            return Some(found);
        }
        None
    }

    /// As `find_name`, trying entry `hint` first: instances of one class
    /// usually get their attributes in the same order, so the index where
    /// a name was found last time is most often right, and one pointer
    /// comparison confirms it (keys are unique, so that key is the name).
    #[inline(always)]
    pub fn find_name_hinted(&self, name: &Arc<PyStr>, hint: usize) -> Option<usize> {
        if let Some(e) = self.entries.get(hint)
            && matches!(&e.key, Value::Str(s) if Arc::ptr_eq(s, name))
        {
            return Some(hint);
        }
        self.find_name(name)
    }

    pub fn value_at(&self, index: usize) -> &Value {
        &self.entries[index].value
    }

    pub fn set_value_at(&mut self, index: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Swaps each key for the equal key (same hash, same Python value) that
    /// `equal_key` gives, if any. Nothing moves, so the version stays.
    pub fn replace_keys_with_equal(&mut self, mut equal_key: impl FnMut(&Value) -> Option<Value>) {
        for entry in &mut self.entries {
            if let Some(key) = equal_key(&entry.key) {
                self.has_other_keys |= !is_interned_str(&key);
                entry.key = key;
            }
        }
    }

    /// Adds a key known not to be present.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len() as u32;
        self.keys_changed();
        self.has_other_keys |= !is_interned_str(&key);
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        match self.entries.len() {
            n if n <= LINEAR_MAX => {}
            n if n == LINEAR_MAX + 1 => self.rebuild_index(),
            _ => {
                let entries = &self.entries;
                self.index
                    .insert_unique(hash as u64, i, |&j| entries[j as usize].hash as u64);
            }
        }
    }

    /// Removes the entry at `index`, returning its key and value.
    pub fn remove_at(&mut self, index: usize) -> (Value, Value) {
        let hash = self.entries[index].hash;
        self.keys_changed();
        if !self.is_linear()
            && let Ok(slot) = self.index.find_entry(hash as u64, |&i| i as usize == index)
        {
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
        self.rebuild_index();
    }

    /// Indexes every entry, or none when the table is small enough to scan.
    fn rebuild_index(&mut self) {
        self.index.clear();
        if self.is_linear() {
            return;
        }
        for (i, e) in self.entries.iter().enumerate() {
            if e.key.is_null() {
                continue;
            }
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

/// What a one-probe lookup of a `str` key found.
pub enum StrLookup {
    Found(Value),
    Absent,
    /// A key that is not an exact `str` shares the hash: only the general
    /// lookup, which may run `__eq__`, can tell.
    Undecided,
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
        table.find_name(name).map(|i| table.value_at(i).clone())
    }

    /// Whether the name is not a key. Inline for the common answer: a
    /// small table of interned names settles it by pointer (see
    /// `find_same_str`).
    #[inline(always)]
    pub fn lacks_name(&self, name: &Arc<PyStr>) -> bool {
        let table = self.table.borrow();
        match table.find_same_str(name) {
            Some(found) => found.is_none(),
            None => table.find_name(name).is_none(),
        }
    }

    /// `read` of the value of an interned name, looked for first at entry
    /// `*hint`; `*hint` becomes where it was found.
    #[inline(always)]
    pub fn with_name_hinted<R>(
        &self,
        name: &Arc<PyStr>,
        hint: &mut usize,
        read: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        let table = self.table.borrow();
        let i = table.find_name_hinted(name, *hint)?;
        *hint = i;
        Some(read(table.value_at(i)))
    }

    /// As `set_name`, looking first at entry `*hint`; `*hint` becomes
    /// where the name now is.
    #[inline(always)]
    pub fn set_name_hinted(&self, name: &Arc<PyStr>, hint: &mut usize, value: Value) {
        let mut table = self.table.borrow_mut();
        match table.find_name_hinted(name, *hint) {
            Some(i) => {
                *hint = i;
                let old = table.set_value_at(i, value);
                drop(table);
                drop(old);
            }
            None => {
                *hint = table.entries.len();
                table.insert_new(name.hash(), Value::Str(name.clone()), value);
            }
        }
    }

    /// Sets the value of an interned name, cloning the name only when the
    /// key is new.
    pub fn set_name(&self, name: &Arc<PyStr>, value: Value) {
        let mut table = self.table.borrow_mut();
        match table.find_name(name) {
            Some(i) => {
                let old = table.set_value_at(i, value);
                drop(table);
                drop(old);
            }
            None => table.insert_new(name.hash(), Value::Str(name.clone()), value),
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

    /// `d[key] = value` for a `str` key in one probe, unless a key that is
    /// not an exact `str` shares its hash (a `str` subclass could be equal
    /// to it): then the key and value come back for the general path.
    pub fn set_str_unless_other(
        &self,
        key: Value,
        hash: i64,
        value: Value,
    ) -> Result<(), (Value, Value)> {
        let mut table = self.table.borrow_mut();
        let found = {
            let name = key.as_str().expect("a str key");
            table.find(hash, |k| match k {
                Value::Str(s) => s.as_str() == name,
                _ => true,
            })
        };
        match found {
            Some(i) if !matches!(table.key_at(i), Value::Str(_)) => Err((key, value)),
            Some(i) => {
                let old = table.set_value_at(i, value);
                drop(table);
                drop(old);
                Ok(())
            }
            None => {
                table.insert_new(hash, key, value);
                Ok(())
            }
        }
    }

    /// `d[key]` for a `str` key in one probe.
    pub fn get_str_unless_other(&self, key: &str, hash: i64) -> StrLookup {
        let table = self.table.borrow();
        let found = table.find(hash, |k| match k {
            Value::Str(s) => s.as_str() == key,
            _ => true,
        });
        match found {
            Some(i) if !matches!(table.key_at(i), Value::Str(_)) => StrLookup::Undecided,
            Some(i) => StrLookup::Found(table.value_at(i).clone()),
            None => StrLookup::Absent,
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
        trashcan::drop_nested(entries, |entries| {
            let mut values = Vec::with_capacity(entries.len() * 2);
            for e in entries {
                values.push(e.key);
                values.push(e.value);
            }
            values
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_int(t: &DictTable, k: i64) -> Option<i64> {
        t.find(k, |key| matches!(key, Value::Int(x) if *x == k))
            .and_then(|i| match t.value_at(i) {
                Value::Int(v) => Some(*v),
                _ => None,
            })
    }

    /// Growing past the scanned size, deleting into holes and compacting
    /// back down must keep every key findable in both modes.
    #[test]
    fn lookups_agree_across_linear_and_indexed_modes() {
        let mut t = DictTable::new();
        for k in 0..40 {
            assert_eq!(find_int(&t, k), None);
            t.insert_new(k, Value::Int(k), Value::Int(k * 10));
            for j in 0..=k {
                assert_eq!(find_int(&t, j), Some(j * 10), "after inserting {k}");
            }
        }
        for k in (0..40).filter(|k| k % 3 != 0) {
            let i = t.find(k, |key| matches!(key, Value::Int(x) if *x == k));
            t.remove_at(i.unwrap());
        }
        for k in 0..40 {
            let expected = (k % 3 == 0).then_some(k * 10);
            assert_eq!(find_int(&t, k), expected);
            assert_eq!(t.candidates(k).len(), usize::from(k % 3 == 0));
        }
        assert_eq!(t.len(), 14);
        let keys: Vec<i64> = t
            .iter()
            .map(|e| match e.key {
                Value::Int(k) => k,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, (0..40).step_by(3).collect::<Vec<_>>());
        t.clear();
        assert_eq!(find_int(&t, 0), None);
        t.insert_new(5, Value::Int(5), Value::Int(1));
        assert_eq!(find_int(&t, 5), Some(1));
    }

    #[test]
    fn interned_names_are_found_by_pointer_until_another_key_comes() {
        crate::gil::ensure_held();
        let x = Arc::new(PyStr::new_interned("x"));
        let y = Arc::new(PyStr::new_interned("y"));
        let d = PyDict::new();
        d.set_name(&x, Value::Int(1));
        let t = d.table.borrow();
        assert_eq!(t.find_same_str(&x), Some(Some(0)));
        // Every key is interned: a miss by pointer is a miss.
        assert_eq!(t.find_same_str(&y), Some(None));
        drop(t);
        // An equal string that is not interned: the scan proves nothing
        // any more, and the hashed lookup still finds the key.
        let other_y = Value::Str(Arc::new(PyStr::new("y")));
        d.table
            .borrow_mut()
            .insert_new(y.hash(), other_y, Value::Int(2));
        assert_eq!(d.table.borrow().find_same_str(&y), None);
        assert!(matches!(d.get_name(&y), Some(Value::Int(2))));
        assert!(matches!(d.get_name(&x), Some(Value::Int(1))));
        d.set_name(&y, Value::Int(3));
        assert_eq!(d.len(), 2);
        assert!(matches!(d.get_name(&y), Some(Value::Int(3))));
    }
}
