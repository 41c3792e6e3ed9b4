//! From the bytes an editor wrote to a checked [`Dataset`], or to every problem found at once.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::DataError;
use super::limits;
use super::place::Place;
use super::problem::{Problem, Reason};
use super::schema::{Dataset, Era, Event, Issue, Meta, Party, Source};
use super::story::Story;

const SECTIONS: [&str; 6] = ["meta", "parties", "issues", "events", "eras", "sources"];

/// Parses and validates a dataset, once. Either it is a [`Story`], or every error is returned.
pub fn load(text: &str) -> Result<Story, Vec<DataError>> {
    Story::new(parse(text)?).map_err(limits::cap)
}

/// Parses and validates a draft, once: a [`Story`] to draw and the problems that block only its
/// publishing ([`Story::draft`]), or every problem, if one of them blocks drawing.
pub fn load_draft(text: &str) -> Result<(Story, Vec<DataError>), Vec<DataError>> {
    Story::draft(parse(text)?).map(|(story, problems)| (story, limits::cap(problems))).map_err(limits::cap)
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
        return Err(vec![DataError::new(Place::file(), Problem::EmptyFile)]);
    }
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.split(" at line ").next().unwrap_or(&reason).to_string();
        // serde_json stops at 128 levels, before the stack could overflow; past MAX_DEPTH it is our limit.
        let reason = if reason == "recursion limit exceeded" {
            limits::too_deep()
        } else {
            Problem::InvalidJson.with("reason", reason)
        };
        vec![DataError::at_line(e.line(), e.column(), reason)]
    })?;
    let over = limits::check(&root);
    if !over.is_empty() {
        return Err(over);
    }
    let Value::Object(mut root) = root else {
        return Err(vec![DataError::new(Place::file(), Problem::TopLevelNotAnObject)]);
    };

    let mut errors: Vec<DataError> = root
        .keys()
        .filter(|k| !SECTIONS.contains(&k.as_str()) && k.as_str() != "$schema")
        .map(|k| {
            DataError::new(Place::file().field(k), Problem::UnknownFieldAllowed.with("allowed", SECTIONS.join(", ")))
        })
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
        errors.push(DataError::new(Place::file().field(name), Problem::MissingField));
    }
    value
}

fn section<T: DeserializeOwned>(root: &mut Map<String, Value>, name: &str, errors: &mut Vec<DataError>) -> Option<T> {
    let value = take(root, name, errors)?;
    item(value, Place::file().field(name), errors)
}

fn list<T: DeserializeOwned>(root: &mut Map<String, Value>, name: &str, errors: &mut Vec<DataError>) -> Option<Vec<T>> {
    let value = take(root, name, errors)?;
    let Value::Array(values) = value else {
        errors.push(DataError::new(Place::file().field(name), Problem::NotAList.with("found", kind_of(&value))));
        return None;
    };
    let before = errors.len();
    let items: Vec<T> = values
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| item(v, Place::file().field(name).index(i), errors))
        .collect();
    (errors.len() == before).then_some(items)
}

fn item<T: DeserializeOwned>(value: Value, path: Place, errors: &mut Vec<DataError>) -> Option<T> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| {
            let at = e.path().iter().fold(path, |at, segment| match segment {
                serde_path_to_error::Segment::Seq { index } => at.index(*index),
                serde_path_to_error::Segment::Map { key } => at.field(key),
                serde_path_to_error::Segment::Enum { variant } => at.field(variant),
                // serde_path_to_error's own mark for a step it could not name.
                serde_path_to_error::Segment::Unknown => at.field("?"),
            });
            errors.push(plain_english(at, &e.into_inner().to_string()));
        })
        .ok()
}

/// Serde's messages name the parent object for missing and unknown fields; point at the field.
/// Each message serde has becomes a kind with its values; one this does not know is kept whole,
/// as the value of [`Problem::Shape`].
fn plain_english(path: Place, message: &str) -> DataError {
    let backticked = |m: &str| m.split('`').nth(1).map(str::to_string);
    if let Some(rest) = message.strip_prefix("missing field ") {
        if let Some(field) = backticked(rest) {
            return DataError::new(path.field(&field), Problem::MissingField);
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        // Here the path already ends at the unknown field.
        let allowed: Vec<&str> = rest.split('`').skip(3).step_by(2).collect();
        let reason = if allowed.is_empty() {
            Problem::UnknownField.into()
        } else {
            Problem::UnknownFieldAllowed.with("allowed", allowed.join(", "))
        };
        return DataError::new(path, reason);
    }
    DataError::new(path, serde_reason(message))
}

/// serde's own message as a kind and values, its words kept as they are. serde quotes names
/// with backticks, and numbers too: quotes are kept for names only. Whatever the kind, the
/// English is serde's message as it was, or the message is kept whole as [`Problem::Shape`].
fn serde_reason(message: &str) -> Reason {
    let quote = if message.starts_with("invalid type") { "" } else { "\"" };
    let as_given = message.replace('`', quote);
    structured(message, quote)
        .filter(|reason| reason.english() == as_given)
        .unwrap_or_else(|| Problem::Shape.with("reason", as_given))
}

fn structured(message: &str, quote: &str) -> Option<Reason> {
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        // "unknown variant `x`, expected one of `a`, `b`", "… expected `a` or `b`", "… expected `a`"
        let (variant, expected) = rest.split_once("`, expected ")?;
        let variants: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let expected = expected.replace('`', quote);
        return (!variants.is_empty()).then(|| {
            Problem::UnknownVariant.with("variant", variant).and("expected", expected).list("variants", variants)
        });
    }
    let (problem, rest) = match message.strip_prefix("invalid type: ") {
        Some(rest) => (Problem::InvalidType, rest),
        None => (Problem::InvalidValue, message.strip_prefix("invalid value: ")?),
    };
    // The expected words are serde's, the found value may be the editor's: split at the last.
    let (found, expected) = rest.rsplit_once(", expected ")?;
    Some(problem.with("found", found.replace('`', quote)).and("expected", expected.replace('`', quote)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_kinds_and_read_as_serde_wrote_them() {
        let cases = [
            (
                "invalid type: integer `7`, expected a string",
                Problem::InvalidType,
                "invalid type: integer 7, expected a string",
            ),
            (
                "invalid value: integer `-1`, expected u32",
                Problem::InvalidValue,
                "invalid value: integer \"-1\", expected u32",
            ),
            (
                "unknown variant `x`, expected `a` or `b`",
                Problem::UnknownVariant,
                "unknown variant \"x\", expected \"a\" or \"b\"",
            ),
            // A backtick in the editor's text: kept whole rather than misread.
            ("unknown variant `x`y`, expected `a`", Problem::Shape, "unknown variant \"x\"y\", expected \"a\""),
            ("duplicate field `id`", Problem::Shape, "duplicate field \"id\""),
        ];
        for (message, problem, english) in cases {
            let reason = serde_reason(message);
            assert_eq!((reason.problem, reason.english()), (problem, english.to_string()), "{message}");
        }
        let variants = serde_reason("unknown variant `x`, expected one of `a`, `b`, `c`");
        assert_eq!(variants.value("variants"), Some("a\nb\nc"));
    }
}
