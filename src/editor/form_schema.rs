//! What the form shows for each field, read from `schema.json` (the Rust types): the control a
//! field gets, its words from the doc comments, and the empty item a new one starts from. A new
//! field in the model comes to the form without a change here.

use serde_json::{json, Map, Value};

use super::schema_help::SchemaHelp;

/// The control for one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Control {
    /// A line of text; `long` ones get a box of several lines.
    Text {
        long: bool,
    },
    /// A date in the story's format: a day, a month, a year or a range.
    Date,
    Colour,
    /// One of the schema's values; `optional` ones may be left out.
    Choice {
        options: Vec<String>,
        optional: bool,
    },
    /// The id of an item of the story's list `list` ("sources").
    Reference {
        list: &'static str,
        optional: bool,
    },
    /// Ids of items of `list`, as a searchable checklist.
    References {
        list: &'static str,
    },
    /// Lines of text (credits), one per line.
    Lines,
    /// An object of the type named, in a fieldset; `optional` ones are added on request.
    Object {
        type_name: String,
        optional: bool,
    },
    /// A list of objects of the type named, each in a fieldset.
    Objects {
        type_name: String,
    },
}

/// One field of an object type, as the form shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FormField {
    pub name: String,
    /// `Type.field` ("Event.date"), by which a language names its help.
    pub key: String,
    pub required: bool,
    pub control: Control,
    pub description: Option<String>,
}

/// The list a reference field's ids come from.
fn referenced_list(field: &str) -> Option<&'static str> {
    Some(match field {
        "parties" | "party" => "parties",
        "issues" => "issues",
        "events" => "events",
        "era" => "eras",
        "sources" | "source" | "translated_by" => "sources",
        _ => return None,
    })
}

const LONG_TEXT: [&str; 5] = ["summary", "text", "standfirst", "quote", "paraphrase"];
const DATES: [&str; 7] = ["date", "start", "end", "updated", "published", "checked", "key"];
/// The field a person knows an item by, shown first: its id follows, made from it.
pub const TITLE_FIELDS: [&str; 3] = ["title", "name", "label"];

impl SchemaHelp {
    /// The fields of the type `type_name` as the form shows them: the title first, then its id,
    /// then the schema's order (required first).
    pub fn form_fields(&self, type_name: &str) -> Vec<FormField> {
        let Some(def) = self.definition(type_name) else { return Vec::new() };
        let required: Vec<&str> = def
            .get("required")
            .and_then(Value::as_array)
            .map_or_else(Vec::new, |r| r.iter().filter_map(Value::as_str).collect());
        let Some(properties) = def.get("properties").and_then(Value::as_object) else { return Vec::new() };
        let mut fields: Vec<FormField> = properties
            .iter()
            .filter(|(name, _)| !name.starts_with('$'))
            .map(|(name, node)| FormField {
                name: name.clone(),
                key: format!("{type_name}.{name}"),
                required: required.contains(&name.as_str()),
                control: self.control(name, node, !required.contains(&name.as_str())),
                description: node.get("description").and_then(Value::as_str).map(str::to_string),
            })
            .collect();
        let rank = |f: &FormField| {
            let title = TITLE_FIELDS.contains(&f.name.as_str());
            let order = required.iter().position(|r| *r == f.name).unwrap_or(usize::MAX);
            (!title, f.name != "id", order)
        };
        fields.sort_by_key(rank);
        fields
    }

    fn control(&self, name: &str, node: &Value, optional: bool) -> Control {
        let (type_name, resolved) = self.resolve(node);
        let options = choices(resolved);
        if !options.is_empty() {
            return Control::Choice { options, optional };
        }
        if let Some(items) = resolved.get("items") {
            let (item_type, item) = self.resolve(items);
            return match (item_type, referenced_list(name)) {
                (Some(type_name), _) if item.get("properties").is_some() => Control::Objects { type_name },
                (_, Some(list)) => Control::References { list },
                _ => Control::Lines,
            };
        }
        if let Some(type_name) = type_name.filter(|_| resolved.get("properties").is_some()) {
            return Control::Object { type_name, optional };
        }
        match (referenced_list(name), name) {
            (Some(list), _) => Control::Reference { list, optional },
            (_, "color") => Control::Colour,
            (_, n) if DATES.contains(&n) => Control::Date,
            (_, n) => Control::Text { long: LONG_TEXT.contains(&n) },
        }
    }

    /// The type of the items of the story's list `list` ("events" holds "Event").
    pub fn item_type(&self, list: &str) -> Option<String> {
        let node = self.definition("Dataset")?.get("properties")?.get(list)?.get("items")?;
        self.resolve(node).0
    }

    /// A new object of the type `type_name`: its required fields, empty (a list empty, a choice
    /// its first value, an object its own required fields).
    pub fn empty(&self, type_name: &str) -> Value {
        let mut object = Map::new();
        for field in self.form_fields(type_name).into_iter().filter(|f| f.required) {
            let value = match field.control {
                Control::Choice { options, .. } => json!(options.first().cloned().unwrap_or_default()),
                Control::References { .. } | Control::Lines | Control::Objects { .. } => json!([]),
                Control::Object { type_name, .. } => self.empty(&type_name),
                Control::Colour => json!("#5f6b7a"),
                Control::Text { .. } | Control::Date | Control::Reference { .. } => json!(""),
            };
            object.insert(field.name, value);
        }
        Value::Object(object)
    }
}

/// What a person knows an item by: its title, name or label, else its id.
pub fn label_of(item: &Value) -> String {
    TITLE_FIELDS
        .iter()
        .chain(["id", "date"].iter())
        .filter_map(|f| item.get(*f)?.as_str())
        .find(|s| !s.trim().is_empty())
        .unwrap_or_default()
        .to_string()
}

/// A field's name as a label: `why_it_matters` as "Why it matters".
pub fn humanize(name: &str) -> String {
    let words = name.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The values an enum allows, from `enum` or `oneOf` (with its `const`s).
fn choices(node: &Value) -> Vec<String> {
    node.get("enum")
        .or_else(|| node.get("oneOf"))
        .and_then(Value::as_array)
        .map(|options| {
            options.iter().filter_map(|o| o.as_str().or_else(|| o.get("const")?.as_str())).map(str::to_string).collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn control(type_name: &str, field: &str) -> Control {
        let fields = SchemaHelp::default().form_fields(type_name);
        fields.into_iter().find(|f| f.name == field).unwrap_or_else(|| panic!("{type_name}.{field}")).control
    }

    #[test]
    fn each_field_has_the_control_its_type_asks_for() {
        let help = SchemaHelp::default();
        let event: Vec<String> = help.form_fields("Event").into_iter().map(|f| f.name).collect();
        assert_eq!(&event[..3], ["title", "id", "date"], "the title first, its id next");
        assert_eq!(control("Event", "summary"), Control::Text { long: true });
        assert_eq!(control("Event", "date"), Control::Date);
        assert!(
            matches!(control("Event", "kind"), Control::Choice { options, optional: true } if options[0] == "meeting")
        );
        assert_eq!(control("Event", "issues"), Control::References { list: "issues" });
        assert_eq!(control("Event", "era"), Control::Reference { list: "eras", optional: true });
        assert_eq!(control("Event", "quotes"), Control::Objects { type_name: "Quote".into() });
        assert_eq!(control("Party", "color"), Control::Colour);
        assert_eq!(control("Meta", "credits"), Control::Lines);
        assert_eq!(control("Issue", "why_it_matters"), Control::Object { type_name: "Claim".into(), optional: false });
        assert_eq!(control("Issue", "expected"), Control::Object { type_name: "Claim".into(), optional: true });
        assert!(
            matches!(control("Position", "status"), Control::Choice { options, .. } if options.contains(&"no-statement-found".to_string()))
        );
        assert_eq!(control("Spoken", "translated_by"), Control::Reference { list: "sources", optional: true });
        assert!(help.form_fields("Event").iter().find(|f| f.name == "date").unwrap().description.is_some());
    }

    #[test]
    fn items_are_known_by_their_title_and_fields_by_their_words() {
        assert_eq!(label_of(&json!({ "id": "a", "title": "Taiwan" })), "Taiwan");
        assert_eq!(label_of(&json!({ "id": "a", "title": " " })), "a");
        assert_eq!(label_of(&json!({ "date": "2023-11-16", "text": "x" })), "2023-11-16");
        assert_eq!(humanize("why_it_matters"), "Why it matters");
    }

    #[test]
    fn a_new_item_has_its_required_fields_empty() {
        let help = SchemaHelp::default();
        assert_eq!(help.item_type("events").as_deref(), Some("Event"));
        let event = help.empty("Event");
        assert_eq!(event, json!({ "title": "", "id": "", "date": "", "summary": "", "sources": [] }));
        let issue = help.empty("Issue");
        assert_eq!(issue["why_it_matters"], json!({ "text": "", "sources": [] }));
        assert_eq!(issue["outcome"]["status"], "agreed");
        assert_eq!(help.empty("Position"), json!({ "party": "" }));
    }

    /// Every field, with its type's name, reachable from the story's top level.
    fn every_field(help: &SchemaHelp) -> Vec<FormField> {
        let mut types = vec!["Dataset".to_string()];
        let mut fields = Vec::new();
        while let Some(type_name) = types.pop() {
            for field in help.form_fields(&type_name) {
                match &field.control {
                    Control::Object { type_name, .. } | Control::Objects { type_name }
                        if !fields.iter().any(|f: &FormField| f.key.starts_with(&format!("{type_name}."))) =>
                    {
                        types.push(type_name.clone())
                    }
                    _ => {}
                }
                fields.push(field);
            }
        }
        fields
    }

    #[test]
    fn the_chinese_editor_names_every_field_and_choice_and_its_help_is_for_fields_that_exist() {
        let help = SchemaHelp::default();
        let zh = crate::views::EditorStrings::for_language("zh-Hans");
        let fields = every_field(&help);
        assert!(fields.len() > 40, "{}", fields.len());
        for field in &fields {
            assert!(zh.field_names.iter().any(|(name, _)| *name == field.name), "no Chinese name for {}", field.key);
            if let Control::Choice { options, .. } = &field.control {
                for option in options {
                    assert!(
                        zh.choice_names.iter().any(|(value, _)| value == option),
                        "no Chinese for {option} ({})",
                        field.key
                    );
                }
            }
        }
        for (key, _) in zh.field_help {
            assert!(fields.iter().any(|f| f.key == *key), "help for a field the schema does not have: {key}");
        }
        // Every field the schema explains is explained in Chinese too.
        for field in fields.iter().filter(|f| f.description.is_some()) {
            assert!(zh.field_help.iter().any(|(key, _)| *key == field.key), "no Chinese help for {}", field.key);
        }
    }
}
