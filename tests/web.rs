//! In a real browser (headless Chromium): what the bundles write into and read from the page,
//! the draft-address decision through the browser's own URL parser, and the keyed islands'
//! behaviour (a card's disclosure and marking, the timeline's tab stop and arrows), mounted in
//! the page as the counters example mounts its components. Hydrating them over the pre-rendered
//! page is tested end to end (`e2e/`).
//! Run by `cargo test --target wasm32-unknown-unknown --features hydrate --test web`.
#![cfg(target_arch = "wasm32")]

#[path = "support/hostile_drafts.rs"]
mod hostile_drafts;

use leptos::prelude::*;
use summit_explainer::model::{load, IndexEntry, StoryIndex};
use summit_explainer::page::{SHOW_START_FAILURE_FN, STORY_INDEX_GLOBAL};
use summit_explainer::platform::{dom, location, story_index};
use summit_explainer::views::islands::{keyed, IssueCard, Marker};
use summit_explainer::views::{provide_shared, SelectionWriter};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn index() -> StoryIndex {
    let data = load(include_str!("fixtures/synthetic.json")).unwrap();
    data.index().as_ref().clone()
}

#[wasm_bindgen_test]
fn the_story_index_is_written_once_and_read_back() {
    let window = web_sys::window().unwrap();
    assert_eq!(story_index::read(), None, "a page without one");
    story_index::write("{\"title\":\"A draft\",\"language\":\"zh-Hans\",\"issues\":[],\"events\":[]}");
    assert_eq!(story_index::read().map(|i| (i.title, i.language)), Some(("A draft".into(), "zh-Hans".into())));
    // A second write (the pre-rendered story after a draft) replaces the first.
    let index = index();
    story_index::write(&index.to_json());
    let left = js_sys::Reflect::get(&window, &STORY_INDEX_GLOBAL.into()).unwrap();
    assert_eq!(left.as_string(), Some(index.to_json()), "text, as the loader leaves the file's");
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
    // As a broken build, a tampered cache or an error page served for the file would leave it.
    for broken in [
        "not json",
        "<!doctype html><title>404</title>",
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

/// A story of two issues and three events in date order; "e1" and "e3" are the first issue's.
fn small_index() -> std::sync::Arc<StoryIndex> {
    let entry = |id: &str, related: &[&str]| IndexEntry {
        id: id.into(),
        title: id.to_uppercase(),
        related: related.iter().map(|r| r.to_string()).collect(),
    };
    std::sync::Arc::new(StoryIndex {
        title: "Test".into(),
        language: "en".into(),
        issues: vec![entry("a", &["e1", "e3"]), entry("b", &["e2"])],
        events: vec![entry("e1", &["a"]), entry("e2", &["b"]), entry("e3", &["a"])],
    })
}

/// Mounts `view` in a fresh element, as the islands run on the page: under the reader's root
/// owner, with the shared state provided; returns the element and the selection handle.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (web_sys::HtmlElement, SelectionWriter) {
    leptos::mount::hydrate_islands();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let writer = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = writer.clone();
    leptos::mount::mount_to(host.clone(), move || {
        out.set(Some(provide_shared(small_index()).1));
        view()
    })
    .forget();
    (host, writer.get().unwrap())
}

fn attr(host: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    host.query_selector(selector).unwrap().unwrap().get_attribute(name)
}

/// Until what follows a pick has followed it: the page's rest takes the selection once the
/// pick's frame is painted (`Shared::settled`), at the latest 100 ms later.
async fn settled() {
    let wait = js_sys::Promise::new(&mut |done, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 150).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    host.query_selector(selector).unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn a_card_opens_closes_and_is_marked_while_one_of_its_events_is_picked() {
    let (host, writer) = mount(|| {
        view! {
            {keyed("a".into(), || view! { <IssueCard><p>"Body"</p></IssueCard> })}
            {keyed("b".into(), || view! { <IssueCard><p>"Body"</p></IssueCard> })}
        }
    });
    let expanded = |id: &str| attr(&host, &format!("[data-issue-id={id}] button"), "aria-expanded");
    assert_eq!(expanded("a").as_deref(), Some("false"));
    click(&host, "[data-issue-id=a] button");
    leptos::task::tick().await;
    assert_eq!(expanded("a").as_deref(), Some("true"));
    assert_eq!(expanded("b").as_deref(), Some("false"));
    click(&host, "[data-issue-id=a] button");
    leptos::task::tick().await;
    assert_eq!(expanded("a").as_deref(), Some("false"), "a disclosure closes again");
    writer.pick_event("e3");
    settled().await;
    let marked = |id: &str| attr(&host, &format!("[data-issue-id={id}]"), "class").unwrap().contains("is-marked");
    assert!(marked("a") && !marked("b"), "only the card of the picked event's issue is marked");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_has_one_tab_stop_that_arrows_move_and_a_click_picks() {
    let (host, _) = mount(|| {
        ["e1", "e2", "e3"]
            .map(|id| keyed(id.into(), move || view! { <Marker><span>{id}</span></Marker> }))
            .into_iter()
            .collect_view()
    });
    let tab_stops = || {
        let tabs = host.query_selector_all("[role=tab]").unwrap();
        (0..tabs.length())
            .map(|i| tabs.item(i).unwrap().unchecked_into::<web_sys::Element>())
            .filter(|tab| tab.get_attribute("tabindex").as_deref() == Some("0"))
            .map(|tab| tab.get_attribute("data-event-id").unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(tab_stops(), ["e1"], "one tab stop, on the first event");
    let first: web_sys::HtmlElement = host.query_selector("[data-event-id=e1]").unwrap().unwrap().unchecked_into();
    first.focus().unwrap();
    let key = web_sys::KeyboardEventInit::new();
    key.set_key("ArrowRight");
    key.set_bubbles(true);
    first.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &key).unwrap()).unwrap();
    leptos::task::tick().await;
    let focused = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-event-id").as_deref(), Some("e2"), "ArrowRight moves the focus");
    assert_eq!(tab_stops(), ["e2"], "and the tab stop with it");
    click(&host, "[data-event-id=e3]");
    leptos::task::tick().await;
    assert_eq!(attr(&host, "[data-event-id=e3]", "aria-selected").as_deref(), Some("true"));
    assert_eq!(tab_stops(), ["e3"]);
    host.remove();
}
