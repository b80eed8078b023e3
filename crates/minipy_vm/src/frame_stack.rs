//! Pushing a call's frame by writing its fields straight into the frame stack.
//!
//! `frames.push(Frame { .. })` builds the 96-byte frame on the Rust stack,
//! field by field, then copies it into the vector in 16-byte blocks. Each
//! block load spans several fresh narrow stores, which the processor cannot
//! forward, so every Python call stalled on it: a third of `call_at`'s time
//! in `fib`. Here each field is written once, in place. This is one of the
//! few modules allowed to use `unsafe`.

#![allow(unsafe_code)]

use crate::frame::{Frame, FrameKind};
use crate::objects::{CodeRef, PyFunction};
use crate::value::Value;
use std::ptr::addr_of_mut;
use std::sync::Arc;

/// Pushes the frame of a function call made by the eval loop (no locals
/// dict, not an entry frame, starting at the first instruction). With an
/// `instance`, it is the `__init__` frame of a class call.
///
/// The frame kind is built here, in its slot, and not passed in: a
/// `FrameKind::Normal` made by the caller was written to the Rust stack
/// as a narrow tag and copied on as a 16-byte block, the same forwarding
/// stall as above, and a third of `call_at`'s time in `fib`.
#[inline(always)]
pub fn push_call_frame(
    frames: &mut Vec<Frame>,
    code: CodeRef,
    base: usize,
    call_base: usize,
    func: Arc<PyFunction>,
    instance: Option<Value>,
) {
    let (slot, len) = free_slot(frames);
    // SAFETY: `slot` is allocated and holds no value (see `free_slot`).
    // Every field of `Frame` is written exactly once through
    // `addr_of_mut!` (no reference to the uninitialised slot is made)
    // before the length grows to cover it, which is what `Vec::push` does
    // with a whole `Frame`.
    unsafe {
        addr_of_mut!((*slot).code).write(code);
        addr_of_mut!((*slot).ip).write(0);
        addr_of_mut!((*slot).base).write(base);
        addr_of_mut!((*slot).call_base).write(call_base);
        addr_of_mut!((*slot).module_globals).write(None);
        addr_of_mut!((*slot).locals).write(None);
        addr_of_mut!((*slot).func).write(Some(func));
        match instance {
            None => addr_of_mut!((*slot).kind).write(FrameKind::Normal),
            Some(instance) => addr_of_mut!((*slot).kind).write(FrameKind::Init(instance)),
        }
        addr_of_mut!((*slot).lasti).write(0);
        addr_of_mut!((*slot).is_entry).write(false);
        frames.set_len(len + 1);
    }
}

/// Pushes a suspended generator's frame to resume it (for a `FOR_ITER`,
/// or `next`/`send` from native code): its owned fields move out of
/// `saved` (which keeps an inert frame with the same code), and it starts
/// at `base` on the value stack, as a non-entry frame. The caller then
/// sets its kind, which holds the generator that `saved` is borrowed from.
#[inline(always)]
pub fn push_resumed_frame(frames: &mut Vec<Frame>, saved: &mut Frame, base: usize) {
    let (slot, len) = free_slot(frames);
    // SAFETY: as in `push_call_frame`: the slot is allocated and empty,
    // each field is written once through `addr_of_mut!`, and only then
    // does the length cover it. The values written are owned: the
    // `Option`s are taken out of `saved`, the rest are `Copy`.
    unsafe {
        addr_of_mut!((*slot).code).write(saved.code);
        addr_of_mut!((*slot).ip).write(saved.ip);
        addr_of_mut!((*slot).base).write(base);
        addr_of_mut!((*slot).call_base).write(base);
        addr_of_mut!((*slot).module_globals).write(saved.module_globals.take());
        addr_of_mut!((*slot).locals).write(saved.locals.take());
        addr_of_mut!((*slot).func).write(saved.func.take());
        addr_of_mut!((*slot).kind).write(FrameKind::Normal);
        addr_of_mut!((*slot).lasti).write(saved.lasti);
        addr_of_mut!((*slot).is_entry).write(false);
        frames.set_len(len + 1);
    }
}

/// Gives the frame `push_resumed_frame` just pushed its kind, without
/// dropping the placeholder (an out-of-line call per item, for a `Normal`
/// that owns nothing).
#[inline(always)]
pub fn set_resumed_kind(frames: &mut [Frame], kind: FrameKind) {
    let top = frames.last_mut().expect("a resumed frame");
    debug_assert!(matches!(top.kind, FrameKind::Normal));
    // SAFETY: `top.kind` is a valid, aligned `FrameKind`; overwriting it
    // without dropping the old one at worst leaks it, and the `Normal`
    // that `push_resumed_frame` wrote owns nothing.
    unsafe { std::ptr::write(&mut top.kind, kind) }
}

/// Pops a generator's frame at its `yield`, its kind already taken: its
/// owned fields move into `saved` one by one (the frame is not copied out
/// whole first, which stalled like a whole-frame push).
#[inline(always)]
pub fn pop_suspended_frame(frames: &mut Vec<Frame>, saved: &mut Frame) {
    let top = frames.last_mut().expect("a running frame");
    debug_assert!(matches!(top.kind, FrameKind::Normal));
    saved.ip = top.ip;
    saved.lasti = top.lasti;
    saved.func = top.func.take();
    saved.module_globals = top.module_globals.take();
    saved.locals = top.locals.take();
    let len = frames.len();
    // SAFETY: the top frame now owns nothing: its `Option`s were taken,
    // its kind is `Normal`, and its other fields are `Copy`. So shrinking
    // the length past it, without dropping it, leaks nothing. `frames.pop()`
    // would copy the whole frame out just to drop it, and that copy,
    // reading back the fields written above in wider blocks, stalled.
    unsafe { frames.set_len(len - 1) };
}

/// Pops the top frame when it is an ordinary function call's (kind
/// `Normal`, not an entry frame, no module globals or locals namespace):
/// its `call_base` and its function, which the caller drops after cutting
/// the value stack back. `None` leaves any other frame in place.
#[inline(always)]
pub fn pop_call_frame(frames: &mut Vec<Frame>) -> Option<(usize, Option<Arc<PyFunction>>)> {
    let top = frames.last_mut()?;
    if !matches!(top.kind, FrameKind::Normal)
        || top.is_entry
        || top.module_globals.is_some()
        || top.locals.is_some()
    {
        return None;
    }
    let call_base = top.call_base;
    let func = top.func.take();
    let len = frames.len();
    // SAFETY: as in `pop_suspended_frame`: the top frame owns nothing now
    // (its function was taken, its other `Option`s are `None`, its kind
    // is `Normal`, and the rest is `Copy`), so shrinking the length past
    // it without dropping it leaks nothing, and `frames.pop()` would copy
    // all 104 bytes out only to drop them.
    unsafe { frames.set_len(len - 1) };
    Some((call_base, func))
}

/// The slot just past the last frame, with room made for it, and the
/// current length. Making the pointer is safe; writing through it is what
/// the callers argue for.
#[inline(always)]
fn free_slot(frames: &mut Vec<Frame>) -> (*mut Frame, usize) {
    let len = frames.len();
    if len == frames.capacity() {
        grow(frames);
    }
    // `len < capacity` now, so `add(len)` stays inside the allocation.
    (frames.as_mut_ptr().wrapping_add(len), len)
}

#[cold]
#[inline(never)]
fn grow(frames: &mut Vec<Frame>) {
    frames.reserve(frames.capacity().max(16));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::PyCell;
    use crate::objects::PyGenerator;

    #[test]
    fn pushed_frames_read_back_as_written() {
        crate::gil::ensure_held();
        let mut vm = crate::vm::Vm::new(crate::Interpreter::new());
        let code = crate::loader::load_code(&mut vm, &Default::default());
        let globals = Arc::new(crate::objects::PyDict::new());
        let func = Arc::new(PyFunction {
            code,
            globals,
            name: PyCell::new(Value::None),
            qualname: PyCell::new(Value::None),
            defaults: PyCell::new(Vec::new()),
            kwdefaults: PyCell::new(None),
            closure: Box::new([]),
            annotations: PyCell::new(Value::None),
            doc: PyCell::new(Value::None),
            module: PyCell::new(Value::None),
            dict: Arc::new(crate::objects::PyDict::new()),
        });
        let mut frames = Vec::with_capacity(1);
        for i in 0..100 {
            push_call_frame(&mut frames, code, i + 1, i, func.clone(), None);
        }
        assert_eq!(frames.len(), 100);
        for (i, f) in frames.iter().enumerate() {
            assert_eq!((f.ip, f.base, f.call_base, f.lasti), (0, i + 1, i, 0));
            assert!(f.module_globals.is_none() && f.locals.is_none() && !f.is_entry);
            assert!(matches!(f.kind, FrameKind::Normal));
            assert!(Arc::ptr_eq(f.func.as_ref().unwrap(), &func));
        }
        assert_eq!(Arc::strong_count(&func), 101);
        frames.clear();
        assert_eq!(Arc::strong_count(&func), 1);

        // A resumed frame takes the saved frame's owned fields.
        let mut saved = Frame {
            code,
            ip: 7,
            base: 0,
            call_base: 0,
            module_globals: Some(Arc::new(crate::objects::PyDict::new())),
            locals: None,
            func: Some(func.clone()),
            kind: FrameKind::Normal,
            lasti: 5,
            is_entry: true,
        };
        // Popped at its yield, it gives them back, and its kind holds the
        // generator and the caller's exception meanwhile.
        let inert = Frame {
            func: None,
            module_globals: None,
            kind: FrameKind::Normal,
            ..saved.clone()
        };
        let generator = Arc::new(PyGenerator::new(
            inert,
            Vec::new(),
            Value::None,
            Value::None,
        ));
        for round in 0..40 {
            push_resumed_frame(&mut frames, &mut saved, 3);
            let kind = FrameKind::ForIterGenerator {
                generator: generator.clone(),
                caller_exc: Some(Box::new(Value::Int(9))),
            };
            set_resumed_kind(&mut frames, kind);
            assert!(saved.func.is_none() && saved.module_globals.is_none());
            let top = frames.last_mut().unwrap();
            assert_eq!(
                (top.ip, top.base, top.call_base, top.lasti),
                (7 + round, 3, 3, 5)
            );
            assert!(!top.is_entry && top.module_globals.is_some());
            let FrameKind::ForIterGenerator {
                generator: g,
                caller_exc,
            } = std::mem::replace(&mut top.kind, FrameKind::Normal)
            else {
                panic!("a resumed frame's kind")
            };
            assert!(Arc::ptr_eq(&g, &generator));
            assert!(matches!(caller_exc.as_deref(), Some(Value::Int(9))));
            top.ip += 1;
            pop_suspended_frame(&mut frames, &mut saved);
            assert!(frames.is_empty());
            assert_eq!(saved.ip, 8 + round);
            assert!(saved.func.is_some() && saved.module_globals.is_some());
        }
        assert_eq!(Arc::strong_count(&generator), 1);
        assert_eq!(Arc::strong_count(&func), 2);
    }
}
