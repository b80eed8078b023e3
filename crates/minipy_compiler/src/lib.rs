//! Stage 4 of the pipeline: the syntax tree to bytecode.
//!
//! The compiler walks the tree once per scope, guided by the symbol table
//! (which decides `LOAD_FAST` against `LOAD_GLOBAL` against `LOAD_DEREF`),
//! and emits instructions into a [`unit::CodeUnit`]; the assembler then
//! turns each unit into a [`CodeObject`]. The code follows CPython 3.11's
//! `Python/compile.c` closely, one module per family of constructs, so the
//! output of `minipy dis` can be read beside `python3 -m dis`.

mod assemble;
mod call;
mod control;
mod expr;
mod fold;
mod lines;
mod pattern;
mod peephole;
mod stmt;
mod unit;

use minipy_ast::{ExprContext, Module};
use minipy_bytecode::{CodeFlags, CodeObject, Constant, Location, Opcode};
use minipy_diagnostics::{Diagnostic, SourceFile, Span};
use minipy_sema::{Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable, mangle};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::Arc;
use unit::{CodeUnit, Label};

pub type CResult<T = ()> = Result<T, Diagnostic>;

/// Compiles the body of `eval()`: a module whose only statement is an
/// expression, into code that returns its value.
pub fn compile_expression(
    module: &Module,
    table: &SymbolTable,
    source: &SourceFile,
) -> CResult<CodeObject> {
    let mut c = Compiler::for_module(table, source);
    let [stmt] = module.body.as_slice() else {
        unreachable!("eval() code is one expression")
    };
    let minipy_ast::StmtKind::Expr { value } = &stmt.kind else {
        unreachable!("eval() code is one expression")
    };
    c.set_loc(value.span);
    c.compile_expr(value)?;
    c.emit0(Opcode::ReturnValue);
    Ok(c.exit_unit())
}

/// Compiles a module whose symbol table has been built.
pub fn compile_module(
    module: &Module,
    table: &SymbolTable,
    source: &SourceFile,
) -> CResult<CodeObject> {
    let mut c = Compiler::for_module(table, source);
    c.compile_module_body(module)?;
    Ok(c.exit_unit())
}

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    source: &'a SourceFile,
    filename: Arc<str>,
    units: Vec<CodeUnit>,
    /// The statement being compiled, for errors found while compiling it.
    statement: Span,
    /// The line of the last location computed: the tree is compiled
    /// mostly in source order, so the next one is usually on it and the
    /// line table need not be searched.
    line_hint: Cell<u32>,
}

impl<'a> Compiler<'a> {
    /// A compiler inside the `<module>` code unit of `source`.
    fn for_module(table: &'a SymbolTable, source: &'a SourceFile) -> Compiler<'a> {
        let mut c = Compiler {
            table,
            source,
            filename: Arc::from(source.name()),
            units: Vec::new(),
            statement: Span::default(),
            line_hint: Cell::new(1),
        };
        c.enter_unit(0, "<module>".into(), 1);
        c
    }

    pub(crate) fn u(&mut self) -> &mut CodeUnit {
        self.units.last_mut().expect("always inside a code unit")
    }

    pub(crate) fn unit(&self) -> &CodeUnit {
        self.units.last().expect("always inside a code unit")
    }

    pub(crate) fn scope(&self) -> &'a Scope {
        &self.table.scopes[self.unit().scope]
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        self.u().emit(op, arg);
    }

    pub(crate) fn emit0(&mut self, op: Opcode) {
        self.u().emit(op, 0);
    }

    pub(crate) fn jump(&mut self, op: Opcode, target: Label) {
        self.u().emit_jump(op, target);
    }

    pub(crate) fn label(&mut self) -> Label {
        self.u().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.u().bind(label);
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.u().add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    /// The source location of a span, as `co_positions` records it.
    pub(crate) fn location(&self, span: Span) -> Location {
        let (line, col) = self.source.position_near(self.line_hint.get(), span.start);
        self.line_hint.set(line);
        let (end_line, end_col) = self.source.position_near(line, span.end);
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// Makes following instructions belong to `span`; returns the old
    /// location so the caller can restore it.
    pub(crate) fn set_loc(&mut self, span: Span) -> Location {
        let loc = self.location(span);
        std::mem::replace(&mut self.u().location, loc)
    }

    pub(crate) fn restore_loc(&mut self, loc: Location) {
        self.u().location = loc;
    }

    /// Instructions the compiler adds on its own get no line (CPython's `UNSET_LOC`).
    pub(crate) fn unset_loc(&mut self) {
        self.u().location = Location::default();
    }

    pub(crate) fn error(&self, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::syntax(message, span)
    }

    pub(crate) fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.scope().private.as_deref(), name)
    }

    /// Starts a new code unit for `scope`; its cell and free variables
    /// come from the symbol table.
    pub(crate) fn enter_unit(&mut self, scope: ScopeId, name: String, firstlineno: u32) {
        let qualname = self.qualname(scope, &name);
        let mut unit = CodeUnit::new(scope, name, qualname, firstlineno);
        let sym = &self.table.scopes[scope];
        for param in &sym.params {
            unit.add_varname(param);
        }
        unit.cellvars = sym.cellvars();
        unit.freevars = sym.freevars();
        unit.flags = match sym.kind {
            ScopeKind::Function => {
                let mut flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
                if sym.nested {
                    flags |= CodeFlags::NESTED;
                }
                match (sym.is_generator, sym.is_coroutine) {
                    (true, true) => flags |= CodeFlags::ASYNC_GENERATOR,
                    (true, false) => flags |= CodeFlags::GENERATOR,
                    (false, true) => flags |= CodeFlags::COROUTINE,
                    _ => {}
                }
                flags
            }
            _ => 0,
        };
        self.units.push(unit);
        let line = Location {
            line: firstlineno,
            end_line: firstlineno,
            col: 0,
            end_col: 0,
        };
        self.u().location = line;
        // Cells are made and free variables copied in before anything
        // else runs, as CPython 3.11's prologue does.
        let ncells = self.unit().cellvars.len() as u32;
        for i in 0..ncells {
            self.emit(Opcode::MakeCell, i);
        }
        let nfree = self.unit().freevars.len() as u32;
        if nfree > 0 {
            self.emit(Opcode::CopyFreeVars, nfree);
        }
        if self.unit().flags
            & (CodeFlags::GENERATOR | CodeFlags::ASYNC_GENERATOR | CodeFlags::COROUTINE)
            != 0
        {
            self.emit0(Opcode::ReturnGenerator);
            self.emit0(Opcode::PopTop);
        }
    }

    pub(crate) fn exit_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a unit to exit");
        assemble::assemble(unit, &self.filename)
    }

    /// CPython's `compiler_set_qualname`: `f.<locals>.g`, `C.method`...
    fn qualname(&self, scope: ScopeId, name: &str) -> String {
        let Some(parent_unit) = self.units.last() else {
            return name.to_string();
        };
        if self.units.len() == 1 {
            return name.to_string();
        }
        let sym = &self.table.scopes[scope];
        let parent = &self.table.scopes[parent_unit.scope];
        if sym.kind != ScopeKind::Function || !sym.is_comprehension && sym.name != "lambda" {
            let mangled = mangle(parent.private.as_deref(), name);
            if parent.scope_of(&mangled) == SymbolScope::GlobalExplicit {
                return name.to_string();
            }
        }
        let base = if parent.kind == ScopeKind::Function && !parent.is_comprehension {
            format!("{}.<locals>", parent_unit.qualname)
        } else {
            parent_unit.qualname.clone()
        };
        format!("{base}.{name}")
    }

    /// Loads, stores or deletes a name, choosing the instruction from where
    /// the symbol table says it lives (CPython's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: ExprContext) {
        let mangled = self.mangle(name);
        let scope = self.scope();
        let in_function = scope.kind == ScopeKind::Function;
        match scope.scope_of(&mangled) {
            SymbolScope::Free | SymbolScope::Cell => {
                let i = self
                    .unit()
                    .deref_index(&mangled)
                    .expect("cell and free variables have slots");
                let op = match ctx {
                    ExprContext::Load if scope.kind == ScopeKind::Class => Opcode::LoadClassderef,
                    ExprContext::Load => Opcode::LoadDeref,
                    ExprContext::Store => Opcode::StoreDeref,
                    ExprContext::Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            SymbolScope::Local if in_function => {
                let i = self.u().add_varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadFast,
                    ExprContext::Store => Opcode::StoreFast,
                    ExprContext::Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit
                if in_function || scope.scope_of(&mangled) == SymbolScope::GlobalExplicit =>
            {
                let i = self.u().add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadGlobal,
                    ExprContext::Store => Opcode::StoreGlobal,
                    ExprContext::Del => Opcode::DeleteGlobal,
                };
                self.emit(op, i);
            }
            _ => {
                let i = self.u().add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadName,
                    ExprContext::Store => Opcode::StoreName,
                    ExprContext::Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
    }
}

#[cfg(test)]
mod tests;
