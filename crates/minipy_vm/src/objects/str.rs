//! `str`: an immutable Unicode string, with its hash and length cached.

use arrayvec::ArrayString;
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

/// Strings up to this many bytes live inside the `PyStr` itself, so
/// making one costs one allocation (the `Arc`'s), not two. Most strings a
/// program makes are short: words, keys, numbers, pieces of a split.
const INLINE_CAP: usize = 23;

/// The bytes of a `str`: inline when short, else a `String`. A `String`,
/// not a `Box<str>`: shrinking to fit would copy every new string, and the
/// spare capacity lets `s += t` append in place.
enum Text {
    Inline(ArrayString<INLINE_CAP>),
    Heap(String),
}

impl Text {
    #[inline]
    fn from_str(s: &str) -> Text {
        match ArrayString::from(s) {
            Ok(inline) => Text::Inline(inline),
            Err(_) => Text::Heap(s.to_string()),
        }
    }

    /// A short `String` is copied in and freed now, so that freeing the
    /// `str` later is one deallocation.
    #[inline]
    fn from_string(s: String) -> Text {
        if s.len() <= INLINE_CAP {
            Text::from_str(&s)
        } else {
            Text::Heap(s)
        }
    }
}

pub struct PyStr {
    text: Text,
    /// Number of code points (what `len()` returns).
    char_len: usize,
    /// -1 until computed; Python hashes are never -1.
    hash: AtomicI64,
    /// Made by `Interpreter::intern`: the one string object with this
    /// text that the interpreter hands out for names. Two such strings are
    /// equal exactly when they are the same object.
    interned: bool,
}

const _: () = assert!(std::mem::size_of::<Text>() == 32);

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::with_text(Text::from_str(s), count_chars(s))
    }

    pub fn from_string(s: String) -> PyStr {
        let char_len = count_chars(&s);
        PyStr::with_text(Text::from_string(s), char_len)
    }

    /// A string the caller knows is ASCII, so there is nothing to count.
    pub fn from_ascii(s: String) -> PyStr {
        debug_assert!(s.is_ascii());
        let char_len = s.len();
        PyStr::with_text(Text::from_string(s), char_len)
    }

    /// A piece of ASCII text, copied (inline when short).
    pub fn from_ascii_str(s: &str) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr::with_text(Text::from_str(s), s.len())
    }

    /// A copy of ASCII text changed in place by `f` (which must keep it
    /// ASCII): `lower()` and `upper()` of ASCII text, built inline when short.
    pub fn map_ascii(s: &str, f: fn(&mut str)) -> PyStr {
        debug_assert!(s.is_ascii());
        let text = match ArrayString::<INLINE_CAP>::from(s) {
            Ok(mut inline) => {
                f(inline.as_mut_str());
                Text::Inline(inline)
            }
            Err(_) => {
                let mut owned = s.to_string();
                f(owned.as_mut_str());
                Text::Heap(owned)
            }
        };
        PyStr::with_text(text, s.len())
    }

    fn with_text(text: Text, char_len: usize) -> PyStr {
        PyStr {
            text,
            char_len,
            hash: AtomicI64::new(-1),
            interned: false,
        }
    }

    /// A string for the interpreter's table of interned names (only
    /// `Interpreter::intern` makes these).
    pub fn new_interned(s: &str) -> PyStr {
        PyStr {
            interned: true,
            ..PyStr::new(s)
        }
    }

    pub fn is_interned(&self) -> bool {
        self.interned
    }

    /// `a + b`, without scanning either for its length again.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let (a_str, b_str) = (a.as_str(), b.as_str());
        let len = a_str.len() + b_str.len();
        let text = if len <= INLINE_CAP {
            let mut inline = ArrayString::new();
            inline.push_str(a_str);
            inline.push_str(b_str);
            Text::Inline(inline)
        } else {
            let mut s = String::with_capacity(len);
            s.push_str(a_str);
            s.push_str(b_str);
            Text::Heap(s)
        };
        PyStr::with_text(text, a.char_len + b.char_len)
    }

    /// `self += other` on a string nobody else holds (see the eval loop's
    /// `BINARY_OP` for `+=`).
    pub fn append(&mut self, other: &PyStr) {
        let more = other.as_str();
        match &mut self.text {
            Text::Heap(s) => s.push_str(more),
            Text::Inline(inline) => {
                if inline.try_push_str(more).is_err() {
                    let mut s = String::with_capacity((inline.len() + more.len()) * 2);
                    s.push_str(inline);
                    s.push_str(more);
                    self.text = Text::Heap(s);
                }
            }
        }
        self.char_len += other.char_len;
        *self.hash.get_mut() = -1;
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline(s) => s.as_str(),
            Text::Heap(s) => s.as_str(),
        }
    }

    /// `len(s)`: code points, not bytes.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.as_str().len()
    }

    /// The code point at `index` (which must be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[index] as char
        } else {
            self.as_str()
                .chars()
                .nth(index)
                .expect("index checked by the caller")
        }
    }

    /// Byte offset of code point `index` (`index == len` gives the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            return index.min(s.len());
        }
        s.char_indices().nth(index).map_or(s.len(), |(i, _)| i)
    }

    /// The substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            return &self.as_str()[start..end];
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.as_str()[a..b]
    }

    /// `hash(s)`, as CPython computes it with `PYTHONHASHSEED=0` (see
    /// `siphash`), cached.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != -1 {
            return cached;
        }
        let h = super::siphash::hash_str(self.as_str());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.as_str() == other.as_str()
    }
}

/// Code points in `s`: its length when ASCII, without decoding.
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_strings_are_inline_and_long_ones_on_the_heap() {
        let short = PyStr::new("twenty-three bytes long");
        assert_eq!(short.as_str().len(), INLINE_CAP);
        assert!(matches!(short.text, Text::Inline(_)));
        let long = PyStr::from_string("twenty-four bytes long!!".to_string());
        assert!(matches!(long.text, Text::Heap(_)));
        assert_eq!(long.as_str(), "twenty-four bytes long!!");
        let wide = PyStr::new("héllo wörld");
        assert_eq!((wide.char_len(), wide.is_ascii()), (11, false));
    }

    #[test]
    fn appending_moves_to_the_heap_when_the_inline_room_runs_out() {
        let mut s = PyStr::new("ab");
        let piece = PyStr::new("cdefghij");
        for _ in 0..5 {
            s.append(&piece);
        }
        assert_eq!(s.as_str(), format!("ab{}", "cdefghij".repeat(5)));
        assert_eq!(s.char_len(), 42);
        assert!(matches!(s.text, Text::Heap(_)));
        assert_eq!(s.hash(), PyStr::new(s.as_str()).hash());
    }

    #[test]
    fn concat_and_ascii_maps_give_the_same_text_inline_or_not() {
        for (a, b) in [("ab", "cd"), ("a".repeat(20).as_str(), "bcdefg")] {
            let (a, b) = (PyStr::new(a), PyStr::new(b));
            let both = PyStr::concat(&a, &b);
            assert_eq!(both.as_str(), format!("{}{}", a.as_str(), b.as_str()));
            assert_eq!(both.char_len(), a.char_len() + b.char_len());
        }
        for text in ["MiXeD", "A Much Longer Mixed-Case Line Of Text"] {
            let lower = PyStr::map_ascii(text, str::make_ascii_lowercase);
            assert_eq!(lower.as_str(), text.to_ascii_lowercase());
            assert_eq!(lower.char_len(), text.len());
        }
    }
}
