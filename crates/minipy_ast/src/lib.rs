//! The abstract syntax tree: plain data named after CPython's `ast` module.
//!
//! A learner can put `minipy ast prog.py` beside
//! `python3 -c "import ast; print(ast.dump(ast.parse(open('prog.py').read()), indent=1))"`
//! and read the same tree. Nodes carry byte spans, never parser types or
//! resolved semantics (those live in the symbol table).

mod dump;
mod expr;
mod pattern;
mod stmt;
mod walk;

pub use dump::{constant_repr, dump_module};
pub use expr::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword, Operator, UnaryOp,
};
pub use pattern::{MatchCase, Pattern, PatternKind};
pub use stmt::{Alias, Arg, Arguments, ExceptHandler, Module, Stmt, StmtKind, WithItem};
pub use walk::{
    expr_depth_exceeds, for_each_child_expr, for_each_expr, for_each_stmt, tree_depth_exceeds,
};

pub use minipy_diagnostics::Span;

/// A Python identifier.
pub type Identifier = String;
