//! Browser glue in a real browser (headless Chromium): what the bundles write into and read from
//! the page. The islands themselves are tested end to end on the built page (`e2e/`), where
//! the pre-rendered HTML they hydrate exists.
//! Run by `cargo test --target wasm32-unknown-unknown --features hydrate --test web`.
#![cfg(target_arch = "wasm32")]

use summit_explainer::model::{load, StoryIndex, TimelineLayout, BUNDLED_JSON};
use summit_explainer::platform::dom;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn index_json() -> String {
    let data = load(BUNDLED_JSON).unwrap();
    serde_json::to_string(&StoryIndex::new(&data, &TimelineLayout::new(&data))).unwrap()
}

#[wasm_bindgen_test]
fn the_story_index_is_written_once_and_read_back() {
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(dom::story_index(), None, "a page without one");
    dom::write_story_index("{\"issues\":[],\"events\":[]}");
    let json = index_json();
    // A second write (a draft after the pre-rendered story) replaces the first.
    dom::write_story_index(&json);
    assert_eq!(document.query_selector_all("script#story-index").unwrap().length(), 1);
    let script = document.get_element_by_id("story-index").unwrap();
    assert_eq!(script.get_attribute("type").as_deref(), Some("application/json"));
    let read = dom::story_index().unwrap();
    assert_eq!(read, json);
    let index: StoryIndex = serde_json::from_str(&read).unwrap();
    assert_eq!(index.issue("taiwan").map(|i| i.title.as_str()), Some("Taiwan"));
}

#[wasm_bindgen_test]
fn the_start_failure_note_shows_over_the_page() {
    let document = web_sys::window().unwrap().document().unwrap();
    let note = document.create_element("p").unwrap();
    note.set_id("app-failed");
    note.set_attribute("hidden", "").unwrap();
    document.body().unwrap().append_child(&note).unwrap();
    dom::show_start_failure();
    assert!(!note.has_attribute("hidden"));
    assert!(document.document_element().unwrap().class_list().contains("app-failed"));
    note.remove();
}
