//! Field help beside the text: the fields of the object the cursor is in, with the descriptions
//! the Rust types' doc comments give them (through the generated `schema.json`), and every type
//! on request.

use leptos::prelude::*;

use super::state::Editor;
use super::json_tree;
use super::schema_help::{SchemaHelp, TypeHelp};
use super::words::words;
use crate::model::Place;

#[component]
pub(super) fn HelpPanel(editor: Editor) -> impl IntoView {
    let t = words();
    let help = StoredValue::new(SchemaHelp::default());
    // The path at the cursor: the text is read as it is, not as it was last checked.
    let path = Memo::new(move |_| {
        let at = editor.cursor.get();
        editor.text.with_untracked(|t| json_tree::parse(t).map(|root| root.path_at(at)).unwrap_or_else(Place::file))
    });
    let here = move || help.with_value(|h| h.at(&path.get()));
    view! {
        <section class="editor-help" aria-labelledby="editor-help-heading" data-testid="editor-help">
            <h2 id="editor-help-heading">{t.help_heading}</h2>
            <p>{t.help_at_cursor}<code>{move || { let p = path.get(); if p.is_file() { t.help_top_level.to_string() } else { p.to_string() } }}</code></p>
            {move || {
                let (object, field) = here();
                view! { <TypeFields object current=field/> }
            }}
            <details>
                <summary>{t.help_every_type}</summary>
                {help.with_value(|h| h.all()).into_iter().map(|object| view! { <TypeFields object current=None/> }).collect_view()}
            </details>
        </section>
    }
}

/// A field's help in the page's language, where it has its own.
fn translated(type_name: &str, field: &str) -> Option<String> {
    let key = format!("{type_name}.{field}");
    words().field_help.iter().find(|(k, _)| *k == key).map(|(_, help)| help.to_string())
}

/// One object type's fields, the one at the cursor marked.
#[component]
fn TypeFields(object: TypeHelp, current: Option<String>) -> impl IntoView {
    let t = words();
    let TypeHelp { name, description, fields } = object;
    view! {
        <h3>{name.clone()}</h3>
        {description.map(|d| view! { <p>{d}</p> })}
        <dl class="editor-fields">
            {fields.into_iter().map(|f| {
                let help = translated(&name, &f.name).or(f.description.clone()).unwrap_or_default();
                let here = current.as_deref() == Some(f.name.as_str());
                view! {
                    <dt class:editor-field-here=here>
                        <code>{f.name}</code>
                        {if f.required { t.help_required } else { "" }}
                        ": " {f.kind}
                        {here.then_some(t.help_here)}
                    </dt>
                    <dd>{help}</dd>
                }
            }).collect_view()}
        </dl>
    }
}
