//! The reader bundle: starts the islands of the pre-rendered page, from the story index the
//! loader fetched beside it (`page::STORY_INDEX_FILE`), and nothing more. An editor's draft, a
//! page that was not pre-rendered, or an index that did not load or does not read go to the
//! renderer bundle (`src/bin/render.rs`) to render first.

use std::sync::Arc;

use leptos::prelude::Owner;
use summit_explainer::page::PRERENDERED_ATTR;
use summit_explainer::platform::{self, dom, location};
use summit_explainer::state::Boot;
use summit_explainer::views::{provide_shared, search, sync_url};

fn main() {
    let Some(root) = dom::app_root() else { return };
    let boot = Boot::plan(location::draft(), root.has_attribute(PRERENDERED_ATTR));
    match boot {
        Boot::Hydrate if start_islands(&root) => {}
        _ => platform::renderer::hand_over(root, &boot, start_islands),
    }
    // The shell registers the service worker, whether or not the reader starts the app.
    platform::embed::start();
}

/// Starts the islands in `root` from the story index written beside them, so they start from the
/// state they were rendered in, then applies the address's selection; false if there is no
/// index that reads.
fn start_islands(root: &web_sys::HtmlElement) -> bool {
    let Some(index) = platform::story_index::read() else {
        return false;
    };
    leptos::mount::hydrate_islands();
    let (shared, writer) = provide_shared(Arc::new(index));
    let owner = Owner::current().expect("hydrate_islands sets the root owner");
    platform::islands::hydrate(root, move || {
        owner.with(|| {
            let for_find = shared.clone();
            sync_url(shared, writer, move |text| search(&for_find, text))
        })
    });
    true
}
