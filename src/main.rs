//! The reader bundle: starts the islands of the pre-rendered page, from the story index inlined
//! beside it, and nothing more. An editor's draft, a page that was not pre-rendered, or an index
//! that does not read go to the editor bundle (`src/bin/editor.rs`) to render first.

use std::sync::Arc;

use summit_explainer::platform::{self, dom, location};
use summit_explainer::state::Boot;
use summit_explainer::views::provide_shared;

fn main() {
    let Some(root) = dom::app_root() else { return };
    match Boot::plan(location::draft(), root.has_attribute("data-prerendered")) {
        Boot::Hydrate if start_islands(&root) => {}
        _ => platform::editor::hand_over(root, start_islands),
    }
    platform::embed::start();
    platform::service_worker::register();
}

/// Starts the islands in `root` from the story index written beside them, so they start from the
/// state they were rendered in; false if there is no index that reads.
fn start_islands(root: &web_sys::HtmlElement) -> bool {
    let Some(index) = platform::story_index::read() else {
        return false;
    };
    leptos::mount::hydrate_islands();
    provide_shared(Arc::new(index));
    platform::islands::hydrate(root);
    true
}
