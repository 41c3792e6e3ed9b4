//! One field of the form, with the control its type asks for (`form_schema::Control`), its
//! words from the schema, and its problems beside it. Each control changes the text through
//! `Editor::apply` and `json_edit`, so the form and the JSON view edit one draft.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use serde_json::{json, Value as Json};

use super::form_schema::{humanize, Control, FormField, TITLE_FIELDS};
use super::json_edit;
use super::outline::{field_selector, ids};
use super::schema_help::SchemaHelp;
use super::state::Editor;
use super::words::{language, words};
use crate::model::{Place, Step, OUR_TRANSLATION};
use crate::views::problem_line;

/// A control's element id, from its path: `events[3].title` is `f-events-3-title`.
pub(super) fn dom_id(path: &Place) -> String {
    let mut id = String::from("f");
    for c in path.to_string().chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The field's name in the page's language.
fn label(name: &str) -> String {
    let named = words().field_names.iter().find(|(field, _)| *field == name);
    named.map_or_else(|| humanize(name), |(_, label)| label.to_string())
}

/// The field's help in the page's language, else the schema's.
fn help(field: &FormField) -> Option<String> {
    let translated = words().field_help.iter().find(|(key, _)| *key == field.key);
    translated.map(|(_, help)| help.to_string()).or_else(|| field.description.clone())
}

/// A schema value (`meeting`) in the page's language.
fn choice_name(value: &str) -> String {
    let named = words().choice_names.iter().find(|(choice, _)| *choice == value);
    named.map_or(value, |(_, name)| name).to_string()
}

/// The value at `path` in the draft, now, without following it.
fn current(editor: Editor, path: &Place) -> Option<Json> {
    editor.draft.with_untracked(|d| value_at(d.as_deref(), path).cloned())
}

/// The value at `path` in `draft`.
fn value_at<'d>(draft: Option<&'d Json>, path: &Place) -> Option<&'d Json> {
    path.steps().iter().try_fold(draft?, |node, step| match step {
        Step::Field(key) => node.get(key),
        Step::Index(i) => node.get(i),
    })
}

/// The problems at `path`, or at an item of the list there, worded for the list beside it.
fn problems_at(editor: Editor, path: &Place) -> Vec<String> {
    editor.checked.with(|c| {
        let Some(checked) = c else { return Vec::new() };
        let errors = checked.errors().iter().map(|l| &l.error);
        let here = |place: &Place| {
            place.starts_with(path) && place.steps()[path.steps().len()..].iter().all(|s| matches!(s, Step::Index(_)))
        };
        errors.filter(|e| here(&e.place)).map(|e| problem_line(e, language())).collect()
    })
}

/// Sets the text field at `path` to `value`: an empty optional field is left out.
fn set_text(editor: Editor, path: &Place, value: String, required: bool) {
    if value.is_empty() && !required {
        editor.apply(false, |text| json_edit::remove(text, path).or_else(|| Some(text.to_string())));
    } else {
        editor.apply(false, |text| json_edit::set(text, path, &json!(value)));
    }
}

/// A new item's id follows its title until the producer names it: an id still `new-…` is made
/// from the title (unique in its list), with every reference to it.
fn id_from_title(editor: Editor, title_path: &Place, title: &str) {
    let Some((_, item)) = title_path.steps().split_last() else { return };
    let item = Place::Path(item.to_vec());
    let id_path = item.field("id");
    let Some(Json::String(id)) = current(editor, &id_path) else { return };
    let Some(Step::Field(list)) = item.steps().first() else { return };
    if !id.starts_with("new-") || title.trim().is_empty() {
        return;
    }
    let taken: Vec<String> = editor.draft.with_untracked(|d| ids(d.as_deref(), list));
    let taken: Vec<&str> = taken.iter().map(String::as_str).filter(|t| *t != id).collect();
    let new = crate::model::slug(title, |id| taken.contains(&id));
    if editor.apply(true, |text| json_edit::rename_id(text, &id_path, &id, &new)) {
        // Only the id's box changes: drawing the form again would lose a click on its way to
        // the next control (the title's change comes as the focus leaves it).
        let id_box = document().query_selector(&field_selector(&id_path)).ok().flatten();
        if let Some(input) = id_box.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.set_value(&new);
        }
    }
}

/// One field: its label, help, control and problems.
pub(super) fn field_view(editor: Editor, path: Place, field: FormField) -> AnyView {
    let id = dom_id(&path);
    let help_id = format!("{id}-help");
    let problems_id = format!("{id}-problems");
    let described = format!("{help_id} {problems_id}");
    let value = current(editor, &path);
    let name = field.name.clone();
    let required = field.required;
    let help = help(&field).map(|d| view! { <p class="editor-field-help" id=help_id.clone()>{d}</p> });
    let problem_path = path.clone();
    let problems = view! {
        <ul class="editor-field-problems" id=problems_id role="list">
            {move || problems_at(editor, &problem_path).into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
        </ul>
    };
    let at = path.to_string();
    let control = match field.control.clone() {
        Control::Text { long } => {
            let text = value.as_ref().and_then(Json::as_str).unwrap_or_default().to_string();
            let is_id = name == "id";
            let is_title = TITLE_FIELDS.contains(&name.as_str());
            let (input_path, change_path) = (path.clone(), path.clone());
            let on_input = move |ev: leptos::ev::Event| {
                if !is_id {
                    set_text(editor, &input_path, event_target_value(&ev), required);
                }
            };
            let on_change = move |ev: leptos::ev::Event| {
                let new = event_target_value(&ev);
                if is_id {
                    let old = current(editor, &change_path).and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                    if old != new {
                        editor.apply(true, |text| json_edit::rename_id(text, &change_path, &old, &new));
                    }
                } else if is_title {
                    id_from_title(editor, &change_path, &new);
                }
            };
            if long {
                view! { <textarea id=id.clone() rows="3" data-testid="editor-field" data-path=at aria-describedby=described
                    prop:value=text on:input=on_input on:change=on_change></textarea> }
                .into_any()
            } else {
                view! { <input id=id.clone() type="text" data-testid="editor-field" data-path=at aria-describedby=described
                    spellcheck=(!is_id).to_string() prop:value=text on:input=on_input on:change=on_change/> }
                .into_any()
            }
        }
        Control::Date => {
            let text = value.as_ref().and_then(Json::as_str).unwrap_or_default().to_string();
            let set = path.clone();
            view! { <input id=id.clone() type="text" inputmode="numeric" placeholder="2023-11-15" data-testid="editor-field"
                data-path=at aria-describedby=described prop:value=text
                on:input=move |ev| set_text(editor, &set, event_target_value(&ev), required)/> }
            .into_any()
        }
        Control::Colour => {
            let colour = value.as_ref().and_then(Json::as_str).unwrap_or("#000000").to_string();
            let set = path.clone();
            view! { <input id=id.clone() type="color" data-testid="editor-field" data-path=at aria-describedby=described
                prop:value=colour on:input=move |ev| set_text(editor, &set, event_target_value(&ev), required)/> }
            .into_any()
        }
        Control::Choice { options, optional } => {
            let chosen = value.as_ref().and_then(Json::as_str).unwrap_or_default().to_string();
            let options = options.into_iter().map(|o| (o.clone(), choice_name(&o))).collect();
            choice(editor, &path, &id, &described, chosen, options, optional)
        }
        Control::Reference { list, optional } => {
            let chosen = value.as_ref().and_then(Json::as_str).unwrap_or_default().to_string();
            let mut options = labelled_ids(editor, list);
            if name == "translated_by" {
                options.insert(0, (OUR_TRANSLATION.to_string(), words().our_translation.to_string()));
            }
            choice(editor, &path, &id, &described, chosen, options, optional)
        }
        Control::References { list } => return checklist(editor, path, field, list),
        Control::Lines => {
            let lines: Vec<&str> = value.as_ref().and_then(Json::as_array).map_or_else(Vec::new, |l| l.iter().filter_map(Json::as_str).collect());
            let text = lines.join("\n");
            let set = path.clone();
            let on_input = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                let lines: Vec<&str> = value.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                editor.apply(false, |text| json_edit::set(text, &set, &json!(lines)));
            };
            view! { <textarea id=id.clone() rows="3" data-testid="editor-field" data-path=at aria-describedby=described
                prop:value=text on:input=on_input></textarea> }
            .into_any()
        }
        Control::Object { type_name, optional } => return object(editor, path, field, type_name, optional, value),
        Control::Objects { type_name } => return objects(editor, path, field, type_name, value),
    };
    view! {
        <div class="editor-field">
            <label for=id>{label(&name)}</label>
            {control}
            {help}
            {problems}
        </div>
    }
    .into_any()
}

/// The ids of `list`, each with what a person knows it by.
fn labelled_ids(editor: Editor, list: &str) -> Vec<(String, String)> {
    editor.draft.with_untracked(|d| {
        let items = d.as_ref().and_then(|d| d[list].as_array().cloned()).unwrap_or_default();
        items
            .iter()
            .filter_map(|item| {
                let id = item["id"].as_str()?.to_string();
                let label = super::form_schema::label_of(item);
                Some((id.clone(), if label == id { id } else { format!("{label} ({id})") }))
            })
            .collect()
    })
}

/// A choice among `options` (value, words), the empty one first where it may be left out.
fn choice(
    editor: Editor,
    path: &Place,
    id: &str,
    described: &str,
    chosen: String,
    options: Vec<(String, String)>,
    optional: bool,
) -> AnyView {
    let set = path.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        set_text(editor, &set, value, !optional);
    };
    let none = optional.then(|| view! { <option value="" selected=chosen.is_empty()>{words().none}</option> });
    let options = options
        .into_iter()
        .map(|(value, words)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{words}</option> }
        })
        .collect_view();
    view! { <select id=id.to_string() data-testid="editor-field" data-path=path.to_string() aria-describedby=described.to_string()
        on:change=on_change>{none}{options}</select> }
    .into_any()
}

/// A searchable checklist of the ids of `list`, ticked where the list at `path` has them.
fn checklist(editor: Editor, path: Place, field: FormField, list: &'static str) -> AnyView {
    let id = dom_id(&path);
    let filter = RwSignal::new(String::new());
    let at = path.to_string();
    // The ticked first, as the form opens: what the item cites is in view.
    let ticked_now = current_ids(editor, &path);
    let mut labelled = labelled_ids(editor, list);
    labelled.sort_by_key(|(item, _)| !ticked_now.contains(item));
    let items = labelled.into_iter().map(|(item, words)| {
        let (ticked_path, toggle_path) = (path.clone(), path.clone());
        let (ticked_id, toggle_id) = (item.clone(), item.clone());
        // Followed as of each check: a tick follows undo, and typing never waits for it.
        let ticked = move || editor.shown_draft.with(|d| ids_at(d.as_deref(), &ticked_path).contains(&ticked_id));
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let now = current_ids(editor, &toggle_path);
            if on && !now.contains(&toggle_id) {
                let missing = current(editor, &toggle_path).is_none();
                if missing {
                    editor.apply(true, |text| json_edit::set(text, &toggle_path, &json!([toggle_id])));
                } else {
                    editor.apply(true, |text| json_edit::push(text, &toggle_path, &json!(toggle_id)));
                }
            } else if let Some(at) = now.iter().position(|i| *i == toggle_id).filter(|_| !on) {
                editor.apply(true, |text| json_edit::remove(text, &toggle_path.index(at)));
            }
        };
        let box_id = format!("{id}-{}", dom_id(&Place::file().field(&item)));
        let shown_words = words.to_lowercase();
        view! {
            <li hidden=move || { let f = filter.get().to_lowercase(); !f.is_empty() && !shown_words.contains(&f) }>
                <input type="checkbox" id=box_id.clone() data-testid="editor-field" data-path=at.clone() data-id=item
                    prop:checked=ticked on:change=toggle/>
                <label for=box_id>{words}</label>
            </li>
        }
    });
    let items: Vec<_> = items.collect();
    let problems_path = path.clone();
    view! {
        <fieldset class="editor-field editor-checklist" id=id.clone()>
            <legend>{label(&field.name)}</legend>
            {help(&field).map(|d| view! { <p class="editor-field-help">{d}</p> })}
            <label class="editor-checklist-find">{words().find_ids} " "
                <input type="search" prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev))/></label>
            <ul role="list">{items}</ul>
            <ul class="editor-field-problems" role="list">
                {move || problems_at(editor, &problems_path).into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        </fieldset>
    }
    .into_any()
}

/// The ids in the list at `path` of `draft`.
fn ids_at(draft: Option<&Json>, path: &Place) -> Vec<String> {
    value_at(draft, path)
        .and_then(Json::as_array).map_or_else(Vec::new, |l| l.iter().filter_map(|v| Some(v.as_str()?.to_string())).collect())
}

/// The ids in the list at `path`, as the draft has them now.
fn current_ids(editor: Editor, path: &Place) -> Vec<String> {
    editor.draft.with_untracked(|d| ids_at(d.as_deref(), path))
}

/// The fields of `type_name` at `path`, in a fieldset.
fn nested(editor: Editor, path: &Place, type_name: &str) -> impl IntoView {
    SchemaHelp::shared().form_fields(type_name).into_iter().map(|f| field_view(editor, path.field(&f.name), f)).collect_view()
}

/// An object field: its fields, or a button to add it where it may be left out.
fn object(editor: Editor, path: Place, field: FormField, type_name: String, optional: bool, value: Option<Json>) -> AnyView {
    let t = words();
    let present = value.is_some_and(|v| !v.is_null());
    let (add_path, remove_path) = (path.clone(), path.clone());
    let add_type = type_name.clone();
    let add = move |_| {
        let empty = SchemaHelp::shared().empty(&add_type);
        if editor.apply(true, |text| json_edit::set(text, &add_path, &empty)) {
            editor.reshaped(None);
        }
    };
    let remove = move |_| {
        if editor.apply(true, |text| json_edit::remove(text, &remove_path)) {
            editor.reshaped(None);
        }
    };
    let body = if present {
        view! {
            {nested(editor, &path, &type_name)}
            {optional.then(|| view! { <button type="button" class="tool-button" on:click=remove>{t.remove}</button> })}
        }
        .into_any()
    } else {
        view! { <button type="button" class="tool-button" on:click=add>{t.add_one}</button> }.into_any()
    };
    view! {
        <fieldset class="editor-field editor-object" id=dom_id(&path)>
            <legend>{label(&field.name)}</legend>
            {help(&field).map(|d| view! { <p class="editor-field-help">{d}</p> })}
            {body}
        </fieldset>
    }
    .into_any()
}

/// A list of objects (positions, quotes, corrections): each in its fieldset, with its remove
/// button, and a button to add one.
fn objects(editor: Editor, path: Place, field: FormField, type_name: String, value: Option<Json>) -> AnyView {
    let t = words();
    let count = value.as_ref().and_then(Json::as_array).map_or(0, Vec::len);
    // A position is known by its party; other items by their number.
    let legend = |item: &Place, n: usize| match current(editor, &item.field("party")) {
        Some(Json::String(party)) if !party.is_empty() => format!("{}: {party}", label(&field.name)),
        _ => format!("{} {}", label(&field.name), n + 1),
    };
    let items = (0..count).map(|n| {
        let item = path.index(n);
        let remove_path = item.clone();
        let remove = move |_| {
            if editor.apply(true, |text| json_edit::remove(text, &remove_path)) {
                editor.reshaped(None);
            }
        };
        view! {
            <fieldset class="editor-object">
                <legend>{legend(&item, n)}</legend>
                {nested(editor, &item, &type_name)}
                <button type="button" class="tool-button" on:click=remove>{t.remove}</button>
            </fieldset>
        }
    });
    let items: Vec<_> = items.collect();
    let (add_path, add_type) = (path.clone(), type_name.clone());
    let add = move |_| {
        let help = SchemaHelp::shared();
        let empty = help.empty(&add_type);
        let added = if current(editor, &add_path).is_some() {
            editor.apply(true, |text| json_edit::push(text, &add_path, &empty))
        } else {
            editor.apply(true, |text| json_edit::set(text, &add_path, &json!([empty])))
        };
        if added {
            let first = help.form_fields(&add_type).into_iter().next().map(|f| f.name).unwrap_or_default();
            editor.reshaped(Some(field_selector(&add_path.index(count).field(&first))));
        }
    };
    view! {
        <fieldset class="editor-field editor-objects" id=dom_id(&path)>
            <legend>{label(&field.name)}</legend>
            {help(&field).map(|d| view! { <p class="editor-field-help">{d}</p> })}
            {items}
            <button type="button" class="tool-button" on:click=add>{t.add_one}</button>
        </fieldset>
    }
    .into_any()
}
