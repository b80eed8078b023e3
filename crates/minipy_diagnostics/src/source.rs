//! `SourceFile` (name, text, line index) and byte `Span`s into it.

use std::sync::Arc;

/// A half-open byte range `start..end` in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    pub fn from_range(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start as u32, range.end as u32)
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// A source file: its display name, its text and where each line starts.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<SourceFile> {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where the 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        let idx = (line.max(1) - 1) as usize;
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.text.len() as u32)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line) as usize;
        let rest = &self.text[start.min(self.text.len())..];
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end].strip_suffix('\r').unwrap_or(&rest[..end])
    }

    /// 0-based column of a byte offset, counted in characters as CPython does.
    pub fn column_of(&self, offset: u32) -> u32 {
        self.column_in_line(self.line_of(offset), offset)
    }

    /// `line_of` and `column_of` together, with one search of the line table.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        (line, self.column_in_line(line, offset))
    }

    /// As [`position`](Self::position) for an offset that is probably on
    /// `line` (the end of a span starting there): that line is tried first,
    /// since most spans end on the line they start on.
    pub fn position_near(&self, line: u32, offset: u32) -> (u32, u32) {
        let idx = line as usize;
        let on_line = idx >= 1
            && idx <= self.line_starts.len()
            && self.line_starts[idx - 1] <= offset
            && self.line_starts.get(idx).is_none_or(|&next| offset < next);
        let line = if on_line { line } else { self.line_of(offset) };
        (line, self.column_in_line(line, offset))
    }

    fn column_in_line(&self, line: u32, offset: u32) -> u32 {
        let start = self.line_start(line) as usize;
        let offset = (offset as usize).min(self.text.len());
        match self.text.get(start..offset) {
            Some(prefix) if prefix.is_ascii() => prefix.len() as u32,
            Some(prefix) => prefix.chars().count() as u32,
            None => (offset - start) as u32,
        }
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = SourceFile::new("t.py", "ab\nçd\n\nx");
        assert_eq!(src.line_of(0), 1);
        assert_eq!(src.line_of(3), 2);
        assert_eq!(src.line_of(7), 3);
        assert_eq!(src.line_of(8), 4);
        assert_eq!(src.column_of(5), 1);
        assert_eq!(src.position(5), (2, 1));
        assert_eq!(src.position_near(2, 5), (2, 1));
        assert_eq!(src.position_near(1, 5), (2, 1));
        assert_eq!(src.position_near(3, 3), (2, 0));
        assert_eq!(src.position_near(4, 8), (4, 0));
        assert_eq!(src.position_near(9, 8), (4, 0));
        assert_eq!(src.line_text(2), "çd");
        assert_eq!(src.line_text(4), "x");
        assert_eq!(src.line_text(9), "");
    }

    #[test]
    fn positions_agree_with_line_and_column() {
        let src = SourceFile::new("t.py", "é = 1\n\nab(\n  'ü', x)\r\n\ny");
        let len = src.text().len() as u32;
        for offset in (0..=len).filter(|&o| src.text().is_char_boundary(o as usize)) {
            let expected = (src.line_of(offset), src.column_of(offset));
            assert_eq!(src.position(offset), expected);
            for hint in 0..=src.line_count() + 1 {
                assert_eq!(src.position_near(hint, offset), expected, "{offset} {hint}");
            }
        }
    }
}
