//! Reads JSON text into a type and, when it does not fit, names the place
//! (`partnership.partners[3].sector`).
//!
//! serde_json says only the line and column of a mismatch. Tracking the path while reading (as
//! `serde_path_to_error` does) costs every read a string per key and the wasm a second copy of
//! every reader (about a tenth of the bundle). Here the reading is plain serde_json; only when it
//! fails is the text walked again up to the error's position to find where that is. The places
//! are worded as `serde_path_to_error` words them, which a test checks on many damaged files.
use serde::de::DeserializeOwned;

/// Where and what did not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// `.` for the whole text, else like `partnership.partners[3].sector`.
    pub path: String,
    /// serde's message without serde_json's " at line L column C".
    pub message: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// `text` read as a `T`, or the place and wording of the first mismatch. Text that is not JSON
/// at all also comes back as a mismatch (at the place reached); callers that must tell the two
/// apart check the syntax first.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Mismatch> {
    serde_json::from_str(text).map_err(|e| {
        let message = message(&e);
        let mut offset = offset_of(text, e.line(), e.column());
        // A syntax error (a list where a choice's name belongs) is placed just past the
        // character serde_json looked at; the place is before it.
        if e.classify() == serde_json::error::Category::Syntax {
            offset = offset.saturating_sub(1);
        }
        Mismatch { path: path_at(text, offset), message }
    })
}

/// serde_json's message without the " at line L column C" it appends (callers say the place
/// their own way).
pub fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}

/// The byte offset of serde_json's (1-based line, byte column) in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes().enumerate().filter(|&(_, b)| b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// One open object or list while walking the text.
enum Frame {
    /// The current entry's key once read, and whether its value has begun (the colon is past).
    Object { key: Option<String>, in_value: bool },
    /// The current element's index. serde reads an element, and names its index, from the
    /// opening bracket or the comma on, before the element's first character.
    List { index: usize },
}

/// The place reached after reading `text[..offset]`: the entry being read in each open object
/// or list. An error serde raises about a whole object or list (a missing field, too few
/// elements) comes once its closing bracket is read, so it is placed at the entry holding it.
pub fn path_at(text: &str, offset: usize) -> String {
    // Every slice of `text` below ends at a quote or at `offset`: moved back to the start of
    // its character, `offset` is a character boundary too, so no slice cuts a character.
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let bytes = &text.as_bytes()[..offset];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' | b'[' => {
                stack.push(if b == b'{' {
                    Frame::Object { key: None, in_value: false }
                } else {
                    Frame::List { index: 0 }
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                Some(Frame::List { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, i + 1);
                if let Some(Frame::Object { key, in_value: false }) = stack.last_mut() {
                    let raw = &text[i..(end + 1).min(bytes.len())];
                    *key = Some(serde_json::from_str(raw).unwrap_or_else(|_| raw.trim_matches('"').to_string()));
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), in_value: true } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::List { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            _ => {}
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The index of the quote closing the string whose text starts at `from` (or the end).
fn string_end(bytes: &[u8], mut from: usize) -> usize {
    while from < bytes.len() {
        match bytes[from] {
            b'\\' => from += 2,
            b'"' => return from,
            _ => from += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests;

/// What serde said went wrong (`message`, without its place), as a message in the reader's
/// language: serde words its errors in English only, so the known ones are read back into
/// what they mean ("invalid type: integer `42`, expected a string" → "expected text, found
/// the number 42"). A message this does not know (one the app's own readers wrote, already in
/// the interface's language) stays as it is.
pub fn why(message: &str) -> crate::i18n::Msg {
    use crate::i18n::{tr::model::json, Msg};
    let between = |s: &str| s.split('`').nth(1).unwrap_or_default().to_string();
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return match expected_kind(expected) {
            Some(k) => Msg::new(json::WRONG_TYPE).word("expected", k).said("found", found_value(found)),
            None => Msg::new(json::WRONG_TYPE_HERE).said("found", found_value(found)),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return match expected_kind(expected) {
            Some(k) => Msg::new(json::BAD_VALUE).word("expected", k).said("found", found_value(found)),
            None => Msg::new(json::BAD_VALUE_HERE).said("found", found_value(found)),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let choices: Vec<&str> = rest.split_once("expected ").map(|(_, c)| c.split('`').skip(1).step_by(2).collect()).unwrap_or_default();
        return Msg::new(json::UNKNOWN_CHOICE).text("choices", choices.join(", ")).text("found", between(rest));
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let n: i128 = rest.split(',').next().unwrap_or_default().trim().parse().unwrap_or(0);
        return Msg::new(json::WRONG_LENGTH).int("n", n);
    }
    for (start, k) in [("unknown field ", json::UNKNOWN_FIELD), ("duplicate field ", json::DUPLICATE_FIELD), ("missing field ", json::MISSING_FIELD)] {
        if let Some(rest) = message.strip_prefix(start) {
            return Msg::new(k).text("field", between(rest));
        }
    }
    let k = match message {
        m if m.starts_with("EOF while parsing") => json::EOF,
        "expected `:`" => json::EXPECTED_COLON,
        "expected `,` or `]`" => json::EXPECTED_COMMA_OR_BRACKET,
        "expected `,` or `}`" => json::EXPECTED_COMMA_OR_BRACE,
        "expected ident" => json::EXPECTED_WORD,
        // A value none of a field's accepted shapes reads (an untagged enum: one id or a list).
        m if m == "expected value" || m.starts_with("data did not match any variant") => json::EXPECTED_VALUE,
        "key must be a string" | "expected `\"`" => json::KEY_NOT_TEXT,
        "invalid number" => json::INVALID_NUMBER,
        "number out of range" => json::NUMBER_OUT_OF_RANGE,
        "trailing comma" => json::TRAILING_COMMA,
        "trailing characters" => json::TRAILING_CHARACTERS,
        "recursion limit exceeded" => json::TOO_DEEP,
        m if m.starts_with("control character") => json::CONTROL_CHARACTER,
        m if m.contains("escape") || m.contains("unicode code point") => json::INVALID_ESCAPE,
        "this required field is missing" => json::REQUIRED,
        // chrono's words for a date or time it cannot read.
        "premature end of input" => json::INCOMPLETE_DATE,
        "input contains invalid characters" | "trailing input" | "bad or unsupported format string" => json::NOT_A_DATE,
        "input is out of range" | "no possible date and time matching input" | "input is not enough for unique date and time" => json::NO_SUCH_DATE,
        // uuid's words for an id it cannot read.
        m if ["UUID parsing failed", "invalid character: expected", "invalid group", "invalid length:"].iter().any(|p| m.starts_with(p)) => json::NOT_AN_ID,
        other => return Msg::Text(other.to_string()),
    };
    Msg::new(k)
}

/// serde's `Unexpected` ("integer `42`", "string \"ngo\"", "sequence") in words.
fn found_value(found: &str) -> crate::i18n::Msg {
    use crate::i18n::{tr::model::json, Msg};
    let quoted = |s: &str| s.split_once('`').map(|(_, v)| v.trim_end_matches('`').to_string());
    if let Some(text) = found.strip_prefix("string ") {
        let text = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text);
        return Msg::new(json::FOUND_TEXT).text("value", text.chars().take(60).collect::<String>());
    }
    match found {
        "sequence" => json::FOUND_LIST.into(),
        "map" => json::FOUND_OBJECT.into(),
        "null" | "unit value" | "Option value" => json::FOUND_NULL.into(),
        f if f.starts_with("boolean") || f.starts_with("integer") || f.starts_with("floating point") => {
            let k = if f.starts_with("boolean") { json::FOUND_BOOLEAN } else { json::FOUND_NUMBER };
            Msg::new(k).text("value", quoted(f).unwrap_or_default())
        }
        other => Msg::Text(other.to_string()),
    }
}

/// What a reader expected (its `expecting` text), as a kind of value, when it is a kind.
fn expected_kind(expected: &str) -> Option<crate::i18n::Key> {
    use crate::i18n::tr::model::json;
    let e = expected.trim();
    Some(match e {
        "a string" | "a borrowed string" | "a character" => json::TEXT,
        "a boolean" => json::BOOLEAN,
        "a sequence" | "a list" | "a tuple" => json::LIST,
        "a map" | "an object" => json::OBJECT,
        _ if e.starts_with("struct ") || e.starts_with("a map") => json::OBJECT,
        _ if e.contains("date and time") => json::DATE_TIME,
        _ if e.contains("date") => json::DATE,
        _ if e.contains("UUID") => json::ID,
        _ if e.contains("amount") => json::AMOUNT,
        _ if matches!(e.as_bytes(), [b'u' | b'i' | b'f', rest @ ..] if !rest.is_empty() && rest.iter().all(u8::is_ascii_digit)) => json::NUMBER,
        _ if e.contains("integer") || e.contains("number") => json::NUMBER,
        _ => return None,
    })
}
