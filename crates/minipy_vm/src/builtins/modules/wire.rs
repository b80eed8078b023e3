//! The format values travel in between processes (multiprocessing's
//! queues, pipes and pools): a small tagged binary encoding of our own.
//! Functions and classes go by module and qualified name, as `pickle`
//! sends them: after `fork` both sides have the same code.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::sync::Arc;

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 500;

impl Vm {
    /// Encodes `v`, or raises `TypeError: cannot pickle 'X' object`.
    pub fn wire_dumps(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        self.wire_put(v, &mut out, 0)?;
        Ok(out)
    }

    fn cannot_send(&self, v: &Value) -> crate::vm::PyErr {
        let cls = self.class_of(v);
        self.type_error(format!(
            "cannot pickle '{}' object",
            self.class_full_name(&cls)
        ))
    }

    /// A global (function or class) by module and qualified name, checked
    /// to be reachable by that name, as pickle requires.
    fn wire_global(&mut self, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        let module = self.get_attr_opt(v, "__module__")?.unwrap_or(Value::None);
        let qualname = self.get_attr_opt(v, "__qualname__")?.unwrap_or(Value::None);
        let (Some(module), Some(qualname)) = (
            module.as_str().map(str::to_string),
            qualname.as_str().map(str::to_string),
        ) else {
            return Err(self.cannot_send(v));
        };
        if qualname.contains("<locals>") {
            return Err(self.error(
                "AttributeError",
                format!("Can't pickle local object '{qualname}'"),
            ));
        }
        let found = self.wire_lookup(&module, &qualname).ok();
        if !found.is_some_and(|f| f.is(v)) {
            let shown = self.repr_string(v)?;
            return Err(self.error(
                "PicklingError",
                format!("Can't pickle {shown}: attribute lookup {qualname} on {module} failed"),
            ));
        }
        out.push(b'g');
        put_str(out, &module);
        put_str(out, &qualname);
        Ok(())
    }

    fn wire_lookup(&mut self, module: &str, qualname: &str) -> PyResult<Value> {
        let mut v = self.import_module(module)?;
        for part in qualname.split('.') {
            v = self.get_attr_str(&v, part)?;
        }
        Ok(v)
    }

    fn wire_put(&mut self, v: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
        if depth > MAX_DEPTH {
            return Err(self.recursion_error());
        }
        let d = depth + 1;
        match v {
            Value::None => out.push(b'N'),
            Value::Bool(true) => out.push(b'T'),
            Value::Bool(false) => out.push(b'F'),
            Value::Ellipsis => out.push(b'E'),
            Value::NotImplemented => out.push(b'X'),
            Value::Int(i) => {
                out.push(b'i');
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::BigInt(b) => {
                out.push(b'I');
                put_bytes(out, &b.to_signed_bytes_le());
            }
            Value::Float(f) => {
                out.push(b'f');
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                out.push(b's');
                put_str(out, s.as_str());
            }
            Value::Bytes(b) => {
                out.push(if b.mutable { b'B' } else { b'b' });
                put_bytes(out, &b.data.borrow());
            }
            Value::List(l) => self.wire_items(b'l', &l.snapshot(), out, d)?,
            Value::Tuple(t) => self.wire_items(b't', t.items(), out, d)?,
            Value::Set(s) => {
                let items = s.table.borrow().keys();
                self.wire_items(if s.frozen { b'Z' } else { b'S' }, &items, out, d)?
            }
            Value::Dict(dict) => {
                let items = dict.table.borrow().items();
                out.push(b'd');
                put_len(out, items.len());
                for (k, v) in items {
                    self.wire_put(&k, out, d)?;
                    self.wire_put(&v, out, d)?;
                }
            }
            Value::Range(r) => {
                out.push(b'r');
                for x in [r.start, r.stop, r.step] {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
            Value::Slice(sl) => {
                let parts = [sl.start.clone(), sl.stop.clone(), sl.step.clone()];
                self.wire_items(b'v', &parts, out, d)?;
            }
            Value::Function(_) | Value::Class(_) => self.wire_global(v, out)?,
            Value::Builtin(b) if b.bound.is_none() || matches!(b.bound, Some(Value::Module(_))) => {
                let module = match &b.bound {
                    Some(Value::Module(m)) => m.name.as_str().to_string(),
                    _ => "builtins".to_string(),
                };
                out.push(b'g');
                put_str(out, &module);
                put_str(out, b.name);
            }
            Value::BoundMethod(m) => {
                out.push(b'm');
                self.wire_put(&m.self_value, out, d)?;
                let name = self.get_attr_str(&m.func, "__name__")?;
                put_str(out, name.as_str().unwrap_or(""));
            }
            Value::Instance(inst) => match &inst.payload {
                Payload::Exception(data) => {
                    let args = data.borrow().args.clone();
                    out.push(b'x');
                    self.wire_global(&Value::Class(inst.class()), out)?;
                    self.wire_items(b't', &args, out, d)?;
                }
                Payload::None => {
                    // `__getstate__` chooses what is sent (or refuses, as
                    // multiprocessing's locks do); `__setstate__` takes a
                    // state that is not a dict.
                    let state = match self.call_method_opt(v, "__getstate__", vec![])? {
                        Some(state) => state,
                        None => Value::Dict(inst.dict_arc()),
                    };
                    out.push(if matches!(state, Value::Dict(_)) {
                        b'o'
                    } else {
                        b'O'
                    });
                    self.wire_global(&Value::Class(inst.class()), out)?;
                    self.wire_put(&state, out, d)?;
                }
                Payload::Builtin(inner) => {
                    let inner = inner.borrow().clone();
                    out.push(b'u');
                    self.wire_global(&Value::Class(inst.class()), out)?;
                    self.wire_put(&inner, out, d)?;
                    self.wire_put(&Value::Dict(inst.dict_arc()), out, d)?;
                }
                _ if crate::builtins::complex::as_complex(v).is_some() => {
                    let (re, im) = crate::builtins::complex::as_complex(v).unwrap_or_default();
                    out.push(b'c');
                    out.extend_from_slice(&re.to_bits().to_le_bytes());
                    out.extend_from_slice(&im.to_bits().to_le_bytes());
                }
                _ => return Err(self.cannot_send(v)),
            },
            _ => return Err(self.cannot_send(v)),
        }
        Ok(())
    }

    fn wire_items(
        &mut self,
        tag: u8,
        items: &[Value],
        out: &mut Vec<u8>,
        depth: usize,
    ) -> PyResult<()> {
        out.push(tag);
        put_len(out, items.len());
        for item in items {
            self.wire_put(item, out, depth)?;
        }
        Ok(())
    }

    /// Decodes what [`Vm::wire_dumps`] made.
    pub fn wire_loads(&mut self, data: &[u8]) -> PyResult<Value> {
        let mut reader = Reader { data, at: 0 };
        let v = self.wire_get(&mut reader)?;
        Ok(v)
    }

    fn wire_get(&mut self, r: &mut Reader) -> PyResult<Value> {
        let bad = |vm: &Vm| vm.error("UnpicklingError", "invalid load key");
        let tag = r.byte().ok_or_else(|| bad(self))?;
        Ok(match tag {
            b'N' => Value::None,
            b'T' => Value::Bool(true),
            b'F' => Value::Bool(false),
            b'E' => Value::Ellipsis,
            b'X' => Value::NotImplemented,
            b'i' => Value::Int(i64::from_le_bytes(r.array().ok_or_else(|| bad(self))?)),
            b'I' => Value::from_bigint(BigInt::from_signed_bytes_le(
                r.bytes().ok_or_else(|| bad(self))?,
            )),
            b'f' => Value::Float(f64::from_bits(u64::from_le_bytes(
                r.array().ok_or_else(|| bad(self))?,
            ))),
            b'c' => {
                let re = f64::from_bits(u64::from_le_bytes(r.array().ok_or_else(|| bad(self))?));
                let im = f64::from_bits(u64::from_le_bytes(r.array().ok_or_else(|| bad(self))?));
                crate::builtins::complex_value(self, re, im)
            }
            b's' => Value::string(r.string().ok_or_else(|| bad(self))?),
            b'b' | b'B' => {
                let data = r.bytes().ok_or_else(|| bad(self))?.to_vec();
                Value::Bytes(Arc::new(PyBytes::new(data, tag == b'B')))
            }
            b'l' | b't' | b'S' | b'Z' => {
                let n = r.len().ok_or_else(|| bad(self))?;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.wire_get(r)?);
                }
                match tag {
                    b'l' => Value::list(items),
                    b't' => Value::tuple(items),
                    _ => self.new_set(items, tag == b'Z')?,
                }
            }
            b'd' => {
                let n = r.len().ok_or_else(|| bad(self))?;
                let d = Arc::new(PyDict::new());
                for _ in 0..n {
                    let k = self.wire_get(r)?;
                    let v = self.wire_get(r)?;
                    self.dict_set(&d, k, v)?;
                }
                Value::Dict(d)
            }
            b'r' => {
                let mut x = [0i64; 3];
                for slot in &mut x {
                    *slot = i64::from_le_bytes(r.array().ok_or_else(|| bad(self))?);
                }
                Value::Range(Arc::new(PyRange {
                    start: x[0],
                    stop: x[1],
                    step: x[2],
                }))
            }
            b'v' => {
                let n = r.len().ok_or_else(|| bad(self))?;
                let mut parts = Vec::with_capacity(3);
                for _ in 0..n.min(3) {
                    parts.push(self.wire_get(r)?);
                }
                let [start, stop, step] = <[Value; 3]>::try_from(parts).map_err(|_| bad(self))?;
                Value::Slice(Arc::new(PySlice { start, stop, step }))
            }
            b'g' => {
                let module = r.string().ok_or_else(|| bad(self))?;
                let qualname = r.string().ok_or_else(|| bad(self))?;
                self.wire_lookup(&module, &qualname)?
            }
            b'm' => {
                let obj = self.wire_get(r)?;
                let name = r.string().ok_or_else(|| bad(self))?;
                self.get_attr_str(&obj, &name)?
            }
            b'x' => {
                let cls = self.wire_get(r)?;
                let args = match self.wire_get(r)? {
                    Value::Tuple(t) => t.items().to_vec(),
                    _ => Vec::new(),
                };
                match cls {
                    Value::Class(c) => self.new_exception(c, args),
                    _ => return Err(bad(self)),
                }
            }
            b'O' => {
                let Value::Class(cls) = self.wire_get(r)? else {
                    return Err(bad(self));
                };
                let state = self.wire_get(r)?;
                let inst = Value::Instance(Arc::new(PyInstance::new(cls, Payload::None)));
                if self
                    .call_method_opt(&inst, "__setstate__", vec![state])?
                    .is_none()
                {
                    return Err(self.error("UnpicklingError", "state is not a dictionary"));
                }
                inst
            }
            b'o' | b'u' => {
                let Value::Class(cls) = self.wire_get(r)? else {
                    return Err(bad(self));
                };
                let inner = if tag == b'u' {
                    Some(self.wire_get(r)?)
                } else {
                    None
                };
                let Value::Dict(dict) = self.wire_get(r)? else {
                    return Err(bad(self));
                };
                let payload = match inner {
                    Some(v) => Payload::Builtin(crate::cell::PyCell::new(v)),
                    None => Payload::None,
                };
                let inst = PyInstance::new(cls, payload);
                for (k, v) in dict.table.borrow().items() {
                    self.dict_set(&inst.dict_arc(), k, v)?;
                }
                Value::Instance(Arc::new(inst))
            }
            _ => return Err(bad(self)),
        })
    }
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u64).to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_len(out, b.len());
    out.extend_from_slice(b);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_bytes(out, s.as_bytes());
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let s = self.data.get(self.at..self.at + N)?;
        self.at += N;
        s.try_into().ok()
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.array()?)).ok()
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        let s = self.data.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn string(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?.to_vec()).ok()
    }
}
