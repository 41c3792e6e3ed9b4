//! The renderer bundle, loaded by the reader bundle only when it cannot hydrate the page: renders
//! an editor's draft (`?data=`), or the bundled dataset, with every problem in a dataset named on
//! screen. It writes the page as the pre-render would, HTML and story index, and the reader's
//! bundle then starts its islands. The story editor (`edit.html`) loads it too, beside its own
//! bundle, draws its preview with [`preview_html`] and renders the page of its downloaded site
//! with [`site_pieces`]: the same code as the build's pages.
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::editor::PREVIEW_DATA_URL;
use summit_explainer::model::{load_draft, BUNDLED_URL};
use summit_explainer::page::Edition;
use summit_explainer::platform::{self, dom, story_index};
use summit_explainer::site::{self, Refused};
use summit_explainer::state::Boot;
use summit_explainer::views::{render_html, set_page_language, LoadFailure, Loaded, Page, ShownStory};
use wasm_bindgen::prelude::*;

/// This edition's own story: the page's language picks it, from the build's root.
fn bundled_url() -> String {
    let dataset = Edition::for_language(&dom::page_language()).map_or(BUNDLED_URL, |e| e.dataset);
    [dom::page_root(), dataset].concat()
}

/// The bundled story, linked to the other editions the pre-render linked this page to, as the
/// pre-rendered page was.
async fn fetch_bundled() -> Loaded {
    let own = dom::page_language();
    let others =
        dom::alternate_languages().iter().filter(|l| **l != own).filter_map(|l| Edition::for_language(l)).collect();
    fetch_story(&bundled_url()).await.with_editions(others)
}

async fn fetch_story(url: &str) -> Loaded {
    match platform::fetch_text(url).await {
        Ok(text) => Loaded::from_json(&text, url),
        Err(reason) => Loaded::Failed(LoadFailure::unreachable(url, reason)),
    }
}

/// The story to render, and a draft's failure to report above it, for the reader's `boot`.
async fn load(boot: Boot) -> (Loaded, Option<LoadFailure>) {
    match boot {
        Boot::Draft(url) => match fetch_story(&url).await {
            ready @ Loaded::Ready(_) => (ready, None),
            Loaded::Failed(failure) => (fetch_bundled().await, Some(failure.as_draft())),
        },
        Boot::DraftRefused(refusal) => (fetch_bundled().await, Some(LoadFailure::refused(&refusal).as_draft())),
        // The reader could not hydrate: render the bundled dataset, naming any fault in it.
        Boot::Hydrate | Boot::Fetch => (fetch_bundled().await, None),
    }
}

/// Renders the page into `#app` and writes its story index; the reader's bundle calls this with
/// the plan it made (`platform::editor::hand_over`: the draft's address, or why it was
/// refused), then starts the islands.
#[wasm_bindgen]
pub async fn render_page(draft: Option<String>, refused: Option<String>) -> Result<(), JsValue> {
    let root = dom::app_root().ok_or("the page has no #app")?;
    set_page_language(&dom::page_language());
    let (loaded, draft_failure) = load(Boot::from_draft_parts(draft, refused)).await;
    let index = loaded.index();
    // Rendering runs effects (the selection's keyed selectors), which need an executor.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    platform::trusted_types::set_inner_html(&root, &render_html(move || view! { <Page loaded draft_failure/> }));
    story_index::write(&index.to_json());
    Ok(())
}

/// The explainer `text` makes, as HTML, for the story editor's preview: drawn though problems
/// may still block its publishing (`model::load_draft`). The editor calls this only with a text
/// its own check found drawable, so an error here is a bug, said as one.
#[wasm_bindgen]
pub fn preview_html(text: &str) -> Result<String, JsValue> {
    let story = load_draft(text).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("the preview was given a story that cannot be drawn: {}", lines.join("; "))
    })?;
    let loaded = Loaded::Ready(ShownStory::new(story.0, PREVIEW_DATA_URL));
    let _ = any_spawner::Executor::init_wasm_bindgen();
    Ok(render_html(move || view! { <Page loaded/> }))
}

/// The rendered pieces of a downloaded site's page for the publishable story `text`
/// (`site::story_pieces`), as JSON (`site::Rendered`), for the story editor's "Download the
/// page", which composes the page. The editor sends only a story its own check found
/// publishable; a refusal here names each problem all the same.
#[wasm_bindgen]
pub fn site_pieces(text: &str) -> Result<String, JsValue> {
    match site::story_pieces(text) {
        Ok(rendered) => Ok(serde_json::to_string(&rendered).map_err(|e| e.to_string())?),
        Err(Refused::Story(errors)) => {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            Err(format!("the story is not publishable: {}", lines.join("; ")).into())
        }
        Err(Refused::Language(reason)) => Err(reason.into()),
    }
}

fn main() {}
