#![recursion_limit = "256"]
//! Browser entry: hydrate the pre-rendered page from the dataset inlined beside it, or, where
//! the page was not pre-rendered, fetch the dataset and render on the client.

use leptos::prelude::*;
use summit_explainer::platform;
use summit_explainer::views::{App, Loaded};
use wasm_bindgen::JsCast;

const DATA_URL: &str = "data/summit.en.json";

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let inline = document.get_element_by_id("summit-data").and_then(|el| el.text_content());
    if let (Some(text), true) = (inline, root.has_attribute("data-prerendered")) {
        // The same bytes the pre-render used, read synchronously, so the first render matches.
        let loaded = Loaded::from_json(&text, "embedded in the page");
        leptos::mount::hydrate_from(root, move || view! { <App loaded/> }).forget();
    } else {
        leptos::task::spawn_local(async move {
            let loaded = match platform::fetch_text(DATA_URL).await {
                Ok(text) => Loaded::from_json(&text, DATA_URL),
                Err(reason) => Loaded::Failed(summit_explainer::views::LoadFailure::unreachable(DATA_URL, reason)),
            };
            root.set_inner_html("");
            leptos::mount::mount_to(root, move || view! { <App loaded/> }).forget();
        });
    }
    platform::embed::start();
    platform::service_worker::register();
}
