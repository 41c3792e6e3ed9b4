//! The story as "Download JSON" writes it: two-space indentation, one field or item per line, and
//! each object's fields in the schema's order (the Rust types' field order, as serde writes them),
//! whatever order they were typed in. Two editors' files then differ only where their stories do,
//! and a diff in git stays small.

use super::json_tree::{self, Node, Value};
use crate::model;

/// `text` in the download's form. A well-shaped story is written in the schema's order with
/// exactly the fields the editor wrote (a field serde leaves out at its default, such as
/// `"status": "on-record"`, is left out here too). JSON that is not a well-shaped story keeps the
/// editor's order, re-indented. `None` for text that is not JSON: it is saved as typed.
pub fn canonical(text: &str) -> Option<String> {
    let written = json_tree::parse(text)?;
    let ordered = model::parse(text).ok().and_then(|data| serde_json::to_string_pretty(&data).ok());
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    match ordered.as_deref().and_then(json_tree::parse) {
        Some(ordered) => write(&mut out, &ordered, Some(&written), 0),
        None => write(&mut out, &written, None, 0),
    }
    out.push('\n');
    Some(out)
}

/// Writes `node`; with `keep`, only the fields `keep` (the editor's text, at the same path) has.
fn write(out: &mut String, node: &Node, keep: Option<&Node>, indent: usize) {
    match &node.value {
        Value::Scalar(raw) => out.push_str(raw),
        Value::Array(items) => {
            let items = items.iter().enumerate().map(|(i, item)| (None, item, keep.and_then(|k| k.item(i))));
            block(out, ('[', ']'), items.collect(), indent);
        }
        Value::Object(members) => {
            let fields = members
                .iter()
                .map(|m| (m, keep.map(|k| k.member(&m.key()))))
                .filter(|(_, kept)| !matches!(kept, Some(None)))
                .map(|(m, kept)| (Some(m.raw_key), &m.node, kept.flatten().map(|k| &k.node)));
            block(out, ('{', '}'), fields.collect(), indent);
        }
    }
}

/// An object's fields or an array's items, one per line, between `brackets`.
fn block(out: &mut String, brackets: (char, char), entries: Vec<(Option<&str>, &Node, Option<&Node>)>, indent: usize) {
    out.push(brackets.0);
    if entries.is_empty() {
        out.push(brackets.1);
        return;
    }
    for (i, (key, node, keep)) in entries.into_iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        push_indent(out, indent + 1);
        if let Some(key) = key {
            out.push_str(key);
            out.push_str(": ");
        }
        write(out, node, keep, indent + 1);
    }
    out.push('\n');
    push_indent(out, indent);
    out.push(brackets.1);
}

fn push_indent(out: &mut String, level: usize) {
    out.extend(std::iter::repeat_n("  ", level));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::load;

    #[test]
    fn a_story_downloads_validates_and_round_trips() {
        let downloaded = canonical(SYNTHETIC).unwrap();
        assert_eq!(load(&downloaded).unwrap(), load(SYNTHETIC).unwrap(), "the same story");
        let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(value(&downloaded), value(SYNTHETIC), "every field and value, none added or lost");
        assert_eq!(canonical(&downloaded).unwrap(), downloaded, "stable");
    }

    #[test]
    fn fields_come_in_the_schema_s_order_whatever_order_they_were_typed_in() {
        let typed = include_str!("template.json").replacen("\"meta\": {", "\"meta\": {\n    \"corrections\": [],", 1);
        let shuffled = shuffle(&typed);
        assert_ne!(shuffled, typed);
        let downloaded = canonical(&shuffled).unwrap();
        assert_eq!(downloaded, canonical(&typed).unwrap());
        assert_eq!(load(&downloaded).unwrap(), load(&typed).unwrap());
        // Only the fields the editor wrote: no `"canonical_url": null` appears from nowhere.
        assert!(!downloaded.contains("null") && downloaded.contains("\"corrections\": []"));
        let meta = downloaded.find("\"meta\"").unwrap();
        assert!(downloaded.find("\"parties\"").unwrap() > meta, "meta comes first, as in the schema");
    }

    #[test]
    fn json_that_is_not_a_story_keeps_its_order_and_text_that_is_not_json_is_kept_as_typed() {
        assert_eq!(
            canonical("{\"z\": [1, {}], \"a\": []}").unwrap(),
            "{\n  \"z\": [\n    1,\n    {}\n  ],\n  \"a\": []\n}\n"
        );
        assert_eq!(canonical("{\"a\": "), None);
    }

    /// The text with each object's fields in reverse order, via the ordered tree.
    fn shuffle(text: &str) -> String {
        fn reversed(node: &Node, out: &mut String) {
            match &node.value {
                Value::Scalar(raw) => out.push_str(raw),
                Value::Array(items) => {
                    out.push('[');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        reversed(item, out);
                    }
                    out.push(']');
                }
                Value::Object(members) => {
                    out.push('{');
                    for (i, m) in members.iter().rev().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str(m.raw_key);
                        out.push(':');
                        reversed(&m.node, out);
                    }
                    out.push('}');
                }
            }
        }
        let mut out = String::new();
        reversed(&json_tree::parse(text).unwrap(), &mut out);
        out
    }
}
