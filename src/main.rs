//! Browser entry: hydrate the pre-rendered page from the dataset inlined beside it; render on
//! the client only for an editor's draft or a build that was not pre-rendered.
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::platform::{self, location};
use summit_explainer::state::Boot;
use summit_explainer::views::{App, LoadFailure, Loaded};
use wasm_bindgen::JsCast;

const DATA_URL: &str = "data/summit.en.json";

async fn fetch_story(url: &str) -> Loaded {
    match platform::fetch_text(url).await {
        Ok(text) => Loaded::from_json(&text, url),
        Err(reason) => Loaded::Failed(LoadFailure::unreachable(url, reason)),
    }
}

fn main() {
    // Start-up futures run on wasm-bindgen's executor: Leptos' own starts only when mounting.
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let inline = document.get_element_by_id("summit-data").and_then(|el| el.text_content());
    let mount = {
        let root = root.clone();
        move |loaded: Loaded, draft_failure: Option<LoadFailure>| {
            root.set_inner_html("");
            leptos::mount::mount_to(root, move || view! { <App loaded draft_failure/> }).forget();
        }
    };
    match (Boot::plan(&location::query(), root.has_attribute("data-prerendered")), inline) {
        // The same bytes the pre-render used, read synchronously, so the first render matches.
        (Boot::Hydrate, Some(text)) => {
            let loaded = Loaded::from_json(&text, "embedded in the page");
            leptos::mount::hydrate_from(root, move || view! { <App loaded/> }).forget();
        }
        (Boot::Draft(url), _) => wasm_bindgen_futures::spawn_local(async move {
            match fetch_story(&url).await {
                ready @ Loaded::Ready(_) => mount(ready, None),
                Loaded::Failed(failure) => mount(fetch_story(DATA_URL).await, Some(failure.as_draft())),
            }
        }),
        (Boot::DraftRefused(reason), _) => wasm_bindgen_futures::spawn_local(async move {
            mount(fetch_story(DATA_URL).await, Some(LoadFailure::refused(reason).as_draft()));
        }),
        (Boot::Hydrate | Boot::Fetch, _) => {
            wasm_bindgen_futures::spawn_local(async move { mount(fetch_story(DATA_URL).await, None) })
        }
    }
    platform::embed::start();
    platform::service_worker::register();
}
