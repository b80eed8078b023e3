//! Expression nodes (`ast.expr` and its helpers).

use crate::{Arguments, Identifier, Span};
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i]` is `None` for a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` field of an f-string;
    /// `conversion` is -1 or the code of `s`, `r` or `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    /// `kind` is `Some("u")` for a `u"..."` literal, as in CPython.
    Constant {
        value: Constant,
        kind: Option<&'static str>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    /// A tuple of constants; only the compiler's constant folding makes these.
    Tuple(Vec<Constant>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, in the order of CPython's `NB_*` codes for `BINARY_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    BitAnd,
    FloorDiv,
    LShift,
    MatMult,
    Mult,
    Mod,
    BitOr,
    Pow,
    RShift,
    Sub,
    Div,
    BitXor,
}

impl Operator {
    /// The operator as written in source, e.g. `//`.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::BitAnd => "&",
            Operator::FloorDiv => "//",
            Operator::LShift => "<<",
            Operator::MatMult => "@",
            Operator::Mult => "*",
            Operator::Mod => "%",
            Operator::BitOr => "|",
            Operator::Pow => "**",
            Operator::RShift => ">>",
            Operator::Sub => "-",
            Operator::Div => "/",
            Operator::BitXor => "^",
        }
    }

    /// CPython's `ast` class name, e.g. `FloorDiv`.
    pub fn ast_name(self) -> &'static str {
        match self {
            Operator::Add => "Add",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
            Operator::LShift => "LShift",
            Operator::MatMult => "MatMult",
            Operator::Mult => "Mult",
            Operator::Mod => "Mod",
            Operator::BitOr => "BitOr",
            Operator::Pow => "Pow",
            Operator::RShift => "RShift",
            Operator::Sub => "Sub",
            Operator::Div => "Div",
            Operator::BitXor => "BitXor",
        }
    }

    pub const ALL: [Operator; 13] = [
        Operator::Add,
        Operator::BitAnd,
        Operator::FloorDiv,
        Operator::LShift,
        Operator::MatMult,
        Operator::Mult,
        Operator::Mod,
        Operator::BitOr,
        Operator::Pow,
        Operator::RShift,
        Operator::Sub,
        Operator::Div,
        Operator::BitXor,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators, in the order of CPython's `COMPARE_OP` arguments
/// for the first six.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    LtE,
    Eq,
    NotEq,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// A keyword argument at a call site; `arg` is `None` for `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub span: Span,
}
