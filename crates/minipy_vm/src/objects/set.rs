//! `set` and `frozenset`: CPython's open-addressing table, ported closely.
//!
//! Sets are not ordered in Python, but CPython's iteration order is still
//! deterministic for ints (`{3, 1, 2}` prints as `{1, 2, 3}`), and programs
//! print sets. So this table uses CPython's exact layout: a power-of-two
//! array, linear probing in runs of 9, then perturbed jumps, resizing at
//! 60% fill. Iteration walks the slots, as CPython does.
//!
//! Like `dict`, the table never runs Python code itself: `probe` lists the
//! candidate slots for a hash, the VM compares them (calling `__eq__` if it
//! must, with no borrow held), and a modification counter tells it to start
//! again if that comparison changed the set.

use crate::cell::PyCell;
use crate::trashcan;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
struct Slot {
    /// 0 and `Null` key: empty; -1 and `Null` key: deleted ("dummy").
    hash: i64,
    key: Value,
}

impl Slot {
    fn empty() -> Slot {
        Slot {
            hash: 0,
            key: Value::Null,
        }
    }

    fn is_empty(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }

    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }

    fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

/// What a probe found: candidate slots whose hash matches (in probe order),
/// and the slot a new key would go into.
pub struct Probe {
    pub candidates: Vec<(usize, Value)>,
    pub insert_at: usize,
    pub insert_is_unused: bool,
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Bumped on every change, so a caller that ran Python code between
    /// probing and acting can tell whether to probe again.
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::empty(); MIN_SIZE],
            fill: 0,
            used: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots CPython's `set_lookkey` would visit for `hash`.
    pub fn probe(&self, hash: i64) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut candidates = Vec::new();
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.slots[j];
                if slot.is_empty() {
                    return Probe {
                        candidates,
                        insert_at: freeslot.unwrap_or(j),
                        insert_is_unused: freeslot.is_none(),
                    };
                }
                if slot.hash == hash && slot.is_active() {
                    candidates.push((j, slot.key.clone()));
                } else if slot.is_dummy() && freeslot.is_none() {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Stores a new key at the slot `probe` chose, resizing if the table
    /// is now too full (CPython's `found_unused` / `found_unused_or_dummy`).
    pub fn insert_at(&mut self, probe: &Probe, hash: i64, key: Value) {
        self.version += 1;
        self.slots[probe.insert_at] = Slot { hash, key };
        self.used += 1;
        if probe.insert_is_unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let target = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(target);
            }
        }
    }

    pub fn remove_slot(&mut self, slot: usize) -> Value {
        self.version += 1;
        let old = std::mem::replace(
            &mut self.slots[slot],
            Slot {
                hash: -1,
                key: Value::Null,
            },
        );
        self.used -= 1;
        old.key
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::empty(); size]);
        self.fill = self.used;
        for slot in old {
            if slot.is_active() {
                self.insert_clean(slot.hash, slot.key);
            }
        }
    }

    /// CPython's `set_insert_clean`: insert into a table with no dummies
    /// and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.slots[i].key.is_null() {
                self.slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.slots[j].key.is_null() {
                        self.slots[j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// CPython's `set_merge` for a source set: one resize up front, then a
    /// straight copy when the shapes allow it, which is what keeps the
    /// iteration order of `set(s)` and unions the same as CPython's.
    pub fn merge_from(&mut self, other: &SetTable, add: &mut dyn FnMut(&mut SetTable, i64, Value)) {
        if other.used == 0 {
            return;
        }
        self.version += 1;
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.slots {
                if slot.is_active() {
                    self.insert_clean(slot.hash, slot.key.clone());
                }
            }
            return;
        }
        for slot in &other.slots {
            if slot.is_active() {
                add(self, slot.hash, slot.key.clone());
            }
        }
    }

    /// Resizes ahead of adding `extra` keys (what `set_update_internal`
    /// does before adding a dict's keys).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Active keys in slot order (CPython's iteration order), with hashes.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.hash, &s.key))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries().map(|(_, k)| k.clone()).collect()
    }

    /// The key in slot `index` if it is active, for iterators walking by slot.
    pub fn slot_key(&self, index: usize) -> Option<&Value> {
        self.slots
            .get(index)
            .filter(|s| s.is_active())
            .map(|s| &s.key)
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// `set.pop()`: CPython takes the first active slot from a moving finger.
    pub fn pop_first(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        while !self.slots[i].is_active() {
            i = (i + 1) & mask;
        }
        *finger = i + 1;
        Some(self.remove_slot(i))
    }

    pub fn clear(&mut self) -> Vec<Value> {
        self.version += 1;
        let old = std::mem::replace(&mut self.slots, vec![Slot::empty(); MIN_SIZE]);
        self.fill = 0;
        self.used = 0;
        old.into_iter()
            .filter(|s| s.is_active())
            .map(|s| s.key)
            .collect()
    }
}

pub struct PySet {
    pub table: PyCell<SetTable>,
    pub frozen: bool,
    /// Where `pop()` looks first (CPython's `finger`).
    pub finger: PyCell<usize>,
}

impl PySet {
    pub fn new(table: SetTable, frozen: bool) -> PySet {
        PySet {
            table: PyCell::new(table),
            frozen,
            finger: PyCell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        trashcan::drop_values(self.table.get_mut().clear());
    }
}
