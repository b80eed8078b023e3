//! The assembler: from the emitted instruction list to a finished `CodeObject`.
//!
//! Like CPython's `assemble()`: split the code into basic blocks, drop the
//! unreachable ones, compute the maximum stack depth, work out which
//! handler covers each instruction (from the `SETUP_*`/`POP_BLOCK`
//! pseudo-instructions), then remove the pseudo-instructions, resolve jump
//! labels to instruction indexes and write the exception table.

use crate::unit::{CodeUnit, Emitted};
use minipy_bytecode::{CodeObject, ExceptionTableEntry, Instruction, Opcode};
use std::sync::Arc;

/// A handler: target label, stack depth to restore, whether `lasti` is pushed.
type Handler = (u32, u32, bool);

pub(crate) struct Block {
    pub start: usize,
    pub end: usize,
}

pub(crate) fn label_target(unit: &CodeUnit, label: u32) -> usize {
    unit.labels[label as usize].expect("every jump label is bound") as usize
}

pub(crate) fn jump_label(e: &Emitted) -> Option<u32> {
    match *e {
        Emitted::Op(op, arg) if op.is_jump() => Some(arg),
        Emitted::SetupFinally(l) | Emitted::SetupCleanup(l) | Emitted::SetupWith(l) => Some(l.0),
        _ => None,
    }
}

pub(crate) fn ends_flow(e: &Emitted) -> bool {
    matches!(*e, Emitted::Op(op, _) if op.is_terminator())
}

/// Splits the instructions into basic blocks.
pub(crate) fn blocks(unit: &CodeUnit) -> (Vec<Block>, Vec<usize>) {
    let n = unit.instrs.len();
    let mut leader = vec![false; n + 1];
    leader[0] = true;
    for (i, (e, _)) in unit.instrs.iter().enumerate() {
        if let Some(l) = jump_label(e) {
            leader[label_target(unit, l)] = true;
        }
        if matches!(e, Emitted::Op(op, _) if op.is_jump()) || ends_flow(e) {
            leader[i + 1] = true;
        }
    }
    let mut result = Vec::new();
    let mut block_of = vec![0; n + 1];
    let mut start = 0;
    for i in 1..=n {
        if leader[i] || i == n {
            if start < i {
                result.push(Block { start, end: i });
            }
            start = i;
        }
    }
    for (b, block) in result.iter().enumerate() {
        for slot in &mut block_of[block.start..block.end] {
            *slot = b;
        }
    }
    block_of[n] = result.len();
    (result, block_of)
}

pub fn assemble(mut unit: CodeUnit, filename: &Arc<str>) -> CodeObject {
    crate::peephole::extend_blocks(&mut unit);
    let (blocks, block_of) = crate::lines::assign_line_numbers(&mut unit);
    let n = unit.instrs.len();

    // Reachability and stack depth in one walk over the blocks.
    let mut entry_depth: Vec<Option<i32>> = vec![None; blocks.len()];
    let mut setup_depth = vec![0i32; n];
    let mut max_depth = 0i32;
    let mut work = Vec::new();
    if !blocks.is_empty() {
        entry_depth[0] = Some(0);
        work.push(0);
    }
    while let Some(b) = work.pop() {
        let mut depth = entry_depth[b].unwrap();
        let mut visit = |target: usize, d: i32, work: &mut Vec<usize>| {
            if entry_depth[target].is_none() {
                entry_depth[target] = Some(d);
                work.push(target);
            }
        };
        let block = &blocks[b];
        for i in block.start..block.end {
            match unit.instrs[i].0 {
                Emitted::Op(op, arg) => {
                    if op.is_jump() {
                        let target = block_of[label_target(&unit, arg)];
                        let d = depth + op.stack_effect(arg, true);
                        max_depth = max_depth.max(d);
                        visit(target, d, &mut work);
                    }
                    depth += op.stack_effect(arg, false);
                }
                Emitted::SetupFinally(l) => {
                    setup_depth[i] = depth;
                    visit(block_of[label_target(&unit, l.0)], depth + 1, &mut work);
                }
                Emitted::SetupCleanup(l) => {
                    setup_depth[i] = depth;
                    visit(block_of[label_target(&unit, l.0)], depth + 2, &mut work);
                }
                Emitted::SetupWith(l) => {
                    setup_depth[i] = depth - 1;
                    visit(block_of[label_target(&unit, l.0)], depth + 1, &mut work);
                }
                Emitted::PopBlock => {}
            }
            max_depth = max_depth.max(depth);
        }
        if !ends_flow(&unit.instrs[block.end - 1].0) && b + 1 < blocks.len() {
            visit(b + 1, depth, &mut work);
        }
    }
    let reachable: Vec<bool> = entry_depth.iter().map(Option::is_some).collect();

    let handlers = exception_targets(&unit, &blocks, &block_of, &reachable, &setup_depth);

    let keep = crate::peephole::select_instructions(&mut unit, &blocks, &reachable);
    let mut new_index = vec![0u32; n + 1];
    let mut next = 0u32;
    for i in 0..n {
        new_index[i] = next;
        next += keep[i] as u32;
    }
    new_index[n] = next;

    let mut code = Vec::with_capacity(n);
    let mut locations = Vec::with_capacity(n);
    let mut handler_of = Vec::with_capacity(n);
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let (Emitted::Op(mut op, mut arg), loc) = unit.instrs[i] else {
            unreachable!("only real instructions are kept")
        };
        if op.is_jump() {
            arg = new_index[label_target(&unit, arg)];
            if matches!(op, Opcode::JumpForward | Opcode::JumpBackward) {
                op = if arg <= new_index[i] {
                    Opcode::JumpBackward
                } else {
                    Opcode::JumpForward
                };
            }
        }
        code.push(Instruction::new(op, arg));
        locations.push(loc);
        handler_of.push(
            handlers[i].map(|(l, depth, lasti)| (new_index[label_target(&unit, l)], depth, lasti)),
        );
    }

    let mut exceptiontable: Vec<ExceptionTableEntry> = Vec::new();
    for (i, h) in handler_of.iter().enumerate() {
        let Some((target, depth, lasti)) = *h else {
            continue;
        };
        if let Some(last) = exceptiontable.last_mut()
            && last.end == i as u32
            && last.target == target
            && last.depth == depth
            && last.lasti == lasti
        {
            last.end += 1;
            continue;
        }
        exceptiontable.push(ExceptionTableEntry {
            start: i as u32,
            end: i as u32 + 1,
            target,
            depth,
            lasti,
        });
    }

    CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.clone(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        stacksize: max_depth.max(0) as u32,
        code,
        locations,
        consts: unit.consts,
        names: unit.names,
        cell2arg: unit
            .cellvars
            .iter()
            .map(|c| unit.varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect(),
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        exceptiontable,
    }
}

/// CPython's `label_exception_targets`: walks the blocks with a stack of
/// active handlers, so each instruction learns which handler covers it.
fn exception_targets(
    unit: &CodeUnit,
    blocks: &[Block],
    block_of: &[usize],
    reachable: &[bool],
    setup_depth: &[i32],
) -> Vec<Option<Handler>> {
    let mut handler_of: Vec<Option<Handler>> = vec![None; unit.instrs.len()];
    let mut stacks: Vec<Option<Vec<Handler>>> = vec![None; blocks.len()];
    let mut visited = vec![false; blocks.len()];
    if blocks.is_empty() {
        return handler_of;
    }
    let mut todo = vec![0usize];
    stacks[0] = Some(Vec::new());
    visited[0] = true;
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].take().unwrap_or_default();
        let block = &blocks[b];
        for i in block.start..block.end {
            let e = unit.instrs[i].0;
            match e {
                Emitted::SetupFinally(l) | Emitted::SetupCleanup(l) | Emitted::SetupWith(l) => {
                    let target = block_of[label_target(unit, l.0)];
                    if !visited[target] {
                        visited[target] = true;
                        stacks[target] = Some(stack.clone());
                        todo.push(target);
                    }
                    let lasti = !matches!(e, Emitted::SetupFinally(_));
                    stack.push((l.0, setup_depth[i].max(0) as u32, lasti));
                }
                Emitted::PopBlock => {
                    stack.pop();
                }
                Emitted::Op(op, arg) => {
                    handler_of[i] = stack.last().copied();
                    if op.is_jump() {
                        let target = block_of[label_target(unit, arg)];
                        if !visited[target] {
                            visited[target] = true;
                            stacks[target] = Some(stack.clone());
                            todo.push(target);
                        }
                    }
                }
            }
        }
        let falls_through = !ends_flow(&unit.instrs[block.end - 1].0);
        if falls_through && b + 1 < blocks.len() && !visited[b + 1] && reachable[b + 1] {
            visited[b + 1] = true;
            stacks[b + 1] = Some(stack);
            todo.push(b + 1);
        }
    }
    handler_of
}
