//! The reader bundle: hydrates the pre-rendered page from the dataset inlined beside it, and
//! nothing more. Anything else (an editor's draft, a page that was not pre-rendered, inline
//! data that does not read) goes to the editor bundle, `src/bin/editor.rs`.
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::model::load_checked;
use summit_explainer::platform::{self, dom, location};
use summit_explainer::state::Boot;
use summit_explainer::views::{Reader, Story};

fn main() {
    let Some(root) = dom::app_root() else { return };
    let plan = Boot::plan(&location::query(), root.has_attribute("data-prerendered"));
    // The same bytes the pre-render used, read synchronously, so the first render matches.
    let data = (plan == Boot::Hydrate).then(|| dom::text_of("summit-data")).flatten().and_then(|t| load_checked(&t));
    let Some(data) = data else {
        platform::editor::hand_over(root.get_attribute("data-editor"));
        return;
    };
    let story = Story::new(data);
    leptos::mount::hydrate_from(root, move || view! { <Reader story/> }).forget();
    dom::mark_ready();
    platform::embed::start();
    platform::service_worker::register();
}
