//! The book shows only tested text: its code blocks include files that tests check.
//!
//! Checked here, with every problem reported at once as `file:line`:
//! 1. Each `{{#include PATH}}`, `{{#include PATH:ANCHOR}}` or
//!    `{{#include PATH:N:M}}` names an existing file (relative to the
//!    `.md` file); a named anchor exists in it as `ANCHOR: name` and
//!    `ANCHOR_END: name`; a line range lies inside it.
//! 2. Each included file is tested: a program or expected output under
//!    `examples/` (see `examples.rs`), a program under `tests/cases/` or
//!    `tests/corpus/`, or Rust or lalrpop source under `crates/` or `src/`
//!    (compiled with the project).
//! 3. Each fenced code block holds nothing but `{{#include ...}}` lines and
//!    blank lines, so no hand-written code or output can go stale. Blocks
//!    whose info string is `diagram` (ASCII drawings) are exempt.
//!
//! It also checks that the chapters `SUMMARY.md` links to exist.

use crate::support::{repo_root, shown};
use std::path::{Component, Path, PathBuf};

/// Expected-output kinds `examples.rs` checks for each `examples/NAME.py`.
const EXAMPLE_KINDS: [&str; 8] = [
    "py",
    "out",
    "err",
    "tokens.txt",
    "ast.txt",
    "symbols.txt",
    "dis.txt",
    "adaptive.txt",
];

fn book_src() -> PathBuf {
    repo_root().join("book/src")
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// `a/b/../c` as `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The `{{#include ...}}` links in a line, as mdBook finds them: the
/// text after the link type, trimmed. Escaped links (`\{{#include`) are
/// left out, as mdBook leaves them alone.
fn include_links(line: &str) -> Vec<&str> {
    let mut links = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("{{") {
        let escaped = rest[..at].ends_with('\\');
        let after = &rest[at + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        let inner = after[..close].trim_start();
        rest = &after[close + 2..];
        if escaped {
            continue;
        }
        for kind in ["#include", "#rustdoc_include"] {
            if let Some(target) = inner.strip_prefix(kind)
                && target.starts_with(char::is_whitespace)
            {
                links.push(target.trim());
            }
        }
    }
    links
}

/// Is the whole line one include link (blank lines count as fine too)?
fn only_includes(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return true;
    }
    t.starts_with("{{")
        && t.ends_with("}}")
        && t.matches("{{").count() == 1
        && include_links(t).len() == 1
}

/// What follows the path in an include link, as mdBook reads it.
enum Selector {
    Whole,
    Anchor(String),
    Lines(Option<usize>, Option<usize>),
}

fn parse_link(target: &str) -> (&str, Result<Selector, String>) {
    // Properties after the path (space separated) are not part of it.
    let target = target.split_whitespace().next().unwrap_or("");
    let mut parts = target.splitn(2, ':');
    let path = parts.next().unwrap_or("");
    let Some(rest) = parts.next() else {
        return (path, Ok(Selector::Whole));
    };
    let mut bits = rest.splitn(2, ':');
    let first = bits.next().unwrap_or("");
    let second = bits.next();
    let number = |s: &str| -> Result<Option<usize>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<usize>()
                .map(Some)
                .map_err(|_| format!("`{s}` is not a line number"))
        }
    };
    if !first.is_empty() && first.parse::<usize>().is_err() {
        if second.is_some() {
            return (path, Err(format!("anchor `{rest}` may not contain ':'")));
        }
        return (path, Ok(Selector::Anchor(first.to_string())));
    }
    let start = match number(first) {
        Ok(n) => n,
        Err(e) => return (path, Err(e)),
    };
    let end = match second {
        // `PATH:N` is the single line N.
        None => start,
        Some(s) => match number(s) {
            Ok(n) => n,
            Err(e) => return (path, Err(e)),
        },
    };
    (path, Ok(Selector::Lines(start, end)))
}

/// Does `text` mark the anchor `name` with `marker` (`ANCHOR` or `ANCHOR_END`)?
fn has_marker(text: &str, marker: &str, name: &str) -> bool {
    let tag = format!("{marker}:");
    text.lines().any(|line| {
        line.match_indices(&tag).any(|(i, _)| {
            // `ANCHOR:` must not be the tail of `ANCHOR_END:` or a longer word.
            let before_ok = !line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
            let word: String = line[i + tag.len()..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            before_ok && word == name
        })
    })
}

/// Why the repository-relative `path` is not a tested file, if it is not.
fn untested_reason(rel: &Path) -> Option<String> {
    let text = rel.to_string_lossy().replace('\\', "/");
    let ext_is = |exts: &[&str]| {
        rel.extension()
            .is_some_and(|e| exts.iter().any(|x| e == *x))
    };
    if let Some(file) = text.strip_prefix("examples/") {
        if file.contains('/') {
            return Some("only files directly in examples/ are checked".into());
        }
        let (stem, kind) = file.split_once('.').unwrap_or((file, ""));
        if !EXAMPLE_KINDS.contains(&kind) {
            return Some(format!(
                "examples.rs checks only NAME.{{{}}}",
                EXAMPLE_KINDS.join(",")
            ));
        }
        if !repo_root()
            .join("examples")
            .join(format!("{stem}.py"))
            .is_file()
        {
            return Some(format!(
                "there is no examples/{stem}.py for it to belong to"
            ));
        }
        return None;
    }
    if text.starts_with("tests/cases/") || text.starts_with("tests/corpus/") {
        return None;
    }
    if (text.starts_with("crates/") && ext_is(&["rs", "lalrpop"]))
        || (text.starts_with("src/") && ext_is(&["rs"]))
    {
        return None;
    }
    Some(
        "not a tested file (use examples/, tests/cases/, tests/corpus/, \
         or Rust/lalrpop source under crates/ or src/)"
            .into(),
    )
}

fn check_include(md: &Path, line_no: usize, target: &str, problems: &mut Vec<String>) {
    let at = format!("{}:{line_no}", shown(md));
    let (path, selector) = parse_link(target);
    let selector = match selector {
        Ok(s) => s,
        Err(e) => {
            problems.push(format!("{at}: bad include `{target}`: {e}"));
            return;
        }
    };
    if path.is_empty() {
        problems.push(format!("{at}: include with no path: `{target}`"));
        return;
    }
    let full = normalize(&md.parent().unwrap().join(path));
    let Ok(text) = std::fs::read_to_string(&full) else {
        problems.push(format!(
            "{at}: included file `{path}` does not exist (or is not text)"
        ));
        return;
    };
    match full.strip_prefix(normalize(&repo_root())) {
        Err(_) => problems.push(format!("{at}: `{path}` is outside the repository")),
        Ok(rel) => {
            if let Some(reason) = untested_reason(rel) {
                problems.push(format!("{at}: `{}`: {reason}", rel.display()));
            }
        }
    }
    match selector {
        Selector::Whole => {}
        Selector::Anchor(name) => {
            for marker in ["ANCHOR", "ANCHOR_END"] {
                if !has_marker(&text, marker, &name) {
                    problems.push(format!("{at}: `{path}` has no `{marker}: {name}`"));
                }
            }
        }
        Selector::Lines(start, end) => {
            let count = text.lines().count();
            for n in [start, end].into_iter().flatten() {
                if n == 0 || n > count {
                    problems.push(format!(
                        "{at}: line {n} is outside `{path}`, which has {count} lines"
                    ));
                }
            }
            if let (Some(s), Some(e)) = (start, end)
                && s > e
            {
                problems.push(format!("{at}: empty line range {s}:{e}"));
            }
        }
    }
}

/// A fence line: its character, its length and its info string.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let t = &line[indent..];
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = t.chars().take_while(|x| *x == c).count();
    if len < 3 {
        return None;
    }
    let info = t[len..].trim();
    if c == '`' && info.contains('`') {
        return None;
    }
    Some((c, len, info))
}

fn check_markdown(md: &Path, problems: &mut Vec<String>) {
    let text = std::fs::read_to_string(md).expect("reading a book page");
    // The open fence: character, length, exempt, line where it opened.
    let mut open: Option<(char, usize, bool, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        for target in include_links(line) {
            check_include(md, line_no, target, problems);
        }
        match open {
            None => {
                if let Some((c, len, info)) = fence(line) {
                    let exempt = info.split_whitespace().next() == Some("diagram");
                    open = Some((c, len, exempt, line_no));
                }
            }
            Some((c, len, exempt, _)) => {
                let closes = fence(line)
                    .is_some_and(|(c2, len2, info)| c2 == c && len2 >= len && info.is_empty());
                if closes {
                    open = None;
                } else if !exempt && !only_includes(line) {
                    problems.push(format!(
                        "{}:{line_no}: code block holds more than {{{{#include}}}} lines \
                         (show tested files instead, or mark an ASCII drawing ```diagram): `{}`",
                        shown(md),
                        line.trim()
                    ));
                }
            }
        }
    }
    if let Some((_, _, _, opened)) = open {
        problems.push(format!(
            "{}:{opened}: code block is never closed",
            shown(md)
        ));
    }
}

/// The chapters `SUMMARY.md` links to must exist.
fn check_summary(problems: &mut Vec<String>) {
    let summary = book_src().join("SUMMARY.md");
    let Ok(text) = std::fs::read_to_string(&summary) else {
        problems.push("book/src/SUMMARY.md is missing".into());
        return;
    };
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let Some(close) = after.find(')') else {
                break;
            };
            let target = &after[..close];
            rest = &after[close + 1..];
            if !target.is_empty() && !book_src().join(target).is_file() {
                problems.push(format!(
                    "book/src/SUMMARY.md:{}: chapter `{target}` does not exist",
                    i + 1
                ));
            }
        }
    }
}

#[test]
fn book_shows_only_tested_files() {
    assert!(
        repo_root().join("book/book.toml").is_file(),
        "book/book.toml is missing"
    );
    let mut pages = Vec::new();
    markdown_files(&book_src(), &mut pages);
    pages.sort();
    assert!(!pages.is_empty(), "no pages in book/src");
    let mut problems = Vec::new();
    check_summary(&mut problems);
    for page in &pages {
        check_markdown(page, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in the book:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn include_links_are_parsed_as_mdbook_does() {
    assert_eq!(include_links("{{#include a.py}}"), vec!["a.py"]);
    assert_eq!(
        include_links("x {{ #include a.py:2:4 }} y"),
        vec!["a.py:2:4"]
    );
    assert!(include_links("\\{{#include a.py}}").is_empty());
    assert!(include_links("{{#title Hi}}").is_empty());
    assert!(only_includes("  {{#include ../examples/hello.py}}  "));
    assert!(!only_includes("print(1)"));
    assert!(!only_includes("{{#include a.py}} and more"));
    assert!(matches!(parse_link("a.rs:lexer").1, Ok(Selector::Anchor(n)) if n == "lexer"));
    assert!(matches!(
        parse_link("a.rs:2:5").1,
        Ok(Selector::Lines(Some(2), Some(5)))
    ));
    assert!(matches!(
        parse_link("a.rs::5").1,
        Ok(Selector::Lines(None, Some(5)))
    ));
    assert!(matches!(
        parse_link("a.rs:3").1,
        Ok(Selector::Lines(Some(3), Some(3)))
    ));
    assert!(matches!(parse_link("a.rs").1, Ok(Selector::Whole)));
    assert!(has_marker(
        "// ANCHOR: lex\nx\n// ANCHOR_END: lex\n",
        "ANCHOR",
        "lex"
    ));
    assert!(!has_marker("// ANCHOR_END: lex\n", "ANCHOR", "lex"));
    assert!(!has_marker("// ANCHOR: lexer\n", "ANCHOR", "lex"));
}
