//! `Diagnostic`: one compile-time error, rendered in CPython's words and layout.

use crate::source::{SourceFile, Span};
use std::fmt::Write;

/// The Python exception class a compile-time error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ErrorClass {
    #[error("SyntaxError")]
    SyntaxError,
    #[error("IndentationError")]
    IndentationError,
    #[error("TabError")]
    TabError,
    /// Nesting too deep for the compiler's recursive walks (CPython:
    /// "maximum recursion depth exceeded during compilation").
    #[error("RecursionError")]
    RecursionError,
    #[error("MemoryError")]
    MemoryError,
    /// Source that is not valid UTF-8 or contains NUL bytes.
    #[error("SyntaxError")]
    SourceError,
}

/// Where a diagnostic points: a byte span, shown with carets, or a bare line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// Carets under these bytes (at least one caret).
    Span(Span),
    /// The line is shown but no caret is drawn (CPython does this for
    /// `unexpected indent` and `TabError`).
    Line(u32),
    /// No source position at all (`RecursionError` during compilation).
    Nowhere,
}

/// A compile-time error: class, CPython's message and where it points.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{class}: {message}")]
pub struct Diagnostic {
    pub class: ErrorClass,
    pub message: String,
    pub location: Location,
}

impl Diagnostic {
    pub fn new(class: ErrorClass, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            class,
            message: message.into(),
            location: Location::Span(span),
        }
    }

    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(ErrorClass::SyntaxError, message, span)
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(ErrorClass::IndentationError, message, span)
    }

    pub fn at_line(class: ErrorClass, message: impl Into<String>, line: u32) -> Diagnostic {
        Diagnostic {
            class,
            message: message.into(),
            location: Location::Line(line),
        }
    }

    pub fn nowhere(class: ErrorClass, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            class,
            message: message.into(),
            location: Location::Nowhere,
        }
    }

    /// 1-based line number, if the diagnostic has one.
    pub fn line(&self, source: &SourceFile) -> Option<u32> {
        match self.location {
            Location::Span(span) => Some(source.line_of(span.start)),
            Location::Line(line) => Some(line),
            Location::Nowhere => None,
        }
    }

    /// The fields of the `SyntaxError` CPython would raise for this error.
    pub fn info(&self, source: &SourceFile) -> SyntaxErrorInfo {
        let mut info = SyntaxErrorInfo {
            class: self.class.to_string(),
            message: self.message.clone(),
            filename: source.name().to_string(),
            lineno: None,
            text: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
        };
        let Some(line) = self.line(source) else {
            return info;
        };
        info.lineno = Some(line);
        // A line past the end of the file (an error at EOF) has no text.
        let text = source.line_text(line);
        let blank = text
            .trim_start_matches([' ', '\t', '\x0c'])
            .trim_end_matches(['\r', '\n'])
            .is_empty();
        if !(blank && source.line_of(source.text().len() as u32) < line) {
            info.text = Some(text.to_string());
        }
        if let Location::Span(span) = self.location {
            info.offset = Some(source.column_of(span.start) as i64 + 1);
            let end_line = source.line_of(span.end);
            info.end_lineno = Some(end_line);
            info.end_offset = Some(source.column_of(span.end) as i64 + 1);
        }
        info
    }

    /// The text `python3 file.py` prints on stderr for this error.
    pub fn render(&self, source: &SourceFile) -> String {
        self.info(source).render()
    }
}

/// What a `SyntaxError` carries (`filename`, `lineno`, `offset`, `text`,
/// `end_lineno`, `end_offset`), so that both a compile error and a
/// `SyntaxError` raised at run time (from `eval` or an import) print the
/// same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub class: String,
    pub message: String,
    pub filename: String,
    pub lineno: Option<u32>,
    /// The whole source line, as CPython keeps it.
    pub text: Option<String>,
    /// 1-based column (in characters) where the caret starts.
    pub offset: Option<i64>,
    pub end_lineno: Option<u32>,
    pub end_offset: Option<i64>,
}

impl SyntaxErrorInfo {
    /// CPython's `print_error_text` and the lines around it: the file and
    /// line, the source line with its leading whitespace removed, carets
    /// from `offset` to `end_offset` (to the end of the line if the error
    /// runs onto later lines), then `Class: message`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let last = if self.message.is_empty() {
            format!("{}\n", self.class)
        } else {
            format!("{}: {}\n", self.class, self.message)
        };
        let Some(line) = self.lineno else {
            return last;
        };
        let _ = writeln!(out, "  File \"{}\", line {}", self.filename, line);
        if let Some(text) = &self.text {
            let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
            let indent = (text.chars().count() - trimmed.chars().count()) as i64;
            let trimmed = trimmed.trim_end_matches(['\r', '\n']);
            let trimmed_len = trimmed.chars().count() as i64;
            let _ = writeln!(out, "    {trimmed}");
            if let Some(offset) = self.offset {
                let start_col = offset - 1 - indent;
                let end_col = match (self.end_lineno, self.end_offset) {
                    (Some(end_line), Some(end)) if end_line == line => end - 1 - indent,
                    _ => trimmed_len,
                };
                if start_col >= 0 {
                    let start_col = start_col.min(trimmed_len);
                    let carets = (end_col - start_col).max(1);
                    let _ = writeln!(
                        out,
                        "    {}{}",
                        " ".repeat(start_col as usize),
                        "^".repeat(carets as usize)
                    );
                }
            }
        }
        out.push_str(&last);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_cpython() {
        let src = SourceFile::new("t.py", "if x\n    pass\n");
        let d = Diagnostic::syntax("expected ':'", Span::new(4, 5));
        assert_eq!(
            d.render(&src),
            "  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }

    #[test]
    fn strips_indentation_and_spans_lines() {
        let src = SourceFile::new("t.py", "x = 1\n  f(a,\n  b) = 1\n");
        let d = Diagnostic::syntax("cannot assign", Span::new(8, 18));
        assert_eq!(
            d.render(&src),
            "  File \"t.py\", line 2\n    f(a,\n    ^^^^\nSyntaxError: cannot assign\n"
        );
    }

    #[test]
    fn bare_line_has_no_caret() {
        let src = SourceFile::new("t.py", "x=1\n  y=2\n");
        let d = Diagnostic::at_line(ErrorClass::IndentationError, "unexpected indent", 2);
        assert_eq!(
            d.render(&src),
            "  File \"t.py\", line 2\n    y=2\nIndentationError: unexpected indent\n"
        );
    }
}
