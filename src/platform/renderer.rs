//! The reader bundle hydrates the pre-rendered story and nothing else. Drafts (`?data=`) and
//! pages it cannot hydrate go to the renderer bundle, loaded only then, so its fetching, full
//! validation, rendering and error panels stay out of every reader's download.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::dom;
use crate::page::RENDERER_ATTR;
use crate::state::Boot;

#[wasm_bindgen(inline_js = "export function render_with(src, draft, refused) {
  // A path relative to the page, not to this snippet's own URL.
  return import(new URL(src, document.baseURI).href)
    .then((bundle) => bundle.default().then(() => bundle.render_page(draft, refused)));
}")]
extern "C" {
    fn render_with(src: &str, draft: Option<String>, refused: Option<String>) -> js_sys::Promise;
}

/// Has the renderer bundle (`#app[data-renderer]`, written by the pre-render) render the page the
/// reader planned (`boot`), then calls `then` to start its islands. Shows the page's "could not
/// start" note if there is no renderer bundle, or it fails, or `then` does.
pub fn hand_over(root: web_sys::HtmlElement, boot: &Boot, then: fn(&web_sys::HtmlElement) -> bool) {
    let (draft, refused) = boot.draft_parts();
    wasm_bindgen_futures::spawn_local(async move {
        let rendered = match root.get_attribute(RENDERER_ATTR) {
            Some(src) => JsFuture::from(render_with(&src, draft, refused)).await.is_ok(),
            None => false,
        };
        if !(rendered && then(&root)) {
            dom::show_start_failure();
        }
    });
}
