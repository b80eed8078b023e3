//! Printing an uncaught exception as CPython 3.11 does: chained exceptions,
//! `File ..., line N, in NAME` entries with their source lines, the
//! `~~~^^^` markers under the failing expression, repeated-frame folding,
//! and "Did you mean" suggestions.

use crate::code_info::location_of;
use crate::objects::TracebackEntry;
use crate::value::Value;
use crate::vm::Vm;
use std::fmt::Write;

/// Finds the operator or subscript inside an expression's source text, so
/// the traceback can mark it with `^` (the driver implements this with the
/// parser; the VM does not parse). Returns char offsets `[left, right)`.
pub type CaretAnchorHook = dyn Fn(&str) -> Option<(usize, usize)> + Send + Sync;

impl Vm {
    /// The full text CPython prints on stderr for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        self.format_exception_limited(exc, None)
    }

    /// `format_exception` keeping, of each traceback, the first `limit`
    /// entries (the last `-limit` when negative), as the `traceback`
    /// module's `limit` argument does.
    pub fn format_exception_limited(&mut self, exc: &Value, limit: Option<i64>) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen, limit);
        out
    }

    fn format_chain(
        &mut self,
        exc: &Value,
        out: &mut String,
        seen: &mut Vec<i64>,
        limit: Option<i64>,
    ) {
        seen.push(exc.id());
        if let Value::Instance(inst) = exc
            && let Some(data) = inst.exception()
        {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
                self.format_chain(&c, out, seen, limit);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.id())) {
                self.format_chain(&c, out, seen, limit);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        // Frames of the frozen standard library stand for code CPython
        // mostly runs in C, where a traceback shows no frame: leave them out.
        let mut entries: Vec<_> = self
            .traceback_entries(exc)
            .into_iter()
            .filter(|e| !e.code.filename().starts_with("<frozen "))
            .collect();
        match limit {
            Some(n) if n >= 0 => entries.truncate(n as usize),
            Some(n) => {
                let keep = n.unsigned_abs() as usize;
                let drop = entries.len().saturating_sub(keep);
                entries.drain(..drop);
            }
            None => {}
        }
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            self.format_entries(&entries, out);
        }
        out.push_str(&self.format_exception_only(exc));
        out.push('\n');
    }

    fn format_entries(&self, entries: &[TracebackEntry], out: &mut String) {
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let more = repeats - 3;
                let _ = writeln!(
                    out,
                    "  [Previous line repeated {more} more time{}]",
                    if more == 1 { "" } else { "s" }
                );
            }
        };
        for entry in entries {
            let loc = location_of(entry.code, entry.instr);
            let key = (
                entry.code.filename().to_string(),
                loc.line,
                entry.code.name.as_str().to_string(),
            );
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                entry.code.filename(),
                loc.line,
                entry.code.name.as_str()
            );
            self.format_source_line(entry, out);
        }
        flush(out, repeats);
    }

    fn format_source_line(&self, entry: &TracebackEntry, out: &mut String) {
        let loc = location_of(entry.code, entry.instr);
        let Some(line) = self.source_line(entry.code.filename(), loc.line) else {
            return;
        };
        let stripped = line.trim();
        if stripped.is_empty() {
            return;
        }
        let _ = writeln!(out, "    {stripped}");
        let chars: Vec<char> = line.trim_end_matches(['\n', '\r']).chars().collect();
        let indent = line.chars().take_while(|c| c.is_whitespace()).count();
        let start = loc.col as usize;
        let mut end = loc.end_col as usize;
        if loc.line != loc.end_line {
            end = chars
                .iter()
                .rposition(|c| !c.is_whitespace())
                .map_or(0, |i| i + 1);
        }
        if loc.line == 0 || end <= start || end > chars.len() || (loc.col == 0 && loc.end_col == 0)
        {
            return;
        }
        let anchors = if loc.line == loc.end_line {
            let segment: String = chars[start..end].iter().collect();
            self.caret_anchors(&segment)
                .map(|(l, r)| (l + start, r + start))
        } else {
            None
        };
        if end - start == stripped.chars().count() && anchors.is_none() {
            return;
        }
        let (primary, secondary) = if anchors.is_some() {
            ('~', '^')
        } else {
            ('^', '^')
        };
        let mut marks = String::from("    ");
        for c in indent..end {
            marks.push(if c < start {
                ' '
            } else if anchors.is_some_and(|(l, r)| l <= c && c < r) {
                secondary
            } else {
                primary
            });
        }
        let _ = writeln!(out, "{marks}");
    }

    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let hook = self.interp.source_line_hook.borrow();
        hook.as_ref().and_then(|h| h(filename, line))
    }

    fn caret_anchors(&self, segment: &str) -> Option<(usize, usize)> {
        let hook = self.interp.caret_anchor_hook.borrow();
        hook.as_ref().and_then(|h| h(segment))
    }

    /// The last line: `TypeError: message`, with a suggestion for names
    /// and attributes that are close to an existing one.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let mut name = cls.qualname.borrow().as_str().to_string();
        if let Some(Value::Str(module)) = cls.dict.get_str(
            "__module__",
            crate::objects::PyStr::new("__module__").hash(),
        ) && module.as_str() != "builtins"
            && module.as_str() != "__main__"
        {
            name = format!("{}.{name}", module.as_str());
        }
        if let Some(report) = self.syntax_error_report(exc, &name) {
            return report;
        }
        let message = match self.str(exc) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut line = if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
        if let Some(suggestion) = self.suggestion_for(exc) {
            let _ = write!(line, ". Did you mean: '{suggestion}'?");
        }
        line
    }

    fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let Value::Instance(inst) = exc else {
            return None;
        };
        let cls = inst.class();
        let name = inst
            .dict()
            .get_str("name", crate::objects::PyStr::new("name").hash())?;
        let name = name.as_str()?.to_string();
        if self.is_subclass_named(&cls, "NameError") {
            let candidates = inst.exception()?.borrow().name_candidates.clone()?;
            return candidates.iter().find_map(|group| suggest(group, &name));
        }
        if self.is_subclass_named(&cls, "AttributeError") {
            let obj = inst
                .dict()
                .get_str("obj", crate::objects::PyStr::new("obj").hash())?;
            let names = crate::builtins::dir_names(self, &obj).ok()?;
            return suggest(&names, &name);
        }
        None
    }
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

/// CPython's `calculate_suggestions`: the closest name within a third of
/// the characters, by a Levenshtein distance where case changes are cheap.
pub fn suggest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggestions_match_cpython() {
        let names: Vec<String> = ["valeu", "print", "len"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(suggest(&names, "vaule").as_deref(), Some("valeu"));
        assert_eq!(suggest(&names, "xyz"), None);
        let names: Vec<String> = ["value"].iter().map(|s| s.to_string()).collect();
        assert_eq!(suggest(&names, "valeu").as_deref(), Some("value"));
    }
}
