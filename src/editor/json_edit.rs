//! Changes to the story's text made by the form: a value set, a field or an item removed, an item
//! added or moved, an id renamed with every reference to it. Each is a splice of the text at the
//! places the ordered tree (`json_tree`) knows, so the rest of the text stays exactly as written
//! (its order, its spacing, its escapes) and the form and the JSON view edit one draft.

use serde_json::Value as Json;

use super::json_tree::{self, Node, Value};
use crate::model::{Place, Step};

/// The fields whose strings are ids of other items: a renamed id is renamed there too.
pub const REFERENCE_FIELDS: [&str; 8] =
    ["parties", "issues", "events", "sources", "era", "party", "source", "translated_by"];

/// The node at `path` in `root`.
fn find<'t, 'a>(root: &'t Node<'a>, path: &[Step]) -> Option<&'t Node<'a>> {
    path.iter().try_fold(root, |node, step| match step {
        Step::Field(key) => node.member(key).map(|m| &m.node),
        Step::Index(i) => node.item(*i),
    })
}

fn steps(path: &Place) -> &[Step] {
    match path {
        Place::Path(steps) => steps,
        Place::Text { .. } => &[],
    }
}

/// The spaces that start the line `at` is on.
fn indent_of(text: &str, at: usize) -> usize {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line..].len() - text[line..].trim_start_matches(' ').len()
}

/// `value` as JSON text, its lines after the first indented by `indent` spaces.
fn written(value: &Json, indent: usize) -> String {
    let pretty = serde_json::to_string_pretty(value).unwrap_or_default();
    pretty.replace('\n', &format!("\n{}", " ".repeat(indent)))
}

fn splice(text: &str, at: usize, end: usize, with: &str) -> String {
    [&text[..at], with, &text[end..]].concat()
}

/// `text` with the value at `path` set to `value`: replaced where it is, added (at the object's
/// end) where the field is missing. `None` where `text` is not JSON or `path` leads nowhere.
pub fn set(text: &str, path: &Place, value: &Json) -> Option<String> {
    let root = json_tree::parse(text)?;
    let steps = steps(path);
    if let Some(node) = find(&root, steps) {
        return Some(splice(text, node.at, node.end, &written(value, indent_of(text, node.at))));
    }
    let (Step::Field(key), parent) = steps.split_last()? else { return None };
    let object = find(&root, parent)?;
    let Value::Object(members) = &object.value else { return None };
    let indent = indent_of(text, object.at) + 2;
    let member = format!("\"{}\": {}", escape_key(key), written(value, indent));
    let close = object.end - 1;
    Some(match members.last() {
        Some(last) => splice(text, last.node.end, last.node.end, &format!(",\n{}{member}", " ".repeat(indent))),
        None => {
            splice(text, object.at + 1, close, &format!("\n{}{member}\n{}", " ".repeat(indent), " ".repeat(indent - 2)))
        }
    })
}

fn escape_key(key: &str) -> String {
    let quoted = serde_json::to_string(key).unwrap_or_default();
    quoted[1..quoted.len() - 1].to_string()
}

/// `text` with `value` added as the last item of the list at `path`.
pub fn push(text: &str, path: &Place, value: &Json) -> Option<String> {
    let root = json_tree::parse(text)?;
    let list = find(&root, steps(path))?;
    let Value::Array(items) = &list.value else { return None };
    let indent = indent_of(text, list.at) + 2;
    let item = written(value, indent);
    Some(match items.last() {
        Some(last) => splice(text, last.end, last.end, &format!(",\n{}{item}", " ".repeat(indent))),
        None => splice(
            text,
            list.at + 1,
            list.end - 1,
            &format!("\n{}{item}\n{}", " ".repeat(indent), " ".repeat(indent - 2)),
        ),
    })
}

/// `text` without the field or item at `path`, and the comma that joined it to its neighbours.
pub fn remove(text: &str, path: &Place) -> Option<String> {
    let root = json_tree::parse(text)?;
    let (last, parent) = steps(path).split_last()?;
    let container = find(&root, parent)?;
    // Each entry's span (a field from its key) in the container, in order.
    let spans: Vec<(usize, usize)> = match &container.value {
        Value::Object(members) => members.iter().map(|m| (m.key_at, m.node.end)).collect(),
        Value::Array(items) => items.iter().map(|n| (n.at, n.end)).collect(),
        Value::Scalar(_) => return None,
    };
    let index = match (last, &container.value) {
        (Step::Field(key), Value::Object(members)) => members.iter().position(|m| m.key() == *key)?,
        (Step::Index(i), Value::Array(_)) if *i < spans.len() => *i,
        _ => return None,
    };
    let (at, end) = spans[index];
    Some(match (index.checked_sub(1).map(|i| spans[i]), spans.get(index + 1)) {
        // From the end of the one before: its comma and this entry go.
        (Some((_, before)), _) => splice(text, before, end, ""),
        // The first of several: it and the space up to the next go.
        (None, Some((next, _))) => splice(text, at, *next, ""),
        // The only one: the container is left empty.
        (None, None) => splice(text, container.at + 1, container.end - 1, ""),
    })
}

/// `text` with the list at `path`'s item `from` moved to `to` (the others keep their order).
pub fn move_item(text: &str, path: &Place, from: usize, to: usize) -> Option<String> {
    let root = json_tree::parse(text)?;
    let list = find(&root, steps(path))?;
    let Value::Array(items) = &list.value else { return None };
    if from >= items.len() || to >= items.len() || from == to {
        return None;
    }
    let mut order: Vec<&str> = items.iter().map(|n| &text[n.at..n.end]).collect();
    let moved = order.remove(from);
    order.insert(to, moved);
    // Each item goes where an item was: the separators between them stay as they were.
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (slot, item) in items.iter().zip(order) {
        out.push_str(&text[at..slot.at]);
        out.push_str(item);
        at = slot.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// `text` with the id `old` (the `id` at `path`) renamed `new`, and every reference to it: each
/// string `"old"` in a field that holds ids ([`REFERENCE_FIELDS`]).
pub fn rename_id(text: &str, path: &Place, old: &str, new: &str) -> Option<String> {
    let root = json_tree::parse(text)?;
    let id = find(&root, steps(path))?;
    let quoted = serde_json::to_string(old).ok()?;
    let mut spans = vec![(id.at, id.end)];
    references(&root, None, &quoted, &mut spans);
    spans.sort_unstable();
    spans.dedup();
    let with = serde_json::to_string(new).ok()?;
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in spans {
        out.push_str(&text[at..start]);
        out.push_str(&with);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// The spans of the strings written `quoted` under a reference field, below `node`.
fn references(node: &Node, field: Option<&str>, quoted: &str, out: &mut Vec<(usize, usize)>) {
    match &node.value {
        Value::Scalar(raw) if *raw == quoted && field.is_some_and(|f| REFERENCE_FIELDS.contains(&f)) => {
            out.push((node.at, node.end))
        }
        Value::Scalar(_) => {}
        Value::Array(items) => items.iter().for_each(|item| references(item, field, quoted, out)),
        Value::Object(members) => {
            members.iter().for_each(|m| references(&m.node, Some(&m.key()), quoted, out));
        }
    }
}

/// The paths of the fields that cite the id `id`, for "who cites it" before a delete.
pub fn citing(text: &str, id: &str) -> Vec<Place> {
    let Some(root) = json_tree::parse(text) else { return Vec::new() };
    let Ok(quoted) = serde_json::to_string(id) else { return Vec::new() };
    let mut spans = Vec::new();
    references(&root, None, &quoted, &mut spans);
    spans.into_iter().map(|(at, _)| root.path_at(at)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::locate::path;
    use serde_json::json;

    const STORY: &str = "{\n  \"issues\": [\n    {\n      \"id\": \"taiwan\",\n      \"title\": \"Taiwan\"\n    }\n  ],\n  \"events\": [\n    {\n      \"id\": \"a\",\n      \"issues\": [\n        \"taiwan\"\n      ]\n    },\n    {\n      \"id\": \"b\",\n      \"title\": \"taiwan\"\n    }\n  ]\n}\n";

    fn parsed(text: &str) -> Json {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    #[test]
    fn a_value_is_set_in_place_and_a_missing_field_is_added() {
        let text = set(STORY, &path("issues[0].title"), &json!("Taiwan \"Strait\"")).unwrap();
        assert_eq!(parsed(&text)["issues"][0]["title"], "Taiwan \"Strait\"");
        assert_eq!(text.replace("Taiwan \\\"Strait\\\"", "Taiwan"), STORY, "nothing else changes");
        let text = set(STORY, &path("events[1].summary"), &json!("What happened")).unwrap();
        assert_eq!(parsed(&text)["events"][1]["summary"], "What happened");
        assert!(text.contains("\"title\": \"taiwan\",\n      \"summary\": \"What happened\"\n"), "{text}");
        assert_eq!(set(STORY, &path("nowhere[3].x"), &json!(1)), None);
    }

    #[test]
    fn items_are_added_removed_and_moved() {
        let text = push(STORY, &path("events"), &json!({ "id": "c", "issues": [] })).unwrap();
        assert_eq!(parsed(&text)["events"][2]["id"], "c");
        assert!(text.contains("    },\n    {\n      \"id\": \"c\",\n      \"issues\": []\n    }\n  ]"), "{text}");
        let text = remove(&text, &path("events[0]")).unwrap();
        let ids: Vec<Json> = parsed(&text)["events"].as_array().unwrap().iter().map(|e| e["id"].clone()).collect();
        assert_eq!(ids, [json!("b"), json!("c")]);
        let text = remove(&text, &path("events[1]")).unwrap();
        let text = remove(&text, &path("events[0]")).unwrap();
        assert_eq!(parsed(&text)["events"], json!([]));
        let text = push(&text, &path("events"), &json!("x")).unwrap();
        assert_eq!(parsed(&text)["events"], json!(["x"]));
        let moved = move_item(STORY, &path("events"), 1, 0).unwrap();
        assert_eq!(parsed(&moved)["events"][0]["id"], "b");
        assert_eq!(move_item(&moved, &path("events"), 0, 1).unwrap(), STORY);
        let without = remove(STORY, &path("issues[0].title")).unwrap();
        assert_eq!(parsed(&without)["issues"][0], json!({ "id": "taiwan" }));
    }

    #[test]
    fn renaming_an_id_renames_every_reference_and_no_text() {
        let text = rename_id(STORY, &path("issues[0].id"), "taiwan", "taiwan-strait").unwrap();
        let story = parsed(&text);
        assert_eq!(story["issues"][0]["id"], "taiwan-strait");
        assert_eq!(story["events"][0]["issues"], json!(["taiwan-strait"]));
        assert_eq!(story["events"][1]["title"], "taiwan", "a title that reads like the id is not a reference");
        assert_eq!(citing(STORY, "taiwan"), [path("events[0].issues[0]")]);
    }
}
