//! `Value`: every Python value, as one 16-byte enum.
//!
//! `None`, `bool`, small `int`s and `float`s live inline, so arithmetic on
//! them never allocates or touches a reference count. Everything else is an
//! `Arc` to a heap object; the variant says which kind, so the eval loop
//! dispatches on the tag without a pointer chase.

use crate::objects::*;
use num_bigint::BigInt;
use std::sync::Arc;

/// The tag is a whole 8-byte word (`repr(u64)`), not the one byte the
/// compiler would pick. Writing a value then stores two full words, and
/// reading back either half of a value just written is forwarded from the
/// store buffer; a one-byte tag left the low word half-written, and its
/// read-back stalled (`list_dict` ran 7% slower).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside `i64`; always normalised back to `Int` when it fits.
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    Bytes(Arc<PyBytes>),
    List(Arc<PyList>),
    Tuple(Arc<PyTuple>),
    Dict(Arc<PyDict>),
    Set(Arc<PySet>),
    Function(Arc<PyFunction>),
    Builtin(Arc<PyBuiltin>),
    BoundMethod(Arc<PyBoundMethod>),
    Class(Arc<PyClass>),
    Instance(Arc<PyInstance>),
    Module(Arc<PyModule>),
    Cell(Arc<PyCellObject>),
    Range(Arc<PyRange>),
    Slice(Arc<PySlice>),
    Iterator(Arc<PyIterator>),
    Generator(Arc<PyGenerator>),
    Code(CodeRef),
    NotImplemented,
    Ellipsis,
    /// Not a Python value: an unbound local variable, or the empty slot
    /// `LOAD_METHOD` leaves when it finds an ordinary attribute. It never
    /// escapes the eval loop.
    Null,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Arc::new(PyStr::from_string(s)))
    }

    /// A one-character string (shared for Latin-1, see `char_str`).
    pub fn char(c: char) -> Value {
        Value::Str(crate::objects::char_str(c))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(PyList::new(items)))
    }

    /// An int from a big integer, normalised to `Int` when it fits in `i64`.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Python's `is`: the same object (or, for values stored inline, the
    /// same value; CPython caches small ints, so `is` on them agrees).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis)
            | (Null, Null) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Arc::ptr_eq(a, b),
            (Str(a), Str(b)) => Arc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Arc::ptr_eq(a, b),
            (List(a), List(b)) => Arc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Arc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Arc::ptr_eq(a, b),
            (Set(a), Set(b)) => Arc::ptr_eq(a, b),
            (Function(a), Function(b)) => Arc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Arc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Arc::ptr_eq(a, b),
            (Class(a), Class(b)) => Arc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Arc::ptr_eq(a, b),
            (Module(a), Module(b)) => Arc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Arc::ptr_eq(a, b),
            (Range(a), Range(b)) => Arc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Arc::ptr_eq(a, b),
            (Iterator(a), Iterator(b)) => Arc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Arc::ptr_eq(a, b),
            (Code(a), Code(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }

    /// A number identifying the object, for `id()` (an address for heap
    /// objects; inline values get a stable number derived from their bits).
    pub fn id(&self) -> i64 {
        fn addr<T: ?Sized>(a: &Arc<T>) -> i64 {
            Arc::as_ptr(a) as *const () as usize as i64
        }
        use Value::*;
        match self {
            None => 0x5f5e100,
            NotImplemented => 0x5f5e200,
            Ellipsis => 0x5f5e300,
            Null => 0,
            Bool(b) => 0x5f5e400 + *b as i64,
            Int(i) => 0x7000_0000_0000 ^ i.wrapping_mul(32),
            Float(f) => 0x6000_0000_0000 ^ (f.to_bits() as i64 >> 3),
            BigInt(a) => addr(a),
            Str(a) => addr(a),
            Bytes(a) => addr(a),
            List(a) => addr(a),
            Tuple(a) => addr(a),
            Dict(a) => addr(a),
            Set(a) => addr(a),
            Function(a) => addr(a),
            Builtin(a) => addr(a),
            BoundMethod(a) => addr(a),
            Class(a) => addr(a),
            Instance(a) => addr(a),
            Module(a) => addr(a),
            Cell(a) => addr(a),
            Range(a) => addr(a),
            Slice(a) => addr(a),
            Iterator(a) => addr(a),
            Generator(a) => addr(a),
            Code(a) => *a as *const crate::objects::PyCode as usize as i64,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::Null => write!(f, "<NULL>"),
            other => write!(f, "<value id={:#x}>", other.id()),
        }
    }
}

// An `Option<Value>` (what popping or peeking returns) costs no more room
// than a `Value`: the unused tag values serve as its `None`.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
