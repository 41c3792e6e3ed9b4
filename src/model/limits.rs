//! Limits that keep a wrong or hostile file from freezing a phone: checked on the parsed JSON
//! before any field is read, so nothing is laid out, indexed or rendered from a file over them.
//! Each is far above any real story: the bundled one is 56 KB, 6 levels deep, its longest text
//! under 1,000 characters and its longest list 52 items; the benchmark's 100× story has 3,500
//! events.

use serde_json::Value;

use super::error::DataError;
use super::place::Place;
use super::problem::{Problem, Reason};

/// The file's size in bytes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Lists and objects inside lists and objects; the schema itself needs 6.
pub const MAX_DEPTH: usize = 16;
/// Characters in one text: several pages, where a summary is a paragraph.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Items in one list, or fields in one object.
pub const MAX_ITEMS: usize = 5_000;
/// Problems listed for one file: past this many, the rest are counted, not listed.
pub const MAX_ERRORS: usize = 200;

/// Refuses a file over [`MAX_BYTES`] before it is parsed.
pub fn check_size(text: &str) -> Result<(), DataError> {
    if text.len() > MAX_BYTES {
        let size = (text.len() / 1024).to_string();
        return Err(DataError::new(
            Place::file(),
            Problem::FileTooLarge.with("size", size).and("max", (MAX_BYTES / 1024).to_string()),
        ));
    }
    Ok(())
}

/// Every place where `root` goes over a limit, with its path; empty when it is within them all.
pub fn check(root: &Value) -> Vec<DataError> {
    let mut errors = Vec::new();
    walk(root, &Place::file(), 0, &mut errors);
    errors
}

fn walk(value: &Value, path: &Place, depth: usize, errors: &mut Vec<DataError>) {
    if errors.len() >= MAX_ERRORS {
        return;
    }
    let nested = matches!(value, Value::Array(_) | Value::Object(_));
    if nested && depth >= MAX_DEPTH {
        errors.push(DataError::new(path.clone(), too_deep()));
        return;
    }
    match value {
        Value::String(text) => {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                let reason =
                    Problem::TextTooLong.with("chars", chars.to_string()).and("max", MAX_TEXT_CHARS.to_string());
                errors.push(DataError::new(path.clone(), reason));
            }
        }
        Value::Array(items) if items.len() > MAX_ITEMS => errors.push(too_many(path, items.len(), "items")),
        Value::Object(fields) if fields.len() > MAX_ITEMS => errors.push(too_many(path, fields.len(), "fields")),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &path.index(i), depth + 1, errors);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                walk(field, &path.field(name), depth + 1, errors);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// `what` is "items" (a list) or "fields" (an object).
fn too_many(path: &Place, n: usize, what: &str) -> DataError {
    DataError::new(
        path.clone(),
        Problem::TooManyItems.with("count", n.to_string()).and("what", what).and("max", MAX_ITEMS.to_string()),
    )
}

/// Nested past [`MAX_DEPTH`], whether this walk or the JSON parser found it.
pub(super) fn too_deep() -> Reason {
    Problem::NestedTooDeep.with("depth", MAX_DEPTH.to_string())
}

/// At most [`MAX_ERRORS`] problems, and a last line counting the rest: a file with a million
/// broken items must not become a million-line error panel.
pub fn cap(mut errors: Vec<DataError>) -> Vec<DataError> {
    if errors.len() > MAX_ERRORS {
        let more = errors.len() - MAX_ERRORS;
        errors.truncate(MAX_ERRORS);
        let reason = Problem::MoreProblems.with("more", more.to_string()).and("max", MAX_ERRORS.to_string());
        errors.push(DataError::new(Place::file(), reason));
    }
    errors
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn messages(value: &Value) -> Vec<String> {
        check(value).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn within_the_limits_is_silent() {
        assert!(check(&json!({"issues": [{"id": "a", "sources": ["s"]}], "meta": {"title": "t"}})).is_empty());
    }

    #[test]
    fn each_limit_names_itself_and_the_path() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            messages(&json!({"issues": [{"summary": long}]})),
            [format!(
                "issues[0].summary: text of {} characters; at most {MAX_TEXT_CHARS} are allowed",
                MAX_TEXT_CHARS + 1
            )]
        );
        let many: Vec<u8> = vec![0; MAX_ITEMS + 1];
        assert_eq!(
            messages(&json!({"events": many})),
            [format!("events: {} items; at most {MAX_ITEMS} are allowed", MAX_ITEMS + 1)]
        );
        let mut deep = json!("bottom");
        for _ in 0..MAX_DEPTH + 4 {
            deep = json!([deep]);
        }
        let found = messages(&json!({ "eras": deep }));
        assert_eq!(found, [format!("eras{}: nested more than {MAX_DEPTH} levels deep", "[0]".repeat(MAX_DEPTH - 1))]);
    }

    #[test]
    fn text_is_counted_in_characters_not_bytes() {
        // 10,000 Chinese characters are 30,000 bytes of UTF-8, and within the limit.
        assert!(check(&json!({ "t": "中".repeat(MAX_TEXT_CHARS) })).is_empty());
    }

    #[test]
    fn a_flood_of_errors_is_capped_and_counted() {
        let errors =
            (0..MAX_ERRORS + 50).map(|i| DataError::new(Place::file().field("x").index(i), Problem::Blank)).collect();
        let capped = cap(errors);
        assert_eq!(capped.len(), MAX_ERRORS + 1);
        assert_eq!(capped[MAX_ERRORS].message, format!("and 50 more problems, not listed (at most {MAX_ERRORS} are)"));
        assert_eq!(capped[MAX_ERRORS].reason.problem, Problem::MoreProblems);
    }
}
