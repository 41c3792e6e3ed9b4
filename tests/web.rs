//! Browser glue in a real browser (headless Chromium): what the bundles write into and read from
//! the page. The islands themselves are tested end to end on the built page (`e2e/`), where
//! the pre-rendered HTML they hydrate exists.
//! Run by `cargo test --target wasm32-unknown-unknown --features hydrate --test web`.
#![cfg(target_arch = "wasm32")]

#[path = "support/hostile_drafts.rs"]
mod hostile_drafts;

use summit_explainer::model::{load, StoryIndex, TimelineLayout, BUNDLED_JSON};
use summit_explainer::page::{SHOW_START_FAILURE_FN, STORY_INDEX_ID};
use summit_explainer::platform::{dom, location, story_index};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn index() -> StoryIndex {
    let data = load(BUNDLED_JSON).unwrap();
    StoryIndex::new(&data, &TimelineLayout::new(&data))
}

#[wasm_bindgen_test]
fn the_story_index_is_written_once_and_read_back() {
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(story_index::read(), None, "a page without one");
    story_index::write("{\"title\":\"A draft\",\"issues\":[],\"events\":[]}");
    assert_eq!(story_index::read().map(|i| i.title), Some("A draft".to_string()));
    // A second write (the pre-rendered story after a draft) replaces the first.
    let index = index();
    story_index::write(&index.to_json());
    assert_eq!(document.query_selector_all("script#story-index").unwrap().length(), 1);
    let script = document.get_element_by_id("story-index").unwrap();
    assert_eq!(script.get_attribute("type").as_deref(), Some("application/json"));
    assert_eq!(story_index::read(), Some(index), "read back as written, by the browser's JSON parser");
}

#[wasm_bindgen_test]
fn the_start_failure_is_said_by_the_shells_one_function() {
    // The shell defines it (index.html); here a stand-in counts the calls.
    let window = web_sys::window().unwrap();
    let count = js_sys::Function::new_no_args("window.startFailures = (window.startFailures || 0) + 1;");
    js_sys::Reflect::set(&window, &SHOW_START_FAILURE_FN.into(), &count).unwrap();
    dom::show_start_failure();
    assert_eq!(js_sys::Reflect::get(&window, &"startFailures".into()).unwrap().as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn an_index_that_does_not_read_is_none_not_a_guess() {
    // Not JSON at all: `write` refuses it (its Trusted Types policy takes JSON only), so it is
    // put in the page as a broken build or a tampered cache would leave it.
    story_index::write("{}");
    let document = web_sys::window().unwrap().document().unwrap();
    document.get_element_by_id(STORY_INDEX_ID).unwrap().set_text_content(Some("not json"));
    assert_eq!(story_index::read(), None, "not json");
    for broken in [
        "{\"issues\":[],\"events\":[]}",
        "{\"title\":\"T\",\"issues\":[{\"id\":\"a\"}],\"events\":[]}",
        "{\"title\":\"T\",\"issues\":[],\"events\":[{\"id\":\"e\",\"title\":\"E\",\"related\":[1]}]}",
    ] {
        story_index::write(broken);
        assert_eq!(story_index::read(), None, "{broken}");
    }
}

#[wasm_bindgen_test]
fn the_browsers_own_parser_keeps_every_hostile_draft_on_this_origin() {
    let wrong = hostile_drafts::wrong_decisions(&hostile_drafts::SITES, &location::parse_url);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
