//! `exec`, `eval` and `compile`: source text compiled while the program
//! runs, through the driver's compile hook (the VM has no front end).

use super::add_function;
use crate::interp::Interpreter;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn install(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    add_function(b, "exec", exec);
    add_function(b, "eval", eval);
    add_function(b, "compile", compile);
}

/// The positional-or-keyword argument at `index` called `name`.
fn arg(args: &[Value], kw: &KwArgs, index: usize, name: &str) -> Option<Value> {
    args.get(index).cloned().or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v.clone())
    })
}

/// The source text of a `str` or `bytes` argument.
fn source_text(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data.borrow()).into_owned()),
        other => Err(vm.type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object, not {}",
            vm.type_name(other)
        ))),
    }
}

impl Vm {
    /// Compiles `text` with the driver's hook. Code objects live for the
    /// whole run (see `CodeRef`), so each distinct text is compiled once
    /// and kept: a loop that evaluates the same string does not pile up
    /// code objects.
    pub fn compile_text(&mut self, text: &str, filename: &str, mode: &str) -> PyResult<CodeRef> {
        let key = (text.to_string(), filename.to_string(), mode.to_string());
        if let Some(code) = self.interp.compiled.borrow().get(&key) {
            return Ok(*code);
        }
        let compiled = {
            let hook = self.interp.compile_hook.borrow();
            match hook.as_ref() {
                Some(h) => h(text, filename, mode),
                None => return Err(self.error("SystemError", "no compiler available")),
            }
        };
        let code = compiled.map_err(|info| self.syntax_error(&info))?;
        let code = crate::loader::load_code(self, &code);
        self.interp.compiled.borrow_mut().insert(key, code);
        Ok(code)
    }

    /// Runs `exec`/`eval` code in the given namespaces, defaulting to the
    /// caller's, as CPython does.
    fn run_in_namespaces(
        &mut self,
        code: CodeRef,
        globals: Option<Value>,
        locals: Option<Value>,
        func: &str,
    ) -> PyResult<Value> {
        let (globals, locals) = match globals {
            Some(Value::Dict(g)) => {
                let locals = locals
                    .filter(|l| !l.is_none())
                    .unwrap_or(Value::Dict(g.clone()));
                (g, locals)
            }
            Some(Value::None) | None => {
                let globals = match self.frames.last() {
                    Some(f) => f.globals().clone(),
                    None => return Err(self.error("SystemError", "no frame")),
                };
                let locals = match locals.filter(|l| !l.is_none()) {
                    Some(l) => l,
                    None => super::functions::locals(self, &[], &[])?,
                };
                (globals, locals)
            }
            Some(other) => {
                let message = if func == "eval" {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    format!(
                        "exec() globals must be a dict, not {}",
                        self.type_name(&other)
                    )
                };
                return Err(self.type_error(message));
            }
        };
        let key = PyStr::new("__builtins__");
        if globals.get_str("__builtins__", key.hash()).is_none() {
            globals.set_str(
                Value::str("__builtins__"),
                key.hash(),
                Value::Dict(self.interp.builtins.clone()),
            );
        }
        self.run_code(code, globals, locals)
    }
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], kw: &KwArgs, func: &str) -> PyResult<Value> {
    let Some(source) = arg(args, kw, 0, "source") else {
        return Err(vm.type_error(format!("{func} expected at least 1 argument, got 0")));
    };
    let code = match &source {
        Value::Code(code) => *code,
        other => {
            let text = source_text(vm, other, func)?;
            vm.compile_text(&text, "<string>", func)?
        }
    };
    let result = vm.run_in_namespaces(
        code,
        arg(args, kw, 1, "globals"),
        arg(args, kw, 2, "locals"),
        func,
    )?;
    Ok(if func == "exec" { Value::None } else { result })
}

fn exec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, "exec")
}

fn eval(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, "eval")
}

fn compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (Some(source), Some(filename), Some(mode)) = (
        arg(args, kw, 0, "source"),
        arg(args, kw, 1, "filename"),
        arg(args, kw, 2, "mode"),
    ) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let text = source_text(vm, &source, "compile")?;
    let filename = vm.str(&filename)?.as_str().to_string();
    let mode = match mode.as_str() {
        Some(m @ ("exec" | "eval")) => m.to_string(),
        Some("single") => "exec".to_string(),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(Value::Code(vm.compile_text(&text, &filename, &mode)?))
}
