//! The heap objects behind `Value`'s `Arc` variants, one module per type.

mod bytes;
mod class;
mod dict;
mod function;
mod generator;
mod instance;
mod instance_dict;
pub mod iterator;
mod list;
mod module;
mod range;
pub mod set;
pub mod siphash;
mod str;
mod tuple;

pub use bytes::PyBytes;
pub use class::{BuiltinKind, Found, LookupCache, PyClass};
pub use dict::{DictTable, PyDict, StrLookup};
pub use function::{
    CodeRef, Inline, NativeFn, PyBoundMethod, PyBuiltin, PyCellObject, PyCode, PyFunction,
};
pub use generator::{GenInner, GenState, PyGenerator};
pub use instance::{ExceptionData, Payload, PyInstance, TracebackEntry};
pub use instance_dict::InstanceDict;
pub use iterator::{DictView, IterKind, PyIterator, SimpleStep};
pub use list::PyList;
pub use module::PyModule;
pub use range::{PyRange, PySlice};
pub use set::{PySet, SetTable};
pub use str::{PyStr, char_str};
pub use tuple::PyTuple;
