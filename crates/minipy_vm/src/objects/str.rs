//! `str`: an immutable Unicode string, with its hash and length cached.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};

/// One shared string per Latin-1 character, as CPython keeps: iterating
/// over a string, indexing it and `str(digit)` hand these out instead of
/// allocating a one-character string each time.
static LATIN1_CHARS: OnceLock<Box<[Arc<PyStr>]>> = OnceLock::new();

/// The string holding just `c`.
pub fn char_str(c: char) -> Arc<PyStr> {
    if (c as u32) < 256 {
        let table = LATIN1_CHARS.get_or_init(|| {
            (0u8..=255)
                .map(|b| Arc::new(PyStr::new((b as char).encode_utf8(&mut [0; 4]))))
                .collect()
        });
        table[c as usize].clone()
    } else {
        Arc::new(PyStr::new(c.encode_utf8(&mut [0; 4])))
    }
}

pub struct PyStr {
    /// A `String`, not a `Box<str>`: shrinking to fit would copy every new
    /// string, and the spare capacity lets `s += t` append in place.
    s: String,
    /// Number of code points (what `len()` returns).
    char_len: usize,
    /// -1 until computed; Python hashes are never -1.
    hash: AtomicI64,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: AtomicI64::new(-1),
        }
    }

    /// A string the caller knows is ASCII, so there is nothing to count.
    pub fn from_ascii(s: String) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr {
            char_len: s.len(),
            s,
            hash: AtomicI64::new(-1),
        }
    }

    /// `a + b`, without scanning either for its length again.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut s = String::with_capacity(a.s.len() + b.s.len());
        s.push_str(&a.s);
        s.push_str(&b.s);
        PyStr {
            s,
            char_len: a.char_len + b.char_len,
            hash: AtomicI64::new(-1),
        }
    }

    /// `self += other` on a string nobody else holds (see the eval loop's
    /// `BINARY_OP` for `+=`).
    pub fn append(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.char_len += other.char_len;
        *self.hash.get_mut() = -1;
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// `len(s)`: code points, not bytes.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The code point at `index` (which must be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[index] as char
        } else {
            self.s
                .chars()
                .nth(index)
                .expect("index checked by the caller")
        }
    }

    /// Byte offset of code point `index` (`index == len` gives the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(index)
            .map_or(self.s.len(), |(i, _)| i)
    }

    /// The substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }

    /// `hash(s)`, as CPython computes it with `PYTHONHASHSEED=0` (see
    /// `siphash`), cached.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != -1 {
            return cached;
        }
        let h = super::siphash::hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}
