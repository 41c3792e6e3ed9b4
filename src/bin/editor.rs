//! The story editor's bundle (`edit.html`): its page is `summit_explainer::editor`. The page's
//! start script loads the renderer bundle (`src/bin/render.rs`) beside it and hands this bundle
//! the promises of its `preview_html`, which draws the preview, and `site_pieces`, which renders
//! a downloaded site's page.

use wasm_bindgen::prelude::*;

/// Starts the story editor; `renderer` resolves to the renderer bundle's `preview_html`,
/// `publisher` to its `site_pieces`; `kit` is the build's site kit, from its root.
#[wasm_bindgen]
pub fn start_editor(renderer: js_sys::Promise, publisher: js_sys::Promise, kit: String) {
    summit_explainer::editor::start(renderer, publisher, kit);
}

fn main() {}
