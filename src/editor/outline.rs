//! The form's outline: the story's details, then each list (parties, issues, events, eras,
//! sources) with its count and its problems' count; choosing an item opens its form, and each
//! list has its add button.

use leptos::prelude::*;
use serde_json::{json, Value as Json};

use super::form_schema::{label_of, TITLE_FIELDS};
use super::json_edit;
use super::schema_help::SchemaHelp;
use super::state::Editor;
use super::words::words;
use crate::model::Place;

/// The story's lists, in the outline's order, and the `data-kind` of their add buttons.
pub(super) const LISTS: [(&str, &str); 5] =
    [("parties", "party"), ("issues", "issue"), ("events", "event"), ("eras", "era"), ("sources", "source")];
const CORRECTION: &str = "correction";

/// The selector of the control with `data-path` `path`, for the form to focus.
pub(super) fn field_selector(path: &Place) -> String {
    format!("[data-testid=editor-field][data-path=\"{path}\"]")
}

/// Adds an item of `list` (a new id, made unique, until its title names it), opens it and
/// focuses its first field.
fn add_item(editor: Editor, list: &'static str, kind: &'static str) {
    let help = SchemaHelp::shared();
    let Some(type_name) = help.item_type(list) else { return };
    let mut item = help.empty(&type_name);
    let count = editor.draft.with_untracked(|d| d.as_ref().and_then(|d| d[list].as_array().map(Vec::len)));
    let Some(count) = count else { return };
    if item.get("id").is_some() {
        let taken: Vec<String> = editor.draft.with_untracked(|d| ids(d.as_deref(), list));
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        item["id"] = json!(crate::model::slug(&format!("new-{kind}"), |id| taken.contains(&id)));
    }
    let path = Place::file().field(list);
    if editor.apply(true, |text| json_edit::push(text, &path, &item)) {
        let at = path.index(count);
        let first = TITLE_FIELDS.iter().find(|f| item.get(**f).is_some()).copied().unwrap_or("id");
        editor.open_item.set(Some(at.clone()));
        editor.reshaped(Some(field_selector(&at.field(first))));
    }
}

/// Adds a correction to the story's details (its list made where there is none).
fn add_correction(editor: Editor) {
    let item = SchemaHelp::shared().empty("Correction");
    let list = Place::file().field("meta").field("corrections");
    let count = editor.draft.with_untracked(|d| d.as_ref().map(|d| d["meta"]["corrections"].as_array().map_or(0, Vec::len)));
    let Some(count) = count else { return };
    let added = if count == 0 {
        editor.apply(true, |text| json_edit::set(text, &list, &json!([item])))
    } else {
        editor.apply(true, |text| json_edit::push(text, &list, &item))
    };
    if added {
        editor.open_item.set(Some(Place::file().field("meta")));
        editor.reshaped(Some(field_selector(&list.index(count).field("date"))));
    }
}

/// The ids of the items of `list` in `draft`.
pub(super) fn ids(draft: Option<&Json>, list: &str) -> Vec<String> {
    let items = draft.and_then(|d| d[list].as_array());
    items.map_or_else(Vec::new, |items| items.iter().filter_map(|i| Some(i["id"].as_str()?.to_string())).collect())
}

#[component]
pub(super) fn Outline(editor: Editor) -> impl IntoView {
    let t = words();
    let problems = move |place: Place| {
        let count = editor.checked.with(|c| c.as_ref().map_or(0, |c| c.count_in(&place)));
        match count {
            0 => String::new(),
            1 => t.one_problem.to_string(),
            n => crate::model::fill(t.problems, &[("count", &n.to_string())]),
        }
    };
    let meta = Place::file().field("meta");
    let lists = LISTS.iter().enumerate().map(move |(i, &(list, kind))| {
        let place = Place::file().field(list);
        let heading = format!("editor-outline-{list}");
        let labelled = heading.clone();
        let items = move || {
            editor.shown_draft.with(|d| {
                let items = d.as_ref().and_then(|d| d[list].as_array().cloned()).unwrap_or_default();
                items.iter().enumerate().map(|(n, item)| (n, label_of(item))).collect::<Vec<_>>()
            })
        };
        let count = move || editor.shown_draft.with(|d| d.as_ref().and_then(|d| d[list].as_array().map(Vec::len)).unwrap_or(0));
        let counted = place.clone();
        view! {
            <section class="editor-outline-list" aria-labelledby=labelled>
                <h3 id=heading>{t.lists[i]} " (" {count} ") " <span class="editor-outline-problems">{move || problems(counted.clone())}</span></h3>
                <ul>
                    <For each=items key=|(n, label)| (*n, label.clone()) let((n, label))>
                        <li><OutlineItem editor path=place.index(n) label/></li>
                    </For>
                </ul>
                <button type="button" class="tool-button" data-testid="editor-add" data-kind=kind
                    on:click=move |_| add_item(editor, list, kind)>{t.add[i]}</button>
            </section>
        }
    });
    view! {
        <nav class="editor-outline" data-testid="editor-outline" aria-label=t.outline>
            <ul>
                <li><OutlineItem editor path=meta.clone() label=t.details.to_string()/>
                    " " <span class="editor-outline-problems">{move || problems(meta.clone())}</span></li>
            </ul>
            <button type="button" class="tool-button" data-testid="editor-add" data-kind=CORRECTION
                on:click=move |_| add_correction(editor)>{t.add[5]}</button>
            {lists.collect_view()}
        </nav>
    }
}

#[component]
fn OutlineItem(editor: Editor, path: Place, label: String) -> impl IntoView {
    let at = path.to_string();
    let current = path.clone();
    let shown = if label.trim().is_empty() { at.clone() } else { label };
    view! {
        <button type="button" class="link-button editor-outline-item" data-testid="editor-outline-item" data-path=at
            aria-current=move || (editor.open_item.get().as_ref() == Some(&current)).then_some("true")
            on:click=move |_| { editor.open_item.set(Some(path.clone())); editor.focus.set(None); }>{shown}</button>
    }
}
