//! PEP 263 source encodings: the `# -*- coding: NAME -*-` comment on one
//! of the first two lines, and decoding the file with it.

/// The encoding declared in the first two lines, normalised as CPython's
/// `get_normal_name` does (`utf-8-*` is `utf-8`, `latin-1` and friends
/// are `iso-8859-1`).
pub fn declared(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some(name);
    }
    // The second line counts only if the first is a comment or blank.
    let trimmed: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(|b| b" \t\x0c\r".contains(b))
        .collect();
    if !(trimmed.is_empty() || trimmed[0] == b'#') {
        return None;
    }
    cookie(lines.next()?)
}

/// `coding[:=]\s*([-\w.]+)` inside a comment line.
fn cookie(line: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(line);
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    if !stripped.starts_with('#') {
        return None;
    }
    let at = stripped.find("coding")?;
    let rest = &stripped[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then(|| normal_name(&name))
}

fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let is = |prefix: &str| lower == prefix || lower.starts_with(&format!("{prefix}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Decodes with a declared encoding other than UTF-8; `None` if minipy
/// does not know the encoding.
pub fn decode_with(name: &str, bytes: &[u8]) -> Option<String> {
    if name == "iso-8859-1" {
        return Some(bytes.iter().map(|&b| b as char).collect());
    }
    // WHATWG labels cover the other common codecs (koi8-r, cp1252,
    // shift_jis...); its "latin1" is windows-1252, handled above.
    let label = name.replace('_', "-");
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())
        .or_else(|| encoding_rs::Encoding::for_label(label.replace("cp", "windows-").as_bytes()))?;
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Some(text.into_owned())
}
