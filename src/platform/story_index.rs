//! The story index of the page's islands, as JSON text in a window property: the loader leaves
//! the pre-render's file there (`page::STORY_INDEX_FILE`), the renderer bundle the index of the
//! story it rendered. The reader's bundle reads it with the browser's own JSON parser, because
//! serde_json's would be an eighth of that bundle (13 KB gzip, measured).

use js_sys::{Array, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{IndexEntry, StoryIndex};
use crate::page::STORY_INDEX_GLOBAL;

/// The index left for the islands; `None` if there is none or it does not read as one.
pub fn read() -> Option<StoryIndex> {
    let json = field(web_sys::window()?.as_ref(), STORY_INDEX_GLOBAL)?.as_string()?;
    let index = JSON::parse(&json).ok()?;
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

/// Leaves `json` as the index the islands start from, replacing any.
pub fn write(json: &str) {
    if let Some(window) = web_sys::window() {
        let _ = Reflect::set(&window, &JsString::from(STORY_INDEX_GLOBAL), &JsString::from(json));
    }
}
