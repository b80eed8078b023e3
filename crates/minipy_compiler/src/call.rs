//! Calls, and the things that make callables: `def`, `lambda` and `class`.

use crate::{CResult, Compiler};
use minipy_ast::{Arguments, Expr, ExprContext, ExprKind, Keyword, Stmt, StmtKind};
use minipy_bytecode::{CodeFlags, CodeObject, Constant, Opcode};
use std::sync::Arc;

/// `MAKE_FUNCTION` flag bits.
const DEFAULTS: u32 = 0x1;
const KWDEFAULTS: u32 = 0x2;
const ANNOTATIONS: u32 = 0x4;
const CLOSURE: u32 = 0x8;

impl Compiler<'_> {
    /// A call. `obj.method(args)` uses `LOAD_METHOD`/`CALL_METHOD`, which
    /// skips making a bound method object; calls with `*args` or `**kwargs`
    /// build a tuple and a dict and use `CALL_FUNCTION_EX`.
    pub(crate) fn compile_call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> CResult {
        let unpacking = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if let ExprKind::Attribute { value, attr, .. } = &func.kind
            && !unpacking
        {
            self.compile_expr(value)?;
            let old = self.set_loc(func.span);
            let i = self.attr_name(attr);
            self.emit(Opcode::LoadMethod, i);
            self.restore_loc(old);
            self.compile_call_args(args, keywords, Opcode::CallMethod, 0)?;
            return Ok(());
        }
        self.compile_expr(func)?;
        self.compile_call_args(args, keywords, Opcode::Call, 0)
    }

    /// The arguments of a call whose callable is already on the stack;
    /// `extra` counts arguments pushed before these (a class's name...).
    pub(crate) fn compile_call_args(
        &mut self,
        args: &[Expr],
        keywords: &[Keyword],
        call: Opcode,
        extra: u32,
    ) -> CResult {
        // CPython's `validate_keywords`.
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg
                && keywords[i + 1..]
                    .iter()
                    .any(|later| later.arg.as_ref() == Some(name))
            {
                let repeat = keywords[i + 1..]
                    .iter()
                    .find(|later| later.arg.as_ref() == Some(name))
                    .unwrap();
                return Err(self.error(format!("keyword argument repeated: {name}"), repeat.span));
            }
        }
        let unpacking = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if unpacking {
            return self.compile_call_ex(args, keywords, extra);
        }
        for a in args {
            self.compile_expr(a)?;
        }
        for k in keywords {
            self.compile_expr(&k.value)?;
        }
        if !keywords.is_empty() {
            let names: Vec<Constant> = keywords
                .iter()
                .map(|k| Constant::Str(k.arg.as_deref().unwrap_or_default().into()))
                .collect();
            let i = self.u().add_const(Constant::Tuple(names.into()));
            self.emit(Opcode::KwNames, i);
        }
        self.emit(call, extra + (args.len() + keywords.len()) as u32);
        Ok(())
    }

    /// `f(*a, b, **k)`: positional arguments become one tuple and keywords
    /// one dict, then `CALL_FUNCTION_EX`.
    fn compile_call_ex(&mut self, args: &[Expr], keywords: &[Keyword], extra: u32) -> CResult {
        if extra == 0 && args.len() == 1 && matches!(args[0].kind, ExprKind::Starred { .. }) {
            let ExprKind::Starred { value, .. } = &args[0].kind else {
                unreachable!()
            };
            self.compile_expr(value)?;
        } else {
            // The `extra` values already pushed (a class's body function and
            // name) join the positional tuple.
            self.emit(Opcode::BuildList, extra);
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.compile_expr(value)?;
                        self.emit(Opcode::ListExtend, 1);
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                }
            }
            self.emit0(Opcode::ListToTuple);
        }
        if keywords.is_empty() {
            self.emit(Opcode::CallFunctionEx, 0);
            return Ok(());
        }
        let mut built = false;
        let mut pending: Vec<&Keyword> = Vec::new();
        let flush = |c: &mut Self, pending: &mut Vec<&Keyword>, built: &mut bool| -> CResult {
            if pending.is_empty() {
                return Ok(());
            }
            for k in pending.iter() {
                c.load_const(Constant::Str(k.arg.as_deref().unwrap_or_default().into()));
                c.compile_expr(&k.value)?;
            }
            c.emit(Opcode::BuildMap, pending.len() as u32);
            if *built {
                c.emit(Opcode::DictMerge, 1);
            }
            *built = true;
            pending.clear();
            Ok(())
        };
        for k in keywords {
            match &k.arg {
                Some(_) => pending.push(k),
                None => {
                    flush(self, &mut pending, &mut built)?;
                    if !built {
                        self.emit(Opcode::BuildMap, 0);
                        built = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        flush(self, &mut pending, &mut built)?;
        self.emit(Opcode::CallFunctionEx, 1);
        Ok(())
    }

    /// Pushes a function made from `code`, with `flags` extras already on
    /// the stack and its closure cells added here.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self
                    .unit()
                    .deref_index(name)
                    .expect("a free variable of an inner scope is a cell or free variable here");
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= CLOSURE;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    /// Defaults, keyword-only defaults and annotations of a `def` or
    /// `lambda`, pushed in the order `MAKE_FUNCTION` pops them.
    fn compile_function_extras(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            match crate::fold::constant_tuple(&args.defaults) {
                Some(c) => self.load_const(c),
                None => {
                    for d in &args.defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
                }
            }
            flags |= DEFAULTS;
        }
        let kwdefaults: Vec<_> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (a, d) in &kwdefaults {
                let name = self.mangle(&a.arg);
                self.load_const(Constant::Str(name.into()));
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BuildMap, kwdefaults.len() as u32);
            flags |= KWDEFAULTS;
        }
        let annotated: Vec<_> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .filter_map(|a| a.annotation.as_deref().map(|ann| (a.arg.as_str(), ann)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            for (name, ann) in &annotated {
                let name = self.mangle(name);
                self.load_const(Constant::Str(name.into()));
                match &ann.kind {
                    // `*args: *Ts` (PEP 646): the value is the one item of `[*Ts]`.
                    ExprKind::Starred { value, .. } if !self.table.future.annotations => {
                        self.compile_expr(value)?;
                        self.emit(Opcode::UnpackSequence, 1);
                    }
                    _ => self.compile_annotation(ann)?,
                }
            }
            self.emit(Opcode::BuildTuple, 2 * annotated.len() as u32);
            flags |= ANNOTATIONS;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= CodeFlags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= CodeFlags::VARKEYWORDS;
        }
    }

    pub(crate) fn compile_function_def(&mut self, s: &Stmt) -> CResult {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            is_async,
            ..
        } = &s.kind
        else {
            unreachable!()
        };
        for d in decorator_list {
            self.compile_expr(d)?;
        }
        let flags = self.compile_function_extras(args, returns.as_deref())?;
        let firstlineno = match decorator_list.first() {
            Some(d) => self.location(d.span).line,
            None => self.location(s.span).line,
        };
        let scope = self.table.scope_for(s.span);
        self.enter_unit(scope, name.clone(), firstlineno);
        self.u().is_async_function = *is_async;
        self.set_arg_counts(args);
        let doc = crate::stmt::docstring(body);
        self.u().add_const(match doc {
            Some(d) => Constant::Str(d.into()),
            None => Constant::None,
        });
        let rest = if doc.is_some() { &body[1..] } else { &body[..] };
        self.compile_body(rest)?;
        if !self.unit().last_is_terminator() {
            self.unset_loc();
            self.load_none();
            self.emit0(Opcode::ReturnValue);
        }
        let code = self.exit_unit();
        self.set_loc(s.span);
        self.make_closure(code, flags)?;
        self.apply_decorators(decorator_list);
        self.name_op(name, ExprContext::Store);
        Ok(())
    }

    /// Calls each decorator on what is on the stack, innermost first, each
    /// call located at its decorator (so a traceback points at the `@`
    /// line), as CPython 3.11's `compiler_apply_decorators` does.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        let outer = self.unit().location;
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Opcode::Call, 1);
        }
        self.restore_loc(outer);
    }

    pub(crate) fn compile_lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> CResult {
        let flags = self.compile_function_extras(args, None)?;
        let scope = self.table.scope_for(e.span);
        let line = self.location(e.span).line;
        self.enter_unit(scope, "<lambda>".into(), line);
        self.set_arg_counts(args);
        self.u().add_const(Constant::None);
        self.compile_expr(body)?;
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_unit();
        self.make_closure(code, flags)
    }

    pub(crate) fn compile_class_def(&mut self, s: &Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            unreachable!()
        };
        for d in decorator_list {
            self.compile_expr(d)?;
        }
        let firstlineno = match decorator_list.first() {
            Some(d) => self.location(d.span).line,
            None => self.location(s.span).line,
        };
        self.emit0(Opcode::LoadBuildClass);
        let scope = self.table.scope_for(s.span);
        self.enter_unit(scope, name.clone(), firstlineno);
        self.name_op("__name__", ExprContext::Load);
        self.name_op("__module__", ExprContext::Store);
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname.into()));
        self.name_op("__qualname__", ExprContext::Store);
        self.compile_namespace_body(body)?;
        self.unset_loc();
        if self.scope().needs_class_closure {
            let i = self
                .unit()
                .deref_index("__class__")
                .expect("the class cell exists");
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.name_op("__classcell__", ExprContext::Store);
        } else {
            self.load_none();
        }
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_unit();
        self.set_loc(s.span);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(name.as_str().into()));
        self.compile_call_args(bases, keywords, Opcode::Call, 2)?;
        self.apply_decorators(decorator_list);
        self.name_op(name, ExprContext::Store);
        Ok(())
    }
}
