//! The export file, and the one door every partnership comes in through (files the user
//! imports and data the browser stored alike): size check, JSON parse, format tag, schema
//! version, migration, typed read, validation. Each step's failure says where and what.
use crate::model::text::Case;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::json_path;
use super::migrate::{self, CURRENT, OLDEST};
use super::check::Problem;
use super::validate::validate;
use super::Partnership;
use crate::i18n::{tr, Msg};

/// The value of the `format` field that marks a Common Ground file.
pub const FORMAT: &str = "common-ground/partnership";
/// The largest file accepted. A browser's localStorage holds about 5 M characters per site;
/// an exported file is indented, and the browser keeps a partnership more compactly
/// (`storage::parts`), so a file of up to about 7 MB still fits. Larger ones could not be kept.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The app version written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The self-describing envelope around one partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub schema_version: u32,
    #[serde(with = "crate::model::time::stamp")]
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
    let group = group.map(str::trim).filter(|g| !g.is_empty());
    // Indented through a generic JSON value, so that the partnership's types are serialised
    // by one serializer only (each serializer type costs the whole model again in wasm size).
    let compact = envelope_json(p, now, group);
    match serde_json::from_str::<Value>(&compact) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap_or(compact),
        Err(_) => compact,
    }
}

/// The same envelope without indentation, for the browser's storage where space is scarce.
pub fn compact_json(p: &Partnership, now: DateTime<Utc>) -> String {
    envelope_json(p, now, None)
}

/// [`compact_json`] with one more envelope field, `name`: `value` (the browser's storage
/// notes there where the partnership's long lists are kept).
pub fn compact_json_with<T: Serialize>(p: &Partnership, now: DateTime<Utc>, name: &str, value: &T) -> String {
    let mut text = envelope_json(p, now, None);
    // The envelope ends with the partnership object and its closing brace.
    text.pop();
    text.push(',');
    text.push_str(&serde_json::to_string(name).unwrap_or_else(unreachable_serialisation));
    text.push(':');
    text.push_str(&serde_json::to_string(value).unwrap_or_else(unreachable_serialisation));
    text.push('}');
    text
}

fn envelope_json(p: &Partnership, now: DateTime<Utc>, group: Option<&str>) -> String {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        format: &'static str,
        schema_version: u32,
        exported_at: DateTime<Utc>,
        app_version: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        exported_by: Option<&'a str>,
        partnership: &'a Partnership,
    }
    serde_json::to_string(&Borrowed {
        format: FORMAT,
        schema_version: CURRENT,
        exported_at: now,
        app_version: APP_VERSION,
        exported_by: group,
        partnership: p,
    })
    .unwrap_or_else(|e| unreachable_serialisation(e))
}

/// A partnership as a generic JSON value (for merging), through the one serializer.
pub fn to_json_value(p: &Partnership) -> Value {
    serde_json::to_string(p)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// Reads a partnership from a generic JSON value (a merge's result), through the one typed
/// reader, and validates it.
pub fn from_json_value(v: Value) -> Result<Partnership, ImportError> {
    let p = read_json_value(v)?;
    let problems = validate(&p);
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    Ok(p)
}

/// [`from_json_value`] without the validation, for a caller that validates what it builds
/// from the partnership read (the merge puts records it set aside back first).
pub(crate) fn read_json_value(v: Value) -> Result<Partnership, ImportError> {
    let text = serde_json::to_string(&serde_json::json!({ "partnership": v }))
        .map_err(|e| ImportError::WrongShape { path: "partnership".into(), message: e.to_string() })?;
    read_partnership(&text)
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
            slug.push_str(&ch.to_string().lower());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "partnership" } else { slug };
    let slug: String = slug.chars().take(60).collect();
    format!("{}-{}.json", slug.trim_end_matches('-'), crate::model::time::iso_date(now.date_naive()))
}

/// Why a file could not be opened. Every variant says where and what.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    /// The bytes are not UTF-8 text: a spreadsheet, a picture, or text saved in an old
    /// encoding. `byte` is the offset of the first byte that is not UTF-8.
    NotUtf8 { byte: usize, line: usize },
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

impl ImportError {
    /// What went wrong, worded by whoever shows it.
    pub fn message(&self) -> Msg {
        use tr::model::import;
        let (oldest, current) = (i128::from(OLDEST), i128::from(CURRENT));
        match self {
            ImportError::Empty => Msg::new(import::EMPTY),
            ImportError::NotUtf8 { byte, line } => Msg::new(import::NOT_UTF8).int("byte", *byte as i128).int("line", *line as i128),
            ImportError::TooLarge { bytes } => Msg::new(import::TOO_LARGE)
                .int("max", (MAX_FILE_BYTES / 1_048_576) as i128)
                .number("size", (*bytes as f64 / 104_857.6).round() / 10.0),
            ImportError::NotJson { line, column, message } => {
                Msg::new(import::NOT_JSON).int("column", *column as i128).int("line", *line as i128).said("why", json_path::why(message))
            }
            ImportError::Truncated { line, column } => Msg::new(import::TRUNCATED).int("column", *column as i128).int("line", *line as i128),
            ImportError::NotCommonGround { found: None } => Msg::new(import::NO_FORMAT).text("expected", FORMAT),
            ImportError::NotCommonGround { found: Some(found) } => {
                Msg::new(import::OTHER_FORMAT).text("expected", FORMAT).text("found", found.as_str())
            }
            ImportError::BadVersion { found } => {
                Msg::new(import::BAD_VERSION).int("current", current).text("found", found.as_str()).int("oldest", oldest)
            }
            ImportError::NewerVersion { found } => {
                Msg::new(import::NEWER_VERSION).int("current", current).int("found", *found).int("oldest", oldest)
            }
            ImportError::Migration { from, message } => Msg::new(import::MIGRATION).int("from", *from).text("why", message.as_str()),
            ImportError::WrongShape { path, message } => Msg::new(import::WRONG_SHAPE).text("path", path.as_str()).said("why", json_path::why(message)),
            ImportError::Invalid(problems) => {
                let each: Vec<String> = problems.iter().map(|p| format!("partnership.{p}")).collect();
                Msg::new(import::INVALID).int("n", problems.len() as i128).text("problems", each.join("; "))
            }
        }
    }
}

/// In the interface's language (see [`Msg`]'s `Display`).
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
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

/// The envelope's own fields, read without building the partnership (which may be large).
#[derive(Deserialize)]
struct Head {
    format: Option<Value>,
    schema_version: Option<Value>,
    exported_at: Option<Value>,
    exported_by: Option<Value>,
    partnership: Option<serde::de::IgnoredAny>,
}

/// The partnership inside an envelope; the other fields are read by [`Head`].
#[derive(Deserialize)]
struct Body {
    partnership: Partnership,
}

/// Bytes read from a file, as text: the size check first, then UTF-8 (a browser's own
/// decoding would silently turn bad bytes into replacement characters and hide the cause).
pub fn text_from_bytes(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e))
}

/// [`text_from_bytes`] keeping the bytes as the text (a large file is not copied again).
pub fn text_from_vec(bytes: Vec<u8>) -> Result<String, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error()))
}

/// Where the first byte that is not UTF-8 is.
fn not_utf8(bytes: &[u8], e: std::str::Utf8Error) -> ImportError {
    let byte = e.valid_up_to();
    let line = 1 + bytes[..byte].iter().filter(|b| **b == b'\n').count();
    ImportError::NotUtf8 { byte, line }
}

/// [`open`] for the raw bytes of a file.
pub fn open_bytes(bytes: &[u8]) -> Result<Opened, ImportError> {
    open(text_from_bytes(bytes)?)
}

/// The one door in. Reads a whole file (or stored value) into a valid, current partnership.
///
/// A current file is read straight into the typed model; an older one goes through a generic
/// JSON value to be migrated first. Either way the typed read is the same code, which keeps
/// the wasm small and names the exact place of any mismatch.
pub fn open(text: &str) -> Result<Opened, ImportError> {
    let opened = read(text)?;
    let problems = validate(&opened.partnership);
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    Ok(opened)
}

/// [`open`] without the validation, for a stored partnership whose long lists are kept apart
/// and validated once put together (`storage::parts`).
pub fn read(text: &str) -> Result<Opened, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match read_current(text) {
        Some(opened) => Ok(opened),
        None => read_long(text),
    }
}

/// [`read`] the long way: the envelope's fields first, each checked in turn, then the
/// partnership (migrated first if older), so that a problem is found and worded.
fn read_long(text: &str) -> Result<Opened, ImportError> {
    let head: Head = serde_json::from_str(text).map_err(|e| match e.classify() {
        // Well-formed JSON that is not an object (a list, a number…).
        serde_json::error::Category::Data => ImportError::NotCommonGround { found: None },
        _ => json_error(text, e),
    })?;
    match &head.format {
        Some(Value::String(s)) if s == FORMAT => {}
        Some(Value::String(s)) => return Err(ImportError::NotCommonGround { found: Some(s.clone()) }),
        Some(other) => return Err(ImportError::NotCommonGround { found: Some(other.to_string()) }),
        None => return Err(ImportError::NotCommonGround { found: None }),
    }
    let version = match &head.schema_version {
        None => return Err(ImportError::BadVersion { found: "nothing".into() }),
        Some(v) => match v.as_u64() {
            Some(n) if (OLDEST as u64..=u32::MAX as u64).contains(&n) => n as u32,
            _ => return Err(ImportError::BadVersion { found: v.to_string() }),
        },
    };
    if version > CURRENT {
        return Err(ImportError::NewerVersion { found: version });
    }
    let exported_at = match &head.exported_at {
        Some(Value::String(s)) => DateTime::parse_from_rfc3339(s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| ImportError::WrongShape { path: "exported_at".into(), message: e.to_string() })?,
        Some(other) => {
            return Err(ImportError::WrongShape {
                path: "exported_at".into(),
                message: format!("invalid type: {}, expected a date and time", kind_of(other)),
            })
        }
        None => return Err(missing("", "exported_at")),
    };
    let exported_by = head.exported_by.as_ref().and_then(Value::as_str).map(str::to_string);
    if head.partnership.is_none() {
        return Err(missing("", "partnership"));
    }
    let partnership = if version == CURRENT {
        read_partnership(text)?
    } else {
        let mut root: Value = serde_json::from_str(text).map_err(|e| json_error(text, e))?;
        let mut partnership = root.get_mut("partnership").map(Value::take).unwrap_or_default();
        if !partnership.is_object() {
            return Err(ImportError::WrongShape {
                path: "partnership".into(),
                message: format!("invalid type: {}, expected a map", kind_of(&partnership)),
            });
        }
        migrate::migrate(&mut partnership, version)
            .map_err(|message| ImportError::Migration { from: version, message })?;
        let text = serde_json::to_string(&serde_json::json!({ "partnership": partnership }))
            .map_err(|e| ImportError::Migration { from: version, message: e.to_string() })?;
        read_partnership(&text)?
    };
    Ok(Opened { partnership, from_version: version, exported_at, exported_by })
}

/// The usual file (this version's, well formed) in one pass over the text, where [`read`]
/// otherwise reads the envelope's own fields first and the partnership in a second pass (a
/// tenth of the time to open a large file). `None` for anything else: [`read`] then goes the
/// long way, which finds and words the problem. An export lists its fields alphabetically,
/// `partnership` before `schema_version`, so the partnership is read before its version is
/// known, and a version other than this one's throws that reading away.
fn read_current(text: &str) -> Option<Opened> {
    #[derive(Default)]
    struct Envelope {
        format: Option<String>,
        schema_version: Option<u64>,
        exported_at: Option<String>,
        exported_by: Option<Value>,
        partnership: Option<Partnership>,
    }
    struct Fields;
    impl<'de> serde::de::Visitor<'de> for Fields {
        type Value = Envelope;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a Common Ground file")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
            use serde::de::Error;
            let mut e = Envelope::default();
            while let Some(key) = map.next_key::<String>()? {
                let fresh = match key.as_str() {
                    "format" => e.format.replace(map.next_value()?).is_none(),
                    "schema_version" => e.schema_version.replace(map.next_value()?).is_none(),
                    "exported_at" => e.exported_at.replace(map.next_value()?).is_none(),
                    "exported_by" => e.exported_by.replace(map.next_value()?).is_none(),
                    "partnership" => e.partnership.replace(map.next_value()?).is_none(),
                    _ => map.next_value::<serde::de::IgnoredAny>().is_ok(),
                };
                if !fresh {
                    return Err(A::Error::custom("a field twice"));
                }
            }
            Ok(e)
        }
    }
    impl<'de> Deserialize<'de> for Envelope {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Envelope, D::Error> {
            d.deserialize_map(Fields)
        }
    }
    let e: Envelope = serde_json::from_str(text).ok()?;
    if e.format.as_deref() != Some(FORMAT) || e.schema_version != Some(CURRENT as u64) {
        return None;
    }
    let exported_at = DateTime::parse_from_rfc3339(e.exported_at.as_deref()?).ok()?.with_timezone(&Utc);
    let exported_by = e.exported_by.as_ref().and_then(Value::as_str).map(str::to_string);
    Some(Opened { partnership: e.partnership?, from_version: CURRENT, exported_at, exported_by })
}

fn missing(parent: &str, field: &str) -> ImportError {
    ImportError::WrongShape {
        path: if parent.is_empty() { field.to_string() } else { format!("{parent}.{field}") },
        message: "this required field is missing".into(),
    }
}

/// Reads the `partnership` of an envelope's text into the typed model, naming the exact place
/// of a mismatch (`partnership.partners[3].sector`).
fn read_partnership(text: &str) -> Result<Partnership, ImportError> {
    json_path::from_str::<Body>(text).map(|b| b.partnership).map_err(|json_path::Mismatch { path, message }| {
        // serde names a missing field in the message, at the path of its parent.
        if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
            let parent = if path == "." { String::new() } else { path };
            return missing(&parent, field);
        }
        ImportError::WrongShape { path, message }
    })
}

/// A value's kind as serde names an unexpected one, so that [`json_path::why`] words it.
fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("floating point `{n}`"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

fn json_error(text: &str, e: serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    // A file cut inside a number ("12.", "-") fails as a bad number at its very end: cut too.
    let last = text.rsplit('\n').next().unwrap_or_default();
    let at_end = line == text.split('\n').count() && column >= last.len() && e.to_string().starts_with("invalid number");
    if e.classify() == serde_json::error::Category::Eof || at_end {
        return ImportError::Truncated { line, column };
    }
    ImportError::NotJson { line, column, message: json_path::message(&e) }
}

#[cfg(test)]
mod tests;
