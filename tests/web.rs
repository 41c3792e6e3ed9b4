//! Components in a real browser: mount, act, `tick`, assert (as in leptos' examples/counters).
//! Run by `cargo test --target wasm32-unknown-unknown --features hydrate --test web`.
#![cfg(target_arch = "wasm32")]
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::model::{load, BUNDLED_JSON};
use summit_explainer::views::{App, Loaded, Story};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element (the runner reports through the body, so it stays),
/// on a URL with no selection, and lets its start-up effects run.
async fn mount() -> HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    let document = document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let story = Story::new(load(BUNDLED_JSON).unwrap());
    leptos::mount::mount_to(root.clone(), move || view! { <App loaded=Loaded::Ready(story)/> }).forget();
    leptos::task::tick().await;
    root
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

fn active_id() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_card_opens_in_place_and_narrows_the_comparison() {
    let root = mount().await;
    assert_eq!(count(&root, "[data-testid=issue-card]"), 17);
    let button = find(&root, "[data-issue-id=taiwan] h3 button");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    button.click();
    leptos::task::tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!find(&root, "#issue-taiwan-details").has_attribute("hidden"));
    assert_eq!(count(&root, "[data-testid=positions] tbody tr:not([hidden])"), 1);
    assert!(find(&root, "[data-testid=positions] caption").text_content().unwrap().ends_with("Taiwan"));
    // Its events are marked on the timeline; the others are dimmed, not hidden.
    assert_eq!(
        count(&root, "[data-testid=timeline-event].is-related"),
        3,
        "pelosi-taiwan, biden-xi-filoli, wang-yi-briefing"
    );
    assert_eq!(count(&root, "[data-testid=timeline-event][hidden]"), 0);
    // Activating it again closes it and restores every row.
    button.click();
    leptos::task::tick().await;
    assert_eq!(count(&root, "[data-testid=positions] tbody tr:not([hidden])"), 17);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_moves_with_arrows_home_and_end_and_selects_with_a_click() {
    let root = mount().await;
    let tablist = find(&root, "[role=tablist]");
    let first = find(&root, "[data-testid=timeline-event]");
    first.focus().unwrap();
    key(&tablist, "ArrowRight");
    leptos::task::tick().await;
    assert_eq!(active_id(), "event-tab-bis-chip-rules-2022");
    key(&tablist, "End");
    leptos::task::tick().await;
    assert_eq!(active_id(), "event-tab-counternarcotics-wg");
    key(&tablist, "ArrowRight");
    leptos::task::tick().await;
    assert_eq!(active_id(), "event-tab-pelosi-taiwan", "wraps around");
    key(&tablist, "Home");
    leptos::task::tick().await;
    assert_eq!(active_id(), "event-tab-pelosi-taiwan");
    assert_eq!(count(&root, "[role=tab][tabindex='0']"), 1, "one tab stop");
    // Arrows move focus only; activation selects (manual activation).
    assert_eq!(count(&root, "[aria-selected=true]"), 0);
    find(&root, "#event-tab-blinken-beijing").click();
    leptos::task::tick().await;
    let detail = find(&root, "[data-testid=event-detail]");
    assert!(detail.text_content().unwrap().contains("Blinken visits Beijing"));
    assert!(detail.text_content().unwrap().contains("a robust conversation"));
    find(&root, "[data-testid=event-next]").click();
    leptos::task::tick().await;
    assert!(find(&root, "[data-testid=event-detail]")
        .text_content()
        .unwrap()
        .contains("Biden refers to Xi as a dictator"));
    root.remove();
}

#[wasm_bindgen_test]
async fn an_events_related_issue_link_selects_that_issue() {
    let root = mount().await;
    find(&root, "#event-tab-pelosi-taiwan").click();
    leptos::task::tick().await;
    let link = find(&root, "[data-testid=event-detail] .event-issues a");
    assert_eq!(link.text_content().as_deref(), Some("Military-to-military channels"));
    link.click();
    leptos::task::tick().await;
    assert_eq!(
        find(&root, "[data-issue-id=military-channels] h3 button").get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(find(&root, "[data-testid=selection-bar]")
        .text_content()
        .unwrap()
        .contains("Military-to-military channels"));
    find(&root, "[data-testid=clear-selection]").click();
    leptos::task::tick().await;
    assert!(find(&root, "[data-testid=selection-bar]").has_attribute("hidden"));
    root.remove();
}
