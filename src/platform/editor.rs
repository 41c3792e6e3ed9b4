//! The reader bundle hydrates the pre-rendered story and nothing else. Drafts (`?data=`) and
//! pages it cannot hydrate go to the editor bundle, loaded only then, so its fetching, full
//! validation and error panels stay out of every reader's download.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::dom;

// A path relative to the page, not to this snippet's own URL: resolve it against the document.
#[wasm_bindgen(inline_js = "export function start_module(src) {
  return import(new URL(src, document.baseURI).href).then((module) => module.default());
}")]
extern "C" {
    fn start_module(src: &str) -> js_sys::Promise;
}

/// Starts the editor bundle at `src` (written by the pre-render as `#app[data-editor]`), or shows
/// the page's "could not start" note when there is none or it fails to load.
pub fn hand_over(src: Option<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        let started = match src {
            Some(src) => JsFuture::from(start_module(&src)).await.is_ok(),
            None => false,
        };
        if !started {
            dom::show_start_failure();
        }
    });
}
