//! `traceback` and `frame` objects, as far as programs look at them:
//! `e.__traceback__`, `tb.tb_next`, `tb.tb_lineno`, `tb.tb_frame.f_code`
//! and `e.with_traceback(tb)`. An exception keeps its traceback as a list
//! of (code, instruction) entries; these objects are views of that list.

use crate::code_info::line_of;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

/// A traceback object: the entries outermost first, and which one it is.
struct Traceback {
    entries: Arc<Vec<TracebackEntry>>,
    index: usize,
}

/// A frame object, as seen from a traceback: its code and current line.
struct FrameView {
    code: CodeRef,
    line: u32,
}

fn make(vm: &Vm, class: &str, payload: Box<dyn std::any::Any + Send + Sync>) -> Value {
    let cls = vm.interp.types.iterators[class].clone();
    Value::Instance(Arc::new(PyInstance::new(cls, Payload::Native(payload))))
}

impl Vm {
    /// A frame object for the innermost running frame (what a signal
    /// handler receives), or `None` outside any frame.
    pub(crate) fn current_frame_object(&self) -> Value {
        match self.frames.last() {
            Some(frame) => {
                let instr = frame.ip.saturating_sub(1) as u32;
                make(
                    self,
                    "frame",
                    Box::new(FrameView {
                        code: frame.code,
                        line: line_of(frame.code, instr),
                    }),
                )
            }
            None => Value::None,
        }
    }

    /// `gen.gi_frame`: the generator's frame while it can still run (at
    /// its `yield`, or not started), `None` once it has finished.
    pub(crate) fn generator_frame_object(&self, genobj: &crate::objects::PyGenerator) -> Value {
        let line = match genobj.state() {
            crate::objects::GenState::Suspended => {
                let saved = genobj.inner.borrow();
                line_of(saved.frame.code, saved.frame.ip.saturating_sub(1) as u32)
            }
            crate::objects::GenState::Running => genobj.code.code.firstlineno,
            crate::objects::GenState::Finished => return Value::None,
        };
        make(
            self,
            "frame",
            Box::new(FrameView {
                code: genobj.code,
                line,
            }),
        )
    }

    /// `e.__traceback__`: `None`, or the outermost traceback entry.
    pub(crate) fn traceback_object(&self, exc: &Value) -> Value {
        let entries = self.traceback_entries(exc);
        if entries.is_empty() {
            return Value::None;
        }
        make(
            self,
            "traceback",
            Box::new(Traceback {
                entries: Arc::new(entries),
                index: 0,
            }),
        )
    }

    /// `e.with_traceback(tb)` and `e.__traceback__ = tb`.
    pub(crate) fn set_traceback(&self, exc: &Value, tb: &Value) -> PyResult<()> {
        let entries = match tb {
            Value::None => Vec::new(),
            Value::Instance(inst) => match inst.native::<Traceback>() {
                Some(t) => t.entries[t.index..].iter().rev().cloned().collect(),
                None => return Err(self.type_error("__traceback__ must be a traceback or None")),
            },
            _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
        };
        if let Some(data) = self.exception_data(exc) {
            data.borrow_mut().traceback = entries;
        }
        Ok(())
    }
}

/// The attributes of traceback and frame objects.
pub fn attribute(vm: &Vm, inst: &PyInstance, name: &str) -> Option<Value> {
    if let Some(t) = inst.native::<Traceback>() {
        let entry = &t.entries[t.index];
        return Some(match name {
            "tb_lineno" => Value::Int(line_of(entry.code, entry.instr) as i64),
            "tb_lasti" => Value::Int(entry.instr as i64 * 2),
            "tb_next" if t.index + 1 < t.entries.len() => make(
                vm,
                "traceback",
                Box::new(Traceback {
                    entries: t.entries.clone(),
                    index: t.index + 1,
                }),
            ),
            "tb_next" => Value::None,
            "tb_frame" => make(
                vm,
                "frame",
                Box::new(FrameView {
                    code: entry.code,
                    line: line_of(entry.code, entry.instr),
                }),
            ),
            _ => return None,
        });
    }
    let f = inst.native::<FrameView>()?;
    Some(match name {
        "f_code" => Value::Code(f.code),
        "f_lineno" => Value::Int(f.line as i64),
        "f_back" => Value::None,
        _ => return None,
    })
}
