//! The `match` statement, following CPython 3.11's `compiler_match` and `compiler_pattern_*`.
//!
//! While a pattern is tested, the values it captures stay on the stack
//! (under whatever the test still needs), and are stored only once the
//! whole pattern has matched; a failed test jumps to one of the `fail_pop`
//! labels, which pop exactly what had been pushed so far. So the stack
//! layout, the `COPY`/`SWAP` rotations and the error messages are those of
//! CPython, and `minipy dis` can be read beside `python3 -m dis`.

use crate::unit::Label;
use crate::{CResult, Compiler};
use minipy_ast::{ExprContext, ExprKind, MatchCase, Pattern, PatternKind, Span};
use minipy_bytecode::{Constant, Opcode};

/// CPython's `pattern_context`.
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// May this pattern be irrefutable (it is last, guarded, or nested)?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values, then falls into `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Values above the captures that a failure must pop too.
    on_top: usize,
    /// The last pattern entered: compile-time errors point there, as
    /// CPython's do (its location is not restored after a sub-pattern).
    loc: Span,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

/// Equality of constant mapping keys as a Python `set` sees it, so that
/// `{1: _, 1.0: _}` is a duplicate too.
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn number(c: &Constant) -> Option<(f64, f64)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0)),
            Constant::Int(i) => Some((*i as f64, 0.0)),
            Constant::Float(f) => Some((*f, 0.0)),
            Constant::Complex { real, imag } => Some((*real, *imag)),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.same_as(b),
        },
    }
}

/// `-1-2j` and `1+2j` in a pattern: the literal forms CPython's AST
/// optimizer folds and minipy's folding leaves to run time.
fn complex_literal(e: &minipy_ast::Expr) -> Option<Constant> {
    let ExprKind::BinOp { left, op, right } = &e.kind else {
        return None;
    };
    let real = match crate::fold::fold(left).or_else(|| match &left.kind {
        ExprKind::Constant { value, .. } => Some(crate::expr::constant(value)),
        _ => None,
    })? {
        Constant::Int(i) => i as f64,
        Constant::Float(f) => f,
        _ => return None,
    };
    let ExprKind::Constant { value, .. } = &right.kind else {
        return None;
    };
    let Constant::Complex { imag, .. } = crate::expr::constant(value) else {
        return None;
    };
    let imag = match op {
        minipy_ast::Operator::Add => imag,
        minipy_ast::Operator::Sub => -imag,
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

impl Compiler<'_> {
    pub(crate) fn compile_match(
        &mut self,
        subject: &minipy_ast::Expr,
        cases: &[MatchCase],
    ) -> CResult {
        self.compile_expr(subject)?;
        let end = self.label();
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        for (i, case) in cases[..n - has_default as usize].iter().enumerate() {
            self.set_loc(case.pattern.span);
            let last = i + 1 == n - has_default as usize;
            // The subject stays for the next case unless this is the last one.
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
                loc: case.pattern.span,
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            for name in &pc.stores {
                self.name_op(name, ExprContext::Store);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, false, target)?;
            }
            if !last {
                self.emit0(Opcode::PopTop);
            }
            self.compile_body(&case.body)?;
            self.jump(Opcode::JumpForward, end);
            // The clean-up of a failed case belongs to its pattern's line,
            // not to the last line of its body.
            self.set_loc(case.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.set_loc(case.pattern.span);
            // Keeps the line of `case _:` visible to tracing.
            self.emit0(Opcode::Nop);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`) to the label that pops the captures and the
    /// values on top, then fails.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, label) in labels.iter().enumerate().rev() {
            self.bind(*label);
            if i > 0 {
                self.emit0(Opcode::PopTop);
            }
        }
    }

    /// CPython 3.10's `ROT_N` as `SWAP`s: moves the top of the stack
    /// `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Opcode::Swap, k as u32);
        }
    }

    fn store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit0(Opcode::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                pc.loc,
            ));
        }
        // The capture goes under everything a later failure must pop first.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// A sub-pattern may always be irrefutable.
    fn compile_subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.span);
        pc.loc = p.span;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                // f-strings get through the parser as "strings".
                if matches!(value.kind, ExprKind::JoinedStr { .. }) {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        p.span,
                    ));
                }
                self.compile_expr(value)?;
                self.set_loc(p.span);
                self.emit(Opcode::CompareOp, 2);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(crate::expr::constant(value));
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchAs { pattern, name } => self.pattern_as(pattern, name, p, pc)?,
            PatternKind::MatchStar { name } => self.store_name(name.as_deref(), pc)?,
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, p, pc)?,
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_as(
        &mut self,
        pattern: &Option<Box<Pattern>>,
        name: &Option<String>,
        p: &Pattern,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(inner) = pattern else {
            if !pc.allow_irrefutable {
                let message = match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(message, p.span));
            }
            return self.store_name(name.as_deref(), pc);
        };
        // A copy to store if the inner pattern matches.
        pc.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.compile_pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_name(name.as_deref(), pc)
    }

    fn pattern_sequence(&mut self, patterns: &[Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { .. } = p.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", pc.loc));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit0(Opcode::MatchSequence);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit0(Opcode::GetLen);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::CompareOp, 2);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit0(Opcode::GetLen);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::CompareOp, 5);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Opcode::PopTop);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    fn sequence_unpack(&mut self, patterns: &[Pattern], pc: &mut PatternContext) -> CResult {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar { .. }))
        {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        pc.loc,
                    ));
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
            }
            None => self.emit(Opcode::UnpackSequence, n as u32),
        }
        // Each element waits on the stack until its sub-pattern's turn.
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[first, *_, last]`: indexes the subject instead of unpacking all of it.
    fn sequence_subscr(
        &mut self,
        patterns: &[Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                // The subject may not support negative indexes.
                self.emit0(Opcode::GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Opcode::BinaryOp, 10);
            }
            self.emit0(Opcode::BinarySubscr);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Opcode::PopTop);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &[minipy_ast::Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        pc.on_top += 1;
        self.emit0(Opcode::MatchMapping);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Opcode::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Opcode::GetLen);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::CompareOp, 5);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        let mut all_constant = true;
        for key in keys {
            // The parser lets only literals and attribute lookups through, so
            // a key that does not fold (`-0-0j`) is still a literal.
            let folded = match &key.kind {
                ExprKind::Constant { value, .. } => Some(crate::expr::constant(value)),
                ExprKind::Attribute { .. } => None,
                ExprKind::JoinedStr { .. } => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        pc.loc,
                    ));
                }
                _ => crate::fold::fold(key).or_else(|| complex_literal(key)),
            };
            if let Some(c) = folded {
                if seen.iter().any(|s| same_key(s, &c)) {
                    return Err(self.error(
                        format!(
                            "mapping pattern checks duplicate key ({})",
                            minipy_bytecode::constant_repr(&c)
                        ),
                        pc.loc,
                    ));
                }
                seen.push(c);
            } else {
                all_constant = false;
            }
        }
        // Constant keys make one constant tuple, as CPython's peephole
        // pass folds them.
        if all_constant {
            self.load_const(Constant::Tuple(seen.into()));
        } else {
            for key in keys {
                self.compile_expr(key)?;
            }
            self.emit(Opcode::BuildTuple, size as u32);
        }
        self.emit0(Opcode::MatchKeys);
        // The keys and the values (or None) are now above the subject.
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_none();
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(rest) => {
                // rest = dict(subject), then `del rest[key]` for each key.
                self.emit(Opcode::BuildMap, 0);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::DictUpdate, 2);
                self.emit(Opcode::UnpackSequence, size as u32);
                for k in (1..=size).rev() {
                    self.emit(Opcode::Copy, (1 + k) as u32);
                    self.emit(Opcode::Swap, 2);
                    self.emit0(Opcode::DeleteSubscr);
                }
                self.store_name(Some(rest), pc)?;
            }
            None => {
                self.emit0(Opcode::PopTop);
                self.emit0(Opcode::PopTop);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &minipy_ast::Expr,
        patterns: &[Pattern],
        kwd_attrs: &[String],
        kwd_patterns: &[Pattern],
        p: &Pattern,
        pc: &mut PatternContext,
    ) -> CResult {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kwd_patterns[i].span));
            }
            if let Some(j) = (i + 1..kwd_attrs.len()).find(|&j| &kwd_attrs[j] == attr) {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[j].span,
                ));
            }
        }
        self.compile_expr(cls)?;
        self.set_loc(p.span);
        let names: Vec<Constant> = kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        let nargs = patterns.len();
        let total = nargs + kwd_attrs.len();
        self.emit(Opcode::MatchClass, nargs as u32);
        self.emit(Opcode::Copy, 1);
        self.load_none();
        self.emit(Opcode::IsOp, 1);
        // The tuple of attributes (or None) replaces the subject.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit0(Opcode::PopTop);
                continue;
            }
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alternatives: &[Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        // The names the first alternative binds, in its stack order: the
        // others must bind the same ones, and are reordered to match.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.span);
            pc.loc = alt.span;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::Copy, 1);
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) => {
                    if pc.stores.len() != control.len() {
                        return Err(self.error("alternative patterns bind different names", pc.loc));
                    }
                    let nstores = pc.stores.len();
                    for icontrol in (0..nstores).rev() {
                        let name = &control[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", pc.loc)
                            );
                        };
                        if icontrol != istores {
                            debug_assert!(istores < icontrol);
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::JumpForward, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the last copy of the subject and fail.
        self.emit0(Opcode::PopTop);
        self.jump_to_fail_pop(pc, Opcode::JumpForward);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    pc.loc,
                ));
            }
            pc.stores.push(name);
        }
        self.emit0(Opcode::PopTop);
        Ok(())
    }
}
