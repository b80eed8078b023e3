//! `minipy dis`: the disassembler, in the columns of CPython 3.11's `dis`.
//!
//! Each row is: source line (on the first instruction of a line), `>>` on
//! jump targets, the offset, the opcode name padded to 20, the argument
//! right-aligned in 5, and a note in parentheses. Offsets count two bytes
//! per instruction, as CPython's do, so `JUMP_FORWARD ... (to 24)` reads the
//! same way; minipy has no inline caches, so there are no gaps. Nested code
//! objects follow their parent, each under a `Disassembly of ...:` header
//! (without the memory address CPython prints, so output is reproducible).

use crate::{ArgKind, BINARY_OPS, COMPARE_OPS, CodeObject, Constant};
use minipy_diagnostics::pyrepr::{format_float_short, repr_bytes, repr_float, repr_str};
use std::collections::HashSet;
use std::fmt::Write;

/// Disassembles `code` and, after it, every code object nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for nested in code.nested() {
        out.push('\n');
        let _ = writeln!(out, "Disassembly of {}:", code_repr(nested));
        out.push_str(&disassemble(nested));
    }
    out
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.firstlineno
    )
}

/// `repr()` of a constant, as `dis` shows it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", format_float_short(*imag, false))
            } else {
                let imag = format_float_short(*imag, false);
                let sign = if imag.starts_with('-') { "" } else { "+" };
                format!("({}{sign}{imag}j)", format_float_short(*real, false))
            }
        }
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => code_repr(code),
    }
}

fn argrepr(code: &CodeObject, kind: ArgKind, arg: u32) -> String {
    let index = arg as usize;
    match kind {
        ArgKind::None | ArgKind::Number => String::new(),
        ArgKind::Const => code
            .consts
            .get(index)
            .map(constant_repr)
            .unwrap_or_default(),
        ArgKind::Name => code.names.get(index).cloned().unwrap_or_default(),
        ArgKind::Local => code.varnames.get(index).cloned().unwrap_or_default(),
        ArgKind::Free => code.deref_name(arg).to_string(),
        ArgKind::Jump => format!("to {}", arg * 2),
        ArgKind::BinaryOp => BINARY_OPS.get(index).copied().unwrap_or("?").to_string(),
        ArgKind::CompareOp => COMPARE_OPS.get(index).copied().unwrap_or("?").to_string(),
        ArgKind::FunctionFlags => ["defaults", "kwdefaults", "annotations", "closure"]
            .iter()
            .enumerate()
            .filter(|(bit, _)| arg & (1 << bit) != 0)
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join(", "),
        ArgKind::FormatFlags => {
            let conversion = ["", "str", "repr", "ascii"][index & 3];
            if arg & 4 != 0 {
                if conversion.is_empty() {
                    "with format".into()
                } else {
                    format!("{conversion}, with format")
                }
            } else {
                conversion.into()
            }
        }
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: HashSet<u32> = code
        .code
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .chain(code.exceptiontable.iter().map(|e| e.target))
        .collect();
    let max_line = code.locations.iter().map(|l| l.line).max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let max_offset = code.code.len().saturating_sub(1) * 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut last_line = None;
    for (i, instr) in code.code.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.line).filter(|&l| l > 0);
        let starts_line = line.is_some() && line != last_line;
        if line.is_some() {
            last_line = line;
        }
        if starts_line && i > 0 {
            out.push('\n');
        }
        let mut fields = Vec::with_capacity(6);
        fields.push(if starts_line {
            format!("{:>line_width$}", line.unwrap())
        } else {
            " ".repeat(line_width)
        });
        fields.push("   ".to_string());
        fields.push(
            if targets.contains(&(i as u32)) {
                ">>"
            } else {
                "  "
            }
            .to_string(),
        );
        fields.push(format!("{:>offset_width$}", i * 2));
        fields.push(format!("{:<20}", instr.op.name_at(i as u32, instr.arg)));
        let kind = instr.op.arg_kind();
        if kind != ArgKind::None {
            fields.push(format!("{:>5}", instr.arg));
            let note = argrepr(code, kind, instr.arg);
            if !note.is_empty() {
                fields.push(format!("({note})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !code.exceptiontable.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exceptiontable {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                e.start * 2,
                e.end * 2 - 2,
                e.target * 2,
                e.depth
            );
        }
    }
}
