//! `import`: finding modules in `sys.modules`, among the builtin modules,
//! or (through the driver's hook, since the VM does not compile) as `.py`
//! files on `sys.path`.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

impl Vm {
    /// A new, empty module object registered under `name` in `sys.modules`.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Arc<PyModule> {
        let dict = Arc::new(PyDict::new());
        let set = |key: &str, v: Value| dict.set_str(Value::str(key), PyStr::new(key).hash(), v);
        set("__name__", Value::str(name));
        set("__doc__", Value::None);
        set(
            "__package__",
            Value::str(name.rsplit_once('.').map_or("", |(p, _)| p)),
        );
        set("__loader__", Value::None);
        set("__spec__", Value::None);
        if let Some(f) = file {
            set("__file__", Value::str(f));
        }
        set("__builtins__", Value::Dict(self.interp.builtins.clone()));
        Arc::new(PyModule {
            name: self.intern(name),
            dict,
        })
    }

    fn sys_module_entry(&self, name: &str) -> Option<Value> {
        self.interp.modules.get_str(name, PyStr::new(name).hash())
    }

    /// Imports `name` (dotted names import their parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_module_entry(name) {
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import_module(parent)?;
                if let Some(m) = self.sys_module_entry(name) {
                    return Ok(m);
                }
                let path = match self.get_attr_opt(&p, "__path__")? {
                    Some(path) => self
                        .iterate(&path)?
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    None => {
                        return Err(self.module_not_found(name, Some(parent)));
                    }
                };
                (Some((p, parent.to_string())), path)
            }
            None => {
                if let Some(module) = crate::builtins::modules::create(self, name)? {
                    self.interp.modules.set_str(
                        Value::str(name),
                        PyStr::new(name).hash(),
                        module.clone(),
                    );
                    return Ok(module);
                }
                let path = self.interp.sys_path.borrow().clone();
                let path: Vec<String> = self
                    .iterate(&path)?
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect();
                (None, path)
            }
        };
        let found = {
            let hook = self.interp.import_hook.borrow();
            match hook.as_ref() {
                Some(h) => h(name, &search),
                None => None,
            }
        };
        let Some(result) = found else {
            return Err(self.module_not_found(name, None));
        };
        let code = result.map_err(|info| self.syntax_error(&info))?;
        let file = code.filename.to_string();
        let module = self.new_module(name, Some(&file));
        if file.ends_with("__init__.py") {
            let dir = file
                .trim_end_matches("__init__.py")
                .trim_end_matches('/')
                .to_string();
            module.dict.set_str(
                Value::str("__path__"),
                PyStr::new("__path__").hash(),
                Value::list(vec![Value::string(dir)]),
            );
            module.dict.set_str(
                Value::str("__package__"),
                PyStr::new("__package__").hash(),
                Value::str(name),
            );
        }
        let module_value = Value::Module(module.clone());
        self.interp.modules.set_str(
            Value::str(name),
            PyStr::new(name).hash(),
            module_value.clone(),
        );
        let code = crate::loader::load_code(self, &code);
        if let Err(e) = self.run_code(code, module.dict.clone(), Value::Dict(module.dict.clone())) {
            self.interp
                .modules
                .remove_str(name, PyStr::new(name).hash());
            return Err(e);
        }
        if let Some((parent, _)) = parent {
            let child = name.rsplit_once('.').map_or(name, |(_, c)| c);
            let key = self.intern(child);
            self.set_attr(&parent, &key, module_value.clone())?;
        }
        Ok(self.sys_module_entry(name).unwrap_or(module_value))
    }

    fn module_not_found(&self, name: &str, _parent: Option<&str>) -> crate::vm::PyErr {
        let err = self.error("ModuleNotFoundError", format!("No module named '{name}'"));
        self.set_exception_attr(&err, "name", Value::str(name));
        err
    }

    /// `IMPORT_NAME`: returns the top package for `import a.b`, or the
    /// module itself when names are imported from it.
    pub(crate) fn import_name(
        &mut self,
        fi: usize,
        name: &Arc<PyStr>,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        // A program that replaced `builtins.__import__` gets every import
        // statement routed through its function, as in CPython.
        let hook = self
            .interp
            .builtins
            .get_str("__import__", PyStr::new("__import__").hash());
        if let Some(hook) = hook
            && !matches!(hook, Value::Builtin(_))
        {
            let frame = &self.frames[fi];
            let globals = Value::Dict(frame.globals().clone());
            let locals = frame.locals.clone().unwrap_or(Value::None);
            let args = vec![
                Value::Str(name.clone()),
                globals,
                locals,
                fromlist.clone(),
                level.clone(),
            ];
            return self.call(&hook, args, &[]);
        }
        let level = level.as_int().unwrap_or(0);
        let fullname = if level > 0 {
            let globals = self.frames[fi].globals().clone();
            let package = match globals.get_str("__package__", PyStr::new("__package__").hash()) {
                Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
                _ => {
                    return Err(self.error(
                        "ImportError",
                        "attempted relative import with no known parent package",
                    ));
                }
            };
            let mut base = package.as_str();
            for _ in 1..level {
                base = match base.rsplit_once('.') {
                    Some((b, _)) => b,
                    None => {
                        return Err(self.error(
                            "ImportError",
                            "attempted relative import beyond top-level package",
                        ));
                    }
                };
            }
            if name.as_str().is_empty() {
                base.to_string()
            } else {
                format!("{base}.{}", name.as_str())
            }
        } else {
            name.as_str().to_string()
        };
        let module = self.import_module(&fullname)?;
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        if has_fromlist || level > 0 && name.as_str().is_empty() {
            return Ok(module);
        }
        if level == 0
            && let Some((top, _)) = fullname.split_once('.')
        {
            return self.import_module(top);
        }
        Ok(module)
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name.as_str())? {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let sub = format!("{}.{}", m.name.as_str(), name.as_str());
            if self.get_attr_opt(module, "__path__")?.is_some()
                && let Ok(v) = self.import_module(&sub)
            {
                return Ok(v);
            }
            let location = match m.dict.get_str("__file__", PyStr::new("__file__").hash()) {
                Some(Value::Str(f)) => f.as_str().to_string(),
                _ => "unknown location".to_string(),
            };
            let err = self.error(
                "ImportError",
                format!(
                    "cannot import name '{}' from '{}' ({location})",
                    name.as_str(),
                    m.name.as_str()
                ),
            );
            self.set_exception_attr(&err, "name", Value::Str(m.name.clone()));
            return Err(err);
        }
        Err(self.error(
            "ImportError",
            format!("cannot import name '{}'", name.as_str()),
        ))
    }

    /// `from module import *`: its `__all__`, or every public name.
    pub(crate) fn import_star(&mut self, fi: usize, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let names: Vec<Value> = match m.dict.get_str("__all__", PyStr::new("__all__").hash()) {
            Some(all) => self.iterate(&all)?,
            None => m
                .dict
                .table
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let Value::Str(s) = &n else { continue };
            let v = self.get_attr(module, s)?;
            self.store_name(fi, s, v)?;
        }
        Ok(())
    }
}
