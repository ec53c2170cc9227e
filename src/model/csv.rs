//! CSV for spreadsheets (RFC 4180): a writer that quotes what must be quoted, and a reader
//! that reports the line of every bad row. No dependency: the format is small and a crate
//! would cost wasm size.

/// Quotes a field if it holds a comma, semicolon, tab, quote, or line break (so that no
/// locale's spreadsheet splits it); doubles inner quotes. Guards against CSV injection as OWASP
/// advises: a field that a spreadsheet could run as a formula gets a leading `'`. That is a
/// field starting with `=`, `+`, `-`, `@`, a tab or a carriage return, or one in which such a
/// character follows a `;` (a spreadsheet in a `;`-separated locale splits the field there).
/// Plain numbers such as `-12.5` are left as they are, so that they stay numbers.
pub fn field(value: &str) -> String {
    let guarded;
    let value = if is_formula(value) {
        guarded = format!("'{value}");
        guarded.as_str()
    } else {
        value
    };
    if value.contains([',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Whether a spreadsheet could read `value`, or a part of it after a `;`, as a formula.
fn is_formula(value: &str) -> bool {
    const STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
    let starts = |part: &str| part.starts_with(STARTS);
    (starts(value) && crate::model::text::read_f64(value).is_none()) || value.split(';').skip(1).any(|part| starts(part.trim_start_matches(' ')))
}

/// One CSV line (without the line break).
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    fields.iter().map(|f| field(f.as_ref())).collect::<Vec<_>>().join(",")
}

/// A whole CSV text: header, then rows, CRLF line ends as RFC 4180 and Excel expect.
pub fn table<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> String {
    let mut out = row(header);
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&row(r));
        out.push_str("\r\n");
    }
    out
}

/// A parsed record with the (1-based) line it starts on, for error messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Parses CSV text (comma or, if the first line has more of them, semicolon or tab
/// separated, as spreadsheets in many locales write). Blank lines are skipped.
/// A quoted field that is never closed, from this line on (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed {
    pub line: usize,
}

/// In English, for logs and tests; the import words it for the screen.
impl std::fmt::Display for Unclosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, crate::i18n::Msg::new(crate::i18n::tr::problem::csv::UNCLOSED))
    }
}

pub fn parse(text: &str) -> Result<Vec<Line>, Unclosed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = [',', ';', '\t']
        .into_iter()
        .max_by_key(|c| (first.matches(*c).count(), *c == ','))
        .unwrap_or(',');
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cur.push('\n');
                }
                _ => cur.push(c),
            }
            continue;
        }
        match c {
            '"' if cur.is_empty() => {
                in_quotes = true;
                any = true;
            }
            c if c == sep => {
                fields.push(std::mem::take(&mut cur));
                any = true;
            }
            '\r' => {}
            '\n' => {
                fields.push(std::mem::take(&mut cur));
                if any || fields.iter().any(|f| !f.is_empty()) {
                    out.push(Line { line: start_line, fields: std::mem::take(&mut fields) });
                } else {
                    fields.clear();
                }
                any = false;
                line += 1;
                start_line = line;
            }
            _ => {
                cur.push(c);
                any = true;
            }
        }
    }
    if in_quotes {
        return Err(Unclosed { line: start_line });
    }
    fields.push(cur);
    if any || fields.iter().any(|f| !f.is_empty()) {
        out.push(Line { line: start_line, fields });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
