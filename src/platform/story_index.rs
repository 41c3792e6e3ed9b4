//! The story index in the page, beside the HTML its islands hydrate: the pre-render (or the
//! editor bundle) writes it as JSON; the reader's bundle reads it with the browser's own JSON
//! parser, because serde_json's would be an eighth of that bundle (13 KB gzip, measured).

use js_sys::{Array, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::dom::element;
use crate::model::{IndexEntry, StoryIndex};
use crate::page::STORY_INDEX_ID as SCRIPT_ID;

/// The index written beside the HTML; `None` if there is none or it does not read as one.
pub fn read() -> Option<StoryIndex> {
    let index = JSON::parse(&element(SCRIPT_ID)?.text_content()?).ok()?;
    Some(StoryIndex {
        title: text(&index, "title")?,
        // An index that names no language speaks the first table's (English).
        language: text(&index, "language").unwrap_or_default(),
        issues: entries(&index, "issues")?,
        events: entries(&index, "events")?,
    })
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsString::from(name)).ok()
}

fn text(object: &JsValue, name: &str) -> Option<String> {
    field(object, name)?.as_string()
}

fn list(object: &JsValue, name: &str) -> Option<Array> {
    field(object, name)?.dyn_into().ok()
}

fn entries(index: &JsValue, name: &str) -> Option<Vec<IndexEntry>> {
    list(index, name)?
        .iter()
        .map(|entry| {
            let related = list(&entry, "related")?.iter().map(|id| id.as_string()).collect::<Option<_>>()?;
            Some(IndexEntry { id: text(&entry, "id")?, title: text(&entry, "title")?, related })
        })
        .collect()
}

/// Writes the index as the pre-render does, in `<script type="application/json">`, replacing
/// any there.
pub fn write(json: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let script = match element(SCRIPT_ID) {
        Some(script) => script,
        None => {
            let Ok(script) = document.create_element("script") else { return };
            let _ = script.set_attribute("type", "application/json");
            script.set_id(SCRIPT_ID);
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script.unchecked_into()
        }
    };
    super::trusted_types::set_json_text(&script, json);
}
