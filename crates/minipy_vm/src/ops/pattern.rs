//! The run-time side of `match`: `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS`.
//!
//! CPython decides "sequence" and "mapping" with type flags
//! (`Py_TPFLAGS_SEQUENCE`, `Py_TPFLAGS_MAPPING`) that builtins and the
//! `collections.abc` registrations set; minipy has no such flags, so the
//! same answer comes from the builtin kind at the root of the class and,
//! for the pure-Python `collections` types, from their names.

use crate::builtins::functions::class_check;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

/// `collections` classes written in Python that CPython registers as
/// sequences or mappings.
const COLLECTION_SEQUENCES: [&str; 2] = ["deque", "UserList"];
const COLLECTION_MAPPINGS: [&str; 2] = ["ChainMap", "UserDict"];

fn from_collections(cls: &Arc<PyClass>, names: &[&str]) -> bool {
    cls.mro().iter().any(|c| {
        names.contains(&c.name().as_str())
            && c.dict
                .get_str("__module__", PyStr::new("__module__").hash())
                .is_some_and(|m| m.as_str() == Some("collections"))
    })
}

impl Vm {
    /// Would `case [...]` look inside this value?
    pub fn is_match_sequence(&self, v: &Value) -> bool {
        let cls = self.class_of(v);
        matches!(
            cls.kind,
            BuiltinKind::List | BuiltinKind::Tuple | BuiltinKind::Range
        ) || (cls.kind == BuiltinKind::Object && from_collections(&cls, &COLLECTION_SEQUENCES))
    }

    /// Would `case {...}` look inside this value?
    pub fn is_match_mapping(&self, v: &Value) -> bool {
        let cls = self.class_of(v);
        cls.kind == BuiltinKind::Dict
            || (cls.kind == BuiltinKind::Object && from_collections(&cls, &COLLECTION_MAPPINGS))
    }

    /// `MATCH_KEYS`: the values of `keys` in `subject`, or `None` when one
    /// is missing. Looks up with `get(key, sentinel)`, as CPython does, so
    /// a `defaultdict` does not grow and `__missing__` is not called.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            unreachable!("the compiler builds a tuple of keys")
        };
        if keys.items().is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let exact_dict = match subject {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        };
        let (get, sentinel) = match exact_dict {
            Some(_) => (Value::None, Value::None),
            None => {
                let get = self.get_attr_str(subject, "get")?;
                let object = Value::Class(self.interp.types.object.clone());
                (get, self.call0(&object)?)
            }
        };
        let seen = Arc::new(PyDict::new());
        let mut values = Vec::with_capacity(keys.items().len());
        for key in keys.items().iter() {
            if self.dict_get(&seen, key)?.is_some() {
                let r = self.repr(key)?;
                return Err(self.error(
                    "ValueError",
                    format!("mapping pattern checks duplicate key ({})", r.as_str()),
                ));
            }
            self.dict_set(&seen, key.clone(), Value::None)?;
            let value = match &exact_dict {
                Some(d) => self.dict_get(d, key)?,
                None => {
                    let v = self.call(&get, vec![key.clone(), sentinel.clone()], &[])?;
                    (!v.is(&sentinel)).then_some(v)
                }
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `MATCH_CLASS`: the attributes a class pattern matches its
    /// sub-patterns against, or `None` when the subject does not match.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(class) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        let subject_class = self.class_of(subject);
        if !class_check(self, &subject_class, cls, "isinstance")? {
            return Ok(Value::None);
        }
        let type_name = class.name();
        let type_name = type_name.as_str();
        let mut seen: Vec<Arc<PyStr>> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr_opt(cls, "__match_args__")? {
                Some(Value::Tuple(t)) => (t.items().to_vec(), false),
                Some(other) => {
                    return Err(self.type_error(format!(
                        "{type_name}.__match_args__ must be a tuple (got {})",
                        self.type_name(&other)
                    )));
                }
                None => {
                    // Only the builtins that match themselves positionally,
                    // and their subclasses that define no `__match_args__`.
                    let match_self = matches!(
                        class.kind,
                        BuiltinKind::Bool
                            | BuiltinKind::ByteArray
                            | BuiltinKind::Bytes
                            | BuiltinKind::Dict
                            | BuiltinKind::Float
                            | BuiltinKind::FrozenSet
                            | BuiltinKind::Int
                            | BuiltinKind::List
                            | BuiltinKind::Set
                            | BuiltinKind::Str
                            | BuiltinKind::Tuple
                    );
                    (Vec::new(), match_self)
                }
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    };
                    match self.match_class_attr(subject, type_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let Value::Tuple(names) = names else {
            unreachable!("the compiler passes a tuple of attribute names")
        };
        for name in names.items().iter() {
            let Value::Str(name) = name else {
                unreachable!("attribute names are strings")
            };
            match self.match_class_attr(subject, type_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute for `MATCH_CLASS`: `None` when it is missing, an
    /// error when the pattern names it twice.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &Arc<PyStr>,
        seen: &mut Vec<Arc<PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            return Err(self.type_error(format!(
                "{type_name}() got multiple sub-patterns for attribute '{}'",
                name.as_str()
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_error(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}
