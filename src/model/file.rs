//! The export file, and the one door every partnership comes in through (files the user
//! imports and data the browser stored alike): size check, JSON parse, format tag, schema
//! version, migration, typed read, validation. Each step's failure says where and what.
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::migrate::{self, CURRENT, OLDEST};
use super::validate::{validate, Problem};
use super::Partnership;

/// The value of the `format` field that marks a Common Ground file.
pub const FORMAT: &str = "common-ground/partnership";
/// The largest file accepted: a browser's localStorage holds about 5 MB per site, so a
/// larger partnership could not be kept anyway.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The app version written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The self-describing envelope around one partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub schema_version: u32,
    pub exported_at: DateTime<Utc>,
    pub app_version: String,
    /// The group that exported the file (its own name for itself, set in the app), so that
    /// a merge can say which group each record came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_by: Option<String>,
    pub partnership: Partnership,
}

impl ExportFile {
    pub fn new(partnership: Partnership, now: DateTime<Utc>) -> ExportFile {
        ExportFile {
            format: FORMAT.to_string(),
            schema_version: CURRENT,
            exported_at: now,
            app_version: APP_VERSION.to_string(),
            exported_by: None,
            partnership,
        }
    }
}

/// The file a user downloads: indented, so it can be read and compared by people.
pub fn export_json(p: &Partnership, now: DateTime<Utc>) -> String {
    export_json_by(p, now, None)
}

/// [`export_json`], naming the group that exports it.
pub fn export_json_by(p: &Partnership, now: DateTime<Utc>, group: Option<&str>) -> String {
    let mut file = ExportFile::new(p.clone(), now);
    file.exported_by = group.map(str::trim).filter(|g| !g.is_empty()).map(str::to_string);
    serde_json::to_string_pretty(&file).unwrap_or_else(|e| unreachable_serialisation(e))
}

/// The same envelope without indentation, for the browser's storage where space is scarce.
pub fn compact_json(p: &Partnership, now: DateTime<Utc>) -> String {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        format: &'static str,
        schema_version: u32,
        exported_at: DateTime<Utc>,
        app_version: &'static str,
        partnership: &'a Partnership,
    }
    serde_json::to_string(&Borrowed {
        format: FORMAT,
        schema_version: CURRENT,
        exported_at: now,
        app_version: APP_VERSION,
        partnership: p,
    })
    .unwrap_or_else(|e| unreachable_serialisation(e))
}

// Our types have string keys only and no fallible Serialize impls, so this cannot happen.
fn unreachable_serialisation(e: serde_json::Error) -> String {
    panic!("serialising a partnership failed: {e}")
}

/// "food-for-all-2026-11-27.json": the partnership's name, made safe for any file system.
pub fn file_name(p: &Partnership, now: DateTime<Utc>) -> String {
    let mut slug = String::new();
    for ch in p.name.chars() {
        if ch.is_alphanumeric() {
            slug.extend(ch.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "partnership" } else { slug };
    let slug: String = slug.chars().take(60).collect();
    format!("{}-{}.json", slug.trim_end_matches('-'), now.format("%Y-%m-%d"))
}

/// Why a file could not be opened. Every variant says where and what.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    /// Not JSON at all, or broken at a place.
    NotJson { line: usize, column: usize, message: String },
    /// The text stops in the middle: usually a file cut off while copying or downloading.
    Truncated { line: usize, column: usize },
    NotCommonGround { found: Option<String> },
    BadVersion { found: String },
    NewerVersion { found: u32 },
    Migration { from: u32, message: String },
    /// A field has the wrong type, an unknown value, or is missing.
    WrongShape { path: String, message: String },
    Invalid(Vec<Problem>),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "The file is empty."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {:.1} MB; Common Ground opens files up to {} MB, the most a \
                 browser can store for one site.",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            ImportError::NotJson { line, column, message } => write!(
                f,
                "This is not a valid JSON file: at line {line}, column {column}: {message}."
            ),
            ImportError::Truncated { line, column } => write!(
                f,
                "The file ends too early, at line {line}, column {column}: it looks cut off. \
                 Ask for the file again."
            ),
            ImportError::NotCommonGround { found: None } => write!(
                f,
                "This JSON file is not a Common Ground export: it has no \"format\" field \
                 (expected \"{FORMAT}\")."
            ),
            ImportError::NotCommonGround { found: Some(found) } => write!(
                f,
                "This JSON file is not a Common Ground export: its \"format\" is \"{found}\", \
                 expected \"{FORMAT}\"."
            ),
            ImportError::BadVersion { found } => write!(
                f,
                "schema_version: expected a whole number from {OLDEST} to {CURRENT}, found {found}."
            ),
            ImportError::NewerVersion { found } => write!(
                f,
                "This file was made by a newer version of Common Ground (schema version {found}); \
                 this page reads versions {OLDEST} to {CURRENT}. Reload the page to get the \
                 latest version, then try again."
            ),
            ImportError::Migration { from, message } => write!(
                f,
                "The file uses the older schema version {from} and could not be updated: {message}."
            ),
            ImportError::WrongShape { path, message } => write!(f, "{path}: {message}."),
            ImportError::Invalid(problems) => {
                write!(f, "The file has {} problem(s): ", problems.len())?;
                for (i, p) in problems.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "; " };
                    write!(f, "{sep}partnership.{p}")?;
                }
                write!(f, ".")
            }
        }
    }
}

/// A file that was read: the partnership, and what happened on the way in.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub partnership: Partnership,
    /// The schema version the file had; lower than [`CURRENT`] means it was migrated.
    pub from_version: u32,
    pub exported_at: DateTime<Utc>,
    pub exported_by: Option<String>,
}

/// The one door in. Reads a whole file (or stored value) into a valid, current partnership.
pub fn open(text: &str) -> Result<Opened, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut root: Value = serde_json::from_str(text).map_err(json_error)?;
    let obj = root
        .as_object_mut()
        .ok_or(ImportError::NotCommonGround { found: None })?;
    match obj.get("format") {
        Some(Value::String(s)) if s == FORMAT => {}
        Some(Value::String(s)) => {
            return Err(ImportError::NotCommonGround { found: Some(s.clone()) })
        }
        Some(other) => return Err(ImportError::NotCommonGround { found: Some(other.to_string()) }),
        None => return Err(ImportError::NotCommonGround { found: None }),
    }
    let version = match obj.get("schema_version") {
        None => return Err(ImportError::BadVersion { found: "nothing".into() }),
        Some(v) => match v.as_u64() {
            Some(n) if (OLDEST as u64..=u32::MAX as u64).contains(&n) => n as u32,
            _ => return Err(ImportError::BadVersion { found: v.to_string() }),
        },
    };
    if version > CURRENT {
        return Err(ImportError::NewerVersion { found: version });
    }
    let exported_at = match obj.get("exported_at") {
        Some(v) => read::<DateTime<Utc>>(v.clone(), "exported_at")?,
        None => return Err(missing("", "exported_at")),
    };
    let exported_by = obj.get("exported_by").and_then(Value::as_str).map(str::to_string);
    let mut partnership = obj.remove("partnership").ok_or_else(|| missing("", "partnership"))?;
    if !partnership.is_object() {
        return Err(ImportError::WrongShape {
            path: "partnership".into(),
            message: format!("expected an object, found {}", kind_of(&partnership)),
        });
    }
    migrate::migrate(&mut partnership, version)
        .map_err(|message| ImportError::Migration { from: version, message })?;
    let partnership: Partnership = read(partnership, "partnership")?;
    let problems = validate(&partnership);
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    Ok(Opened { partnership, from_version: version, exported_at, exported_by })
}

fn missing(parent: &str, field: &str) -> ImportError {
    ImportError::WrongShape {
        path: if parent.is_empty() { field.to_string() } else { format!("{parent}.{field}") },
        message: "this required field is missing".into(),
    }
}

/// Reads a JSON value into a typed one, naming the exact place of a mismatch.
fn read<T: serde::de::DeserializeOwned>(value: Value, root: &str) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let message = e.inner().to_string();
        // serde names a missing field in the message, at the path of its parent.
        if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
            let parent = if inner == "." { root.to_string() } else { format!("{root}.{inner}") };
            return missing(&parent, field);
        }
        let path = if inner == "." { root.to_string() } else { format!("{root}.{inner}") };
        ImportError::WrongShape { path, message: friendlier(&message) }
    })
}

fn friendlier(message: &str) -> String {
    message
        .replace("invalid type: ", "wrong type: found ")
        .replace("premature end of input", "the date or time is incomplete")
        .replace("input contains invalid characters", "this is not a valid date or time")
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn json_error(e: serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    if e.classify() == serde_json::error::Category::Eof {
        return ImportError::Truncated { line, column };
    }
    let full = e.to_string();
    // serde_json appends " at line L column C"; we say the place ourselves.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    ImportError::NotJson { line, column, message }
}

#[cfg(test)]
mod tests;
