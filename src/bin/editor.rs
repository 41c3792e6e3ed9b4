//! The editor bundle, loaded by the reader bundle only when it cannot hydrate the page: renders
//! an editor's draft (`?data=`), or the bundled dataset, on the client, with every problem in
//! a dataset named on screen.
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::platform::{self, dom, location};
use summit_explainer::state::Boot;
use summit_explainer::views::{App, LoadFailure, Loaded};

const DATA_URL: &str = "data/summit.en.json";

async fn fetch_story(url: &str) -> Loaded {
    match platform::fetch_text(url).await {
        Ok(text) => Loaded::from_json(&text, url),
        Err(reason) => Loaded::Failed(LoadFailure::unreachable(url, reason)),
    }
}

fn mount(root: web_sys::HtmlElement, loaded: Loaded, draft_failure: Option<LoadFailure>) {
    root.set_inner_html("");
    leptos::mount::mount_to(root, move || view! { <App loaded draft_failure/> }).forget();
    dom::mark_ready();
}

fn main() {
    let Some(root) = dom::app_root() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        match Boot::plan(&location::query(), false) {
            Boot::Draft(url) => match fetch_story(&url).await {
                ready @ Loaded::Ready(_) => mount(root, ready, None),
                Loaded::Failed(failure) => mount(root, fetch_story(DATA_URL).await, Some(failure.as_draft())),
            },
            Boot::DraftRefused(reason) => {
                mount(root, fetch_story(DATA_URL).await, Some(LoadFailure::refused(reason).as_draft()))
            }
            // The reader could not hydrate: render the bundled dataset, naming any fault in it.
            Boot::Hydrate | Boot::Fetch => mount(root, fetch_story(DATA_URL).await, None),
        }
    });
    platform::embed::start();
    platform::service_worker::register();
}
