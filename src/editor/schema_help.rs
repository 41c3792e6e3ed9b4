//! Field help from `assets/data/schema.json`, which is generated from the Rust types' doc
//! comments: the help an editor reads is the help the code's authors wrote, never a copy.
//! Given the JSON path at the cursor, it names the object being edited and lists its fields.

use serde_json::Value;

use crate::model::{Place, Step};

/// One field of an object type.
#[derive(Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub required: bool,
    /// What goes in it: "text", "list", "one of: agreed, progress", another type's name.
    pub kind: String,
    pub description: Option<String>,
}

/// An object type ("Event") with its fields, required ones first in the schema's order.
#[derive(Debug, PartialEq)]
pub struct TypeHelp {
    pub name: String,
    pub description: Option<String>,
    pub fields: Vec<Field>,
}

/// The parsed schema, read once.
pub struct SchemaHelp {
    schema: Value,
}

impl Default for SchemaHelp {
    fn default() -> Self {
        Self::new(include_str!("../../assets/data/schema.json"))
    }
}

impl SchemaHelp {
    /// The bundled schema, parsed once: the form asks it for every field it draws.
    pub fn shared() -> &'static SchemaHelp {
        static SHARED: std::sync::OnceLock<SchemaHelp> = std::sync::OnceLock::new();
        SHARED.get_or_init(SchemaHelp::default)
    }
}

impl SchemaHelp {
    pub fn new(json: &str) -> Self {
        Self { schema: serde_json::from_str(json).unwrap_or(Value::Null) }
    }

    /// The object type the cursor is in at `path`, and the field of it the cursor is on.
    pub fn at(&self, path: &Place) -> (TypeHelp, Option<String>) {
        let root = ("Dataset".to_string(), &self.schema);
        let mut object = root.clone();
        let mut field = None;
        let mut node = &self.schema;
        let Place::Path(steps) = path else { return (self.type_help(&object.0, object.1), field) };
        for step in steps {
            let next = match step {
                Step::Field(key) => node.get("properties").and_then(|p| p.get(key)),
                Step::Index(_) => node.get("items"),
            };
            let Some(next) = next else { break };
            let (name, resolved) = self.resolve(next);
            if let Step::Field(key) = step {
                field = Some(key.to_string());
            }
            if resolved.get("properties").is_some() {
                object = (name.unwrap_or_default(), resolved);
                field = None;
            }
            node = resolved;
        }
        (self.type_help(&object.0, object.1), field)
    }

    /// The definition of the type `name` ("Event"; "Dataset" is the whole file).
    pub(super) fn definition(&self, name: &str) -> Option<&Value> {
        if name == "Dataset" {
            return Some(&self.schema);
        }
        self.schema.get("$defs")?.get(name)
    }

    /// Every object type, by name, for the panel's full list.
    pub fn all(&self) -> Vec<TypeHelp> {
        let mut types = vec![self.type_help("Dataset", &self.schema)];
        if let Some(Value::Object(defs)) = self.schema.get("$defs") {
            types.extend(defs.iter().filter(|(_, d)| d.get("properties").is_some()).map(|(n, d)| self.type_help(n, d)));
        }
        types
    }

    /// Follows `$ref`s, optional values (`anyOf` with null) and lists to the type they hold.
    pub(super) fn resolve<'s>(&'s self, node: &'s Value) -> (Option<String>, &'s Value) {
        if let Some(name) = node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
            let def = self.schema.get("$defs").and_then(|d| d.get(name)).unwrap_or(&Value::Null);
            return (Some(name.to_string()), def);
        }
        if let Some(Value::Array(options)) = node.get("anyOf") {
            if let Some(some) = options.iter().find(|o| o.get("type") != Some(&Value::from("null"))) {
                return self.resolve(some);
            }
        }
        (None, node)
    }

    fn kind(&self, node: &Value) -> String {
        let (name, resolved) = self.resolve(node);
        let constants: Vec<&str> = resolved
            .get("enum")
            .or_else(|| resolved.get("oneOf"))
            .and_then(Value::as_array)
            .map(|options| options.iter().filter_map(|o| o.as_str().or_else(|| o.get("const")?.as_str())).collect())
            .unwrap_or_default();
        if !constants.is_empty() {
            return format!("one of: {}", constants.join(", "));
        }
        if let Some(items) = resolved.get("items") {
            return format!("list of {}", self.kind(items));
        }
        name.unwrap_or_else(|| match resolved.get("type") {
            Some(Value::String(t)) if t == "string" => "text".into(),
            Some(Value::Array(types)) if types.contains(&Value::from("string")) => "text".into(),
            _ => "value".into(),
        })
    }

    fn type_help(&self, name: &str, def: &Value) -> TypeHelp {
        let required: Vec<&str> = def
            .get("required")
            .and_then(Value::as_array)
            .map_or_else(Vec::new, |r| r.iter().filter_map(Value::as_str).collect());
        let properties = def.get("properties").and_then(Value::as_object);
        let field = |(name, node): (&String, &Value)| Field {
            name: name.clone(),
            required: required.contains(&name.as_str()),
            kind: self.kind(node),
            description: text(node),
        };
        let mut fields: Vec<Field> = properties.map_or_else(Vec::new, |p| p.iter().map(field).collect());
        // Required fields first, in the order the schema requires them (the types' order).
        fields.sort_by_key(|f| required.iter().position(|r| *r == f.name).unwrap_or(usize::MAX));
        TypeHelp { name: name.to_string(), description: text(def), fields }
    }
}

fn text(node: &Value) -> Option<String> {
    node.get("description").and_then(Value::as_str).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::locate::path;

    #[test]
    fn the_cursor_s_object_and_field_are_named_with_the_doc_comment_s_words() {
        let help = SchemaHelp::default();
        let (event, field) = help.at(&path("events[3].issues[0]"));
        assert_eq!(event.name, "Event");
        assert_eq!(field.as_deref(), Some("issues"));
        let date = event.fields.iter().find(|f| f.name == "date").unwrap();
        assert!(date.required && date.description.as_deref().unwrap().contains("2023-06-19"));
        assert_eq!(event.fields[0].name, "id", "required fields first, in the types' order");
        let kind = event.fields.iter().find(|f| f.name == "kind").unwrap();
        assert!(kind.kind.starts_with("one of: meeting, visit"), "{}", kind.kind);
    }

    #[test]
    fn optional_and_nested_types_resolve() {
        let help = SchemaHelp::default();
        assert_eq!(help.at(&path("issues[0].joint.parties[1]")).0.name, "JointText");
        assert_eq!(help.at(&path("issues[0].positions[0].status")).0.name, "Position");
        assert_eq!(help.at(&path("meta.key_date")).0.name, "KeyDate");
        assert_eq!(help.at(&path("")).0.name, "Dataset");
        assert_eq!(help.at(&path("no.such[3].path")).0.name, "Dataset");
        let position = help.at(&path("issues[0].positions[0]")).0;
        let status = position.fields.iter().find(|f| f.name == "status").unwrap();
        assert_eq!(status.kind, "one of: on-record, no-statement-found");
        assert!(help.all().iter().any(|t| t.name == "Source" && t.fields.iter().any(|f| f.name == "url")));
    }
}
