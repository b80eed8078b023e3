//! The few rewrites of CPython 3.11's `optimize_cfg` and `clean_basic_block`
//! that change what `dis` shows: an unconditional jump to a short exit
//! block is replaced by a copy of it, jumps to the next instruction and
//! the `SETUP_*` pseudo-instructions become `NOP`s, and `NOP`s are then
//! dropped unless one is the only instruction that carries its line.

use crate::assemble::{Block, blocks, label_target};
use crate::unit::{CodeUnit, Emitted};
use minipy_bytecode::Opcode;

/// CPython's `MAX_COPY_SIZE`: exit blocks up to this long are copied.
const MAX_COPY_SIZE: usize = 4;

fn is_exit(e: &Emitted) -> bool {
    matches!(
        e,
        Emitted::Op(
            Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise,
            _
        )
    )
}

/// CPython's `extend_block`: `JUMP` to a block of at most four
/// instructions that leaves the function becomes a `NOP` (keeping the
/// jump's line) followed by a copy of that block.
pub fn extend_blocks(unit: &mut CodeUnit) {
    loop {
        let (blocks, block_of) = blocks(unit);
        let found = blocks.iter().find_map(|block| {
            let last = block.end - 1;
            let Emitted::Op(Opcode::JumpForward | Opcode::JumpBackward, label) =
                unit.instrs[last].0
            else {
                return None;
            };
            let target = blocks.get(block_of[label_target(unit, label)])?;
            let body = &unit.instrs[target.start..target.end];
            let short = body.len() <= MAX_COPY_SIZE
                && body.iter().all(|(e, _)| matches!(e, Emitted::Op(..)));
            (short && is_exit(&body[body.len() - 1].0) && target.start != block.start)
                .then(|| (last, body.to_vec()))
        });
        let Some((jump, copy)) = found else { break };
        unit.instrs[jump].0 = Emitted::Op(Opcode::Nop, 0);
        let at = jump as u32 + 1;
        let inserted = copy.len() as u32;
        for bound in unit.labels.iter_mut().flatten() {
            if *bound >= at {
                *bound += inserted;
            }
        }
        unit.instrs.splice(at as usize..at as usize, copy);
    }
}

/// Chooses the instructions of reachable blocks that make it into the code
/// object, turning pseudo-instructions and jumps to the next instruction
/// into `NOP`s and dropping the `NOP`s no line needs.
pub fn select_instructions(unit: &mut CodeUnit, blocks: &[Block], reachable: &[bool]) -> Vec<bool> {
    let n = unit.instrs.len();
    let mut keep = vec![false; n];
    for (_, block) in blocks.iter().enumerate().filter(|(b, _)| reachable[*b]) {
        for i in block.start..block.end {
            match unit.instrs[i] {
                (Emitted::Op(..), _) => keep[i] = true,
                (
                    Emitted::SetupFinally(_) | Emitted::SetupCleanup(_) | Emitted::SetupWith(_),
                    loc,
                ) if loc.line != 0 => {
                    unit.instrs[i].0 = Emitted::Op(Opcode::Nop, 0);
                    keep[i] = true;
                }
                _ => {}
            }
        }
    }
    let first_kept_from = |keep: &[bool], i: usize| (i..n).find(|&k| keep[k]).unwrap_or(n);
    for i in 0..n {
        if let (true, Emitted::Op(Opcode::JumpForward | Opcode::JumpBackward, label)) =
            (keep[i], unit.instrs[i].0)
            && first_kept_from(&keep, label_target(unit, label)) == first_kept_from(&keep, i + 1)
        {
            unit.instrs[i].0 = Emitted::Op(Opcode::Nop, 0);
        }
    }
    remove_redundant_nops(unit, blocks, reachable, &mut keep);
    keep
}

/// CPython's `remove_redundant_nops`, block by block.
fn remove_redundant_nops(
    unit: &mut CodeUnit,
    blocks: &[Block],
    reachable: &[bool],
    keep: &mut [bool],
) {
    for (b, block) in blocks.iter().enumerate() {
        if !reachable[b] {
            continue;
        }
        let members: Vec<usize> = (block.start..block.end).filter(|&i| keep[i]).collect();
        let mut prev_line = None;
        for (pos, &i) in members.iter().enumerate() {
            let (op, loc) = unit.instrs[i];
            if op == Emitted::Op(Opcode::Nop, 0) {
                let line = loc.line;
                let redundant = if line == 0 || prev_line == Some(line) {
                    true
                } else if let Some(&next) = members.get(pos + 1) {
                    let next_line = unit.instrs[next].1.line;
                    if next_line == 0 || next_line == line {
                        unit.instrs[next].1 = loc;
                        true
                    } else {
                        false
                    }
                } else {
                    let next_block = blocks[b + 1..]
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| reachable[b + 1 + k])
                        .find_map(|(_, nb)| (nb.start..nb.end).find(|&k| keep[k]));
                    next_block.is_some_and(|k| unit.instrs[k].1.line == line)
                };
                if redundant {
                    keep[i] = false;
                    continue;
                }
            }
            prev_line = Some(loc.line);
        }
    }
}
