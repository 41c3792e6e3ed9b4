//! From the bytes an editor wrote to a checked [`Dataset`], or to every problem found at once.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{join, DataError};
use super::limits::{self, MAX_DEPTH};
use super::schema::{Dataset, Era, Event, Issue, Meta, Party, Source};
use super::validate::validate;

const SECTIONS: [&str; 6] = ["meta", "parties", "issues", "events", "eras", "sources"];

/// Parses and validates a dataset. Either it is fully valid, or every error is returned.
pub fn load(text: &str) -> Result<Dataset, Vec<DataError>> {
    let dataset = parse(text)?;
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(limits::cap(errors))
    }
}

/// Checks the file's shape: JSON syntax, types, required and unknown fields, section by section
/// and item by item, so that one broken event does not hide the problems in the next. A file over
/// the [`limits`] is refused before any of it is read as a story.
pub fn parse(text: &str) -> Result<Dataset, Vec<DataError>> {
    parse_within_limits(text).map_err(limits::cap)
}

fn parse_within_limits(text: &str) -> Result<Dataset, Vec<DataError>> {
    limits::check_size(text).map_err(|e| vec![e])?;
    if text.trim().is_empty() {
        return Err(vec![DataError::new("", "the file is empty; expected a JSON object")]);
    }
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.split(" at line ").next().unwrap_or(&reason).to_string();
        // serde_json stops at 128 levels, before the stack could overflow; past MAX_DEPTH it is our limit.
        let reason = if reason == "recursion limit exceeded" {
            format!("nested more than {MAX_DEPTH} levels deep")
        } else {
            format!("invalid JSON: {reason}")
        };
        vec![DataError::new(format!("line {}, column {}", e.line(), e.column()), reason)]
    })?;
    let over = limits::check(&root);
    if !over.is_empty() {
        return Err(over);
    }
    let Value::Object(mut root) = root else {
        return Err(vec![DataError::new(
            "",
            "the top level must be a JSON object with meta, parties, issues, events, eras and sources",
        )]);
    };

    let mut errors: Vec<DataError> = root
        .keys()
        .filter(|k| !SECTIONS.contains(&k.as_str()) && k.as_str() != "$schema")
        .map(|k| DataError::new(k.as_str(), format!("unknown field (allowed: {})", SECTIONS.join(", "))))
        .collect();

    let schema = root.remove("$schema").and_then(|v| v.as_str().map(str::to_string));
    let meta = section::<Meta>(&mut root, "meta", &mut errors);
    let parties = list::<Party>(&mut root, "parties", &mut errors);
    let issues = list::<Issue>(&mut root, "issues", &mut errors);
    let events = list::<Event>(&mut root, "events", &mut errors);
    let eras = list::<Era>(&mut root, "eras", &mut errors);
    let sources = list::<Source>(&mut root, "sources", &mut errors);

    match (meta, parties, issues, events, eras, sources) {
        (Some(meta), Some(parties), Some(issues), Some(events), Some(eras), Some(sources)) if errors.is_empty() => {
            Ok(Dataset { schema, meta, parties, issues, events, eras, sources })
        }
        _ => Err(errors),
    }
}

fn take(root: &mut Map<String, Value>, name: &str, errors: &mut Vec<DataError>) -> Option<Value> {
    let value = root.remove(name);
    if value.is_none() {
        errors.push(DataError::new(name, "required field is missing"));
    }
    value
}

fn section<T: DeserializeOwned>(root: &mut Map<String, Value>, name: &str, errors: &mut Vec<DataError>) -> Option<T> {
    let value = take(root, name, errors)?;
    item(value, name, errors)
}

fn list<T: DeserializeOwned>(root: &mut Map<String, Value>, name: &str, errors: &mut Vec<DataError>) -> Option<Vec<T>> {
    let value = take(root, name, errors)?;
    let Value::Array(values) = value else {
        errors.push(DataError::new(name, format!("expected a list, found {}", kind_of(&value))));
        return None;
    };
    let before = errors.len();
    let items: Vec<T> =
        values.into_iter().enumerate().filter_map(|(i, v)| item(v, &format!("{name}[{i}]"), errors)).collect();
    (errors.len() == before).then_some(items)
}

fn item<T: DeserializeOwned>(value: Value, path: &str, errors: &mut Vec<DataError>) -> Option<T> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| {
            let inner = e.path().to_string();
            let at = if inner == "." { path.to_string() } else { join(path, &inner).replace(".[", "[") };
            errors.push(plain_english(at, &e.into_inner().to_string()));
        })
        .ok()
}

/// Serde's messages name the parent object for missing and unknown fields; point at the field.
fn plain_english(path: String, message: &str) -> DataError {
    let backticked = |m: &str| m.split('`').nth(1).map(str::to_string);
    if let Some(rest) = message.strip_prefix("missing field ") {
        if let Some(field) = backticked(rest) {
            return DataError::new(join(&path, &field), "required field is missing");
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        // Here the path already ends at the unknown field.
        let allowed: Vec<&str> = rest.split('`').skip(3).step_by(2).collect();
        let reason = if allowed.is_empty() {
            "unknown field".to_string()
        } else {
            format!("unknown field (allowed: {})", allowed.join(", "))
        };
        return DataError::new(path, reason);
    }
    // serde quotes names with backticks, and numbers too: keep quotes for names only.
    let quote = if message.starts_with("invalid type") { "" } else { "\"" };
    DataError::new(path, message.replace('`', quote))
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
