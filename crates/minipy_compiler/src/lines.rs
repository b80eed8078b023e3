//! Line numbers for instructions emitted without one.
//!
//! The compiler leaves "artificial" instructions (the jump back to a loop's
//! start, the implicit `return None`) without a location. CPython's
//! assembler then gives them one, and so do we, with the same three passes
//! (`duplicate_exits_without_lineno`, `propagate_line_numbers`,
//! `guarantee_lineno_for_exits`), so that `dis` shows the lines `python3 -m
//! dis` shows and a traceback never points at line 0.

use crate::assemble::{Block, blocks, ends_flow, jump_label, label_target};
use crate::unit::{CodeUnit, Emitted};
use minipy_bytecode::Opcode;

/// The control-flow facts the passes need.
struct Graph {
    blocks: Vec<Block>,
    block_of: Vec<usize>,
    reachable: Vec<bool>,
    predecessors: Vec<u32>,
}

impl Graph {
    fn new(unit: &CodeUnit) -> Graph {
        let (blocks, block_of) = blocks(unit);
        let mut reachable = vec![false; blocks.len()];
        let mut work = Vec::new();
        if !blocks.is_empty() {
            reachable[0] = true;
            work.push(0);
        }
        while let Some(b) = work.pop() {
            for_each_successor(unit, &blocks, &block_of, b, |next| {
                if next < blocks.len() && !reachable[next] {
                    reachable[next] = true;
                    work.push(next);
                }
            });
        }
        let mut predecessors = vec![0u32; blocks.len() + 1];
        for b in (0..blocks.len()).filter(|&b| reachable[b]) {
            for_each_successor(unit, &blocks, &block_of, b, |next| predecessors[next] += 1);
        }
        Graph {
            blocks,
            block_of,
            reachable,
            predecessors,
        }
    }
}

/// Calls `f` on every block control can go to from block `b`: jump
/// targets, handlers and the next block when control falls through.
fn for_each_successor(
    unit: &CodeUnit,
    blocks: &[Block],
    block_of: &[usize],
    b: usize,
    mut f: impl FnMut(usize),
) {
    let block = &blocks[b];
    for (e, _) in &unit.instrs[block.start..block.end] {
        if let Some(l) = jump_label(e) {
            f(block_of[label_target(unit, l)]);
        }
    }
    if !ends_flow(&unit.instrs[block.end - 1].0) {
        f(b + 1);
    }
}

fn is_exit(e: &Emitted) -> bool {
    matches!(
        e,
        Emitted::Op(
            Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise,
            _
        )
    )
}

fn exits_without_lineno(unit: &CodeUnit, block: &Block) -> bool {
    is_exit(&unit.instrs[block.end - 1].0)
        && unit.instrs[block.start..block.end]
            .iter()
            .all(|(_, loc)| loc.line == 0)
}

/// Gives every instruction of `unit` a line, as CPython's assembler does.
/// Returns the basic blocks (and each instruction's block), which only
/// the line numbers changed, so the assembler need not split them again.
pub fn assign_line_numbers(unit: &mut CodeUnit) -> (Vec<Block>, Vec<usize>) {
    // The passes below change locations, never instructions, so the
    // graph built here stays valid through them.
    let graph = duplicate_exits_without_lineno(unit);
    propagate_line_numbers(unit, &graph);
    guarantee_lineno_for_exits(unit, &graph);
    (graph.blocks, graph.block_of)
}

/// An exit block with no line that several jumps reach is copied once per
/// jump, each copy taking the line of its jump. Returns the graph of the
/// code as it is at the end.
fn duplicate_exits_without_lineno(unit: &mut CodeUnit) -> Graph {
    let graph = loop {
        let graph = Graph::new(unit);
        let found = (0..graph.blocks.len())
            .filter(|&b| graph.reachable[b])
            .find_map(|b| {
                let last = graph.blocks[b].end - 1;
                let label = match unit.instrs[last].0 {
                    Emitted::Op(op, arg) if op.is_jump() => arg,
                    _ => return None,
                };
                let target = graph.block_of[label_target(unit, label)];
                (target < graph.blocks.len()
                    && graph.predecessors[target] > 1
                    && exits_without_lineno(unit, &graph.blocks[target]))
                .then_some((last, target))
            });
        let Some((jump, target)) = found else {
            break graph;
        };
        let Block { start, end } = graph.blocks[target];
        let mut copy: Vec<_> = unit.instrs[start..end].to_vec();
        copy[0].1 = unit.instrs[jump].1;
        let inserted = copy.len() as u32;
        for bound in unit.labels.iter_mut().flatten() {
            if *bound >= end as u32 {
                *bound += inserted;
            }
        }
        unit.instrs.splice(end..end, copy);
        let label = unit.new_label();
        unit.labels[label.0 as usize] = Some(end as u32);
        if let Emitted::Op(_, arg) = &mut unit.instrs[jump].0 {
            *arg = label.0;
        }
    };
    // What is left is reached only by falling through from the block before.
    for b in 1..graph.blocks.len() {
        let prev = &graph.blocks[b - 1];
        if graph.reachable[b - 1]
            && !ends_flow(&unit.instrs[prev.end - 1].0)
            && exits_without_lineno(unit, &graph.blocks[b])
        {
            let line = unit.instrs[prev.end - 1].1;
            unit.instrs[graph.blocks[b].start].1 = line;
        }
    }
    graph
}

/// Inside a block an instruction without a line takes the one before it;
/// a block with a single predecessor starts with its predecessor's line.
fn propagate_line_numbers(unit: &mut CodeUnit, graph: &Graph) {
    for (b, block) in graph.blocks.iter().enumerate() {
        if !graph.reachable[b] {
            continue;
        }
        let mut prev = Default::default();
        for i in block.start..block.end {
            if unit.instrs[i].1.line == 0 {
                unit.instrs[i].1 = prev;
            } else {
                prev = unit.instrs[i].1;
            }
        }
        let inherit = |target: usize, unit: &mut CodeUnit| {
            if target < graph.blocks.len() && graph.predecessors[target] == 1 {
                let first = graph.blocks[target].start;
                if unit.instrs[first].1.line == 0 {
                    unit.instrs[first].1 = prev;
                }
            }
        };
        let last = unit.instrs[block.end - 1].0;
        if !ends_flow(&last) {
            inherit(b + 1, unit);
        }
        if let Emitted::Op(op, arg) = last
            && op.is_jump()
        {
            let target = graph.block_of[label_target(unit, arg)];
            inherit(target, unit);
        }
    }
}

/// A return still without a line takes the last line seen before it.
fn guarantee_lineno_for_exits(unit: &mut CodeUnit, graph: &Graph) {
    let mut line = minipy_bytecode::Location {
        line: unit.firstlineno,
        end_line: unit.firstlineno,
        col: 0,
        end_col: 0,
    };
    for (b, block) in graph.blocks.iter().enumerate() {
        if !graph.reachable[b] {
            continue;
        }
        let (last, loc) = unit.instrs[block.end - 1];
        if loc.line == 0 {
            if matches!(last, Emitted::Op(Opcode::ReturnValue, _)) {
                for i in block.start..block.end {
                    unit.instrs[i].1 = line;
                }
            }
        } else {
            line = loc;
        }
    }
}
