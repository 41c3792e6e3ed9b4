//! The story editor's bundle (`edit.html`): its page is `summit_explainer::editor`. The page's
//! start script loads the renderer bundle (`src/bin/render.rs`) beside it and hands this bundle
//! the promise of its `preview_html`, which draws the preview.

use wasm_bindgen::prelude::*;

/// Starts the story editor; `renderer` resolves to the renderer bundle's `preview_html`.
#[wasm_bindgen]
pub fn start_editor(renderer: js_sys::Promise) {
    summit_explainer::editor::start(renderer);
}

fn main() {}
