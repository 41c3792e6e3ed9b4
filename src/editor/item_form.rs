//! The open item's form: its fields (`field.rs`), and its own controls: move it up or down,
//! duplicate it, delete it (saying first who cites it).

use leptos::prelude::*;
use serde_json::json;
use wasm_bindgen::JsCast;

use super::field::field_view;
use super::form_schema::label_of;
use super::json_edit;
use super::outline::ids;
use super::schema_help::SchemaHelp;
use super::state::Editor;
use super::words::words;
use crate::model::{fill, Place, Step};

/// The open item's type, and where it sits in its list (none for the story's details).
fn kind_of(path: &Place) -> Option<(String, Option<(String, usize)>)> {
    match path.steps() {
        [Step::Field(meta)] if meta == "meta" => Some(("Meta".into(), None)),
        [Step::Field(list), Step::Index(i)] => Some((SchemaHelp::shared().item_type(list)?, Some((list.clone(), *i)))),
        _ => None,
    }
}

#[component]
pub(super) fn ItemForm(editor: Editor) -> impl IntoView {
    let t = words();
    // Once drawn, the control asked for takes the focus (a new item's first field, a problem's).
    Effect::new(move |_| {
        editor.shape.track();
        editor.open_item.track();
        // Else the form comes into view, on a narrow screen under the outline.
        let selector = editor.focus.get_untracked();
        request_animation_frame(move || {
            let target = selector.as_deref().unwrap_or(".editor-form");
            let found = document().query_selector(target).ok().flatten();
            let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
            if selector.is_some() {
                let _ = element.focus();
            } else {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    });
    view! {
        <div class="editor-form" data-testid="editor-form">
            {move || {
                editor.replaced.track();
                editor.shape.track();
                match editor.open_item.get().and_then(|p| kind_of(&p).map(|k| (p, k))) {
                    Some((path, (type_name, place))) => item(editor, path, type_name, place).into_any(),
                    None => view! { <p class="editor-hint">{t.choose_item}</p> }.into_any(),
                }
            }}
        </div>
    }
}

fn item(editor: Editor, path: Place, type_name: String, place: Option<(String, usize)>) -> impl IntoView {
    let t = words();
    let value = editor.draft.with_untracked(|d| {
        let d = d.as_deref()?;
        match &place {
            Some((list, i)) => d[list.as_str()].get(*i).cloned(),
            None => d.get("meta").cloned(),
        }
    });
    if value.is_none() {
        return view! { <p class="editor-hint">{t.choose_item}</p> }.into_any();
    }
    // The heading follows the title as it is typed.
    let heading = {
        let place = place.clone();
        move || match &place {
            Some((list, i)) => editor.shown_draft.with(|d| d.as_ref().and_then(|d| d[list.as_str()].get(*i).map(label_of))).unwrap_or_default(),
            None => t.details.to_string(),
        }
    };
    let fields = SchemaHelp::shared().form_fields(&type_name).into_iter().map(|f| field_view(editor, path.field(&f.name), f));
    let fields: Vec<AnyView> = fields.collect();
    let controls = place.map(|(list, index)| item_controls(editor, path.clone(), list, index));
    view! {
        <h2 class="editor-form-heading">{heading}</h2>
        {controls}
        {fields}
    }
    .into_any()
}

/// Move up, move down, duplicate and delete, for an item of a list.
fn item_controls(editor: Editor, path: Place, list: String, index: usize) -> impl IntoView {
    let t = words();
    let list_path = Place::file().field(&list);
    let count = editor.draft.with_untracked(|d| d.as_ref().and_then(|d| d[list.as_str()].as_array().map(Vec::len)).unwrap_or(0));
    let moved = move |to: usize, button: &'static str| {
        let list_path = list_path.clone();
        move |_| {
            if editor.apply(true, |text| json_edit::move_item(text, &list_path, index, to)) {
                editor.open_item.set(Some(list_path.index(to)));
                editor.reshaped(Some(format!("#{button}")));
            }
        }
    };
    let up = moved(index.saturating_sub(1), "editor-move-up");
    let down = moved((index + 1).min(count.saturating_sub(1)), "editor-move-down");
    // The item as it is when a button is pressed, not as it was drawn: its fields change.
    let now = {
        let list = list.clone();
        move || editor.draft.with_untracked(|d| d.as_ref().and_then(|d| d[list.as_str()].get(index).cloned()))
    };
    let (duplicate_list, delete_path, now_too) = (list.clone(), path.clone(), now.clone());
    let duplicate = move |_| {
        let Some(mut copy) = now() else { return };
        let taken: Vec<String> = editor.draft.with_untracked(|d| ids(d.as_deref(), &duplicate_list));
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        if let Some(id) = copy["id"].as_str() {
            copy["id"] = json!(crate::model::slug(&format!("{id}-copy"), |id| taken.contains(&id)));
        }
        let list_path = Place::file().field(&duplicate_list);
        if editor.apply(true, |text| json_edit::push(text, &list_path, &copy)) {
            editor.open_item.set(Some(list_path.index(count)));
            editor.reshaped(None);
        }
    };
    // A first press on an item others cite says who; the next deletes it.
    let citing = RwSignal::new(None::<String>);
    let delete = move |_| {
        let id = now_too().and_then(|item| item["id"].as_str().map(str::to_string));
        let cited: Vec<String> = id.as_deref().map_or_else(Vec::new, |id| {
            editor.text.with_untracked(|text| json_edit::citing(text, id)).iter().map(ToString::to_string).collect()
        });
        if !cited.is_empty() && citing.get_untracked().is_none() {
            citing.set(Some(fill(t.cited_by, &[("places", &cited.join(", "))])));
            return;
        }
        if editor.apply(true, |text| json_edit::remove(text, &delete_path)) {
            editor.open_item.set(None);
            editor.reshaped(None);
        }
    };
    view! {
        <div class="editor-item-controls">
            <button type="button" class="tool-button" id="editor-move-up" disabled={index == 0} on:click=up>{t.move_up}</button>
            <button type="button" class="tool-button" id="editor-move-down" disabled={index + 1 >= count} on:click=down>{t.move_down}</button>
            <button type="button" class="tool-button" on:click=duplicate>{t.duplicate}</button>
            <button type="button" class="tool-button" data-testid="editor-delete" on:click=delete>
                {move || if citing.get().is_some() { t.delete_anyway } else { t.delete }}
            </button>
            <p role="status" class="editor-hint">{move || citing.get()}</p>
        </div>
    }
}
