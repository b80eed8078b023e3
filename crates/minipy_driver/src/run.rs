//! `minipy run FILE [ARGS]`: all five stages, with the hooks the VM needs
//! to reach back into the front end (imports, traceback source lines and
//! caret anchors).

use crate::{compile_source, read_script, read_source};
use minipy_ast::{ExprKind, StmtKind};
use minipy_diagnostics::{SourceFile, SyntaxErrorInfo};
use minipy_vm::Interpreter;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Runs a script as `__main__` and returns its exit status. Output goes
/// straight to the process's stdout and stderr, as it must for programs
/// that fork or run threads.
pub fn run_command(path: &str, args: &[String]) -> i32 {
    let source = match read_script(path) {
        Ok(source) => source,
        Err(err) => {
            let _ = std::io::stderr().write_all(err.message.as_bytes());
            return err.status;
        }
    };
    let code = match compile_source(&source) {
        Ok(code) => code,
        Err(diagnostic) => {
            let _ = std::io::stderr().write_all(diagnostic.render(&source).as_bytes());
            return 1;
        }
    };
    let interp = Interpreter::new();
    let files = SourceCache::default();
    files.insert(&source);
    install_hooks(&interp, files);
    let mut argv = vec![path.to_string()];
    argv.extend(args.iter().cloned());
    *interp.argv.borrow_mut() = argv;
    *interp.sys_path.borrow_mut() =
        minipy_vm::Value::list(vec![minipy_vm::Value::string(script_dir(path))]);
    minipy_vm::run_main(&interp, &code)
}

/// `sys.path[0]`: the directory holding the script, made absolute.
fn script_dir(path: &str) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.into());
    full.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// Every file the program has loaded, by the name tracebacks show.
#[derive(Default, Clone)]
struct SourceCache(Arc<Mutex<HashMap<String, Arc<SourceFile>>>>);

impl SourceCache {
    fn insert(&self, source: &Arc<SourceFile>) {
        self.0
            .lock()
            .unwrap()
            .insert(source.name().to_string(), source.clone());
    }

    fn line(&self, filename: &str, line: u32) -> Option<String> {
        let known = self.0.lock().unwrap().get(filename).cloned();
        let source = match known {
            Some(source) => source,
            // Like `linecache`, read files the program did not load itself.
            None => {
                let source = read_source(filename).ok()?;
                self.insert(&source);
                source
            }
        };
        (line >= 1 && line <= source.line_count()).then(|| source.line_text(line).to_string())
    }
}

fn install_hooks(interp: &Arc<Interpreter>, files: SourceCache) {
    let lines = files.clone();
    *interp.source_line_hook.borrow_mut() =
        Some(Box::new(move |file, line| lines.line(file, line)));
    *interp.caret_anchor_hook.borrow_mut() = Some(Box::new(caret_anchors));
    *interp.compile_hook.borrow_mut() = Some(Box::new(crate::compile_text));
    *interp.import_hook.borrow_mut() = Some(Box::new(move |name, path| {
        import_module(&files, name, path)
    }));
}

/// Finds `name` (dotted) as `name.py` or `name/__init__.py` in one of the
/// directories and compiles it. `None` means not found.
fn import_module(
    files: &SourceCache,
    name: &str,
    search: &[String],
) -> Option<Result<minipy_bytecode::CodeObject, Box<SyntaxErrorInfo>>> {
    let relative = name.rsplit('.').next().unwrap_or(name);
    let found = search.iter().find_map(|dir| {
        let base = std::path::Path::new(dir).join(relative);
        let package = base.join("__init__.py");
        let module = base.with_extension("py");
        [module, package].into_iter().find(|p| p.is_file())
    });
    let Some(file) = found else {
        let text = crate::stdlib::frozen_source(name)?;
        // A package's file name ends in `__init__.py`, which is how the VM
        // knows to give it a `__path__` for its submodules.
        let file_name = if crate::stdlib::PACKAGES.contains(&name) {
            format!("<frozen {name}>/__init__.py")
        } else {
            format!("<frozen {name}>")
        };
        let source = SourceFile::new(file_name, text);
        return Some(compile_source(&source).map_err(|d| Box::new(d.info(&source))));
    };
    let source = match read_script(&file.display().to_string()) {
        Ok(source) => source,
        Err(err) => {
            return Some(Err(Box::new(SyntaxErrorInfo {
                class: "SyntaxError".into(),
                message: err.message.trim_end().to_string(),
                filename: file.display().to_string(),
                lineno: None,
                text: None,
                offset: None,
                end_lineno: None,
                end_offset: None,
            })));
        }
    };
    files.insert(&source);
    Some(compile_source(&source).map_err(|d| Box::new(d.info(&source))))
}

/// CPython 3.11's `extract_anchors_from_line`: in the source of the failing
/// expression, where the operator of a binary operation or the brackets of
/// a subscript are, as char offsets `[left, right)`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let source = SourceFile::new("<string>", segment);
    let module = minipy_parser::parse_module(&source).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let chars = |byte: u32| segment[..byte as usize].chars().count();
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let bytes = segment.as_bytes();
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let at = (from..to).find(|&i| !bytes[i].is_ascii_whitespace())?;
            let width = if at + 1 < to && !bytes[at + 1].is_ascii_whitespace() {
                2
            } else {
                1
            };
            Some((chars(at as u32), chars(at as u32) + width))
        }
        ExprKind::Subscript { value, slice, .. } => {
            Some((chars(value.span.end), chars(slice.span.end) + 1))
        }
        _ => None,
    }
}
