//! Every keyed island carries its key on the wrapper `keyed()` owns, so the island walk can give
//! it back while hydrating; and a keyed island without `keyed()` fails loudly. Rendered natively,
//! for the bundled story and the synthetic one.
#![cfg(feature = "ssr")]
#![recursion_limit = "256"]

#[path = "support/bundled.rs"]
mod bundled;

use bundled::BUNDLED_JSON;
use leptos::prelude::*;
use summit_explainer::model::{load, Dataset, Story, BUNDLED_URL};
use summit_explainer::page::{ISLAND_KEY_ATTR, ISLAND_KEY_TAG};
use summit_explainer::views::{render_html, Loaded, Page, ShownStory};

fn render(data: Dataset) -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    let story = ShownStory::new(Story::new(data).expect("a story under test is valid"), BUNDLED_URL);
    render_html(move || view! { <Page loaded=Loaded::Ready(story)/> })
}

/// `(key, island component, the island's HTML up to the first island end inside it)`.
fn keyed_islands(html: &str) -> Vec<(String, String, String)> {
    let open = format!("<{ISLAND_KEY_TAG} {ISLAND_KEY_ATTR}=\"");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let (key, rest) = rest.split_once('"').unwrap();
            let island = rest.strip_prefix("><leptos-island data-component=\"").unwrap_or_else(|| {
                panic!("the wrapper of {key} does not hold an island directly: {}", &rest[..80.min(rest.len())])
            });
            let (component, body) = island.split_once('"').unwrap();
            let component = component.rsplit_once('_').map_or(component, |(name, _hash)| name);
            (key.to_string(), component.to_string(), body[..body.find("</leptos-island>").unwrap()].to_string())
        })
        .collect()
}

fn check(json: &str) {
    let data = load(json).unwrap().into_data();
    let html = render(data.clone());
    let keyed = keyed_islands(&html);
    let of = |component: &str| -> Vec<String> {
        keyed.iter().filter(|(_, c, _)| c == component).map(|(key, _, _)| key.clone()).collect()
    };
    let issues: Vec<String> = data.issues.iter().map(|i| i.id.clone()).collect();
    let mut events: Vec<String> = data.events.iter().map(|e| e.id.clone()).collect();
    events.sort();
    let sorted = |mut ids: Vec<String>| {
        ids.sort();
        ids
    };
    assert_eq!(of("IssueCard"), issues, "one card per issue, each with its own key");
    assert_eq!(of("RowTitle"), issues, "one row title per issue");
    assert_eq!(sorted(of("Marker")), events, "one marker per event");
    // Events no zoom level separates share one tab, keyed by their first and last ids; in these
    // stories there are none, so every event has its own marker.
    assert_eq!(of("AtomTab").len(), 0);
    assert_eq!(keyed.len(), 2 * issues.len() + events.len(), "no other keyed island, and none twice");
    // The island inside renders for the key its wrapper names: its id, or for a row, its title.
    for (key, component, body) in &keyed {
        let shows = match component.as_str() {
            "RowTitle" => format!(">{}<", data.issue(key).unwrap().title),
            _ => format!("=\"{key}\""),
        };
        assert!(body.contains(&shows), "{component} under key {key} renders for another: {body}");
    }
}

#[test]
fn every_keyed_island_of_the_bundled_story_has_its_own_key() {
    check(BUNDLED_JSON);
}

#[test]
fn every_keyed_island_of_the_synthetic_story_has_its_own_key() {
    check(include_str!("fixtures/synthetic.json"));
}
