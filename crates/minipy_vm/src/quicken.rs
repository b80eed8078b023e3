//! Quickening: the VM's own copy of a code object's instructions, with
//! common pairs fused into superinstructions.
//!
//! Each instruction costs a dispatch (load, decode, an indirect jump), and
//! a value passed from one instruction to the next goes through the value
//! stack. In `n - 1`, `i < 10` or `for x in xs: ...` the second instruction
//! of the pair always follows the first, so one dispatch can do both. As in
//! CPython 3.11, the superinstruction overwrites only the first instruction
//! of its pair: the second keeps its place, so a jump to it still runs it
//! alone, offsets and line numbers do not move, and `dis` (which reads the
//! compiler's instructions, never these) shows what CPython shows.
//!
//! A superinstruction only takes a fast path it can finish without raising
//! (ints that cannot overflow, bound locals); anything else runs its first
//! instruction the ordinary way and lets the second follow. So errors and
//! tracebacks are exactly those of the plain instructions.

use crate::value::Value;
use minipy_bytecode::{CodeObject, Constant, Instruction, Opcode};
use std::sync::Arc;

/// The instructions the eval loop runs for `code` (whose constants are
/// `consts`).
pub fn quicken(code: &[Instruction], consts: &[Value]) -> Box<[Instruction]> {
    quicken_with(code, |i| {
        matches!(consts.get(i as usize), Some(Value::Int(_)))
    })
}

/// `code` and the code objects in its constants as the VM runs them, for
/// `minipy dis --adaptive` (CPython's `dis.dis(..., adaptive=True)`).
pub fn quickened(code: &CodeObject) -> CodeObject {
    let mut quick = code.clone();
    let is_int = |i: u32| matches!(code.consts.get(i as usize), Some(Constant::Int(_)));
    quick.code = quicken_with(&code.code, is_int).into_vec();
    for c in &mut quick.consts {
        if let Constant::Code(inner) = c {
            *c = Constant::Code(Arc::new(quickened(inner)));
        }
    }
    quick
}

/// Quickens `code`, whose constant `i` is an int when `is_int_const(i)`.
fn quicken_with(code: &[Instruction], is_int_const: impl Fn(u32) -> bool) -> Box<[Instruction]> {
    let mut quick: Box<[Instruction]> = code.into();
    for i in 0..code.len() {
        if let Some(op) = fused(&code[i..], &is_int_const) {
            quick[i].op = op;
        }
    }
    quick
}

/// The superinstruction for the instructions that start `code`, if any.
fn fused(code: &[Instruction], is_int_const: &impl Fn(u32) -> bool) -> Option<Opcode> {
    use Opcode::*;
    let op = |i: usize| code.get(i).map(|instr| instr.op);
    let int_const = |i: usize| code.get(i).is_some_and(|instr| is_int_const(instr.arg));
    Some(match (op(0)?, op(1)?, op(2)) {
        (LoadFast, LoadConst, Some(BinaryOp)) if int_const(1) => LoadFastLoadConstBinaryOp,
        (LoadFast, LoadConst, Some(CompareOp)) if int_const(1) => LoadFastLoadConstCompareOp,
        // A LOAD_FAST before LOAD_ATTR or STORE_ATTR stays alone: it does
        // `self.x` on the borrowed local itself.
        (LoadFast | StoreFast, LoadFast, Some(LoadAttr | StoreAttr)) => return None,
        (LoadFast, LoadFast, _) => LoadFastLoadFast,
        (StoreFast, LoadFast, _) => StoreFastLoadFast,
        (LoadConst, BinaryOp, _) if int_const(0) => LoadConstBinaryOp,
        (LoadConst, CompareOp, _) if int_const(0) => LoadConstCompareOp,
        (ForIter, StoreFast, _) => ForIterStoreFast,
        (BuildSlice, BinarySubscr, _) if code[0].arg == 2 => BuildSliceBinarySubscr,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instr(op: Opcode, arg: u32) -> Instruction {
        Instruction::new(op, arg)
    }

    #[test]
    fn fuses_the_first_of_each_run_and_keeps_the_rest() {
        let consts = [Value::Int(1), Value::None];
        let code = [
            instr(Opcode::LoadFast, 3),
            instr(Opcode::LoadConst, 0),
            instr(Opcode::CompareOp, 0),
            instr(Opcode::StoreFast, 3),
            instr(Opcode::LoadFast, 0),
            instr(Opcode::LoadFast, 1),
            instr(Opcode::LoadConst, 0),
            instr(Opcode::BinaryOp, 10),
            instr(Opcode::LoadConst, 1),
            instr(Opcode::CompareOp, 2),
            instr(Opcode::ForIter, 9),
            instr(Opcode::StoreFast, 2),
            instr(Opcode::BuildSlice, 2),
            instr(Opcode::BinarySubscr, 0),
            instr(Opcode::BuildSlice, 3),
            instr(Opcode::BinarySubscr, 0),
            instr(Opcode::ReturnValue, 0),
        ];
        let quick = quicken(&code, &consts);
        let ops: Vec<Opcode> = quick.iter().map(|i| i.op).collect();
        assert_eq!(
            ops,
            [
                Opcode::LoadFastLoadConstCompareOp,
                Opcode::LoadConstCompareOp,
                Opcode::CompareOp,
                Opcode::StoreFastLoadFast,
                Opcode::LoadFastLoadFast,
                Opcode::LoadFastLoadConstBinaryOp,
                Opcode::LoadConstBinaryOp,
                Opcode::BinaryOp,
                // `None` is not an int: no fast path to take.
                Opcode::LoadConst,
                Opcode::CompareOp,
                Opcode::ForIterStoreFast,
                Opcode::StoreFast,
                Opcode::BuildSliceBinarySubscr,
                Opcode::BinarySubscr,
                // A step: the general slice.
                Opcode::BuildSlice,
                Opcode::BinarySubscr,
                Opcode::ReturnValue,
            ]
        );
        assert!(quick.iter().zip(&code).all(|(q, c)| q.arg == c.arg));
    }

    #[test]
    fn leaves_the_local_before_an_attribute_alone() {
        let code = [
            instr(Opcode::LoadFast, 0),
            instr(Opcode::LoadFast, 1),
            instr(Opcode::StoreAttr, 0),
            instr(Opcode::StoreFast, 0),
            instr(Opcode::LoadFast, 1),
            instr(Opcode::LoadAttr, 0),
        ];
        let ops: Vec<Opcode> = quicken(&code, &[]).iter().map(|i| i.op).collect();
        assert_eq!(ops, code.map(|i| i.op));
    }
}
