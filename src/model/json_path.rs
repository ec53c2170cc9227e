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
