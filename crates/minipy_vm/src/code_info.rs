//! Source positions of instructions, for tracebacks and `f_lineno`.

use crate::objects::PyCode;
use minipy_bytecode::Location;

/// The location of instruction `instr`; instructions the compiler added
/// itself (line 0) take the nearest earlier real line, as CPython does.
pub fn location_of(code: &PyCode, instr: u32) -> Location {
    let locations = &code.code.locations;
    let mut i = (instr as usize).min(locations.len().saturating_sub(1));
    loop {
        match locations.get(i) {
            Some(loc) if loc.line > 0 => return *loc,
            _ if i == 0 => {
                return Location {
                    line: code.code.firstlineno,
                    end_line: code.code.firstlineno,
                    ..Location::default()
                };
            }
            _ => i -= 1,
        }
    }
}

pub fn line_of(code: &PyCode, instr: u32) -> u32 {
    location_of(code, instr).line
}
