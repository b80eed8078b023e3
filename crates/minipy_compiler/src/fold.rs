//! Constant folding, a small part of what CPython's AST optimizer
//! (`Python/ast_opt.c`) does: `-1`, `2 ** 10`, `(1, 2)` and `'ab' * 2`
//! become single constants. Operations that would raise (`1 / 0`) or make
//! something huge are left for run time, with CPython's size limits.

use crate::expr::constant;
use minipy_ast::{Expr, ExprKind, Operator, UnaryOp};
use minipy_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// CPython's `MAX_STR_SIZE`, `MAX_COLLECTION_SIZE` and `MAX_INT_SIZE` (bits).
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_INT_BITS: u64 = 128;

/// The constant an expression folds to, if it folds.
pub(crate) fn fold(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, &value(operand)?),
        ExprKind::BinOp { left, op, right } => fold_binary(&value(left)?, *op, &value(right)?),
        ExprKind::Tuple { elts, .. } => constant_tuple(elts),
        _ => None,
    }
}

/// The constant value of an expression: a literal or something that folds.
fn value(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(constant(value)),
        _ => fold(e),
    }
}

/// A tuple constant from elements that are all constant.
pub(crate) fn constant_tuple(elts: &[Expr]) -> Option<Constant> {
    if elts
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    let items: Option<Vec<Constant>> = elts.iter().map(value).collect();
    Some(Constant::Tuple(items?.into()))
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn int_constant(i: BigInt) -> Constant {
    match i.to_i64() {
        Some(small) => Constant::Int(small),
        None => Constant::BigInt(i),
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => as_int(c)?.to_f64(),
    }
}

fn fold_unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    match (op, c) {
        (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::USub, Constant::Complex { real, imag }) => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        (UnaryOp::USub, Constant::Int(_) | Constant::BigInt(_)) => Some(int_constant(-as_int(c)?)),
        (UnaryOp::UAdd, Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_)) => {
            Some(c.clone())
        }
        (UnaryOp::Invert, Constant::Int(_) | Constant::BigInt(_)) => {
            Some(int_constant(!as_int(c)?))
        }
        (UnaryOp::Not, _) => None,
        _ => None,
    }
}

fn is_number(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_)
    )
}

fn fold_binary(a: &Constant, op: Operator, b: &Constant) -> Option<Constant> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b))
        && !matches!(a, Constant::Bool(_))
        && !matches!(b, Constant::Bool(_))
    {
        return fold_int(&x, op, &y);
    }
    if is_number(a) && is_number(b) {
        let (x, y) = (as_float(a)?, as_float(b)?);
        let r = match op {
            Operator::Add => x + y,
            Operator::Sub => x - y,
            Operator::Mult => x * y,
            Operator::Div if y != 0.0 => x / y,
            _ => return None,
        };
        return r.is_finite().then_some(Constant::Float(r));
    }
    match (a, op, b) {
        (Constant::Str(x), Operator::Add, Constant::Str(y))
            if x.len() + y.len() <= MAX_STR_SIZE =>
        {
            Some(Constant::Str(format!("{x}{y}").into()))
        }
        (Constant::Str(s), Operator::Mult, Constant::Int(n))
        | (Constant::Int(n), Operator::Mult, Constant::Str(s))
            if *n >= 0 && (s.len() as i64).saturating_mul(*n) <= MAX_STR_SIZE as i64 =>
        {
            Some(Constant::Str(s.repeat(*n as usize).into()))
        }
        (Constant::Tuple(x), Operator::Add, Constant::Tuple(y))
            if x.len() + y.len() <= MAX_COLLECTION_SIZE =>
        {
            Some(Constant::Tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        _ => None,
    }
}

fn fold_int(x: &BigInt, op: Operator, y: &BigInt) -> Option<Constant> {
    let bits = |i: &BigInt| i.bits();
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if bits(x) + bits(y) > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        Operator::FloorDiv | Operator::Mod if !y.is_zero() => {
            use num_integer::Integer;
            let (q, m) = x.div_mod_floor(y);
            if op == Operator::FloorDiv { q } else { m }
        }
        Operator::Pow => {
            let e = y.to_u64()?;
            if bits(x) * e > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(x, e)
        }
        Operator::LShift => {
            let n = y.to_u64()?;
            if bits(x) + n > MAX_INT_BITS {
                return None;
            }
            x << n
        }
        Operator::RShift => x >> y.to_u64()?,
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::Div if !y.is_zero() && bits(x) <= 53 && bits(y) <= 53 => {
            // Exact in f64, so the quotient is correctly rounded, as Python's is.
            let r = x.to_f64()? / y.to_f64()?;
            return r.is_finite().then_some(Constant::Float(r));
        }
        _ => return None,
    };
    Some(int_constant(r))
}
